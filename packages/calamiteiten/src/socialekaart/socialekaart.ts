import { bevries, type Resultaat, valideer } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { CALAMITEITEN_ROLLEN, type CalamiteitenRol } from '../rollen/rollen.js';

/**
 * The kinds of organisation on the seed's sociale kaart (F.2), plus `overig` for a school's own partners.
 *
 * @example
 * ```ts
 * import { SOCIALE_KAART_SOORTEN } from '@schoolveiligheid/calamiteiten';
 * SOCIALE_KAART_SOORTEN.includes('veilig-thuis'); //=> true
 * ```
 */
export const SOCIALE_KAART_SOORTEN = [
  'alarmnummer',
  'crisisdienst-jeugdzorg',
  'veilig-thuis',
  'algemeen-maatschappelijk-werk',
  'jeugdzorg',
  'ggz',
  'jeugdgezondheidszorg',
  'politie',
  'steunpunt-huiselijk-geweld',
  'zorgadviesteam',
  'overig',
] as const;

/**
 * Schema of a school's sociale kaart (seed F.2): per organisation its kind, the role it plays in kern's role
 * vocabulary where it has one, and contact by function (a desk, a phone line, a function mailbox), never a named
 * person.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { socialeKaartSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(socialeKaartSchema, [{ soort: 'alarmnummer', organisatie: 'Politie, brandweer, ambulance', contact: [{ functie: 'alarmnummer', telefoon: '112' }] }]).ok; //=> true
 * ```
 */
export const socialeKaartSchema = /* @__PURE__ */ z
  .array(
    /* @__PURE__ */ z
      .object({
        soort: /* @__PURE__ */ z
          .enum(SOCIALE_KAART_SOORTEN)
          .meta({ description: 'The kind of organisation.' }),
        organisatie: /* @__PURE__ */ z
          .string()
          .min(1)
          .max(120)
          .meta({ description: 'Name of the organisation (not a person).' }),
        rol: /* @__PURE__ */ z
          .enum(Object.keys(CALAMITEITEN_ROLLEN) as [CalamiteitenRol, ...CalamiteitenRol[]])
          .optional()
          .meta({ description: 'The role it plays in the SDK, if any (veilig-thuis, politie).' }),
        contact: /* @__PURE__ */ z
          .array(
            /* @__PURE__ */ z
              .object({
                functie: /* @__PURE__ */ z
                  .string()
                  .min(1)
                  .max(80)
                  .meta({ description: 'The function or desk, e.g. "meldpunt", "crisisdienst".' }),
                telefoon: /* @__PURE__ */ z
                  .string()
                  .regex(/^[\d +()-]{3,20}$/)
                  .optional()
                  .meta({ description: 'The phone number of the desk.' }),
                email: /* @__PURE__ */ z
                  .email()
                  .max(120)
                  .optional()
                  .meta({ description: 'A function mailbox.' }),
                adres: /* @__PURE__ */ z
                  .string()
                  .max(160)
                  .optional()
                  .meta({ description: 'Visiting address of the organisation.' }),
              })
              .strict()
              .meta({ description: 'Contact by function; there is no field for a person’s name.' }),
          )
          .max(10)
          .meta({ description: 'How to reach the organisation.' }),
      })
      .strict()
      .meta({ description: 'One organisation on the sociale kaart.' }),
  )
  .max(200)
  .meta({ description: "A school's sociale kaart (seed F.2): organisations and contact by function." });

/** A school's sociale kaart. */
export type SocialeKaart = z.infer<typeof socialeKaartSchema>;

/**
 * Validates a school's sociale kaart (coded problems, Dutch messages; `{ taal: 'en' }` for English).
 *
 * @example
 * ```ts
 * import { valideerSocialeKaart } from '@schoolveiligheid/calamiteiten';
 * valideerSocialeKaart([{ soort: 'ggz', organisatie: 'GGZ', contact: [{ functie: 'aanmelding', naam: 'x' }] }]).ok; //=> false
 * ```
 */
export function valideerSocialeKaart(
  kaart: unknown,
  opties?: { readonly taal?: 'nl' | 'en' },
): Resultaat<SocialeKaart> {
  return valideer(socialeKaartSchema, kaart, opties?.taal === 'en' ? { taal: 'en' } : {});
}

/**
 * The seed's sociale kaart as a template: the organisations the seed lists, with only the national alarm number
 * filled in; a school adds its own partners and their desks.
 *
 * @example
 * ```ts
 * import { SOCIALE_KAART_SJABLOON } from '@schoolveiligheid/calamiteiten';
 * SOCIALE_KAART_SJABLOON[0]?.contact[0]?.telefoon; //=> '112'
 * ```
 */
export const SOCIALE_KAART_SJABLOON: SocialeKaart = /* @__PURE__ */ bevries([
  {
    soort: 'alarmnummer',
    organisatie: 'Politie, brandweer, ambulance (bij noodsituaties)',
    rol: 'politie',
    contact: [{ functie: 'alarmnummer', telefoon: '112' }],
  },
  { soort: 'crisisdienst-jeugdzorg', organisatie: 'Crisisdienst jeugdzorg (bij noodsituaties)', contact: [] },
  { soort: 'veilig-thuis', organisatie: 'Veilig Thuis', rol: 'veilig-thuis', contact: [] },
  { soort: 'algemeen-maatschappelijk-werk', organisatie: 'Algemeen Maatschappelijk Werk', contact: [] },
  { soort: 'jeugdzorg', organisatie: 'Jeugdzorg', contact: [] },
  { soort: 'ggz', organisatie: 'GGZ', contact: [] },
  { soort: 'jeugdgezondheidszorg', organisatie: 'Jeugdgezondheidszorg', contact: [] },
  {
    soort: 'politie',
    organisatie: 'Politie (ook sociale jeugd- en zedenzaken)',
    rol: 'politie',
    contact: [],
  },
  { soort: 'steunpunt-huiselijk-geweld', organisatie: 'Steunpunt Huiselijk Geweld', contact: [] },
  { soort: 'zorgadviesteam', organisatie: 'Zorgadviesteam', contact: [] },
] satisfies SocialeKaart);
