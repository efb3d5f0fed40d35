import { waardeOp, zoekWaardeOp } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import * as regels from './regels.js';
import type { Denominatie } from './regels.js';

const alle = Object.values(regels).filter(
  (r): r is typeof regels.schorsingMaxDuur => typeof r === 'object' && r !== null && 'id' in r,
);

describe('rules as dated data (legal-rules section 4)', () => {
  it('WPO 40c: a schorsing lasts at most one week; the inspectie is told above one day', () => {
    expect(waardeOp(regels.schorsingMaxDuur, '2026-11-23').waarde).toEqual({ aantal: 1, eenheid: 'weken' });
    expect(waardeOp(regels.schorsingMaxDuur, '2026-11-23').bron.artikel).toBe('40c lid 1');
    expect(waardeOp(regels.meldingInspectieBoven, '2026-11-23').waarde).toBe(1);
  });

  it('verwijdering terms: 6 weeks bezwaar, 4 weeks decision (openbaar after the bezwaartermijn, bijzonder after receipt), GPO 10 weeks', () => {
    expect(waardeOp(regels.bezwaartermijnOpenbaar, '2026-11-23').bron.artikel).toBe('art. 6:7');
    expect(waardeOp(regels.beslistermijnOpenbaar, '2026-11-23').bron.artikel).toBe('40 lid 12');
    expect(waardeOp(regels.beslistermijnBijzonder, '2026-11-23').bron.artikel).toBe('63 lid 3');
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
    expect(waardeOp(regels.meldingInspectieOnverwijld, '2026-11-23').bron.zekerheid).toBe('onbevestigd');
    expect(waardeOp(regels.meldingLeerplichtambtenaar, '2026-11-23').bron.zekerheid).toBe('onbevestigd');
  });

  it('every rule has a stable id, a Dutch description and a source with a certainty on every value', () => {
    expect(alle.length).toBe(16);
    expect(new Set(alle.map((r) => r.id)).size).toBe(alle.length);
    for (const r of alle) {
      expect(r.omschrijving.length).toBeGreaterThan(5);
      for (const w of r.waarden)
        expect(['wettekst', 'secundair', 'interpretatie', 'onbevestigd']).toContain(w.bron.zekerheid);
    }
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
