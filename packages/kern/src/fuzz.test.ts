import { describe } from 'vitest';
import { fuzzExports } from '@schoolveiligheid/testkit';
import * as kern from './index.js';

// Issue 8: every export of kern, called as a vendor's data would arrive.
describe('fuzz: every export of kern', () => {
  fuzzExports(kern, {
    foutKlasse: kern.SchoolveiligheidFout,
    // Builders return what the caller (a package author) gives them; they are checked for typed throws only.
    bouwers: ['besluit', 'bevries', 'ok', 'probleem', 'problemen', 'verantwoording', 'veiligeTekst'],
  });
});
