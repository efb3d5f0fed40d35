// Child process of eerste-aanroep.ts: imports kern fresh (the path is argv[2]), times the first
// `berekenTermijn` with its trace serialised, then the steady state over varied inputs, and prints one JSON
// line. Nothing of kern runs before the import, so the first call pays for every lazy index it needs.
import type * as KernApi from '../src/index.js';

const pad = process.argv[2];
if (!pad) throw new Error('usage: eerste-aanroep-kind.ts <path to kern>');
const kern = (await import(pad)) as typeof KernApi;

const eenheden = ['werkdagen', 'kalenderdagen', 'weken', 'maanden'] as const;
const invoer = (i: number): KernApi.TermijnInvoer => ({
  gebeurtenis: kern.plusDagen('2026-01-05', (i * 7) % 700),
  duur: { aantal: 1 + (i % 20), eenheid: eenheden[i % eenheden.length]! },
  grondslag: 'nl-wet',
});

let som = 0;
const t0 = performance.now();
som += JSON.stringify(kern.berekenTermijn(invoer(0))).length;
const eersteMs = performance.now() - t0;

const N = 4000;
for (let i = 0; i < N; i++) som += JSON.stringify(kern.berekenTermijn(invoer(i))).length; // warm-up
const t1 = performance.now();
for (let i = 0; i < N; i++) som += JSON.stringify(kern.berekenTermijn(invoer(i))).length;
const stabielMs = (performance.now() - t1) / N;
console.log(JSON.stringify({ eersteMs, stabielMs, som }));
