// Every exported schema converts to JSON Schema and documents itself (issue 7 item 7).
import { jsonSchemaWetten } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';

describe('JSON Schema of every exported schema', () => {
  jsonSchemaWetten(pakket, [
    'klachtSchema',
    'routeringSchema',
    'commissieSchema',
    'rollenSchema',
    'regelingSchema',
    'klachtKopSchema',
    'klachtGebeurtenisSchema',
    'vermoedenSchema',
    'aangifteplichtKopSchema',
    'aangifteplichtGebeurtenisSchema',
  ]);
});
