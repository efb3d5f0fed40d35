import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controleerBeleid, SEED_2018_BELEID } from '../beleid/seed2018.js';
import { controleerRegeling } from './regeling.js';
import { controleerRollen } from './rollen.js';

// The whole regeling (issue 13): one commission route (the LKC is no appeal body), affiliation (WPO art. 14
// read in full: no duty), the schoolgids (WPO art. 13 lid 1 onder f; the seed's Inleiding asks for names and
// the commission's address) and the vertrouwenspersoon for staff (seed, Taken en functies; the law asks none).

const persoon = fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4', 'p-5');
const peildatum = fc.constantFrom('2018-08-01', '2020-02-29', '2024-12-31', '2026-12-03', '2030-01-01');
const rollen = fc.record(
  {
    directie: fc.array(persoon, { maxLength: 3 }),
    contactpersonen: fc.array(persoon, { maxLength: 3 }),
    externeVertrouwenspersoon: fc.boolean(),
    vertrouwenspersoonPersoneel: fc.boolean(),
  },
  { requiredKeys: ['directie', 'contactpersonen', 'externeVertrouwenspersoon'] },
);
const commissie = fc.record({
  landelijk: fc.boolean(),
  eigen: fc.boolean(),
  beroepBijLandelijke: fc.boolean(),
});
const gids = fc.record({
  klachtenregeling: fc.boolean(),
  contactpersonen: fc.array(persoon, { maxLength: 3 }),
  vertrouwenspersoon: fc.boolean(),
  adresKlachtencommissie: fc.boolean(),
});
const regeling = fc.record({ peildatum, rollen, klachtencommissie: commissie, schoolgids: gids });
const beleid = fc.constantFrom(undefined, SEED_2018_BELEID);

type Invoer = { peildatum: string; rollen: object; klachtencommissie: object; schoolgids: object };
const controle = (x: Invoer, b?: unknown) => {
  const r = controleerRegeling(x, b === undefined ? {} : { beleid: b });
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
  return r.waarde;
};

describe('controleerRegeling: one commission route (LKC: no appeal body; WPO art. 14 lid 2 onder a)', () => {
  it('passes the route exactly when the regeling names one commission and no appeal (and, under the seed, the LKC)', () => {
    fc.assert(
      fc.property(regeling, beleid, (x, b) => {
        const { landelijk, eigen, beroepBijLandelijke } = x.klachtencommissie;
        const k = controle(x, b).uitkomst.klachtencommissie;
        const verwacht =
          !landelijk && !eigen
            ? 'geen'
            : (landelijk && eigen) || beroepBijLandelijke
              ? 'meer-routes'
              : landelijk
                ? 'landelijk'
                : 'eigen';
        expect(k.route).toBe(verwacht);
        const aansluiting = b === SEED_2018_BELEID ? landelijk : true;
        expect(k.voldoet).toBe((verwacht === 'landelijk' || verwacht === 'eigen') && aansluiting);
      }),
    );
  });

  it('never accepts both commissions, or the landelijke as an appeal, under the law or the seed', () => {
    fc.assert(
      fc.property(regeling, beleid, (x, b) => {
        const { landelijk, eigen, beroepBijLandelijke } = x.klachtencommissie;
        if ((landelijk && eigen) || beroepBijLandelijke) {
          const c = controle(x, b);
          expect(c.uitkomst.klachtencommissie.voldoet).toBe(false);
          expect(c.uitkomst.voldoet).toBe(false);
        }
      }),
    );
  });
});

describe('controleerRegeling: the parts and the policy', () => {
  it('gives the roles exactly the answer of controleerRollen, and passes only when every part passes', () => {
    fc.assert(
      fc.property(regeling, beleid, (x, b) => {
        const c = controle(x, b);
        const r = controleerRollen(
          { peildatum: x.peildatum, ...x.rollen },
          b === undefined ? {} : { beleid: b },
        );
        if (!r.ok) throw new Error('rollen');
        expect(c.uitkomst.rollen).toEqual(r.waarde.uitkomst);
        const rolCodes = r.waarde.redenen.map((y) => y.code);
        expect(c.redenen.slice(0, rolCodes.length).map((y) => y.code)).toEqual(rolCodes);
        const u = c.uitkomst;
        expect(u.voldoet).toBe(u.rollen.voldoet && u.klachtencommissie.voldoet && u.schoolgids.voldoet);
      }),
    );
  });

  it('the stricter seed preset never passes what the law fails, and describes the schoolgids the same', () => {
    fc.assert(
      fc.property(regeling, (x) => {
        const wet = controle(x).uitkomst;
        const seed = controle(x, SEED_2018_BELEID).uitkomst;
        if (seed.voldoet) expect(wet.voldoet).toBe(true);
        if (seed.schoolgids.voldoet) expect(wet.schoolgids.voldoet).toBe(true);
        expect(seed.schoolgids.ontbreekt).toEqual(wet.schoolgids.ontbreekt);
        expect(seed.schoolgids.nietContactpersoon).toEqual(wet.schoolgids.nietContactpersoon);
      }),
    );
  });

  it('is monotone in the schoolgids: adding information or a real contactpersoon never turns a pass into a fail', () => {
    const veld = fc.constantFrom(
      'klachtenregeling',
      'vertrouwenspersoon',
      'adresKlachtencommissie',
      'contactpersoon',
    );
    fc.assert(
      fc.property(regeling, beleid, veld, (x, b, v) => {
        const echte = x.rollen.contactpersonen[0];
        const schoolgids =
          v === 'contactpersoon'
            ? {
                ...x.schoolgids,
                contactpersonen: echte
                  ? [...x.schoolgids.contactpersonen, echte]
                  : x.schoolgids.contactpersonen,
              }
            : { ...x.schoolgids, [v]: true };
        const voor = controle(x, b).uitkomst;
        const na = controle({ ...x, schoolgids }, b).uitkomst;
        if (voor.schoolgids.voldoet) expect(na.schoolgids.voldoet).toBe(true);
        if (voor.voldoet) expect(na.voldoet).toBe(true);
        expect(na.schoolgids.ontbreekt.length).toBeLessThanOrEqual(voor.schoolgids.ontbreekt.length);
      }),
    );
  });

  it('a schoolgids without information on the klachtenregeling fails under any policy (WPO art. 13 lid 1 onder f)', () => {
    const soepel = {
      id: 'eigen-school',
      naam: 'Eigen regeling',
      bron: { titel: 'Klachtenregeling van de school', zekerheid: 'secundair' },
      waarden: {
        'klachtenregeling.schoolgids.informatieKlachtenregeling': {
          waarde: false,
          bron: { titel: 'Klachtenregeling van de school', zekerheid: 'secundair' },
        },
      },
    };
    expect(controleerBeleid(soepel, '2026-12-03').bevindingen.map((y) => y.oordeel)).toEqual(['soepeler']);
    fc.assert(
      fc.property(regeling, fc.constantFrom(undefined, SEED_2018_BELEID, soepel), (x, b) => {
        const c = controle({ ...x, schoolgids: { ...x.schoolgids, klachtenregeling: false } }, b);
        expect(c.uitkomst.schoolgids.voldoet).toBe(false);
        expect(c.redenen.map((y) => y.code)).toContain('SCHOOLGIDS_ZONDER_KLACHTENREGELING');
      }),
    );
  });
});

