// Properties of the repair pause of Awb 7:10 lid 2: it never shortens the board's decision term, an empty list of
// requests gives exactly the answer without the field (stored dossiers and callers of release 0.2 see no change),
// and the shift is never more than the paused calendar days plus what the Atw adds at the end.
import { dagnummer, plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { berekenBezwaartermijnen } from './bezwaar.js';

const geval = fc.record({
  bekendmaking: datumArb,
  ontvangen: fc.integer({ min: 0, max: 60 }),
  gevraagd: fc.integer({ min: 0, max: 120 }),
  termijn: fc.integer({ min: 1, max: 28 }),
  hersteld: fc.option(fc.integer({ min: 0, max: 35 }), { nil: undefined }),
  verdaagd: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  commissie: fc.boolean(),
});

describe('Awb 7:10 lid 2: properties', () => {
  it('the pause never shortens the decision term, and moves it by at most the paused days plus the Atw slack', () => {
    fc.assert(
      fc.property(geval, (g) => {
        const bezwaarOntvangen = plusDagen(g.bekendmaking, g.ontvangen);
        const gevraagdOp = plusDagen(bezwaarOntvangen, g.gevraagd);
        const termijnTot = plusDagen(gevraagdOp, g.termijn);
        const basis = {
          denominatie: 'openbaar',
          tegen: 'schorsing',
          bekendmaking: g.bekendmaking,
          bezwaarOntvangen,
          adviescommissie: g.commissie,
          ...(g.verdaagd === undefined ? {} : { verdaagdOp: plusDagen(bezwaarOntvangen, g.verdaagd) }),
        } as const;
        const zonder = berekenBezwaartermijnen(basis);
        const met = berekenBezwaartermijnen({
          ...basis,
          verzuimherstel: [
            {
              gevraagdOp,
              termijnTot,
              ...(g.hersteld === undefined ? {} : { herstelOp: plusDagen(gevraagdOp, g.hersteld) }),
            },
          ],
        });
        if (!zonder.ok) return; // an adjournment after the term: refused either way
        expect(met.ok).toBe(true);
        if (!met.ok) return;
        const a = zonder.waarde.beslistermijn?.termijn;
        const b = met.waarde.beslistermijn?.termijn;
        if (!a || !b) throw new Error('no decision term');
        expect(b.laatsteDag >= a.laatsteDag).toBe(true);
        expect(dagnummer(b.nominaleLaatsteDag) - dagnummer(a.nominaleLaatsteDag)).toBeLessThanOrEqual(
          g.termijn,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('an empty list of requests gives the same answer as none at all', () => {
    fc.assert(
      fc.property(datumArb, fc.integer({ min: 0, max: 60 }), (bekendmaking, n) => {
        const basis = {
          denominatie: 'openbaar',
          tegen: 'schorsing',
          bekendmaking,
          bezwaarOntvangen: plusDagen(bekendmaking, n),
        } as const;
        expect(JSON.stringify(berekenBezwaartermijnen({ ...basis, verzuimherstel: [] }))).toBe(
          JSON.stringify(berekenBezwaartermijnen(basis)),
        );
      }),
    );
  });
});
