import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { valideer } from './resultaat.js';
import { isoDatumSchema, schoolkalenderInstellingenSchema, tijdstipSchema } from './schemas.js';

describe('valideer', () => {
  const schema = z.object({
    naam: z.string().max(5),
    bsn: z.string().length(9),
    datum: isoDatumSchema,
    soort: z.enum(['a', 'b']),
  });

  it('returns coded problems with paths and Dutch messages', () => {
    const r = valideer(schema, { naam: 'Pietje Puk', bsn: '123', datum: '2026-13-01', soort: 'c' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen.map((p) => [p.code, p.pad.join('.')])).toEqual([
      ['ONGELDIG_TOO_BIG', 'naam'],
      ['ONGELDIG_TOO_SMALL', 'bsn'],
      ['ONGELDIGE_DATUM', 'datum'],
      ['ONGELDIG_INVALID_VALUE', 'soort'],
    ]);
    expect(r.problemen[0]?.melding).toBe('Te lang; maximaal 5 tekens.');
  });

  it('never echoes input values, such as a name or BSN, in messages (GUIDE §7)', () => {
    const r = valideer(schema, {
      naam: 'Jan Jansen de Vries',
      bsn: '111222333444',
      datum: 'Jan Jansen',
      soort: 'Jansen',
    });
    expect(JSON.stringify(r)).not.toMatch(/Jansen|111222333444/);
  });

  it('validates the shared schemas', () => {
    expect(valideer(tijdstipSchema, '2026-10-23T14:30:00+02:00').ok).toBe(true);
    expect(valideer(tijdstipSchema, '2026-10-23T14:30:00').ok).toBe(false);
    expect(
      valideer(schoolkalenderInstellingenSchema, {
        regio: 'noord',
        vrijeDagen: [{ datum: '2026-01-05', soort: 'studiedag' }],
      }).ok,
    ).toBe(true);
    expect(valideer(schoolkalenderInstellingenSchema, { regio: 'oost' }).ok).toBe(false);
  });
});
