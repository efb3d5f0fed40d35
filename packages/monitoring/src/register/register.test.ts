import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IncidentRegistratie } from '../incident/incident.js';
import { jaarverslag, jaarverslagCsv } from './register.js';

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

describe('jaarverslag', () => {
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

  it("a worked year: the seed's analysis with the MR and the board (seed 2018, Incidentenregistratie), as CSV", () => {
    const lijst: IncidentRegistratie[] = [
      {
        id: 'inc-1',
        datum: '2025-10-06',
        getroffene: 'leerling',
        categorie: 'grove-pesterij',
        behandeling: 'geen',
      },
      {
        id: 'inc-2',
        datum: '2025-10-20',
        getroffene: 'werknemer',
        categorie: 'bedreiging',
        behandeling: 'geen',
      },
      {
        id: 'inc-3',
        datum: '2026-03-12',
        getroffene: 'leerling',
        categorie: 'vernieling-diefstal',
        subtype: 'vernieling',
        behandeling: 'geen',
        schade: [{ soort: 'materieel', kosten: { centen: 35000, valuta: 'EUR' } }],
      },
      { id: 'inc-4', datum: '2026-08-03', getroffene: 'leerling', categorie: 'drugs', behandeling: 'geen' },
    ];
    const v = jaarverslag(lijst, { van: '2025-08-01', tot: '2026-07-31' });
    expect(v.totaal).toBe(3);
    expect(v.perMaand).toEqual({ '2025-10': 2, '2026-03': 1 });
    expect(v.perGetroffene).toEqual({ leerling: 2, werknemer: 1 });
    expect(v.kosten.totaal).toEqual({ centen: 35000, valuta: 'EUR' });
    expect(jaarverslagCsv(v).split('\n')).toContain('kosten;materieel;;35000');
    expect(jaarverslagCsv(v).split('\n')[1]).toBe('totaal;alle;3;35000');
  });
});
