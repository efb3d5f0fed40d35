import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isIsoDatum, weekdag } from '../datum/datum.js';
import { REGIOS } from '../regio/regio.js';
import { SCHOOLVAKANTIES, type VakantiePeriode, type VakantieSoort } from './schoolvakanties.js';
import { VAKANTIE_SOORTEN } from './schoolvakanties.js';

// The research data lives beside the repository in shared/ (CI clones with it); the package ships a copy as
// JSON (schoolvakanties.json), typed in schoolvakanties.ts.
const onderzoek = fileURLToPath(new URL('../../../../../shared/data/schoolvakanties.json', import.meta.url));
// The historic school years (2015-2016 to 2023-2024) are a separate sourced input inside the package.
const historisch = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('./onderzoek/schoolvakanties-historisch.json', import.meta.url)),
    'utf8',
  ),
);

/** Every shipped school year with its periods by kind, the partial first one (2015-2016, herfst noord only) included. */
const alleJaren: [string, Partial<Record<VakantieSoort, Record<string, VakantiePeriode>>>][] = [
  ...Object.entries(SCHOOLVAKANTIES.onvolledigeSchooljaren).map(
    ([sj, o]): [string, Partial<Record<VakantieSoort, Record<string, VakantiePeriode>>>] => [sj, o.vakanties],
  ),
  ...Object.entries(SCHOOLVAKANTIES.schooljaren),
];
/** Every shipped period with its school year, kind and region. */
const allePerioden = alleJaren.flatMap(([schooljaar, perSoort]) =>
  VAKANTIE_SOORTEN.flatMap((soort) =>
    Object.entries(perSoort[soort] ?? {}).map(([regio, p]) => ({ schooljaar, soort, regio, p })),
  ),
);

