import type { Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { meldcodeProcedure } from './procedure.js';

interface Invoer {
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
}

// Each case replays a stored logboek and states the next steps and open terms, or why it was refused.
draaiFixtures<Invoer>(new URL('../../fixtures/route.json', import.meta.url), (invoer) => {
  const r = meldcodeProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
  return {
    stappen: meldcodeProcedure.volgendeStappen(r.waarde).map((s) => s.code),
    termijnen: meldcodeProcedure.openTermijnen(r.waarde, invoer.nu).map((t) => ({
      code: t.code,
      laatsteDag: t.termijn?.laatsteDag,
      fase: t.status?.fase,
    })),
  };
});

describe('meldcodeProcedure', () => {
  const kop = { id: 'meldcode-2', eindverantwoordelijke: 'intern-begeleider' } as const;

  it('names the eindverantwoordelijke of the header as the one to decide', () => {
    const r = meldcodeProcedure.herspeel(kop, [
      {
        type: 'signaal-vastgelegd',
        datum: '2026-11-02',
        rol: 'leerkracht',
        herkomst: 'eigen-waarneming',
        feitelijk: true,
      },
    ]);
    expect(
      r.ok && meldcodeProcedure.volgendeStappen(r.waarde).find((s) => s.code === 'BESLUIT_NEMEN')?.rol,
    ).toBe('intern-begeleider');
  });

  it('refuses a header without the eindverantwoordelijke (Besluit meldcode art. 2 lid 1 onder c)', () => {
    const r = meldcodeProcedure.nieuwDossier({ id: 'meldcode-3' } as never);
    expect(r.ok ? [] : r.problemen.map((p) => p.pad.join('.'))).toEqual(['kop.eindverantwoordelijke']);
  });

  it('refuses a melding without a decision to report or a recorded danger', () => {
    const r = meldcodeProcedure.herspeel(kop, [
      {
        type: 'signaal-vastgelegd',
        datum: '2026-11-02',
        rol: 'leerkracht',
        herkomst: 'eigen-waarneming',
        feitelijk: true,
      },
      { type: 'melding-gedaan', datum: '2026-11-03', rol: 'aandachtsfunctionaris' },
    ]);
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['GEEN_BESLUIT_TOT_MELDEN']);
  });

  it('uses a policy’s own Veilig Thuis term when it sets one', () => {
    const r = meldcodeProcedure.herspeel(kop, [
      {
        type: 'signaal-vastgelegd',
        datum: '2026-11-02',
        rol: 'leerkracht',
        herkomst: 'eigen-waarneming',
        feitelijk: true,
      },
      {
        type: 'gevaar-vastgesteld',
        datum: '2026-11-02',
        rol: 'aandachtsfunctionaris',
        reden: 'concrete-aanwijzingen',
      },
      { type: 'melding-gedaan', datum: '2026-11-02', rol: 'aandachtsfunctionaris' },
    ]);
    if (!r.ok) throw new Error('dossier');
    const [wet] = meldcodeProcedure.openTermijnen(r.waarde, '2026-11-03T09:00:00+01:00');
    const [beleid] = meldcodeProcedure.openTermijnen(r.waarde, '2026-11-03T09:00:00+01:00', {
      beleid: SEED_2018_BELEID,
    });
    expect(wet?.termijn?.laatsteDag).toBe('2026-11-09');
    expect(wet?.bron?.zekerheid).toBe('onbevestigd');
    expect(beleid?.termijn?.laatsteDag).toBe('2026-11-09');
  });
});
