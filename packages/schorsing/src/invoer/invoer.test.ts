import { duurSchema, valideer } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { controleerAantal, controleerDatum, controleerKeuze } from './invoer.js';

describe('input checks without zod (same codes as kern)', () => {
  it('dates: ONGELDIGE_DATUM for an impossible date, optional fields may be absent', () => {
    expect(controleerDatum('2026-02-30', ['datum']).map((p) => p.code)).toEqual(['ONGELDIGE_DATUM']);
    expect(controleerDatum('2026-02-28', ['datum'])).toEqual([]);
    expect(controleerDatum(undefined, ['peildatum'], false)).toEqual([]);
    expect(controleerDatum(undefined, ['datum'])).toHaveLength(1);
    // kern's codes: a missing value is VERPLICHT, a value of the wrong kind VERKEERD_TYPE
    expect(controleerDatum(undefined, ['datum'])[0]?.code).toBe('VERPLICHT');
    expect(controleerDatum(20260228, ['datum'])[0]?.code).toBe('VERKEERD_TYPE');
  });

  it('choices and counts, with the codes and messages of kern (was ONGELDIG_INVALID_VALUE and ONGELDIG_AANTAL)', () => {
    expect(controleerKeuze('openbaar', ['denominatie'], ['openbaar', 'bijzonder'])).toEqual([]);
    expect(controleerKeuze('katholiek', ['denominatie'], ['openbaar', 'bijzonder'])[0]?.code).toBe(
      'ONGELDIGE_KEUZE',
    );
    expect(controleerAantal(0, ['duur', 'aantal'])[0]).toEqual({
      code: 'TE_KLEIN',
      pad: ['duur', 'aantal'],
      melding: 'Te klein; moet groter zijn dan 0.',
      parameters: { minimum: 0, inclusief: false },
    });
    expect(controleerAantal(1.5, ['duur', 'aantal'])).toHaveLength(1);
    // a text where a number belongs is a type problem, not "verplicht" (issue 7)
    expect(controleerAantal('zes', ['duur', 'aantal'])[0]?.code).toBe('VERKEERD_TYPE');
    expect(controleerAantal(3, ['duur', 'aantal'])).toEqual([]);
  });

  it('the same codes as kern gives for duurSchema', () => {
    for (const aantal of [0, -1, 1.5, 'zes', undefined, 3]) {
      const kern = valideer(duurSchema, { aantal, eenheid: 'schooldagen' });
      const hier = controleerAantal(aantal, ['aantal']);
      expect(hier.map((p) => [p.code, p.melding])).toEqual(
        kern.ok ? [] : kern.problemen.map((p) => [p.code, p.melding]),
      );
    }
  });
});
