import { schoolkalender } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { berekenSchorsing } from './schorsing.js';

// Issue 11, time of day: a schorsing "met onmiddellijke ingang" at noon. WPO 40c lid 1 allows "ten hoogste één
// week"; the SDK counts the ingangsdatum as a whole school day even when the schorsing takes effect during it (the
// pupil misses the rest of that day), flagged as its reading (WPO_40C_DEEL_VAN_DAG, certainty interpretatie).
// Calendar regio noord: Monday 9 to Friday 13 March 2026 is an ordinary school week.
const kalender = schoolkalender({ regio: 'noord' });
const vijf = { aantal: 5, eenheid: 'schooldagen' } as const;

describe('time of day of a schorsing (WPO 40c lid 1; issue 11)', () => {
  it('worked case: 5 school days from Monday 9 March 2026 at 12:15 end on Friday 13 March: the Monday counts', () => {
    const r = berekenSchorsing({
      ingangsdatum: '2026-03-09',
      ingangsmoment: '2026-03-09T12:15:00+01:00',
      duur: vijf,
      kalender,
    });
    if (!r.ok) throw new Error('schorsing');
    expect(r.waarde.laatsteDag).toBe('2026-03-13');
    expect(r.waarde.terugOp).toBe('2026-03-16');
    expect(r.waarde.schooldagen).toHaveLength(5);
    expect(r.waarde.ingangsmoment).toBe('2026-03-09T12:15:00+01:00');
    const reden = r.waarde.redenen.find((x) => x.code === 'SCHORSING_INGANG_TIJDENS_SCHOOLDAG');
    expect(reden?.parameters).toEqual({ ingangsdatum: '2026-03-09', tijd: '12:15', schooldagen: 5 });
    expect(reden?.bron?.zekerheid).toBe('interpretatie');
    expect(reden?.tekst).toMatch(/telt als volle dag mee voor het maximum/);
  });

  it('the same schorsing without a moment, or taking effect at 00:00, counts the same days and gives no such reason', () => {
    const zonder = berekenSchorsing({ ingangsdatum: '2026-03-09', duur: vijf, kalender });
    const middernacht = berekenSchorsing({
      ingangsdatum: '2026-03-09',
      ingangsmoment: '2026-03-08T23:00:00Z',
      duur: vijf,
      kalender,
    });
    for (const r of [zonder, middernacht]) {
      if (!r.ok) throw new Error('schorsing');
      expect(r.waarde.laatsteDag).toBe('2026-03-13');
      expect(r.waarde.redenen.map((x) => x.code)).not.toContain('SCHORSING_INGANG_TIJDENS_SCHOOLDAG');
    }
  });

  it('a week "from Monday noon to Monday noon" is 6 school days: refused as longer than the maximum (WPO 40c lid 1)', () => {
    const r = berekenSchorsing({
      ingangsdatum: '2026-03-09',
      ingangsmoment: '2026-03-09T12:00:00+01:00',
      duur: { aantal: 6, eenheid: 'schooldagen' },
      kalender,
    });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['SCHORSING_TE_LANG']);
  });

  it('a moment that is not on the ingangsdatum in Dutch time is a coded problem, a malformed one too', () => {
    // 23:30 UTC on 9 March is 00:30 on 10 March in Amsterdam
    const anders = berekenSchorsing({
      ingangsdatum: '2026-03-09',
      ingangsmoment: '2026-03-09T23:30:00Z',
      duur: vijf,
      kalender,
    });
    expect(anders.ok ? [] : anders.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['SCHORSING_MOMENT_NIET_OP_INGANGSDATUM', ['ingangsmoment']],
    ]);
    const kapot = berekenSchorsing({
      ingangsdatum: '2026-03-09',
      ingangsmoment: '2026-03-09 12:00' as never,
      duur: vijf,
      kalender,
    });
    expect(kapot.ok ? [] : kapot.problemen.map((p) => p.code)).toEqual(['ONGELDIG_TIJDSTIP']);
  });

  it('in a dossier: the moment is stored with the schorsing; a dossier without it (the older shape) keeps working', () => {
    const met = staat(
      bouwDossier('dossier-moment', 'openbaar', [
        {
          type: 'schorsing-besloten',
          datum: '2026-03-09',
          ingangsdatum: '2026-03-09',
          ingangsmoment: '2026-03-09T12:15:00+01:00',
          duur: vijf,
        },
      ]),
    );
    const zonder = staat(
      bouwDossier('dossier-moment', 'openbaar', [
        { type: 'schorsing-besloten', datum: '2026-03-09', ingangsdatum: '2026-03-09', duur: vijf },
      ]),
    );
    expect(met.schorsingen[0]?.schorsing.laatsteDag).toBe(zonder.schorsingen[0]?.schorsing.laatsteDag);
    expect(met.schorsingen[0]?.schorsing.redenen.map((r) => r.code)).toContain(
      'SCHORSING_INGANG_TIJDENS_SCHOOLDAG',
    );
    expect(zonder.schorsingen[0]?.schorsing.ingangsmoment).toBeUndefined();
  });
});
