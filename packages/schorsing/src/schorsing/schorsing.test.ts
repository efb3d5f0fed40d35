import {
  type Beleid,
  type Duur,
  type IsoDatum,
  KalenderBereikFout,
  schoolkalender,
} from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { fixture, type SchorsingGeval } from '../testhulp/fixtures.js';
import { berekenSchorsing, maximumInSchooldagen, type SchorsingInvoer } from './schorsing.js';

const codes = (r: { ok: boolean; problemen?: readonly { code: string }[] }) =>
  r.ok ? [] : (r.problemen ?? []).map((p) => p.code);

// The worked cases of fixtures/schorsingen.json (seed E.2, WPO 40c, the Rijksoverheid vacations): the last
// day, the return, the school days covered and the inspectie notice, or the problems of a refusal.
draaiFixtures<SchorsingGeval>(fixture('schorsingen.json'), (invoer, f) => {
  const r = berekenSchorsing({
    ...invoer,
    kalender: schoolkalender(invoer.kalender),
    peildatum: f.peildatum,
  });
  if (!r.ok) return { problemen: codes(r) };
  const { laatsteDag, terugOp, schooldagen, meldingInspectie } = r.waarde;
  return { laatsteDag, terugOp, schooldagen, meldingInspectie: meldingInspectie.uitkomst };
});

