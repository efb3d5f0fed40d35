import { describe, expect, it } from 'vitest';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { openTermijnen, verwerk, volgendeStappen } from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';
import { gemisteSchooldagen } from './toestand.js';

// Issue 11: lifting a schorsing early, or revoking it. WPO 40c is silent; the SDK's reading (SCHORSING_OPHEFFEN_LEZING,
// interpretatie): after a lifting only the school days before the pupil is back count toward the maximum of WPO 40c
// lid 1 ("ten hoogste één week", read as 5 school days) and toward a chain; a revoked schorsing no longer calls for
// the notice to the inspectie (WPO 40c lid 3) nor opens a bezwaartermijn (Awb 6:7), while a bezwaar already running
// keeps the board's decision term (Awb 7:10; Awb 6:19 lid 1, second-hand). Calendar regio noord, March 2026.
const vijf: Gebeurtenis = {
  type: 'schorsing-besloten',
  datum: '2026-03-09',
  ingangsdatum: '2026-03-09',
  duur: { aantal: 5, eenheid: 'schooldagen' },
};
const weiger = (d: ReturnType<typeof bouwDossier>, g: Gebeurtenis) => {
  const r = verwerk(d, g);
  return r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.at(-1)]);
};

describe('lifting a schorsing early (issue 11)', () => {
  it('worked case: 5 days from Monday 9 March lifted on Tuesday, back on Wednesday 11 March: 2 days missed', () => {
    const t = staat(
      bouwDossier('dossier-op', 'openbaar', [
        vijf,
        { type: 'schorsing-opgeheven', datum: '2026-03-10', terugOp: '2026-03-11' },
      ]),
    );
    const s = t.schorsingen[0];
    if (!s) throw new Error('schorsing');
    expect(s.opgeheven).toEqual({ datum: '2026-03-10', terugOp: '2026-03-11' });
    expect(gemisteSchooldagen(s)).toEqual(['2026-03-09', '2026-03-10']);
    // the decision itself is unchanged: its letter, notices and bezwaartermijn stay as they were
    expect(s.schorsing.laatsteDag).toBe('2026-03-13');
  });

  it('the remaining days no longer count: a new schorsing from Monday 16 March is no chain (WPO 40c lid 1)', () => {
    const nieuw: Gebeurtenis = {
      type: 'schorsing-besloten',
      datum: '2026-03-13',
      ingangsdatum: '2026-03-16',
      duur: { aantal: 3, eenheid: 'schooldagen' },
    };
    // without the lifting, 9-13 and 16-18 March are 8 school days in one run: refused
    expect(weiger(bouwDossier('dossier-op', 'openbaar', [vijf]), nieuw)).toEqual([
      ['SCHORSING_SLUIT_AAN', 'ingangsdatum'],
    ]);
    const opgeheven = bouwDossier('dossier-op', 'openbaar', [
      vijf,
      { type: 'schorsing-opgeheven', datum: '2026-03-10', terugOp: '2026-03-11' },
    ]);
    expect(weiger(opgeheven, nieuw)).toEqual([]);
  });

  it('a lifted schorsing still chains with the days it did run: 3 missed + 2 new = 5 accepted, + 3 new = 6 refused', () => {
    const d = bouwDossier('dossier-op', 'openbaar', [
      vijf,
      { type: 'schorsing-opgeheven', datum: '2026-03-11', terugOp: '2026-03-12' },
    ]);
    const vanaf = (aantal: number): Gebeurtenis => ({
      type: 'schorsing-besloten',
      datum: '2026-03-12',
      ingangsdatum: '2026-03-12',
      duur: { aantal, eenheid: 'schooldagen' },
    });
    const twee = verwerk(d, vanaf(2));
    // accepted, and flagged as following on without a school day in between (within the maximum: no reason needed)
    expect(twee.ok && staat(twee.waarde).schorsingen[1]?.aansluitend).toEqual({ redenVastgelegd: false });
    expect(weiger(d, vanaf(3))).toEqual([['SCHORSING_SLUIT_AAN', 'ingangsdatum']]);
  });

  it('refusals: back on the first day, back on a Saturday, back after the last day, lifted twice, an unknown number', () => {
    const d = bouwDossier('dossier-op', 'openbaar', [
      {
        type: 'schorsing-besloten',
        datum: '2026-03-12',
        ingangsdatum: '2026-03-12',
        duur: { aantal: 4, eenheid: 'schooldagen' },
      },
    ]);
    const op = (terugOp: string, extra = {}): Gebeurtenis =>
      ({ type: 'schorsing-opgeheven', datum: '2026-03-12', terugOp, ...extra }) as Gebeurtenis;
    expect(weiger(d, op('2026-03-12'))).toEqual([['OPHEFFING_BUITEN_SCHORSING', 'terugOp']]);
    expect(weiger(d, op('2026-03-14'))).toEqual([['TERUG_OP_GEEN_SCHOOLDAG', 'terugOp']]);
    expect(weiger(d, op('2026-03-18'))).toEqual([['OPHEFFING_BUITEN_SCHORSING', 'terugOp']]);
    expect(weiger(d, op('2026-03-13', { schorsingNummer: 3 }))).toEqual([
      ['GEEN_SCHORSING', 'schorsingNummer'],
    ]);
    const r = verwerk(d, op('2026-03-16'));
    if (!r.ok) throw new Error('opheffen');
    expect(weiger(r.waarde, op('2026-03-17'))).toEqual([['SCHORSING_AL_BEEINDIGD', 'type']]);
  });
});

