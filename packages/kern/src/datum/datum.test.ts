import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amsterdamOffsetMinuten,
  beginVanDagMs,
  dagnummer,
  isIsoDatum,
  isTijdstip,
  naarAmsterdamsTijdstip,
  plusMaanden,
  uitDagnummer,
  weekdag,
} from './datum.js';

describe('datum', () => {
  it('accepts only real dates and instants with an offset', () => {
    expect(isIsoDatum('2028-02-29')).toBe(true);
    expect(isIsoDatum('2026-02-29')).toBe(false);
    expect(isIsoDatum('2026-1-5')).toBe(false);
    expect(isTijdstip('2026-10-23T14:30:00+02:00')).toBe(true);
    expect(isTijdstip('2026-10-23T14:30:00.123Z')).toBe(true);
    expect(isTijdstip('2026-10-23T14:30:00')).toBe(false); // no offset: ambiguous
    expect(isTijdstip('2026-10-23')).toBe(false);
  });

  it('computes weekdays and month ends without the machine time zone', () => {
    expect(weekdag('2026-11-23')).toBe(1);
    expect(weekdag('2025-04-27')).toBe(7);
    expect(plusMaanden('2026-03-31', -1)).toBe('2026-02-28');
    expect(plusMaanden('2026-12-15', 2)).toBe('2027-02-15');
  });

  it('knows the Amsterdam offset around both DST changes of 2026 (29 Mar, 25 Oct at 01:00 UTC)', () => {
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
    expect(naarAmsterdamsTijdstip(beginVanDagMs('2026-03-29'))).toBe('2026-03-29T00:00:00+01:00');
    expect(naarAmsterdamsTijdstip(beginVanDagMs('2026-10-26'))).toBe('2026-10-26T00:00:00+01:00');
  });

  it('day numbers round-trip (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 80_000 }), (n) => dagnummer(uitDagnummer(n)) === n));
  });

  it('Amsterdam local time agrees with Luxon for any instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const afgerond = ms - (ms % 1000);
        const luxon = DateTime.fromMillis(afgerond, { zone: 'Europe/Amsterdam' }).toISO({
          suppressMilliseconds: true,
        });
        return naarAmsterdamsTijdstip(afgerond) === luxon;
      }),
    );
  });
});
