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
export const isoDatumSchema = z.custom<IsoDatum>((w) => isIsoDatum(w), {
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
export const tijdstipSchema = z.custom<Tijdstip>((w) => isTijdstip(w), {
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
export const bronSchema = z.object({
  titel: z.string().min(1),
  artikel: z.string().optional(),
  bwb: z.string().optional(),
  url: z.string().optional(),
  zekerheid: z.enum(['wettekst', 'secundair', 'interpretatie', 'onbevestigd']),
  toelichting: z.string().optional(),
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
export const duurSchema = z.object({
  aantal: z.number().int().positive(),
  eenheid: z.enum(['uren', 'kalenderdagen', 'werkdagen', 'schooldagen', 'weken', 'maanden']),
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
export const schoolkalenderInstellingenSchema = z.object({
  regio: z.enum(['noord', 'midden', 'zuid']),
  vrijeDagen: z
    .array(
      z.object({
        datum: isoDatumSchema,
        tot: isoDatumSchema.optional(),
        soort: z.enum(['studiedag', 'vrije-dag']),
        omschrijving: z.string().max(80).optional(),
      }),
    )
    .optional(),
  vakanties: z
    .array(
      z.object({
        soort: z.enum([
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
  goedeVrijdagVrij: z.boolean().optional(),
});
