// Benchmark (issue 15): the nightly access review of a school board with 100 schools, 2,000 staff assignments and
// 30,000 pupils: every staff member against every pupil in reach of one of their assignments, for viewing and for
// the zorg data (the two questions a review asks).
// magToegang (an index per matrix, one pass over the member's own assignments) against the naive scan over all
// the board's assignments and all table rows per check (src/testhulp/naief.ts), in the same run, on the same
// checks. The exit code is non-zero when an answer or a reason differs, or when the ratio is under 20x.
import {
  type Actie,
  type Functie,
  type Medewerker,
  magToegang,
  PARNASSYS_MATRIX,
  type ToegangLeerling,
  type Toewijzing,
} from '../src/index.js';
import { naieveToegang, type VlakkeToewijzing } from '../src/testhulp/naief.js';

const NU = '2026-12-02T09:00:00+01:00' as const;
const SCHOLEN = 100;
const GROEPEN = 8;
const LEERLINGEN = 30_000;
const TOEWIJZINGEN = 2_000;
const ACTIES: readonly Actie[] = ['raadplegen', 'zorggegevens'];

const school = (i: number) => `brin-${String(i % SCHOLEN).padStart(3, '0')}`;
const leerlingen: ToegangLeerling[] = Array.from({ length: LEERLINGEN }, (_, i) => ({
  id: `ll-${i}`,
  school: school(i),
  groep: `g${1 + (((i / SCHOLEN) | 0) % GROEPEN)}`,
  stichting: 'st-1',
}));

/** A board's staff: mostly teachers per group, some per school, a few across schools or the whole board. */
function toewijzing(i: number): Toewijzing {
  const s = school(i);
  const functies: readonly [Functie, Toewijzing][] = [
    ['leerkracht', { functie: 'leerkracht', scholen: [s] }],
    ['invalleerkracht', { functie: 'invalleerkracht', scholen: [s], groepen: [`g${1 + (i % GROEPEN)}`] }],
    ['intern-begeleider', { functie: 'intern-begeleider', scholen: [s] }],
    ['directeur', { functie: 'directeur', scholen: [s] }],
    ['orthopedagoog', { functie: 'orthopedagoog', scholen: [s, school(i + 1), school(i + 2)] }],
  ];
  if (i % 400 === 0) return { functie: 'college-van-bestuur', stichting: 'st-1' };
  return (functies[i % functies.length] as [Functie, Toewijzing])[1];
}
const medewerkers: Medewerker[] = Array.from({ length: TOEWIJZINGEN / 2 }, (_, i) => ({
  id: `mw-${i}`,
  toewijzingen: [toewijzing(2 * i), toewijzing(2 * i + 1)],
}));
const vlak: VlakkeToewijzing[] = medewerkers.flatMap((m) =>
  m.toewijzingen.map((t) => ({ ...t, medewerker: m.id })),
);

/** The pupils in reach of a member: those of the schools their assignments name (or all, for the board). */
const perSchool = new Map<string, ToegangLeerling[]>();
for (const l of leerlingen) perSchool.set(l.school, [...(perSchool.get(l.school) ?? []), l]);
function inBereik(m: Medewerker): ToegangLeerling[] {
  if (m.toewijzingen.some((t) => t.stichting !== undefined)) return leerlingen;
  const scholen = new Set(m.toewijzingen.flatMap((t) => t.scholen ?? []));
  return [...scholen].flatMap((s) => perSchool.get(s) ?? []);
}
const controles = medewerkers.flatMap((m) => inBereik(m).map((l) => [m, l] as const));

function meet(f: () => number): { ms: number; toegestaan: number } {
  const t = performance.now();
  const toegestaan = f();
  return { ms: performance.now() - t, toegestaan };
}

const sdk = meet(() => {
  let n = 0;
  for (const [m, l] of controles) for (const a of ACTIES) if (magToegang(m, l, a, NU).uitkomst.toegang) n++;
  return n;
});
const naief = meet(() => {
  let n = 0;
  for (const [m, l] of controles)
    for (const a of ACTIES) if (naieveToegang(vlak, PARNASSYS_MATRIX.rijen, m.id, l, a, NU).toegang) n++;
  return n;
});

// the same answers and reasons, checked on every 97th check (the whole set doubles the run for no insight)
let verschillen = 0;
for (let i = 0; i < controles.length; i += 97) {
  const [m, l] = controles[i] as (typeof controles)[number];
  for (const a of ACTIES) {
    const x = magToegang(m, l, a, NU);
    const y = naieveToegang(vlak, PARNASSYS_MATRIX.rijen, m.id, l, a, NU);
    const redenen = (r: readonly { code: string; tekst: string }[]) =>
      JSON.stringify(r.map((z) => [z.code, z.tekst]));
    if (x.uitkomst.toegang !== y.toegang || redenen(x.redenen) !== redenen(y.redenen)) verschillen++;
  }
}

const aantal = controles.length * ACTIES.length;
const verhouding = naief.ms / sdk.ms;
console.log(
  `privacy: access review, ${SCHOLEN} schools, ${vlak.length.toLocaleString('en')} assignments, ` +
    `${LEERLINGEN.toLocaleString('en')} pupils: ${aantal.toLocaleString('en')} checks (${sdk.toegestaan.toLocaleString('en')} granted)\n` +
    `  magToegang ${sdk.ms.toFixed(0)} ms; naive scan ${naief.ms.toFixed(0)} ms; ratio ${verhouding.toFixed(1)}x (min 20x); ` +
    `answers differ: ${verschillen}, granted ${sdk.toegestaan} vs ${naief.toegestaan}`,
);
if (verschillen > 0 || sdk.toegestaan !== naief.toegestaan || verhouding < 20) process.exitCode = 1;
