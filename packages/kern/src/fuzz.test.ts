import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as kern from './index.js';

// Issue 8: every export of kern, called as a vendor's data would arrive.
describe('fuzz: every export of kern', () => {
  fuzzExports(kern, {
    foutKlasse: kern.SchoolveiligheidFout,
    // Builders return what the caller (a package author) gives them; only their refusals are checked for echo.
    bouwers: ['besluit', 'bevries', 'ok', 'verantwoording', 'veiligeTekst'],
    // They build a refusal from the package author's own message.
    probleemBouwers: ['probleem', 'problemen'],
  });
});