describe('revoking a schorsing (issue 11)', () => {
  const TWEE: readonly Gebeurtenis[] = [
    {
      type: 'schorsing-besloten',
      datum: '2026-03-02',
      ingangsdatum: '2026-03-03',
      duur: { aantal: 2, eenheid: 'schooldagen' },
    },
    { type: 'schorsingsbrief-verzonden', datum: '2026-03-02' },
  ];
  const nu = '2026-03-04T09:00:00+01:00';
  const codes = (d: ReturnType<typeof bouwDossier>) => openTermijnen(d, nu).map((t) => t.code);

  it('worked case: the notice to the inspectie (WPO 40c lid 3) and the bezwaartermijn (Awb 6:7) vanish', () => {
    const voor = bouwDossier('dossier-in', 'openbaar', TWEE);
    expect(codes(voor)).toEqual(['MELDING_INSPECTIE_SCHORSING', 'BEZWAARTERMIJN_SCHORSING']);
    const na = bouwDossier('dossier-in', 'openbaar', [
      ...TWEE,
      { type: 'schorsing-ingetrokken', datum: '2026-03-03' },
    ]);
    expect(codes(na)).toEqual([]);
    const s = staat(na).schorsingen[0];
    // the pupil already missed Tuesday 3 March: that day keeps counting
    expect(s && gemisteSchooldagen(s)).toEqual(['2026-03-03']);
    // no letter, notice or schoolwork steps for a revoked schorsing
    expect(volgendeStappen(na).map((x) => x.code)).not.toContain('SCHOOLWERK_REGELEN');
  });

  it('a running bezwaar keeps the decision term after the revocation; a revoked schorsing cannot be revoked again', () => {
    const d = bouwDossier('dossier-in', 'openbaar', [
      ...TWEE,
      { type: 'bezwaar-ingediend', datum: '2026-03-03', tegen: 'schorsing' },
      { type: 'schorsing-ingetrokken', datum: '2026-03-04' },
    ]);
    expect(codes(d)).toEqual(['BESLISTERMIJN_BEZWAAR_SCHORSING']);
    expect(weiger(d, { type: 'schorsing-ingetrokken', datum: '2026-03-05' })).toEqual([
      ['SCHORSING_AL_BEEINDIGD', 'type'],
    ]);
  });

  it('a schorsing revoked before it started misses no day and leaves room for a new one', () => {
    const d = bouwDossier('dossier-in', 'openbaar', [
      {
        type: 'schorsing-besloten',
        datum: '2026-03-06',
        ingangsdatum: '2026-03-09',
        duur: { aantal: 5, eenheid: 'schooldagen' },
      },
      { type: 'schorsing-ingetrokken', datum: '2026-03-06' },
    ]);
    const s = staat(d).schorsingen[0];
    expect(s && gemisteSchooldagen(s)).toEqual([]);
    expect(
      weiger(d, {
        type: 'schorsing-besloten',
        datum: '2026-03-09',
        ingangsdatum: '2026-03-09',
        duur: { aantal: 5, eenheid: 'schooldagen' },
      }),
    ).toEqual([]);
  });
});
