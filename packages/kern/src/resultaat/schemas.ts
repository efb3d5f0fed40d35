import * as z from 'zod/v4';
import { isIsoDatum, isTijdstip, type IsoDatum, type Tijdstip } from '../datum/datum.js';

/** JSON Schema pattern of an {@link IsoDatum}; the refinement then rejects impossible dates. */
const ISO_DATUM_PATROON = '^\\d{4}-\\d{2}-\\d{2}$';
/** JSON Schema pattern of a {@link Tijdstip}, the same as `isTijdstip` checks before the calendar. */
const TIJDSTIP_PATROON =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})$';
const ISO_DATUM_BESCHRIJVING =
  'A calendar date YYYY-MM-DD (ISO 8601), for day-based terms; it must exist (no 30 February).';
const TIJDSTIP_BESCHRIJVING =
  'An instant: ISO 8601 date and time with an offset or Z (2026-10-23T14:30:00+02:00), interpreted in Europe/Amsterdam, for hour-based terms.';

/** The two date strings: the code of the problem a wrong one gives, and their JSON Schema. */
const DATUMTEKSTEN = {
  ONGELDIGE_DATUM: { description: ISO_DATUM_BESCHRIJVING, format: 'date', pattern: ISO_DATUM_PATROON },
  ONGELDIG_TIJDSTIP: { description: TIJDSTIP_BESCHRIJVING, format: 'date-time', pattern: TIJDSTIP_PATROON },
} as const;

/** A string schema that `is` accepts: any other string gives the problem `code`, with its JSON Schema. */
function datumtekstSchema<T extends string>(
  is: (w: string) => w is T,
  code: keyof typeof DATUMTEKSTEN,
): z.ZodType<T, string> {
  return z
    .string()
    .refine(is, { params: { code } })
    .meta({ ...DATUMTEKSTEN[code] });
}

/**
 * Zod schema of an {@link IsoDatum}: a real calendar date `YYYY-MM-DD` (so `2026-02-30` is not). A string
 * schema, so it converts with `z.toJSONSchema` (`format: 'date'` and a pattern). A string that is not a real
 * date gives `ONGELDIGE_DATUM`; a missing value `VERPLICHT`, a non-string `VERKEERD_TYPE`.
 *
 * @example
 * ```ts
 * import { valideer, isoDatumSchema } from '@schoolveiligheid/kern';
 * valideer(isoDatumSchema, '2026-11-23').ok; //=> true
 * const r = valideer(isoDatumSchema, '2026-02-30');
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['ONGELDIGE_DATUM']
 * ```
 */
export const isoDatumSchema: z.ZodType<IsoDatum, string> = /* @__PURE__ */ datumtekstSchema(
  isIsoDatum,
  'ONGELDIGE_DATUM',
);

/**
 * Zod schema of a {@link Tijdstip}: ISO 8601 date and time with an offset or `Z`, interpreted in
 * `Europe/Amsterdam`. A string schema with `format: 'date-time'` and a pattern in JSON Schema; seconds are
 * optional here (`2026-10-23T14:30+02:00`), which RFC 3339 `date-time` requires, so send them to strict
 * JSON Schema validators. An invalid string gives `ONGELDIG_TIJDSTIP`.
 *
 * @example
 * ```ts
 * import { valideer, tijdstipSchema } from '@schoolveiligheid/kern';
 * valideer(tijdstipSchema, '2026-10-23T14:30:00+02:00').ok; //=> true
 * const r = valideer(tijdstipSchema, '2026-11-23');
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['ONGELDIG_TIJDSTIP']
 * ```
 */
export const tijdstipSchema: z.ZodType<Tijdstip, string> = /* @__PURE__ */ datumtekstSchema(
  isTijdstip,
  'ONGELDIG_TIJDSTIP',
);

/**
 * Zod schema of a {@link Bron}: where a legal value comes from.
 *
 * @example
 * ```ts
 * import { valideer, bronSchema } from '@schoolveiligheid/kern';
 * valideer(bronSchema, { titel: 'WPO', artikel: '40c', lid: 1, zekerheid: 'wettekst' }).ok; //=> true
 * ```
 */
