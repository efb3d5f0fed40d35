import { describe, expect, it } from 'vitest';
import gevallen from '../../fixtures/gevallen.json' with { type: 'json' };
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { nieuwDossier, toestand, verwerkJson } from '../dossier/dossier.js';
import type { DatalekDossier, DatalekToestand, DossierToestand } from '../dossier/procedure.js';
import { beveiligingsincidentSchema } from '../incident/incident.js';
import { registerExport, registerExportMet } from './register.js';

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;

function dossier(i: number, apNaUren?: number): DatalekDossier {
  const g = gevallen.gevallen[i];
  if (!g) throw new Error('geen geval');
  const incident = beveiligingsincidentSchema.parse({ ...gevallen.basis, ...g.incident, id: `inc-${i}` });
  const stappen: unknown[] = [
    {
      type: 'gemeld',
      tijdstip: '2026-11-20T17:00:00+01:00',
      door: { rol: 'medewerker', id: 'medewerker-1' },
      incident,
    },
    {
      type: 'geanalyseerd',
      tijdstip: '2026-11-20T18:00:00+01:00',
      door: pf,
      uitkomst: beoordeelIncident(incident).uitkomst,
    },
  ];
  if (apNaUren !== undefined) {
    const ms = Date.parse(incident.ontdektOp) + apNaUren * 3_600_000;
    stappen.push({
      type: 'ap-gemeld',
      tijdstip: new Date(ms).toISOString(),
      door: pf,
      volledig: true,
      redenVertraging: 'Uitgelopen.',
    });
  }
  const leeg = nieuwDossier({ id: `dl-geheim-${i}` });
  if (!leeg.ok) throw new Error('kop');
  let d = leeg.waarde;
  for (const s of stappen) {
    const r = verwerkJson(d, s);
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
    d = r.waarde;
  }
  return d;
}

describe('registerExport (seed C.6 Deel B Stap 4: periodieke evaluatie; AVG 33(5))', () => {
  // fixtures: 0 storing (geen risico), 1 USB (hoog), 3 laptop (hoog), 9 serverruimte uitgesloten (geen datalek)
  const leeg = nieuwDossier({ id: 'leeg' });
  if (!leeg.ok) throw new Error('kop');
  const dossiers = [dossier(0), dossier(1, 20), dossier(3, 80), dossier(9), leeg.waarde];
  const uit = registerExport(dossiers);

  it('counts incidents, breaches and outcomes', () => {
    expect(uit.aantalIncidenten).toBe(4);
    expect(uit.aantalDatalekken).toBe(3);
    expect(uit.perUitkomst).toEqual({
      nogNietBeoordeeld: 0,
      geenDatalek: 1,
      alleenGeregistreerd: 1,
      meldplichtigAP: 2,
      gemeldBijAP: 2,
      betrokkenenTeInformeren: 2,
      betrokkenenGeinformeerd: 0,
    });
    expect(uit.perRisico).toEqual({ geen: 1, risico: 0, hoog: 2, onbekend: 0 });
    expect(uit.perIncidentsoort.diefstal).toBe(1);
    expect(uit.perCategorie['gezondheid-zorg']).toBe(2);
  });

  it('measures the time to the AP report from awareness', () => {
    expect(uit.tijdTotMeldingAP).toEqual({
      aantal: 2,
      binnen72Uur: 1,
      na72Uur: 1,
      mediaanUren: 50,
      maxUren: 80,
    });
  });

  it('holds no ids or free text', () => {
    const tekst = JSON.stringify(uit);
    expect(tekst).not.toContain('dl-geheim');
    expect(tekst).not.toContain('inc-');
    expect(tekst).not.toContain('medewerker-1');
    expect(tekst).not.toContain(gevallen.basis.omschrijving);
  });

  it('reads every dossier through the kernel: one that does not replay is counted apart, not guessed', () => {
    expect(uit.nietGelezen).toBe(0);
    const kapot = { ...JSON.parse(JSON.stringify(dossiers[1])), gebeurtenissen: [{ type: 'gesloten' }] };
    const met = registerExport([...dossiers, kapot]);
    expect(met.nietGelezen).toBe(1);
    expect(met.aantalIncidenten).toBe(uit.aantalIncidenten);
  });

  it('carries the receipt of the package and its rules', () => {
    expect(uit.verantwoording.pakket).toBe('@schoolveiligheid/datalek');
    expect(uit.verantwoording.gegevens).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('filters by period of the internal report', () => {
    expect(registerExport(dossiers, { van: '2026-11-21' }).aantalIncidenten).toBe(0);
    expect(registerExport(dossiers, { tot: '2026-11-20' }).aantalIncidenten).toBe(4);
  });

  it('tallies only known codes: a stored value this release does not know goes to `onbekend`, never becomes a key (issue 8 item 2)', () => {
    // a state as an older or foreign release may have derived it, with free text where codes belong
    const t = toestandVan(dossiers[1] as DatalekDossier);
    const vreemd = {
      ...t,
      incident: { ...t.incident, soort: 'Jan Jansen 111222333', categorieen: ['bsn', 'mail jan@example.nl'] },
      beoordeling: { ...t.beoordeling, risico: 'toString' },
    } as unknown as DatalekToestand;
    const uit = registerExportMet(() => ({ ok: true, waarde: vreemd }), [dossiers[1] as DatalekDossier]);
    expect(uit.perIncidentsoort.onbekend).toBe(1);
    expect(uit.perCategorie).toMatchObject({ bsn: 1, onbekend: 1 });
    expect(uit.perRisico).toEqual({ geen: 0, risico: 0, hoog: 0, onbekend: 1 });
    const tekst = JSON.stringify(uit);
    for (const m of ['Jan Jansen', '111222333', 'jan@example.nl', 'toString', 'null'])
      expect(tekst).not.toContain(m);
    expect(Object.values(uit.perIncidentsoort).every(Number.isInteger)).toBe(true);
  });

  it('streams from any iterable: a Set or a generator gives the same export as the list', () => {
    function* stroom() {
      yield* dossiers;
    }
    expect(registerExport(new Set(dossiers))).toEqual(uit);
    expect(registerExport(stroom())).toEqual(uit);
  });
});

function toestandVan(d: DatalekDossier): DossierToestand {
  const r = toestand(d);
  if (!r.ok || r.waarde.fase === 'nieuw') throw new Error('toestand');
  return r.waarde;
}