describe('shipped school vacations', () => {
  it.runIf(existsSync(onderzoek))(
    'equal the verified research data (regenerate with scripts/genereer-schoolvakanties.mjs)',
    () => {
      const data = JSON.parse(readFileSync(onderzoek, 'utf8'));
      const jaren = { ...historisch.schoolYears, ...data.schoolYears };
      for (const { schooljaar, soort, regio, p } of allePerioden) {
        const bron = jaren[schooljaar][soort][regio];
        expect(
          [p.van, p.tot, p.status, p.geverifieerd, p.bronnen],
          `${schooljaar} ${soort} ${regio}`,
        ).toEqual([bron.start, bron.end, bron.status, bron.verified, bron.sources]);
      }
      expect(alleJaren.map(([sj]) => sj)).toEqual(Object.keys(jaren).sort());
      // every kind of every region is there, except in a kind a partial year says is missing
      for (const [schooljaar, perSoort] of alleJaren) {
        const ontbreekt: string[] = historisch.partialSchoolYears?.[schooljaar]?.missing ?? [];
        for (const soort of VAKANTIE_SOORTEN.filter((s) => !ontbreekt.includes(s)))
          expect(Object.keys(perSoort[soort] ?? {}), `${schooljaar} ${soort}`).toEqual([...REGIOS]);
      }
    },
  );

  it('have the shape their type promises (JSON is not checked against it by the compiler)', () => {
    const perioden = [
      ...allePerioden.map(({ p }) => p),
      ...Object.values(SCHOOLVAKANTIES.meivakantieAdviesweek),
    ];
    // a kind holds every region, in order; in the partial first year a missing kind holds the regions it has
    for (const [schooljaar, perSoort] of alleJaren)
      for (const [soort, perRegio] of Object.entries(perSoort)) {
        const regios = Object.keys(perRegio);
        const volledig = !SCHOOLVAKANTIES.onvolledigeSchooljaren[
          schooljaar as keyof typeof SCHOOLVAKANTIES.onvolledigeSchooljaren
        ]?.ontbreekt.includes(soort as VakantieSoort);
        expect(regios, `${schooljaar} ${soort}`).toEqual(
          volledig ? [...REGIOS] : REGIOS.filter((r) => regios.includes(r)),
        );
      }
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
    const jaren = alleJaren.map(([sj]) => sj);
    jaren.forEach((sj, i) => {
      if (i > 0) expect(Number(jaren[i - 1]!.slice(5)), sj).toBe(Number(sj.slice(0, 4)));
    });
    expect(jaren[0]).toBe('2015-2016');
    expect(Object.keys(SCHOOLVAKANTIES.schooljaren)[0]).toBe('2016-2017');
  });

  // The official Regeling vaststelling schoolvakanties 2013-2016 (BWBR0032704, H17): art. 5 "19 december 2015 tot en met
  // 3 januari 2016" and "30 april tot en met 8 mei 2016", art. 6 zomer 2016 noord 16 juli-28 augustus, midden 9 juli-21
  // augustus, zuid 23 juli-4 september. The Regeling 2016-2019 (Stcrt. 2015, 35695, BWBR0037100;
  // https://zoek.officielebekendmakingen.nl/stcrt-2015-35695.html), text read in the BWB consolidation mirrored by
  // github.com/statengeneraal/laws-markdown (ministeriele-regeling/regeling/vaststelling/schoolvakanties/20162019/
  // BWBR0037100/README.md): art. 5 "Kerst 24 december 2016 tot en met 8 januari 2017", "Mei 22 april tot en met
  // 30 april 2017", "Kerst 23 december 2017 tot en met 7 januari 2018", "Mei 28 april tot en met 6 mei 2018",
  // "Kerst 22 december 2018 tot en met 6 januari 2019", "Mei 27 april tot en met 5 mei 2019", for all regions; art. 6
  // zomer per region, e.g. "Regio Midden 8 juli tot en met 20 augustus 2017".
  it('agree with the Regelingen 2013-2016 (H17) and 2016-2019 (H16) on every kerst, mei and zomer they fix', () => {
    // per school year the Regeling's source id; kerst and mei: one period for every region; zomer: noord, midden, zuid
    const regeling: Record<
      string,
      { bron: string } & Record<string, string | readonly [string, string, string]>
    > = {
      '2015-2016': {
        bron: 'H17',
        kerstvakantie: '2015-12-19/2016-01-03',
        meivakantie: '2016-04-30/2016-05-08',
        zomervakantie: ['2016-07-16/2016-08-28', '2016-07-09/2016-08-21', '2016-07-23/2016-09-04'],
      },
      '2016-2017': {
        bron: 'H16',
        kerstvakantie: '2016-12-24/2017-01-08',
        meivakantie: '2017-04-22/2017-04-30',
        zomervakantie: ['2017-07-22/2017-09-03', '2017-07-08/2017-08-20', '2017-07-15/2017-08-27'],
      },
      '2017-2018': {
        bron: 'H16',
        kerstvakantie: '2017-12-23/2018-01-07',
        meivakantie: '2018-04-28/2018-05-06',
        zomervakantie: ['2018-07-21/2018-09-02', '2018-07-14/2018-08-26', '2018-07-07/2018-08-19'],
      },
      '2018-2019': {
        bron: 'H16',
        kerstvakantie: '2018-12-22/2019-01-06',
        meivakantie: '2019-04-27/2019-05-05',
        zomervakantie: ['2019-07-13/2019-08-25', '2019-07-20/2019-09-01', '2019-07-06/2019-08-18'],
      },
    };
    const jaren = new Map(alleJaren);
    for (const [schooljaar, { bron, ...perSoort }] of Object.entries(regeling)) {
      for (const [soort, data] of Object.entries(perSoort)) {
        REGIOS.forEach((regio, i) => {
          const p = jaren.get(schooljaar)![soort as VakantieSoort]![regio]!;
          const verwacht = typeof data === 'string' ? data : data[i];
          expect(
            [`${p.van}/${p.tot}`, p.status, p.geverifieerd, p.bronnen.includes(bron)],
            `${schooljaar} ${soort} ${regio}`,
          ).toEqual([verwacht, 'verplicht', true, true]);
        });
      }
    }
    expect(SCHOOLVAKANTIES.bronnen.H17.titel).toMatch(/^Regeling vaststelling schoolvakanties 2013-2016/);
    expect(SCHOOLVAKANTIES.bronnen.H16.soort).toMatch(
      /^official Regeling vaststelling schoolvakanties 2016-2019/,
    );
  });

  it('call a date verified exactly when it has two or more sources (the rule of the research data)', () => {
    for (const { schooljaar, soort, regio, p } of allePerioden) {
      if (schooljaar >= '2024-2025') continue;
      expect(p.geverifieerd, `${schooljaar} ${soort} ${regio}`).toBe(p.bronnen.length >= 2);
    }
  });

  // 2015-2016: no source was found for the herfstvakantie 2015 of midden and zuid, so the year ships without theirs
  // (their calendars start at the kerstvakantie 2015); noord's, 17-25 October 2015, has one source (the Texel
  // rooster, H18: "Herfstvakantie Noord 17 oktober t/m 25 oktober 2015") and ships unverified. Its kerst, mei and
  // zomer are checked against the Regeling above.
  it("ship 2015-2016 with noord's herfstvakantie only and say why", () => {
    const jaar = SCHOOLVAKANTIES.onvolledigeSchooljaren['2015-2016'];
    expect(jaar.ontbreekt).toEqual(['herfstvakantie']);
    expect(jaar.reden).toContain('herfstvakantie 2015 van regio midden en zuid niet gevonden');
    expect(jaar.vakanties.herfstvakantie).toEqual({
      noord: {
        van: '2015-10-17',
        tot: '2015-10-25',
        status: 'advies',
        geverifieerd: false,
        bronnen: ['H18'],
      },
    });
    // voorjaar 2016 is advice: noord from two sources, midden and zuid from one (H6)
    expect(jaar.vakanties.voorjaarsvakantie?.midden).toMatchObject({ status: 'advies', geverifieerd: false });
  });

  it('run from a Saturday to a Sunday, kerst covers 25 December and zomer lasts six weeks', () => {
    for (const { schooljaar, soort, p } of allePerioden)
      expect([weekdag(p.van), weekdag(p.tot)], `${schooljaar} ${soort}`).toEqual([6, 7]);
    for (const [schooljaar, perSoort] of alleJaren) {
      for (const p of Object.values(perSoort.kerstvakantie ?? {}))
        expect(p.van <= `${schooljaar.slice(0, 4)}-12-25` && p.tot >= `${schooljaar.slice(0, 4)}-12-25`).toBe(
          true,
        );
      for (const p of Object.values(perSoort.zomervakantie ?? {})) {
        expect((Date.parse(p.tot) - Date.parse(p.van)) / 86_400_000 + 1).toBe(44);
      }
    }
  });
});
