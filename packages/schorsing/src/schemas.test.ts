// Issue 7 item 7: every exported schema converts to JSON Schema and documents itself.
import { jsonSchemaWetten } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as schorsing from './index.js';

describe('JSON Schema of every exported schema', () => {
  jsonSchemaWetten(schorsing, [
    'dossierKopSchema',
    'gebeurtenisSchema',
    'inspectieMeldingSchema',
    'schoolpleinverbodSchema',
    'schorsingsbriefSchema',
    'verwijderingsVoorwaardenSchema',
    'verwijderingsbriefSchema',
  ]);
});
