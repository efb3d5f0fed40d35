import {
  type BeoordelingOpties,
  beoordeelIncident,
  beveiligingsincidentSchema,
  SEED_2018_BELEID,
} from '@schoolveiligheid/datalek';
import { ok } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { opdracht } from '../opdracht.js';
import { beleidSchema, datumVeld } from './gedeeld.js';

function datalekSchema() {
  return z
    .strictObject({
      incident: beveiligingsincidentSchema,
      peildatum: datumVeld('The date whose law applies; default: the Amsterdam date of incident.ontdektOp.'),
      beleid: beleidSchema().optional(),
    })
    .meta({
      description: 'A registered security incident, and optionally the peildatum and a school policy.',
    });
}

/** `datalek`: datalek's `beoordeelIncident` (AVG art. 33/34, or the seed's Wbp tree with `beleid: 'seed-2018'`). */
export const datalek = /* @__PURE__ */ opdracht({
  naam: 'datalek',
  omschrijving:
    'Decides on a security incident (beveiligingsincident): is it a datalek, the risk, whether to notify the Autoriteit Persoonsgegevens within 72 hours and the data subjects (AVG art. 33/34), with reasons.',
  invoerSchema: /* @__PURE__ */ datalekSchema(),
  uitvoer: "datalek's Besluit<Beoordeling> (beoordeelIncident): { uitkomst, redenen, verantwoording }.",
  voerUit: ({ incident, peildatum, beleid }) => {
    const opties = {
      ...(peildatum ? { peildatum } : {}),
      ...(beleid ? { beleid: beleid === 'seed-2018' ? SEED_2018_BELEID : beleid } : {}),
    } as BeoordelingOpties;
    return ok(beoordeelIncident(incident, opties));
  },
});
