// The generic dossier laws of the SDK (testkit `dossierWetten`) for the schorsing procedure: deterministic
// replay, the JSON round trip, time order, no throw on arbitrary values, no echo of personal text; plus the
// fold count (building a dossier of n events folds n times). Headers and events as a vendor stores them:
// every denominatie and region, with and without the seed policy, events of release 0.1 (no `versie`) and
// of today, in date order and now and then not.
import { dossierWetten } from '@schoolveiligheid/testkit';
import { opgeslagenGebeurtenissenArb, opgeslagenKopArb, reeksArb } from '../testhulp/dossier.js';
import { schorsingProcedure } from './procedure.js';

dossierWetten(schorsingProcedure, {
  kop: opgeslagenKopArb,
  gebeurtenissen: opgeslagenGebeurtenissenArb,
  reeks: reeksArb,
});
