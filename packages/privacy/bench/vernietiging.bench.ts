// Benchmark (issue 15): the nightly destruction job over 1.5 million pupils (every pupil of the country), against
// a straightforward loop in the same run that computes each pupil's destruction dates with bewaartermijn's own
// month arithmetic. vernietigingslijst computes one cut-off per category and compares dates; the exit code is
// non-zero when the two lists differ or when vernietigingslijst is not at least 5x faster.
import { type IsoDatum, plusMaanden } from '@schoolveiligheid/kern';
import { type BewaarLeerling, vernietigingslijst } from '../src/index.js';

const N = 1_500_000;
const NU = '2026-12-02' as const;

const leerlingen: BewaarLeerling[] = Array.from({ length: N }, (_, i): BewaarLeerling => {
  if (i % 3 === 0) return { id: `ll-${i}` }; // still enrolled
  const jaar = 2016 + (i % 10);
  const maand = String(1 + (i % 12)).padStart(2, '0');
  const dag = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `ll-${i}`,
    uitgeschrevenOp: `${jaar}-${maand}-${dag}` as IsoDatum,
    verwezenNaarSo: i % 50 === 0,
  };
});

/** The baseline: per pupil, the end of each category's term by month arithmetic (2, 5, 5 and 3 years). */
function eenvoudig(lijst: readonly BewaarLeerling[]) {
  const uit = { leerlingdossier: 0, inschrijving: 0, verzuim: 0, 'verwezen-so': 0 };
  for (const l of lijst) {
    const u = l.uitgeschrevenOp;
    if (!u) continue;
    if (l.verwezenNaarSo) {
      if (plusMaanden(u, 36) <= NU) uit['verwezen-so']++;
    } else if (plusMaanden(u, 24) <= NU) uit.leerlingdossier++;
    if (plusMaanden(u, 60) <= NU) uit.inschrijving++;
    if (plusMaanden(u, 60) <= NU) uit.verzuim++;
  }
  return uit;
}

function meet<T>(f: () => T): { ms: number; waarde: T } {
  const t = performance.now();
  const waarde = f();
  return { ms: performance.now() - t, waarde };
}

const basis = meet(() => eenvoudig(leerlingen));
const sdk = meet(() => vernietigingslijst(leerlingen, NU));
const telling = Object.fromEntries(Object.entries(sdk.waarde.perCategorie).map(([k, v]) => [k, v.length]));
const gelijk = JSON.stringify(telling) === JSON.stringify(basis.waarde);
const verhouding = basis.ms / sdk.ms;
console.log(
  `privacy: vernietigingslijst, ${N.toLocaleString('en')} pupils: ${sdk.ms.toFixed(0)} ms; per-pupil baseline ` +
    `${basis.ms.toFixed(0)} ms; ratio ${verhouding.toFixed(1)}x (min 5x); due ${JSON.stringify(telling)}` +
    (gelijk ? '' : ` DIFFERS from baseline ${JSON.stringify(basis.waarde)}`) +
    `; heap in use ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB with the input`,
);
if (!gelijk || verhouding < 5) process.exitCode = 1;
