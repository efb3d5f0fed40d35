import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from '../datum/datum.js';
import { schoolkalender } from './schoolkalender.js';
import type { SchoolkalenderInstellingen } from './schoolkalender.js';

describe('schoolkalender is memoised by content (issue 8: no cache keyed on a mutable object)', () => {
  it('gives the same frozen calendar for equal settings, whatever the key order or object identity', () => {
    const a = schoolkalender({ regio: 'midden', goedeVrijdagVrij: true });
    const b = schoolkalender(JSON.parse('{"goedeVrijdagVrij":true,"regio":"midden"}'));
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('is not changed when the caller changes its settings object afterwards', () => {
    const instellingen: { regio: 'noord'; vrijeDagen: { datum: '2026-03-10'; soort: 'studiedag' }[] } = {
      regio: 'noord',
      vrijeDagen: [{ datum: '2026-03-10', soort: 'studiedag' }],
    };
    const k = schoolkalender(instellingen);
    const hash = k.inhoudHash();
    instellingen.vrijeDagen.length = 0;
    expect(k.isSchooldag('2026-03-10')).toBe(false);
    expect(k.inhoudHash()).toBe(hash);
    expect(schoolkalender(instellingen).isSchooldag('2026-03-10')).toBe(true);
  });

  it('agrees with a calendar built from a fresh copy of the settings (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('noord', 'midden', 'zuid'),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 40 }),
        (regio, dag, n) => {
          const datum = plusDagen('2025-01-06', dag);
          const instellingen: SchoolkalenderInstellingen = {
            regio,
            vrijeDagen: [{ datum, soort: 'studiedag' }],
          };
          const memo = schoolkalender(instellingen);
          const vers = schoolkalender(structuredClone({ ...instellingen, goedeVrijdagVrij: false }));
          const zonder = schoolkalender(structuredClone(instellingen));
          expect(zonder).toBe(memo);
          expect(vers.isSchooldag(datum)).toBe(memo.isSchooldag(datum));
          expect(vers.voegSchooldagenToe(datum, n)).toBe(memo.voegSchooldagenToe(datum, n));
        },
      ),
    );
  });
});
