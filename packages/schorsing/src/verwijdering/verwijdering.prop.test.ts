import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { beoordeelVerwijdering, type VerwijderingsVoorwaarden } from './verwijdering.js';

/** Any combination of the preconditions, with or without weeks of searching. */
const voorwaardenArb: fc.Arbitrary<VerwijderingsVoorwaarden> = fc.record(
  {
    denominatie: fc.constantFrom('openbaar' as const, 'bijzonder' as const),
    gehoord: fc.record({ leerkracht: fc.boolean(), ouders: fc.boolean(), leerling: fc.boolean() }),
    onderzoeksdossier: fc.boolean(),
    voornemenBekendgemaakt: fc.boolean(),
    ontvangendeSchool: fc.boolean(),
    schriftelijkBevestigd: fc.boolean(),
    wekenGezocht: fc.integer({ min: 0, max: 52 }),
  },
  {
    requiredKeys: [
      'denominatie',
      'gehoord',
      'onderzoeksdossier',
      'voornemenBekendgemaakt',
      'ontvangendeSchool',
      'schriftelijkBevestigd',
    ],
  },
);

describe('beoordeelVerwijdering: properties', () => {
  it('without a policy: allowed exactly when the three statutory preconditions hold (WPO 40 lid 11, 63 lid 2); every unmet one is named with a _NIET code and a source', () => {
    fc.assert(
      fc.property(voorwaardenArb, (v) => {
        const b = beoordeelVerwijdering(v);
        const voorwaarden = [v.gehoord.leerkracht, v.gehoord.ouders, v.ontvangendeSchool];
        expect(b.uitkomst).toBe(voorwaarden.every(Boolean));
        expect(b.redenen.filter((r) => r.code.endsWith('_NIET'))).toHaveLength(
          voorwaarden.filter((x) => !x).length,
        );
        for (const r of b.redenen) expect(r.bron).toBeDefined();
        if (v.ontvangendeSchool) expect(b.redenen.map((r) => r.code)).not.toContain('ACHT_WEKEN_GEEN_GROND');
      }),
    );
  });

  it('under the seed policy: allowed exactly when all seven preconditions hold (seed E.2 Verwijdering), each unmet one named', () => {
    fc.assert(
      fc.property(voorwaardenArb, (v) => {
        const b = beoordeelVerwijdering({ ...v, beleid: SEED_2018_BELEID });
        const voorwaarden = [
          v.gehoord.leerkracht,
          v.gehoord.ouders,
          v.gehoord.leerling === true,
          v.onderzoeksdossier === true,
          v.voornemenBekendgemaakt === true,
          v.ontvangendeSchool,
          v.ontvangendeSchool && v.schriftelijkBevestigd === true,
        ];
        expect(b.uitkomst).toBe(voorwaarden.every(Boolean));
        expect(b.redenen.filter((r) => r.code.endsWith('_NIET'))).toHaveLength(
          voorwaarden.filter((x) => !x).length,
        );
        for (const r of b.redenen) expect(r.bron).toBeDefined();
      }),
    );
  });

  it('monotonic: a policy only adds conditions, so what the seed allows the statute allows, and meeting one more condition never blocks', () => {
    fc.assert(
      fc.property(
        voorwaardenArb,
        fc.constantFrom('leerling', 'onderzoeksdossier', 'voornemen', 'school', 'schriftelijk'),
        (v, extra) => {
          const zonder = beoordeelVerwijdering(v).uitkomst;
          const met = beoordeelVerwijdering({ ...v, beleid: SEED_2018_BELEID }).uitkomst;
          if (met) expect(zonder).toBe(true);
          const beter: VerwijderingsVoorwaarden = {
            ...v,
            ...(extra === 'leerling' ? { gehoord: { ...v.gehoord, leerling: true } } : {}),
            ...(extra === 'onderzoeksdossier' ? { onderzoeksdossier: true } : {}),
            ...(extra === 'voornemen' ? { voornemenBekendgemaakt: true } : {}),
            ...(extra === 'school' ? { ontvangendeSchool: true } : {}),
            ...(extra === 'schriftelijk' ? { schriftelijkBevestigd: true } : {}),
          };
          if (zonder) expect(beoordeelVerwijdering(beter).uitkomst).toBe(true);
          if (met) expect(beoordeelVerwijdering({ ...beter, beleid: SEED_2018_BELEID }).uitkomst).toBe(true);
        },
      ),
    );
  });
});
