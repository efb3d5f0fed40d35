// Child process of eerste-aanroep.ts: imports kern fresh (the path is argv[2]), times the first
// `berekenTermijn` with its trace serialised, then the steady state over varied inputs, and prints one JSON
// line. Nothing of kern runs before the import, so the first call pays for every lazy index it needs.
import type * as KernApi from '../src/index.js';

const pad = process.argv[2];
if (!pad) throw new Error('usage: eerste-aanroep-kind.ts <path to kern>');
const kern = (await import(pad)) as typeof KernApi;

// The inputs are plain data made before any timing, so neither timed part pays for building them; their dates
// come from Date, not kern's plusDagen, which would compile kern's date code before the first call.
const eenheden = ['werkdagen', 'kalenderdagen', 'weken', 'maanden'] as const;
const N = 4000;
const gebeurtenisDag = (i: number) =>
  new Date(Date.UTC(2026, 0, 5 + ((i * 7) % 700))).toISOString().slice(0, 10);
const invoer: KernApi.TermijnInvoer[] = Array.from({ length: N }, (_, i) => ({
  gebeurtenis: gebeurtenisDag(i) as KernApi.IsoDatum,
  duur: { aantal: 1 + (i % 20), eenheid: eenheden[i % eenheden.length]! },
  grondslag: 'nl-wet',
}));

let som = 0;
const t0 = performance.now();
som += JSON.stringify(kern.berekenTermijn(invoer[0]!)).length;
const eersteMs = performance.now() - t0;

for (const i of invoer) som += JSON.stringify(kern.berekenTermijn(i)).length; // warm-up
const t1 = performance.now();
for (const i of invoer) som += JSON.stringify(kern.berekenTermijn(i)).length;
const stabielMs = (performance.now() - t1) / N;
console.log(JSON.stringify({ eersteMs, stabielMs, som }));
