declare const __PAKKET_VERSIE__: string | undefined;

/**
 * Name and version of this package, for the receipt (`verantwoording`) on every answer. The build sets the
 * version from `package.json`; run from source it is `0.0.0-bron`.
 *
 * @example
 * ```ts
 * import { PAKKET } from '@schoolveiligheid/schorsing';
 * PAKKET.naam; //=> '@schoolveiligheid/schorsing'
 * typeof PAKKET.versie; //=> 'string'
 * ```
 */
export const PAKKET = {
  naam: '@schoolveiligheid/schorsing',
  versie: typeof __PAKKET_VERSIE__ === 'string' ? __PAKKET_VERSIE__ : '0.0.0-bron',
} as const;
