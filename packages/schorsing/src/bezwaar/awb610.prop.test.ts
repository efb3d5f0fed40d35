import { plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { berekenBezwaartermijnen } from './bezwaar.js';

// Awb 6:10 lid 1 sub a (openbare school): a bezwaar received after the decision was taken but before its
// bekendmaking is not too early.
const vroegArb = fc.record({
  bekendmaking: datumArb,
  vooraf: fc.integer({ min: 1, max: 30 }),
  besluitEerder: fc.integer({ min: 0, max: 30 }),
  tegen: fc.constantFrom('schorsing' as const, 'verwijdering' as const),
});

describe('Awb 6:10: properties', () => {
  it('a bezwaar received between the decision and its bekendmaking is always on time, with the same terms as one received on the day of the bekendmaking', () => {
    fc.assert(
      fc.property(vroegArb, ({ bekendmaking, vooraf, besluitEerder, tegen }) => {
        const ontvangen = plusDagen(bekendmaking, -vooraf);
        const besluitdatum = plusDagen(ontvangen, -besluitEerder);
        const basis = { denominatie: 'openbaar', tegen, bekendmaking } as const;
        const vroeg = berekenBezwaartermijnen({ ...basis, bezwaarOntvangen: ontvangen, besluitdatum });
        const opTijd = berekenBezwaartermijnen({ ...basis, bezwaarOntvangen: bekendmaking, besluitdatum });
        if (!vroeg.ok || !opTijd.ok) throw new Error('termijnen');
        expect(vroeg.waarde.bezwaarTijdig?.uitkomst).toBe(true);
        expect(vroeg.waarde.bezwaarTijdig?.redenen[0]?.code).toBe('BEZWAAR_VOOR_BEKENDMAKING');
        expect(vroeg.waarde.bezwaartermijn).toEqual(opTijd.waarde.bezwaartermijn);
        expect(vroeg.waarde.beslistermijn?.termijn.laatsteDag).toBe(
          opTijd.waarde.beslistermijn?.termijn.laatsteDag,
        );
      }),
    );
  });

  it('a bezwaar received before the decision existed is never judged on time by the SDK: a coded problem (sub b is for the board)', () => {
    fc.assert(
      fc.property(vroegArb, ({ bekendmaking, vooraf, besluitEerder, tegen }) => {
        const ontvangen = plusDagen(bekendmaking, -vooraf);
        const besluitdatum = plusDagen(ontvangen, Math.min(besluitEerder + 1, vooraf));
        const r = berekenBezwaartermijnen({
          denominatie: 'openbaar',
          tegen,
          bekendmaking,
          bezwaarOntvangen: ontvangen,
          besluitdatum,
        });
        expect(!r.ok && r.problemen.map((p) => p.code)).toEqual(['BEZWAAR_VOOR_BESLUIT']);
      }),
    );
  });
});
