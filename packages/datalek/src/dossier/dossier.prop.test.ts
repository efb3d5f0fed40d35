import { epochMs, naarAmsterdamsTijdstip, type Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Beveiligingsincident } from '../incident/incident.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';
import { gebeurtenissenVan, type Stap, scenarioArb } from './arbitraries.js';
import { herspeel, leesDossier, nieuwDossier, openTermijnen, toestand, verwerkJson } from './dossier.js';
import type { DatalekDossier, DossierToestand } from './procedure.js';

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;

/** Applies the generated events in order (raw JSON entry), keeping only those the dossier accepts. */
function speel(incident: Beveiligingsincident, stappen: readonly Stap[]) {
  const leeg = nieuwDossier({ id: 'dl-prop' });
  if (!leeg.ok) throw new Error('kop');
  let dossier: DatalekDossier = leeg.waarde;
  for (const g of gebeurtenissenVan(incident, stappen)) {
    const r = verwerkJson(dossier, g);
    if (r.ok) dossier = r.waarde;
  }
  return dossier;
}

/** The state once the incident is reported, or undefined for an empty dossier (throws when it does not replay). */
function staat(d: DatalekDossier): DossierToestand | undefined {
  const r = toestand(d);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
  return r.waarde.fase === 'nieuw' ? undefined : r.waarde;
}

describe('properties of the datalek dossier', () => {
  it('replaying the stored events gives the same dossier, also after a JSON round trip', () => {
    fc.assert(
      fc.property(scenarioArb, ({ incident, stappen }) => {
        const d = speel(incident, stappen);
        const kopie = JSON.parse(JSON.stringify(d)) as DatalekDossier;
        expect(kopie).toEqual(d);
        expect(herspeel(d.kop, kopie.gebeurtenissen)).toEqual({ ok: true, waarde: d });
        expect(leesDossier(kopie)).toEqual({ ok: true, waarde: d });
        expect(toestand(kopie)).toEqual(toestand(d));
      }),
    );
  });

  it('every meldplichtAP has a deadline: exactly 72 real hours after awareness, never extended by the Atw', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 200 * 60 }), ({ incident, stappen }, na) => {
        const d = speel(incident, stappen);
        const t = staat(d);
        if (!t || t.fase === 'gesloten') return;
        const nu = naarAmsterdamsTijdstip(epochMs(t.gemeldOp) + na * 60_000);
        for (const beleid of [undefined, SEED_2018_BELEID]) {
          const ap = openTermijnen(d, nu, beleid ? { beleid } : {}).find((o) => o.code === 'MELDING_AP');
          const moet = (t.beoordeling?.meldplichtAP ?? true) && !t.apGemeldOp;
          expect(ap !== undefined).toBe(moet);
          if (ap) {
            expect(ap.termijn).toBeDefined();
            expect(epochMs(ap.termijn?.vervaltOp as Tijdstip) - epochMs(t.bewustOp)).toBe(72 * 3_600_000);
            expect(ap.termijn?.verlengdDoorAtw).toBe(false);
          }
        }
      }),
    );
  });

  it('a closed dossier always has recovery and preventive measures, and every duty fulfilled (seed Stap 4)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ incident, stappen }) => {
        const t = staat(speel(incident, stappen));
        if (t?.fase !== 'gesloten') return;
        expect(t.herstelmaatregelen).toBeGreaterThan(0);
        expect(t.preventieveMaatregelen).toBeGreaterThan(0);
        if (t.beoordeling?.meldplichtAP) expect(t.apGemeldOp).toBeDefined();
        if (t.beoordeling?.betrokkenenInformeren) expect(t.betrokkenenGeinformeerdOp).toBeDefined();
      }),
    );
  });

  it('events stay in time order and an AP report after 72 hours always carries a reason', () => {
    fc.assert(
      fc.property(scenarioArb, ({ incident, stappen }) => {
        const d = speel(incident, stappen);
        const tijden = d.gebeurtenissen.map((g) => epochMs(g.tijdstip));
        expect([...tijden].sort((a, b) => a - b)).toEqual(tijden);
        const t = staat(d);
        for (const g of d.gebeurtenissen) {
          if (g.type === 'ap-gemeld' && t && epochMs(g.tijdstip) - epochMs(t.bewustOp) > 72 * 3_600_000) {
            expect(g.redenVertraging).toBeDefined();
          }
        }
      }),
    );
  });

  it('problems never repeat the free text of the incident', () => {
    fc.assert(
      fc.property(scenarioArb, ({ incident, stappen }) => {
        const d = speel(incident, stappen);
        const r = verwerkJson(d, { type: 'gemeld', tijdstip: incident.ontdektOp, door: pf, incident });
        expect(JSON.stringify(r.ok ? [] : r.problemen)).not.toContain(incident.omschrijving);
      }),
    );
  });
});
