import {
  type Bedrag,
  bedragSchema,
  isoDatumSchema,
  type Resultaat,
  telBedragenOp,
  type ValideerOpties,
  valideer,
  codeTekst,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { ID_PATROON } from '../bewaak.js';
import { MONITORING_PROBLEEM_CODES } from '../codes/codes.js';

/** The incident categories of the seed ("Incidenten op school"). */
export type IncidentCategorie =
  | 'fysiek-geweld'
  | 'wapenbezit'
  | 'seksueel-misbruik'
  | 'grove-pesterij'
  | 'discriminatie'
  | 'bedreiging'
  | 'vernieling-diefstal'
  | 'drugs';

/**
 * The incident categories of the 2018 seed ("Incidenten op school") with their subtypes, Dutch and English.
 *
 * @example
 * ```ts
 * import { INCIDENT_CATEGORIEEN } from '@schoolveiligheid/monitoring';
 * INCIDENT_CATEGORIEEN.wapenbezit.subtypen; //=> ['vuurwapen', 'steekwapen', 'overig-wapen']
 * ```
 */
export const INCIDENT_CATEGORIEEN: Readonly<
  Record<
    IncidentCategorie,
    { readonly nl: string; readonly en: string; readonly subtypen: readonly string[] }
  >
> = /* @__PURE__ */ Object.freeze({
  'fysiek-geweld': { nl: 'Fysiek geweld', en: 'Physical violence', subtypen: ['met-letsel', 'met-wapen'] },
  wapenbezit: {
    nl: 'Wapenbezit',
    en: 'Weapon possession',
    subtypen: ['vuurwapen', 'steekwapen', 'overig-wapen'],
  },
  'seksueel-misbruik': { nl: 'Seksueel misbruik', en: 'Sexual abuse', subtypen: [] },
  'grove-pesterij': { nl: 'Grove pesterijen', en: 'Serious bullying', subtypen: [] },
  discriminatie: {
    nl: 'Discriminatie',
    en: 'Discrimination',
    subtypen: ['ras', 'geslacht', 'seksuele-gerichtheid', 'godsdienst', 'handicap', 'overige-grond'],
  },
  bedreiging: { nl: 'Bedreiging', en: 'Threats', subtypen: [] },
  'vernieling-diefstal': {
    nl: 'Vernieling of diefstal',
    en: 'Vandalism or theft',
    subtypen: ['vernieling', 'diefstal'],
  },
  drugs: { nl: 'Drugs', en: 'Drugs', subtypen: ['bezit', 'gebruik', 'verkoop'] },
});

const CATEGORIEEN = Object.keys(INCIDENT_CATEGORIEEN) as [IncidentCategorie, ...IncidentCategorie[]];

/**
 * The kinds of damage of Bijlage 5.
 *
 * @example
 * ```ts
 * import { SCHADESOORTEN } from '@schoolveiligheid/monitoring';
 * SCHADESOORTEN.length; //=> 4
 * ```
 */
export const SCHADESOORTEN = ['materieel', 'fysiek-letsel', 'psychisch-letsel', 'anders'] as const;

/**
 * Schema of the internal incident registration form of the seed's Bijlage 5: who was hit (by kind, no name or
 * address: the vendor holds those), place, date and time, category and subtype, the form of aggression, the
 * treatment, the damage per kind as kern's `Bedrag`, and the follow-up. The free-text parts (description,
 * suggestions) stay with the vendor and never enter the annual report.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { incidentRegistratieSchema } from '@schoolveiligheid/monitoring';
 * valideer(incidentRegistratieSchema, { id: 'inc-1', datum: '2026-10-05', getroffene: 'leerling', categorie: 'bedreiging', behandeling: 'geen' }).ok; //=> true
 * ```
 */
export const incidentRegistratieSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z.string().regex(ID_PATROON).describe("The registration id in the vendor's system."),
    datum: isoDatumSchema,
    tijd: /* @__PURE__ */ z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional()
      .describe('Time of day, HH:MM.'),
    getroffene: /* @__PURE__ */ z
      .enum(['werknemer', 'stagiair', 'leerling', 'anders'])
      .describe('Who was hit (Bijlage 5: werknemer / stagiair / leerling / anders).'),
    plaats: /* @__PURE__ */ z
      .enum(['gebouw', 'schoolplein', 'schoolactiviteit-buiten', 'anders'])
      .optional()
      .describe('Where it happened.'),
    categorie: /* @__PURE__ */ z.enum(CATEGORIEEN).describe("The seed's incident category."),
    subtype: /* @__PURE__ */ z.string().regex(ID_PATROON).optional().describe('A subtype of the category.'),
    vormen: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.enum(['fysiek', 'verbaal', 'dreigen', 'vernielzucht', 'diefstal', 'anders']))
      .max(6)
      .optional()
      .describe('Forms of aggression or violence.'),
    behandeling: /* @__PURE__ */ z
      .enum(['geen', 'ehbo', 'behandeling-ziekenhuis', 'opname-ziekenhuis', 'verzuim', 'anders'])
      .describe('Treatment (Bijlage 5).'),
    schade: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z
          .object({ soort: /* @__PURE__ */ z.enum(SCHADESOORTEN), kosten: bedragSchema })
          .describe('Damage of one kind and its cost.'),
      )
      .max(20)
      .optional()
      .describe('Damage per kind with its cost.'),
    afhandeling: /* @__PURE__ */ z
      .object({
        politieIngeschakeld: /* @__PURE__ */ z.boolean().optional(),
        aangifteGedaan: /* @__PURE__ */ z.boolean().optional(),
        meldingArbeidsinspectie: /* @__PURE__ */ z.boolean().optional(),
        ernstigOngeval: /* @__PURE__ */ z.boolean().optional(),
        psychischeOpvang: /* @__PURE__ */ z.boolean().optional(),
        nazorg: /* @__PURE__ */ z.boolean().optional(),
      })
      .optional()
      .describe('Follow-up (Bijlage 5: police, report, Arbeidsinspectie, aftercare).'),
    verzuimWerkdagen: /* @__PURE__ */ z
      .number()
      .int()
      .nonnegative()
      .max(10_000)
      .optional()
      .describe('Workdays of absence.'),
  })
  .describe(
    'The internal incident registration form of the 2018 seed (Bijlage 5), without names or addresses.',
  );

