// Properties of the remedy after the decision on bezwaar (issue 11): the beroep term is monotone in the
// bekendmaking, never ends before its nominal end (the Atw only extends), ends on a day after the bekendmaking,
// and the decision depends on the denominatie alone.
import { dagnummer } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { rechtsmiddelClausule, rechtsmiddelenNaBeslissingOpBezwaar } from './rechtsmiddelen.js';

const tegenArb = fc.constantFrom('schorsing' as const, 'verwijdering' as const);

describe('remedies: properties', () => {
  it('openbaar: a later bekendmaking never gives an earlier last day of the beroep term; the Atw never shortens it', () => {
    fc.assert(
      fc.property(datumArb, datumArb, tegenArb, (a, b, tegen) => {
        const [vroeg, laat] = a <= b ? [a, b] : [b, a];
        const r1 = rechtsmiddelenNaBeslissingOpBezwaar({
          denominatie: 'openbaar',
          tegen,
          bekendmaking: vroeg,
        });
        const r2 = rechtsmiddelenNaBeslissingOpBezwaar({
          denominatie: 'openbaar',
          tegen,
          bekendmaking: laat,
        });
        if (!r1.ok || !r2.ok) throw new Error('fout');
        const t1 = r1.waarde.beroepstermijn;
        const t2 = r2.waarde.beroepstermijn;
        if (!t1 || !t2) throw new Error('geen termijn');
        expect(t1.laatsteDag <= t2.laatsteDag).toBe(true);
        expect(t1.laatsteDag >= t1.nominaleLaatsteDag).toBe(true);
        expect(dagnummer(t1.laatsteDag)).toBeGreaterThan(dagnummer(vroeg));
      }),
    );
  });

  it('the remedy after bezwaar depends on the denominatie only: beroep at the rechtbank (openbaar), the civil route (bijzonder)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('openbaar' as const, 'bijzonder' as const),
        tegenArb,
        datumArb,
        (denominatie, tegen, bekendmaking) => {
          const r = rechtsmiddelenNaBeslissingOpBezwaar({ denominatie, tegen, bekendmaking });
          if (!r.ok) throw new Error('fout');
          expect(r.waarde.rechtsmiddel.uitkomst).toBe(
            denominatie === 'openbaar' ? 'beroep-rechtbank' : 'civiele-rechter',
          );
          expect(r.waarde.beroepstermijn === undefined).toBe(denominatie === 'bijzonder');
        },
      ),
    );
  });

  it('every clause cites its sources and uses no merge field but naamBevoegdGezag', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('openbaar' as const, 'bijzonder' as const),
        fc.constantFrom('schorsing' as const, 'voornemen-verwijdering' as const, 'verwijdering' as const),
        datumArb,
        (denominatie, besluit, peildatum) => {
          const r = rechtsmiddelClausule({ denominatie, besluit, peildatum });
          if (!r.ok) throw new Error('fout');
          expect(r.waarde.uitkomst.bronnen.length).toBe(r.waarde.redenen.length);
          const velden = r.waarde.uitkomst.alineas.flatMap((a) =>
            [...a.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]),
          );
          expect(new Set(velden)).toEqual(new Set(['naamBevoegdGezag']));
        },
      ),
    );
  });
});
