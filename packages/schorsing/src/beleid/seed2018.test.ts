import { controleerBeleid, waardeVoor } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { schorsingMaxDuur } from '../regels/regels.js';
import { SEED_2018_BELEID } from './seed2018.js';

describe('SEED_2018_BELEID vs statute (legal-rules 9 items 6 and 7)', () => {
  const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
  const oordeel = (id: string) => controle.bevindingen.find((b) => b.regelId === id)?.oordeel;

  it('is not conform the law at 2026-11-23', () => {
    expect(controle.conform).toBe(false);
  });

  it('reports each deviation of the seed with the right judgement', () => {
    expect(oordeel('wpo.schorsing.maxDuur')).toBe('afwijkend'); // 5 schooldagen vs 1 week: not comparable
    expect(oordeel('wpo.schorsing.rechtsmiddelOpenbaar')).toBe('afwijkend'); // "slechts ... de rechter"
    expect(oordeel('awb.bezwaar.start')).toBe('afwijkend'); // "6 weken na dagtekening"
    expect(oordeel('wpo.schorsing.meldingInspectieOnverwijld')).toBe('soepeler'); // no "onverwijld"
    expect(oordeel('wpo.schorsing.meldingLeerplichtambtenaar')).toBe('strenger'); // beyond the law: fine
    expect(oordeel('wpo.schorsing.meldingInspectieBoven')).toBe('gelijk');
    expect(oordeel('wpo.verwijdering.beslistermijnBijzonder')).toBe('gelijk');
    expect(oordeel('gpo.verwijdering.indieningstermijn')).toBe('gelijk');
    expect(oordeel('wpo.verwijdering.andereSchool')).toBe('gelijk'); // no "8 weeks" in the seed
  });

  it('in 2018 the missing "onverwijld" was still the law (WPO 40c lid 3, text 2018-08-01)', () => {
    expect(
      controleerBeleid(SEED_2018_BELEID, '2018-09-01').bevindingen.find(
        (b) => b.regelId === 'wpo.schorsing.meldingInspectieOnverwijld',
      )?.oordeel,
    ).toBe('gelijk');
  });

  it('names both sources in every finding and never mentions people', () => {
    for (const b of controle.bevindingen) {
      expect(b.tekst).toContain('Veiligheidsplan 2018');
      expect(b.beleid.bron.zekerheid).toBe('secundair');
    }
  });

  it('the preset is the value used when passed as beleid', () => {
    expect(waardeVoor(schorsingMaxDuur, '2026-11-23', SEED_2018_BELEID).waarde).toEqual({
      aantal: 5,
      eenheid: 'schooldagen',
    });
  });
});
