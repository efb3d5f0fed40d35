// Every exported schema converts to JSON Schema and documents itself.
import { jsonSchemaWetten } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';

describe('JSON Schema of every exported schema', () => {
  jsonSchemaWetten(pakket, ['klokkenluiderKopSchema', 'klokkenluiderGebeurtenisSchema']);
});
