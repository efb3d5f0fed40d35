import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { FUZZ_MARKERS, fuzzWaarde, zwareInvoer } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { it } from 'vitest';
import { gemuteerdeVoorbeelden, voorbeeldInvoer } from './fuzz/voorbeelden.js';
import * as datalek from './index.js';

function berichten(w: unknown, uit: string[] = [], diepte = 0, sleutel = ''): string[] {
  if (diepte > 12 || uit.length > 500) return uit;
  if (typeof w === 'string') {
    if (/^(melding|tekst|message|details|omschrijving|waarschuwingen|naam)$/.test(sleutel)) uit.push(w);
  } else if (Array.isArray(w)) {
    for (const x of w.slice(0, 200)) berichten(x, uit, diepte + 1, sleutel);
  } else if (w !== null && typeof w === 'object') {
    for (const [k, v] of Object.entries(w).slice(0, 200))
      berichten(v, uit, diepte + 1, /^\d+$/.test(k) ? sleutel : k);
  }
  return uit;
}
const kort = (a: unknown[]) => { try { return JSON.stringify(a, (_k, v) => typeof v === 'string' && v.length > 40 ? v.slice(0, 40) : v)?.slice(0, 300); } catch { return '[?]'; } };

it('verken', { timeout: 600_000 }, () => {
  const gevonden = new Map<string, string>();
  const args: unknown[][] = [...voorbeeldInvoer(), ...zwareInvoer(), ...gemuteerdeVoorbeelden(3000, 99), ...fc.sample(fc.array(fuzzWaarde, { maxLength: 3 }), { numRuns: 2000, seed: 7 })];
  for (const [naam, f] of Object.entries(datalek)) {
    if (typeof f !== 'function' || /^class/.test(Function.prototype.toString.call(f))) continue;
    for (const a of args) {
      try {
        let r = (f as (...x: unknown[]) => unknown)(...a);
        if (r && typeof r === 'object' && Symbol.iterator in r && typeof (r as any).next === 'function') r = [...(r as Iterable<unknown>)].slice(0, 20);
        for (const m of berichten(r)) for (const p of FUZZ_MARKERS) if (m.includes(p)) { const k = `${naam} ECHO ${p}`; if (!gevonden.has(k)) gevonden.set(k, kort(a)); }
      } catch (e) {
        if (e instanceof SchoolveiligheidFout) {
          const t = `${e.message} ${JSON.stringify(e.details)}`;
          for (const p of FUZZ_MARKERS) if (t.includes(p)) { const k = `${naam} ECHO-FOUT ${p}`; if (!gevonden.has(k)) gevonden.set(k, kort(a)); }
          continue;
        }
        const k = `${naam} ${(e as Error).name}: ${(e as Error).message}`;
        if (!gevonden.has(k)) gevonden.set(k, kort(a));
      }
    }
  }
  for (const [k, v] of gevonden) console.log(`${k}\n    ${v}`);
  console.log('TOTAAL', gevonden.size);
});
