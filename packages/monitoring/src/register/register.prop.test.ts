import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IncidentRegistratie } from '../incident/incident.js';
import { jaarverslag } from './register.js';

const registratie = fc.record({
  id: fc.constantFrom('inc-a', 'inc-b'),
  datum: fc
    .integer({ min: 0, max: 364 })
    .map((n) => new Date(Date.UTC(2025, 7, 1 + n)).toISOString().slice(0, 10)),
  getroffene: fc.constantFrom('werknemer', 'stagiair', 'leerling', 'anders'),
  categorie: fc.constantFrom('fysiek-geweld', 'bedreiging', 'drugs', 'grove-pesterij'),
  behandeling: fc.constantFrom('geen', 'ehbo'),
  schade: fc.array(
    fc.record({
      soort: fc.constantFrom('materieel', 'anders'),
      kosten: fc.record({ centen: fc.nat({ max: 100_000 }), valuta: fc.constant('EUR') }),
    }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<IncidentRegistratie>;

describe('jaarverslag (properties)', () => {
  it('totals equal the sum of the registered incidents (property)', () => {
    fc.assert(
      fc.property(fc.array(registratie, { maxLength: 60 }), (lijst) => {
        const v = jaarverslag(lijst, { van: '2025-08-01', tot: '2026-07-31' });
        const som = (m: Readonly<Record<string, number>>) => Object.values(m).reduce((a, b) => a + b, 0);
        expect(v.totaal).toBe(lijst.length);
        expect(som(v.perCategorie)).toBe(v.totaal);
        expect(som(v.perMaand)).toBe(v.totaal);
        expect(som(v.perGetroffene)).toBe(v.totaal);
        const centen = lijst.flatMap((r) => r.schade ?? []).reduce((a, s) => a + s.kosten.centen, 0);
        expect(v.kosten.totaal.centen).toBe(centen);
        expect(v.register.reduce((a, r) => a + r.schade.centen, 0)).toBe(centen);
      }),
    );
  });
});
