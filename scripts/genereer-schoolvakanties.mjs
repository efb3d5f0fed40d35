// Generates packages/kern/src/kalender/schoolvakanties.json from the verified research data in
// ../shared/data/schoolvakanties.json (2024-2025 on) and the historic school years in
// packages/kern/src/kalender/onderzoek/schoolvakanties-historisch.json (2015-2016 to 2023-2024, each date with
// its sources; a first school year with unknown vacations goes to `onvolledigeSchooljaren`). Run it when either
// changes; the kern test `schoolvakanties.data.test.ts` fails while they disagree. A new school year, advice week
// or source id also needs its key in the types of packages/kern/src/kalender/schoolvakanties.ts (tsc says where).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bronPad = process.argv[2] ?? join(root, '..', 'shared', 'data', 'schoolvakanties.json');
const historischPad =
  process.argv[3] ?? join(root, 'packages/kern/src/kalender/onderzoek/schoolvakanties-historisch.json');
const data = JSON.parse(readFileSync(bronPad, 'utf8'));
const historisch = JSON.parse(readFileSync(historischPad, 'utf8'));

// One source index: the shared ids (S1...) and the historic ones (H1...) must not collide.
for (const id of Object.keys(historisch.sourceIndex)) {
  if (data.sourceIndex[id]) throw new Error(`bron-id ${id} staat in beide bestanden`);
}
const bronIndex = { ...data.sourceIndex, ...historisch.sourceIndex };
// Historic school years come first and must end before the shared ones begin: the calendar needs every year.
for (const schooljaar of Object.keys(historisch.schoolYears)) {
  if (data.schoolYears[schooljaar]) throw new Error(`${schooljaar} staat in beide bestanden`);
}
const alleJaren = { ...historisch.schoolYears, ...data.schoolYears };
const jaren = Object.keys(alleJaren).sort();
jaren.forEach((sj, i) => {
  const vorige = jaren[i - 1];
  if (vorige && Number(vorige.slice(5)) !== Number(sj.slice(0, 4)))
    throw new Error(`gat tussen ${vorige} en ${sj}`);
});

const SOORTEN = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'];
const REGIOS = ['noord', 'midden', 'zuid'];

// A partial school year (some vacations unknown) may only be the first, and in each region only its first
// vacations may be missing: the region's calendar starts after its gap. A missing kind may be known for some
// regions (herfst 2015 for noord only); those are shipped.
const onvolledig = historisch.partialSchoolYears ?? {};
for (const [schooljaar, { missing }] of Object.entries(onvolledig)) {
  if (schooljaar !== jaren[0])
    throw new Error(`${schooljaar}: alleen het eerste schooljaar mag onvolledig zijn`);
  if (missing.some((soort, i) => soort !== SOORTEN[i]))
    throw new Error(`${schooljaar}: alleen de eerste vakanties van het jaar mogen ontbreken`);
  for (const regio of REGIOS) {
    const bekend = missing.map((soort) => Boolean(alleJaren[schooljaar][soort]?.[regio]));
    if (bekend.some((b, i) => b && bekend[i + 1] === false))
      throw new Error(`${schooljaar} ${regio}: een bekende vakantie staat voor een ontbrekende`);
  }
  if (missing.every((soort) => REGIOS.every((regio) => alleJaren[schooljaar][soort]?.[regio])))
    throw new Error(`${schooljaar}: ${missing.join(', ')} is in elke regio bekend, dus niet onvolledig`);
}

/** A period as kern ships it, its sources checked against the index. */
function periode(schooljaar, soort, regio, v) {
  for (const id of v.sources)
    if (!bronIndex[id]) throw new Error(`${schooljaar} ${soort} ${regio}: bron ${id} onbekend`);
  return { van: v.start, tot: v.end, status: v.status, geverifieerd: v.verified, bronnen: v.sources };
}

/**
 * The periods of one school year by kind and region. A kind in `ontbreekt` holds only the regions it is known
 * for (none: it is left out); every other kind must be known in every region.
 */
function perioden(schooljaar, ontbreekt = []) {
  const perSoort = alleJaren[schooljaar];
  const uit = {};
  for (const soort of SOORTEN) {
    const perRegio = perSoort[soort] ?? {};
    const regios = REGIOS.filter((regio) => perRegio[regio]);
    if (!ontbreekt.includes(soort) && regios.length < REGIOS.length)
      throw new Error(`${schooljaar}: ${soort} ontbreekt`);
    if (regios.length === 0) continue;
    uit[soort] = Object.fromEntries(
      regios.map((regio) => [regio, periode(schooljaar, soort, regio, perRegio[regio])]),
    );
  }
  return uit;
}
const schooljaren = Object.fromEntries(jaren.filter((sj) => !onvolledig[sj]).map((sj) => [sj, perioden(sj)]));
const onvolledigeSchooljaren = Object.fromEntries(
  Object.entries(onvolledig).map(([sj, o]) => [
    sj,
    { ontbreekt: o.missing, reden: o.reason, vakanties: perioden(sj, o.missing) },
  ]),
);
const adviesweken = Object.fromEntries(
  Object.entries(data.meivakantieAdviesweek).map(([sj, v]) => [
    sj,
    { van: v.start, tot: v.end, status: v.status, geverifieerd: v.verified, bronnen: v.sources },
  ]),
);
// Only the sources a shipped date cites travel with kern (research on years not shipped stays in the input).
const geciteerd = new Set(
  [
    ...[
      ...Object.values(schooljaren),
      ...Object.values(onvolledigeSchooljaren).map((o) => o.vakanties),
    ].flatMap((perSoort) => Object.values(perSoort).flatMap(Object.values)),
    ...Object.values(adviesweken),
  ].flatMap((v) => v.bronnen),
);
const bronnen = Object.fromEntries(
  // `titel` names an official instrument (a Regeling): kern then cites it as statute text instead of a transcription.
  Object.entries(bronIndex)
    .filter(([id]) => geciteerd.has(id))
    .map(([id, b]) => [id, { url: b.url, soort: b.kind, ...(b.title ? { titel: b.title } : {}) }]),
);

// Plain JSON (no TypeScript around it): kern's schoolvakanties.ts imports it as a JSON module and types it.
const uitvoer = `${JSON.stringify(
  {
    opgehaald: data.retrieved,
    beschrijving: data.description,
    rechtsgrond: data.statusRules.legalBasis,
    schooljaren,
    onvolledigeSchooljaren,
    meivakantieAdviesweek: adviesweken,
    bronnen,
  },
  null,
  2,
)}\n`;
writeFileSync(join(root, 'packages/kern/src/kalender/schoolvakanties.json'), uitvoer);
console.log('schoolvakanties.json geschreven');
