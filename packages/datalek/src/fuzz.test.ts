// Issue 8 item 6: the fuzz property over every export of datalek, discovered at run time (a new export is
// covered without touching this file). No untyped throw, no injected personal data in any message or
// `details`, the same answer under three time zones; fixed seeds. Every datalek input the issue lists is an
// explicit example (fuzz/voorbeelden.ts), with valid stored values mutated deep inside, which plain fuzz
// rarely builds; each bug it found is a worked test in fuzz/bevindingen.test.ts.
//
// No export is listed as a builder (`bouwers`): none returns caller text by design except the validators and
// the dossier functions, and the examples put personal text only where it must be refused or never repeated.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import { gemuteerdeVoorbeelden, voorbeeldInvoer } from './fuzz/voorbeelden.js';
import * as datalek from './index.js';

describe('fuzz: every export of datalek (issue 8 item 6)', () => {
  fuzzExports(datalek, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [...voorbeeldInvoer(), ...gemuteerdeVoorbeelden(process.env.CI ? 200 : 60)],
  });
});
