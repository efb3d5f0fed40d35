import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isIsoDatum, weekdag } from '../datum/datum.js';
import { REGIOS } from '../regio/regio.js';
import { SCHOOLVAKANTIES } from './schoolvakanties.js';
import { VAKANTIE_SOORTEN } from './schoolvakanties.js';

// The research data lives beside the repository in shared/ (CI clones with it); the package ships a copy as
// JSON (schoolvakanties.json), typed in schoolvakanties.ts.
const onderzoek = fileURLToPath(new URL('../../../../../shared/data/schoolvakanties.json', import.meta.url));
// The historic school years (2016-2017 to 2023-2024) are a separate sourced input inside the package.
const historisch = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('./onderzoek/schoolvakanties-historisch.json', import.meta.url)),
    'utf8',
  ),
);

describe('shipped school vacations', () => {
  it.runIf(existsSync(onderzoek))(
    'equal the verified research data (regenerate with scripts/genereer-schoolvakanties.mjs)',
    () => {
      const data = JSON.parse(readFileSync(onderzoek, 'utf8'));
      const jaren = { ...historisch.schoolYears, ...data.schoolYears };
      for (const [schooljaar, perSoort] of Object.entries(SCHOOLVAKANTIES.schooljaren)) {
        for (const soort of VAKANTIE_SOORTEN) {
          for (const [regio, periode] of Object.entries(perSoort[soort])) {
            const bron = jaren[schooljaar][soort][regio];
            expect(
              [periode.van, periode.tot, periode.status, periode.geverifieerd, periode.bronnen],
              `${schooljaar} ${soort} ${regio}`,
            ).toEqual([bron.start, bron.end, bron.status, bron.verified, bron.sources]);
          }
        }
      }
      expect(Object.keys(SCHOOLVAKANTIES.schooljaren)).toEqual(Object.keys(jaren).sort());
    },
  );

  it('have the shape their type promises (JSON is not checked against it by the compiler)', () => {
    const perioden = [
      ...Object.values(SCHOOLVAKANTIES.schooljaren).flatMap((perSoort) =>
        VAKANTIE_SOORTEN.flatMap((soort) => REGIOS.map((regio) => perSoort[soort][regio])),
      ),
      ...Object.values(SCHOOLVAKANTIES.meivakantieAdviesweek),
    ];
    for (const p of perioden) {
      expect([isIsoDatum(p.van), isIsoDatum(p.tot), p.van <= p.tot]).toEqual([true, true, true]);
      expect(['verplicht', 'advies']).toContain(p.status);
      expect(typeof p.geverifieerd).toBe('boolean');
      expect(p.bronnen.length).toBeGreaterThan(0);
      for (const id of p.bronnen) expect(Object.keys(SCHOOLVAKANTIES.bronnen)).toContain(id);
    }
    for (const { url, soort } of Object.values(SCHOOLVAKANTIES.bronnen))
      expect([url, soort].map((t) => typeof t)).toEqual(['string', 'string']);
  });

  it('follow each other without a gap, so the calendar knows every vacation in its range', () => {
    const jaren = Object.keys(SCHOOLVAKANTIES.schooljaren);
    jaren.forEach((sj, i) => {
      if (i > 0) expect(Number(jaren[i - 1]!.slice(5)), sj).toBe(Number(sj.slice(0, 4)));
    });
    expect(jaren[0]).toBe('2016-2017');
  });

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
