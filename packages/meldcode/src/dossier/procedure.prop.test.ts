import { waardeOp } from '@schoolveiligheid/kern';
import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archiefBewaartermijn } from '../regels/regels.js';
import { gebeurtenissenArb } from '../testhulp/arbitraries.js';
import { type MeldcodeDossier, meldcodeProcedure, oudersPerStap, signaalArchief } from './procedure.js';

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

describe('in gesprek met ouders at every step (seed 004, Stappen in de ondersteuningsroute; seed 000)', () => {
  it('every next step says what it asks of the parents; after a danger none has them in conversation', () => {
    fc.assert(
      fc.property(gebeurtenissenArb, (lijst) => {
        const d = bouw(lijst);
        const t = meldcodeProcedure.toestand(d);
        if (!t.ok) throw new Error('toestand');
        const stappen = meldcodeProcedure.volgendeStappen(d);
        const ouders = oudersPerStap(d);
        expect(ouders.map((o) => o.stap)).toEqual(stappen.map((s) => s.code));
        stappen.forEach((s, i) => {
          const o = ouders[i];
          expect(o?.reden.bron).toBeDefined();
          expect(s.tekst.endsWith(o?.reden.tekst ?? '-')).toBe(true);
          expect(o?.inGesprek).toBe(t.waarde.gevaar === null);
        });
      }),
    );
  });
});

const ARCHIEF_PROBLEMEN = ['ARCHIVEREN_ZONDER_OVERLEG', 'ARCHIVEREN_BIJ_GEVAAR', 'ARCHIVEREN_NA_WEGING'];

describe('archiving a one-off signal (seed 004 stap 1 and 5; afwegingskader afweging 1; PO-Raad retention)', () => {
  it('is accepted exactly after consultation, without danger or weighing, and records reason and retention', () => {
    fc.assert(
      fc.property(
        fc.record({
          overleg: fc.boolean(),
          gesprek: fc.boolean(),
          gevaar: fc.boolean(),
          weging: fc.boolean(),
          reden: fc.constantFrom('eenmalig', 'ontkracht'),
          data: fc.tuple(
            isoDatum({ van: '2019-01-01', tot: '2030-12-31' }),
            isoDatum({ van: '2019-01-01', tot: '2030-12-31' }),
          ),
        }),
        ({ overleg, gesprek, gevaar, weging, reden, data }) => {
          const [van, tot] = data[0] <= data[1] ? data : [data[1], data[0]];
          const rol = 'leerkracht';
          const lijst = [
            { type: 'signaal-vastgelegd', datum: van, rol, herkomst: 'eigen-waarneming', feitelijk: true },
            ...(gevaar ? [{ type: 'gevaar-vastgesteld', datum: van, rol, reden: 'disclosure' }] : []),
            ...(overleg ? [{ type: 'consultatie-gevoerd', datum: van, rol, met: 'collega' }] : []),
            ...(gesprek ? [{ type: 'gesprek-gevoerd', datum: van, rol, met: 'ouders' }] : []),
            ...(weging ? [{ type: 'weging-ondersteuningsteam', datum: van, rol: 'intern-begeleider' }] : []),
            { type: 'signaal-gearchiveerd', datum: tot, rol: 'intern-begeleider', reden },
          ];
          const r = meldcodeProcedure.herspeel(KOP, lijst);
          const toegestaan = overleg && !gevaar && !weging;
          expect(r.ok).toBe(toegestaan);
          if (!r.ok) {
            const codes = r.problemen.map((p) => p.code);
            expect(codes.length).toBeGreaterThan(0);
            for (const c of codes) expect(ARCHIEF_PROBLEMEN).toContain(c);
            return;
          }
          expect(meldcodeProcedure.volgendeStappen(r.waarde)).toEqual([]);
          const a = signaalArchief(r.waarde);
          expect(a.uitkomst?.reden).toBe(reden);
          expect(a.uitkomst?.datum).toBe(tot);
          expect(a.uitkomst?.bewaartermijn).toEqual(waardeOp(archiefBewaartermijn, tot).waarde);
          expect(a.redenen.every((x) => x.bron !== undefined)).toBe(true);
        },
      ),
    );
  });

  it('a dossier of any events holds an archive only without danger, weighing or decision, and then is closed', () => {
    fc.assert(
      fc.property(gebeurtenissenArb, (lijst) => {
        const d = bouw(lijst);
        const t = meldcodeProcedure.toestand(d);
        if (!t.ok || t.waarde.archief === null) return;
        expect(t.waarde.gevaar).toBeNull();
        expect([t.waarde.gewogen, t.waarde.afweging, t.waarde.besluit, t.waarde.gemeldOp]).toEqual([
          false,
          null,
          null,
          null,
        ]);
        expect(t.waarde.collegiaalOverlegd).toBe(true);
        expect(t.waarde.afgesloten).toBe(true);
        expect(meldcodeProcedure.volgendeStappen(d)).toEqual([]);
      }),
    );
  });
});
