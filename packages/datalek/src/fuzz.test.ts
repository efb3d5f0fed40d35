// Issue 8 item 6: the fuzz property over every export of datalek, discovered at run time (a new export is
// covered without touching this file). No untyped throw, no injected personal data in any message or
// `details`, the same answer under three time zones; fixed seeds. Every datalek input the issue lists is an
// explicit example (fuzz/voorbeelden.ts), with valid stored values mutated deep inside, which plain fuzz
// rarely builds; each bug it found is a worked test in fuzz/bevindingen.test.ts.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import { gemuteerdeVoorbeelden, voorbeeldInvoer } from './fuzz/voorbeelden.js';
import * as datalek from './index.js';

/**
 * The true builders: on success they return the caller's own data, validated (a registration, a message, a
 * form, a dossier and its state), so the echo check does not apply to their `waarde`. Their refusals must
 * still never repeat the input: fuzzExports checks them, and for the dossier functions the dossier laws too.
 */
const BOUWERS = [
  'valideerIncident',
  'valideerKennisgeving',
  'controleerApMelding',
  'nieuwDossier',
  'verwerk',
  'verwerkJson',
  'verwerkAlle',
  'herspeel',
  'leesDossier',
  'vanOudeVorm',
  'toestand',
] as const;

const voorbeelden = [...voorbeeldInvoer(), ...gemuteerdeVoorbeelden(process.env.CI ? 200 : 60)];

describe('fuzz: every export of datalek (issue 8 item 6)', () => {
  fuzzExports(datalek, { foutKlasse: SchoolveiligheidFout, bouwers: BOUWERS, voorbeelden });
});
