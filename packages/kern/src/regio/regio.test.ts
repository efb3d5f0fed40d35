import { describe, expect, it } from 'vitest';
import { regioVoor } from './regio.js';

const regio = (v: Parameters<typeof regioVoor>[0]) => {
  const r = regioVoor(v);
  return r.ok ? r.waarde.regio : r.problemen.map((p) => p.code).join(',');
};

describe('regioVoor (shared/data/schoolvakanties.json regions)', () => {
  it('maps whole provinces', () => {
    expect(regio({ provincie: 'Groningen' })).toBe('noord');
    expect(regio({ provincie: 'Fryslân' })).toBe('noord');
    expect(regio({ provincie: 'Zuid-Holland' })).toBe('midden');
    expect(regio({ provincie: 'Zeeland' })).toBe('zuid');
    expect(regio({ provincie: 'Limburg', gemeente: 'Maastricht' })).toBe('zuid');
  });

  it('applies the municipal exceptions: Hattem noord, Zeewolde midden, Eemnes noord, Nijmegen zuid', () => {
    expect(regio({ provincie: 'Gelderland', gemeente: 'Hattem' })).toBe('noord');
    expect(regio({ provincie: 'Gelderland', gemeente: 'Apeldoorn' })).toBe('midden');
    expect(regio({ provincie: 'Gelderland', gemeente: 'Nijmegen' })).toBe('zuid');
    expect(regio({ provincie: 'Flevoland', gemeente: 'Zeewolde' })).toBe('midden');
    expect(regio({ provincie: 'Flevoland', gemeente: 'Almere' })).toBe('noord');
    expect(regio({ provincie: 'Utrecht', gemeente: 'Eemnes' })).toBe('noord');
    expect(regio({ provincie: 'Utrecht', gemeente: 'Utrecht' })).toBe('midden');
    expect(regio({ provincie: 'Noord-Brabant', gemeente: 'Eindhoven' })).toBe('zuid');
  });

  it('needs the kern for municipalities split by former municipality', () => {
    expect(regio({ provincie: 'Utrecht', gemeente: 'De Ronde Venen' })).toBe('REGIO_KERN_NODIG');
    expect(regio({ provincie: 'Utrecht', gemeente: 'De Ronde Venen', kern: 'Abcoude' })).toBe('noord');
    expect(regio({ provincie: 'Utrecht', gemeente: 'De Ronde Venen', kern: 'Mijdrecht' })).toBe('midden');
    expect(regio({ provincie: 'Gelderland', gemeente: 'Montferland', kern: 'Didam' })).toBe('zuid');
    expect(regio({ provincie: 'Gelderland', gemeente: 'Neder-Betuwe', kern: 'Ochten' })).toBe('midden');
  });

  it('returns coded problems instead of guessing (ambiguous, unknown, disputed)', () => {
    expect(regio({ provincie: 'Gelderland' })).toBe('REGIO_GEMEENTE_NODIG');
    expect(regio({ provincie: 'Noord-Brabant', gemeente: 'Altena' })).toBe('REGIO_KERN_NODIG');
    expect(regio({ provincie: 'Noord-Brabant', gemeente: 'Altena', kern: 'Andel' })).toBe('REGIO_BETWIST');
    expect(regio({ provincie: 'Gelderland', gemeente: 'Atlantis' })).toBe('REGIO_GEMEENTE_ONBEKEND');
    expect(regio({ provincie: 'Vlaanderen' })).toBe('REGIO_PROVINCIE_ONBEKEND');
  });

  // issue 9: Tiel answered with its certainty instead of refused (midden per RTV Hattem 2023 and OpenHolidays
  // until 2023; zuid per OpenHolidays 2025: shared/data/schoolvakanties.json, conflicts)
  it('answers Tiel as midden, flagged onbevestigd', () => {
    const r = regioVoor({ provincie: 'Gelderland', gemeente: 'Tiel' });
    expect(r.ok && [r.waarde.regio, r.waarde.bron.zekerheid, typeof r.waarde.waarschuwing]).toEqual([
      'midden',
      'onbevestigd',
      'string',
    ]);
  });

  // Omroep Brabant 2021-08: Woudrichem and Sleeuwijk follow midden; Hank, Dussen and Wijk en Aalburg zuid
  it('maps Altena by village, by kern or by woonplaats alone', () => {
    expect(regio({ provincie: 'Noord-Brabant', gemeente: 'Altena', kern: 'Woudrichem' })).toBe('midden');
    expect(regio({ provincie: 'Noord-Brabant', gemeente: 'Altena', woonplaats: 'Sleeuwijk' })).toBe('midden');
    expect(regio({ provincie: 'Noord-Brabant', gemeente: 'Altena', kern: 'Hank' })).toBe('zuid');
    expect(regio({ provincie: 'Noord-Brabant', gemeente: 'Altena', kern: 'Dussen' })).toBe('zuid');
    expect(regio({ provincie: 'Noord-Brabant', woonplaats: 'Wijk en Aalburg' })).toBe('zuid');
    expect(regio({ provincie: 'Noord-Brabant', woonplaats: 'sleeuwijk' })).toBe('midden');
    const r = regioVoor({ provincie: 'Noord-Brabant', woonplaats: 'Woudrichem' });
    expect(r.ok && [r.waarde.bron.zekerheid, typeof r.waarde.waarschuwing]).toEqual(['secundair', 'string']);
  });

  it('takes a woonplaats for the other split municipalities (Montferland, Neder-Betuwe, De Ronde Venen)', () => {
    expect(regio({ provincie: 'Gelderland', woonplaats: 'Didam' })).toBe('zuid');
    expect(regio({ provincie: 'Gelderland', gemeente: 'Montferland', woonplaats: 's-Heerenberg' })).toBe(
      'midden',
    );
    expect(regio({ provincie: 'Gelderland', woonplaats: 'Dodewaard' })).toBe('zuid');
    expect(regio({ provincie: 'Gelderland', gemeente: 'Neder-Betuwe', woonplaats: 'Kesteren' })).toBe(
      'midden',
    );
    expect(regio({ provincie: 'Utrecht', woonplaats: 'Abcoude' })).toBe('noord');
    expect(regio({ provincie: 'Gelderland', woonplaats: 'Arnhem' })).toBe('REGIO_GEMEENTE_NODIG');
  });

  it('never echoes the input in a message', () => {
    const r = regioVoor({ provincie: 'Gelderland', gemeente: 'Geheimedorp' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.problemen)).not.toContain('Geheimedorp');
  });
});