describe('berekenSchorsing: worked examples', () => {
  const noord = schoolkalender({ regio: 'noord' });

  /** A schorsing of `aantal` school days from `ingangsdatum` on the noord calendar that must be accepted. */
  function geaccepteerd(ingangsdatum: IsoDatum, aantal: number, extra: Partial<SchorsingInvoer> = {}) {
    const r = berekenSchorsing({
      ingangsdatum,
      duur: { aantal, eenheid: 'schooldagen' },
      kalender: noord,
      ...extra,
    });
    if (!r.ok) throw new Error(`verwacht ok: ${codes(r).join(', ')}`);
    return r.waarde;
  }

  it('kerstvakantie: the skipped days are explained and the 7-calendar-day reading is flagged (seed E.2; kern vacation data)', () => {
    const s = geaccepteerd('2025-12-18', 5);
    expect(s.kalenderdagen).toBe(21);
    expect(s.nietMeegeteld.map((d) => d.sluiting.soort)).toContain('vakantie');
    expect(s.nietMeegeteld.find((d) => d.datum === '2025-12-25')?.sluiting.soort).toBe('feestdag');
    expect(s.waarschuwingen.some((w) => w.includes('21 kalenderdagen'))).toBe(true);
    expect(s.redenen.find((x) => x.code === 'SCHORSING_TELLING')?.bron?.zekerheid).toBe('interpretatie');
  });

  it('counts 5 mei as a school day at a school that is open then (issue 9; kern schoolkalender feestdagenVrij)', () => {
    // 3 school days from Monday 3 May 2027, the first day after the meivakantie: with the Rijksoverheid guidance 5 mei
    // and Hemelvaartsdag (Thursday 6 May) are closed, so the schorsing covers 3, 4 and 7 May; a school open on 5 mei
    // covers 3, 4 and 5 May and the pupil returns on Friday 7 May, after Hemelvaartsdag.
    const duur = { aantal: 3, eenheid: 'schooldagen' } as const;
    const standaard = berekenSchorsing({
      ingangsdatum: '2027-05-03',
      duur,
      kalender: schoolkalender({ regio: 'midden' }),
    });
    const open = berekenSchorsing({
      ingangsdatum: '2027-05-03',
      duur,
      kalender: schoolkalender({ regio: 'midden', feestdagenVrij: { bevrijdingsdag: false } }),
    });
    if (!standaard.ok || !open.ok) throw new Error('verwacht ok');
    expect([standaard.waarde.schooldagen, standaard.waarde.terugOp]).toEqual([
      ['2027-05-03', '2027-05-04', '2027-05-07'],
      '2027-05-10',
    ]);
    expect(standaard.waarde.nietMeegeteld.map((d) => [d.datum, d.sluiting.naam])).toEqual([
      ['2027-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2027-05-06', 'Hemelvaartsdag'],
    ]);
    expect([open.waarde.schooldagen, open.waarde.terugOp, open.waarde.nietMeegeteld]).toEqual([
      ['2027-05-03', '2027-05-04', '2027-05-05'],
      '2027-05-07',
      [],
    ]);
  });

  it('is never extended by the Algemene termijnenwet: the duration of a measure, not a term (legal-rules 4.2, 9 item 7)', () => {
    // 5 schooldagen from Friday 8 May 2026: 8, 11, 12, 13 May; Hemelvaart (14 May) is closed; Friday 15 May is a
    // KB-gelijkgestelde dag (Atw: like a feestdag) but a school day unless the school closes. A term would roll to
    // Monday 18 May; a schorsing ends on the 15th.
    const s = geaccepteerd('2026-05-08', 5);
    expect(s.laatsteDag).toBe('2026-05-15');
    expect(s.nietMeegeteld.find((d) => d.datum === '2026-05-14')?.sluiting.soort).toBe('feestdag');
    expect(s.redenen.map((x) => x.code)).toContain('SCHORSING_GEEN_ATW');
  });

  it('a schorsing of 1 schooldag needs no inspectie notice and has no signal term (WPO 40c lid 3)', () => {
    const { meldingInspectie } = geaccepteerd('2026-02-03', 1);
    expect(meldingInspectie.uitkomst).toBe(false);
    expect(meldingInspectie.termijn).toBeUndefined();
    expect(meldingInspectie.redenen[0]?.code).toBe('INSPECTIE_NIET_MELDEN');
  });

  it('the inspectie signal term is one working day after the decision; Goede Vrijdag and 2e Paasdag are skipped (WPO 40c lid 3; Atw art. 3)', () => {
    const { meldingInspectie } = geaccepteerd('2026-04-07', 3, { besluitdatum: '2026-04-02' });
    expect(meldingInspectie.termijn?.laatsteDag).toBe('2026-04-07');
    expect(meldingInspectie.termijn?.grondslag).toBe('regeling');
  });

  it.each([
    [{ aantal: 6, eenheid: 'schooldagen' }, false],
    [{ aantal: 2, eenheid: 'weken' }, false],
    [{ aantal: 8, eenheid: 'kalenderdagen' }, false],
    [{ aantal: 7, eenheid: 'kalenderdagen' }, true],
    [{ aantal: 1, eenheid: 'weken' }, true],
  ] as [Duur, boolean][])(
    'a duration above the maximum is a coded problem, not a silent clamp: %o allowed = %s (issue 4; WPO 40c lid 1)',
    (duur, toegestaan) => {
      const r = berekenSchorsing({ ingangsdatum: '2025-12-18', duur, kalender: noord });
      expect(codes(r)).toEqual(toegestaan ? [] : ['SCHORSING_TE_LANG']);
    },
  );

  const twee: Duur = { aantal: 2, eenheid: 'schooldagen' };
  it.each([
    ['an ingangsdatum on a Saturday', '2026-02-07', twee, 'SCHORSING_INGANG_GEEN_SCHOOLDAG'],
    ['an ingangsdatum in the kerstvakantie', '2025-12-22', twee, 'SCHORSING_INGANG_GEEN_SCHOOLDAG'],
    [
      'hours: not a schorsing unit',
      '2026-02-03',
      { aantal: 8, eenheid: 'uren' },
      'SCHORSING_EENHEID_ONGELDIG',
    ],
    ['a bad date: a coded problem from kern (never echoed)', '2026-02-30', twee, 'ONGELDIGE_DATUM'],
  ] as [string, IsoDatum, Duur, string][])(
    'refuses %s with a coded problem',
    (_, ingangsdatum, duur, code) => {
      expect(codes(berekenSchorsing({ ingangsdatum, duur, kalender: noord }))).toEqual([code]);
    },
  );

  it('an ingangsdatum that is not a school day names the next school day', () => {
    const zaterdag = berekenSchorsing({
      ingangsdatum: '2026-02-07',
      duur: { aantal: 2, eenheid: 'schooldagen' },
      kalender: noord,
    });
    expect(zaterdag.ok ? '' : zaterdag.problemen[0]?.melding).toContain('maandag 9 februari 2026');
  });

  it('refuses to count outside the known school years (kern KalenderBereikFout)', () => {
    expect(() =>
      berekenSchorsing({
        ingangsdatum: '2031-03-03',
        duur: { aantal: 2, eenheid: 'schooldagen' },
        kalender: noord,
      }),
    ).toThrow(KalenderBereikFout);
  });

  it('a stricter policy lowers the maximum; the seed preset keeps 5 schooldagen and requires the leerplicht notice (seed E.2 stap 3)', () => {
    const streng: Beleid = {
      ...SEED_2018_BELEID,
      waarden: {
        ...SEED_2018_BELEID.waarden,
        'schorsing.schorsing.maxDuur': {
          ...SEED_2018_BELEID.waarden['schorsing.schorsing.maxDuur']!,
          waarde: { aantal: 3, eenheid: 'schooldagen' },
        },
      },
    };
    expect(
      codes(
        berekenSchorsing({
          ingangsdatum: '2026-02-03',
          duur: { aantal: 4, eenheid: 'schooldagen' },
          kalender: noord,
          beleid: streng,
        }),
      ),
    ).toEqual(['SCHORSING_TE_LANG']);
    const seed = geaccepteerd('2026-02-03', 5, { beleid: SEED_2018_BELEID });
    const wet = geaccepteerd('2026-02-03', 5);
    expect(seed.laatsteDag).toBe(wet.laatsteDag);
    expect(seed.maximum.herkomst).toBe('beleid');
    expect(seed.meldingLeerplichtambtenaar.uitkomst).toBe(true);
    expect(wet.meldingLeerplichtambtenaar.uitkomst).toBe(false);
    expect(wet.meldingLeerplichtambtenaar.redenen[0]?.bron?.zekerheid).toBe('onbevestigd');
  });

  it('reads "een week" as 5 school days and rejects maxima in other units', () => {
    expect(maximumInSchooldagen({ aantal: 1, eenheid: 'weken' })).toBe(5);
    expect(maximumInSchooldagen({ aantal: 1, eenheid: 'weken' }, '2026-11-23')).toBe(5);
    expect(() => maximumInSchooldagen({ aantal: 3, eenheid: 'maanden' })).toThrow();
  });

  it('every reason carries the values of its sentence as parameters: dates, counts, units, never free text', () => {
    const kalender = schoolkalender({
      regio: 'midden',
      vrijeDagen: [{ datum: '2026-03-11', soort: 'studiedag', omschrijving: 'GEHEIM teamdag' }],
    });
    const r = berekenSchorsing({
      ingangsdatum: '2026-03-09',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      kalender,
      besluitdatum: '2026-03-06',
    });
    if (!r.ok) throw new Error('verwacht ok');
    const reden = (code: string) => r.waarde.redenen.find((x) => x.code === code);
    expect(reden('SCHORSING_TELLING')?.parameters).toEqual({
      ingangsdatum: '2026-03-09',
      aantal: 5,
      eenheid: 'schooldagen',
      laatsteDag: '2026-03-16',
      terugOp: '2026-03-17',
    });
    expect(reden('SCHORSING_DAG_TELT_NIET')?.parameters).toEqual({
      van: '2026-03-11',
      tot: '2026-03-11',
      soort: 'studiedag',
    });
    expect(reden('SCHORSING_BINNEN_MAXIMUM')?.parameters).toMatchObject({
      schooldagen: 5,
      maximumSchooldagen: 5,
    });
    // WPO 40c lid 3 reads "onverwijld" since the consolidation of 2021-01-01
    expect(r.waarde.meldingInspectie.redenen[0]?.parameters).toEqual({ drempelDagen: 1, onverwijld: true });
    const alle = [...r.waarde.redenen, ...r.waarde.meldingInspectie.redenen];
    expect(JSON.stringify(alle.map((x) => x.parameters ?? {}))).not.toContain('GEHEIM');
    const teLang = berekenSchorsing({
      ingangsdatum: '2026-03-09',
      duur: { aantal: 6, eenheid: 'schooldagen' },
      kalender,
    });
    expect(teLang.ok ? undefined : teLang.problemen[0]?.parameters).toEqual({
      maximumAantal: 1,
      maximumEenheid: 'weken',
      maximumSchooldagen: 5,
      maximumKalenderdagen: 7,
    });
  });

  it('the result survives a JSON round trip', () => {
    const s = geaccepteerd('2025-12-18', 5);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
