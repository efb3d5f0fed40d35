// Worked cases of the remedy information (issue 11): the clause per denominatie and decision, read in the WPO
// (2026-08-01) and Awb (2026-01-01) consolidations, and what lies open after the decision on bezwaar.
import { describe, expect, it } from 'vitest';
import { REDEN_CODES } from '../codes/codes.js';
import { rechtsmiddelClausule, rechtsmiddelenNaBeslissingOpBezwaar } from './rechtsmiddelen.js';

const clausule = (
  denominatie: 'openbaar' | 'bijzonder',
  besluit: 'schorsing' | 'voornemen-verwijdering' | 'verwijdering',
) => {
  const r = rechtsmiddelClausule({ denominatie, besluit, peildatum: '2026-08-01' });
  if (!r.ok) throw new Error('clausule');
  return r.waarde;
};

describe('rechtsmiddelClausule: the decision table', () => {
  it('openbaar: Awb 3:45 lid 1-2 read as statute text, bezwaar at the bevoegd gezag, then the rechtbank (Awb 8:1, 8:6 lid 1)', () => {
    const c = clausule('openbaar', 'schorsing');
    expect(c.uitkomst.soort).toBe('awb-bezwaar');
    expect(c.uitkomst.bronnen[0]).toMatchObject({
      wet: 'awb',
      artikel: 'art. 3:45 lid 1-2',
      zekerheid: 'wettekst',
      versie: '2026-01-01',
    });
    expect(c.redenen.map((r) => r.code)).toEqual([
      'RECHTSMIDDEL_AWB_CLAUSULE',
      'RECHTSMIDDEL_BEZWAARSCHRIFT_INHOUD',
      'RECHTSMIDDEL_GEEN_SCHORSENDE_WERKING',
      'RECHTSMIDDEL_BEROEP_RECHTBANK',
    ]);
    expect(c.redenen[0]?.parameters).toEqual({ aantal: 6, eenheid: 'weken' });
    expect(c.uitkomst.alineas[3]).toContain('beroep instellen bij de rechtbank');
  });

  it('bijzonder, verwijdering: WPO 63 lid 2 (the letter states lid 3 first sentence), lid 3 (4 weeks), the GPO (43 lid 2), the civil route', () => {
    const c = clausule('bijzonder', 'verwijdering');
    expect(c.uitkomst.soort).toBe('wpo63-bezwaar');
    expect(c.redenen.map((r) => [r.code, r.bron?.artikel, r.bron?.zekerheid])).toEqual([
      ['RECHTSMIDDEL_WPO63_CLAUSULE', 'art. 63 lid 2', 'wettekst'],
      ['RECHTSMIDDEL_WPO63_BESLISTERMIJN', 'art. 63 lid 3', 'wettekst'],
      ['RECHTSMIDDEL_GPO_VERWIJDERING', 'art. 43 lid 2', 'wettekst'],
      ['RECHTSMIDDEL_CIVIELE_ROUTE', 'art. 1 en 55', 'interpretatie'],
    ]);
    expect(c.uitkomst.alineas[0]).toContain('Binnen 6 weken na de mededeling');
    expect(c.uitkomst.alineas[0]).toContain('artikel 63, derde lid, eerste volzin');
  });

  it('the GPO hears disputes on a verwijdering at both kinds of school (WPO 43 lid 1-2), never on a schorsing', () => {
    for (const d of ['openbaar', 'bijzonder'] as const) {
      expect(clausule(d, 'verwijdering').redenen.map((r) => r.code)).toContain(
        'RECHTSMIDDEL_GPO_VERWIJDERING',
      );
      expect(clausule(d, 'schorsing').redenen.map((r) => r.code)).not.toContain(
        'RECHTSMIDDEL_GPO_VERWIJDERING',
      );
    }
    const gpo = clausule('openbaar', 'verwijdering').redenen.find(
      (r) => r.code === 'RECHTSMIDDEL_GPO_VERWIJDERING',
    );
    expect(gpo?.parameters).toMatchObject({ oordeelAantal: 10, oordeelEenheid: 'weken', indienAantal: 6 });
  });

  it('bijzonder, schorsing: no statutory bezwaar (WPO 63 covers art. 40 decisions only): the civil judge', () => {
    const c = clausule('bijzonder', 'schorsing');
    expect(c.uitkomst.soort).toBe('civiele-rechter');
    expect(c.redenen.map((r) => r.code)).toEqual(['RECHTSMIDDEL_CIVIELE_RECHTER']);
  });

  it('a voornemen is not yet the decision (interpretation): no remedy clause, only where it lies', () => {
    for (const d of ['openbaar', 'bijzonder'] as const) {
      const c = clausule(d, 'voornemen-verwijdering');
      expect(c.uitkomst.soort).toBe('nog-geen-besluit');
      expect(c.redenen[0]?.bron?.zekerheid).toBe('interpretatie');
    }
  });

  it('every reason code is catalogued with a source', () => {
    for (const d of ['openbaar', 'bijzonder'] as const)
      for (const b of ['schorsing', 'voornemen-verwijdering', 'verwijdering'] as const)
        for (const r of clausule(d, b).redenen) expect(REDEN_CODES[r.code].bron).toBeDefined();
  });

  it('bad input gives coded problems', () => {
    const r = rechtsmiddelClausule({ denominatie: 'x', besluit: 'y', peildatum: '2026-02-30' } as never);
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['ONGELDIGE_KEUZE', ['denominatie']],
      ['ONGELDIGE_KEUZE', ['besluit']],
      ['ONGELDIGE_DATUM', ['peildatum']],
    ]);
    const n = rechtsmiddelClausule(null as never);
    expect(n.ok).toBe(false);
  });
});

