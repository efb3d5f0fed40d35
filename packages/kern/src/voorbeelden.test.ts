import { draaiVoorbeelden } from '../../../scripts/doctest.js';
import * as z from 'zod/v4';
import * as kern from './index.js';

draaiVoorbeelden(new URL('.', import.meta.url), { '@schoolveiligheid/kern': kern, 'zod/v4': z });
