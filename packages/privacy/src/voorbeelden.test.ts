import * as kern from '@schoolveiligheid/kern';
import { draaiVoorbeelden } from '@schoolveiligheid/testkit';
import * as z from 'zod/v4';
import * as pakket from './index.js';

// Runs every TSDoc @example of this package (lines `expr; //=> value` assert) and checks that every exported
// value has one.
draaiVoorbeelden(new URL('.', import.meta.url), {
  '@schoolveiligheid/privacy': pakket,
  '@schoolveiligheid/kern': kern,
  'zod/v4': z,
});
