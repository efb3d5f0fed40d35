// The fuzz property over every export of schorsing, discovered at run time (a new export is covered without
// touching this file): no untyped throw, no injected personal data in any message or `details`, the same
// answer under three time zones; fixed seed. The argument lists of fuzz/voorbeelden.ts (valid inputs, the
// same with personal text, misuse) are tried on every export first; each bug the fuzz found is a worked test
// in fuzz/bevindingen.test.ts.
import { type Resultaat, SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { FUZZ_MARKERS, fuzzExports, fuzzWaarde } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { voorbeeldInvoer } from './fuzz/voorbeelden.js';
import * as schorsing from './index.js';

/**
 * The builders: on success they return the caller's own data, validated (a letter, a ban, a dossier and its
 * state), so the echo check does not apply to their `waarde`. Their refusals must still never repeat the
 * input: checked below (and for the dossier functions also by the dossier laws).
 */
const BOUWERS = [
  'valideerSchorsingsbrief',
  'valideerVerwijderingsbrief',
  'valideerSchoolpleinverbod',
  'nieuwDossier',
  'verwerk',
  'verwerkJson',
  'herspeel',
  'leesDossier',
  'vanOudeVorm',
  'toestand',
  'leesBeleid',
] as const;

const voorbeelden = voorbeeldInvoer();

const exports: Record<string, unknown> = schorsing;

describe('fuzz: every export of schorsing', () => {
  fuzzExports(exports, { foutKlasse: SchoolveiligheidFout, bouwers: BOUWERS, voorbeelden });

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
        // a typed error on misuse: fuzzExports checks it for echo
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
