import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { nieuwDossier, verwerkJson } from '../dossier/dossier.js';
import type { DatalekDossier } from '../dossier/procedure.js';
import { incidentArb } from '../incident/arbitraries.js';
import { registerExport } from './register.js';

const dossierArb = fc.tuple(incidentArb, fc.boolean()).map(([incident, analyse]): DatalekDossier => {
  const leeg = nieuwDossier({ id: 'dl-prop-geheim' });
  if (!leeg.ok) throw new Error('kop');
  let d = leeg.waarde;
  const stappen: unknown[] = [
    { type: 'gemeld', tijdstip: incident.ontdektOp, door: { rol: 'medewerker', id: 'm-1' }, incident },
  ];
  if (analyse) {
    stappen.push({
      type: 'geanalyseerd',
      tijdstip: incident.ontdektOp,
      door: { rol: 'privacyfunctionaris', id: 'pf' },
      uitkomst: beoordeelIncident(incident).uitkomst,
    });
  }
  for (const s of stappen) {
    const r = verwerkJson(d, s);
    if (r.ok) d = r.waarde;
  }
  return d;
});

const som = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('properties of registerExport', () => {
  it('the counts add up and hold no free text', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 8 }), (dossiers) => {
        const uit = registerExport(dossiers);
        expect(som(uit.perIncidentsoort)).toBe(uit.aantalIncidenten);
        expect(uit.perUitkomst.nogNietBeoordeeld + uit.perUitkomst.geenDatalek + uit.aantalDatalekken).toBe(
          uit.aantalIncidenten,
        );
        expect(som(uit.perRisico)).toBe(uit.aantalDatalekken);
        expect(uit.perUitkomst.alleenGeregistreerd + uit.perUitkomst.meldplichtigAP).toBe(
          uit.aantalDatalekken,
        );
        const tekst = JSON.stringify(uit);
        expect(tekst).not.toContain('geheim');
        for (const d of dossiers) {
          const g = d.gebeurtenissen[0];
          if (g?.type === 'gemeld') expect(tekst).not.toContain(g.incident.omschrijving);
        }
      }),
    );
  });

  it('the order of the dossiers does not matter', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 6 }), (dossiers) => {
        expect(registerExport([...dossiers].reverse())).toEqual(registerExport(dossiers));
      }),
    );
  });
});
