// The `{ taal }` option of this package's validators, read the same way as in the other packages: English only
// when asked for, Dutch otherwise, whatever arrives (a validator never throws on a malformed options value).
import type { Taal } from '@schoolveiligheid/kern';

/** Options of a validator: the language of the problem messages (`nl` by default). */
export interface TaalOpties {
  /** Language of the `melding` of each problem: `nl` (default) or `en`. */
  readonly taal?: Taal;
}

/** The `taal` of an options argument: `en` only when asked for. */
export function taalVan(opties: unknown): Taal {
  return typeof opties === 'object' && opties !== null && (opties as { taal?: unknown }).taal === 'en'
    ? 'en'
    : 'nl';
}
