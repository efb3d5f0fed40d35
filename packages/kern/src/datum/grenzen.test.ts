import { foutCode } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amsterdamOffsetMinuten,
  amsterdamOffsetViaIntl,
  amsterdamseDatum,
  isIsoDatum,
  isTijdstip,
  JAREN_BEREIK,
  plusDagen,
  plusMaanden,
} from './datum.js';

describe('dates at the edges (issue 8: wrong answers without an error)', () => {
  it.each<[string, () => unknown, unknown]>([
    ['0050-06-15 is no date (not read as 1950)', () => isIsoDatum('0050-06-15'), false],
    ['plusDagen from 0050-06-15', () => foutCode(() => plusDagen('0050-06-15', 1)), 'ONGELDIGE_DATUM'],
    [
      'plusDagen from 9999-12-31 (no +010000)',
      () => foutCode(() => plusDagen('9999-12-31', 1)),
      'ONGELDIGE_DATUM',
    ],
    ['plusDagen past 2199-12-31', () => foutCode(() => plusDagen('2199-12-31', 1)), 'ONGELDIGE_DATUM'],
    ['plusMaanden past 2199-12-31', () => foutCode(() => plusMaanden('2199-12-31', 1)), 'ONGELDIGE_DATUM'],
    ['1900-01-01 is the first day', () => plusDagen('1900-01-01', 0), '1900-01-01'],
    ['JAREN_BEREIK', () => JAREN_BEREIK, { van: 1900, tot: 2199 }],
  ])('refuses years outside 1900-2199: %s', (_wat, f, verwacht) => {
    expect(f()).toEqual(verwacht);
  });

  it.each([
    ['2026-10-23T14:30:00+99:99', false],
    ['2026-10-23T14:30:00+15:00', false],
    ['2026-10-23T14:30:00+05:45', true], // Nepal
    ['2026-10-23T14:30:00-12:00', true],
  ])('refuses impossible offsets, so berekenTermijn never meets "Invalid time value": %s', (t, geldig) => {
    expect(isTijdstip(t)).toBe(geldig);
  });

  it.each<[string, () => unknown]>([
    ['plusDagen by 1.5 days', () => plusDagen('2026-01-01', 1.5)],
    ['plusMaanden by NaN', () => plusMaanden('2026-01-01', Number.NaN)],
    ['amsterdamseDatum of a string', () => amsterdamseDatum('5' as never)],
    ['amsterdamseDatum of Infinity', () => amsterdamseDatum(Number.POSITIVE_INFINITY)],
  ])('refuses fractional or non-numeric counts and instants with a typed error: %s', (_wat, f) => {
    expect(foutCode(f)).toBe('ONGELDIGE_INVOER');
  });
});

describe('the Europe/Amsterdam offset table (EU summer time since 1996)', () => {
  it('knows the transitions of 2026 to the minute (last Sundays of March and October, 01:00 UTC)', () => {
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(amsterdamOffsetMinuten(Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
  });

  it('equals Intl on sampled hours of 1996-2100', () => {
    const van = Date.UTC(1996, 0, 1);
    const tot = Date.UTC(2101, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Math.floor((tot - van) / 3_600_000) }),
        fc.integer({ min: 0, max: 59 }),
        (uur, minuut) => {
          const ms = van + uur * 3_600_000 + minuut * 60_000;
          expect(amsterdamOffsetMinuten(ms)).toBe(amsterdamOffsetViaIntl(ms));
        },
      ),
    );
  });

  it('falls back to Intl before 1996 (1995 summer time ended in September)', () => {
    expect(amsterdamOffsetMinuten(Date.UTC(1995, 9, 10, 12))).toBe(60);
    expect(amsterdamOffsetMinuten(Date.UTC(1995, 9, 10, 12))).toBe(
      amsterdamOffsetViaIntl(Date.UTC(1995, 9, 10, 12)),
    );
  });
});
