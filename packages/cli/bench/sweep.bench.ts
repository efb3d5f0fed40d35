// Benchmark (issue 9, item 5): the nightly sweep of a vendor over every dossier in the country. One million
// synthetic dossiers of every procedure of the SDK, a mix built from the packages' own worked dossiers (fixtures)
// with their ids varied and the schorsing dossiers spread over the three vacation regions, are streamed as JSON
// text lines (never one giant array), read by each procedure's batch helper `openTermijnenVanAlle` at one `nu`,
// and every result is consumed. Printed: dossiers per second at 10,000, 100,000 and 1,000,000 dossiers, the cost
// per dossier relative to the smallest run, the heap in use after each run, and a single `openTermijnen` call for
// comparison. The exit code is non-zero when the cost per dossier grows more than 1.5x from 10,000 to 1,000,000,
// when the heap after the largest run is more than 64 MiB above the heap after the smallest (memory not bounded),
// or when a procedure of the SDK has no worked dossier that replays (the mix would leave it out).
import { createRequire } from 'node:module';
import { calamiteitenProcedure, rouwProcedure } from '@schoolveiligheid/calamiteiten';
import { datalekProcedure } from '@schoolveiligheid/datalek';
import type { Tijdstip } from '@schoolveiligheid/kern';
import { aangifteplichtProcedure, klachtProcedure } from '@schoolveiligheid/klachtenregeling';
import { klokkenluiderProcedure } from '@schoolveiligheid/klokkenluider';
import { meldcodeProcedure } from '@schoolveiligheid/meldcode';
import { monitoringProcedure } from '@schoolveiligheid/monitoring';
import { pestprotocolProcedure } from '@schoolveiligheid/pestprotocol';
import { privacyProcedure } from '@schoolveiligheid/privacy';
import { schorsingProcedure } from '@schoolveiligheid/schorsing';

const require = createRequire(import.meta.url);
const NU: Tijdstip = '2026-12-02T09:00:00+01:00';
const REGIO = ['noord', 'midden', 'zuid'] as const;

/** What the sweep needs of a procedure: its name, its version, its batch helper and its reader. */
interface Veegbaar {
  readonly definitie: { readonly naam: string; readonly versie: number };
  openTermijnenVanAlle(bron: Iterable<unknown>, nu: Tijdstip): Iterable<{ readonly ok: boolean }>;
  leesDossier(opgeslagen: unknown): { readonly ok: boolean };
}

/** A stored dossier as a vendor keeps it; `versie` is absent in the worked cases (the current version). */
interface Opgeslagen {
  readonly procedure?: string;
  readonly versie?: number;
  readonly kop: { id: string };
  readonly gebeurtenissen: unknown[];
}

const PER_NAAM: Record<string, Veegbaar> = {
  schorsing: schorsingProcedure as unknown as Veegbaar,
  meldcode: meldcodeProcedure as unknown as Veegbaar,
  klacht: klachtProcedure as unknown as Veegbaar,
  aangifteplicht: aangifteplichtProcedure as unknown as Veegbaar,
  klokkenluider: klokkenluiderProcedure as unknown as Veegbaar,
  pestprotocol: pestprotocolProcedure as unknown as Veegbaar,
  privacy: privacyProcedure as unknown as Veegbaar,
  calamiteiten: calamiteitenProcedure as unknown as Veegbaar,
  'calamiteiten-rouw': rouwProcedure as unknown as Veegbaar,
  'monitoring-incident': monitoringProcedure as unknown as Veegbaar,
  datalek: datalekProcedure as unknown as Veegbaar,
};

/**
 * The worked dossiers of the packages, per procedure: the templates of the mix. Each is read as the stored dossier
 * it is (`leesDossier`), so one that no longer replays is left out here and reported below, never silently.
 */
function sjablonen(): Map<Veegbaar, Opgeslagen[]> {
  const uit = new Map<Veegbaar, Opgeslagen[]>();
  const voegToe = (naam: string, d: Opgeslagen) => {
    const p = PER_NAAM[d.procedure ?? naam];
    if (!p) return;
    const opgeslagen = { ...d, procedure: p.definitie.naam, versie: d.versie ?? p.definitie.versie };
    if (p.leesDossier(opgeslagen).ok) uit.set(p, [...(uit.get(p) ?? []), opgeslagen]);
  };
  const bestanden: readonly [string, string][] = [
    ['@schoolveiligheid/schorsing/fixtures/dossiers.json', 'schorsing'],
    ['@schoolveiligheid/meldcode/fixtures/route.json', 'meldcode'],
    ['@schoolveiligheid/klachtenregeling/fixtures/dossiers.json', 'klacht'],
    ['@schoolveiligheid/klokkenluider/fixtures/gevallen.json', 'klokkenluider'],
    ['@schoolveiligheid/pestprotocol/fixtures/ladder.json', 'pestprotocol'],
    ['@schoolveiligheid/privacy/fixtures/verzoeken.json', 'privacy'],
    ['@schoolveiligheid/calamiteiten/fixtures/dossiers.json', 'calamiteiten'],
    ['@schoolveiligheid/monitoring/fixtures/dossiers.json', 'monitoring-incident'],
  ];
  for (const [bestand, naam] of bestanden)
    for (const g of require(bestand) as { invoer: Opgeslagen }[])
      if (g.invoer.gebeurtenissen) voegToe(naam, g.invoer);
  // datalek's worked dossiers are stored ones of its schema version 2: the sweep reads them as a vendor's old rows
  for (const d of require('@schoolveiligheid/datalek/fixtures/dossier-v2.json').dossiers as {
    opgeslagen: Opgeslagen;
  }[])
    voegToe('datalek', d.opgeslagen);
  return uit;
}

