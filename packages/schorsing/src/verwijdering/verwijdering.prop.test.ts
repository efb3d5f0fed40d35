import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beoordeelVerwijdering, type VerwijderingsVoorwaarden } from './verwijdering.js';

/** Any combination of the six preconditions, with or without weeks of searching. */
const voorwaardenArb: fc.Arbitrary<VerwijderingsVoorwaarden> = fc.record(
  {
    denominatie: fc.constantFrom('openbaar' as const, 'bijzonder' as const),
    gehoord: fc.record({ leerkracht: fc.boolean(), ouders: fc.boolean(), leerling: fc.boolean() }),
    onderzoeksdossier: fc.boolean(),
    voornemenBekendgemaakt: fc.boolean(),
    ontvangendeSchool: fc.boolean(),
    wekenGezocht: fc.integer({ min: 0, max: 52 }),
  },
  {
    requiredKeys: [
      'denominatie',
      'gehoord',
      'onderzoeksdossier',
      'voornemenBekendgemaakt',
      'ontvangendeSchool',
    ],
  },
);

describe('beoordeelVerwijdering: properties', () => {
  it('allows exactly when all six preconditions hold; every unmet one is named with a _NIET code and a source', () => {
    fc.assert(
      fc.property(voorwaardenArb, (v) => {
        const b = beoordeelVerwijdering(v);
        const voorwaarden = [
          ...Object.values(v.gehoord),
          v.onderzoeksdossier,
          v.voornemenBekendgemaakt,
          v.ontvangendeSchool,
        ];
        expect(voorwaarden).toHaveLength(6);
        expect(b.uitkomst).toBe(voorwaarden.every(Boolean));
        expect(b.redenen.filter((r) => r.code.endsWith('_NIET'))).toHaveLength(
          voorwaarden.filter((x) => !x).length,
        );
        for (const r of b.redenen) expect(r.bron).toBeDefined();
        if (v.ontvangendeSchool) expect(b.redenen.map((r) => r.code)).not.toContain('ACHT_WEKEN_GEEN_GROND');
      }),
    );
  });
});
