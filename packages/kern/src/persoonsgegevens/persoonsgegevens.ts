import { ongeldigeInvoer } from '../fout/bewaak.js';

/**
 * True when `bsn` is a valid burgerservicenummer by the elfproef: 9 digits (8 with a leading zero added),
 * `9·d1 + 8·d2 + … + 2·d8 − 1·d9` divisible by 11, and not all zeros. Accepts the forms
 * {@link normaliseerBsn} accepts (spaces, dots, hyphens). Validity says nothing about whether the number
 * was issued.
 *
 * @example
 * ```ts
 * import { isGeldigBsn } from '@schoolveiligheid/kern';
 * isGeldigBsn('111222333'); //=> true
 * isGeldigBsn('1112.22.333'); //=> true
 * isGeldigBsn('111222334'); //=> false
 * ```
 */
export function isGeldigBsn(bsn: unknown): boolean {
  const n = normaliseerBsn(bsn);
  if (n === undefined || n === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(n[i]);
  som -= Number(n[8]);
  return som % 11 === 0;
}

/**
 * A BSN in its canonical 9-digit form: separators (space, dot, hyphen) removed and an 8-digit number padded
 * with a leading zero; `undefined` when it is not a number of that shape. Does not check the elfproef.
 *
 * @example
 * ```ts
 * import { normaliseerBsn } from '@schoolveiligheid/kern';
 * normaliseerBsn(' 1112 22 333 '); //=> '111222333'
 * normaliseerBsn('12345678'); //=> '012345678'
 * normaliseerBsn('abc'); //=> undefined
 * ```
 */
export function normaliseerBsn(bsn: unknown): string | undefined {
  if (typeof bsn !== 'string' && typeof bsn !== 'number') return undefined;
  const tekst = String(bsn);
  if (tekst.length > 20) return undefined;
  const cijfers = tekst.trim().replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(cijfers)) return undefined;
  return cijfers.padStart(9, '0');
}

/** A kind of personal data the SDK recognises in free text. */
export type PersoonsgegevenSoort = 'bsn' | 'e-mail' | 'telefoon' | 'iban';

/**
 * Patterns of personal data in free text: a 9-digit number that passes the elfproef, an e-mail address, a
 * Dutch phone number, an IBAN. Names cannot be recognised by a pattern: the SDK never echoes unvalidated text.
 */
const PATRONEN: readonly {
  readonly soort: PersoonsgegevenSoort;
  readonly patroon: RegExp;
  readonly check?: (m: string) => boolean;
}[] = [
  { soort: 'e-mail', patroon: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  { soort: 'iban', patroon: /\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b/g },
  { soort: 'bsn', patroon: /(?<!\d)\d(?:[\s.-]?\d){7,8}(?!\d)/g, check: (m) => isGeldigBsn(m) },
  {
    soort: 'telefoon',
    patroon: /(?<![\d+])(?:\+31|0031|0)[\s-]?(?:\(0\))?[\s-]?[1-9](?:[\s-]?\d){8}(?!\d)/g,
  },
];

/**
 * Most characters the helpers look at: longer text is refused, not scanned.
 *
 * @example
 * ```ts
 * import { MAX_TEKST_LENGTE } from '@schoolveiligheid/kern';
 * MAX_TEKST_LENGTE; //=> 10000
 * ```
 */
export const MAX_TEKST_LENGTE = 10_000;

/**
 * The kinds of personal data found in `tekst`, in pattern order without duplicates.
 *
 * @example
 * ```ts
 * import { vindPersoonsgegevens } from '@schoolveiligheid/kern';
 * vindPersoonsgegevens('Bel 06-12345678 of mail ouder@example.nl'); //=> ['e-mail', 'telefoon']
 * vindPersoonsgegevens('leerling met BSN 111222333'); //=> ['bsn']
 * vindPersoonsgegevens('geschil bij de Geschillencommissie'); //=> []
 * ```
 */
export function vindPersoonsgegevens(tekst: string): PersoonsgegevenSoort[] {
  if (typeof tekst !== 'string' || tekst.length > MAX_TEKST_LENGTE)
    ongeldigeInvoer(`Geef een tekst van ten hoogste ${MAX_TEKST_LENGTE} tekens.`);
  const gevonden: PersoonsgegevenSoort[] = [];
  for (const { soort, patroon, check } of PATRONEN) {
    const treffers = tekst.match(patroon) ?? [];
    if (treffers.some((m) => !check || check(m))) gevonden.push(soort);
  }
  return gevonden;
}

/**
 * `tekst` with every recognised BSN, e-mail address, phone number and IBAN replaced by a marker such as
 * `[bsn]`. For logs and exports; it cannot find names, so never use it to make unvalidated text safe to echo.
 *
 * @example
 * ```ts
 * import { redigeer } from '@schoolveiligheid/kern';
 * redigeer('BSN 111222333, tel. +31 6 12345678'); //=> 'BSN [bsn], tel. [telefoon]'
 * ```
 */
export function redigeer(tekst: string): string {
  if (typeof tekst !== 'string' || tekst.length > MAX_TEKST_LENGTE)
    ongeldigeInvoer(`Geef een tekst van ten hoogste ${MAX_TEKST_LENGTE} tekens.`);
  let uit = tekst;
  for (const { soort, patroon, check } of PATRONEN) {
    uit = uit.replace(patroon, (m) => (!check || check(m) ? `[${soort}]` : m));
  }
  return uit;
}

/**
 * A short free text the SDK may copy into a trace (a suspension's reason, a closing day's description): the
 * text itself when it is at most `maximum` characters, one line and free of recognised personal data;
 * otherwise `vervanging`. Keeps personal data and 10 MB strings out of every output.
 *
 * @example
 * ```ts
 * import { veiligeTekst } from '@schoolveiligheid/kern';
 * veiligeTekst('studiedag team', 'vrije dag'); //=> 'studiedag team'
 * veiligeTekst('gesprek met ouder@example.nl', 'vrije dag'); //=> 'vrije dag'
 * ```
 */
export function veiligeTekst(tekst: unknown, vervanging: string, maximum = 80): string {
  if (
    typeof vervanging !== 'string' ||
    !Number.isInteger(maximum) ||
    maximum < 1 ||
    maximum > MAX_TEKST_LENGTE
  )
    ongeldigeInvoer('Geef een vervangende tekst en een maximum van 1 tot 10000 tekens.');
  if (typeof tekst !== 'string' || tekst.length === 0 || tekst.length > maximum || /[\r\n]/.test(tekst))
    return vervanging;
  return vindPersoonsgegevens(tekst).length === 0 ? tekst : vervanging;
}
