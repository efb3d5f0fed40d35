import { controleerBeleid, waardeOp, zoekWaardeVoor } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import {
  DATALEK_REGELS,
  datalekBeslisboom,
  meldtermijnAP,
  termijnBetrokkenen,
  veiligheidsplan2018,
} from './regels.js';

describe('datalek rules as dated data (legal-rules section 5)', () => {
  it('the decision tree switches from the Wbp to the AVG on 25 May 2018', () => {
    expect(waardeOp(datalekBeslisboom, '2018-05-24').waarde).toBe('wbp-2016');
    expect(waardeOp(datalekBeslisboom, '2018-05-25').waarde).toBe('avg-2018');
  });

  it('the Wbp-era 72 hours is flagged as unconfirmed, the AVG value is not (legal-rules 5, row 1)', () => {
    expect(waardeOp(meldtermijnAP, '2017-01-01').bron.zekerheid).toBe('onbevestigd');
    expect(waardeOp(meldtermijnAP, '2026-11-23').bron.zekerheid).toBe('secundair');
  });

  it('every value of every rule has a source', () => {
    for (const r of DATALEK_REGELS) for (const w of r.waarden) expect(w.bron.titel.length).toBeGreaterThan(0);
  });

  it('the seed preset sets a value for every rule of the package, each with a seed source', () => {
    expect(veiligheidsplan2018.waarden.map((w) => w.regel.id).sort()).toEqual(
      DATALEK_REGELS.map((r) => r.id).sort(),
    );
    for (const w of veiligheidsplan2018.waarden) expect(w.bron.titel).toMatch(/^Veiligheidsplan 2018/);
  });

  it('zoekWaardeVoor: policy first, statute second, nothing when neither sets a value', () => {
    expect(zoekWaardeVoor(termijnBetrokkenen, '2026-11-23')).toBeUndefined();
    expect(zoekWaardeVoor(termijnBetrokkenen, '2026-11-23', veiligheidsplan2018)?.waarde).toEqual({
      aantal: 1,
      eenheid: 'weken',
    });
    expect(zoekWaardeVoor(meldtermijnAP, '2026-11-23')?.herkomst).toBe('wet');
  });

  it('the preset survives a JSON round trip and is checked the same way', () => {
    const kopie = JSON.parse(JSON.stringify(veiligheidsplan2018));
    expect(controleerBeleid(kopie, '2026-11-23')).toEqual(
      controleerBeleid(veiligheidsplan2018, '2026-11-23'),
    );
  });
});
