import {
  dagnummer,
  type IsoDatum,
  jaarVanDagnummer,
  uitDagnummer,
  weekdagVanDagnummer,
} from '../datum/datum.js';
import { FEESTDAGEN_BEREIK, type Feestdag, feestdagen } from '../feestdagen/feestdagen.js';
import { GELIJKSTELLINGSBESLUITEN } from '../feestdagen/gelijkgesteld.js';
import {
  type Kalender,
  type KalenderDefinitie,
  maakKalender,
  metRedenen,
  type Sluiting,
} from './kalender.js';

/** The Atw working-day calendar: Monday to Friday minus feestdagen and days equated by KB. */
export interface Werkkalender extends Kalender {
  readonly soort: 'werkdagen';
  /** True on a day that is not a Saturday, Sunday, Atw feestdag or gelijkgestelde dag. */
  isWerkdag(datum: IsoDatum): boolean;
  /** The `n`-th working day strictly after `datum`; `datum` itself never counts. */
  voegWerkdagenToe(datum: IsoDatum, n: number): IsoDatum;
  /** Working days in `(van, tot]`, so `telWerkdagen(d, voegWerkdagenToe(d, n)) === n`. */
  telWerkdagen(van: IsoDatum, tot: IsoDatum): number;
  /** First working day strictly after `datum`. */
  volgendeWerkdag(datum: IsoDatum): IsoDatum;
  /** Last working day strictly before `datum`. */
  vorigeWerkdag(datum: IsoDatum): IsoDatum;
}

const ZATERDAG: Sluiting = { soort: 'zaterdag', naam: 'zaterdag' };
const ZONDAG: Sluiting = { soort: 'zondag', naam: 'zondag' };

/** The weekend reason of a day number, if any. */
export function weekendSluiting(dag: number): Sluiting | undefined {
  const wd = weekdagVanDagnummer(dag);
  return wd === 6 ? ZATERDAG : wd === 7 ? ZONDAG : undefined;
}

/** Closure of a day number under the Atw with every reason: weekend, feestdag, gelijkgestelde dag. */
export function atwSluiting(
  dag: number,
  feestdagOp: (datum: IsoDatum) => Feestdag | undefined,
): Sluiting | undefined {
  const weekend = weekendSluiting(dag);
  const feestdag = feestdagOp(uitDagnummer(dag));
  if (!feestdag) return weekend;
  const reden: Sluiting = { soort: feestdag.soort, naam: feestdag.naam, bron: feestdag.bron };
  return weekend ? metRedenen([weekend, reden]) : reden;
}

/** One year of the Atw: its feestdagen by date, their day numbers, and its warning ('' when there is none). */
interface AtwJaar {
  /** Day numbers of 1 January and 31 December of the year. */
  readonly eerste: number;
  readonly laatste: number;
  readonly perDatum: ReadonlyMap<string, Feestdag>;
  readonly dagnummers: ReadonlySet<number>;
  readonly waarschuwing: string;
}

/** The years of the Atw, each computed once (from one `feestdagen(jaar)`) on first use and shared. */
const atwJaren = /* @__PURE__ */ new Map<number, AtwJaar>();

/** The year's feestdagen, or `undefined` outside {@link FEESTDAGEN_BEREIK}. */
function atwJaar(jaar: number): AtwJaar | undefined {
  let bekend = atwJaren.get(jaar);
  if (!bekend) {
    if (jaar < FEESTDAGEN_BEREIK.van || jaar > FEESTDAGEN_BEREIK.tot) return undefined;
    const { dagen, waarschuwing } = feestdagen(jaar);
    bekend = {
      eerste: dagnummer(`${jaar}-01-01` as IsoDatum),
      laatste: dagnummer(`${jaar}-12-31` as IsoDatum),
      perDatum: new Map(dagen.map((d) => [d.datum, d])),
      dagnummers: new Set(dagen.map((d) => dagnummer(d.datum))),
      waarschuwing: waarschuwing ?? '',
    };
    atwJaren.set(jaar, bekend);
  }
  return bekend;
}

