import { draaiVoorbeelden } from '../../../scripts/doctest.js';
import * as kern from './index.js';

draaiVoorbeelden(new URL('.', import.meta.url), { '@schoolveiligheid/kern': kern });
