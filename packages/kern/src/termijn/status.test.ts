import { describe, expect, it } from 'vitest';
import { termijnStatus } from './status.js';
import { berekenTermijn } from './termijn.js';

describe('termijnStatus', () => {
  const bezwaar = berekenTermijn({
    gebeurtenis: '2026-12-01',
    duur: { aantal: 6, eenheid: 'weken' },
    grondslag: 'nl-wet',
  });

  it('is running, almost due, then overdue around vervaltOp 2027-01-13T00:00+01:00', () => {
    expect(termijnStatus(bezwaar, '2026-12-20T09:00:00+01:00')).toMatchObject({ fase: 'lopend' });
    expect(termijnStatus(bezwaar, '2027-01-12T09:00:00+01:00')).toMatchObject({
      fase: 'bijna-verlopen',
      resterendeMinuten: 900,
      tekst: 'nog 15 uur',
    });
    expect(termijnStatus(bezwaar, '2027-01-14T01:30:00+01:00')).toMatchObject({
      fase: 'verlopen',
      resterendeMinuten: -1530,
      resterend: { dagen: 1, uren: 1, minuten: 30 },
      tekst: '1 dag, 1 uur en 30 minuten te laat',
    });
  });

  it('uses a configurable threshold', () => {
    expect(termijnStatus(bezwaar, '2027-01-10T00:00:00+01:00', { bijnaVerlopenUren: 72 }).fase).toBe(
      'bijna-verlopen',
    );
  });
});
