import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gebeurtenissenArb } from '../testhulp/arbitraries.js';
import { type MeldcodeDossier, meldcodeProcedure } from './procedure.js';

const KOP = { id: 'meldcode-1', eindverantwoordelijke: 'directeur' } as const;
const OUDERSTAPPEN = ['GESPREK_MET_OUDERS', 'OUDERS_INFORMEREN'];

/** Builds a dossier from stored events, keeping the ones the procedure accepts. */
function bouw(lijst: readonly unknown[]): MeldcodeDossier {
  const start = meldcodeProcedure.nieuwDossier(KOP);
  if (!start.ok) throw new Error('kop');
  let d = start.waarde;
  for (const g of lijst) {
    const r = meldcodeProcedure.verwerkJson(d, g);
    if (r.ok) d = r.waarde;
  }
  return d;
}

describe('meldcode route properties (issue 12; seeds: Zorggesprekken, Eergerelateerd geweld, Disclosure)', () => {
  it('the parents’ talk is never a required next step when a danger reason is recorded', () => {
    fc.assert(
      fc.property(gebeurtenissenArb, (lijst) => {
        const d = bouw(lijst);
        const t = meldcodeProcedure.toestand(d);
        if (!t.ok || t.waarde.gevaar === null) return;
        const codes = meldcodeProcedure.volgendeStappen(d).map((s) => s.code);
        for (const c of OUDERSTAPPEN) expect(codes).not.toContain(c);
      }),
    );
  });

  it('a decision in the dossier is always by the header’s eindverantwoordelijke and never drops a needed melding', () => {
    fc.assert(
      fc.property(gebeurtenissenArb, (lijst) => {
        const d = bouw(lijst);
        for (const g of d.gebeurtenissen)
          if (g.type === 'besluit-genomen') expect(g.rol).toBe(KOP.eindverantwoordelijke);
      }),
    );
  });

  it('after a danger reason and before a melding, Veilig Thuis is to be contacted unless it already was', () => {
    fc.assert(
      fc.property(gebeurtenissenArb, (lijst) => {
        const d = bouw(lijst);
        const t = meldcodeProcedure.toestand(d);
        if (!t.ok || t.waarde.gevaar === null || t.waarde.gemeldOp !== null || t.waarde.afgesloten) return;
        const codes = meldcodeProcedure.volgendeStappen(d).map((s) => s.code);
        expect(codes.includes('VEILIG_THUIS_DIRECT_CONTACTEREN')).toBe(!t.waarde.veiligThuisNaGevaar);
      }),
    );
  });
});