/** A registration of Bijlage 5. */
export type IncidentRegistratie = z.infer<typeof incidentRegistratieSchema>;

/**
 * Validates a registration of Bijlage 5, including that the subtype belongs to the category
 * (`SUBTYPE_HOORT_NIET_BIJ_CATEGORIE`). Never throws; messages never echo the input.
 *
 * @example
 * ```ts
 * import { valideerIncidentRegistratie } from '@schoolveiligheid/monitoring';
 * const r = valideerIncidentRegistratie({ id: 'inc-1', datum: '2026-10-05', getroffene: 'leerling', categorie: 'drugs', subtype: 'vuurwapen', behandeling: 'geen' });
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['SUBTYPE_HOORT_NIET_BIJ_CATEGORIE']
 * ```
 */
export function valideerIncidentRegistratie(
  invoer: unknown,
  opties: ValideerOpties = {},
): Resultaat<IncidentRegistratie> {
  const r = valideer(incidentRegistratieSchema, invoer, opties);
  if (!r.ok) return r;
  const { categorie, subtype } = r.waarde;
  if (subtype !== undefined && !INCIDENT_CATEGORIEEN[categorie].subtypen.includes(subtype))
    return {
      ok: false,
      problemen: [
        {
          code: 'SUBTYPE_HOORT_NIET_BIJ_CATEGORIE',
          pad: ['subtype'],
          melding: codeTekst(
            MONITORING_PROBLEEM_CODES,
            'SUBTYPE_HOORT_NIET_BIJ_CATEGORIE',
            opties?.taal === 'en' ? 'en' : 'nl',
          ),
        },
      ],
    };
  return r;
}

/**
 * The total damage of a registration (the sum of its kinds), computed with kern's `Bedrag` (dinero.js inside).
 *
 * @example
 * ```ts
 * import { schadeTotaal } from '@schoolveiligheid/monitoring';
 * schadeTotaal({ schade: [{ soort: 'materieel', kosten: { centen: 12500, valuta: 'EUR' } }, { soort: 'anders', kosten: { centen: 500, valuta: 'EUR' } }] }); //=> { centen: 13000, valuta: 'EUR' }
 * ```
 */
export function schadeTotaal(registratie: Pick<IncidentRegistratie, 'schade'>): Bedrag {
  const r = valideer(incidentRegistratieSchema.shape.schade, registratie?.schade);
  return telBedragenOp(r.ok ? (r.waarde ?? []).map((s) => s.kosten) : []);
}
