import { describe, expect, it } from 'vitest';
import { SchoolveiligheidFout } from '../fout/fout.js';
import { REGIOS } from '../regio/regio.js';
import { schoolkalender } from './schoolkalender.js';
import { werkkalender } from './werkkalender.js';

describe('werkkalender (Atw working days)', () => {
  const wk = werkkalender();

  it('closes weekends, feestdagen and KB days: Hemelvaart 2026-05-14 and the equated Friday 2026-05-15', () => {
    expect(wk.isWerkdag('2026-05-13')).toBe(true);
    expect(wk.sluiting('2026-05-14')).toMatchObject({ soort: 'feestdag', naam: 'Hemelvaartsdag' });
    expect(wk.sluiting('2026-05-15')).toMatchObject({ soort: 'gelijkgesteld' });
    expect(wk.volgendeWerkdag('2026-05-13')).toBe('2026-05-18');
    expect(wk.vorigeWerkdag('2026-05-18')).toBe('2026-05-13');
  });

  it('adds and counts strictly after the start day', () => {
    expect(wk.voegWerkdagenToe('2026-12-24', 0)).toBe('2026-12-24');
    expect(wk.voegWerkdagenToe('2026-12-24', 1)).toBe('2026-12-28');
    expect(wk.telWerkdagen('2026-12-24', '2026-12-28')).toBe(1);
    expect(wk.telWerkdagen('2026-12-28', '2026-12-24')).toBe(-1);
  });

  it('warns for years without a known gelijkstellingsbesluit', () => {
    expect(wk.waarschuwingen('2028-12-01', '2029-01-10')).toHaveLength(1);
    expect(wk.waarschuwingen('2026-01-01', '2026-12-31')).toHaveLength(0);
  });

  it('rejects a negative or fractional count with a coded error', () => {
    expect(() => wk.voegWerkdagenToe('2026-01-05', -1)).toThrow(SchoolveiligheidFout);
    expect(() => wk.voegWerkdagenToe('2026-01-05', 1.5)).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
  });
});

describe('schoolkalender (Rijksoverheid vacations, shared/data/schoolvakanties.json)', () => {
  it('kerstvakantie 2025-2026 (20 Dec - 4 Jan, all regions): 5 school days from Thu 18 Dec end on Thu 8 Jan', () => {
    for (const regio of REGIOS) {
      const k = schoolkalender({ regio });
      expect(k.voegSchooldagenToe('2025-12-18', 5)).toBe('2026-01-08');
      expect(k.telSchooldagen('2025-12-18', '2026-01-08')).toBe(5);
      expect(k.sluiting('2025-12-22')).toMatchObject({
        soort: 'vakantie',
        naam: `kerstvakantie (regio ${regio})`,
      });
    }
  });

  it('herfstvakantie 2025 differs per region: zuid 11-19 Oct, noord and midden 18-26 Oct', () => {
    const zuid = schoolkalender({ regio: 'zuid' });
    const noord = schoolkalender({ regio: 'noord' });
    expect(zuid.isSchooldag('2025-10-13')).toBe(false);
    expect(noord.isSchooldag('2025-10-13')).toBe(true);
    // 5 school days after Thu 9 Oct 2025
    expect(zuid.voegSchooldagenToe('2025-10-09', 5)).toBe('2025-10-23');
    expect(noord.voegSchooldagenToe('2025-10-09', 5)).toBe('2025-10-16');
    expect(noord.voegSchooldagenToe('2025-10-16', 2)).toBe('2025-10-27');
  });

  it('closes on feestdagen schools observe, but keeps Goede Vrijdag and KB days unless the school closes', () => {
    const k = schoolkalender({ regio: 'midden' });
    expect(k.isSchooldag('2026-04-06')).toBe(false); // Tweede Paasdag
    expect(k.isSchooldag('2026-04-03')).toBe(true); // Goede Vrijdag: school decides
    expect(k.isSchooldag('2026-05-15')).toBe(true); // KB day after Hemelvaart: school decides
    const dicht = schoolkalender({
      regio: 'midden',
      goedeVrijdagVrij: true,
      vrijeDagen: [{ datum: '2026-05-15', soort: 'vrije-dag', omschrijving: 'vrijdag na Hemelvaart' }],
    });
    expect(dicht.sluiting('2026-04-03')).toMatchObject({ naam: 'Goede Vrijdag' });
    expect(dicht.sluiting('2026-05-15')).toMatchObject({ soort: 'vrije-dag', naam: 'vrijdag na Hemelvaart' });
  });

  it('counts studiedagen and ranges of free days as closed', () => {
    const k = schoolkalender({
      regio: 'noord',
      vrijeDagen: [
        { datum: '2026-01-05', soort: 'studiedag' },
        { datum: '2026-04-20', tot: '2026-04-24', soort: 'vrije-dag', omschrijving: 'extra meivakantieweek' },
      ],
    });
    expect(k.sluiting('2026-01-05')).toMatchObject({ soort: 'studiedag' });
    expect(k.voegSchooldagenToe('2025-12-18', 5)).toBe('2026-01-09');
    expect(k.telSchooldagen('2026-04-17', '2026-05-04')).toBe(1);
  });

  it("replaces the region's vacation with the school's own dates (carnaval in zuid, 2026-2027)", () => {
    const k = schoolkalender({
      regio: 'zuid',
      vakanties: [{ soort: 'voorjaarsvakantie', van: '2027-02-06', tot: '2027-02-14' }],
    });
    expect(k.isSchooldag('2027-02-08')).toBe(false);
    expect(k.isSchooldag('2027-02-15')).toBe(true); // regio zuid would have been off 13-21 Feb
    expect(k.sluiting('2027-02-08')?.naam).toBe('voorjaarsvakantie (eigen data school)');
  });

  it('refuses dates outside the known school years instead of guessing', () => {
    const k = schoolkalender({ regio: 'noord' });
    // issue 9: the data starts with the herfstvakantie 2015 in noord (17 October, one source, H18) and with the
    // kerstvakantie 2015 in midden and zuid (19 December, Regeling vaststelling schoolvakanties 2013-2016 art. 5):
    // their herfstvakantie 2015 is not known
    expect(k.bereik).toEqual({ van: '2015-10-17', tot: '2030-09-01' });
    const zuid = schoolkalender({ regio: 'zuid' });
    expect(zuid.bereik).toEqual({ van: '2015-12-19', tot: '2030-08-18' });
    expect(() => zuid.isSchooldag('2015-12-18')).toThrow(
      expect.objectContaining({ code: 'KALENDER_BUITEN_BEREIK' }),
    );
    expect(() => zuid.isSchooldag('2015-12-18')).toThrow(
      /2015-2016 \(zonder herfstvakantie\) t\/m 2029-2030/,
    );
    expect(() => k.isSchooldag('2015-10-16')).toThrow(/de bekende schooljaren 2015-2016 t\/m 2029-2030/);
    expect(() => k.isSchooldag('2030-09-02')).toThrow(
      expect.objectContaining({ code: 'KALENDER_BUITEN_BEREIK' }),
    );
    expect(() => k.voegSchooldagenToe('2030-07-10', 30)).toThrow(
      expect.objectContaining({ code: 'KALENDER_BUITEN_BEREIK' }),
    );
  });

  it('rejects invalid settings with coded errors', () => {
    expect(() => schoolkalender({ regio: 'oost' as 'noord' })).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
    expect(() =>
      schoolkalender({ regio: 'noord', vrijeDagen: [{ datum: '2026-02-30', soort: 'studiedag' }] }),
    ).toThrow(SchoolveiligheidFout);
  });
});
