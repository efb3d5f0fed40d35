import { waardeOp } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { SCHORSING_REGELS } from './regels.js';

const alle = Object.values(SCHORSING_REGELS.regels);

describe('rules: properties', () => {
  it('every rule has a value with a source on any date the calendars know', () => {
    fc.assert(
      fc.property(datumArb, fc.constantFrom(...alle), (peildatum, r) => {
        const w = waardeOp(r, peildatum);
        expect(w.bron.titel.length).toBeGreaterThan(0);
        expect(w.geldigVanaf <= peildatum).toBe(true);
      }),
    );
  });
});
