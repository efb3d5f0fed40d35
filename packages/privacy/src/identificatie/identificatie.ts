import {
  isGeldigBsn as kernIsGeldigBsn,
  normaliseerBsn as kernNormaliseerBsn,
  redigeer as kernRedigeer,
  vindPersoonsgegevens as kernVindPersoonsgegevens,
} from '@schoolveiligheid/kern';

// kern's identifier helpers, re-exported as values (not re-implemented) so a vendor using the privacy package
// finds them with the privacy guide. Pupils are identified by the vendor's id or an ECK iD; nothing in this
// package requires a BSN.

/**
 * kern's `isGeldigBsn`: true when a BSN passes the elfproef (validity says nothing about issue).
 *
 * @example
 * ```ts
 * import { isGeldigBsn } from '@schoolveiligheid/privacy';
 * isGeldigBsn('111222333'); //=> true
 * isGeldigBsn('111222334'); //=> false
 * ```
 */
export const isGeldigBsn: typeof kernIsGeldigBsn = kernIsGeldigBsn;

/**
 * kern's `normaliseerBsn`: the canonical 9-digit form, or undefined.
 *
 * @example
 * ```ts
 * import { normaliseerBsn } from '@schoolveiligheid/privacy';
 * normaliseerBsn('1112.22.333'); //=> '111222333'
 * ```
 */
export const normaliseerBsn: typeof kernNormaliseerBsn = kernNormaliseerBsn;

/**
 * kern's `redigeer`: every recognised BSN, e-mail address, phone number and IBAN replaced by a marker, for logs
 * and exports. It cannot find names.
 *
 * @example
 * ```ts
 * import { redigeer } from '@schoolveiligheid/privacy';
 * redigeer('leerling 111222333 gezien'); //=> 'leerling [bsn] gezien'
 * ```
 */
export const redigeer: typeof kernRedigeer = kernRedigeer;

/**
 * kern's `vindPersoonsgegevens`: which kinds of personal data a text holds.
 *
 * @example
 * ```ts
 * import { vindPersoonsgegevens } from '@schoolveiligheid/privacy';
 * vindPersoonsgegevens('mail ouder@example.nl'); //=> ['e-mail']
 * ```
 */
export const vindPersoonsgegevens: typeof kernVindPersoonsgegevens = kernVindPersoonsgegevens;
