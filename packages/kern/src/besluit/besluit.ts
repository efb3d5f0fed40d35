import type { Bron } from '../bron/bron.js';

/**
 * One reason behind a decision: a stable `code` for programs, a Dutch `tekst` a parent can read, and the
 * source that makes it so.
 */
export interface Reden {
  /** Stable code, for example `AVG_33_RISICO_NIET_UITGESLOTEN`. */
  readonly code: string;
  /** Dutch explanation in plain language. */
  readonly tekst: string;
  /** The rule or policy the reason rests on. */
  readonly bron?: Bron;
}

/**
 * A decision with its reasons (OpenFisca-style tracing): every calculator in the SDK returns the answer
 * *and* why.
 *
 * @example
 * ```ts
 * import { besluit, type Besluit } from '@schoolveiligheid/kern';
 * const b: Besluit<boolean> = besluit(true, [{ code: 'VOORBEELD', tekst: 'Dit is een voorbeeld.' }]);
 * b.uitkomst; //=> true
 * b.redenen.length; //=> 1
 * ```
 */
export interface Besluit<T> {
  /** The answer. */
  readonly uitkomst: T;
  /** Why: every reason with its source. */
  readonly redenen: readonly Reden[];
}

/**
 * Builds a {@link Besluit}.
 *
 * @example
 * ```ts
 * import { besluit } from '@schoolveiligheid/kern';
 * besluit('hoog', [{ code: 'BSN', tekst: 'Er zijn BSN-nummers betrokken.' }]).uitkomst; //=> 'hoog'
 * ```
 */
export function besluit<T>(uitkomst: T, redenen: readonly Reden[]): Besluit<T> {
  return { uitkomst, redenen };
}
