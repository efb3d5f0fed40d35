// Benchmark: adding and counting school days and working days in @schoolveiligheid/kern.
//
// Run: `npm run bench` (builds first), or `npx tsx packages/kern/bench/kalender.bench.ts` after a build.
//
// What it measures (GUIDE.md section 9: ratios in one run, never absolute times in a test):
// - calendars: `schoolkalender({ regio: 'noord' })` (school days) and `werkkalender()` (Atw working days);
// - operations: "add" (`voegSchooldagenToe` / `voegWerkdagenToe`, the n-th open day strictly after a date)
//   and "count" (`telSchooldagen` / `telWerkdagen`, open days in (van, tot]);
// - spans: n = 5, 20, 60, 120, 250 and 500 open days;
// - three implementations on the same inputs:
//   1. ours: the built package (`dist/index.js`, what consumers run), O(1) per call after a lazy index;
//   2. naive: a day-by-day loop written here that calls `isSchooldag` / `isWerkdag` one day at a time
//      (`plusDagen` to step): the honest baseline, what a vendor would write with only the predicates;
//   3. peer: luxon-business-days 3 (`plusBusiness({ days })`, a day-by-day loop over luxon DateTimes). It has
//      no counting function, so "count" for the peer is the loop a user of it would write (`plus({ days: 1 })`
//      with `isBusinessDay() && !isHoliday()`). Its holidays are holiday matchers: for working days the Atw
//      feestdagen and gelijkgestelde dagen from kern's `feestdagen(jaar)`; for school days the peer has no
//      notion of school vacations, so it gets one matcher holding every closed weekday (vacations and
//      feestdagen) precomputed from `schoolkalender(...).isSchooldag` into a Set, which keeps the lookup
//      cheap and the comparison about the arithmetic, not about kern's predicate.
//
// Method: every implementation is first checked against the others on every input (results must be equal
// and every count must equal n; any difference exits non-zero). Inputs are STARTS start dates 3 days apart,
// so weekends, vacation days and feestdagen occur among them. Each measurement (implementation x operation x
// span) warms up and calibrates how many passes over its inputs fill a sample of ~SAMPLE_MS; then SAMPLES
// rounds time every measurement once (interleaved, so load from other processes spreads over all of them)
// with `process.hrtime.bigint()`, and the median ops/s is reported. Results feed a checksum so nothing is
// optimised away. The one-time index build of each calendar is timed separately, outside the ratios.
// The luxon-business-days configuration is global (DateTime.prototype), so the calendars run one after
// the other, each installing its own holiday matcher first.
//
// Exit code is non-zero when, for either calendar and operation:
// - ours is less than 20x faster than the naive loop at n = 60, or
// - ours at n = 500 is more than 3x slower than ours at n = 5 (the cost must not grow with the span).
// Absolute times are printed for information only and never compared to a threshold.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { DateTime } from 'luxon';
import type * as KernApi from '../src/index.js';
import { meetEersteAanroep } from './eerste-aanroep.js';

type Kern = typeof KernApi;
type IsoDatum = KernApi.IsoDatum;

const SPANS = [5, 20, 60, 120, 250, 500] as const;
const STARTS = 32; // start dates per span: every weekday, weekends, vacation days and feestdagen all occur
const WARMUP_MS = 25;
const SAMPLE_MS = 30;
const SAMPLES = 7;
const MIN_RATIO_NAIVE_AT_60 = 20;
const MAX_GROWTH_5_TO_500 = 3;

// --- the code under test: the built package --------------------------------------------------------------

const distPad = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(distPad)) {
  console.error(
    `Not built: ${distPad} is missing. Run \`npm run bench\` (it builds first) or \`npx tsup\` in packages/kern.`,
  );
  process.exit(1);
}
const kern: Kern = await import(distPad);

// --- the peer ---------------------------------------------------------------------------------------------

// luxon-business-days is a CommonJS bundle that does `require('luxon')` and patches *that* DateTime's
// prototype. In an ES module `import { DateTime } from 'luxon'` loads luxon's separate ESM build, whose
// prototype is never patched (dual-package hazard), so the plugin and luxon are both loaded through require.
const require = createRequire(import.meta.url);
require('luxon-business-days');
const luxon = require('luxon') as typeof import('luxon');

type Matcher = (dt: DateTime) => boolean;
/** The methods luxon-business-days adds to `DateTime.prototype` (it ships no types). */
interface ZakelijkeDateTime extends DateTime<true> {
  plusBusiness(opties: { days: number }): ZakelijkeDateTime;
  isBusinessDay(): boolean;
  isHoliday(): boolean;
  setupBusiness(opties: { businessDays?: number[]; holidayMatchers?: Matcher[] }): void;
}
const peerDatum = (d: IsoDatum) => luxon.DateTime.fromISO(d, { zone: 'utc' }) as ZakelijkeDateTime;
const peerIso = (dt: DateTime) => dt.toISODate() as IsoDatum;
if (typeof peerDatum('2026-01-01').plusBusiness !== 'function') {
  throw new Error('luxon-business-days did not patch DateTime.prototype; the peer cannot be measured.');
}

