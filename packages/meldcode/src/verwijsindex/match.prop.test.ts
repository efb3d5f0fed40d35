import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoekMatches } from './match.js';

const melding = fc.record(
  {
    jeugdige: fc.constantFrom('jeugdige-1', 'jeugdige-2', 'jeugdige-3'),
    melder: fc.constantFrom('melder-1', 'melder-2', 'melder-3', 'melder-4'),
    gemeldOp: isoDatum({ van: '2025-01-01', tot: '2026-12-01' }),
    geboortedatum: isoDatum({ van: '2012-01-01', tot: '2020-12-31' }),
    woonadres: fc.constantFrom('adres-1', 'adres-2'),
    ouders: fc.subarray(['ouder-1', 'ouder-2', 'ouder-3'], { maxLength: 2 }),
  },
  { requiredKeys: ['jeugdige', 'melder', 'gemeldOp', 'geboortedatum'] },
);

describe('Verwijsindex matching properties (Jeugdwet 7.1.2.3, 7.1.4.3 lid 2)', () => {
  it('a match reveals nothing but the reporters’ identities', () => {
    fc.assert(
      fc.property(fc.array(melding, { maxLength: 8 }), (lijst) => {
        const b = zoekMatches(lijst, '2026-12-02');
        const tekst = JSON.stringify(b);
        expect(tekst).not.toMatch(/jeugdige-\d|adres-\d|ouder-\d/);
        for (const m of b.uitkomst) {
          expect(Object.keys(m).sort()).toEqual(['meerdereJeugdigen', 'melders', 'regie', 'soort']);
          expect(m.melders.length).toBeGreaterThanOrEqual(2);
          for (const melder of m.melders) expect(lijst.map((x) => x.melder)).toContain(melder);
        }
      }),
    );
  });

  it('two active meldingen by different reporters on the same child always match', () => {
    fc.assert(
      fc.property(melding, melding, (a, b) => {
        fc.pre(a.melder !== b.melder);
        const r = zoekMatches(
          [a, { ...b, jeugdige: a.jeugdige, geboortedatum: a.geboortedatum }],
          '2026-12-02',
        );
        expect(r.uitkomst.some((m) => m.soort === 'zelfde-jeugdige')).toBe(true);
      }),
    );
  });

  it('an expired melding (over two years old) never matches', () => {
    fc.assert(
      fc.property(melding, melding, (a, b) => {
        const oud = { ...a, gemeldOp: '2020-01-01' as const, geboortedatum: '2014-01-01' as const };
        expect(zoekMatches([oud, { ...b, jeugdige: a.jeugdige }], '2026-12-02').uitkomst).toEqual([]);
      }),
    );
  });
});
