import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AfwegingAntwoorden, doorloopAfwegingskader, omvatMelding } from './afwegingskader.js';

const jaNee = fc.constantFrom<'ja' | 'nee'>('ja', 'nee');
const antwoorden: fc.Arbitrary<AfwegingAntwoorden> = fc.record(
  {
    vermoeden: jaNee,
    veiligheid: fc.constantFrom<'ja' | 'nee' | 'twijfel'>('ja', 'nee', 'twijfel'),
    hulpMogelijk: jaNee,
    hulpAanvaard: jaNee,
    resultaat: jaNee,
  },
  { requiredKeys: [] },
);
const uitkomst = (a: AfwegingAntwoorden, variant?: 'algemeen' | 'onderwijs') => {
  const r = doorloopAfwegingskader(a, variant ? { variant } : {});
  return r.ok ? r.waarde.uitkomst : undefined;
};

describe('afwegingskader properties (issue 12)', () => {
  it('acute or structural unsafety (onderwijs: or doubt) always leads to melden, whatever else is answered', () => {
    fc.assert(
      fc.property(antwoorden, fc.constantFrom<'ja' | 'twijfel'>('ja', 'twijfel'), (a, v) => {
        expect(omvatMelding(uitkomst({ ...a, vermoeden: 'ja', veiligheid: v }))).toBe(true);
      }),
    );
  });

  it('is monotone: turning a yes on help, acceptance or result into no never removes a melding', () => {
    fc.assert(
      fc.property(
        antwoorden,
        fc.constantFrom('hulpMogelijk', 'hulpAanvaard', 'resultaat' as const),
        (a, vraag) => {
          const voor = uitkomst({ ...a, [vraag]: 'ja' });
          const na = uitkomst({ ...a, [vraag]: 'nee' });
          if (voor !== undefined && na !== undefined && omvatMelding(voor))
            expect(omvatMelding(na)).toBe(true);
        },
      ),
    );
  });

  it('without a suspicion nothing is reported; without an answer to afweging 1 there is no outcome', () => {
    fc.assert(
      fc.property(antwoorden, (a) => {
        expect(uitkomst({ ...a, vermoeden: 'nee' })).toBe('afsluiten');
        const { vermoeden: _weg, ...zonder } = a;
        expect(uitkomst(zonder)).toBeUndefined();
      }),
    );
  });

  it('the general variant never turns doubt into an outcome', () => {
    fc.assert(
      fc.property(antwoorden, (a) => {
        expect(uitkomst({ ...a, vermoeden: 'ja', veiligheid: 'twijfel' }, 'algemeen')).toBeUndefined();
      }),
    );
  });
});
