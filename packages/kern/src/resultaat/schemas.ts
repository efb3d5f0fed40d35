import { z } from 'zod';
import { isIsoDatum, isTijdstip, type IsoDatum, type Tijdstip } from '../datum/datum.js';

/**
 * Zod schema of an {@link IsoDatum}: a real calendar date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { valideer, isoDatumSchema } from '@schoolveiligheid/kern';
 * valideer(isoDatumSchema, '2026-11-23').ok; //=> true
 * ```
 */
export const isoDatumSchema = /* @__PURE__ */ z.custom<IsoDatum>((w) => isIsoDatum(w), {
  params: { code: 'ONGELDIGE_DATUM', melding: 'Geen geldige datum; verwacht JJJJ-MM-DD.' },
});

/**
 * Zod schema of a {@link Tijdstip}: ISO 8601 date and time with an offset or `Z`.
 *
 * @example
 * ```ts
 * import { valideer, tijdstipSchema } from '@schoolveiligheid/kern';
 * valideer(tijdstipSchema, '2026-11-23').ok; //=> false
 * ```
 */
export const tijdstipSchema = /* @__PURE__ */ z.custom<Tijdstip>((w) => isTijdstip(w), {
  params: { code: 'ONGELDIG_TIJDSTIP', melding: 'Geen geldig tijdstip; verwacht ISO 8601 met tijdzone.' },
});

/**
 * Zod schema of a {@link Bron}.
 *
 * @example
 * ```ts
 * import { valideer, bronSchema } from '@schoolveiligheid/kern';
 * valideer(bronSchema, { titel: 'WPO', artikel: '40c', zekerheid: 'wettekst' }).ok; //=> true
 * ```
 */
export const bronSchema = /* @__PURE__ */ z.object({
  titel: /* @__PURE__ */ z.string().min(1),
  artikel: /* @__PURE__ */ z.string().optional(),
  bwb: /* @__PURE__ */ z.string().optional(),
  url: /* @__PURE__ */ z.string().optional(),
  zekerheid: /* @__PURE__ */ z.enum(['wettekst', 'secundair', 'interpretatie', 'onbevestigd']),
  toelichting: /* @__PURE__ */ z.string().optional(),
});

/**
 * Zod schema of a {@link Duur}.
 *
 * @example
 * ```ts
 * import { valideer, duurSchema } from '@schoolveiligheid/kern';
 * valideer(duurSchema, { aantal: 6, eenheid: 'weken' }).ok; //=> true
 * ```
 */
export const duurSchema = /* @__PURE__ */ z.object({
  aantal: /* @__PURE__ */ z.number().int().positive(),
  eenheid: /* @__PURE__ */ z.enum(['uren', 'kalenderdagen', 'werkdagen', 'schooldagen', 'weken', 'maanden']),
});

/**
 * Zod schema of the school calendar settings (see `schoolkalender`), for vendors storing them per school.
 *
 * @example
 * ```ts
 * import { valideer, schoolkalenderInstellingenSchema } from '@schoolveiligheid/kern';
 * valideer(schoolkalenderInstellingenSchema, { regio: 'midden', goedeVrijdagVrij: true }).ok; //=> true
 * ```
 */
export const schoolkalenderInstellingenSchema = /* @__PURE__ */ z.object({
  regio: /* @__PURE__ */ z.enum(['noord', 'midden', 'zuid']),
  vrijeDagen: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        datum: isoDatumSchema,
        tot: /* @__PURE__ */ isoDatumSchema.optional(),
        soort: /* @__PURE__ */ z.enum(['studiedag', 'vrije-dag']),
        omschrijving: /* @__PURE__ */ z.string().max(80).optional(),
      }),
    )
    .optional(),
  vakanties: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        soort: /* @__PURE__ */ z.enum([
          'herfstvakantie',
          'kerstvakantie',
          'voorjaarsvakantie',
          'meivakantie',
          'zomervakantie',
        ]),
        van: isoDatumSchema,
        tot: isoDatumSchema,
      }),
    )
    .optional(),
  goedeVrijdagVrij: /* @__PURE__ */ z.boolean().optional(),
});
