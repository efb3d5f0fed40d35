import fc from 'fast-check';
import { describe, it } from 'vitest';
import { weekdag } from '../datum/datum.js';
import { FEESTDAGEN_BEREIK, feestdagen, paaszondag } from './feestdagen.js';

describe('feestdagen properties', () => {
  it('Easter is a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: FEESTDAGEN_BEREIK.van, max: FEESTDAGEN_BEREIK.tot }), (jaar) => {
        const p = paaszondag(jaar);
        return weekdag(p) === 7 && p.slice(5) >= '03-22' && p.slice(5) <= '04-25';
      }),
    );
  });

  // Koninginnedag until 2013, Koningsdag from 2014 (Besluit van 30 januari 2013, BWBR0032908 art. 1-3).
  it('every year has the nine statutory days, sorted, with Koningsdag (Koninginnedag before 2014) never on a Sunday', () => {
    fc.assert(
      fc.property(fc.integer({ min: FEESTDAGEN_BEREIK.van, max: FEESTDAGEN_BEREIK.tot }), (jaar) => {
        const { dagen } = feestdagen(jaar);
        const wettelijk = dagen.filter((d) => d.soort === 'feestdag');
        const koningsdag = wettelijk.find((d) => d.naam === (jaar < 2014 ? 'Koninginnedag' : 'Koningsdag'));
        const gesorteerd = dagen.every((d, i) => i === 0 || dagen[i - 1]!.datum <= d.datum);
        return (
          wettelijk.length === 9 && gesorteerd && koningsdag !== undefined && weekdag(koningsdag.datum) !== 7
        );
      }),
    );
  });
});
