import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { informeerplicht } from './informeerplicht.js';

interface Invoer {
  readonly jeugdige: unknown;
  readonly peildatum: string;
}

// The informeerplicht at 11, 12, 15 and 16, before and after the UAVG change of 1 September 2026.
draaiFixtures<Invoer>(
  new URL('../../fixtures/informeerplicht.json', import.meta.url),
  (invoer) => informeerplicht(invoer.jeugdige, invoer.peildatum as never).uitkomst,
);

describe('informeerplicht', () => {
  it('flags the open question of precedence with zekerheid interpretatie when Jeugdwet and UAVG differ', () => {
    const b = informeerplicht({ geboortedatum: '2012-05-01' }, '2026-12-02');
    const afwijking = b.redenen.find((r) => r.code === 'UAVG_WIJKT_AF');
    expect(afwijking?.bron?.zekerheid).toBe('interpretatie');
    expect(b.redenen.find((r) => r.code === 'UAVG_RECHTEN')?.bron?.versie).toBe('2026-09-01');
  });

  it('reads the UAVG as it was on the peildatum (2021 text before 1 September 2026)', () => {
    const b = informeerplicht({ geboortedatum: '2012-05-01' }, '2026-08-31');
    expect(b.redenen.find((r) => r.code === 'UAVG_RECHTEN')?.bron?.versie).toBe('2021-07-01');
  });

  it('counts the birthday itself: 12 on the day (Jeugdwet 7.1.5.1 "de leeftijd van twaalf ... heeft bereikt")', () => {
    expect(informeerplicht({ geboortedatum: '2014-12-02' }, '2026-12-01').uitkomst.leeftijd).toBe(11);
    expect(informeerplicht({ geboortedatum: '2014-12-02' }, '2026-12-02').uitkomst.mededelingAan).toEqual([
      'jeugdige',
      'wettelijk-vertegenwoordiger',
    ]);
  });
});
