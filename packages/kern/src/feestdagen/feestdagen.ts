import type { Bron } from '../bron/bron.js';
import { type IsoDatum, JAREN_BEREIK, plusDagen, weekdag } from '../datum/datum.js';
import { ongeldigeInvoer } from '../fout/bewaak.js';
import {
  ATW_ART_3_LID_1,
  ATW_ART_3_LID_2,
  KONINGINNEDAG_BESLUIT,
  KONINGSDAG_ZONDAGREGEL,
} from './bronnen.js';
import { GELIJKSTELLINGSBESLUITEN } from './gelijkgesteld.js';

/**
 * Whether schools close on a day (government.nl Q&A on public holidays in primary education):
 * `vrij` = schools are closed (or nearly always), `school-beslist` = the school decides (Goede Vrijdag,
 * days equated by KB). Only used by the school calendar; the Atw does not care.
 */
export type SchoolSluiting = 'vrij' | 'school-beslist';

/** One day that counts as an algemeen erkende feestdag for the Algemene termijnenwet. */
export interface Feestdag {
  /** The day. */
  readonly datum: IsoDatum;
  /** Dutch name: `Tweede Paasdag`, `Vrijdag na Hemelvaartsdag`. */
  readonly naam: string;
  /** `feestdag`: Atw art. 3 lid 1 and 2 (including Goede Vrijdag); `gelijkgesteld`: a KB under art. 3 lid 3. */
  readonly soort: 'feestdag' | 'gelijkgesteld';
  /** The article or besluit that makes it a feestdag. */
  readonly bron: Bron;
  /** Whether primary schools are closed that day. */
  readonly school: SchoolSluiting;
}

/** The Atw feestdagen of one year, and whether the days equated by KB are known for it. */
export interface FeestdagenVanJaar {
  /** The calendar year. */
  readonly jaar: number;
  /** All feestdagen and gelijkgestelde dagen of the year, in date order (weekend days included). */
  readonly dagen: readonly Feestdag[];
  /**
   * `false` when no gelijkstellingsbesluit covering this year was found: the list then holds only the
   * statutory feestdagen, and a later KB may still add days.
   */
  readonly gelijkgesteldeDagenBekend: boolean;
  /** Present when `gelijkgesteldeDagenBekend` is false: a Dutch warning to show alongside any result. */
  readonly waarschuwing?: string;
}

/**
 * Easter Sunday (Gregorian computus, anonymous algorithm of Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * import { paaszondag } from '@schoolveiligheid/kern';
 * paaszondag(2026); //=> '2026-04-05'
 * ```
 */
