import { type IsoDatum, plusDagen, schoolkalender } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ScenarioStap as Stap,
  gebeurtenisVan as gebeurtenis,
  scenarioArb,
  staat,
} from '../testhulp/dossier.js';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { startdatumArb } from '../testhulp/arbitraries.js';
import { nieuwDossier, type SchorsingDossier as Dossier, verwerk } from './dossier.js';

// Replaying accepted events gives the same dossier and state, and a dossier survives a JSON round trip: the
// test kit's dossier laws (dossierwetten.test.ts) check that on the same scenarios. These are the properties
// of the schorsing procedure itself.

/** Feeds every generated event to verwerk; returns the dossier and the events that were accepted. */
function speel(s: {
  denominatie: 'openbaar' | 'bijzonder';
  bezwaarcommissie: boolean;
  regio: 'noord' | 'midden' | 'zuid';
  start: IsoDatum;
  stappen: Stap[];
  seed?: boolean;
}) {
  const d0 = nieuwDossier({
    id: 'dossier-p',
    leerling: 'leerling-1',
    denominatie: s.denominatie,
    bezwaarcommissie: s.bezwaarcommissie,
    kalender: { regio: s.regio },
    ...(s.seed ? { beleid: SEED_2018_BELEID } : {}),
  });
  if (!d0.ok) throw new Error('dossier');
  let d: Dossier = d0.waarde;
  let datum = s.start;
  const geweigerd: { voor: string; na: string; codes: string[] }[] = [];
  for (const stap of s.stappen) {
    datum = plusDagen(datum, stap.dagen);
    const voor = JSON.stringify(d);
    const r = verwerk(d, gebeurtenis(stap, datum));
    if (r.ok) d = r.waarde;
    else geweigerd.push({ voor, na: JSON.stringify(d), codes: r.problemen.map((p) => p.code) });
  }
  return { d, geweigerd };
}

describe('dossier: properties', () => {
  it('a rejected event always comes with at least one coded problem and leaves the dossier unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { geweigerd } = speel(s);
        for (const g of geweigerd) {
          expect(g.codes.length).toBeGreaterThan(0);
          expect(g.na).toBe(g.voor);
          for (const c of g.codes) expect(c).toMatch(/^[A-Z_]+$/);
        }
      }),
    );
  });

  it('no accepted schorsing exceeds 5 school days, schorsingen never overlap, and none runs into the verwijderingsdatum', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const t = staat(speel(s).d);
        t.schorsingen.forEach((x, i) => {
          expect(x.schorsing.schooldagen.length).toBeLessThanOrEqual(5);
          const vorige = t.schorsingen[i - 1];
          if (vorige) expect(x.schorsing.ingangsdatum > vorige.schorsing.laatsteDag).toBe(true);
          if (t.verwijdering.besluit && x.besluitdatum >= t.verwijdering.besluit.datum) {
            expect(x.schorsing.laatsteDag < t.verwijdering.besluit.verwijderingsdatum).toBe(true);
          }
        });
      }),
    );
  });

  it('schorsingen that follow each other without a school day in between: refused past 5 school days together unless a reason is recorded (WPO 40c lid 1)', () => {
    const keten = fc.record({
      regio: fc.constantFrom('noord' as const, 'midden' as const, 'zuid' as const),
      start: startdatumArb,
      delen: fc.array(
        fc.record({ n: fc.integer({ min: 1, max: 5 }), reden: fc.boolean(), gat: fc.boolean() }),
        {
          minLength: 2,
          maxLength: 4,
        },
      ),
    });
    let geweigerd = 0;
    fc.assert(
      fc.property(keten, ({ regio, start, delen }) => {
        const kalender = schoolkalender({ regio });
        const d0 = nieuwDossier({
          id: 'dossier-k',
          leerling: 'leerling-1',
          denominatie: 'openbaar',
          kalender: { regio },
        });
        if (!d0.ok) throw new Error('dossier');
        let d: Dossier = d0.waarde;
        let ingang = kalender.volgende(start);
        let besluit = start;
        let reeks = 0;
        for (const { n, reden, gat } of delen) {
          const r = verwerk(d, {
            type: 'schorsing-besloten',
            datum: besluit,
            ingangsdatum: ingang,
            duur: { aantal: n, eenheid: 'schooldagen' },
            ...(reden ? { redenAansluitend: 'Nieuw incident.' } : {}),
          });
          const verwacht = reeks + n <= 5 || reden;
          expect(r.ok, `run ${reeks} + ${n}, reason ${reden}`).toBe(verwacht);
          if (!r.ok) {
            geweigerd++;
            expect(r.problemen.map((p) => p.code)).toEqual(['SCHORSING_SLUIT_AAN']);
            break;
          }
          d = r.waarde;
          const laatste = staat(d).schorsingen.at(-1)?.schorsing;
          if (!laatste) throw new Error('schorsing');
          reeks += n;
          besluit = laatste.laatsteDag;
          ingang = kalender.volgende(laatste.laatsteDag);
          if (gat) {
            // a school day in between breaks the run
            ingang = kalender.volgende(ingang);
            reeks = 0;
          }
        }
      }),
    );
    expect(geweigerd, 'the generator never built a run past the maximum').toBeGreaterThan(0);
  });

  it('a verwijdering is only ever decided with the statutory preconditions met (WPO 40 lid 11), under the seed policy also its own; a bezwaar decision never precedes the GPO oordeel', () => {
    fc.assert(
      fc.property(fc.tuple(scenarioArb, fc.boolean()), ([scenario, seed]) => {
        const s = { ...scenario, seed };
        const { d } = speel(s);
        const t = staat(d);
        if (t.verwijdering.besluit) {
          // the statute: groepsleraar and parents heard, another school willing from the verwijderingsdatum
          expect(t.verwijdering.gehoord.leerkracht && t.verwijdering.gehoord.ouders).toBe(true);
          expect(t.verwijdering.ontvangendeSchool?.bereidPer).toBeDefined();
          expect(
            (t.verwijdering.ontvangendeSchool?.bereidPer ?? '9999-12-31') <=
              t.verwijdering.besluit.verwijderingsdatum,
          ).toBe(true);
          if (seed) {
            // the seed's own conditions (SEED_2018_BELEID, E.2 Verwijdering)
            expect(t.verwijdering.gehoord.leerling).toBe(true);
            expect(t.verwijdering.onderzoeksdossier).toBe(true);
            expect(t.verwijdering.voornemen).toBeDefined();
            expect(t.verwijdering.ontvangendeSchool?.schriftelijkBevestigd).toBe(true);
          }
        }
        const beslissing = t.bezwaren.find((b) => b.tegen === 'verwijdering' && b.beslissing);
        if (beslissing?.beslissing && t.gpo && t.gpo.ingediend <= beslissing.beslissing.datum) {
          expect(t.gpo.oordeel !== undefined && t.gpo.oordeel <= beslissing.beslissing.datum).toBe(true);
        }
        if (s.denominatie === 'bijzonder')
          expect(t.bezwaren.some((b) => b.tegen === 'schorsing')).toBe(false);
      }),
    );
  });
});