// --- calendars and implementations ------------------------------------------------------------------------

interface Implementatie {
  readonly voegToe: (datum: IsoDatum, n: number) => IsoDatum;
  readonly tel: (van: IsoDatum, tot: IsoDatum) => number;
}

interface Kalendergeval {
  readonly naam: string;
  readonly eersteStart: IsoDatum;
  readonly eenheid: string;
  readonly indexMs: number;
  readonly ours: Implementatie;
  readonly naive: Implementatie;
  readonly peer: Implementatie;
  /** Installs this calendar's configuration on the (global) luxon prototype. */
  readonly configureerPeer: () => void;
  readonly peerNoot: string;
}

function naief(isOpen: (d: IsoDatum) => boolean): Implementatie {
  return {
    voegToe(datum, n) {
      let dag = datum;
      for (let k = 0; k < n; ) {
        dag = kern.plusDagen(dag, 1);
        if (isOpen(dag)) k++;
      }
      return dag;
    },
    tel(van, tot) {
      let k = 0;
      for (let dag = kern.plusDagen(van, 1); dag <= tot; dag = kern.plusDagen(dag, 1)) if (isOpen(dag)) k++;
      return k;
    },
  };
}

const peer: Implementatie = {
  voegToe: (datum, n) => peerIso(peerDatum(datum).plusBusiness({ days: n })),
  tel(van, tot) {
    const eind = peerDatum(tot).toMillis();
    let k = 0;
    for (let dt = peerDatum(van).plus({ days: 1 }) as ZakelijkeDateTime; dt.toMillis() <= eind; ) {
      if (dt.isBusinessDay() && !dt.isHoliday()) k++;
      dt = dt.plus({ days: 1 }) as ZakelijkeDateTime;
    }
    return k;
  },
};

function tijdMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function schoolGeval(): Kalendergeval {
  let kal: KernApi.Schoolkalender | undefined;
  const indexMs = tijdMs(() => {
    kal = kern.schoolkalender({ regio: 'noord' });
    kal.voegSchooldagenToe(kal.bereik.van, 1); // first use builds the index
  });
  const noord = kal!;
  const dicht = new Set<string>();
  for (let d = noord.bereik.van; d <= noord.bereik.tot; d = kern.plusDagen(d, 1)) {
    if (kern.weekdag(d) <= 5 && !noord.isSchooldag(d)) dicht.add(d);
  }
  const matcher: Matcher = (dt) => dicht.has(dt.toISODate() as string);
  return {
    naam: 'schooldagen (schoolkalender regio noord)',
    eenheid: 'school days',
    // start near the beginning of the known school years, so 500 school days (about 2.7 years) fit
    eersteStart: kern.plusDagen(noord.bereik.van, 7),
    indexMs,
    ours: { voegToe: noord.voegSchooldagenToe, tel: noord.telSchooldagen },
    naive: naief(noord.isSchooldag),
    peer,
    configureerPeer: () =>
      peerDatum('2026-01-01').setupBusiness({ businessDays: [1, 2, 3, 4, 5], holidayMatchers: [matcher] }),
    peerNoot:
      'luxon-business-days has no school vacations (nor any Dutch data); it was given a holiday matcher with ' +
      `${dicht.size} closed weekdays precomputed from kern's schoolkalender().isSchooldag.`,
  };
}

function werkGeval(): Kalendergeval {
  let kal: KernApi.Werkkalender | undefined;
  const indexMs = tijdMs(() => {
    kal = kern.werkkalender();
    kal.voegWerkdagenToe(kal.bereik.van, 1); // first use builds the index over the whole range
  });
  const wk = kal!;
  const atw = new Set<string>();
  for (let jaar = 2024; jaar <= 2032; jaar++)
    for (const dag of kern.feestdagen(jaar).dagen) atw.add(dag.datum);
  const matcher: Matcher = (dt) => atw.has(dt.toISODate() as string);
  return {
    naam: 'werkdagen (werkkalender, Algemene termijnenwet)',
    eenheid: 'working days',
    eersteStart: '2025-08-18',
    indexMs,
    ours: { voegToe: wk.voegWerkdagenToe, tel: wk.telWerkdagen },
    naive: naief(wk.isWerkdag),
    peer,
    configureerPeer: () =>
      peerDatum('2026-01-01').setupBusiness({ businessDays: [1, 2, 3, 4, 5], holidayMatchers: [matcher] }),
    peerNoot: `luxon-business-days was given the ${atw.size} Atw feestdagen and gelijkgestelde dagen of 2024-2032 from kern's feestdagen(jaar).`,
  };
}

