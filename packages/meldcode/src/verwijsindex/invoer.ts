import { SchoolveiligheidFout, type Taal, valideer } from '@schoolveiligheid/kern';
import type * as z from 'zod/v4';

/** Validates calculator input and throws `ONGELDIGE_INVOER` with the problem codes only (never the input). */
export function eisGeldig<S extends z.ZodType>(
  schema: S,
  invoer: unknown,
  wat: string,
  taal: Taal = 'nl',
): z.output<S> {
  const r = valideer(schema, invoer, { taal });
  if (!r.ok)
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', `Ongeldige invoer: ${wat}.`, {
      problemen: r.problemen.map((p) => p.code).join(','),
    });
  return r.waarde;
}
