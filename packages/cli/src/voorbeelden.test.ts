import * as kern from '@schoolveiligheid/kern';
import { draaiVoorbeelden } from '../../../scripts/doctest.js';
import * as mod from './index.js';

draaiVoorbeelden(new URL('.', import.meta.url), {
  '@schoolveiligheid/cli': mod,
  '@schoolveiligheid/kern': kern,
});
