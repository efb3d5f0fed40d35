import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controleerBeleid } from '../beleid/seed2018.js';
import { controleerRollen } from './rollen.js';

// The school's roles (seed, Klachtenregeling art. 2 lid 1: the interne contactpersoon, "niet zijnde een lid van
// de schooldirectie"; at least one per school). Properties over random assignments of a few ids.

const persoon = fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4', 'p-5');
const rollen = fc.record({
  peildatum: fc.constantFrom('2018-08-01', '2024-02-29', '2026-12-03', '2030-01-01'),
  directie: fc.array(persoon, { maxLength: 4 }),
  contactpersonen: fc.array(persoon, { maxLength: 4 }),
  externeVertrouwenspersoon: fc.boolean(),
});

const uitkomst = (r: ReturnType<typeof controleerRollen>) => {
  if (!r.ok) throw new Error('problemen');
  return r.waarde;
};

describe('controleerRollen: the contactpersoon is not in the directie (seed, Klachtenregeling art. 2 lid 1)', () => {
  it('passes exactly when there is a contactpersoon and none of them is in the directie', () => {
    fc.assert(
      fc.property(rollen, (x) => {
        const b = uitkomst(controleerRollen(x));
        const inDirectie = [...new Set(x.contactpersonen)].filter((p) => x.directie.includes(p));
        expect(b.uitkomst.inDirectie).toEqual(inDirectie);
        expect(b.uitkomst.voldoet).toBe(
          x.contactpersonen.length > 0 && inDirectie.length === 0 && x.externeVertrouwenspersoon,
        );
        expect(b.redenen.map((r) => r.code)).toContain(
          x.externeVertrouwenspersoon ? 'VERTROUWENSPERSOON_BELEGD' : 'GEEN_VERTROUWENSPERSOON',
        );
        const codes = b.redenen.map((r) => r.code);
        expect(codes.includes('CONTACTPERSOON_IN_DIRECTIE')).toBe(inDirectie.length > 0);
        for (const r of b.redenen) expect(r.bron?.zekerheid).toBe('secundair');
      }),
    );
  });

  it('is monotone: adding a member to the directie never turns a failing check into a passing one', () => {
    fc.assert(
      fc.property(rollen, persoon, (x, extra) => {
        const voor = uitkomst(controleerRollen(x)).uitkomst;
        const na = uitkomst(controleerRollen({ ...x, directie: [...x.directie, extra] })).uitkomst;
        if (!voor.voldoet) expect(na.voldoet).toBe(false);
        for (const p of voor.inDirectie) expect(na.inDirectie).toContain(p);
      }),
    );
  });

  it('never throws on arbitrary input and never echoes a value that is not an id it was given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, opties) => {
        const r = controleerRollen(x, opties as never);
        if (!r.ok) for (const p of r.problemen) expect(typeof p.code).toBe('string');
      }),
    );
    const r = controleerRollen({
      peildatum: '2026-12-03',
      directie: ['Jan Jansen'],
      contactpersonen: [],
      externeVertrouwenspersoon: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.problemen)).not.toContain('Jansen');
  });
});

describe('a policy that allows a contactpersoon from the directie (seed art. 2 lid 1 against the school)', () => {
  const beleid = {
    id: 'eigen-school',
    naam: 'Eigen klachtenregeling',
    bron: { titel: 'Klachtenregeling van de school', zekerheid: 'secundair' },
    waarden: {
      'klachtenregeling.contactpersoon.nietInDirectie': {
        waarde: false,
        bron: { titel: 'Klachtenregeling van de school, art. 2', zekerheid: 'secundair' },
      },
    },
  };
  it('is reported by controleerBeleid as laxer than the rule', () => {
    const c = controleerBeleid(beleid, '2026-12-03');
    expect(c.bevindingen.map((b) => [b.regelId, b.oordeel])).toEqual([
      ['klachtenregeling.contactpersoon.nietInDirectie', 'soepeler'],
    ]);
  });
  it('turns the finding into a reason without failing the roles check', () => {
    const b = uitkomst(
      controleerRollen(
        {
          peildatum: '2026-12-03',
          directie: ['p-1'],
          contactpersonen: ['p-1'],
          externeVertrouwenspersoon: true,
        },
        { beleid },
      ),
    );
    expect(b.uitkomst.voldoet).toBe(true);
    expect(b.redenen.map((r) => r.code)).toContain('CONTACTPERSOON_IN_DIRECTIE_BELEID');
  });
  it('gives its problems in English on request', () => {
    const r = controleerRollen(
      { peildatum: '2017-01-01', directie: [], contactpersonen: [], externeVertrouwenspersoon: true },
      { taal: 'en' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemen[0]?.code).toBe('DATUM_BUITEN_BEREIK');
  });
});