describe('the vertrouwenspersoon for staff (seed preset, not the law)', () => {
  it('roles stored before the field existed give the same outcome, and no reason about it, without a policy', () => {
    fc.assert(
      fc.property(peildatum, rollen, fc.boolean(), (d, r, personeel) => {
        const { vertrouwenspersoonPersoneel: _weg, ...oud } = r;
        const a = controleerRollen({ peildatum: d, ...oud });
        const b = controleerRollen({ peildatum: d, ...oud, vertrouwenspersoonPersoneel: personeel });
        if (!a.ok || !b.ok) throw new Error('rollen');
        expect(b.waarde.uitkomst).toEqual(a.waarde.uitkomst);
        expect(a.waarde.redenen.map((y) => y.code).filter((c) => c.includes('PERSONEEL'))).toEqual([]);
      }),
    );
  });

  it('under the seed preset the roles pass only with a vertrouwenspersoon for staff', () => {
    fc.assert(
      fc.property(peildatum, rollen, (d, r) => {
        const s = controleerRollen({ peildatum: d, ...r }, { beleid: SEED_2018_BELEID });
        if (!s.ok) throw new Error('rollen');
        if (r.vertrouwenspersoonPersoneel !== true) expect(s.waarde.uitkomst.voldoet).toBe(false);
      }),
    );
  });

  it('controleerBeleid reports the seed value as stricter than the law, with both sources', () => {
    const b = controleerBeleid(SEED_2018_BELEID, '2026-12-03').bevindingen.find(
      (x) => x.regelId === 'klachtenregeling.vertrouwenspersoon.personeel',
    );
    expect(b?.oordeel).toBe('strenger');
    expect(b?.beleid.waarde).toBe(true);
    expect(b?.beleid.bron.titel).toBe('Veiligheidsplan 2018 (seed)');
    expect(b?.wet?.waarde).toBe(false);
    expect(b?.wet?.bron).toMatchObject({
      artikel: 'art. 3 lid 2',
      zekerheid: 'interpretatie',
      versie: '2026-07-01',
    });
  });
});

describe('controleerRegeling on bad input', () => {
  it('never throws, and never echoes a name or an unknown field', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, o) => {
        const r = controleerRegeling(x, o as never);
        if (!r.ok) for (const p of r.problemen) expect(typeof p.code).toBe('string');
      }),
    );
    fc.assert(
      fc.property(regeling, fc.constantFrom('Jan Jansen', 'jan@school.nl'), (x, naam) => {
        for (const invoer of [
          { ...x, naamContactpersoon: naam },
          { ...x, schoolgids: { ...x.schoolgids, contactpersonen: [naam] } },
          { ...x, rollen: { ...x.rollen, adres: naam } },
        ]) {
          const r = controleerRegeling(invoer, { taal: 'en' });
          expect(r.ok).toBe(false);
          expect(JSON.stringify(r)).not.toContain(naam);
        }
      }),
    );
  });

  it('refuses a peildatum before the rules (2018-08-01)', () => {
    const r = controleerRegeling({
      peildatum: '2018-07-31',
      rollen: { directie: [], contactpersonen: ['p-1'], externeVertrouwenspersoon: true },
      klachtencommissie: { landelijk: true, eigen: false, beroepBijLandelijke: false },
      schoolgids: {
        klachtenregeling: true,
        contactpersonen: ['p-1'],
        vertrouwenspersoon: true,
        adresKlachtencommissie: true,
      },
    });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['DATUM_BUITEN_BEREIK']);
  });
});
