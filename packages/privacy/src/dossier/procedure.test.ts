import type { Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { privacyProcedure } from './procedure.js';

/** The input of a worked case in fixtures/verzoeken.json: a stored dossier, the moment, the policy if any. */
interface Invoer {
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
  readonly beleid?: 'seed-2018';
}

// Each case replays a stored dossier and states its open terms and next steps, or why it was refused.
draaiFixtures<Invoer>(new URL('../../fixtures/verzoeken.json', import.meta.url), (invoer) => {
  const r = privacyProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
  const opties = invoer.beleid === 'seed-2018' ? { beleid: SEED_2018_BELEID } : {};
  return {
    termijnen: privacyProcedure.openTermijnen(r.waarde, invoer.nu, opties).map((t) => ({
      code: t.code,
      laatsteDag: t.termijn?.laatsteDag,
      verlengdDoorAtw: t.termijn?.verlengdDoorAtw,
      fase: t.status?.fase,
    })),
    stappen: privacyProcedure.volgendeStappen(r.waarde, opties).map((s) => s.code),
  };
});

describe('identity verification', () => {
  it('refuses an event that carries an ID document number (AVG 5(1)(c): not needed, never stored)', () => {
    const d = privacyProcedure.herspeel({ id: 'verzoek-9' }, [
      { type: 'verzoek-ontvangen', datum: '2027-01-31', recht: 'inzage', verzoeker: 'betrokkene' },
      {
        type: 'identiteit-vastgesteld',
        datum: '2027-02-01',
        wijze: 'identiteitsbewijs-getoond',
        documentnummer: 'NX1234567',
      },
    ]);
    expect(d.ok).toBe(false);
    expect(JSON.stringify(d)).not.toContain('NX1234567');
  });
});
