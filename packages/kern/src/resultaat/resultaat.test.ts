import * as z from 'zod/v4';
import { describe, expect, it } from 'vitest';
import {
  probleem,
  VALIDATIE_CODES,
  type ValidatieCode,
  valideer,
  validatieMelding,
  zodMelding,
} from './resultaat.js';
import { duurSchema, isoDatumSchema, schoolkalenderInstellingenSchema, tijdstipSchema } from './schemas.js';

const codesEnPaden = (r: ReturnType<typeof valideer>) =>
  r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.join('.')]);

describe('valideer', () => {
  const schema = z.object({
    naam: z.string().max(5),
    bsn: z.string().length(9),
    datum: isoDatumSchema,
    soort: z.enum(['a', 'b']),
  });
  const vierFouten = { naam: 'Pietje Puk', bsn: '123', datum: '2026-13-01', soort: 'c' };

  it('returns coded problems with paths and Dutch messages', () => {
    const r = valideer(schema, vierFouten);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen.map((p) => [p.code, p.pad.join('.')])).toEqual([
      ['TE_LANG', 'naam'],
      ['TE_KORT', 'bsn'],
      ['ONGELDIGE_DATUM', 'datum'],
      ['ONGELDIGE_KEUZE', 'soort'],
    ]);
    expect(r.problemen.map((p) => p.melding)).toEqual([
      'Te lang; maximaal 5 tekens.',
      'Te kort; precies 9 tekens.',
      'Geen geldige datum; verwacht JJJJ-MM-DD.',
      'Ongeldige keuze; toegestaan: a, b.',
    ]);
    expect(r.problemen.map((p) => p.parameters)).toEqual([
      { maximum: 5 },
      { minimum: 9, exact: true },
      undefined,
      { toegestaan: 'a, b' },
    ]);
  });

  it('gives English meldingen with { taal: "en" }, with the same codes and parameters', () => {
    const nl = valideer(schema, vierFouten);
    const en = valideer(schema, vierFouten, { taal: 'en' });
    if (nl.ok || en.ok) throw new Error('expected problems');
    expect(en.problemen.map((p) => p.melding)).toEqual([
      'Too long; at most 5 characters.',
      'Too short; exactly 9 characters.',
      'Not a valid date; expected YYYY-MM-DD.',
      'Invalid choice; allowed: a, b.',
    ]);
    expect(en.problemen.map(({ code, pad, parameters }) => ({ code, pad, parameters }))).toEqual(
      nl.problemen.map(({ code, pad, parameters }) => ({ code, pad, parameters })),
    );
    const onbekend = valideer(duurSchema, {}, { taal: 'xx' as 'en' });
    expect(onbekend.ok ? '' : onbekend.problemen[0]?.melding).toBe('Dit veld is verplicht.');
  });

  it('tells a wrong kind of value from a missing one (bug: both read "Dit veld is verplicht.")', () => {
    expect(valideer(duurSchema, { aantal: 'zes', eenheid: 'weken' })).toEqual({
      ok: false,
      problemen: [
        {
          code: 'VERKEERD_TYPE',
          pad: ['aantal'],
          melding: 'Verkeerd soort waarde; verwacht getal.',
          parameters: { verwacht: 'number' },
        },
      ],
    });
    expect(valideer(duurSchema, { eenheid: 'weken' })).toEqual({
      ok: false,
      problemen: [{ code: 'VERPLICHT', pad: ['aantal'], melding: 'Dit veld is verplicht.' }],
    });
    // null is a value of the wrong kind, not a missing one
    expect(codesEnPaden(valideer(duurSchema, { aantal: null, eenheid: 'weken' }))).toEqual([
      ['VERKEERD_TYPE', 'aantal'],
    ]);
    // missing choices, unions and dates are VERPLICHT too
    const s = z.object({ e: z.enum(['a']), u: z.union([z.string(), z.number()]), d: isoDatumSchema });
    expect(codesEnPaden(valideer(s, {}))).toEqual([
      ['VERPLICHT', 'e'],
      ['VERPLICHT', 'u'],
      ['VERPLICHT', 'd'],
    ]);
    expect(codesEnPaden(valideer(s, { e: 'a', u: true, d: 20260101 }))).toEqual([
      ['GEEN_PASSENDE_VORM', 'u'],
      ['VERKEERD_TYPE', 'd'],
    ]);
  });

  it('respects exclusive bounds (bug: .positive() with 0 said "minimaal 0")', () => {
    const r = valideer(duurSchema, { aantal: 0, eenheid: 'weken' });
    expect(r.ok ? [] : r.problemen).toEqual([
      {
        code: 'TE_KLEIN',
        pad: ['aantal'],
        melding: 'Te klein; moet groter zijn dan 0.',
        parameters: { minimum: 0, inclusief: false },
      },
    ]);
    const en = valideer(duurSchema, { aantal: 0, eenheid: 'weken' }, { taal: 'en' });
    expect(en.ok ? '' : en.problemen[0]?.melding).toBe('Too small; must be greater than 0.');
    const grenzen = z.object({ a: z.number().min(1.5), b: z.number().max(10), c: z.number().lt(10) });
    const g = valideer(grenzen, { a: 1, b: 11, c: 10 });
    expect(g.ok ? [] : g.problemen.map((p) => p.melding)).toEqual([
      'Te klein; minimaal 1,5.',
      'Te groot; maximaal 10.',
      'Te groot; moet kleiner zijn dan 10.',
    ]);
    const gEn = valideer(grenzen, { a: 1, b: 11, c: 10 }, { taal: 'en' });
    expect(gEn.ok ? [] : gEn.problemen.map((p) => p.melding)).toEqual([
      'Too small; at least 1.5.',
      'Too large; at most 10.',
      'Too large; must be less than 10.',
    ]);
  });

  it('maps every other kind of zod issue to one of its own codes', () => {
    const s = z.object({
      lijst: z.array(z.number()).min(2).max(3),
      email: z.email(),
      strikt: z.strictObject({ a: z.number().optional() }),
      veelvoud: z.number().multipleOf(5),
      soort: z.discriminatedUnion('t', [z.object({ t: z.literal('a') }), z.object({ t: z.literal('b') })]),
      zonder: z.discriminatedUnion('t', [z.object({ t: z.literal('a') }), z.object({ t: z.literal('b') })]),
      lit: z.literal('ja'),
      geheel: z.int(),
      tijd: z.iso.datetime(),
      kaart: z.record(z.string().max(2), z.number()),
    });
    const r = valideer(s, {
      lijst: [1],
      email: 'Jan Jansen',
      strikt: { a: 1, geheimVeld: 2 },
      veelvoud: 3,
      soort: { t: 'c' },
      zonder: {},
      lit: 'nee',
      geheel: 1.5,
      tijd: 'gisteren',
      kaart: { lang: 1 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen.map((p) => [p.code, p.pad.join('.'), p.melding, p.parameters])).toEqual([
      ['TE_WEINIG', 'lijst', 'Te weinig elementen; minimaal 2.', { minimum: 2 }],
      ['ONGELDIG_FORMAAT', 'email', 'Ongeldig formaat; verwacht e-mailadres.', { formaat: 'email' }],
      ['ONBEKENDE_VELDEN', 'strikt', 'Onbekende velden in de invoer.', { aantal: 1 }],
      ['GEEN_VEELVOUD', 'veelvoud', 'Geen veelvoud van 5.', { deler: 5 }],
      ['ONGELDIGE_KEUZE', 'soort.t', 'Ongeldige keuze; toegestaan: a, b.', { toegestaan: 'a, b' }],
      ['VERPLICHT', 'zonder.t', 'Dit veld is verplicht.', undefined],
      ['ONGELDIGE_KEUZE', 'lit', 'Ongeldige keuze; toegestaan: ja.', { toegestaan: 'ja' }],
      ['VERKEERD_TYPE', 'geheel', 'Verkeerd soort waarde; verwacht geheel getal.', { verwacht: 'int' }],
      ['ONGELDIG_TIJDSTIP', 'tijd', 'Geen geldig tijdstip; verwacht ISO 8601 met tijdzone.', undefined],
      ['ONGELDIGE_WAARDE', 'kaart.lang', 'Ongeldige waarde.', undefined],
    ]);
    const veel = valideer(z.array(z.number()).max(1), [1, 2]);
    expect(veel.ok ? [] : veel.problemen.map((p) => [p.code, p.melding])).toEqual([
      ['TE_VEEL', 'Te veel elementen; maximaal 1.'],
    ]);
  });

  it('never echoes input values, such as a name or BSN, in messages or parameters (GUIDE §7)', () => {
    const ruim = schema.extend({
      strikt: z.strictObject({}),
      vorm: z.union([z.number(), z.boolean()]),
      email: z.email(),
    });
    const invoer = {
      naam: 'Jan Jansen de Vries',
      bsn: '111222333444',
      datum: 'Jan Jansen',
      soort: 'Jansen',
      strikt: { Jansen: 1 },
      vorm: 'Jansen',
      email: 'Jansen',
    };
    for (const taal of ['nl', 'en'] as const) {
      const r = valideer(ruim, invoer, { taal });
      expect(r.ok).toBe(false);
      expect(JSON.stringify(r)).not.toMatch(/Jansen|111222333444/);
    }
  });

  it('keeps the code, melding and numeric parameters of a custom refinement, never its text parameters', () => {
    const s = z.object({
      leeftijd: z.number().refine((n) => n >= 4, {
        params: {
          code: 'TE_JONG',
          melding: 'Te jong voor de basisschool.',
          parameters: { minimum: 4, naam: 'x' },
        },
      }),
      tweetalig: z.string().refine(() => false, {
        params: { code: 'ONGELDIG_TWEETALIG', melding: { nl: 'Ongeldig.', en: 'Invalid.' } },
      }),
      bekend: z.string().refine(() => false, { params: { code: 'ONGELDIGE_DATUM' } }),
      zonderCode: z.string().refine(() => false),
    });
    const invoer = { leeftijd: 3, tweetalig: 'x', bekend: 'x', zonderCode: 'x' };
    const nl = valideer(s, invoer);
    expect(nl.ok ? [] : nl.problemen).toEqual([
      {
        code: 'TE_JONG',
        pad: ['leeftijd'],
        melding: 'Te jong voor de basisschool.',
        parameters: { minimum: 4 },
      },
      { code: 'ONGELDIG_TWEETALIG', pad: ['tweetalig'], melding: 'Ongeldig.' },
      { code: 'ONGELDIGE_DATUM', pad: ['bekend'], melding: 'Geen geldige datum; verwacht JJJJ-MM-DD.' },
      { code: 'ONGELDIGE_WAARDE', pad: ['zonderCode'], melding: 'Ongeldige waarde.' },
    ]);
    const en = valideer(s, invoer, { taal: 'en' });
    expect(en.ok ? [] : en.problemen.map((p) => p.melding)).toEqual([
      // a Dutch-only melding of an unknown code falls back to the generic English text
      'Invalid value.',
      'Invalid.',
      'Not a valid date; expected YYYY-MM-DD.',
      'Invalid value.',
    ]);
  });

  it('validates the shared schemas', () => {
    expect(valideer(tijdstipSchema, '2026-10-23T14:30:00+02:00').ok).toBe(true);
    expect(valideer(tijdstipSchema, '2026-10-23T14:30+02:00').ok).toBe(true);
    expect(codesEnPaden(valideer(tijdstipSchema, '2026-10-23T14:30:00'))).toEqual([
      ['ONGELDIG_TIJDSTIP', ''],
    ]);
    expect(codesEnPaden(valideer(tijdstipSchema, '2026-02-30T14:30:00Z'))).toEqual([
      ['ONGELDIG_TIJDSTIP', ''],
    ]);
    expect(
      valideer(schoolkalenderInstellingenSchema, {
        regio: 'noord',
        vrijeDagen: [{ datum: '2026-01-05', soort: 'studiedag' }],
      }).ok,
    ).toBe(true);
    expect(codesEnPaden(valideer(schoolkalenderInstellingenSchema, { regio: 'oost' }))).toEqual([
      ['ONGELDIGE_KEUZE', 'regio'],
    ]);
  });

  it('types the output of the date schemas as IsoDatum and Tijdstip', () => {
    const r = valideer(z.object({ d: isoDatumSchema, t: tijdstipSchema }), {
      d: '2026-01-05',
      t: '2026-01-05T08:30:00+01:00',
    });
    if (!r.ok) throw new Error('expected ok');
    const d: `${number}-${number}-${number}` = r.waarde.d;
    const t: `${number}-${number}-${number}T${string}` = r.waarde.t;
    // @ts-expect-error an IsoDatum is not a Tijdstip
    const fout: `${number}-${number}-${number}T${string}` = r.waarde.d;
    expect([d, t, fout]).toEqual(['2026-01-05', '2026-01-05T08:30:00+01:00', '2026-01-05']);
  });
});

describe('zodMelding', () => {
  it('reads a type error as VERPLICHT only when the issue shows the input was missing', () => {
    const zonderInput = { code: 'invalid_type' as const, expected: 'number', path: [], message: '' };
    expect(zodMelding(zonderInput)).toBe('Verkeerd soort waarde; verwacht getal.');
    expect(zodMelding({ ...zonderInput, input: undefined })).toBe('Dit veld is verplicht.');
    expect(zodMelding({ ...zonderInput, input: 'geheim' }, 'en')).toBe(
      'Wrong kind of value; expected number.',
    );
    expect(zodMelding({ code: 'invalid_type', expected: 'nonoptional', path: [], message: '' })).toBe(
      'Dit veld is verplicht.',
    );
  });
});

describe('VALIDATIE_CODES and validatieMelding', () => {
  const alleCodes = Object.keys(VALIDATIE_CODES) as ValidatieCode[];

  it('describes every code in Dutch and English', () => {
    expect(alleCodes.length).toBe(16);
    for (const code of alleCodes) {
      expect(VALIDATIE_CODES[code].nl).toMatch(/^[A-Z].*\.$/);
      expect(VALIDATIE_CODES[code].en).toMatch(/^[A-Z].*\.$/);
    }
    expect(Object.isFrozen(VALIDATIE_CODES)).toBe(true);
  });

  it('renders the catalogue text when parameters are missing, and a generic text for unknown codes', () => {
    for (const code of alleCodes) {
      expect(validatieMelding(code)).toBe(VALIDATIE_CODES[code].nl);
      expect(validatieMelding(code, {}, 'en')).toBe(VALIDATIE_CODES[code].en);
    }
    expect(validatieMelding('BESTAAT_NIET')).toBe('Ongeldige waarde.');
    expect(validatieMelding('toString')).toBe('Ongeldige waarde.');
    expect(validatieMelding('VERKEERD_TYPE', { verwacht: 'iets' })).toBe('Verkeerd soort waarde.');
  });

  it('renders a stored problem again, in the other language, from its code and parameters', () => {
    const r = valideer(duurSchema, { aantal: 0, eenheid: 'weken' });
    if (r.ok) throw new Error('expected problems');
    const [p] = r.problemen;
    expect(p && validatieMelding(p.code, p.parameters, 'nl')).toBe(p?.melding);
    expect(p && validatieMelding(p.code, p.parameters, 'en')).toBe('Too small; must be greater than 0.');
  });

  it('probleem keeps parameters only when given', () => {
    expect(probleem('X', [], 'x.')).toEqual({
      ok: false,
      problemen: [{ code: 'X', pad: [], melding: 'x.' }],
    });
    expect(probleem('X', [], 'x.', { minimum: 1 })).toEqual({
      ok: false,
      problemen: [{ code: 'X', pad: [], melding: 'x.', parameters: { minimum: 1 } }],
    });
  });
});
