// The generic dossier laws of the SDK (testkit `dossierWetten`) for the meldcode procedure: deterministic
// replay, the JSON round trip, time order, closing, no throw on arbitrary values, no echo of personal text,
// and the fold count.
import { dossierWetten } from '@schoolveiligheid/testkit';
import { gebeurtenissenArb, kopArb, reeksArb } from '../testhulp/arbitraries.js';
import { meldcodeProcedure } from './procedure.js';

dossierWetten(meldcodeProcedure, { kop: kopArb, gebeurtenissen: gebeurtenissenArb, reeks: reeksArb });
