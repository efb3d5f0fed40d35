import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { signaalStatus } from './signaal.js';

interface Invoer {
  readonly signaal: unknown;
  readonly nu: string;
}

// Verwijsindex dates around a 23rd birthday and a 2-year expiry (Jeugdwet 7.1.4.5, 7.1.4.6).
draaiFixtures<Invoer>(new URL('../../fixtures/verwijsindex.json', import.meta.url), (invoer) => {
  try {
    return signaalStatus(invoer.signaal, invoer.nu as never).uitkomst;
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return { fout: e.code };
    throw e;
  }
});

describe('signaalStatus', () => {
  it('explains itself: two years, archive, a new melding may be made', () => {
    const b = signaalStatus({ gemeldOp: '2025-03-03', geboortedatum: '2015-06-10' }, '2027-03-03');
    expect(b.redenen.map((r) => r.code)).toEqual([
      'SIGNAAL_TWEE_JAAR',
      'SIGNAAL_IN_ARCHIEF',
      'ARCHIEF_EENMALIG_SIGNAAL',
      'NIEUWE_MELDING_MOGELIJK',
      'LEEFTIJD_TELLING',
    ]);
    expect(b.redenen[0]?.bron?.artikel).toBe('art. 7.1.4.5 lid 2');
  });

  it('throws coded errors without echoing the input', () => {
    expect(() => signaalStatus({ gemeldOp: 'Jan Jansen' }, '2026-12-02')).toThrow(SchoolveiligheidFout);
    try {
      signaalStatus(
        { gemeldOp: '2026-01-01', geboortedatum: '2016-01-01', naam: 'Jan Jansen' },
        '2026-12-02',
      );
    } catch (e) {
      expect((e as SchoolveiligheidFout).code).toBe('ONGELDIGE_INVOER');
      expect(JSON.stringify({ m: (e as Error).message, d: (e as SchoolveiligheidFout).details })).not.toMatch(
        /Jan/,
      );
    }
    expect(() =>
      signaalStatus({ gemeldOp: '2026-01-01', geboortedatum: '2016-01-01' }, 'gisteren' as never),
    ).toThrow(SchoolveiligheidFout);
  });
});
