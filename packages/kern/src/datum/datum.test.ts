import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beginVanDagMs,
  dagenInMaand,
  dagnummer,
  type IsoDatum,
  isIsoDatum,
  isTijdstip,
  naarAmsterdamsTijdstip,
  plusMaanden,
  uitDagnummer,
  weekdag,
} from './datum.js';

describe('datum', () => {
  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-1-5', false],
  ])('accepts only real dates: isIsoDatum(%s) is %s', (tekst, geldig) => {
    expect(isIsoDatum(tekst)).toBe(geldig);
  });

  it.each([
    ['2026-10-23T14:30:00+02:00', true],
    ['2026-10-23T14:30:00.123Z', true],
    ['2026-10-23T14:30:00', false], // no offset: ambiguous
    ['2026-10-23', false],
  ])('accepts only instants with an offset: isTijdstip(%s) is %s', (tekst, geldig) => {
    expect(isTijdstip(tekst)).toBe(geldig);
  });

  it.each<[string, () => unknown, unknown]>([
    ['weekdag(2026-11-23) is Monday', () => weekdag('2026-11-23'), 1],
    ['weekdag(2025-04-27) is Sunday', () => weekdag('2025-04-27'), 7],
    [
      'a month before 31 March is the last day of February',
      () => plusMaanden('2026-03-31', -1),
      '2026-02-28',
    ],
    ['two months after 15 December', () => plusMaanden('2026-12-15', 2), '2027-02-15'],
  ])('computes without the machine time zone: %s', (_wat, f, verwacht) => {
    expect(f()).toBe(verwacht);
  });

  // the offsets to the minute around both changes of 2026 are in grenzen.test.ts; here the midnights
  it('writes midnight on both DST change days of 2026 (29 Mar, 25 Oct) with the right offset', () => {
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

describe('day numbers by arithmetic (issue 9: no Date object on the hot path)', () => {
  it('agree with Date.UTC and toISOString on every day of 1900-2199, and months have their lengths', () => {
    const afwijkend: string[] = [];
    for (let n = Date.UTC(1900, 0, 1) / 86_400_000; n <= Date.UTC(2199, 11, 31) / 86_400_000; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10) as IsoDatum;
      if (uitDagnummer(n) !== iso || dagnummer(iso) !== n) afwijkend.push(iso);
    }
    expect(afwijkend).toEqual([]);
    for (let jaar = 1900; jaar <= 2199; jaar++)
      for (let maand = 1; maand <= 12; maand++)
        expect(dagenInMaand(jaar, maand)).toBe(new Date(Date.UTC(jaar, maand, 0)).getUTCDate());
  });
});
