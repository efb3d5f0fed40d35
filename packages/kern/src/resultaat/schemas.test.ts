import { jsonSchemaWetten } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { isIsoDatum, isTijdstip } from '../datum/datum.js';
import * as kern from '../index.js';
import { valideer } from './resultaat.js';
import {
  bronSchema,
  duurSchema,
  isoDatumSchema,
  schoolkalenderInstellingenSchema,
  tijdstipSchema,
} from './schemas.js';

interface JsonSchema {
  readonly type?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly description?: string;
  readonly properties?: Record<string, JsonSchema>;
}

describe('JSON Schema', () => {
  jsonSchemaWetten(kern, [
    'bronSchema',
    'duurSchema',
    'isoDatumSchema',
    'schoolkalenderInstellingenSchema',
    'tijdstipSchema',
  ]);

  it('gives the date schemas a string type, a format and a pattern', () => {
    const datum = z.toJSONSchema(isoDatumSchema) as JsonSchema;
    const tijdstip = z.toJSONSchema(tijdstipSchema) as JsonSchema;
    expect([datum.type, datum.format]).toEqual(['string', 'date']);
    expect([tijdstip.type, tijdstip.format]).toEqual(['string', 'date-time']);
    expect(new RegExp(datum.pattern ?? '').test('2026-11-23')).toBe(true);
    expect(new RegExp(tijdstip.pattern ?? '').test('2026-10-23T14:30:00+02:00')).toBe(true);
    // nested use keeps them
    const kalender = z.toJSONSchema(schoolkalenderInstellingenSchema) as unknown as {
      properties: { vrijeDagen: { items: JsonSchema } };
    };
    expect(kalender.properties.vrijeDagen.items.properties?.datum?.format).toBe('date');
  });

  it('its patterns accept everything the real-date checks accept (a pattern never rejects a valid value)', () => {
    const datum = new RegExp((z.toJSONSchema(isoDatumSchema) as JsonSchema).pattern ?? '');
    const tijdstip = new RegExp((z.toJSONSchema(tijdstipSchema) as JsonSchema).pattern ?? '');
    const cijfers = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    const kandidaat = fc
      .tuple(
        cijfers(4),
        cijfers(2),
        cijfers(2),
        fc.constantFrom('', 'T'),
        cijfers(2),
        cijfers(2),
        fc.constantFrom('', ':00', ':59.5', ':07.123456789', ':60'),
        fc.constantFrom('', 'Z', '+02:00', '-11:30', '+0200'),
      )
      .map(([j, m, d, t, u, mi, s, o]) => (t ? `${j}-${m}-${d}T${u}:${mi}${s}${o}` : `${j}-${m}-${d}`));
    fc.assert(
      fc.property(fc.oneof(kandidaat, fc.string()), (w) => {
        if (isIsoDatum(w)) expect(datum.test(w)).toBe(true);
        if (isTijdstip(w)) expect(tijdstip.test(w)).toBe(true);
        expect(valideer(isoDatumSchema, w).ok).toBe(isIsoDatum(w));
        expect(valideer(tijdstipSchema, w).ok).toBe(isTijdstip(w));
      }),
    );
  });

  it('keeps every field of a Bron through a parse', () => {
    const bron = {
      titel: 'Wet op het primair onderwijs',
      wet: 'wpo',
      artikel: 'art. 40c',
      lid: 1,
      bwb: 'BWBR0003420',
      celex: '32016R0679',
      versie: '2026-08-01',
      url: 'https://wetten.overheid.nl/BWBR0003420',
      zekerheid: 'wettekst',
      toelichting: 'x',
    };
    expect(valideer(bronSchema, bron)).toEqual({ ok: true, waarde: bron });
    expect(z.toJSONSchema(duurSchema)).toMatchObject({
      properties: { aantal: { type: 'integer', exclusiveMinimum: 0 } },
    });
  });
});