describe('rechtsmiddelenNaBeslissingOpBezwaar', () => {
  it('openbaar: beroep at the rechtbank within 6 weeks from the day after the bekendmaking (Awb 6:7, 6:8 lid 1, 8:1), Atw applies', () => {
    // decision on bezwaar made known Monday 2 March 2026: 3 March + 6 weeks = Monday 13 April 2026, Easter Monday
    // is 6 April, so no extension: the last day is 13 April
    const r = rechtsmiddelenNaBeslissingOpBezwaar({
      denominatie: 'openbaar',
      tegen: 'schorsing',
      bekendmaking: '2026-03-02',
    });
    if (!r.ok) throw new Error('fout');
    expect(r.waarde.rechtsmiddel.uitkomst).toBe('beroep-rechtbank');
    expect(r.waarde.beroepstermijn).toMatchObject({
      laatsteDag: '2026-04-13',
      grondslag: 'nl-wet',
      verlengdDoorAtw: false,
    });
    expect(r.waarde.beroepstermijn?.bronnen.map((b) => b.artikel)).toContain('art. 6:7');
    expect(r.waarde.rechtsmiddel.redenen.map((x) => x.code)).toEqual([
      'RECHTSMIDDEL_BEROEP_RECHTBANK',
      'BEROEPSTERMIJN',
      'RECHTSMIDDEL_AWB_CLAUSULE',
    ]);
    expect(r.waarde.alineas[0]).toContain(
      'binnen 6 weken na de dag waarop zij aan u is bekendgemaakt beroep instellen bij de rechtbank',
    );
  });

  it('openbaar: a term ending on Hemelvaartsdag runs on past the Friday made equal to a holiday (Atw art. 1, 3)', () => {
    const r = rechtsmiddelenNaBeslissingOpBezwaar({
      denominatie: 'openbaar',
      tegen: 'verwijdering',
      bekendmaking: '2026-04-02',
    });
    expect(
      r.ok && [r.waarde.beroepstermijn?.nominaleLaatsteDag, r.waarde.beroepstermijn?.laatsteDag],
    ).toEqual(['2026-05-14', '2026-05-18']);
  });

  it('bijzonder: the civil route, no statutory beroep term (WPO 1, 55: a private-law board)', () => {
    for (const tegen of ['schorsing', 'verwijdering'] as const) {
      const r = rechtsmiddelenNaBeslissingOpBezwaar({
        denominatie: 'bijzonder',
        tegen,
        bekendmaking: '2026-03-02',
      });
      if (!r.ok) throw new Error('fout');
      expect(r.waarde.rechtsmiddel.uitkomst).toBe('civiele-rechter');
      expect(r.waarde.beroepstermijn).toBeUndefined();
      expect(r.waarde.rechtsmiddel.redenen.map((x) => x.code)).toEqual([
        'RECHTSMIDDEL_CIVIELE_ROUTE',
        'GEEN_WETTELIJKE_BEROEPSTERMIJN',
      ]);
      expect(r.waarde.rechtsmiddel.redenen[0]?.bron?.zekerheid).toBe('interpretatie');
    }
  });

  it('bad input gives coded problems', () => {
    const r = rechtsmiddelenNaBeslissingOpBezwaar({
      denominatie: 'openbaar',
      tegen: 'x',
      bekendmaking: 'gisteren',
    } as never);
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['ONGELDIGE_KEUZE', ['tegen']],
      ['ONGELDIGE_DATUM', ['bekendmaking']],
    ]);
  });
});
