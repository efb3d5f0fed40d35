import { controleerBeleid, type IsoDatum, plusDagen, waardeOp } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoekWaardeVoor } from '@schoolveiligheid/kern';
import { datalekBeslisboom, meldtermijnAP, veiligheidsplan2018 } from './regels.js';

const datumArb = fc.integer({ min: 0, max: 6000 }).map((n) => plusDagen('2016-01-01', n) as IsoDatum);

describe('properties of the datalek rules', () => {
  it('the AP term is 72 hours on every date since the meldplicht exists', () => {
    fc.assert(
      fc.property(datumArb, (d) => {
        expect(waardeOp(meldtermijnAP, d).waarde).toEqual({ aantal: 72, eenheid: 'uren' });
      }),
    );
  });

  it('the seed is conform with the law on no date after 25 May 2018, and the tree never differs before', () => {
    fc.assert(
      fc.property(datumArb, (d) => {
        const controle = controleerBeleid(veiligheidsplan2018, d);
        const boom = controle.bevindingen.find((b) => b.regelId === datalekBeslisboom.id)?.oordeel;
        expect(boom).toBe(d >= '2018-05-25' ? 'afwijkend' : 'gelijk');
        if (d >= '2018-05-25') expect(controle.conform).toBe(false);
      }),
    );
  });

  it('a policy value always wins over the statute', () => {
    fc.assert(
      fc.property(datumArb, (d) => {
        expect(zoekWaardeVoor(datalekBeslisboom, d, veiligheidsplan2018)?.waarde).toBe('wbp-2016');
      }),
    );
  });
});