function jaarWaarschuwing(jaar: number): string {
  return atwJaar(jaar)?.waarschuwing ?? '';
}

function feestdagOpDatum(datum: IsoDatum): Feestdag | undefined {
  return atwJaar(Number(datum.slice(0, 4)))?.perDatum.get(datum);
}

/** The year {@link atwGesloten} looked at last: an index is built day by day, so the next day is mostly in it. */
let laatsteJaar: AtwJaar | undefined;

/** Whether a day number is closed under the Atw (weekend, feestdag or gelijkgestelde dag), without its reasons. */
function atwGesloten(dag: number): boolean {
  if (weekdagVanDagnummer(dag) >= 6) return true;
  let jaar = laatsteJaar;
  if (!jaar || dag < jaar.eerste || dag > jaar.laatste) {
    jaar = atwJaar(jaarVanDagnummer(dag));
    if (!jaar) return false;
    laatsteJaar = jaar;
  }
  return jaar.dagnummers.has(dag);
}

/** Lookup of feestdagen by date over the whole supported range; each year is computed on first use. */
export function feestdagenOpDatum(): (datum: IsoDatum) => Feestdag | undefined {
  return feestdagOpDatum;
}

/**
 * The content hash of the werkkalender's definition (feestdagen rule, range and the gelijkstellingsbesluiten),
 * fixed at build time; `vaste-hashes.test.ts` recomputes it, so a change of the besluiten without a new hash fails.
 */
export const WERKKALENDER_INHOUD_HASH = 'fnv1a64:04ff803446d4e011';

/** The definition of the werkkalender (exported for the test that recomputes its hash). */
export function werkkalenderDefinitie(): KalenderDefinitie {
  return {
    soort: 'werkdagen',
    omschrijving: 'werkkalender (Algemene termijnenwet)',
    van: `${FEESTDAGEN_BEREIK.van}-01-01` as IsoDatum,
    tot: `${FEESTDAGEN_BEREIK.tot}-12-31` as IsoDatum,
    bereikNaam: 'de werkkalender',
    inhoud: () => ({ kalender: 'werkkalender', gelijkgesteld: GELIJKSTELLINGSBESLUITEN }),
    vasteInhoudHash: WERKKALENDER_INHOUD_HASH,
    sluiting: (dag) => atwSluiting(dag, feestdagOpDatum),
    gesloten: atwGesloten,
    waarschuwingen: (van, tot) => {
      const uit: string[] = [];
      for (let jaar = Number(van.slice(0, 4)); jaar <= Number(tot.slice(0, 4)); jaar++) {
        const w = jaarWaarschuwing(jaar);
        if (w) uit.push(w);
      }
      return uit;
    },
  };
}

let gedeeld: Werkkalender | undefined;

/**
 * The working-day calendar of the Algemene termijnenwet (Monday to Friday minus art. 3 feestdagen and
 * days equated by KB), over 1990 to 2099. Built once and shared; results in years without a known KB list
 * carry a warning (see {@link Kalender.waarschuwingen}).
 *
 * @example
 * ```ts
 * import { werkkalender } from '@schoolveiligheid/kern';
 * const wk = werkkalender();
 * wk.isWerkdag('2026-05-15'); //=> false
 * wk.voegWerkdagenToe('2026-12-24', 1); //=> '2026-12-28'
 * wk.telWerkdagen('2026-12-24', '2026-12-31'); //=> 4
 * ```
 */
export function werkkalender(): Werkkalender {
  if (gedeeld) return gedeeld;
  const basis = maakKalender(werkkalenderDefinitie());
  gedeeld = Object.freeze({
    ...basis,
    soort: 'werkdagen',
    isWerkdag: basis.isOpen,
    voegWerkdagenToe: basis.voegToe,
    telWerkdagen: basis.tel,
    volgendeWerkdag: basis.volgende,
    vorigeWerkdag: basis.vorige,
  });
  return gedeeld;
}
