import { describe, expect, it } from 'vitest';
import { valideerKennisgeving } from './kennisgeving.js';

// Seed C.6 Deel E: "een algemene omschrijving van de aard van het incident, de contactgegevens ..., en de
// maatregelen die genomen zijn en/of door betrokkene genomen moeten worden"; AVG 34(2) adds the likely consequences.
const bericht = {
  aard: 'Op vrijdag is een laptop van school gestolen. Daarop stonden notities over de zorg voor leerlingen van groep 6.',
  contactpunt: 'Heeft u vragen? Mail de privacyfunctionaris van de stichting via het adres op de website.',
  gevolgen: 'Iemand kan lezen welke extra hulp uw kind krijgt.',
  maatregelen: 'We hebben aangifte gedaan. Alle laptops van school worden nu versleuteld.',
  advies: 'Krijgt u een vreemd bericht over uw kind? Meld het bij de school.',
};

describe('valideerKennisgeving (AVG 34(2); seed C.6 Deel E)', () => {
  it('accepts a complete message in plain language', () => {
    expect(valideerKennisgeving(bericht)).toEqual({ ok: true, waarde: bericht });
  });

  it('requires every part AVG 34(2) names', () => {
    const { gevolgen: _g, advies: _a, ...onvolledig } = bericht;
    const r = valideerKennisgeving(onvolledig);
    expect(r.ok ? [] : r.problemen.map((p) => p.pad[0]).sort()).toEqual(['advies', 'gevolgen']);
  });

  it('flags jargon, long sentences and a citizen service number, naming the part but not the text', () => {
    const r = valideerKennisgeving({
      ...bericht,
      aard: 'Er is sprake van een inbreuk in verband met persoonsgegevens.',
      gevolgen:
        'Het is mogelijk dat onbevoegde derden die toegang hebben verkregen tot het systeem de gegevens van uw kind hebben kunnen inzien en daarmee wellicht ook hebben gekopieerd.',
      advies: 'Het BSN 123456782 van uw kind is mogelijk gelekt.',
    });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad[0]])).toEqual([
      ['VAKTAAL', 'aard'],
      ['ZIN_TE_LANG', 'gevolgen'],
      ['MOGELIJK_BSN', 'advies'],
    ]);
    expect(JSON.stringify(r)).not.toContain('123456782');
  });
});
