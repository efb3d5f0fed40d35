import { isoDatumSchema } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { controleerBeleid } from './beleid.js';
import { SEED_2018_BELEID } from './seed2018.js';

describe('SEED_2018_BELEID: properties', () => {
  it('is never conform from 2024 on: the schorsing maximum in schooldagen is always reported as not comparable', () => {
    fc.assert(
      fc.property(datumArb, (peildatum) => {
        const c = controleerBeleid(SEED_2018_BELEID, peildatum);
        expect(c.conform).toBe(false);
        expect(c.bevindingen).toHaveLength(Object.keys(SEED_2018_BELEID.waarden).length);
        expect(c.bevindingen.find((b) => b.regelId === 'schorsing.schorsing.maxDuur')?.oordeel).toBe(
          'afwijkend',
        );
      }),
    );
  });

  it('survives a JSON round trip (a vendor can store it)', () => {
    fc.assert(
      fc.property(datumArb, (peildatum) => {
        expect(isoDatumSchema.safeParse(peildatum).success).toBe(true);
        const kopie = JSON.parse(JSON.stringify(SEED_2018_BELEID));
        expect(controleerBeleid(kopie, peildatum)).toEqual(controleerBeleid(SEED_2018_BELEID, peildatum));
      }),
    );
  });
});
