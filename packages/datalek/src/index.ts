/**
 * `@schoolveiligheid/datalek`: security incidents and data breaches (datalekken) at a Dutch primary school,
 * from the teacher's report to the Autoriteit Persoonsgegevens.
 *
 * - Registration: {@link beveiligingsincidentSchema} (the seed's Stap 2 plus what the risk assessment needs).
 * - Decision: {@link beoordeelIncident} (AVG art. 33/34 with reasons; the seed's Wbp tree as the
 *   {@link veiligheidsplan2018} preset) and {@link vergelijkMetWet} (where a policy under-reports).
 * - Procedure: the event-sourced dossier, {@link verwerk}, {@link openTermijnen} (72 clock hours, no Atw),
 *   {@link volgendeStappen}.
 * - Documents: the AP form ({@link apMeldingSchema}, {@link controleerApMelding}), the message to data
 *   subjects ({@link valideerKennisgeving}) and the anonymised {@link registerExport}.
 * - Rules as dated data: {@link datalekBeslisboom}, {@link meldtermijnAP} and the others in {@link DATALEK_REGELS}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/datalek
 */

export type { ApControleOpties, ApMelding } from './apformulier/apformulier.js';
export {
  AP_FORMULIER_VRAGEN,
  apMeldingSchema,
  apMeldingUitIncident,
  controleerApMelding,
} from './apformulier/apformulier.js';
export type {
  Beoordeling,
  BeoordelingOpties,
  Risico,
  Vergelijking,
  Verschil,
} from './beoordeling/beoordeling.js';
export { beoordeelIncident, vergelijkMetWet, vergelijkRisico } from './beoordeling/beoordeling.js';
export type { DossierOpties, Gebeurtenis, OpenTermijn, Stap } from './dossier/dossier.js';
export {
  bewaarMinimaalTot,
  gebeurtenisSchema,
  herspeel,
  openTermijnen,
  verwerk,
  volgendeStappen,
} from './dossier/dossier.js';
export type { DatalekDossier, DossierToestand } from './dossier/toestand.js';
export { nieuwDossier, toestand } from './dossier/toestand.js';
export type { Gegevenscategorie, Inbreuksoort, Incidentsoort, Rol } from './incident/begrippen.js';
export {
  BETROKKENENGROEPEN,
  GEGEVENSCATEGORIEEN,
  GEVOELIGE_CATEGORIEEN,
  INBREUKSOORTEN,
  INCIDENTSOORTEN,
  ROLLEN,
} from './incident/begrippen.js';
export type { Beveiligingsincident, JaNeeOnbekend } from './incident/incident.js';
export { beveiligingsincidentSchema, rolSchema, valideerIncident } from './incident/incident.js';
export type { Kennisgeving } from './kennisgeving/kennisgeving.js';
export { kennisgevingSchema, valideerKennisgeving } from './kennisgeving/kennisgeving.js';
export type { Beslisboom, StartMeldtermijn } from './regels/regels.js';
export {
  analysetermijn,
  bewaartermijnMelding,
  DATALEK_REGELS,
  datalekBeslisboom,
  meldtermijnAP,
  startMeldtermijnAP,
  termijnBetrokkenen,
  toestemmingCvbVereist,
  veiligheidsplan2018,
} from './regels/regels.js';
export type { RegisterExport, RegisterOpties, UitkomstTelling } from './register/register.js';
export { registerExport } from './register/register.js';
