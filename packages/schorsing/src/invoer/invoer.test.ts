import { describe, expect, it } from 'vitest';
import { controleerAantal, controleerDatum, controleerKeuze, ontbrekendeKopieen } from './invoer.js';

describe('input checks without zod (same codes as kern)', () => {
  it('dates: ONGELDIGE_DATUM for an impossible date, optional fields may be absent', () => {
    expect(controleerDatum('2026-02-30', ['datum']).map((p) => p.code)).toEqual(['ONGELDIGE_DATUM']);
    expect(controleerDatum('2026-02-28', ['datum'])).toEqual([]);
    expect(controleerDatum(undefined, ['peildatum'], false)).toEqual([]);
    expect(controleerDatum(undefined, ['datum'])).toHaveLength(1);
  });

  it('choices and counts', () => {
    expect(controleerKeuze('openbaar', ['denominatie'], ['openbaar', 'bijzonder'])).toEqual([]);
    expect(controleerKeuze('katholiek', ['denominatie'], ['openbaar', 'bijzonder'])[0]?.code).toBe(
      'ONGELDIG_INVALID_VALUE',
    );
    expect(controleerAantal(0, ['duur', 'aantal'])[0]?.code).toBe('ONGELDIG_AANTAL');
    expect(controleerAantal(1.5, ['duur', 'aantal'])).toHaveLength(1);
    expect(controleerAantal(3, ['duur', 'aantal'])).toEqual([]);
  });

  it('names each missing copy of a letter (seed Bijlage 20 c.c.)', () => {
    expect(
      ontbrekendeKopieen(['bestuur'], ['leerplichtambtenaar', 'bestuur'], 'BRIEF', 'het model').map(
        (p) => p.code,
      ),
    ).toEqual(['BRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT']);
  });
});
