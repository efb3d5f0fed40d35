import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beoordeelVerwijdering } from './verwijdering.js';

describe('beoordeelVerwijdering: properties', () => {
  it('allows exactly when all six preconditions hold; every unmet one is named with a _NIET code and a source', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('openbaar' as const, 'bijzonder' as const),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 52 }), { nil: undefined }),
        (
          denominatie,
          leerkracht,
          ouders,
          leerling,
          onderzoeksdossier,
          voornemenBekendgemaakt,
          ontvangendeSchool,
          weken,
        ) => {
          const b = beoordeelVerwijdering({
            denominatie,
            gehoord: { leerkracht, ouders, leerling },
            onderzoeksdossier,
            voornemenBekendgemaakt,
            ontvangendeSchool,
            ...(weken === undefined ? {} : { wekenGezocht: weken }),
          });
          const voorwaarden = [
            leerkracht,
            ouders,
            leerling,
            onderzoeksdossier,
            voornemenBekendgemaakt,
            ontvangendeSchool,
          ];
          expect(b.uitkomst).toBe(voorwaarden.every(Boolean));
          expect(b.redenen.filter((r) => r.code.endsWith('_NIET'))).toHaveLength(
            voorwaarden.filter((v) => !v).length,
          );
          for (const r of b.redenen) expect(r.bron).toBeDefined();
          if (ontvangendeSchool) expect(b.redenen.map((r) => r.code)).not.toContain('ACHT_WEKEN_GEEN_GROND');
        },
      ),
    );
  });
});
