import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isGeldigBsn,
  normaliseerBsn,
  redigeer,
  veiligeTekst,
  vindPersoonsgegevens,
} from './persoonsgegevens.js';

/** A fake but valid-looking BSN: eight random digits and the ninth chosen so the elfproef holds. */
const nepBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const som = d.reduce((s, c, i) => s + (9 - i) * c, 0);
    return { d, laatste: som % 11 };
  })
  .filter(({ d, laatste }) => laatste < 10 && d.some((c) => c > 0))
  .map(({ d, laatste }) => `${d.join('')}${laatste}`);

describe('BSN (elfproef, Wet algemene bepalingen burgerservicenummer art. 1)', () => {
  it('accepts every number built to pass the elfproef and rejects a changed last digit', () => {
    fc.assert(
      fc.property(nepBsn, (bsn) => {
        expect(isGeldigBsn(bsn)).toBe(true);
        const anders = `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`;
        expect(isGeldigBsn(anders)).toBe(false);
      }),
    );
  });

  it('normalises separators and 8-digit numbers, and refuses anything else without throwing', () => {
    expect(normaliseerBsn('1112-22-333')).toBe('111222333');
    for (const x of [null, undefined, {}, [], 1.5, '1234567', '1234567890', 'x'.repeat(10_000)]) {
      expect(normaliseerBsn(x)).toBeUndefined();
      expect(isGeldigBsn(x)).toBe(false);
    }
    expect(isGeldigBsn('000000000')).toBe(false);
  });
});

describe('personal data in free text', () => {
  it('finds a BSN, an e-mail address, a phone number and an IBAN, and redacts them', () => {
    fc.assert(
      fc.property(nepBsn, (bsn) => {
        const tekst = `Jan Jansen (${bsn}), jan@example.nl, 06 12345678, NL91ABNA0417164300`;
        expect(vindPersoonsgegevens(tekst)).toEqual(['e-mail', 'iban', 'bsn', 'telefoon']);
        const schoon = redigeer(tekst);
        expect(schoon).not.toContain(bsn);
        expect(schoon).toBe('Jan Jansen ([bsn]), [e-mail], [telefoon], [iban]');
      }),
    );
  });

  it('keeps ordinary texts of a trace as they are', () => {
    for (const t of [
      'studiedag',
      'geschil bij de Geschillencommissie passend onderwijs',
      'week 12, 3 dagen',
    ]) {
      expect(vindPersoonsgegevens(t)).toEqual([]);
      expect(veiligeTekst(t, 'x')).toBe(t);
    }
  });

  it('replaces long, multi-line or personal text by the given code text', () => {
    expect(veiligeTekst('a'.repeat(81), 'vrije dag')).toBe('vrije dag');
    expect(veiligeTekst('regel 1\nregel 2', 'vrije dag')).toBe('vrije dag');
    expect(veiligeTekst('BSN 111222333', 'vrije dag')).toBe('vrije dag');
    expect(veiligeTekst(42, 'vrije dag')).toBe('vrije dag');
  });
});
