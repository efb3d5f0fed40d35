// The bench helpers: the two ways of building a dossier agree, and meetSchaal reports counted work that is off.
import { describe, expect, it } from 'vitest';
import { voorbeeld } from '../../../kern/src/procedure/voorbeeldprocedure.js';
import { bouwDossier, bouwDossierInEens, meetSchaal } from './schaal.js';

const gemeld = (uur: number) => ({
  type: 'gemeld',
  tijdstip: `2026-11-23T${String(uur).padStart(2, '0')}:00:00+01:00`,
  rol: 'leerkracht',
  versie: 2,
});

describe('bench helpers', () => {
  it('bouwDossierInEens (one batch) gives the dossier bouwDossier builds event by event', () => {
    const lijst = [gemeld(8), gemeld(9), gemeld(10)];
    expect(bouwDossierInEens(voorbeeld, { id: 'd-1' }, lijst)).toStrictEqual(
      bouwDossier(voorbeeld, { id: 'd-1' }, lijst),
    );
    expect(() => bouwDossierInEens(voorbeeld, { id: 'd-1' }, [gemeld(9), gemeld(8)])).toThrow(
      'GEBEURTENIS_VOOR_VORIGE',
    );
  });

  it('meetSchaal reports counted work other than werkPerEenheid * n', () => {
    const goed = meetSchaal({ naam: 'exact', eenheid: 'x', maten: [1, 2], meet: (n) => n });
    expect(goed.fouten).toEqual([]);
    const fout = meetSchaal({ naam: 'off by one', eenheid: 'x', maten: [1, 2], meet: (n) => n + 1 });
    expect(fout.fouten).toEqual(['n = 1: counted work 2, expected 1', 'n = 2: counted work 3, expected 2']);
  });
});
