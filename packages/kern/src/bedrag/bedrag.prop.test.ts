import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Bedrag,
  bedragTekst,
  euroCenten,
  isBedrag,
  leesBedragTekst,
  telBedragenOp,
  vergelijkBedragen,
  vermenigvuldigBedrag,
} from './bedrag.js';

/** Amounts whose sums of up to a few stay safe, with small and huge values both likely. */
const bedrag: fc.Arbitrary<Bedrag> = fc
  .oneof(
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 8) }),
  )
  .map(euroCenten);

describe('Bedrag properties', () => {
  it('sum is commutative and associative, and 0 is neutral', () => {
    fc.assert(
      fc.property(bedrag, bedrag, bedrag, (a, b, c) => {
        expect(telBedragenOp([a, b])).toEqual(telBedragenOp([b, a]));
        expect(telBedragenOp([telBedragenOp([a, b]), c])).toEqual(telBedragenOp([a, telBedragenOp([b, c])]));
        expect(telBedragenOp([a, euroCenten(0)])).toEqual(a);
      }),
    );
  });

  it('sum of a list does not depend on its order, and equals the integer sum of the cents', () => {
    fc.assert(
      fc.property(fc.array(bedrag, { maxLength: 8 }), (lijst) => {
        const som = telBedragenOp(lijst);
        expect(telBedragenOp([...lijst].reverse())).toEqual(som);
        expect(BigInt(som.centen)).toBe(lijst.reduce((s, b) => s + BigInt(b.centen), 0n));
        expect(isBedrag(som)).toBe(true);
      }),
    );
  });

  it('text round-trips through leesBedragTekst', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (centen) => {
        const b = euroCenten(centen);
        const tekst = bedragTekst(b);
        expect(tekst).toMatch(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);
        expect(leesBedragTekst(tekst)).toEqual({ ok: true, waarde: b });
      }),
    );
  });

  it('comparison agrees with the cents, and is antisymmetric', () => {
    fc.assert(
      fc.property(bedrag, bedrag, (a, b) => {
        expect(vergelijkBedragen(a, b)).toBe(Math.sign(a.centen - b.centen));
        expect(vergelijkBedragen(b, a)).toBe(-vergelijkBedragen(a, b) || 0);
      }),
    );
  });

  it('multiplying by a whole number is repeated addition; by a decimal it rounds half up once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 20 }), (centen, n) => {
        const b = euroCenten(centen);
        expect(vermenigvuldigBedrag(b, n)).toEqual(telBedragenOp(Array.from({ length: n }, () => b)));
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 9999 }),
        (centen, promille) => {
          // factor promille/1000 exactly: cents * promille / 1000, rounded half up, in integer arithmetic
          const factor = promille / 1000;
          const teller = BigInt(centen) * BigInt(promille);
          const verwacht = Number((teller * 2n + 1000n) / 2000n);
          expect(vermenigvuldigBedrag(euroCenten(centen), factor).centen).toBe(verwacht);
        },
      ),
    );
  });
});
