import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { draaiVoorbeelden } from '../../../../scripts/doctest.js';
import { SchoolveiligheidFout } from '../fout/fout.js';
import { valideer } from '../resultaat/resultaat.js';
import * as bedrag from './bedrag.js';
import {
  bedragSchema,
  bedragTekst,
  euroCenten,
  isBedrag,
  leesBedragTekst,
  telBedragenOp,
  vergelijkBedragen,
  vermenigvuldigBedrag,
} from './bedrag.js';

// The TSDoc examples of this folder, served from this module and `valideer` (they also run from kern's
// index in src/voorbeelden.test.ts, once the exports are there).
draaiVoorbeelden(
  new URL('.', import.meta.url),
  { '@schoolveiligheid/kern': { ...bedrag, valideer } },
  { titel: 'TSDoc @example of bedrag.ts', eigen: bedrag },
);

/** The error a call throws; fails the test when it does not throw. */
function fout(f: () => unknown): SchoolveiligheidFout {
  try {
    f();
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return e;
    throw new Error(`expected a SchoolveiligheidFout, got ${String(e)}`);
  }
  throw new Error('expected a throw');
}

const GEHEIM = 'Jan Jansen 111222333';

describe('euroCenten and isBedrag', () => {
  it('builds a Bedrag of whole, non-negative, safe cents', () => {
    expect(euroCenten(0)).toEqual({ centen: 0, valuta: 'EUR' });
    expect(euroCenten(Number.MAX_SAFE_INTEGER).centen).toBe(Number.MAX_SAFE_INTEGER);
    expect(JSON.parse(JSON.stringify(euroCenten(2500)))).toEqual(euroCenten(2500));
  });

  it('throws ONGELDIGE_INVOER for anything else, never a TypeError and never with the input', () => {
    for (const w of [-1, 0.5, Number.NaN, Infinity, 2 ** 53, '2500', GEHEIM, null, undefined, {}, 10n]) {
      const f = fout(() => euroCenten(w as number));
      expect(f.code).toBe('ONGELDIGE_INVOER');
      expect(`${f.message} ${JSON.stringify(f.details)}`).not.toContain('Jansen');
    }
  });

  it('recognises a Bedrag', () => {
    expect(isBedrag({ centen: 1, valuta: 'EUR' })).toBe(true);
    for (const w of [
      null,
      1,
      'EUR',
      { centen: 1 },
      { centen: -1, valuta: 'EUR' },
      { centen: '1', valuta: 'EUR' },
    ]) {
      expect(isBedrag(w)).toBe(false);
    }
  });
});

describe('bedragSchema', () => {
  it('validates whole, non-negative cents in euro, and converts to JSON Schema', () => {
    expect(valideer(bedragSchema, { centen: 2500, valuta: 'EUR' })).toEqual({
      ok: true,
      waarde: { centen: 2500, valuta: 'EUR' },
    });
    const r = valideer(bedragSchema, { centen: -1, valuta: 'USD' });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.join('.')])).toEqual([
      ['TE_KLEIN', 'centen'],
      ['ONGELDIGE_KEUZE', 'valuta'],
    ]);
    const groot = valideer(bedragSchema, { centen: 2 ** 53, valuta: 'EUR' });
    expect(groot.ok ? [] : groot.problemen.map((p) => p.code)).toEqual(['TE_GROOT']);
    expect(z.toJSONSchema(bedragSchema)).toMatchObject({
      type: 'object',
      description: expect.stringMatching(/money/),
      properties: {
        centen: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
        valuta: { const: 'EUR' },
      },
      required: ['centen', 'valuta'],
    });
  });

  it('agrees with isBedrag', () => {
    for (const w of [{ centen: 3, valuta: 'EUR' }, { centen: 3.5, valuta: 'EUR' }, { centen: 3 }, null]) {
      expect(valideer(bedragSchema, w).ok).toBe(isBedrag(w));
    }
  });
});

