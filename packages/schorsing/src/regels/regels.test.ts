import { type Regel, REGEL_ID_PATROON, waardeOp, zoekRegel, zoekWaardeOp } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import * as regels from './regels.js';
import { type Denominatie, SCHORSING_REGELS } from './regels.js';

/** The rules of the package, from its one registry. */
const alle = Object.values(SCHORSING_REGELS.regels);

describe('rules as dated data (legal-rules section 4)', () => {
  it('WPO 40c: a schorsing lasts at most one week; the inspectie is told above one day', () => {
    expect(waardeOp(regels.schorsingMaxDuur, '2026-11-23').waarde).toEqual({ aantal: 1, eenheid: 'weken' });
    expect(waardeOp(regels.schorsingMaxDuur, '2026-11-23').bron.artikel).toBe('art. 40c lid 1');
    expect(waardeOp(regels.meldingInspectieBoven, '2026-11-23').waarde).toBe(1);
  });

  it('verwijdering terms: 6 weeks bezwaar, 4 weeks decision (openbaar after the bezwaartermijn, bijzonder after receipt), GPO 10 weeks', () => {
    expect(waardeOp(regels.bezwaartermijnOpenbaar, '2026-11-23').bron.artikel).toBe('art. 6:7');
    expect(waardeOp(regels.beslistermijnOpenbaar, '2026-11-23').bron.artikel).toBe('art. 40 lid 12');
    expect(waardeOp(regels.beslistermijnBijzonder, '2026-11-23').bron.artikel).toBe('art. 63 lid 3');
    expect(waardeOp(regels.gpoOordeelTermijn, '2026-11-23').waarde).toEqual({ aantal: 10, eenheid: 'weken' });
  });

  it('Awb 7:10: 6 weeks, 12 with an adviescommissie, adjournment at most 6 weeks, all in weeks so they can be added', () => {
    const duur = (r: typeof regels.beslistermijnAwb) => waardeOp(r, '2026-11-23').waarde;
    expect(duur(regels.beslistermijnAwb)).toEqual({ aantal: 6, eenheid: 'weken' });
    expect(duur(regels.beslistermijnAwbCommissie)).toEqual({ aantal: 12, eenheid: 'weken' });
    expect(duur(regels.verdagingAwb)).toEqual({ aantal: 6, eenheid: 'weken' });
    expect(waardeOp(regels.verdagingAwb, '2026-11-23').bron.artikel).toBe('art. 7:10 lid 3');
  });

  it('flags what is not confirmed: the date "onverwijld" was added, and the leerplicht notice', () => {
    expect(waardeOp(regels.meldingInspectieOnverwijld, '2026-11-23').bron.zekerheid).toBe('wettekst');
    expect(waardeOp(regels.meldingLeerplichtambtenaar, '2026-11-23').bron.zekerheid).toBe('onbevestigd');
  });

  it('every rule has a stable id, a Dutch description and a source with a certainty on every value', () => {
    // 16 rules of release 0.1, plus the four interpretive numbers that were constants in code (issue 7), plus
    // the four seed conditions of a verwijdering that the statute does not ask and the week of Awb 7:4 (issue 11),
    // plus the remedy rules of the letters (issue 11: beroepstermijn, rechtbank, civil route, GPO jurisdiction),
    // plus electronic sending and receipt (Awb 2:14/2:8, 2:17/2:19/2:20, 2:15/WPO 4d) and Awb 7:10 lid 2 (issue 11)
    expect(alle.length).toBe(34);
    expect(new Set(alle.map((r) => r.id)).size).toBe(alle.length);
    for (const r of alle) {
      expect(r.omschrijving.length).toBeGreaterThan(5);
      for (const w of r.waarden)
        expect(['wettekst', 'secundair', 'interpretatie', 'onbevestigd']).toContain(w.bron.zekerheid);
    }
  });

  it('the registry holds every rule the module exports, with package-first ids that follow the scheme', () => {
    const geexporteerd = Object.values(regels).filter(
      (r): r is typeof regels.schorsingMaxDuur =>
        typeof r === 'object' && r !== null && 'waarden' in r && 'strenger' in r,
    );
    expect(new Set(geexporteerd)).toEqual(new Set(alle));
    for (const r of alle) {
      expect(r.id).toMatch(REGEL_ID_PATROON);
      expect(r.id.startsWith('schorsing.')).toBe(true);
    }
  });

  it('every rule of release 0.1 still loads under its old id (vorigeIds)', () => {
    const oud = [
      'wpo.schorsing.maxDuur',
      'wpo.schorsing.meldingInspectieBoven',
      'wpo.schorsing.meldingInspectieOnverwijld',
      'wpo.schorsing.meldingLeerplichtambtenaar',
      'wpo.schorsing.rechtsmiddelOpenbaar',
      'awb.bezwaar.termijn',
      'awb.bezwaar.start',
      'wpo.verwijdering.bezwaartermijnBijzonder',
      'wpo.verwijdering.beslistermijnOpenbaar',
      'wpo.verwijdering.beslistermijnBijzonder',
      'wpo.verwijdering.gpoOordeel',
      'gpo.verwijdering.indieningstermijn',
      'wpo.verwijdering.andereSchool',
      'awb.bezwaar.beslistermijn',
      'awb.bezwaar.beslistermijn.adviescommissie',
      'awb.bezwaar.verdaging',
    ];
    for (const id of oud) expect(zoekRegel([SCHORSING_REGELS], id)?.vorigeIds).toContain(id);
    expect(zoekRegel([SCHORSING_REGELS], 'wpo.schorsing.maxDuur')).toBe(regels.schorsingMaxDuur);
  });

  it('the numbers the SDK reads into the law are rules flagged as interpretation, not constants in code', () => {
    const lezingen: Regel[] = [
      regels.schooldagenPerWeek,
      regels.kalenderdagenPerWeek,
      regels.signaaltermijnMelding,
      regels.postOntvangstAwb,
    ];
    for (const r of lezingen) expect(waardeOp(r, '2026-11-23').bron.zekerheid).toBe('interpretatie');
    expect(waardeOp(regels.schooldagenPerWeek, '2026-11-23').waarde).toBe(5);
  });

  it('no rule has a value before it was modelled', () => {
    expect(zoekWaardeOp(regels.schorsingMaxDuur, '2010-01-01')).toBeUndefined();
  });
});

