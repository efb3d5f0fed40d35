import { describe, expect, it } from 'vitest';
import { nieuwDossier, toestand } from '../dossier/dossier.js';
import type { DatalekDossier, DatalekToestand, DossierToestand } from '../dossier/procedure.js';
import { bouwDossier, volledigeGebeurtenissen } from '../fuzz/voorbeelden.js';
import { incidentUit } from '../incident/gevallen.js';
import { registerExport, registerExportMet } from './register.js';

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
let volgnummer = 0;

/** A dossier of the worked case `naam`: reported and analysed, and reported to the AP `apNaUren` after discovery. */
function dossier(naam: string, apNaUren?: number): DatalekDossier {
  const incident = incidentUit(naam);
  const gemeldEnGeanalyseerd = volledigeGebeurtenissen(incident).slice(0, 2);
  const ap =
    apNaUren === undefined
      ? []
      : [
          {
            type: 'ap-gemeld',
            tijdstip: new Date(Date.parse(incident.ontdektOp) + apNaUren * 3_600_000).toISOString(),
            door: pf,
            volledig: true,
            redenVertraging: 'Uitgelopen.',
          },
        ];
  return bouwDossier([...gemeldEnGeanalyseerd, ...ap], { id: `dl-geheim-${++volgnummer}` });
}

describe('registerExport (seed C.6 Deel B Stap 4: periodieke evaluatie; AVG 33(5))', () => {
  // worked cases: a failing computer (no risk), an unencrypted USB stick (high), a stolen laptop (high) and a
  // server room left open with access excluded (no breach), and an empty dossier
  const leeg = nieuwDossier({ id: 'leeg' });
  if (!leeg.ok) throw new Error('kop');
  const dossiers = [
    dossier('computer die niet werkt, back-up binnen 3 uur teruggezet'),
    dossier('onversleutelde USB-stick met groepsoverzicht en zorgnotities kwijt', 20),
    dossier('onversleutelde laptop met zorgdossiers van een groep gestolen', 80),
    dossier('serverruimte een nacht open, camerabeelden sluiten toegang uit'),
    leeg.waarde,
  ];
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
    expect(tekst).not.toContain(
      incidentUit('onversleutelde laptop met zorgdossiers van een groep gestolen').omschrijving,
    );
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
