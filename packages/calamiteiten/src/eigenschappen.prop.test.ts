// Properties of the issue: no template renders with an unfilled field; the crisis team never exceeds its maximum;
// the aftercare terms (the stricter contact term is the one that ends first; 72 hours ends later only across the
// spring clock change); the medical decision is monotone and an
// emergency is always an exception; the seed policy is never more permissive than the law.
import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BRIEF_SJABLOON_IDS,
  briefSjabloon,
  CALAMITEITEN_ROLLEN,
  type CalamiteitenRol,
  magMedischeHandelingUitvoeren,
  nazorgPlan,
  SEED_2018_BELEID,
  valideerCrisisteam,
  vulBriefIn,
} from './index.js';
import { epochMs, type IsoDatum } from '@schoolveiligheid/kern';

const waarde = fc.string({ minLength: 0, maxLength: 12 });

describe('letters (seed Bijlagen 22-29)', () => {
  it('never render with an unfilled field, and refuse every missing one by name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BRIEF_SJABLOON_IDS),
        fc.dictionary(fc.string({ maxLength: 20 }), waarde),
        (id, extra) => {
          const { velden } = briefSjabloon(id);
          const invul = Object.fromEntries(velden.map((v) => [v, extra[v] ?? 'x']));
          const r = vulBriefIn(id, invul);
          if (r.ok) {
            expect(r.waarde.tekst).not.toMatch(/\{\{/);
            expect(r.waarde.html).not.toMatch(/\{\{/);
          } else {
            const leeg = velden.filter((v) => (invul[v] as string).trim() === '');
            expect(r.problemen.map((p) => p.pad[1])).toEqual(leeg);
          }
        },
      ),
    );
  });
  it('escape values in HTML', () => {
    const r = vulBriefIn('advertentie-leerling', {
      naamLeerling: '<b>',
      naamSchool: 'a&b',
      plaatsSchool: 'x',
    });
    expect(r.ok && r.waarde.html.includes('&lt;b&gt;') && !r.waarde.html.includes('<b>')).toBe(true);
  });
});

describe('crisis team (seed Taken en functies: maximaal 6 mensen)', () => {
  const rollen = Object.keys(CALAMITEITEN_ROLLEN) as CalamiteitenRol[];
  it('a valid team never exceeds its maximum; a seventh member is always refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('kind-of-ouders', 'personeelslid'),
        fc.array(fc.constantFrom(...rollen), { maxLength: 12 }),
        (soort, leden) => {
          const r = valideerCrisisteam({ soort, leden, peildatum: '2026-12-02' });
          if (r.ok) expect(r.waarde.leden.length).toBeLessThanOrEqual(r.waarde.maximum);
          if (leden.length > 6) expect(r.ok).toBe(false);
        },
      ),
    );
  });
});

describe('aftercare (seed Bijlagen 18 en 19)', () => {
  it('the stricter contact term ends first; 72 hours ends later only across the spring clock change', () => {
    fc.assert(
      fc.property(isoDatum(), fc.integer({ min: 0, max: 23 }), (dag, uur) => {
        const plan = nazorgPlan({
          incidentOp: `${dag}T${String(uur).padStart(2, '0')}:30:00+01:00`,
          slachtoffer: 'leerling',
        });
        const vervalt = (c: string) =>
          epochMs(plan.uitkomst.termijnen.find((t) => t.code === c)?.termijn.vervaltOp as never);
        const [u, d] = [vervalt('NAZORG_CONTACT_72_UUR'), vervalt('NAZORG_CONTACT_3_DAGEN')];
        const anderen = ['NAZORG_CONTACT_72_UUR', 'NAZORG_CONTACT_3_DAGEN'].filter(
          (c) => c !== plan.uitkomst.strengsteContact,
        );
        expect(vervalt(plan.uitkomst.strengsteContact)).toBeLessThanOrEqual(vervalt(anderen[0] as string));
        // 72 hours can pass midnight of the third day by at most the hour the spring change takes away.
        expect(u - d).toBeLessThanOrEqual(60 * 60 * 1000);
      }),
    );
  });
});

describe('magMedischeHandelingUitvoeren (Wet BIG; seed Bijlagen 11 en 12)', () => {
  const handeling = fc.record({
    soort: fc.constantFrom('geen-big', 'big', 'levensreddend' as const),
    noodsituatie: fc.boolean(),
    datum: fc.constant('2026-12-02' as IsoDatum),
  });
  const persoon = fc.record({
    soort: fc.constantFrom('personeelslid', 'ouder', 'big-bevoegd' as const),
    instemming: fc.boolean(),
    opdrachtVanArts: fc.boolean(),
    bekwaamTot: fc.constantFrom('2026-01-01', '2027-01-01') as fc.Arbitrary<IsoDatum>,
    individueleAfspraak: fc.boolean(),
  });
  it('an emergency always allows; the seed policy never allows what the law refuses; more competence never refuses', () => {
    fc.assert(
      fc.property(handeling, persoon, (h, p) => {
        const wet = magMedischeHandelingUitvoeren(h, p).uitkomst;
        const seed = magMedischeHandelingUitvoeren(h, p, SEED_2018_BELEID).uitkomst;
        if (h.noodsituatie) expect(seed).toBe(true);
        if (seed) expect(wet).toBe(true);
        const beter = magMedischeHandelingUitvoeren(h, {
          ...p,
          opdrachtVanArts: true,
          bekwaamTot: '2027-01-01' as IsoDatum,
        }).uitkomst;
        if (wet) expect(beter).toBe(true);
      }),
    );
  });
});
