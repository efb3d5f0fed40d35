// The generic dossier laws of GUIDE.md section 6 for the datalek procedure, from the test kit: replay is
// deterministic, a dossier survives a JSON round trip, time order holds, a closed dossier refuses every event,
// no kernel function throws on arbitrary values, no injected personal text comes back; and the fold count
// (building a dossier of n events folds exactly n times) for 10, 100 and 1,000 events.
import type { Tijdstip } from '@schoolveiligheid/kern';
import { dossierWetten } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { tijdstipArb } from '../incident/arbitraries.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';
import { gebeurtenissenArb, kopArb, reeksArb } from './arbitraries.js';
import { type DossierOpties, datalekProcedure } from './procedure.js';

dossierWetten(datalekProcedure, {
  kop: kopArb,
  gebeurtenissen: gebeurtenissenArb,
  nu: tijdstipArb as fc.Arbitrary<Tijdstip>,
  opties: fc.constantFrom<DossierOpties>({}, { beleid: SEED_2018_BELEID }),
  reeks: reeksArb,
  lengtes: [10, 100, 1000],
});