export function paaszondag(jaar: number): IsoDatum {
  if (!Number.isInteger(jaar) || jaar < JAREN_BEREIK.van || jaar > JAREN_BEREIK.tot)
    ongeldigeInvoer(`Een jaar is een geheel getal van ${JAREN_BEREIK.van} t/m ${JAREN_BEREIK.tot}.`);
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}` as IsoDatum;
}

/**
 * First and last year the SDK computes feestdagen for.
 *
 * @example
 * ```ts
 * import { FEESTDAGEN_BEREIK } from '@schoolveiligheid/kern';
 * FEESTDAGEN_BEREIK.tot; //=> 2099
 * ```
 */
export const FEESTDAGEN_BEREIK = { van: 1990, tot: 2099 } as const;

/** First year of Koningsdag (BWBR0032908 art. 1 and 3); before it the day is Koninginnedag. */
const EERSTE_KONINGSDAG = 2014;

/**
 * The algemeen erkende feestdagen of Atw art. 3 for a year, plus the days equated by Koninklijk Besluit.
 * Easter is computed; Koningsdag moves to Saturday 26 April when 27 April is a Sunday; before 2014 the day is
 * Koninginnedag (30 April, Saturday 29 April when the 30th is a Sunday); 5 mei counts every year (not only in
 * lustrum years). Days falling on a weekend are listed too.
 *
 * @example
 * ```ts
 * import { feestdagen } from '@schoolveiligheid/kern';
 * const jaar = feestdagen(2025);
 * jaar.dagen.find((d) => d.naam === 'Koningsdag')?.datum; //=> '2025-04-26'
 * jaar.dagen.filter((d) => d.soort === 'gelijkgesteld').map((d) => d.datum); //=> ['2025-05-30']
 * feestdagen(2030).gelijkgesteldeDagenBekend; //=> false
 * feestdagen(2006).dagen.find((d) => d.naam === 'Koninginnedag')?.datum; //=> '2006-04-29'
 * feestdagen(2019).dagen.filter((d) => d.soort === 'gelijkgesteld').map((d) => d.datum); //=> ['2019-05-31', '2019-12-27']
 * ```
 */
export function feestdagen(jaar: number): FeestdagenVanJaar {
  if (!Number.isInteger(jaar) || jaar < FEESTDAGEN_BEREIK.van || jaar > FEESTDAGEN_BEREIK.tot) {
    ongeldigeInvoer(
      `Jaar moet een geheel getal zijn tussen ${FEESTDAGEN_BEREIK.van} en ${FEESTDAGEN_BEREIK.tot}.`,
    );
  }
  const pasen = paaszondag(jaar);
  const j = String(jaar);
  const koningsdag27 = `${j}-04-27` as IsoDatum;
  const koningsdagZondag = weekdag(koningsdag27) === 7;
  const koninginnedag30 = `${j}-04-30` as IsoDatum;
  const wettelijk = (
    datum: IsoDatum,
    naam: string,
    school: SchoolSluiting,
    bron: Bron = ATW_ART_3_LID_1,
  ): Feestdag => ({
    datum,
    naam,
    soort: 'feestdag',
    bron,
    school,
  });
  const dagen: Feestdag[] = [
    wettelijk(`${j}-01-01` as IsoDatum, 'Nieuwjaarsdag', 'vrij'),
    wettelijk(plusDagen(pasen, -2), 'Goede Vrijdag', 'school-beslist', ATW_ART_3_LID_2),
    wettelijk(plusDagen(pasen, 1), 'Tweede Paasdag', 'vrij'),
    jaar < EERSTE_KONINGSDAG
      ? wettelijk(
          weekdag(koninginnedag30) === 7 ? (`${j}-04-29` as IsoDatum) : koninginnedag30,
          'Koninginnedag',
          'vrij',
          { ...ATW_ART_3_LID_1, toelichting: `${KONINGINNEDAG_BESLUIT.titel} (zekerheid: secundair)` },
        )
      : koningsdagZondag
        ? wettelijk(`${j}-04-26` as IsoDatum, 'Koningsdag', 'vrij', {
            ...ATW_ART_3_LID_1,
            toelichting: `${KONINGSDAG_ZONDAGREGEL.titel} (${KONINGSDAG_ZONDAGREGEL.url ?? ''})`,
          })
        : wettelijk(koningsdag27, 'Koningsdag', 'vrij'),
    wettelijk(`${j}-05-05` as IsoDatum, 'Bevrijdingsdag (5 mei)', 'vrij'),
    wettelijk(plusDagen(pasen, 39), 'Hemelvaartsdag', 'vrij'),
    wettelijk(plusDagen(pasen, 50), 'Tweede Pinksterdag', 'vrij'),
    wettelijk(`${j}-12-25` as IsoDatum, 'Eerste Kerstdag', 'vrij'),
    wettelijk(`${j}-12-26` as IsoDatum, 'Tweede Kerstdag', 'vrij'),
  ];
  const besluit = GELIJKSTELLINGSBESLUITEN.find((b) => b.jaren.includes(jaar));
  if (besluit) {
    for (const dag of besluit.dagen) {
      if (dag.datum.startsWith(j)) {
        dagen.push({
          datum: dag.datum,
          naam: dag.naam,
          soort: 'gelijkgesteld',
          bron: besluit.bron,
          school: 'school-beslist',
        });
      }
    }
  }
  dagen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  if (besluit && besluit.bron.zekerheid !== 'onbevestigd')
    return { jaar, dagen, gelijkgesteldeDagenBekend: true };
  return {
    jaar,
    dagen,
    gelijkgesteldeDagenBekend: false,
    waarschuwing: besluit
      ? `Voor ${jaar} is het besluit over gelijkgestelde dagen (Atw art. 3 lid 3) niet gevonden; ${
          dagen.some((d) => d.soort === 'gelijkgesteld')
            ? 'de meegetelde gelijkgestelde dag komt uit een secundaire bron en is onbevestigd'
            : 'alleen de wettelijke feestdagen zijn meegeteld'
        }.`
      : `Voor ${jaar} is geen besluit over gelijkgestelde dagen (Atw art. 3 lid 3) bekend; alleen de wettelijke feestdagen zijn meegeteld.`,
  };
}
