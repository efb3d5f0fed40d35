declare const __PAKKET_VERSIE__: string | undefined;

/**
 * The name and release of this package, reported by `GET /health`, the OpenAPI document and
 * `schoolveiligheid --versie`. The build sets the version from package.json; run from source it is `0.0.0-bron`.
 *
 * @example
 * ```ts
 * import { PAKKET } from '@schoolveiligheid/cli';
 * PAKKET.naam; //=> '@schoolveiligheid/cli'
 * typeof PAKKET.versie; //=> 'string'
 * ```
 */
export const PAKKET = {
  naam: '@schoolveiligheid/cli',
  versie: typeof __PAKKET_VERSIE__ === 'string' ? __PAKKET_VERSIE__ : '0.0.0-bron',
} as const;
