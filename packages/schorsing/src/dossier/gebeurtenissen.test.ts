import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { dossierKopSchema, gebeurtenisSchema } from './gebeurtenissen.js';

interface JsonSchema {
  readonly description?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly properties?: Record<string, JsonSchema>;
}

describe('event and header schemas carry their documentation into JSON Schema (issue 7 item 7)', () => {
  it('describes the union and every event type, and the versie the kernel stamps on a stored event', () => {
    const json = z.toJSONSchema(gebeurtenisSchema) as JsonSchema;
    expect(json.description).toMatch(/event/);
    const varianten = json.oneOf ?? json.anyOf ?? [];
    expect(varianten.length).toBe(29);
    for (const v of varianten) {
      expect(v.description).toMatch(/\w/);
      expect(v.properties?.versie?.description).toMatch(/version/);
      expect(v.properties?.datum?.description).toMatch(/\w/);
    }
  });

  it('describes the header and each of its fields', () => {
    const json = z.toJSONSchema(dossierKopSchema) as JsonSchema;
    expect(json.description).toMatch(/header/);
    for (const veld of ['id', 'leerling', 'denominatie', 'bezwaarcommissie', 'kalender', 'beleid'])
      expect(json.properties?.[veld]?.description, veld).toMatch(/\w/);
  });

  it('accepts a policy in kern’s shape (values by rule id) and refuses the old shape in a new header', () => {
    const bron = { titel: 'Schoolgids', zekerheid: 'secundair' } as const;
    const kop = {
      id: 'd-1',
      leerling: 'leerling-1',
      denominatie: 'openbaar',
      kalender: { regio: 'noord' },
    } as const;
    const nieuw = {
      id: 'school',
      naam: 'Schoolbeleid',
      bron,
      waarden: { 'schorsing.schorsing.maxDuur': { waarde: { aantal: 3, eenheid: 'schooldagen' }, bron } },
    };
    expect(dossierKopSchema.safeParse({ ...kop, beleid: nieuw }).success).toBe(true);
    const oud = { ...nieuw, waarden: [{ regel: { id: 'wpo.schorsing.maxDuur' }, waarde: 3, bron }] };
    expect(dossierKopSchema.safeParse({ ...kop, beleid: oud }).success).toBe(false);
  });
});