// --- verification -----------------------------------------------------------------------------------------

interface Invoer {
  readonly starts: readonly IsoDatum[];
  /** `eindes[i]` = ours.voegToe(starts[i], n), the `tot` of the count inputs. */
  readonly eindes: readonly IsoDatum[];
}

function invoer(geval: Kalendergeval, n: number): Invoer {
  // consecutive start dates 3 days apart: all weekdays, weekends, vacation days and feestdagen occur
  const starts = Array.from({ length: STARTS }, (_, i) => kern.plusDagen(geval.eersteStart, i * 3));
  try {
    return { starts, eindes: starts.map((s) => geval.ours.voegToe(s, n)) };
  } catch (e) {
    throw new Error(
      `${geval.naam}: cannot add ${n} days from ${starts[0]} to ${starts.at(-1)} within the calendar's range`,
      {
        cause: e,
      },
    );
  }
}

function controleer(geval: Kalendergeval, n: number, { starts, eindes }: Invoer): string[] {
  const fouten: string[] = [];
  starts.forEach((start, i) => {
    const toe = { ours: eindes[i], naive: geval.naive.voegToe(start, n), peer: geval.peer.voegToe(start, n) };
    if (toe.ours !== toe.naive || toe.ours !== toe.peer) {
      fouten.push(`add ${n} from ${start}: ours ${toe.ours}, naive ${toe.naive}, peer ${toe.peer}`);
    }
    const tot = eindes[i]!;
    const tel = {
      ours: geval.ours.tel(start, tot),
      naive: geval.naive.tel(start, tot),
      peer: geval.peer.tel(start, tot),
    };
    if (tel.ours !== n || tel.naive !== n || tel.peer !== n) {
      fouten.push(
        `count (${start}, ${tot}]: expected ${n}; ours ${tel.ours}, naive ${tel.naive}, peer ${tel.peer}`,
      );
    }
  });
  return fouten;
}

// --- timing -----------------------------------------------------------------------------------------------

let checksum = 0;

type Naam = 'ours' | 'naive' | 'peer';
type Op = 'add' | 'count';

/** One timed unit: `pass` performs `opsPerPass` operations; `passes` is set so a sample takes ~SAMPLE_MS. */
interface Meting {
  readonly naam: Naam;
  readonly op: Op;
  readonly n: number;
  readonly pass: () => number;
  readonly opsPerPass: number;
  passes: number;
  readonly opsPerSec: number[];
}

function loopt(m: Meting, passes: number): number {
  const t0 = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) checksum = (checksum + m.pass()) | 0;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Warms up (so the JIT optimises) and sets the passes per sample. */
function kalibreer(m: Meting): void {
  let passes = 1;
  let ms = loopt(m, passes);
  for (let totaal = ms; totaal < WARMUP_MS || ms < SAMPLE_MS / 4; totaal += ms) {
    if (ms < SAMPLE_MS / 4) passes *= 2;
    ms = loopt(m, passes);
  }
  m.passes = Math.max(1, Math.round((passes * SAMPLE_MS) / Math.max(ms, 1e-3)));
}

function metingen(naam: Naam, impl: Implementatie, { starts, eindes }: Invoer, n: number): Meting[] {
  const add = () => {
    let som = 0;
    for (let i = 0; i < starts.length; i++) som += impl.voegToe(starts[i]!, n).charCodeAt(9);
    return som;
  };
  const count = () => {
    let som = 0;
    for (let i = 0; i < starts.length; i++) som += impl.tel(starts[i]!, eindes[i]!);
    return som;
  };
  return [
    { naam, op: 'add', n, pass: add, opsPerPass: starts.length, passes: 1, opsPerSec: [] },
    { naam, op: 'count', n, pass: count, opsPerPass: starts.length, passes: 1, opsPerSec: [] },
  ];
}

/**
 * Calibrates every measurement, then takes SAMPLES rounds in which each measurement is sampled once, so
 * load from other processes spreads over all of them instead of skewing one; returns median ops/s.
 */
function meetAlles(alle: Meting[]): (naam: Naam, op: Op, n: number) => number {
  for (const m of alle) kalibreer(m);
  for (let ronde = 0; ronde < SAMPLES; ronde++) {
    for (const m of alle) m.opsPerSec.push((m.passes * m.opsPerPass) / (loopt(m, m.passes) / 1000));
  }
  return (naam, op, n) => {
    const m = alle.find((x) => x.naam === naam && x.op === op && x.n === n)!;
    const gesorteerd = [...m.opsPerSec].sort((x, y) => x - y);
    return gesorteerd[Math.floor(gesorteerd.length / 2)]!;
  };
}

