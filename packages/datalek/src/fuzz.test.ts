// Issue 8 item 6: the fuzz property over every export of datalek, discovered at run time (a new export is
// covered without touching this file). No untyped throw, no injected personal data in any message or
// `details`, the same answer under three time zones; fixed seeds. Every datalek input the issue lists is an
// explicit example (fuzz/voorbeelden.ts), with valid stored values mutated deep inside, which plain fuzz
// rarely builds; each bug it found is a worked test in fuzz/bevindingen.test.ts.
import { type Resultaat, SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { FUZZ_MARKERS, fuzzExports, fuzzWaarde } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemuteerdeVoorbeelden, voorbeeldInvoer } from './fuzz/voorbeelden.js';
import * as datalek from './index.js';

/**
 * The true builders: on success they return the caller's own data, validated (a registration, a message, a
 * form, a dossier and its state), so the echo check does not apply to their `waarde`. Their refusals must
 * still never repeat the input: checked below, and for the dossier functions also by the dossier laws.
 */
const BOUWERS = [
  'valideerIncident',
  'valideerKennisgeving',
  'controleerApMelding',
  'nieuwDossier',
  'verwerk',
  'verwerkJson',
  'herspeel',
  'leesDossier',
  'vanOudeVorm',
  'toestand',
] as const;

const voorbeelden = [...voorbeeldInvoer(), ...gemuteerdeVoorbeelden(process.env.CI ? 200 : 60)];

const exports: Record<string, unknown> = datalek;

describe('fuzz: every export of datalek (issue 8 item 6)', () => {
  fuzzExports(datalek, { foutKlasse: SchoolveiligheidFout, bouwers: BOUWERS, voorbeelden });

  it('finds every builder among the exports', () => {
    for (const naam of BOUWERS) expect(typeof exports[naam], naam).toBe('function');
  });

  it.each(BOUWERS)('%s: a refusal never repeats the input (code, pad, melding, parameters)', (naam) => {
    const f = exports[naam] as (...a: unknown[]) => Resultaat<unknown>;
    const controleer = (args: unknown[]) => {
      let r: Resultaat<unknown>;
      try {
        r = f(...args);
      } catch (e) {
        // a typed error on misuse (options that are not an object): fuzzExports checks it for echo
        if (e instanceof SchoolveiligheidFout) return;
        throw e;
      }
      if (r.ok) return;
      const tekst = JSON.stringify(r.problemen);
      for (const m of FUZZ_MARKERS) expect(tekst, `${m} echoed by ${naam}`).not.toContain(m);
    };
    for (const args of voorbeelden) controleer(args);
    fc.assert(
      fc.property(fc.array(fuzzWaarde, { maxLength: 3 }), (args) => controleer(args)),
      { seed: 20261202 },
    );
  });
});
