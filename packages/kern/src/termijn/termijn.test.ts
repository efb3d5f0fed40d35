import { describe, expect, it } from 'vitest';
import { schoolkalender } from '../kalender/schoolkalender.js';
import { berekenTermijn, type TermijnInvoer } from './termijn.js';

const codes = (invoer: TermijnInvoer) => berekenTermijn(invoer).spoor.map((s) => s.code);

describe('berekenTermijn: worked examples', () => {
  it('Hemelvaart cluster: a 6-week term ending Thu 14 May 2026 runs past Hemelvaartsdag, the KB Friday and the weekend to Mon 18 May (Atw art. 1; KB 2026-05-15)', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-04-02',
      duur: { aantal: 6, eenheid: 'weken' },
      grondslag: 'nl-wet',
    });
    expect(t.nominaleLaatsteDag).toBe('2026-05-14');
    expect(t.laatsteDag).toBe('2026-05-18');
    expect(t.verlengdDoorAtw).toBe(true);
    expect(t.spoor.filter((s) => s.code === 'ATW_ART_1').map((s) => [s.datum, s.sluiting?.soort])).toEqual([
      ['2026-05-14', 'feestdag'],
      ['2026-05-15', 'gelijkgesteld'],
      ['2026-05-16', 'zaterdag'],
      ['2026-05-17', 'zondag'],
    ]);
    expect(t.vervaltOp).toBe('2026-05-19T00:00:00+02:00');
  });

  it('a term ending on Nieuwjaarsdag (Fri 1 Jan 2027) runs to Mon 4 Jan (Atw art. 1, art. 3 lid 1)', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-12-18',
      duur: { aantal: 2, eenheid: 'weken' },
      grondslag: 'nl-wet',
    });
    expect(t.nominaleLaatsteDag).toBe('2027-01-01');
    expect(t.laatsteDag).toBe('2027-01-04');
    expect(t.spoor.find((s) => s.code === 'ATW_ART_1')?.sluiting?.naam).toBe('Nieuwjaarsdag');
  });

  it('Atw art. 2 over Christmas: 3 days from Thu 24 Dec 2026 contain only Mon 28 Dec as working day, so the term runs to Tue 29 Dec', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-12-24',
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
    });
    expect(t.nominaleLaatsteDag).toBe('2026-12-27');
    expect(t.laatsteDag).toBe('2026-12-29');
    expect(
      codes({
        gebeurtenis: '2026-12-24',
        duur: { aantal: 3, eenheid: 'kalenderdagen' },
        grondslag: 'nl-wet',
      }),
    ).toEqual(['START', 'EENHEID', 'NOMINAAL_EINDE', 'ATW_ART_1', 'ATW_ART_2', 'EINDE']);
    expect(t.bronnen.map((b) => b.artikel)).toContain('art. 2');
  });

  it('the same 3 days under a school regulation are not extended (Atw applies only to wet/AMvB terms)', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-12-24',
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'regeling',
    });
    expect(t.laatsteDag).toBe('2026-12-27');
    expect(t.verlengdDoorAtw).toBe(false);
  });

  it('72 hours across the start of summer time (29 Mar 2026): 14:30 CET + 72 h = 15:30 CEST', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-03-27T14:30:00+01:00',
      duur: { aantal: 72, eenheid: 'uren' },
      grondslag: 'eu',
    });
    expect(t.vervaltOp).toBe('2026-03-30T15:30:00+02:00');
    expect(t.laatsteDag).toBe('2026-03-30');
    expect(
      codes({
        gebeurtenis: '2026-03-27T14:30:00+01:00',
        duur: { aantal: 72, eenheid: 'uren' },
        grondslag: 'eu',
      }),
    ).toContain('ZOMERTIJD');
  });

  it('72 hours across the end of summer time (25 Oct 2026): 14:30 CEST + 72 h = 13:30 CET', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-10-23T14:30:00+02:00',
      duur: { aantal: 72, eenheid: 'uren' },
      grondslag: 'eu',
    });
    expect(t.vervaltOp).toBe('2026-10-26T13:30:00+01:00');
    expect(t.verlengdDoorAtw).toBe(false);
  });

  it('an instant given in UTC is read as the same instant (72 h from 2026-10-23T12:30Z)', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-10-23T12:30:00Z',
      duur: { aantal: 72, eenheid: 'uren' },
      grondslag: 'eu',
    });
    expect(t.vervaltOp).toBe('2026-10-26T13:30:00+01:00');
  });

  it('a month from 31 January ends on the last day of February (Reg. 1182/71 art. 3(2)(c)); the Atw moves Sat 28 Feb 2026 to Mon 2 Mar', () => {
    const eu = berekenTermijn({
      gebeurtenis: '2026-01-31',
      duur: { aantal: 1, eenheid: 'maanden' },
      grondslag: 'eu',
    });
    expect(eu.laatsteDag).toBe('2026-02-28');
    expect(eu.spoor.map((s) => s.code)).toContain('MAAND_AFGEKAPT');
    expect(eu.spoor.map((s) => s.code)).toContain('GEEN_VERSCHUIVING');
    const wet = berekenTermijn({
      gebeurtenis: '2026-01-31',
      duur: { aantal: 1, eenheid: 'maanden' },
      grondslag: 'nl-wet',
    });
    expect(wet.laatsteDag).toBe('2026-03-02');
    const schrikkel = berekenTermijn({
      gebeurtenis: '2028-01-31',
      duur: { aantal: 1, eenheid: 'maanden' },
      grondslag: 'eu',
    });
    expect(schrikkel.laatsteDag).toBe('2028-02-29');
  });

  it('5 schooldagen from the Thursday before the kerstvakantie skip every vacation day and say why', () => {
    const kalender = schoolkalender({ regio: 'zuid' });
    const t = berekenTermijn({
      gebeurtenis: '2025-12-18',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      grondslag: 'regeling',
      kalender,
    });
    expect(t.laatsteDag).toBe('2026-01-08');
    const overgeslagen = t.spoor.filter((s) => s.code === 'OVERGESLAGEN');
    expect(overgeslagen).toHaveLength(16);
    expect(overgeslagen.find((s) => s.datum === '2025-12-25')?.sluiting?.naam).toBe('Eerste Kerstdag');
    expect(overgeslagen.find((s) => s.datum === '2025-12-29')?.sluiting?.soort).toBe('vakantie');
  });

  it('does not apply the Atw to terms over 12 weeks (Atw art. 4) nor to backward terms (art. 1 lid 2)', () => {
    const lang = berekenTermijn({
      gebeurtenis: '2026-09-04',
      duur: { aantal: 13, eenheid: 'weken' },
      grondslag: 'nl-wet',
    });
    expect(lang.nominaleLaatsteDag).toBe('2026-12-04');
    expect(lang.spoor.find((s) => s.code === 'ATW_NIET_VAN_TOEPASSING')?.bron?.artikel).toBe('art. 4');
    // exactly 12 weeks is covered: 2026-10-09 + 12 weeks = Fri 1 Jan 2027 -> Mon 4 Jan
    const twaalf = berekenTermijn({
      gebeurtenis: '2026-10-09',
      duur: { aantal: 12, eenheid: 'weken' },
      grondslag: 'nl-wet',
    });
    expect(twaalf.laatsteDag).toBe('2027-01-04');
    const terug = berekenTermijn({
      gebeurtenis: '2027-01-11',
      duur: { aantal: 10, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
      richting: 'terug',
    });
    expect(terug.laatsteDag).toBe('2027-01-01');
    expect(terug.verlengdDoorAtw).toBe(false);
  });

  it('werkdagen default to the Atw calendar; schooldagen require a school calendar', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-05-13',
      duur: { aantal: 1, eenheid: 'werkdagen' },
      grondslag: 'nl-wet',
    });
    expect(t.laatsteDag).toBe('2026-05-18');
    expect(() =>
      berekenTermijn({
        gebeurtenis: '2026-05-13',
        duur: { aantal: 5, eenheid: 'schooldagen' },
        grondslag: 'regeling',
      }),
    ).toThrow(expect.objectContaining({ code: 'KALENDER_VEREIST' }));
  });

  it('warns when the result falls in a year without a known gelijkstellingsbesluit', () => {
    const t = berekenTermijn({
      gebeurtenis: '2029-04-20',
      duur: { aantal: 4, eenheid: 'weken' },
      grondslag: 'nl-wet',
    });
    expect(t.waarschuwingen.join(' ')).toContain('2029');
  });

  it('rejects misuse with coded errors and messages without input values', () => {
    expect(() =>
      berekenTermijn({ gebeurtenis: '2026-10-23', duur: { aantal: 72, eenheid: 'uren' }, grondslag: 'eu' }),
    ).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
    expect(() =>
      berekenTermijn({ gebeurtenis: '2026-10-23', duur: { aantal: 0, eenheid: 'weken' }, grondslag: 'eu' }),
    ).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
    expect(() =>
      berekenTermijn({
        gebeurtenis: 'Jan Jansen' as '2026-01-01',
        duur: { aantal: 1, eenheid: 'weken' },
        grondslag: 'eu',
      }),
    ).toThrow(expect.not.objectContaining({ message: expect.stringContaining('Jansen') }));
  });

  it('the output is plain JSON: a round trip changes nothing', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-12-24',
      duur: { aantal: 3, eenheid: 'kalenderdagen' },
      grondslag: 'nl-wet',
    });
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe('berekenTermijn: opschortingen (WPO art. 43, Awb 7:10 lid 2)', () => {
  const wpo43 = {
    titel: 'Wet op het primair onderwijs',
    artikel: '43 lid 4',
    zekerheid: 'wettekst' as const,
  };

  it('moves the end of a 4-week decision term by the days the GPO suspended it, and says so in the trace', () => {
    // bezwaartermijn ended Mon 18 May 2026; the GPO had the dispute from 20 April until its oordeel on 22 June
    const t = berekenTermijn({
      gebeurtenis: '2026-05-18',
      duur: { aantal: 4, eenheid: 'weken' },
      grondslag: 'nl-wet',
      opschortingen: [
        {
          van: '2026-04-20',
          tot: '2026-06-22',
          reden: 'geschil bij de Geschillencommissie passend onderwijs',
          bron: wpo43,
        },
      ],
    });
    // suspended from the term's first day (19 May) up to 22 June: 34 days; 15 June + 34 = Sun 19 July -> Mon 20 July
    expect(t.nominaleLaatsteDag).toBe('2026-07-19');
    expect(t.laatsteDag).toBe('2026-07-20');
    const stap = t.spoor.find((s) => s.code === 'OPGESCHORT');
    expect(stap).toMatchObject({ datum: '2026-05-19', bron: wpo43 });
    expect(stap?.tekst).toContain('34 dagen');
    expect(t.bronnen).toContainEqual(wpo43);
  });

  it('ignores a suspension outside the running term, with a trace step', () => {
    const t = berekenTermijn({
      gebeurtenis: '2026-05-18',
      duur: { aantal: 4, eenheid: 'weken' },
      grondslag: 'nl-wet',
      opschortingen: [{ van: '2026-07-01', tot: '2026-07-10', reden: 'na afloop' }],
    });
    expect(t.nominaleLaatsteDag).toBe('2026-06-15');
    expect(t.spoor.map((s) => s.code)).toContain('OPSCHORTING_BUITEN_TERMIJN');
  });

  it('counts suspended school days on the calendar for school-day terms', () => {
    const kalender = schoolkalender({ regio: 'noord' });
    const t = berekenTermijn({
      gebeurtenis: '2026-03-02',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      grondslag: 'regeling',
      kalender,
      opschortingen: [{ van: '2026-03-04', tot: '2026-03-06', reden: 'voorbeeld' }],
    });
    // without: Tue 3 .. Mon 9 March; Wed 4 and Thu 5 stand still: two more school days, Wed 11 March
    expect(t.laatsteDag).toBe('2026-03-11');
    expect(kalender.telSchooldagen('2026-03-02', t.laatsteDag)).toBe(7);
  });

  it('refuses to suspend hour terms and backward terms', () => {
    const o = [{ van: '2026-05-01', tot: '2026-05-02', reden: 'x' }] as const;
    expect(() =>
      berekenTermijn({
        gebeurtenis: '2026-04-30T10:00:00+02:00',
        duur: { aantal: 72, eenheid: 'uren' },
        grondslag: 'eu',
        opschortingen: o,
      }),
    ).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
    expect(() =>
      berekenTermijn({
        gebeurtenis: '2026-05-10',
        duur: { aantal: 3, eenheid: 'weken' },
        grondslag: 'eu',
        richting: 'terug',
        opschortingen: o,
      }),
    ).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
  });
});
