// Generates packages/kern/src/kalender/schoolvakanties.json from the verified research data in
// ../shared/data/schoolvakanties.json. Run it when that file changes; the kern test
// `schoolvakanties.data.test.ts` fails while the two disagree. A new school year, advice week or source id
// also needs its key in the types of packages/kern/src/kalender/schoolvakanties.ts (tsc says where).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bronPad = process.argv[2] ?? join(root, '..', 'shared', 'data', 'schoolvakanties.json');
const data = JSON.parse(readFileSync(bronPad, 'utf8'));

const SOORTEN = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'];
const REGIOS = ['noord', 'midden', 'zuid'];

const schooljaren = {};
for (const [schooljaar, perSoort] of Object.entries(data.schoolYears)) {
  schooljaren[schooljaar] = {};
  for (const soort of SOORTEN) {
    const perRegio = perSoort[soort];
    if (!perRegio) throw new Error(`${schooljaar}: ${soort} ontbreekt`);
    schooljaren[schooljaar][soort] = {};
    for (const regio of REGIOS) {
      const v = perRegio[regio];
      schooljaren[schooljaar][soort][regio] = {
        van: v.start,
        tot: v.end,
        status: v.status,
        geverifieerd: v.verified,
        bronnen: v.sources,
      };
    }
  }
}
const bronnen = Object.fromEntries(
  Object.entries(data.sourceIndex).map(([id, b]) => [id, { url: b.url, soort: b.kind }]),
);
const adviesweken = Object.fromEntries(
  Object.entries(data.meivakantieAdviesweek).map(([sj, v]) => [
    sj,
    { van: v.start, tot: v.end, status: v.status, geverifieerd: v.verified, bronnen: v.sources },
  ]),
);

// Plain JSON (no TypeScript around it): kern's schoolvakanties.ts imports it as a JSON module and types it.
const uitvoer = `${JSON.stringify(
  {
    opgehaald: data.retrieved,
    beschrijving: data.description,
    rechtsgrond: data.statusRules.legalBasis,
    schooljaren,
    meivakantieAdviesweek: adviesweken,
    bronnen,
  },
  null,
  2,
)}\n`;
writeFileSync(join(root, 'packages/kern/src/kalender/schoolvakanties.json'), uitvoer);
console.log('schoolvakanties.json geschreven');
