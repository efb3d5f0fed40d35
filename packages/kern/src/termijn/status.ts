import { epochMs, isTijdstip, type Tijdstip } from '../datum/datum.js';
import { eisNu, isObjectOfLijst, ongeldigeInvoer } from '../fout/bewaak.js';
import type { TermijnUitkomst } from './termijn.js';

/** Where a term stands at a moment: running, almost due, or overdue. */
export type TermijnFase = 'lopend' | 'bijna-verlopen' | 'verlopen';

/** Outcome of {@link termijnStatus}. */
export interface TermijnStatus {
  /** Running, almost due, or overdue. */
  readonly fase: TermijnFase;
  /** Time left until `vervaltOp` (negative when overdue), in whole minutes. */
  readonly resterendeMinuten: number;
  /** The same, split for display: days, hours, minutes (all ≥ 0; see `fase` for the sign). */
  readonly resterend: { readonly dagen: number; readonly uren: number; readonly minuten: number };
  /** Dutch summary: `nog 2 dagen en 3 uur`, `3 uur te laat`. */
  readonly tekst: string;
}

/** Options of {@link termijnStatus}. */
export interface TermijnStatusOpties {
  /** A term counts as almost due within this many hours of expiry. Default 24. */
  readonly bijnaVerlopenUren?: number;
}

/**
 * Where a computed term stands at `nu` (an instant with offset; the SDK never reads the clock itself).
 *
 * @example
 * ```ts
 * import { berekenTermijn, termijnStatus } from '@schoolveiligheid/kern';
 * const t = berekenTermijn({ gebeurtenis: '2026-10-23T14:30:00+02:00', duur: { aantal: 72, eenheid: 'uren' }, grondslag: 'eu' });
 * termijnStatus(t, '2026-10-24T12:00:00+02:00').fase; //=> 'lopend'
 * termijnStatus(t, '2026-10-26T12:30:00+01:00').tekst; //=> 'nog 1 uur'
 * termijnStatus(t, '2026-10-26T16:30:00+01:00').fase; //=> 'verlopen'
 * ```
 */
export function termijnStatus(
  uitkomst: TermijnUitkomst,
  nu: Tijdstip,
  opties: TermijnStatusOpties = {},
): TermijnStatus {
  if (!isObjectOfLijst(uitkomst) || !isTijdstip(uitkomst.vervaltOp))
    ongeldigeInvoer('Geef een uitkomst van berekenTermijn.');
  eisNu(nu);
  const uren = typeof opties === 'object' && opties !== null ? opties.bijnaVerlopenUren : Number.NaN;
  if (uren !== undefined && !(uren >= 0 && uren <= 8760))
    ongeldigeInvoer('bijnaVerlopenUren is een aantal uren van 0 t/m 8760.');
  const drempel = (uren ?? 24) * 60;
  const resterendeMinuten = Math.floor((epochMs(uitkomst.vervaltOp) - epochMs(nu)) / 60_000);
  const fase: TermijnFase =
    resterendeMinuten <= 0 ? 'verlopen' : resterendeMinuten <= drempel ? 'bijna-verlopen' : 'lopend';
  const abs = Math.abs(resterendeMinuten);
  const resterend = { dagen: Math.floor(abs / 1440), uren: Math.floor((abs % 1440) / 60), minuten: abs % 60 };
  const delen = [
    resterend.dagen ? `${resterend.dagen} ${resterend.dagen === 1 ? 'dag' : 'dagen'}` : '',
    resterend.uren ? `${resterend.uren} uur` : '',
    resterend.minuten ? `${resterend.minuten} ${resterend.minuten === 1 ? 'minuut' : 'minuten'}` : '',
  ].filter(Boolean);
  const duur =
    delen.length > 1 ? `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}` : (delen[0] ?? '0 minuten');
  const tekst = fase === 'verlopen' ? (abs === 0 ? 'zojuist verlopen' : `${duur} te laat`) : `nog ${duur}`;
  return { fase, resterendeMinuten, resterend, tekst };
}
