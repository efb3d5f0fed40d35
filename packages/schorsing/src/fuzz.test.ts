// The fuzz property over every export of schorsing, discovered at run time (a new export is covered without
// touching this file): no untyped throw, no injected personal data in any message or `details`, the same
// answer under three time zones; fixed seed. The argument lists of fuzz/voorbeelden.ts (valid inputs, the
// same with personal text, misuse) are tried on every export first; each bug the fuzz found is a worked test
// in fuzz/bevindingen.test.ts.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import { voorbeeldInvoer } from './fuzz/voorbeelden.js';
import * as schorsing from './index.js';

/**
 * The builders: on success they return the caller's own data, validated (a letter, a ban, a dossier and its
 * state), so the echo check does not apply to their `waarde`. Their refusals must still never repeat the
 * input: fuzzExports checks them (and for the dossier functions the dossier laws too).
 */
const BOUWERS = [
  'valideerSchorsingsbrief',
  'valideerVerwijderingsbrief',
  'valideerSchoolpleinverbod',
  'nieuwDossier',
  'verwerk',
  'verwerkJson',
  'verwerkAlle',
  'herspeel',
  'leesDossier',
  'vanOudeVorm',
  'toestand',
  'leesBeleid',
  // the letter templates (the caller's merge values come back in the letter) and the notice to the inspectie
  // (the caller's reasons come back in the notice)
  'vulSjabloonIn',
  'meldingAanInspectie',
] as const;

const voorbeelden = voorbeeldInvoer();

describe('fuzz: every export of schorsing', () => {
  fuzzExports(schorsing, { foutKlasse: SchoolveiligheidFout, bouwers: BOUWERS, voorbeelden });
});
