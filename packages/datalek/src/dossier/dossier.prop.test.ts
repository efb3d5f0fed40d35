import { epochMs, naarAmsterdamsTijdstip, type Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { incidentArb } from '../incident/arbitraries.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';
import { herspeel, leesDossier, nieuwDossier, openTermijnen, toestand, verwerkJson } from './dossier.js';
import type { DatalekDossier, DossierToestand } from './procedure.js';

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
const directeur = { rol: 'directeur', id: 'directeur' } as const;

type Maker = (tijdstip: Tijdstip, inc: Beveiligingsincident) => unknown;

const makers: Record<string, Maker> = {
  gemeld: (tijdstip, incident) => ({
    type: 'gemeld',
    tijdstip,
    door: { rol: 'medewerker', id: 'medewerker-1' },
    incident,
  }),
  geanalyseerd: (tijdstip, inc) => ({
    type: 'geanalyseerd',
    tijdstip,
    door: pf,
    uitkomst: beoordeelIncident(inc).uitkomst,
  }),
  cvb: (tijdstip) => ({ type: 'cvb-toestemming', tijdstip, door: { rol: 'bevoegd-gezag', id: 'cvb' } }),
  ap: (tijdstip) => ({
    type: 'ap-gemeld',
    tijdstip,
    door: pf,
    volledig: false,
    redenVertraging: 'Onderzoek liep uit.',
  }),
  apZonderReden: (tijdstip) => ({ type: 'ap-gemeld', tijdstip, door: pf, volledig: true }),
  vervolg: (tijdstip) => ({ type: 'vervolgmelding', tijdstip, door: pf, volledig: true }),
  betrokkenen: (tijdstip) => ({
    type: 'betrokkenen-geinformeerd',
    tijdstip,
    door: { rol: 'communicatiemedewerker', id: 'communicatie' },
    aantal: 10,
    wijze: 'individueel',
  }),
  herstel: (tijdstip) => ({
    type: 'herstelmaatregel',
    tijdstip,
    door: directeur,
    omschrijving: 'Toegang afgesloten.',
  }),
  preventief: (tijdstip) => ({
    type: 'preventieve-maatregel',
    tijdstip,
    door: directeur,
    omschrijving: 'Training.',
  }),
  gesloten: (tijdstip) => ({ type: 'gesloten', tijdstip, door: directeur }),
};

const stapArb = (soort: fc.Arbitrary<string>, min: number) =>
  fc.record({ soort, minuten: fc.integer({ min, max: 3000 }) });

/** Either any sequence of events, or the procedure's own order with some steps left out (so that dossiers close). */
const scenarioArb = fc.record({
  incident: incidentArb,
  stappen: fc.oneof(
    fc.array(stapArb(fc.constantFrom(...Object.keys(makers)), -30), { maxLength: 14 }),
    fc
      .subarray(
        ['geanalyseerd', 'cvb', 'ap', 'vervolg', 'betrokkenen', 'herstel', 'preventief', 'gesloten'],
        { minLength: 5 },
      )
      .chain((reeks) => fc.tuple(...reeks.map((s) => stapArb(fc.constant(s), 1)))),
  ),
});

/** Applies the generated events in order (raw JSON entry), keeping only those the dossier accepts. */
function speel(incident: Beveiligingsincident, stappen: { soort: string; minuten: number }[]) {
  const leeg = nieuwDossier({ id: 'dl-prop' });
  if (!leeg.ok) throw new Error('kop');
  let dossier: DatalekDossier = leeg.waarde;
  let ms = epochMs(incident.ontdektOp);
  const pogingen: unknown[] = [makers.gemeld?.(naarAmsterdamsTijdstip(ms + 60_000), incident)];
  for (const s of stappen) {
    ms += s.minuten * 60_000;
    pogingen.push(makers[s.soort]?.(naarAmsterdamsTijdstip(ms), incident));
  }
  for (const g of pogingen) {
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
