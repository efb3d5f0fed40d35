// Benchmark: aggregeerVragenlijst over a national round of 1.5 million pupils' answers, streamed from a
// generator, against a straightforward single-pass implementation in the same run (plain objects, no checks,
// no suppression). The exit code is non-zero when it is more than 2x slower. Next to each time it prints the heap
// in use (process.memoryUsage().heapUsed): the peak sampled every 100,000 answers while they stream through
// (garbage not yet collected included), and after the run with the result still held (after a collection, as
// `npm run bench` exposes `gc`). Both grow with the cells, not with the answers. Run: `npm run bench`.
import { aggregeerVragenlijst, type VragenlijstAntwoord } from '../src/index.js';

const N = 1_500_000;
const OPTIES = ['nooit', 'soms', 'vaak'];

/** Heap in use, sampled every 100,000 answers while a run streams; reset by {@link meet}. */
let piek = 0;
const MB = 1024 * 1024;

function* antwoorden(): Generator<VragenlijstAntwoord> {
  for (let i = 0; i < N; i++) {
    if (i % 100_000 === 0) piek = Math.max(piek, process.memoryUsage().heapUsed);
    const school = (i / 60) | 0; // 60 answers per school: 25,000 schools
    yield {
      bestuur: `bestuur-${school % 1000}`,
      school: `school-${school}`,
      groep: `groep-${6 + (i % 3)}`,
      schalen: {
        veiligheidsbeleving: 1 + (i % 4),
        welbevinden: 1 + ((i >> 2) % 4),
        pestbeleving: 1 + ((i >> 4) % 4),
      },
      incidenten: { gepest: i % 7 === 0 },
      pestStellingen: { uitgescholden: OPTIES[i % 3] as string },
    };
  }
}

/** The baseline: one pass, three levels, sums and counts in plain objects. */
function eenvoudig(bron: Iterable<VragenlijstAntwoord>) {
  const cellen: Record<string, { n: number; som: number[]; gepest: number; opties: Record<string, number> }> =
    {};
  for (const a of bron) {
    const s = `${a.bestuur}/${a.school}`;
    for (const k of [a.bestuur, s, `${s}/${a.groep}`]) {
      let c = cellen[k];
      if (c === undefined) {
        c = { n: 0, som: [0, 0, 0], gepest: 0, opties: {} };
        cellen[k] = c;
      }
      c.n++;
      c.som[0] = (c.som[0] ?? 0) + (a.schalen?.veiligheidsbeleving ?? 0);
      c.som[1] = (c.som[1] ?? 0) + (a.schalen?.welbevinden ?? 0);
      c.som[2] = (c.som[2] ?? 0) + (a.schalen?.pestbeleving ?? 0);
      if (a.incidenten?.gepest) c.gepest++;
      const o = a.pestStellingen?.uitgescholden;
      if (o) c.opties[o] = (c.opties[o] ?? 0) + 1;
    }
  }
  return Object.keys(cellen).length;
}

interface Meting {
  readonly ms: number;
  /** Peak heap in use while the answers streamed (bytes). */
  readonly piek: number;
  /** Heap in use right after the run, the result still held (bytes). */
  readonly na: number;
}

/** A full collection when node runs with `--expose-gc` (outside the timed part). */
const ruimOp = (): void => (globalThis as { gc?: () => void }).gc?.();

function meet(f: () => unknown): Meting {
  piek = process.memoryUsage().heapUsed;
  const t = performance.now();
  const uitkomst = f();
  const ms = performance.now() - t;
  piek = Math.max(piek, process.memoryUsage().heapUsed);
  ruimOp();
  const na = process.memoryUsage().heapUsed;
  if (uitkomst === undefined) throw new Error('no result');
  return { ms, piek, na };
}

const basis: Meting[] = [];
const sdk: Meting[] = [];
let cellen = 0;
let onderdrukt = 0;
for (let i = 0; i < 3; i++) {
  basis.push(meet(() => eenvoudig(antwoorden())));
  sdk.push(
    meet(() => {
      const r = aggregeerVragenlijst(antwoorden(), { peildatum: '2026-11-20' });
      cellen = r.cellen.length;
      onderdrukt = r.onderdrukt + r.secundairOnderdrukt;
      return r;
    }),
  );
}
/** The run with the median time of three. */
const mediaan = (x: Meting[]) => [...x].sort((a, b) => a.ms - b.ms)[1] as Meting;
const m = mediaan(sdk);
const b = mediaan(basis);
const verhouding = m.ms / b.ms;
const heap = (x: Meting) => `heap ${(x.piek / MB).toFixed(0)} MB peak, ${(x.na / MB).toFixed(0)} MB after`;
console.log(
  `aggregeerVragenlijst, ${N.toLocaleString('en')} answers: ${m.ms.toFixed(0)} ms, ${heap(m)} ` +
    `(${cellen} cells reported, ${onderdrukt} suppressed); single-pass baseline ${b.ms.toFixed(0)} ms, ${heap(b)}; ` +
    `ratio ${verhouding.toFixed(2)} (max 2)`,
);
if (verhouding > 2) process.exitCode = 1;
