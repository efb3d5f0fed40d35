import { type IsoDatum, uitDagnummer, weekdagVanDagnummer } from '../datum/datum.js';
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

/** Feestdagen by date, per year, filled on first use of the year and shared. */
const feestdagPerJaar = /* @__PURE__ */ new Map<number, Map<string, Feestdag>>();
/** The year's warning about unknown gelijkgestelde dagen ('' when there is none), computed once per year. */
const waarschuwingPerJaar = /* @__PURE__ */ new Map<number, string>();

function jaarWaarschuwing(jaar: number): string {
  let w = waarschuwingPerJaar.get(jaar);
  if (w === undefined) {
    w = feestdagen(jaar).waarschuwing ?? '';
    waarschuwingPerJaar.set(jaar, w);
  }
  return w;
}

function feestdagOpDatum(datum: IsoDatum): Feestdag | undefined {
  const jaar = Number(datum.slice(0, 4));
  let perDatum = feestdagPerJaar.get(jaar);
  if (!perDatum) {
    if (jaar < FEESTDAGEN_BEREIK.van || jaar > FEESTDAGEN_BEREIK.tot) return undefined;
    perDatum = new Map(feestdagen(jaar).dagen.map((d) => [d.datum, d]));
    feestdagPerJaar.set(jaar, perDatum);
  }
  return perDatum.get(datum);
}

/** Lookup of feestdagen by date over the whole supported range; each year is computed on first use. */
export function feestdagenOpDatum(): (datum: IsoDatum) => Feestdag | undefined {
  return feestdagOpDatum;
}

/**
 * The content hash of the werkkalender's definition (feestdagen rule, range and the gelijkstellingsbesluiten),
 * fixed at build time; `vaste-hashes.test.ts` recomputes it, so a change of the besluiten without a new hash fails.
 */
export const WERKKALENDER_INHOUD_HASH = 'fnv1a64:f73f8e3cf972ed5a';

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
