import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGeldigBsn, normaliseerBsn, redigeer } from './identificatie.js';

// Redaction removes every valid BSN from any string (issue 15): random text around any elfproef-valid number,
// bare or written with dots or spaces.

/** Any valid BSN: eight random digits and the check digit the elfproef gives, when it is a digit. */
const bsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const som = d.reduce((s, x, i) => s + (9 - i) * x, 0);
    return [...d, som % 11].join('');
  })
  .filter((b) => b.length === 9 && isGeldigBsn(b));

const vorm = fc.constantFrom(
  (b: string) => b,
  (b: string) => `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`,
  (b: string) => `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`,
);

const tekst = fc.string({ maxLength: 40 });

describe('redigeer: properties', () => {
  it('removes every valid BSN from any string', () => {
    fc.assert(
      fc.property(tekst, bsn, vorm, tekst, (voor, b, v, na) => {
        const uit = redigeer(`${voor}x ${v(b)} x${na}`);
        expect(uit).not.toContain(v(b));
        const cijfers = uit.replace(/[\s.-]/g, '');
        expect(cijfers.includes(b)).toBe(false);
      }),
    );
  });

  it('normalises every written form of a BSN to the same nine digits', () => {
    fc.assert(
      fc.property(bsn, vorm, (b, v) => {
        expect(normaliseerBsn(v(b))).toBe(b);
      }),
    );
  });
});
