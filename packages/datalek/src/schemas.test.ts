// Issue 7 item 7: every exported schema converts to JSON Schema and documents itself.
import { jsonSchemaWetten } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as datalek from './index.js';

describe('JSON Schema of every exported schema', () => {
  jsonSchemaWetten(datalek, [
    'apMeldingSchema',
    'beveiligingsincidentSchema',
    'datalekKopSchema',
    'gebeurtenisSchema',
    'kennisgevingSchema',
    'rolSchema',
  ]);
});
