import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { berekenAntwoordtermijn } from './antwoordtermijn.js';

describe('berekenAntwoordtermijn: worked cases', () => {
  it('31 januari 2027 + een maand = zondag 28 februari; no Atw, no weekend roll-forward (AVG 12(3), Vo. 1182/71 art. 3 lid 2 c)', () => {
    const b = berekenAntwoordtermijn({ ontvangenOp: '2027-01-31' });
    expect(b.uitkomst.laatsteDag).toBe('2027-02-28');
    expect(b.uitkomst.eersteTermijn.spoor.map((s) => s.code)).toContain('MAAND_AFGEKAPT');
    expect(b.uitkomst.eersteTermijn.spoor.map((s) => s.code)).toContain('ATW_NIET_VAN_TOEPASSING');
    expect(b.redenen[0]?.bron?.artikel).toBe('art. 12 lid 3');
  });

  it('the extended end where the sources disagree is flagged with both days (AVG 12(3))', () => {
    const b = berekenAntwoordtermijn({ ontvangenOp: '2027-01-31', verlengingMeegedeeldOp: '2027-02-28' });
    expect(b.uitkomst.laatsteDag).toBe('2027-04-28');
    expect(b.uitkomst.bronnenOneens).toBe(true);
    expect(b.redenen.find((r) => r.code === 'VERLENGD_EINDE_BRONNEN_ONEENS')?.parameters).toEqual({
      viaEersteTermijn: '2027-04-28',
      viaOntvangst: '2027-04-30',
    });
  });

  it('an extension announced on 1 March 2027 is too late and has no effect (AVG 12(3))', () => {
    const b = berekenAntwoordtermijn({ ontvangenOp: '2027-01-31', verlengingMeegedeeldOp: '2027-03-01' });
    expect(b.uitkomst.verlengd).toBe(false);
    expect(b.uitkomst.laatsteDag).toBe('2027-02-28');
    expect(b.redenen.map((r) => r.code)).toEqual(['ANTWOORD_BINNEN_TERMIJN', 'VERLENGING_TE_LAAT']);
  });

  it("the seed's 4 weeks plus 4 weeks applies where it is earlier (Privacyreglement art. 15.2)", () => {
    const b = berekenAntwoordtermijn({
      ontvangenOp: '2026-11-06',
      verlengingMeegedeeldOp: '2026-11-20',
      beleid: SEED_2018_BELEID,
    });
    expect([b.uitkomst.eersteTermijn.laatsteDag, b.uitkomst.laatsteDag]).toEqual([
      '2026-12-04',
      '2027-01-01',
    ]);
    expect(b.uitkomst.eersteTermijn.grondslag).toBe('regeling');
  });

  it('refuses bad input with a typed error', () => {
    expect(() => berekenAntwoordtermijn({ ontvangenOp: '2027-02-30' as never })).toThrow(
      SchoolveiligheidFout,
    );
    expect(() =>
      berekenAntwoordtermijn({ ontvangenOp: '2027-02-10', verlengingMeegedeeldOp: '2027-02-01' }),
    ).toThrow(SchoolveiligheidFout);
  });
});
