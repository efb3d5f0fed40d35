import { describe, expect, it } from 'vitest';
import { weekdag } from '../datum/datum.js';
import { feestdagen, paaszondag } from './feestdagen.js';

const datums = (jaar: number) => feestdagen(jaar).dagen.map((d) => `${d.datum} ${d.naam}`);

describe('feestdagen (Atw art. 3)', () => {
  it('Koningsdag 2025 is Saturday 26 April because 27 April is a Sunday (KB 1980; legal-rules A7)', () => {
    const koningsdag = feestdagen(2025).dagen.find((d) => d.naam === 'Koningsdag');
    expect(koningsdag?.datum).toBe('2025-04-26');
    expect(weekdag('2025-04-26')).toBe(6);
    expect(feestdagen(2026).dagen.find((d) => d.naam === 'Koningsdag')?.datum).toBe('2026-04-27');
  });

  it('reproduces the computed Atw table for 2026 (legal-rules §0.2, including KB 2026-01-02 and 2026-05-15)', () => {
    expect(datums(2026)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-01-02 Vrijdag na Nieuwjaarsdag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag (5 mei)',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-15 Vrijdag na Hemelvaartsdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it('reproduces the computed Atw table for 2028 (legal-rules §0.2: KB 04-28 and 05-26)', () => {
    expect(datums(2028).filter((d) => !d.includes('Kerstdag') && !d.includes('Nieuwjaar'))).toEqual([
      '2028-04-14 Goede Vrijdag',
      '2028-04-17 Tweede Paasdag',
      '2028-04-27 Koningsdag',
      '2028-04-28 Vrijdag na Koningsdag',
      '2028-05-05 Bevrijdingsdag (5 mei)',
      '2028-05-25 Hemelvaartsdag',
      '2028-05-26 Vrijdag na Hemelvaartsdag',
      '2028-06-05 Tweede Pinksterdag',
    ]);
  });

  it('counts 5 mei every year, not only in lustrum years (Atw art. 3 lid 1; anchors §9 peer bugs)', () => {
    for (const jaar of [2026, 2027, 2028, 2029, 2030]) {
      expect(feestdagen(jaar).dagen.some((d) => d.datum === `${jaar}-05-05`)).toBe(true);
    }
  });

  it('counts Goede Vrijdag (Atw art. 3 lid 2), whatever schools do', () => {
    const gv = feestdagen(2027).dagen.find((d) => d.naam === 'Goede Vrijdag');
    expect(gv).toMatchObject({ datum: '2027-03-26', soort: 'feestdag', school: 'school-beslist' });
    expect(gv?.bron.artikel).toBe('art. 3 lid 2');
  });

  it('does not invent a bridge Monday before Koningsdag on a Tuesday (2027; legal-rules §0.2 note)', () => {
    expect(feestdagen(2027).dagen.some((d) => d.datum === '2027-04-26')).toBe(false);
  });

  it('flags years without a published gelijkstellingsbesluit instead of pretending there are none', () => {
    const j = feestdagen(2029);
    expect(j.gelijkgesteldeDagenBekend).toBe(false);
    expect(j.waarschuwing).toContain('2029');
    expect(j.dagen.every((d) => d.soort === 'feestdag')).toBe(true);
    expect(feestdagen(2024).gelijkgesteldeDagenBekend).toBe(true);
  });

  it('marks KB days with their besluit as source and as unconfirmed against the Staatscourant', () => {
    const kb = feestdagen(2024).dagen.filter((d) => d.soort === 'gelijkgesteld');
    expect(kb.map((d) => d.datum)).toEqual(['2024-05-10', '2024-12-27']);
    expect(kb[0]?.bron.zekerheid).toBe('secundair');
  });

  it('computes Easter for known years (2024-03-31, 2025-04-20, 2026-04-05, 2038-04-25, 2100 out of range)', () => {
    expect(paaszondag(2024)).toBe('2024-03-31');
    expect(paaszondag(2025)).toBe('2025-04-20');
    expect(paaszondag(2026)).toBe('2026-04-05');
    expect(paaszondag(2038)).toBe('2038-04-25');
    expect(() => feestdagen(2100)).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
  });
});
