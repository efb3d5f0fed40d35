// The generic dossier laws (replay, JSON round trip, time order, closing, no throw, no echo, fold count) for
// the klokkenluider procedure, with and without the seed regeling.
import { dossierWetten } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { gebeurtenissenArb, kopArb, reeksArb } from './arbitraries.js';
import { type KlokkenluiderOpties, klokkenluiderProcedure } from './procedure.js';

dossierWetten(klokkenluiderProcedure, {
  kop: kopArb,
  gebeurtenissen: gebeurtenissenArb,
  opties: fc.constantFrom<KlokkenluiderOpties>({}, { beleid: SEED_2018_BELEID }),
  reeks: reeksArb,
});
