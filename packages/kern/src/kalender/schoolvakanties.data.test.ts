import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { weekdag } from '../datum/datum.js';
import { SCHOOLVAKANTIES } from './schoolvakanties.data.js';
import { VAKANTIE_SOORTEN } from './schoolvakanties.js';

// The research data lives beside the repository in shared/ (CI clones with it); the package ships a typed copy.
const onderzoek = fileURLToPath(new URL('../../../../../shared/data/schoolvakanties.json', import.meta.url));

describe('shipped school vacations', () => {
  it.runIf(existsSync(onderzoek))(
    'equal the verified research data (regenerate with scripts/genereer-schoolvakanties.mjs)',
    () => {
      const data = JSON.parse(readFileSync(onderzoek, 'utf8'));
      for (const [schooljaar, perSoort] of Object.entries(SCHOOLVAKANTIES.schooljaren)) {
        for (const soort of VAKANTIE_SOORTEN) {
          for (const [regio, periode] of Object.entries(perSoort[soort])) {
            const bron = data.schoolYears[schooljaar][soort][regio];
            expect([periode.van, periode.tot, periode.status], `${schooljaar} ${soort} ${regio}`).toEqual([
              bron.start,
              bron.end,
              bron.status,
            ]);
          }
        }
      }
      expect(Object.keys(SCHOOLVAKANTIES.schooljaren)).toEqual(Object.keys(data.schoolYears));
    },
  );

  it('run from a Saturday to a Sunday, kerst covers 25 December and zomer lasts six weeks', () => {
    for (const [schooljaar, perSoort] of Object.entries(SCHOOLVAKANTIES.schooljaren)) {
      for (const soort of VAKANTIE_SOORTEN) {
        for (const periode of Object.values(perSoort[soort])) {
          expect([weekdag(periode.van), weekdag(periode.tot)], `${schooljaar} ${soort}`).toEqual([6, 7]);
        }
      }
      for (const p of Object.values(perSoort.kerstvakantie))
        expect(p.van <= `${schooljaar.slice(0, 4)}-12-25` && p.tot >= `${schooljaar.slice(0, 4)}-12-25`).toBe(
          true,
        );
      for (const p of Object.values(perSoort.zomervakantie)) {
        expect((Date.parse(p.tot) - Date.parse(p.van)) / 86_400_000 + 1).toBe(44);
      }
    }
  });
});
