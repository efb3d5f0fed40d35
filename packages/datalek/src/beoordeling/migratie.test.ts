// Issue 10, the migration: every new concept is an optional field or a widened list, so an incident stored in
// the shape of release 0.1/0.2 still validates and decides as it did. fixtures/oude-vorm.json holds the stored
// registrations of fixtures/gevallen.json exactly as they were before issue 10 (the hashed passwords still
// entered as encryption), with the full outcome `beoordeelIncident` gave them then, by the AVG and by the seed.
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import oud from '../../fixtures/oude-vorm.json' with { type: 'json' };
import type { Beveiligingsincident } from '../incident/incident.js';
import { valideerIncident } from '../incident/incident.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';
import type { Beoordeling } from './beoordeling.js';
import { beoordeelIncident } from './beoordeling.js';

const BESTAND = new URL('../../fixtures/oude-vorm.json', import.meta.url);

draaiFixtures<{ incident: Beveiligingsincident }, { wet: Beoordeling; seed: Beoordeling }>(
  BESTAND,
  ({ incident }, { peildatum }) => ({
    wet: beoordeelIncident(incident, { peildatum }).uitkomst,
    seed: beoordeelIncident(incident, { peildatum, beleid: SEED_2018_BELEID }).uitkomst,
  }),
);

describe('incidents stored in the old shape', () => {
  it('still validate, without any of the fields issue 10 added', () => {
    const nieuw = [
      'exfiltratie',
      'ontvanger',
      'gegevensIntact',
      'gevolgOnbeschikbaarheid',
      'identificeerbaarheid',
    ];
    expect(oud.length).toBeGreaterThan(10);
    for (const g of oud) {
      expect(Object.keys(g.invoer.incident).filter((k) => nieuw.includes(k))).toEqual([]);
      expect(valideerIncident(g.invoer.incident).ok).toBe(true);
    }
  });
});
