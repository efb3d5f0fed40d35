import { describe, expect, it } from 'vitest';
import { feestdagen } from '../feestdagen/feestdagen.js';
import { GELIJKSTELLINGSBESLUITEN } from '../feestdagen/gelijkgesteld.js';
import { berekenTermijn } from '../termijn/termijn.js';
import { STANDAARD_FEESTDAGEN_VRIJ, schoolkalender } from './schoolkalender.js';
import { SCHOOLVAKANTIES_HISTORISCH_BRON } from './schoolvakanties.js';
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

  it('keeps the years without a found KB flagged (2010-2016, 2020-2022, 2029 on)', () => {
    for (const jaar of [2010, 2013, 2016, 2020, 2021, 2022, 2029]) {
      const j = feestdagen(jaar);
      expect([jaar, j.gelijkgesteldeDagenBekend, typeof j.waarschuwing]).toEqual([jaar, false, 'string']);
    }
    expect(gelijkgesteld(2022)).toEqual(['2022-05-27']);
    expect(gelijkgesteld(2021)).toEqual([]);
  });

  it('gives every besluit a source with a certainty, wettekst only where the text was read', () => {
    const zekerheden = GELIJKSTELLINGSBESLUITEN.map((b) => [b.jaren[0], b.bron.zekerheid]);
    expect(zekerheden).toEqual([
      [2017, 'wettekst'],
      [2020, 'onbevestigd'],
      [2023, 'secundair'],
      [2026, 'secundair'],
    ]);
  });

  it('warns on a term touching a flagged year, not on one inside 2019', () => {
    const t2021 = berekenTermijn({
      gebeurtenis: '2021-05-11',
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
    });
    expect(t2021.waarschuwingen.length).toBe(1);
    const t2019 = berekenTermijn({
      gebeurtenis: '2019-05-28',
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
    });
    // 31 May 2019 is the KB day after Ascension: Friday to Monday 3 June
    expect([t2019.laatsteDag, t2019.waarschuwingen]).toEqual(['2019-06-03', []]);
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

describe('history: school vacations 2016-2017 to 2023-2024', () => {
  // kerstvakantie 24 December 2016 to 8 January 2017 in every region (H1, H9, H10): school on Friday 23
  // December and 9-13 January, so six school days in (22 December, 13 January]
  it.each(['noord', 'midden', 'zuid'] as const)(
    'counts school days across kerst 2016-2017 in %s',
    (regio) => {
      const k = schoolkalender({ regio });
      expect(k.telSchooldagen('2016-12-22', '2017-01-13')).toBe(6);
      expect(k.sluiting('2016-12-28')?.bron).toMatchObject({
        titel: SCHOOLVAKANTIES_HISTORISCH_BRON.titel,
        zekerheid: 'secundair',
      });
    },
  );

  it('marks advisory dates and dates from one source', () => {
    // herfstvakantie 2019 noord: one source (H7), advisory
    const bron = schoolkalender({ regio: 'noord' }).sluiting('2019-10-21')?.bron;
    expect(bron?.zekerheid).toBe('onbevestigd');
    expect(bron?.toelichting).toContain('Adviesdatum');
    // 2024-2025 keeps the verified source of the shared research data
    expect(schoolkalender({ regio: 'noord' }).sluiting('2024-12-23')?.bron?.zekerheid).toBe('secundair');
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
