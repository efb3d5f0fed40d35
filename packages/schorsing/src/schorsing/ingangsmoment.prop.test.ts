import { epochMs, naarAmsterdamsTijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kalenderMetSchooldagArb } from '../testhulp/arbitraries.js';
import { berekenSchorsing } from './schorsing.js';

// The time of day never changes which school days a schorsing covers (WPO 40c lid 1, the SDK's reading that the
// ingangsdatum counts as a whole day): any moment on the ingangsdatum gives the same days as none, and the reason
// SCHORSING_INGANG_TIJDENS_SCHOOLDAG appears exactly when the moment is after 00:00 Dutch time. Moments are drawn
// as milliseconds in the Amsterdam day, so DST days (23 or 25 hours) are covered.
describe('property: time of day of a schorsing', () => {
  it('same days with or without a moment on the ingangsdatum; the reason iff after 00:00', () => {
    fc.assert(
      fc.property(
        kalenderMetSchooldagArb,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 25 * 60 - 1 }),
        ({ kalender, dag }, aantal, minuten) => {
          // 00:00 in Amsterdam: winter time (+01:00) or summer time (+02:00)
          const winter = epochMs(`${dag}T00:00:00+01:00`);
          const middernacht = naarAmsterdamsTijdstip(winter).startsWith(`${dag}T00:00`)
            ? winter
            : epochMs(`${dag}T00:00:00+02:00`);
          const ms = middernacht + minuten * 60_000;
          const moment = naarAmsterdamsTijdstip(ms);
          const duur = { aantal, eenheid: 'schooldagen' } as const;
          const zonder = berekenSchorsing({ ingangsdatum: dag, duur, kalender });
          const met = berekenSchorsing({ ingangsdatum: dag, ingangsmoment: moment, duur, kalender });
          if (!zonder.ok) return;
          if (moment.slice(0, 10) !== dag) {
            expect(met.ok ? [] : met.problemen.map((p) => p.code)).toEqual([
              'SCHORSING_MOMENT_NIET_OP_INGANGSDATUM',
            ]);
            return;
          }
          if (!met.ok) throw new Error('schorsing');
          expect(met.waarde.schooldagen).toEqual(zonder.waarde.schooldagen);
          expect(met.waarde.laatsteDag).toBe(zonder.waarde.laatsteDag);
          const reden = met.waarde.redenen.some((r) => r.code === 'SCHORSING_INGANG_TIJDENS_SCHOOLDAG');
          expect(reden).toBe(moment.slice(11, 16) !== '00:00');
        },
      ),
    );
  });
});