export const bronSchema = /* @__PURE__ */ z
  .object({
    titel: /* @__PURE__ */ z
      .string()
      .min(1)
      .meta({ description: 'Title of the law, regulation, guidance or policy document.' }),
    wet: /* @__PURE__ */ z.string().optional().meta({ description: "Key of the law in kern's WETTEN." }),
    artikel: /* @__PURE__ */ z
      .string()
      .optional()
      .meta({ description: 'Article, paragraph or section (art. 2, 33 lid 1, Stap 5).' }),
    lid: /* @__PURE__ */ z
      .union([/* @__PURE__ */ z.number(), /* @__PURE__ */ z.string()])
      .optional()
      .meta({ description: 'The paragraph (lid) on its own.' }),
    bwb: /* @__PURE__ */ z.string().optional().meta({ description: 'BWB identifier of Dutch legislation.' }),
    celex: /* @__PURE__ */ z.string().optional().meta({ description: 'CELEX number of EU legislation.' }),
    versie: /* @__PURE__ */ z
      .string()
      .optional()
      .meta({ description: 'The dated consolidation that was read (YYYY-MM-DD).' }),
    url: /* @__PURE__ */ z.string().optional().meta({ description: 'Where to read the source.' }),
    zekerheid: /* @__PURE__ */ z.enum(['wettekst', 'secundair', 'interpretatie', 'onbevestigd']).meta({
      description: 'How certain the value is: statute text, secondary source, interpretation, unconfirmed.',
    }),
    toelichting: /* @__PURE__ */ z
      .string()
      .optional()
      .meta({ description: 'Why the value is flagged, or how it was interpreted.' }),
  })
  .meta({ description: 'The source of a legal value: law, article, identifiers and certainty.' });

/**
 * Zod schema of a {@link Duur}: a whole number of 1 or more, and a unit.
 *
 * @example
 * ```ts
 * import { valideer, duurSchema } from '@schoolveiligheid/kern';
 * valideer(duurSchema, { aantal: 6, eenheid: 'weken' }).ok; //=> true
 * ```
 */
export const duurSchema = /* @__PURE__ */ z
  .object({
    aantal: /* @__PURE__ */ z.number().int().positive().meta({ description: 'How many units: 1 or more.' }),
    eenheid: /* @__PURE__ */ z
      .enum(['uren', 'kalenderdagen', 'werkdagen', 'schooldagen', 'weken', 'maanden'])
      .meta({ description: 'The unit, as the legal text uses it.' }),
  })
  .meta({ description: 'A legal duration: a number of hours, days, school days, weeks or months.' });

/**
 * Zod schema of the school calendar settings (see `schoolkalender`), for vendors storing them per school.
 *
 * @example
 * ```ts
 * import { valideer, schoolkalenderInstellingenSchema } from '@schoolveiligheid/kern';
 * valideer(schoolkalenderInstellingenSchema, { regio: 'midden', goedeVrijdagVrij: true }).ok; //=> true
 * ```
 */
export const schoolkalenderInstellingenSchema = /* @__PURE__ */ z
  .object({
    regio: /* @__PURE__ */ z
      .enum(['noord', 'midden', 'zuid'])
      .meta({ description: 'The vacation region of the school (see regioVoor).' }),
    vrijeDagen: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z
          .object({
            datum: isoDatumSchema,
            tot: /* @__PURE__ */ isoDatumSchema.optional(),
            soort: /* @__PURE__ */ z.enum(['studiedag', 'vrije-dag']),
            omschrijving: /* @__PURE__ */ z.string().max(80).optional(),
          })
          .meta({
            description: 'A studiedag or other closed day, or a range from datum to tot (inclusive).',
          }),
      )
      .optional()
      .meta({ description: 'Studiedagen and other days the school is closed.' }),
    vakanties: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z
          .object({
            soort: /* @__PURE__ */ z.enum([
              'herfstvakantie',
              'kerstvakantie',
              'voorjaarsvakantie',
              'meivakantie',
              'zomervakantie',
            ]),
            van: isoDatumSchema,
            tot: isoDatumSchema,
          })
          .meta({ description: "The school's own dates for one of the five vacations (inclusive)." }),
      )
      .optional()
      .meta({ description: 'Vacations the school holds on other dates than its region.' }),
    goedeVrijdagVrij: /* @__PURE__ */ z
      .boolean()
      .optional()
      .meta({ description: 'Whether the school is closed on Goede Vrijdag (default: open).' }),
    feestdagenVrij: /* @__PURE__ */ z
      .object({
        nieuwjaarsdag: /* @__PURE__ */ z.boolean().optional(),
        'goede-vrijdag': /* @__PURE__ */ z.boolean().optional(),
        'tweede-paasdag': /* @__PURE__ */ z.boolean().optional(),
        koningsdag: /* @__PURE__ */ z.boolean().optional(),
        bevrijdingsdag: /* @__PURE__ */ z.boolean().optional(),
        hemelvaartsdag: /* @__PURE__ */ z.boolean().optional(),
        'tweede-pinksterdag': /* @__PURE__ */ z.boolean().optional(),
        'eerste-kerstdag': /* @__PURE__ */ z.boolean().optional(),
        'tweede-kerstdag': /* @__PURE__ */ z.boolean().optional(),
        'gelijkgestelde-dagen': /* @__PURE__ */ z.boolean().optional(),
      })
      .optional()
      .meta({
        description:
          'Per feestdag whether the school is closed (true) or open (false); left out: the Rijksoverheid guidance (STANDAARD_FEESTDAGEN_VRIJ).',
      }),
  })
  .meta({ description: 'Settings of a school calendar: region, closed days and moved vacations.' });
