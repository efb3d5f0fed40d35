import { plusDagen, schoolkalender, werkkalender } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { CLI_CODES } from '../codes.js';
import { OPDRACHTEN } from '../tabel.js';
import { lijst, voerUit } from '../uitvoering.js';

const waarde = <T>(u: ReturnType<typeof voerUit>): T => {
  if (!u.json.ok) throw new Error(`refused: ${u.json.problemen.map((p) => p.code).join(', ')}`);
  return u.json.waarde as T;
};

interface KalenderAntwoord {
  readonly open: number;
  readonly gesloten: readonly { datum: string; sluiting: { soort: string } }[];
}

describe('the command table', () => {
  it('has unique names, a description, an output and an object input schema for every command', () => {
    const namen = OPDRACHTEN.map((o) => o.naam);
    expect(new Set(namen).size).toBe(namen.length);
    expect(namen).not.toContain('lijst');
    expect(namen).not.toContain('serve');
    for (const o of lijst().opdrachten) {
      expect(o.omschrijving.length, o.naam).toBeGreaterThan(20);
      expect(o.uitvoer.length, o.naam).toBeGreaterThan(10);
      expect(o.invoerSchema.type, o.naam).toBe('object');
      expect(o.invoerSchema.$schema, o.naam).toBeUndefined();
    }
    expect(Object.isFrozen(OPDRACHTEN)).toBe(true);
  });

  it('every CLI code has a Dutch and an English text', () => {
    for (const [code, t] of Object.entries(CLI_CODES)) {
      expect(t.nl.length, code).toBeGreaterThan(5);
      expect(t.en.length, code).toBeGreaterThan(5);
    }
  });

  it('reads the clock only for a command that needs nu, and only when the input has none', () => {
    let gelezen = 0;
    const klok = () => {
      gelezen++;
      return '2026-12-02T12:00:00+01:00' as const;
    };
    voerUit(
      'termijn',
      { gebeurtenis: '2026-12-01', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' },
      { klok },
    );
    expect(gelezen).toBe(0);
    const zonder = voerUit('dossier', { dossier: { procedure: 'schorsing' } });
    expect(zonder.json.ok ? [] : zonder.json.problemen.map((p) => [p.code, p.pad])).toContainEqual([
      'VERPLICHT',
      ['nu'],
    ]);
    voerUit('dossier', { dossier: { procedure: 'schorsing' } }, { klok });
    expect(gelezen).toBe(1);
  });

  it('dossier: an unknown procedure is a coded problem', () => {
    const u = voerUit('dossier', { dossier: { procedure: 'onbekend' }, nu: '2026-12-02T12:00:00+01:00' });
    expect(u.json.ok ? [] : u.json.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['ONBEKENDE_PROCEDURE', ['dossier', 'procedure']],
    ]);
  });
});

describe('kalender', () => {
  it('lists every closed day in the span with its reason, as kern says, and counts the open days', () => {
    const van = '2026-12-14';
    const tot = '2027-01-10';
    const k = schoolkalender({ regio: 'midden' });
    const a = waarde<KalenderAntwoord>(voerUit('kalender', { van, tot, kalender: { regio: 'midden' } }));
    expect(a.open).toBe(k.tel(plusDagen(van, -1), tot));
    for (const { datum, sluiting } of a.gesloten) expect(k.sluiting(datum as never)).toEqual(sluiting);
    expect(a.gesloten.map((d) => d.sluiting.soort)).toContain('vakantie');
  });

  it('defaults to the Atw work calendar', () => {
    const a = waarde<KalenderAntwoord>(voerUit('kalender', { van: '2026-12-21', tot: '2026-12-27' }));
    expect(a.gesloten.map((d) => d.datum)).toEqual(['2026-12-25', '2026-12-26', '2026-12-27']);
    expect(a.open).toBe(werkkalender().tel('2026-12-20', '2026-12-27'));
  });

  it('refuses a span that runs backwards or over a year', () => {
    const codes = (u: ReturnType<typeof voerUit>) => (u.json.ok ? [] : u.json.problemen.map((p) => p.code));
    expect(codes(voerUit('kalender', { van: '2026-12-21', tot: '2026-12-20' }))).toEqual([
      'ONGELDIGE_WAARDE',
    ]);
    expect(codes(voerUit('kalender', { van: '2026-01-01', tot: '2027-01-10' }))).toEqual(['TE_VEEL']);
  });
});