// --- run --------------------------------------------------------------------------------------------------

const fmtOps = (ops: number) =>
  ops >= 1e6 ? `${(ops / 1e6).toFixed(2)}M` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(0);
const fmtRatio = (r: number) => (r >= 100 ? `${r.toFixed(0)}x` : `${r.toFixed(1)}x`);
const kolom = (tekst: string, breedte: number) => tekst.padStart(breedte);

const begin = process.hrtime.bigint();
const mislukt: string[] = [];
console.log(
  `@schoolveiligheid/kern calendar benchmark (ops/s: median of ${SAMPLES} interleaved samples; higher is better)`,
);
console.log(`node ${process.version}, measuring ${distPad}`);

for (const maakGeval of [schoolGeval, werkGeval]) {
  const geval = maakGeval();
  geval.configureerPeer();
  console.log(`\n== ${geval.naam}`);
  console.log(`   one-time index build on first use: ${geval.indexMs.toFixed(1)} ms (not included below)`);
  console.log(`   peer: ${geval.peerNoot}`);

  const alle: Meting[] = [];
  for (const n of SPANS) {
    const inv = invoer(geval, n);
    const fouten = controleer(geval, n, inv);
    if (fouten.length > 0) {
      console.error(
        `\nRESULTS DIFFER for ${geval.naam}, n = ${n} (${fouten.length} of ${STARTS * 2} checks):`,
      );
      for (const f of fouten.slice(0, 10)) console.error(`  ${f}`);
      process.exit(1);
    }
    alle.push(
      ...metingen('ours', geval.ours, inv, n),
      ...metingen('naive', geval.naive, inv, n),
      ...metingen('peer', geval.peer, inv, n),
    );
  }
  console.log(`   verified: ours, naive and peer agree on all ${SPANS.length * STARTS * 2} add/count inputs`);
  const ops = meetAlles(alle);

  for (const op of ['add', 'count'] as const) {
    console.log(`\n   ${op} n ${geval.eenheid}`);
    console.log(
      `   ${kolom('n', 4)} ${kolom('ours', 9)} ${kolom('naive', 9)} ${kolom('peer', 9)} ${kolom('ours/naive', 11)} ${kolom('ours/peer', 10)}`,
    );
    for (const n of SPANS) {
      const [ours, naive, peer] = [ops('ours', op, n), ops('naive', op, n), ops('peer', op, n)];
      console.log(
        `   ${kolom(String(n), 4)} ${kolom(fmtOps(ours), 9)} ${kolom(fmtOps(naive), 9)} ${kolom(fmtOps(peer), 9)}` +
          ` ${kolom(fmtRatio(ours / naive), 11)} ${kolom(fmtRatio(ours / peer), 10)}`,
      );
    }
    const tegenNaief = ops('ours', op, 60) / ops('naive', op, 60);
    const groei = ops('ours', op, 5) / ops('ours', op, 500);
    console.log(
      `   ours at 500 vs ours at 5: ${groei.toFixed(2)}x slower (target <= ${MAX_GROWTH_5_TO_500}x)`,
    );
    if (tegenNaief < MIN_RATIO_NAIVE_AT_60) {
      mislukt.push(
        `${geval.naam}, ${op}: ours is only ${tegenNaief.toFixed(1)}x the naive loop at n = 60 (target >= ${MIN_RATIO_NAIVE_AT_60}x)`,
      );
    }
    if (groei > MAX_GROWTH_5_TO_500) {
      mislukt.push(
        `${geval.naam}, ${op}: ours at n = 500 is ${groei.toFixed(2)}x slower than at n = 5 (target <= ${MAX_GROWTH_5_TO_500}x)`,
      );
    }
  }
}

// issue 9: the first berekenTermijn after import, in fresh processes (lazy per-year index)
if (!meetEersteAanroep('dist'))
  mislukt.push('first berekenTermijn after import is more than 100x a steady-state call');

console.log(
  `\n(checksum ${checksum}; total ${(Number(process.hrtime.bigint() - begin) / 1e9).toFixed(1)} s)`,
);
if (mislukt.length > 0) {
  console.error('\nBENCHMARK TARGETS MISSED:');
  for (const m of mislukt) console.error(`  - ${m}`);
  process.exitCode = 1;
} else {
  console.log(
    `targets met: >= ${MIN_RATIO_NAIVE_AT_60}x naive at n = 60; <= ${MAX_GROWTH_5_TO_500}x growth from n = 5 to 500`,
  );
}
