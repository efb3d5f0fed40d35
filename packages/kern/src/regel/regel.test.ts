import { describe, expect, it } from 'vitest';
import type { Bron } from '../bron/bron.js';
import { regel, waardeOp, zoekWaardeOp } from './regel.js';

const bron = (artikel: string): Bron => ({ titel: 'WPO', artikel, zekerheid: 'wettekst' });

describe('regel: dated values (OpenFisca style)', () => {
  const inspectieTermijn = regel<string>({
    id: 'wpo.schorsing.inspectieMelding',
    omschrijving: 'Termijn melding inspectie bij schorsing langer dan een dag',
    strenger: 'exact',
    waarden: [
      { geldigVanaf: '2014-08-01', waarde: 'geen termijn', bron: bron('40c lid 3 (2018)') },
      { geldigVanaf: '2024-07-01', waarde: 'onverwijld', bron: bron('40c lid 3 (2024)') },
      { geldigVanaf: '2040-01-01', waarde: null, bron: bron('vervallen (voorbeeld)') },
    ],
  });

  it('returns the value valid at the peildatum with its source', () => {
    expect(waardeOp(inspectieTermijn, '2018-09-01')).toMatchObject({
      waarde: 'geen termijn',
      geldigVanaf: '2014-08-01',
    });
    expect(waardeOp(inspectieTermijn, '2026-11-23')).toMatchObject({
      waarde: 'onverwijld',
      bron: { artikel: '40c lid 3 (2024)' },
    });
  });

  it('has no value before the first date or after the rule ends', () => {
    expect(zoekWaardeOp(inspectieTermijn, '2010-01-01')).toBeUndefined();
    expect(() => waardeOp(inspectieTermijn, '2041-01-01')).toThrow(
      expect.objectContaining({ code: 'REGEL_NIET_GELDIG' }),
    );
  });

  it('rejects values out of date order or without a source', () => {
    expect(() =>
      regel({
        id: 'x.y',
        omschrijving: 'x',
        strenger: 'lager',
        waarden: [
          { geldigVanaf: '2020-01-01', waarde: 1, bron: bron('1') },
          { geldigVanaf: '2019-01-01', waarde: 2, bron: bron('2') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
    expect(() =>
      regel({
        id: 'x.y',
        omschrijving: 'x',
        strenger: 'lager',
        waarden: [{ geldigVanaf: '2020-01-01', waarde: 1, bron: {} as Bron }],
      }),
    ).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
  });
});
