import { describe, expect, it } from 'vitest';
import type { IncidentRegistratie } from '../incident/incident.js';
import { jaarverslag, jaarverslagCsv } from './register.js';

describe('jaarverslag', () => {
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
