import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchoolveiligheidFout } from '../fout/fout.js';
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

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof SchoolveiligheidFout ? e.code : `ONGETYPT:${(e as Error).name}`;
  }
  return 'GEEN_FOUT';
};

describe('dates at the edges (issue 8: wrong answers without an error)', () => {
  it('refuses years outside 1900-2199 instead of reading 0050 as 1950 or writing +010000', () => {
    expect(isIsoDatum('0050-06-15')).toBe(false);
    expect(code(() => plusDagen('0050-06-15', 1))).toBe('ONGELDIGE_DATUM');
    expect(code(() => plusDagen('9999-12-31', 1))).toBe('ONGELDIGE_DATUM');
    expect(code(() => plusDagen('2199-12-31', 1))).toBe('ONGELDIGE_DATUM');
    expect(code(() => plusMaanden('2199-12-31', 1))).toBe('ONGELDIGE_DATUM');
    expect(plusDagen('1900-01-01', 0)).toBe('1900-01-01');
    expect(JAREN_BEREIK).toEqual({ van: 1900, tot: 2199 });
  });

  it('refuses impossible offsets, so berekenTermijn never meets "Invalid time value"', () => {
    expect(isTijdstip('2026-10-23T14:30:00+99:99')).toBe(false);
    expect(isTijdstip('2026-10-23T14:30:00+15:00')).toBe(false);
    expect(isTijdstip('2026-10-23T14:30:00+05:45')).toBe(true); // Nepal
    expect(isTijdstip('2026-10-23T14:30:00-12:00')).toBe(true);
  });

  it('refuses fractional or non-numeric counts and instants with a typed error', () => {
    expect(code(() => plusDagen('2026-01-01', 1.5))).toBe('ONGELDIGE_INVOER');
    expect(code(() => plusMaanden('2026-01-01', Number.NaN))).toBe('ONGELDIGE_INVOER');
    expect(code(() => amsterdamseDatum('5' as never))).toBe('ONGELDIGE_INVOER');
    expect(code(() => amsterdamseDatum(Number.POSITIVE_INFINITY))).toBe('ONGELDIGE_INVOER');
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
