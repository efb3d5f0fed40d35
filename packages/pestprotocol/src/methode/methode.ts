import { type Besluit, besluit, type Resultaat, valideer, taalUitOpties } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { PestprotocolRedenCode } from '../codes/codes.js';
import { pestprotocolVerantwoording, reden } from '../intern.js';
import { METHODE_STAPPEN, type Methode, type MethodeStap } from './methode.data.js';

/**
 * Schema of the situation a teacher is in: bullying seen, suspected or not signalled, and whether it is a
 * conflict between equals.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { situatieSchema } from '@schoolveiligheid/pestprotocol';
 * valideer(situatieSchema, { pestgedrag: 'vermoed' }).ok; //=> true
 * ```
 */
export const situatieSchema = /* @__PURE__ */ z
  .object({
    pestgedrag: /* @__PURE__ */ z
      .enum(['waargenomen', 'vermoed', 'geen'])
      .describe('Bullying seen by staff, suspected but not seen (hidden bullying), or not signalled.'),
    conflictTussenGelijken: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe(
        'A quarrel between evenly matched pupils (no bullying): they first try to solve it themselves.',
      ),
  })
  .strict()
  .describe('The situation for kiesMethode.');

/** The situation (see {@link situatieSchema}). */
export type Situatie = z.infer<typeof situatieSchema>;

/** The answer of {@link kiesMethode}: the method and its ordered steps. */
export interface MethodeKeuze {
  readonly methode: Methode;
  readonly stappen: readonly MethodeStap[];
}

/** The method table: which situation leads to which method, and why (seed "Pesten bestrijden"; PROO). */
const KEUZE: readonly {
  readonly geldt: (s: Situatie) => boolean;
  readonly methode: Methode;
  readonly reden: PestprotocolRedenCode;
}[] = [
  { geldt: (s) => s.pestgedrag === 'waargenomen', methode: 'confronterend', reden: 'METHODE_CONFRONTEREND' },
  {
    geldt: (s) => s.pestgedrag === 'vermoed',
    methode: 'niet-confronterend',
    reden: 'METHODE_NIET_CONFRONTEREND',
  },
  {
    geldt: (s) => s.conflictTussenGelijken === true,
    methode: 'zelf-oplossen',
    reden: 'METHODE_ZELF_OPLOSSEN',
  },
  { geldt: () => true, methode: 'preventief', reden: 'METHODE_PREVENTIEF' },
];

/**
 * The method for a situation, with its ordered steps as data: the confronting method when staff saw the
 * bullying, the non-confronting method when it is suspected but not seen, pupils solving a conflict between
 * equals themselves first (PROO), otherwise prevention. Bad input gives coded problems.
 *
 * @example
 * ```ts
 * import { kiesMethode } from '@schoolveiligheid/pestprotocol';
 * const r = kiesMethode({ pestgedrag: 'vermoed' });
 * r.ok && r.waarde.uitkomst.methode; //=> 'niet-confronterend'
 * r.ok && r.waarde.uitkomst.stappen[0]?.code; //=> 'COLLEGAS_INSCHAKELEN'
 * ```
 */
export function kiesMethode(
  situatie: unknown,
  opties?: { readonly taal?: 'nl' | 'en' },
): Resultaat<Besluit<MethodeKeuze, PestprotocolRedenCode>> {
  const invoer = valideer(situatieSchema, situatie, { taal: taalUitOpties(opties) });
  if (!invoer.ok) return invoer;
  const rij = KEUZE.find((k) => k.geldt(invoer.waarde)) ?? KEUZE[KEUZE.length - 1]!;
  return {
    ok: true,
    waarde: besluit(
      { methode: rij.methode, stappen: METHODE_STAPPEN[rij.methode] },
      [reden(rij.reden)],
      pestprotocolVerantwoording(),
    ),
  };
}
