import { describe, expect, it } from 'vitest';
import { bouwDossier } from '../testhulp/dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';
import { overzichtSchorsingen } from './overzicht.js';

// Issue 11: an overview of the schorsingen of one pupil per school year. WPO art. 1: "schooljaar: het tijdvak van
// 1 augustus tot en met 31 juli daaraanvolgend"; WPO 40c lid 1: at most one week (5 school days, the SDK's reading);
// schorsingen without a school day in between are one run for the pupil (WPO_40C_REEKS_LEZING). Regio noord.
const schorsing = (datum: string, aantal: number, extra: Partial<Gebeurtenis> = {}): Gebeurtenis =>
  ({
    type: 'schorsing-besloten',
    datum,
    ingangsdatum: datum,
    duur: { aantal, eenheid: 'schooldagen' },
    ...extra,
  }) as Gebeurtenis;

describe('overview of schorsingen per pupil per school year (issue 11)', () => {
  it('worked case: two school years, a lifted schorsing counts only its missed days', () => {
    const d = bouwDossier('dossier-o', 'openbaar', [
      schorsing('2025-10-01', 2),
      schorsing('2026-03-09', 5),
      { type: 'schorsing-opgeheven', datum: '2026-03-10', terugOp: '2026-03-11' },
      schorsing('2026-09-07', 1),
    ]);
    const r = overzichtSchorsingen(d);
    if (!r.ok) throw new Error('overzicht');
    expect(r.waarde.map((o) => [o.schooljaar, o.aantal, o.schooldagen])).toEqual([
      ['2025-2026', 2, 4],
      ['2026-2027', 1, 1],
    ]);
    expect(r.waarde[0]?.schorsingen.map((s) => [s.nummer, s.schooldagen, s.opgeheven])).toEqual([
      [1, 2, false],
      [2, 2, true],
    ]);
    expect(r.waarde[0]?.redenen[0]?.bron?.artikel).toMatch(/1/);
    const een = overzichtSchorsingen(d, '2026-2027');
    expect(een.ok && een.waarde.map((o) => o.schooljaar)).toEqual(['2026-2027']);
  });

  it('a chain with a recorded reason is listed as a run; across two dossiers a run above the maximum is flagged', () => {
    const metReden = bouwDossier('dossier-r', 'openbaar', [
      schorsing('2026-03-09', 5),
      schorsing('2026-03-16', 2, {
        redenAansluitend: 'Dreiging voor medeleerlingen; verwijdering in voorbereiding.',
      }),
    ]);
    const r = overzichtSchorsingen(metReden);
    const o = r.ok ? r.waarde[0] : undefined;
    expect(o?.reeksen.map((x) => [x.van, x.tot, x.schooldagen, x.bovenMaximum, x.redenVastgelegd])).toEqual([
      ['2026-03-09', '2026-03-17', 7, true, true],
    ]);
    expect(o?.redenen.map((x) => x.code)).toEqual(['OVERZICHT_SCHOOLJAAR', 'OVERZICHT_REEKS']);
    // the same days in two dossiers of the same pupil: no dossier saw the chain, the overview does
    const a = bouwDossier('dossier-a', 'openbaar', [schorsing('2026-03-09', 5)]);
    const b = bouwDossier('dossier-b', 'openbaar', [schorsing('2026-03-16', 2)]);
    const samen = overzichtSchorsingen([a, b]);
    const reden = samen.ok ? samen.waarde[0]?.redenen[1] : undefined;
    expect(reden?.code).toBe('OVERZICHT_REEKS_ZONDER_REDEN');
    expect(reden?.parameters).toEqual({
      van: '2026-03-09',
      tot: '2026-03-17',
      schorsingen: 2,
      schooldagen: 7,
      maximumSchooldagen: 5,
    });
  });

  it('refuses dossiers of two pupils, a bad school year and an empty list with coded problems', () => {
    const a = bouwDossier('dossier-a', 'openbaar', [schorsing('2026-03-09', 1)]);
    const ander = { ...a, kop: { ...a.kop, leerling: 'leerling-2' } };
    const r = overzichtSchorsingen([a, ander]);
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['OVERZICHT_ANDERE_LEERLING', [1, 'kop', 'leerling']],
    ]);
    const jaar = overzichtSchorsingen(a, '2025-2027');
    expect(jaar.ok ? [] : jaar.problemen.map((p) => p.code)).toEqual(['ONGELDIG_FORMAAT']);
    const leeg = overzichtSchorsingen([]);
    expect(leeg.ok ? [] : leeg.problemen.map((p) => p.code)).toEqual(['VERKEERD_TYPE']);
  });
});
