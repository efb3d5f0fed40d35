import type { Bron } from '../bron/bron.js';
import type { Parameters } from '../code/catalogus.js';
import type { Verantwoording } from '../verantwoording/verantwoording.js';

/**
 * One reason behind a decision: a stable `code` for programs, a Dutch `tekst` a parent can read, the
 * source that makes it so, and the `parameters` of its sentence (dates, counts, units) so a vendor can render
 * it again in its own words or in English (see each package's code catalogue) without parsing Dutch.
 */
export interface Reden<C extends string = string> {
  /** Stable code from the package's catalogue, for example datalek's `MELDEN_AP` (`REDEN_CODES`). */
  readonly code: C;
  /** Dutch explanation in plain language. */
  readonly tekst: string;
  /** The rule or policy the reason rests on. */
  readonly bron?: Bron;
  /** The values in the sentence (never free text from the input). */
  readonly parameters?: Parameters;
}

/**
 * A decision with its reasons (OpenFisca-style tracing) and its receipt: every calculator in the SDK returns
 * the answer, why, and which release and data computed it.
 *
 * @example
 * ```ts
 * import { besluit, verantwoording, type Besluit } from '@schoolveiligheid/kern';
 * const b: Besluit<boolean> = besluit(true, [{ code: 'VOORBEELD', tekst: 'Dit is een voorbeeld.' }],
 *   verantwoording('@schoolveiligheid/voorbeeld', '1.0.0', 'fnv1a64:0000000000000000'));
 * b.uitkomst; //=> true
 * b.verantwoording.versie; //=> '1.0.0'
 * ```
 */
export interface Besluit<T, C extends string = string> {
  /** The answer. */
  readonly uitkomst: T;
  /** Why: every reason with its source. */
  readonly redenen: readonly Reden<C>[];
  /** Which package release and which data computed the answer. */
  readonly verantwoording: Verantwoording;
}

/**
 * Builds a {@link Besluit}.
 *
 * @example
 * ```ts
 * import { besluit, verantwoording } from '@schoolveiligheid/kern';
 * const v = verantwoording('@schoolveiligheid/voorbeeld', '1.0.0', 'fnv1a64:0000000000000000');
 * besluit('hoog', [{ code: 'BSN', tekst: 'Er zijn BSN-nummers betrokken.' }], v).uitkomst; //=> 'hoog'
 * ```
 */
export function besluit<T, C extends string = string>(
  uitkomst: T,
  redenen: readonly Reden<C>[],
  verantwoording: Verantwoording,
): Besluit<T, C> {
  return { uitkomst, redenen, verantwoording };
}
