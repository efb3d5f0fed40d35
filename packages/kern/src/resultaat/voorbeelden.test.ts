import { draaiVoorbeelden } from '../../../../scripts/doctest.js';
import * as resultaat from './resultaat.js';
import * as schemas from './schemas.js';

// The TSDoc examples of this folder, served from its own modules, so they run before (and whatever) kern's
// index re-exports; src/voorbeelden.test.ts runs them again from the index.
draaiVoorbeelden(
  new URL('.', import.meta.url),
  { '@schoolveiligheid/kern': { ...resultaat, ...schemas } },
  { titel: 'TSDoc @example of resultaat/' },
);
