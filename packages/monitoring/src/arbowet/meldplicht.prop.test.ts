import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { GEVOLGEN } from '../dossier/procedure.js';
import { arbowetMeldplicht, type Ongeval } from './meldplicht.js';

const GETROFFENEN = [
  'werknemer',
  'uitzendkracht',
  'stagiair',
  'vrijwilliger',
  'zzp',
  'leerling',
  'derde',
] as const;

describe('arbowetMeldplicht: monotone', () => {
  it('a worse consequence or more absence never removes a duty', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GETROFFENEN),
        fc.boolean(),
        fc.nat({ max: 5 }),
        fc.nat({ max: 5 }),
        fc.nat({ max: 30 }),
        fc.nat({ max: 30 }),
        (getroffene, werkachtig, a, b, v1, v2) => {
          const licht = arbowetMeldplicht({
            datum: '2026-11-02',
            getroffene,
            werkachtig,
            gevolg: GEVOLGEN[Math.min(a, b)] as Ongeval['gevolg'],
            verzuimWerkdagen: Math.min(v1, v2),
          }).uitkomst;
          const zwaar = arbowetMeldplicht({
            datum: '2026-11-02',
            getroffene,
            werkachtig,
            gevolg: GEVOLGEN[Math.max(a, b) + 1] as Ongeval['gevolg'],
            verzuimWerkdagen: Math.max(v1, v2),
          }).uitkomst;
          if (licht.meldplichtig) expect(zwaar.meldplichtig).toBe(true);
          if (licht.opLijst) expect(zwaar.opLijst).toBe(true);
        },
      ),
    );
  });
  it('a pupil outside work-like activities is never reportable, whatever happened', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GEVOLGEN), (gevolg) => {
        expect(
          arbowetMeldplicht({ datum: '2026-11-02', getroffene: 'leerling', gevolg }).uitkomst.meldplichtig,
        ).toBe(false);
      }),
    );
  });
  it('the seed policy never changes the answer of the law', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GETROFFENEN),
        fc.constantFrom(...GEVOLGEN),
        fc.nat({ max: 200 }),
        (getroffene, gevolg, uren) => {
          const o: Ongeval = { datum: '2026-11-02', getroffene, gevolg, opnameNaUren: uren };
          expect(arbowetMeldplicht(o, { beleid: SEED_2018_BELEID }).uitkomst).toEqual(
            arbowetMeldplicht(o).uitkomst,
          );
        },
      ),
    );
  });
});
