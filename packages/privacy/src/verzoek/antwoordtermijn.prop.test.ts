import { dagnummer, plusDagen, plusMaanden } from '@schoolveiligheid/kern';
import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { berekenAntwoordtermijn, uitersteAntwoorddag } from './antwoordtermijn.js';

// Properties of the answer term (AVG 12(3)): never later than three months after receipt, whatever the
// extension or policy; monotone in the receipt date; an extension never makes the term shorter; no Atw.

const ontvangst = isoDatum({ van: '2018-05-25', tot: '2199-06-30' });
const beleid = fc.constantFrom(undefined, SEED_2018_BELEID);
const invoer = fc.tuple(ontvangst, fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), beleid);

describe('antwoordtermijn: properties', () => {
  it('is never later than three months after receipt (AVG 12(3))', () => {
    fc.assert(
      fc.property(invoer, ([ontvangenOp, na, b]) => {
        const t = berekenAntwoordtermijn({
          ontvangenOp,
          ...(na === undefined ? {} : { verlengingMeegedeeldOp: plusDagen(ontvangenOp, na) }),
          ...(b ? { beleid: b } : {}),
        }).uitkomst;
        expect(t.laatsteDag <= plusMaanden(ontvangenOp, 3)).toBe(true);
        expect(t.laatsteDag <= uitersteAntwoorddag(ontvangenOp)).toBe(true);
        expect(t.laatsteDag > ontvangenOp).toBe(true);
      }),
    );
  });

  it('without an extension ends exactly one calendar month after receipt, clamped, never moved by the Atw', () => {
    fc.assert(
      fc.property(ontvangst, (ontvangenOp) => {
        const t = berekenAntwoordtermijn({ ontvangenOp }).uitkomst;
        expect(t.laatsteDag).toBe(plusMaanden(ontvangenOp, 1));
        expect(t.eersteTermijn.verlengdDoorAtw).toBe(false);
      }),
    );
  });

  it('is monotone in the receipt date', () => {
    fc.assert(
      fc.property(ontvangst, fc.integer({ min: 1, max: 60 }), (a, d) => {
        const b = plusDagen(a, d);
        if (dagnummer(b) > dagnummer('2199-09-30')) return;
        expect(
          berekenAntwoordtermijn({ ontvangenOp: a }).uitkomst.laatsteDag <=
            berekenAntwoordtermijn({ ontvangenOp: b }).uitkomst.laatsteDag,
        ).toBe(true);
      }),
    );
  });

  it('a timely extension never ends before the first term; a late one changes nothing', () => {
    fc.assert(
      fc.property(ontvangst, fc.integer({ min: 0, max: 90 }), (ontvangenOp, na) => {
        const zonder = berekenAntwoordtermijn({ ontvangenOp }).uitkomst;
        const met = berekenAntwoordtermijn({
          ontvangenOp,
          verlengingMeegedeeldOp: plusDagen(ontvangenOp, na),
        }).uitkomst;
        if (plusDagen(ontvangenOp, na) <= zonder.laatsteDag) {
          expect(met.verlengd).toBe(true);
          expect(met.laatsteDag > zonder.laatsteDag).toBe(true);
        } else expect(met).toEqual(zonder);
      }),
    );
  });
});
