import { plusDagen, SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { foutCode, isSdkFout, ofFout } from './fout.js';

describe('foutCode', () => {
  it.each<[string, () => unknown, string]>([
    ['an SDK error gives its code', () => plusDagen('2199-12-31', 1), 'ONGELDIGE_DATUM'],
    ['a raw TypeError is marked untyped', () => (null as unknown as { x: number }).x, 'ONGETYPT:TypeError'],
    [
      'a thrown string is marked untyped',
      () => {
        throw 'kapot';
      },
      'ONGETYPT:string',
    ],
    ['a call that returns gives GEEN_FOUT', () => plusDagen('2026-01-01', 1), 'GEEN_FOUT'],
  ])('%s', (_wat, f, code) => {
    expect(foutCode(f)).toBe(code);
  });
});

describe('isSdkFout and ofFout', () => {
  it('know an SDK error, also from another copy of kern, and nothing else', () => {
    const vreemd = Object.assign(new Error('x'), { code: 'ONGELDIGE_INVOER', details: {} });
    expect([isSdkFout(new SchoolveiligheidFout('ONGELDIGE_INVOER', 'x')), isSdkFout(vreemd)]).toEqual([
      true,
      true,
    ]);
    expect([isSdkFout(new TypeError('x')), isSdkFout({ code: 'X', details: {} })]).toEqual([false, false]);
  });

  it('returns the value or the SDK error, and rethrows any other error', () => {
    expect(ofFout(() => 5)).toBe(5);
    expect(ofFout(() => plusDagen('2199-12-31', 1))).toMatchObject({ code: 'ONGELDIGE_DATUM' });
    expect(() => ofFout(() => JSON.parse('{'))).toThrow(SyntaxError);
  });
});
