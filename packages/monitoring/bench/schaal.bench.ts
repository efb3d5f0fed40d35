// Benchmark: aggregeerVragenlijst over a national round of 1.5 million pupils' answers, streamed from a
// generator, against a straightforward single-pass implementation in the same run (plain objects, no checks,
// no suppression). The exit code is non-zero when it is more than 2x slower. Run: `npm run bench`.
import { aggregeerVragenlijst, type VragenlijstAntwoord } from '../src/index.js';

const N = 1_500_000;
const OPTIES = ['nooit', 'soms', 'vaak'];

function* antwoorden(): Generator<VragenlijstAntwoord> {
  for (let i = 0; i < N; i++) {
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

function meet(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const basis: number[] = [];
const sdk: number[] = [];
let cellen = 0;
for (let i = 0; i < 3; i++) {
  basis.push(meet(() => eenvoudig(antwoorden())));
  sdk.push(
    meet(() => (cellen = aggregeerVragenlijst(antwoorden(), { peildatum: '2026-11-20' }).cellen.length)),
  );
}
const mediaan = (x: number[]) => [...x].sort((a, b) => a - b)[1] as number;
const verhouding = mediaan(sdk) / mediaan(basis);
console.log(
  `aggregeerVragenlijst, ${N.toLocaleString('en')} answers: ${mediaan(sdk).toFixed(0)} ms (${cellen} cells reported); ` +
    `single-pass baseline ${mediaan(basis).toFixed(0)} ms; ratio ${verhouding.toFixed(2)} (max 2)`,
);
if (verhouding > 2) process.exitCode = 1;
