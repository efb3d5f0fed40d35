import { isRolId, type Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monitoringsplanning, type SchoolMonitoring } from './planning.js';

describe('monitoringsplanning: properties', () => {
  const school = fc.record(
    {
      id: fc.constant('school-x'),
      afnamemaand: fc.integer({ min: 1, max: 12 }),
      rie: fc.record({
        laatsteOp: fc.constantFrom('2024-01-15', '2025-06-30', '2026-03-01'),
        intervalMaanden: fc.integer({ min: 1, max: 48 }),
      }),
      personeelsmonitor: fc.record({
        laatsteOp: fc.constantFrom('2024-09-01', '2025-03-31'),
        intervalMaanden: fc.integer({ min: 1, max: 48 }),
      }),
    },
    { requiredKeys: ['id'] },
  );
  it('every due date has a responsible role, and the planned date lies in the schooljaar', () => {
    fc.assert(
      fc.property(school, fc.integer({ min: 2020, max: 2030 }), (s, jaar) => {
        const p = monitoringsplanning(s as SchoolMonitoring, `${jaar}-${jaar + 1}`);
        for (const i of p.items) {
          if (i.uiterlijk !== null) expect(isRolId(i.rol)).toBe(true);
          if (i.gepland) expect(i.gepland >= `${jaar}-08-01` && i.gepland <= `${jaar + 1}-07-31`).toBe(true);
        }
      }),
    );
  });
  it('overdue is monotone in nu: what is overdue stays overdue later', () => {
    fc.assert(
      fc.property(school, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (s, a, b) => {
        const dag = (n: number) => new Date(Date.UTC(2025, 7, 1 + n)).toISOString().slice(0, 10);
        const vroeg = monitoringsplanning(s as SchoolMonitoring, '2025-2026', {
          nu: `${dag(Math.min(a, b))}T12:00:00+00:00` as Tijdstip,
        });
        const laat = monitoringsplanning(s as SchoolMonitoring, '2025-2026', {
          nu: `${dag(Math.max(a, b))}T12:00:00+00:00` as Tijdstip,
        });
        for (const c of vroeg.achterstallig) expect(laat.achterstallig).toContain(c);
      }),
    );
  });
});
