import { vindPersoonsgegevens } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beoordeelSignaalAfgifte, type SignaalAfgifte } from './afgifte.js';
import { VERWIJSINDEX_TEKSTEN } from './teksten.data.js';

const basis: SignaalAfgifte = {
  functie: 'intern-begeleider',
  aangewezen: true,
  afsprakenGemeente: true,
  categorieBevestigd: true,
  risicos: ['a'],
};

describe('beoordeelSignaalAfgifte (Jeugdwet 7.1.1.2, 7.1.3.1, 7.1.4.1)', () => {
  it('allows a confirmed, designated reporter with agreements and a suspected risk, without consent', () => {
    const b = beoordeelSignaalAfgifte(basis);
    expect(b.uitkomst).toBe('toegestaan');
    expect(b.redenen.map((r) => r.code)).toEqual([
      'FUNCTIE_MELDINGSBEVOEGD_BEVESTIGD',
      'RISICO_VERMOED',
      'LEERLING_INFORMEREN',
    ]);
  });

  it('never says yes silently for an unconfirmed function: na-te-gaan, flagged onbevestigd', () => {
    const { categorieBevestigd: _weg, ...zonder } = basis;
    const b = beoordeelSignaalAfgifte(zonder);
    expect(b.uitkomst).toBe('na-te-gaan');
    expect(b.redenen[0]?.bron?.zekerheid).toBe('onbevestigd');
  });

  it('after the pupil’s objection, signals only with the reasons recorded (seed: De Verwijsindex 2.2)', () => {
    expect(beoordeelSignaalAfgifte({ ...basis, bezwaar: true }).uitkomst).toBe('niet-toegestaan');
    expect(beoordeelSignaalAfgifte({ ...basis, bezwaar: true, redenenVastgelegd: true }).uitkomst).toBe(
      'toegestaan',
    );
  });

  it('is monotone: taking away any condition never turns a refusal into permission', () => {
    fc.assert(
      fc.property(
        fc.record({
          aangewezen: fc.boolean(),
          afsprakenGemeente: fc.boolean(),
          bezwaar: fc.boolean(),
          redenenVastgelegd: fc.boolean(),
        }),
        fc.constantFrom('aangewezen', 'afsprakenGemeente' as const),
        (v, weg) => {
          const voor = beoordeelSignaalAfgifte({ ...basis, ...v }).uitkomst;
          const na = beoordeelSignaalAfgifte({ ...basis, ...v, [weg]: false }).uitkomst;
          if (voor === 'niet-toegestaan') expect(na).toBe('niet-toegestaan');
          expect(na).toBe('niet-toegestaan');
        },
      ),
    );
  });
});

describe('VERWIJSINDEX_TEKSTEN (seed Bijlagen 30-31)', () => {
  it('holds no personal data and no regional product name', () => {
    const tekst = JSON.stringify(VERWIJSINDEX_TEKSTEN);
    expect(vindPersoonsgegevens(tekst)).toEqual([]);
    expect(tekst).not.toMatch(/JeugdMATCH|Groeiling|Oudewater/);
  });
});
