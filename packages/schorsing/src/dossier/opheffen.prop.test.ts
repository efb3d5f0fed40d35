import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { datumArb } from '../testhulp/arbitraries.js';
import { verwerk } from './dossier.js';
import { gemisteSchooldagen, kalenderVan } from './toestand.js';

const noord = kalenderVan({ kalender: { regio: 'noord' } });
const schooldagArb = datumArb.map((d) => (noord.isSchooldag(d) ? d : noord.volgendeSchooldag(d)));

// Lifting early (issue 11; the SDK's reading of WPO 40c lid 1): the missed days are exactly the schorsing's school
// days before the day the pupil is back, always fewer than the decision's, and monotone in that day: a later return
// never misses fewer days. Calendar regio noord (the dossier's), start on any school day it knows.
describe('property: lifting a schorsing early', () => {
  it('missed days = school days before terugOp; fewer than decided; monotone in terugOp', () => {
    fc.assert(
      fc.property(
        schooldagArb,
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (dag, aantal, a, b) => {
          const d = bouwDossier('dossier-prop', 'openbaar', [
            {
              type: 'schorsing-besloten',
              datum: dag,
              ingangsdatum: dag,
              duur: { aantal, eenheid: 'schooldagen' },
            },
          ]);
          const dagen = staat(d).schorsingen[0]?.schorsing.schooldagen ?? [];
          const gemist = (i: number) => {
            const terugOp = dagen[Math.min(i, dagen.length - 1)];
            if (!terugOp) throw new Error('dag');
            const r = verwerk(d, { type: 'schorsing-opgeheven', datum: dag, terugOp });
            if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
            const s = staat(r.waarde).schorsingen[0];
            if (!s) throw new Error('schorsing');
            expect(gemisteSchooldagen(s)).toEqual(dagen.filter((x) => x < terugOp));
            return gemisteSchooldagen(s).length;
          };
          const [x, y] = [Math.min(a, b), Math.max(a, b)];
          expect(gemist(x)).toBeLessThan(aantal);
          expect(gemist(x)).toBeLessThanOrEqual(gemist(y));
        },
      ),
    );
  });
});
