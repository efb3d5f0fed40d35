import { type IsoDatum, plusDagen, waardeOp, zoekWaardeVoor } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controleerBeleid } from './beleid.js';
import { datalekBeslisboom, meldtermijnAP } from './regels.js';
import { SEED_2018_BELEID } from './seed2018.js';

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
        const controle = controleerBeleid(SEED_2018_BELEID, d);
        const boom = controle.bevindingen.find((b) => b.regelId === datalekBeslisboom.id)?.oordeel;
        expect(boom).toBe(d >= '2018-05-25' ? 'afwijkend' : 'gelijk');
        if (d >= '2018-05-25') expect(controle.conform).toBe(false);
      }),
    );
  });

  it('a policy value always wins over the statute', () => {
    fc.assert(
      fc.property(datumArb, (d) => {
        expect(zoekWaardeVoor(datalekBeslisboom, d, SEED_2018_BELEID)?.waarde).toBe('wbp-2016');
      }),
    );
  });
});