describe('telBedragenOp', () => {
  it('adds exactly to the cent', () => {
    // 0.1 + 0.2 in floating-point euros is not 0.3; in cents it is exact
    expect(telBedragenOp([euroCenten(10), euroCenten(20)])).toEqual(euroCenten(30));
    expect(telBedragenOp([euroCenten(Number.MAX_SAFE_INTEGER - 1), euroCenten(1)]).centen).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it('throws ONGELDIGE_INVOER for a bad element (naming its index) and for an unsafe sum', () => {
    const f = fout(() => telBedragenOp([euroCenten(1), { centen: GEHEIM } as never]));
    expect([f.code, f.details.index]).toEqual(['ONGELDIGE_INVOER', 1]);
    expect(f.message).not.toContain('Jansen');
    expect(fout(() => telBedragenOp('x' as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => telBedragenOp([euroCenten(Number.MAX_SAFE_INTEGER), euroCenten(1)])).code).toBe(
      'ONGELDIGE_INVOER',
    );
  });
});

describe('vermenigvuldigBedrag', () => {
  it('rounds half up to whole cents, once, on the exact product', () => {
    expect(vermenigvuldigBedrag(euroCenten(25), 0.5).centen).toBe(13); // 12,5 -> 13
    expect(vermenigvuldigBedrag(euroCenten(25), 0.1).centen).toBe(3); // 2,5 -> 3 (0.1 read as 1/10)
    expect(vermenigvuldigBedrag(euroCenten(1), 0.49).centen).toBe(0);
    expect(vermenigvuldigBedrag(euroCenten(1), 0.5).centen).toBe(1);
    expect(vermenigvuldigBedrag(euroCenten(1005), 1.5).centen).toBe(1508); // 1507,5 -> 1508
    expect(vermenigvuldigBedrag(euroCenten(100), 1.005).centen).toBe(101); // 100,5 -> 101, not 100.49999
    expect(vermenigvuldigBedrag(euroCenten(2500), 0).centen).toBe(0);
    expect(vermenigvuldigBedrag(euroCenten(3), 0.1 + 0.2).centen).toBe(1); // 0.9000000000000001 -> 1
    expect(vermenigvuldigBedrag(euroCenten(1), 1e-7).centen).toBe(0);
    expect(vermenigvuldigBedrag(euroCenten(1), 1e15).centen).toBe(1e15);
  });

  it('throws ONGELDIGE_INVOER for a bad factor, a bad amount or an unsafe product', () => {
    for (const factor of [-1, Number.NaN, Infinity, '2', null]) {
      expect(fout(() => vermenigvuldigBedrag(euroCenten(1), factor as number)).code).toBe('ONGELDIGE_INVOER');
    }
    expect(fout(() => vermenigvuldigBedrag({ centen: -5 } as never, 2)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => vermenigvuldigBedrag(euroCenten(2), 1e300)).code).toBe('ONGELDIGE_INVOER');
  });
});

describe('vergelijkBedragen', () => {
  it('orders amounts', () => {
    expect(vergelijkBedragen(euroCenten(1), euroCenten(2))).toBe(-1);
    expect(vergelijkBedragen(euroCenten(2), euroCenten(2))).toBe(0);
    expect(vergelijkBedragen(euroCenten(3), euroCenten(2))).toBe(1);
    expect(fout(() => vergelijkBedragen(euroCenten(1), null as never)).code).toBe('ONGELDIGE_INVOER');
  });
});

describe('bedragTekst and leesBedragTekst', () => {
  it('writes Dutch amounts without Intl', () => {
    expect(
      [0, 1, 99, 100, 2500, 99999, 100000, 123456789, Number.MAX_SAFE_INTEGER].map((c) =>
        bedragTekst(euroCenten(c)),
      ),
    ).toEqual([
      '€ 0,00',
      '€ 0,01',
      '€ 0,99',
      '€ 1,00',
      '€ 25,00',
      '€ 999,99',
      '€ 1.000,00',
      '€ 1.234.567,89',
      '€ 90.071.992.547.409,91',
    ]);
    expect(fout(() => bedragTekst({ centen: 1.5, valuta: 'EUR' })).code).toBe('ONGELDIGE_INVOER');
  });

  it('reads them back, and variants a person types', () => {
    expect(leesBedragTekst('€ 25,00')).toEqual({ ok: true, waarde: euroCenten(2500) });
    expect(leesBedragTekst('€25,00')).toEqual({ ok: true, waarde: euroCenten(2500) });
    expect(leesBedragTekst('€\u00a01234,56')).toEqual({ ok: true, waarde: euroCenten(123456) });
    expect(leesBedragTekst(' € 0,05 ')).toEqual({ ok: true, waarde: euroCenten(5) });
  });

  it('returns problems for bad text, without repeating it', () => {
    for (const tekst of ['25', '€ 25', '€ 25,0', '€ 1.23,00', '€ 01,00', '€ -1,00', 'EUR 25,00', GEHEIM]) {
      const r = leesBedragTekst(tekst);
      expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['ONGELDIG_FORMAAT']);
      expect(JSON.stringify(r)).not.toContain('Jansen');
    }
    const en = leesBedragTekst('x', { taal: 'en' });
    expect(en.ok ? '' : en.problemen[0]?.melding).toBe('Invalid format; expected amount (€ 25,00).');
    const geenTekst = leesBedragTekst(25 as never);
    expect(geenTekst.ok ? [] : geenTekst.problemen.map((p) => p.code)).toEqual(['VERKEERD_TYPE']);
    const groot = leesBedragTekst('€ 90.071.992.547.409,92');
    expect(groot.ok ? [] : groot.problemen.map((p) => p.code)).toEqual(['TE_GROOT']);
  });
});

describe('time zone and locale', () => {
  it('does not depend on the process time zone', () => {
    // the suite runs under several TZ values; the text is the same under each
    expect(bedragTekst(euroCenten(2500))).toBe('€ 25,00');
    expect(process.env.TZ === undefined || typeof process.env.TZ === 'string').toBe(true);
  });
});
