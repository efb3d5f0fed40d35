import { ongeldigeInvoer } from '../fout/bewaak.js';
import { inhoudHash } from '../verantwoording/verantwoording.js';
import type { Bron } from '../bron/bron.js';
import { dagnummer, type IsoDatum, uitDagnummer } from '../datum/datum.js';
import { KalenderBereikFout } from '../fout/fout.js';

/** Why a day is not a working day or school day. */
export type SluitingSoort =
  | 'zaterdag'
  | 'zondag'
  | 'feestdag'
  | 'gelijkgesteld'
  | 'vakantie'
  | 'studiedag'
  | 'vrije-dag';

/** The reason a day is closed, for traces a parent can read. */
export interface Sluiting {
  /** The kind of closure. */
  readonly soort: SluitingSoort;
  /** Dutch name: `zaterdag`, `Tweede Kerstdag`, `kerstvakantie (regio noord)`, `studiedag`. */
  readonly naam: string;
  /** The source that closes the day (law, vacation data, school calendar). */
  readonly bron?: Bron;
  /** Every further reason the day is closed, in order: Saturday 26 December 2026 is also Tweede Kerstdag. */
  readonly ook?: readonly Sluiting[];
}

/** All reasons of a closure as one Dutch phrase: `zaterdag en Tweede Kerstdag`. */
export function sluitingTekst(sluiting: Sluiting): string {
  const namen = [sluiting.naam, ...(sluiting.ook ?? []).map((s) => s.naam)];
  return namen.length === 1 ? namen[0]! : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

/** One closure from its reasons in order (the first is the main one), or `undefined` when there is none. */
export function metRedenen(redenen: readonly Sluiting[]): Sluiting | undefined {
  const [eerste, ...ook] = redenen;
  if (!eerste) return undefined;
  return ook.length ? { ...eerste, ook } : eerste;
}

/**
 * A calendar of open days (working days or school days) over a known range. Every operation is O(1) after a
 * one-time index of the range, so adding 500 school days costs the same as adding 5.
 */
export interface Kalender {
  /** What an open day is here. */
  readonly soort: 'werkdagen' | 'schooldagen';
  /** Dutch description for traces: `werkkalender (Atw)`, `schoolkalender regio noord`. */
  readonly omschrijving: string;
  /** First and last date this calendar knows. Outside it every operation throws {@link KalenderBereikFout}. */
  readonly bereik: { readonly van: IsoDatum; readonly tot: IsoDatum };
  /** True on an open day (working day or school day). */
  isOpen(datum: IsoDatum): boolean;
  /** Why the day is closed, or `undefined` on an open day. */
  sluiting(datum: IsoDatum): Sluiting | undefined;
  /** The `n`-th open day strictly after `datum` (`n` ≥ 0; `n = 0` returns `datum` itself). */
  voegToe(datum: IsoDatum, n: number): IsoDatum;
  /** The `n`-th open day strictly before `datum` (`n` ≥ 0; `n = 0` returns `datum` itself). */
  trekAf(datum: IsoDatum, n: number): IsoDatum;
  /** Open days in `(van, tot]`; negative when `tot` is before `van`. */
  tel(van: IsoDatum, tot: IsoDatum): number;
  /** First open day strictly after `datum`. */
  volgende(datum: IsoDatum): IsoDatum;
  /** Last open day strictly before `datum`. */
  vorige(datum: IsoDatum): IsoDatum;
  /** Warnings that apply to results touching `[van, tot]` (for example: gelijkgestelde dagen unknown). */
  waarschuwingen(van: IsoDatum, tot: IsoDatum): readonly string[];
  /** Content hash of the data that defines this calendar (see `Verantwoording`), computed once. */
  inhoudHash(): string;
}

/** How to build a calendar: its range, and the reason (if any) each day is closed. */
export interface KalenderDefinitie {
  readonly soort: Kalender['soort'];
  readonly omschrijving: string;
  readonly van: IsoDatum;
  readonly tot: IsoDatum;
  /** Returns why the day (a day number) is closed, or `undefined` if it is open. */
  readonly sluiting: (dag: number) => Sluiting | undefined;
  /**
   * Whether the day (a day number) is closed, without building its reasons: the index uses it, so the first
   * call of a process does not build a reason for every day of a year. Must agree with `sluiting` (tested).
   */
  readonly gesloten?: (dag: number) => boolean;
  readonly waarschuwingen?: (van: IsoDatum, tot: IsoDatum) => readonly string[];
  /** Dutch name of the range for error messages: `de bekende schooljaren 2024-2025 t/m 2029-2030`. */
  readonly bereikNaam: string;
  /** The data that defines the calendar, hashed once for receipts. */
  readonly inhoud: () => unknown;
  /**
   * The content hash of this definition when its data is fixed at build time (the werkkalender): it spares the
   * first deadline of a process hashing kilobytes of data. A test recomputes it from `inhoud`.
   */
  readonly vasteInhoudHash?: string;
}

/** What the content hash of a calendar covers: its kind, range and defining data. */
export function kalenderInhoud(def: KalenderDefinitie): unknown {
  return { soort: def.soort, van: def.van, tot: def.tot, inhoud: def.inhoud() };
}

/** Days per block of the lazy index: about a year, so a term touches one or two blocks. */
const BLOK_DAGEN = 366;

/** The index of one block: open days before each day of the block, and the block's open days in order. */
interface Blok {
  /** `telling[i]` = open days in `[blokstart, blokstart + i)`. */
  readonly telling: Int32Array;
  /** The open day numbers of the block, ascending. */
  readonly open: Int32Array;
}

/**
 * Builds a {@link Kalender}. The index is built lazily per block of about a year (a prefix count of open days
 * and the list of open days) and kept: the first call after import indexes only the year it touches, `tel`
 * within a year is two array reads, `voegToe` three, and a span over k years walks k blocks.
 */
export function maakKalender(def: KalenderDefinitie): Kalender {
  const gesloten = def.gesloten ?? ((dag: number) => def.sluiting(dag) !== undefined);
  const start = dagnummer(def.van);
  const eind = dagnummer(def.tot);
  const aantalBlokken = Math.ceil((eind - start + 1) / BLOK_DAGEN);
  const blokken: (Blok | undefined)[] = new Array(aantalBlokken);
  let hash: string | undefined;

  const buitenBereik = (datum: IsoDatum | number): never => {
    const tekst = typeof datum === 'number' ? uitDagnummer(datum) : datum;
    throw new KalenderBereikFout(
      `Datum ${tekst} valt buiten ${def.bereikNaam} (${def.van} t/m ${def.tot}); de SDK telt daar niet.`,
      { datum: tekst, van: def.van, tot: def.tot },
    );
  };
  const positie = (datum: IsoDatum): number => {
    const dag = dagnummer(datum);
    if (dag < start || dag > eind) buitenBereik(datum);
    return dag - start;
  };
  const blok = (b: number): Blok => {
    const bekend = blokken[b];
    if (bekend) return bekend;
    const eerste = start + b * BLOK_DAGEN;
    const lengte = Math.min(BLOK_DAGEN, eind - eerste + 1);
    const telling = new Int32Array(lengte + 1);
    const open: number[] = [];
    for (let i = 0; i < lengte; i++) {
      const isOpen = !gesloten(eerste + i);
      telling[i + 1] = telling[i]! + (isOpen ? 1 : 0);
      if (isOpen) open.push(eerste + i);
    }
    const nieuw = { telling, open: Int32Array.from(open) };
    blokken[b] = nieuw;
    return nieuw;
  };
  /** Open days in the block of `pos` up to and including `pos`, with the block number. */
  const totEnMet = (pos: number): [number, number] => {
    const b = Math.floor(pos / BLOK_DAGEN);
    return [b, blok(b).telling[pos - b * BLOK_DAGEN + 1]!];
  };
  const geheel = (n: number) => {
    if (!Number.isInteger(n) || n < 0) {
      ongeldigeInvoer('Het aantal dagen moet een geheel getal van 0 of meer zijn.');
    }
  };

  const kalender: Kalender = {
    soort: def.soort,
    omschrijving: def.omschrijving,
    bereik: Object.freeze({ van: def.van, tot: def.tot }),
    isOpen: (datum) => !gesloten(start + positie(datum)),
    sluiting: (datum) => def.sluiting(start + positie(datum)),
    voegToe(datum, n) {
      geheel(n);
      if (n === 0) return datum;
      let [b, k] = totEnMet(positie(datum));
      // the n-th open day after datum: index k + n - 1 in the open days from the start of datum's block
      k += n - 1;
      let huidig = blok(b);
      while (k >= huidig.open.length) {
        k -= huidig.open.length;
        b++;
        if (b >= aantalBlokken) return buitenBereik(eind + 1);
        huidig = blok(b);
      }
      return uitDagnummer(huidig.open[k]!);
    },
    trekAf(datum, n) {
      geheel(n);
      if (n === 0) return datum;
      const pos = positie(datum);
      let b = Math.floor(pos / BLOK_DAGEN);
      let huidig = blok(b);
      // open days strictly before datum in its block, minus n
      let k = huidig.telling[pos - b * BLOK_DAGEN]! - n;
      while (k < 0) {
        b--;
        if (b < 0) return buitenBereik(start - 1);
        huidig = blok(b);
        k += huidig.open.length;
      }
      return uitDagnummer(huidig.open[k]!);
    },
    tel(van, tot) {
      const [pv, pt] = [positie(van), positie(tot)];
      if (pt < pv) return -kalender.tel(tot, van);
      const [bv, kv] = totEnMet(pv);
      const [bt, kt] = totEnMet(pt);
      let som = kt - kv;
      for (let b = bv; b < bt; b++) som += blok(b).open.length;
      return som;
    },
    volgende: (datum) => kalender.voegToe(datum, 1),
    vorige: (datum) => kalender.trekAf(datum, 1),
    waarschuwingen: (van, tot) => def.waarschuwingen?.(van, tot) ?? [],
    inhoudHash: () => {
      hash ??= def.vasteInhoudHash ?? inhoudHash(kalenderInhoud(def));
      return hash;
    },
  };
  return kalender;
}