const SJABLONEN = sjablonen();
const MIX = [...SJABLONEN.entries()];
/** The procedures of the SDK without a worked dossier that replays: the sweep would leave them out. */
const ZONDER = Object.values(PER_NAAM)
  .filter((p) => !SJABLONEN.has(p))
  .map((p) => p.definitie.naam);

/** n stored dossiers of procedure p as JSON text lines, ids and regions varied; generated, never held at once. */
function* dossiers(p: Veegbaar, lijst: readonly Opgeslagen[], n: number): Generator<string> {
  for (let i = 0; i < n; i++) {
    const s = lijst[i % lijst.length] as Opgeslagen;
    const kop: Record<string, unknown> = { ...s.kop, id: `${p.definitie.naam}-${i}` };
    if (kop.kalender && typeof kop.kalender === 'object') kop.kalender = { regio: REGIO[i % 3] };
    yield JSON.stringify({ ...s, kop });
  }
}

/** One sweep of n dossiers over the mix: seconds, dossiers refused, terms seen. */
function veeg(n: number): { ms: number; geweigerd: number; termijnen: number } {
  let geweigerd = 0;
  let termijnen = 0;
  const t = performance.now();
  for (const [p, lijst] of MIX)
    for (const u of p.openTermijnenVanAlle(dossiers(p, lijst, Math.ceil(n / MIX.length)), NU)) {
      if (!u.ok) geweigerd++;
      else termijnen += (u as unknown as { termijnen: readonly unknown[] }).termijnen.length;
    }
  return { ms: performance.now() - t, geweigerd, termijnen };
}

// The heap is read after a full collection, or it counts the garbage of the run: without --expose-gc it means nothing.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with --expose-gc (npm run bench does): the heap figures need a full collection first.');
  process.exit(1);
}
const heap = () => process.memoryUsage().heapUsed / 2 ** 20;

veeg(2_000); // warm-up
const rijen: { n: number; ms: number; perDossier: number; heap: number; geweigerd: number }[] = [];
for (const n of [10_000, 100_000, 1_000_000]) {
  const r = veeg(n);
  gc();
  rijen.push({ n, ms: r.ms, perDossier: (r.ms * 1000) / n, heap: heap(), geweigerd: r.geweigerd });
}

// one openTermijnen call on a dossier read once, for comparison
const [eerste, eerstelijst] = MIX[0] as (typeof MIX)[number];
const voorbeeld = JSON.parse([...dossiers(eerste, eerstelijst, 1)][0] as string);
const gelezen = (
  eerste as unknown as { leesDossier(j: unknown): { ok: boolean; waarde: unknown } }
).leesDossier(voorbeeld);
const enkel = eerste as unknown as { openTermijnen(d: unknown, nu: Tijdstip): unknown[] };
const keer = 20_000;
const t0 = performance.now();
for (let i = 0; i < keer; i++) enkel.openTermijnen(gelezen.waarde, NU);
const enkelUs = ((performance.now() - t0) * 1000) / keer;

const basis = rijen[0] as (typeof rijen)[number];
console.log(
  `sweep: ${MIX.length} procedures (${MIX.map(([p, l]) => `${p.definitie.naam} x${l.length}`).join(', ')}), JSON text in, open terms at ${NU}`,
);
console.log('        n    dossiers/s   µs/dossier   ratio   heap MiB   refused');
for (const r of rijen)
  console.log(
    `${String(r.n).padStart(9)} ${String(Math.round((r.n / r.ms) * 1000)).padStart(13)} ${r.perDossier.toFixed(1).padStart(12)} ${(r.perDossier / basis.perDossier).toFixed(2).padStart(6)}x ${r.heap.toFixed(0).padStart(10)} ${String(r.geweigerd).padStart(9)}`,
  );
console.log(
  `one openTermijnen call on a dossier already read (${eerste.definitie.naam}): ${enkelUs.toFixed(1)} µs`,
);
const groter = rijen[rijen.length - 1] as (typeof rijen)[number];
const plat = groter.perDossier / basis.perDossier <= 1.5;
const begrensd = groter.heap - basis.heap <= 64;
console.log(
  `flat cost (<= 1.5x from 10,000 to 1,000,000): ${plat ? 'yes' : 'NO'}; bounded memory (<= 64 MiB growth): ${begrensd ? 'yes' : 'NO'}`,
);
if (ZONDER.length) console.log(`NOT IN THE SWEEP (no worked dossier replays): ${ZONDER.join(', ')}`);
if (!plat || !begrensd || groter.geweigerd > 0 || ZONDER.length) process.exitCode = 1;
