import { plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { berekenBezwaartermijnen, type UitstelGrond } from './bezwaar.js';

// Awb 7:10 lid 4: further delay never makes the decision term end earlier, and ends it exactly on the day the
// board made known; any day that is not later than the current last day is refused, never silently accepted.
describe('property: further delay (Awb 7:10 lid 4)', () => {
  it('the last day becomes tot when tot is later, never earlier than before; else UITSTEL_NIET_LATER', () => {
    fc.assert(
      fc.property(
        datumArb,
        fc.integer({ min: 0, max: 41 }),
        fc.boolean(),
        fc.integer({ min: -20, max: 120 }),
        fc.constantFrom<UitstelGrond>('alle-belanghebbenden', 'instemming-indiener', 'wettelijke-procedure'),
        (bekendmaking, na, verdaagd, extra, grond) => {
          const invoer = {
            denominatie: 'openbaar',
            tegen: 'schorsing',
            bekendmaking,
            bezwaarOntvangen: plusDagen(bekendmaking, na),
            ...(verdaagd ? { verdaagdOp: plusDagen(bekendmaking, na) } : {}),
          } as const;
          const zonder = berekenBezwaartermijnen(invoer);
          if (!zonder.ok) throw new Error('termijn');
          const vorige = zonder.waarde.beslistermijn?.termijn.laatsteDag;
          if (!vorige) throw new Error('beslistermijn');
          const tot = plusDagen(vorige, extra);
          const r = berekenBezwaartermijnen({
            ...invoer,
            uitstel: { op: invoer.bezwaarOntvangen, tot, grond },
          });
          if (extra <= 0) {
            expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['UITSTEL_NIET_LATER']);
            return;
          }
          if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
          expect(r.waarde.beslistermijn?.termijn.laatsteDag).toBe(tot);
          expect(tot > vorige).toBe(true);
        },
      ),
    );
  });
});