describe('types that carry legal meaning', () => {
  it('a denominatie is openbaar or bijzonder, not a richting (checked by tsc)', () => {
    const goed: Denominatie = 'bijzonder';
    // @ts-expect-error katholiek is a richting of a bijzondere school, not a denominatie in the legal sense used here
    const fout: Denominatie = 'katholiek';
    expect([goed, fout]).toEqual(['bijzonder', 'katholiek']);
  });
});

describe('meldingInspectieOnverwijld: dated from the first consolidation that reads "onverwijld"', () => {
  // WPO 40c lid 3 (BWBR0003420): the consolidation of 2020-07-01 reads "... schriftelijk en met opgave van redenen in
  // kennis", that of 2021-01-01 "... met opgave van redenen onverwijld in kennis" (also 2021-02-01 ... 2026-08-01).
  it('false up to 2020-12-31, true (statute text, consolidation 2021-01-01) from 2021-01-01', () => {
    expect(waardeOp(regels.meldingInspectieOnverwijld, '2020-12-31').waarde).toBe(false);
    const vanaf = waardeOp(regels.meldingInspectieOnverwijld, '2021-01-01');
    expect(vanaf.waarde).toBe(true);
    expect(vanaf.bron.zekerheid).toBe('wettekst');
    expect(vanaf.bron.versie).toBe('2021-01-01');
    expect(vanaf.bron.artikel).toBe('art. 40c lid 3');
    expect(waardeOp(regels.meldingInspectieOnverwijld, '2026-01-01').waarde).toBe(true);
  });
});
