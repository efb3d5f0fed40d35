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
  readonly waarschuwingen?: (van: IsoDatum, tot: IsoDatum) => readonly string[];
  /** Dutch name of the range for error messages: `de bekende schooljaren 2024-2025 t/m 2029-2030`. */
  readonly bereikNaam: string;
  /** The data that defines the calendar, hashed once for receipts. */
  readonly inhoud: () => unknown;
}

/**
 * Builds a {@link Kalender}. The index (a prefix count of open days and the list of open days) is built on
 * first use and kept: `tel` is two array reads, `voegToe` three.
 */
export function maakKalender(def: KalenderDefinitie): Kalender {
  const start = dagnummer(def.van);
  const eind = dagnummer(def.tot);
  let index: { tellingTot: Int32Array; openDagen: Int32Array } | undefined;
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
  const bouw = () => {
    if (index) return index;
    const lengte = eind - start + 1;
    // tellingTot[i] = number of open days in [start, start + i)
    const tellingTot = new Int32Array(lengte + 1);
    const open: number[] = [];
    for (let i = 0; i < lengte; i++) {
      const isOpen = def.sluiting(start + i) === undefined;
      tellingTot[i + 1] = tellingTot[i]! + (isOpen ? 1 : 0);
      if (isOpen) open.push(start + i);
    }
    index = { tellingTot, openDagen: Int32Array.from(open) };
    return index;
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
    isOpen: (datum) => def.sluiting(start + positie(datum)) === undefined,
    sluiting: (datum) => def.sluiting(start + positie(datum)),
    voegToe(datum, n) {
      geheel(n);
      if (n === 0) return datum;
      const { tellingTot, openDagen } = bouw();
      // open days up to and including datum, then the n-th after that
      const k = tellingTot[positie(datum) + 1]! + n - 1;
      const dag = openDagen[k];
      return dag === undefined ? buitenBereik(eind + 1) : uitDagnummer(dag);
    },
    trekAf(datum, n) {
      geheel(n);
      if (n === 0) return datum;
      const { tellingTot, openDagen } = bouw();
      const k = tellingTot[positie(datum)]! - n;
      const dag = k >= 0 ? openDagen[k] : undefined;
      return dag === undefined ? buitenBereik(start - 1) : uitDagnummer(dag);
    },
    tel(van, tot) {
      const { tellingTot } = bouw();
      return tellingTot[positie(tot) + 1]! - tellingTot[positie(van) + 1]!;
    },
    volgende: (datum) => kalender.voegToe(datum, 1),
    vorige: (datum) => kalender.trekAf(datum, 1),
    waarschuwingen: (van, tot) => def.waarschuwingen?.(van, tot) ?? [],
    inhoudHash: () => {
      hash ??= inhoudHash({ soort: def.soort, van: def.van, tot: def.tot, inhoud: def.inhoud() });
      return hash;
    },
  };
  return kalender;
}
