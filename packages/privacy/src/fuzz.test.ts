// The fuzz property over every export of this package, discovered at run time (a new export is covered
// without touching this file): no untyped throw, no injected personal data in any message or `details`, the
// same answer under three time zones; fixed seed (issue 8). Add valid argument lists to `voorbeelden` so the
// fuzz reaches the code behind the validation, and pin each bug it finds as a worked test.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { SEED_2018_BELEID } from './index.js';

describe('fuzz: every export of @schoolveiligheid/privacy', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [
      [SEED_2018_BELEID, '2026-12-02'],
      [SEED_2018_BELEID, null],
      [null, '2026-12-02'],
    ],
  });
});
