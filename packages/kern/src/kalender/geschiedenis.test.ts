import { describe, expect, it } from 'vitest';
import type { IsoDatum } from '../datum/datum.js';
import { feestdagen } from '../feestdagen/feestdagen.js';
import { GELIJKSTELLINGSBESLUITEN } from '../feestdagen/gelijkgesteld.js';
import { berekenTermijn } from '../termijn/termijn.js';
import { STANDAARD_FEESTDAGEN_VRIJ, schoolkalender } from './schoolkalender.js';
import { SCHOOLVAKANTIES, SCHOOLVAKANTIES_HISTORISCH_BRON } from './schoolvakanties.js';
import { werkkalender } from './werkkalender.js';

const gelijkgesteld = (jaar: number) =>
  feestdagen(jaar)
    .dagen.filter((d) => d.soort === 'gelijkgesteld')
    .map((d) => d.datum);

describe('history: KB gelijkgestelde dagen', () => {
  // Besluit van 24 oktober 2016 (BWBR0038666) art. 1, text read on wetten.overheid.nl
  it('has the seven days of the KB for 2017-2019, from its text', () => {
    expect([...gelijkgesteld(2017), ...gelijkgesteld(2018), ...gelijkgesteld(2019)]).toEqual([
      '2017-04-28',
      '2017-05-26',
      '2018-05-11',
      '2018-12-24',
      '2018-12-31',
      '2019-05-31',
      '2019-12-27',
    ]);
    expect([2017, 2018, 2019].map((j) => feestdagen(j).gelijkgesteldeDagenBekend)).toEqual([
      true,
      true,
      true,
    ]);
    expect(werkkalender().isWerkdag('2019-12-27')).toBe(false);
  });

  // Terms around Christmas 2019 (Atw art. 1; the KB above equates Friday 27 December 2019). Three days from Wednesday
  // 18 December end on Saturday 21 December and move to Monday 23 December; three days from Monday 23 December end on
  // Tweede Kerstdag and move past the KB Friday and the weekend to Monday 30 December (without the KB: Friday 27).
  it('moves 3-day terms around Christmas 2019 past the weekend, the feestdagen and the KB day', () => {
    const drie = (gebeurtenis: IsoDatum) =>
      berekenTermijn({ gebeurtenis, duur: { aantal: 3, eenheid: 'kalenderdagen' }, grondslag: 'nl-wet' });
    const van18 = drie('2019-12-18');
    expect([van18.nominaleLaatsteDag, van18.laatsteDag, van18.waarschuwingen]).toEqual([
      '2019-12-21',
      '2019-12-23',
      [],
    ]);
    const van23 = drie('2019-12-23');
    expect([van23.nominaleLaatsteDag, van23.laatsteDag]).toEqual(['2019-12-26', '2019-12-30']);
    const kbDag = van23.spoor.find((s) => s.code === 'ATW_ART_1' && s.datum === '2019-12-27');
    expect(kbDag?.tekst).toContain('Vrijdag na Tweede Kerstdag');
    // five working days from 18 December: 19, 20, 23, 24 and, past Christmas, the KB day and the weekend, 30 December
    const werkdagen = berekenTermijn({
      gebeurtenis: '2019-12-18',
      duur: { aantal: 5, eenheid: 'werkdagen' },
      grondslag: 'nl-wet',
    });
    expect(werkdagen.laatsteDag).toBe('2019-12-30');
    expect(werkdagen.spoor.find((s) => s.datum === '2019-12-27')).toMatchObject({
      code: 'OVERGESLAGEN',
      bron: { bwb: 'BWBR0038666', zekerheid: 'wettekst' },
    });
  });

  // The texts of art. 1 of the three KBs before 2017, read in the BWB consolidations mirrored by
  // github.com/statengeneraal/laws-markdown (KB/besluit/gelijkstelling/...):
  // - BWBR0022669 (Besluit van 27 september 2007, nr. 07.003139): "worden gelijkgesteld 24 december 2007, 2 mei 2008,
  //   2 januari, 1 mei, 4 mei en 22 mei 2009 en 14 mei 2010";
  // - BWBR0027755 (Besluit van 7 juni 2010, nr. 10.001566): "worden gelijkgesteld 6 mei en 3 juni 2011, 18 mei,
  //   24 december en 31 december 2012 en 29 april, 10 mei en 27 december 2013";
  // - BWBR0033679 (Besluit van 17 juni 2013, nr. 13.001210): "worden gelijkgesteld 30 mei 2014, 2 januari, 4 en
  //   15 mei 2015 en 6 mei 2016".
  it('has the days of the KBs for 2008-2010, 2011-2013 and 2014-2016, from their texts', () => {
    const jaren = (van: number, tot: number) =>
      Array.from({ length: tot - van + 1 }, (_, i) => van + i).flatMap((j) => gelijkgesteld(j));
    expect(jaren(2008, 2010)).toEqual([
      '2008-05-02',
      '2009-01-02',
      '2009-05-01',
      '2009-05-04',
      '2009-05-22',
      '2010-05-14',
    ]);
    expect(jaren(2011, 2013)).toEqual([
      '2011-05-06',
      '2011-06-03',
      '2012-05-18',
      '2012-12-24',
      '2012-12-31',
      '2013-04-29',
      '2013-05-10',
      '2013-12-27',
    ]);
    expect(jaren(2014, 2016)).toEqual(['2014-05-30', '2015-01-02', '2015-05-04', '2015-05-15', '2016-05-06']);
    for (const jaar of [2008, 2010, 2013, 2016]) {
      expect([jaar, feestdagen(jaar).gelijkgesteldeDagenBekend]).toEqual([jaar, true]);
    }
    expect(feestdagen(2013).dagen.find((d) => d.datum === '2013-04-29')?.bron).toMatchObject({
      bwb: 'BWBR0027755',
      zekerheid: 'wettekst',
    });
  });

  // legal-support-office.nl/de-civiele-rol/feestdagen: "Bij Besluit van 20 september 2019 zijn vrijdag 22 mei 2020,
  // vrijdag 14 mei 2021 en vrijdag 27 mei 2022 (telkens de vrijdag na Hemelvaartsdag) eveneens gelijkgesteld";
  // 2021 also in the deurwaarders' lists (boitenluhrs.nl, gdw-km.nl), 2022 also on wvhl.nl.
  it('has the three Fridays after Ascension of the KB for 2020-2022, from secondary sources', () => {
    expect([...gelijkgesteld(2020), ...gelijkgesteld(2021), ...gelijkgesteld(2022)]).toEqual([
      '2020-05-22',
      '2021-05-14',
      '2022-05-27',
    ]);
    expect(feestdagen(2021).dagen.find((d) => d.datum === '2021-05-14')?.bron.zekerheid).toBe('secundair');
    expect([2020, 2021, 2022].map((j) => feestdagen(j).gelijkgesteldeDagenBekend)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('keeps the years without a shipped KB flagged (1990-2007, 2029 on)', () => {
    for (const jaar of [1990, 2005, 2007, 2029]) {
      const j = feestdagen(jaar);
      expect([jaar, j.gelijkgesteldeDagenBekend, typeof j.waarschuwing]).toEqual([jaar, false, 'string']);
    }
    expect(gelijkgesteld(2007)).toEqual([]);
  });

  it('gives every besluit a source with a certainty, wettekst only where the text was read', () => {
    const zekerheden = GELIJKSTELLINGSBESLUITEN.map((b) => [b.jaren[0], b.bron.zekerheid]);
    expect(zekerheden).toEqual([
      [2008, 'wettekst'],
      [2011, 'wettekst'],
      [2014, 'wettekst'],
      [2017, 'wettekst'],
      [2020, 'secundair'],
      [2023, 'secundair'],
      [2026, 'secundair'],
    ]);
  });

  it('warns on a term touching a flagged year, not on one inside 2019', () => {
    const t2007 = berekenTermijn({
      gebeurtenis: '2007-05-15',
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
    });
    expect(t2007.waarschuwingen.length).toBe(1);
    const t2019 = berekenTermijn({
      gebeurtenis: '2019-05-28',
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
    });
    // 31 May 2019 is the KB day after Ascension: Friday to Monday 3 June
    expect([t2019.laatsteDag, t2019.waarschuwingen]).toEqual(['2019-06-03', []]);
  });

  // Worked terms (Atw art. 1 and 2) across the newly shipped KB days; three calendar days counted from the day after
  // the event, as in the 2019 case above.
  it.each<[IsoDatum, IsoDatum]>([
    // 12, 13 (Hemelvaartsdag), 14 May 2010 (KB 2007-2010): ends on the KB Friday, moves to Monday 17 May
    ['2010-05-11', '2010-05-17'],
    // 27, 28 April, 29 April 2013 (KB 2011-2013, Monday before Koninginnedag): 29 and 30 April are closed, 1 May is the
    // only open day, so Atw art. 2 extends the term to Thursday 2 May
    ['2013-04-26', '2013-05-02'],
    // 2, 3, 4 May 2015 (KB 2014-2016, Monday before 5 mei): 4 and 5 May closed, art. 2 extends to Thursday 7 May
    ['2015-05-01', '2015-05-07'],
    // 25, 26 (Hemelvaartsdag), 27 May 2022 (KB 2020-2022, secondary): ends on the KB Friday, moves to Monday 30 May
    ['2022-05-24', '2022-05-30'],
  ])('a 3-day term from %s ends on %s, without a warning', (gebeurtenis, laatsteDag) => {
    const t = berekenTermijn({
      gebeurtenis,
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
    });
    expect([t.laatsteDag, t.waarschuwingen]).toEqual([laatsteDag, []]);
  });
});

describe('history: Koninginnedag before 2014 (KB 24 april 1980, nr. 11; BWBR0032908 from 2014)', () => {
  const koning = (jaar: number) =>
    feestdagen(jaar)
      .dagen.filter((d) => d.naam === 'Koninginnedag' || d.naam === 'Koningsdag')
      .map((d) => `${d.naam} ${d.datum}`);
  it('is 30 April, Saturday 29 April when the 30th is a Sunday, and Koningsdag from 2014', () => {
    expect(koning(2013)).toEqual(['Koninginnedag 2013-04-30']);
    expect(koning(2006)).toEqual(['Koninginnedag 2006-04-29']);
    expect(koning(2010)).toEqual(['Koninginnedag 2010-04-30']);
    expect(koning(2014)).toEqual(['Koningsdag 2014-04-26']);
    expect(werkkalender().isWerkdag('2013-04-30')).toBe(false);
    expect([werkkalender().isWerkdag('2012-04-27'), werkkalender().isWerkdag('2012-04-30')]).toEqual([
      true,
      false,
    ]);
  });
});

describe('history: school vacations 2015-2016 to 2023-2024', () => {
  // kerstvakantie 24 December 2016 to 8 January 2017 in every region (H1, H9, H10, and the Regeling vaststelling
  // schoolvakanties 2016-2019 art. 5, H16): school on Friday 23 December and 9-13 January, so six school days in
  // (22 December, 13 January]. The trace cites the Regeling; the voorjaarsvakantie 2017 (advice, in no Regeling) the
  // transcriptions.
  it.each(['noord', 'midden', 'zuid'] as const)(
    'counts school days across kerst 2016-2017 in %s',
    (regio) => {
      const k = schoolkalender({ regio });
      expect(k.telSchooldagen('2016-12-22', '2017-01-13')).toBe(6);
      expect(k.sluiting('2016-12-28')?.bron).toMatchObject({
        titel: 'Regeling vaststelling schoolvakanties 2016-2019 (Stcrt. 2015, 35695; BWBR0037100)',
        zekerheid: 'wettekst',
      });
      const voorjaar = regio === 'noord' ? '2017-02-22' : '2017-03-01';
      expect(k.sluiting(voorjaar)?.bron?.titel).toBe(SCHOOLVAKANTIES_HISTORISCH_BRON.titel);
    },
  );

  it('marks advisory dates and dates from one source', () => {
    // voorjaarsvakantie 2017 noord (18-26 February): one source (claessensd.nl, H1), advisory
    const bron = schoolkalender({ regio: 'noord' }).sluiting('2017-02-20')?.bron;
    expect(bron?.zekerheid).toBe('onbevestigd');
    expect(bron?.toelichting).toContain('Adviesdatum');
    expect(bron?.toelichting).toContain('Slechts één bron');
    // 2024-2025 keeps the verified source of the shared research data
    expect(schoolkalender({ regio: 'noord' }).sluiting('2024-12-23')?.bron?.zekerheid).toBe('secundair');
  });

  // Regeling vaststelling schoolvakanties 2016-2019 art. 5 (https://zoek.officielebekendmakingen.nl/stcrt-2015-35695.html,
  // BWBR0037100; text read in github.com/statengeneraal/laws-markdown): "Mei 22 april tot en met 30 april 2017" for all
  // regions. With claessensd.nl (H1) that is two sources: no longer 'onbevestigd', and verplicht, not advice. School on
  // Friday 21 April and 1-3 May (Koningsdag, 27 April, falls in the vacation): four school days in (20 April, 3 May].
  it.each(['noord', 'midden', 'zuid'] as const)(
    'counts school days across the meivakantie 2017 in %s, citing the Regeling (H16) as statute text',
    (regio) => {
      const k = schoolkalender({ regio });
      expect(k.telSchooldagen('2017-04-20', '2017-05-03')).toBe(4);
      const bron = k.sluiting('2017-04-25')?.bron;
      expect(bron?.zekerheid).toBe('wettekst');
      expect(bron?.titel).toBe(
        'Regeling vaststelling schoolvakanties 2016-2019 (Stcrt. 2015, 35695; BWBR0037100)',
      );
      expect(bron?.toelichting).toContain('H16');
      expect(bron?.toelichting).not.toContain('Adviesdatum');
    },
  );

  // Same Regeling, art. 6: "Regio Midden 8 juli tot en met 20 augustus 2017" (before: H1 only). Friday 7 July is the last
  // school day, Monday 21 August the first: school days in (6 July, 22 August] are 7 July, 21 and 22 August.
  it('counts school days across the zomervakantie 2017 in midden, citing the Regeling (H16) as statute text', () => {
    const k = schoolkalender({ regio: 'midden' });
    expect(k.telSchooldagen('2017-07-06', '2017-08-22')).toBe(3);
    expect(k.sluiting('2017-07-10')?.bron?.zekerheid).toBe('wettekst');
    // the zomervakantie 2019 is in the Regeling too; 2020 is not (transcriptions only)
    expect(k.sluiting('2019-07-22')?.bron?.zekerheid).toBe('wettekst');
    expect(k.sluiting('2020-07-20')?.bron?.zekerheid).toBe('secundair');
  });

  // herfstvakantie 2019 (noord and midden 19-27 October, zuid 12-20 October): mijnbandenbaan.nl (H7) and
  // http://www.vakantiespreiding.eu/schoolvakanties-2019-2020/ (H20) agree, so verified, but still advice.
  it('marks the herfstvakantie 2019 verified by two sources and still advisory', () => {
    const bron = schoolkalender({ regio: 'noord' }).sluiting('2019-10-21')?.bron;
    expect(bron?.zekerheid).toBe('secundair');
    expect(bron?.toelichting).toContain('Adviesdatum');
    expect(schoolkalender({ regio: 'zuid' }).isSchooldag('2019-10-21')).toBe(true);
  });

  // 2015-2016 ships without the herfstvakantie of midden and zuid: kerst 2015 (19 December-3 January, Regeling
  // vaststelling schoolvakanties 2013-2016 art. 5, https://wetten.overheid.nl/BWBR0032704, H17) in every region:
  // school on Monday 4 to Wednesday 6 January 2016, so three school days in (19 December, 6 January]; the trace cites
  // the Regeling. In midden and zuid the day before the kerstvakantie is refused: no source gives their herfstvakantie
  // 2015. Noord's (17-25 October 2015, one source: the Texel rooster, H18) is shipped flagged, so noord counts from
  // 17 October: Monday 26 October to Friday 18 December 2015 are eight school weeks without a feestdag, 40 school days.
  it.each(['noord', 'midden', 'zuid'] as const)(
    'counts school days across the kerstvakantie 2015-2016 in %s',
    (regio) => {
      const k = schoolkalender({ regio });
      expect(k.telSchooldagen('2015-12-19', '2016-01-06')).toBe(3);
      expect(k.sluiting('2015-12-23')?.bron).toMatchObject({
        titel: 'Regeling vaststelling schoolvakanties 2013-2016 (Stcrt. 2012, 27185; BWBR0032704)',
        zekerheid: 'wettekst',
      });
    },
  );
  it.each(['midden', 'zuid'] as const)('refuses the autumn of 2015 in %s', (regio) => {
    expect(() => schoolkalender({ regio }).telSchooldagen('2015-12-17', '2016-01-06')).toThrow(
      expect.objectContaining({ code: 'KALENDER_BUITEN_BEREIK' }),
    );
  });
  it('counts noord from its herfstvakantie 2015, flagged as from one source', () => {
    const noord = schoolkalender({ regio: 'noord' });
    expect(noord.bereik.van).toBe('2015-10-17');
    expect(noord.sluiting('2015-10-19')?.bron).toMatchObject({ zekerheid: 'onbevestigd' });
    expect(noord.telSchooldagen('2015-10-25', '2015-12-18')).toBe(40);
    expect(() => noord.isSchooldag('2015-10-16')).toThrow(
      expect.objectContaining({ code: 'KALENDER_BUITEN_BEREIK' }),
    );
  });

  // A school that knows its own herfstvakantie 2015 completes 2015-2016 for itself (here the dates of the Texel
  // rooster for noord, 17-25 October 2015, durperhonk.nl, given by a midden school as its own): its calendar starts
  // on the first day of that vacation. Monday 26 October to Friday 18 December 2015 are eight school weeks without a
  // feestdag (the KB of 2014-2016 equates only 2 January, 4 and 15 May 2015): 40 school days.
  it("starts a school's calendar at its own herfstvakantie 2015", () => {
    const eigen = { soort: 'herfstvakantie', van: '2015-10-17', tot: '2015-10-25' } as const;
    const k = schoolkalender({ regio: 'midden', vakanties: [eigen] });
    expect(k.bereik.van).toBe('2015-10-17');
    expect(k.sluiting('2015-10-19')).toMatchObject({
      soort: 'vakantie',
      naam: 'herfstvakantie (eigen data school)',
    });
    expect(k.voegSchooldagenToe('2015-10-23', 1)).toBe('2015-10-26');
    expect(k.telSchooldagen('2015-10-25', '2015-12-18')).toBe(40);
    expect(() => k.isSchooldag('2015-10-16')).toThrow(/de bekende schooljaren 2015-2016 t\/m/);
    // without its own dates the calendar starts at the kerstvakantie and names what it lacks
    expect(() => schoolkalender({ regio: 'midden' }).isSchooldag('2015-10-26')).toThrow(
      /2015-2016 \(zonder herfstvakantie\)/,
    );
  });

  // The zomervakantie 2015 ran until 30 August 2015 in zuid (Regeling 2013-2016 art. 6) and a school may add two days
  // after it (art. 7 lid 1): an own vacation for 2015-2016 that starts before 2 September 2015 would let days of that
  // summer count as school days, so it is refused. One starting on 2 September is accepted.
  it('refuses an own herfstvakantie 2015 that starts inside the zomervakantie 2015', () => {
    const met = (van: IsoDatum, tot: IsoDatum) =>
      schoolkalender({ regio: 'zuid', vakanties: [{ soort: 'herfstvakantie', van, tot }] });
    expect(() => met('2015-09-01', '2015-09-06')).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
    // the refusal cites the Regeling as the shipped data names it (H17)
    expect(() => met('2015-09-01', '2015-09-06')).toThrow(
      `${SCHOOLVAKANTIES.bronnen.H17.titel} art. 6 en art. 7 lid 1`,
    );
    expect(met('2015-09-02', '2015-09-06').bereik.van).toBe('2015-09-02');
  });

  // voorjaarsvakantie 2016, advice: noord 27 February-6 March (kalendervip.nl H6, durperhonk.nl H18), midden and zuid
  // 20-28 February (H6 only, so 'onbevestigd'). In (19 February, 26 February] noord has five school days, the others none.
  it('counts the voorjaarsvakantie 2016 per region, single-source dates flagged', () => {
    expect(schoolkalender({ regio: 'noord' }).telSchooldagen('2016-02-19', '2016-02-26')).toBe(5);
    for (const regio of ['midden', 'zuid'] as const) {
      const k = schoolkalender({ regio });
      expect(k.telSchooldagen('2016-02-19', '2016-02-26')).toBe(0);
      expect(k.sluiting('2016-02-22')?.bron?.zekerheid).toBe('onbevestigd');
    }
  });

  // zomervakantie 2016 (Regeling 2013-2016 art. 6): midden 9 July-21 August, zuid 23 July-4 September. Three school days
  // after Thursday 7 July 2016: midden Friday 8 July, Monday 22 and Tuesday 23 August; zuid 8, 11 and 12 July.
  it('ends a 3-school-day term after 7 July 2016 per region across the zomervakantie 2016', () => {
    expect(schoolkalender({ regio: 'midden' }).voegSchooldagenToe('2016-07-07', 3)).toBe('2016-08-23');
    expect(schoolkalender({ regio: 'zuid' }).voegSchooldagenToe('2016-07-07', 3)).toBe('2016-07-12');
  });
});

describe("every school's own closing days", () => {
  it('defaults to the Rijksoverheid guidance', () => {
    const k = schoolkalender({ regio: 'zuid' });
    expect([k.isSchooldag('2027-05-05'), k.isSchooldag('2027-03-26'), k.isSchooldag('2027-05-07')]).toEqual([
      false,
      true,
      true,
    ]);
    expect(STANDAARD_FEESTDAGEN_VRIJ.koningsdag).toBe(true);
  });

  it('lets a school open or close on each feestdag, with its own source in the trace', () => {
    const k = schoolkalender({
      regio: 'zuid',
      feestdagenVrij: {
        bevrijdingsdag: false,
        'goede-vrijdag': true,
        'gelijkgestelde-dagen': true,
        koningsdag: false,
      },
    });
    expect([
      k.isSchooldag('2027-05-05'),
      k.isSchooldag('2027-03-26'),
      k.isSchooldag('2027-05-07'),
      k.isSchooldag('2028-04-27'),
    ]).toEqual([true, false, false, true]);
    expect(k.sluiting('2027-03-26')?.bron?.titel).toContain('Jaarplanning van de school');
  });

  it('keeps goedeVrijdagVrij as the same setting and refuses conflicting or unknown settings', () => {
    const oud = schoolkalender({ regio: 'noord', goedeVrijdagVrij: true });
    const nieuw = schoolkalender({ regio: 'noord', feestdagenVrij: { 'goede-vrijdag': true } });
    expect([oud.isSchooldag('2027-03-26'), nieuw.isSchooldag('2027-03-26')]).toEqual([false, false]);
    expect(oud.voegSchooldagenToe('2027-03-22', 10)).toBe(nieuw.voegSchooldagenToe('2027-03-22', 10));
    const fout = { code: 'ONGELDIGE_INVOER' };
    expect(() =>
      schoolkalender({ regio: 'noord', goedeVrijdagVrij: true, feestdagenVrij: { 'goede-vrijdag': false } }),
    ).toThrow(expect.objectContaining(fout));
    expect(() => schoolkalender({ regio: 'noord', feestdagenVrij: { carnaval: true } as never })).toThrow(
      expect.objectContaining(fout),
    );
    expect(() => schoolkalender({ regio: 'noord', feestdagenVrij: { koningsdag: 'ja' } as never })).toThrow(
      expect.objectContaining(fout),
    );
  });
});
