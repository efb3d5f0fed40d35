import {
  berekenTermijn,
  bronSchema,
  duurSchema,
  isIsoDatum,
  isoDatumSchema,
  isTijdstip,
  ok,
  type SchoolkalenderInstellingen,
  schoolkalender,
  schoolkalenderInstellingenSchema,
  type TermijnInvoer,
  termijnStatus,
  tijdstipSchema,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { opdracht } from '../opdracht.js';

/** The input of `termijn`: kern's `TermijnInvoer` as JSON, the calendar as its settings, and `nu` for a status. */
function termijnSchema() {
  return z
    .strictObject({
      gebeurtenis: z
        .string()
        .refine((w) => isIsoDatum(w) || isTijdstip(w), { params: { code: 'ONGELDIGE_DATUM' } })
        .meta({
          description: 'The event the term runs from: a date for day terms, an instant for hour terms.',
          anyOf: [isoDatumSchema, tijdstipSchema].map((s) => {
            const { $schema: _d, ...json } = z.toJSONSchema(s, { io: 'input' });
            return json;
          }),
        }),
      duur: duurSchema,
      grondslag: z.enum(['nl-wet', 'eu', 'regeling']).meta({
        description: 'Legal basis: nl-wet (the Algemene termijnenwet applies), eu or regeling (never).',
      }),
      richting: z
        .enum(['vooruit', 'terug'])
        .optional()
        .meta({ description: 'vooruit (default): after the event; terug: at least n before it.' }),
      kalender: schoolkalenderInstellingenSchema.optional().meta({
        description: 'School calendar settings; required for schooldagen, werkdagen default to the Atw.',
      }),
      bron: bronSchema
        .optional()
        .meta({ description: 'The source of the term itself, listed first in bronnen.' }),
      opschortingen: z
        .array(
          z.object({
            van: isoDatumSchema,
            tot: isoDatumSchema,
            reden: z.string().max(200).meta({ description: 'Dutch reason, without personal data.' }),
            bron: bronSchema.optional(),
          }),
        )
        .max(100)
        .optional()
        .meta({
          description: 'Periods in which the running term stands still (van up to, not including, tot).',
        }),
      nu: tijdstipSchema
        .optional()
        .meta({ description: 'When given, the answer adds the status of the term at this instant.' }),
    })
    .meta({ description: 'A legal term: event, duration, legal basis, and optionally a calendar and nu.' });
}

/** `termijn`: kern's `berekenTermijn`, plus `termijnStatus` at `nu` when the input has one. */
export const termijn = /* @__PURE__ */ opdracht({
  naam: 'termijn',
  omschrijving:
    'A legal deadline (termijn) with its trace: last day, expiry instant, Algemene termijnenwet extension, every skipped day and why.',
  invoerSchema: /* @__PURE__ */ termijnSchema(),
  uitvoer:
    "kern's TermijnUitkomst (berekenTermijn), with status (termijnStatus at nu) when the input has nu.",
  voerUit: ({ nu, kalender, ...rest }) => {
    const invoer = (
      kalender ? { ...rest, kalender: schoolkalender(kalender as SchoolkalenderInstellingen) } : rest
    ) as TermijnInvoer;
    const t = berekenTermijn(invoer);
    return ok(nu ? { ...t, status: termijnStatus(t, nu) } : t);
  },
});
