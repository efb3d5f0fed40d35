declare const __PAKKET_VERSIE__: string | undefined;

/**
 * This package's npm name and version (set at build time from package.json; `0.0.0-bron` when run from
 * source), for the receipt (`Verantwoording`) on every answer.
 *
 * @example
 * ```ts
 * import { PAKKET } from '@schoolveiligheid/privacy';
 * PAKKET.naam; //=> '@schoolveiligheid/privacy'
 * ```
 */
export const PAKKET = {
  naam: '@schoolveiligheid/privacy',
  versie: typeof __PAKKET_VERSIE__ === 'string' ? __PAKKET_VERSIE__ : '0.0.0-bron',
} as const;
