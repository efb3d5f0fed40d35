import {
  type Beleid,
  type BeleidsControle,
  type BeleidV1,
  type IsoDatum,
  waardeOp,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import beleidV01 from '../../fixtures/veiligheidsplan2018-v0.1.json' with { type: 'json' };
import { controleerBeleid } from './beleid.js';
import {
  DATALEK_REGELS,
  datalekBeslisboom,
  maxOnbeschikbaarheid,
  maxWoordenPerZin,
  meldtermijnAP,
  termijnBetrokkenen,
} from './regels.js';
import { SEED_2018_BELEID, veiligheidsplan2018 } from './seed2018.js';

const regels = Object.values(DATALEK_REGELS.regels);

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
    for (const r of regels) for (const w of r.waarden) expect(w.bron.titel.length).toBeGreaterThan(0);
  });

  it('rule ids are package-first, and each 0.1 id leads to its rule', () => {
    for (const r of regels) expect(r.id).toMatch(/^datalek\.[a-z]+\.[a-zA-Z]+$/);
    expect(DATALEK_REGELS.vorigeIds['avg.datalek.beslisboom']).toBe(datalekBeslisboom.id);
    expect(Object.keys(DATALEK_REGELS.vorigeIds)).toHaveLength(7);
  });

  it('the seed preset sets a value for every rule the seed speaks to, each with a seed source', () => {
    // the seven rules of release 0.1; the SDK's own interpretive thresholds are not in the seed
    expect(Object.keys(SEED_2018_BELEID.waarden).sort()).toEqual(
      Object.values(DATALEK_REGELS.vorigeIds).sort(),
    );
    for (const w of Object.values(SEED_2018_BELEID.waarden))
      expect(w.bron.titel).toMatch(/^Veiligheidsplan 2018/);
    for (const r of [maxOnbeschikbaarheid, maxWoordenPerZin])
      expect(r.waarden.map((w) => w.bron.zekerheid)).toEqual(['interpretatie']);
  });

  it('zoekWaardeVoor: policy first, statute second, nothing when neither sets a value', () => {
    expect(zoekWaardeVoor(termijnBetrokkenen, '2026-11-23')).toBeUndefined();
    expect(zoekWaardeVoor(termijnBetrokkenen, '2026-11-23', SEED_2018_BELEID)?.waarde).toEqual({
      aantal: 1,
      eenheid: 'weken',
    });
    expect(zoekWaardeVoor(meldtermijnAP, '2026-11-23')?.herkomst).toBe('wet');
  });

  it('the preset survives a JSON round trip and is checked the same way; the 0.1 name is the same object', () => {
    const kopie = JSON.parse(JSON.stringify(SEED_2018_BELEID));
    expect(controleerBeleid(kopie, '2026-11-23')).toEqual(controleerBeleid(SEED_2018_BELEID, '2026-11-23'));
    expect(veiligheidsplan2018).toBe(SEED_2018_BELEID);
    expect(Object.isFrozen(SEED_2018_BELEID.waarden)).toBe(true);
  });
});

/** A worked case of fixtures/seed-2018-controle-v0.1.json: the findings on the seed policy that release 0.1 gave. */
interface ControleInvoer {
  /** The id of the policy checked. */
  readonly beleid: string;
}
type ControleVerwacht = Pick<BeleidsControle, 'conform'> & {
  readonly bevindingen: readonly { regelId: string; oordeel: string; tekst: string }[];
};

const CONTROLE_V01 = new URL('../../fixtures/seed-2018-controle-v0.1.json', import.meta.url);

/** The check of `beleid` at the case's peildatum, in the shape of release 0.1 (its rule ids). */
function controleAls01(
  beleid: Beleid | BeleidV1,
  invoer: ControleInvoer,
  peildatum: IsoDatum,
): ControleVerwacht {
  expect(beleid.id).toBe(invoer.beleid);
  const controle = controleerBeleid(beleid, peildatum);
  return {
    conform: controle.conform,
    bevindingen: controle.bevindingen.map((b) => ({
      regelId: DATALEK_REGELS.regels[b.regelId]?.vorigeIds?.[0] ?? b.regelId,
      oordeel: b.oordeel,
      tekst: b.tekst,
    })),
  };
}

describe('policies checked against the law as shipped today (issue 7 item 5)', () => {
  describe('the seed preset gives the findings of release 0.1', () => {
    draaiFixtures<ControleInvoer, ControleVerwacht>(CONTROLE_V01, (invoer, { peildatum }) =>
      controleAls01(SEED_2018_BELEID, invoer, peildatum),
    );
  });

  describe('a policy stored in the shape of release 0.1 (embedded rules) still loads and is checked the same', () => {
    draaiFixtures<ControleInvoer, ControleVerwacht>(CONTROLE_V01, (invoer, { peildatum }) => {
      const oud = beleidV01 as unknown as BeleidV1;
      const codes = controleerBeleid(oud, peildatum).meldingen.map((m) => m.code);
      expect(codes[0]).toBe('OUDE_VORM');
      expect(codes.filter((c) => c === 'OUDE_REGEL_ID')).toHaveLength(7);
      return controleAls01(oud, invoer, peildatum);
    });
  });

  it('an old policy is compared with today’s rule, not with its embedded copy', () => {
    const oud = structuredClone(beleidV01) as unknown as {
      waarden: { regel: { waarden: { waarde: unknown }[] } }[];
    };
    // a copy that claims the Wbp tree is still law: the check ignores it and says so
    for (const w of oud.waarden[0]?.regel.waarden ?? []) w.waarde = 'wbp-2016';
    const controle = controleerBeleid(oud, '2026-11-23');
    expect(controle.bevindingen.find((b) => b.regelId === datalekBeslisboom.id)?.oordeel).toBe('afwijkend');
    expect(
      controle.meldingen.some((m) => m.code === 'KOPIE_WIJKT_AF' && m.regelId === datalekBeslisboom.id),
    ).toBe(true);
  });
});
