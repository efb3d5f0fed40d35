/**
 * `@schoolveiligheid/datalek`: security incidents and data breaches (datalekken) at a Dutch primary school,
 * from the teacher's report to the Autoriteit Persoonsgegevens.
 *
 * - Registration: {@link beveiligingsincidentSchema} (the seed's Stap 2 plus what the risk assessment needs).
 * - Decision: {@link beoordeelIncident} (AVG art. 33/34 from tables of sourced criteria, with reasons and a
 *   receipt; the seed's Wbp tree as the {@link SEED_2018_BELEID} preset) and {@link vergelijkMetWet} (where a
 *   policy under-reports).
 * - Procedure: the event-sourced dossier on kern's procedure kernel ({@link datalekProcedure}):
 *   {@link nieuwDossier}, {@link verwerk} (typed), {@link verwerkJson} (raw JSON) and {@link verwerkAlle} (a
 *   batch), {@link herspeel}, {@link leesDossier}, {@link vanOudeVorm} (dossiers of release 0.1), {@link toestand},
 *   {@link openTermijnen} (72 clock hours, no Atw), {@link volgendeStappen} and the batch helper
 *   {@link openTermijnenVanAlle}.
 * - Documents: the AP form ({@link apMeldingSchema}, {@link controleerApMelding}), the message to data
 *   subjects ({@link valideerKennisgeving}) and the anonymised {@link registerExport}.
 * - Rules as dated data in one registry, {@link DATALEK_REGELS}; a school's policy checked against today's
 *   law by {@link controleerBeleid}.
 * - Codes: closed unions and their catalogues ({@link REDEN_CODES}, {@link PROBLEEM_CODES},
 *   {@link TERMIJN_CODES}, {@link STAP_CODES}).
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
  DatalekReden,
  Risico,
  Vergelijking,
  Verschil,
} from './beoordeling/beoordeling.js';
export { beoordeelIncident, vergelijkMetWet, vergelijkRisico } from './beoordeling/beoordeling.js';
export type { EnisaErnst, EnisaNiveau } from './beoordeling/ernst.js';
export { ernstVolgensEnisa } from './beoordeling/ernst.js';
export type {
  DatalekProbleemCode,
  DatalekRedenCode,
  DatalekStapCode,
  DatalekTermijnCode,
} from './codes/codes.js';
export { PROBLEEM_CODES, REDEN_CODES, STAP_CODES, TERMIJN_CODES } from './codes/codes.js';
export type { DatalekVeegUitkomst } from './dossier/dossier.js';
export {
  bewaarMinimaalTot,
  herspeel,
  leesDossier,
  nieuwDossier,
  openTermijnen,
  openTermijnenVanAlle,
  toestand,
  vanOudeVorm,
  verwerk,
  verwerkAlle,
  verwerkJson,
  volgendeStappen,
} from './dossier/dossier.js';
export type {
  DatalekDossier,
  DatalekKop,
  DatalekOpenTermijn,
  DatalekStap,
  DatalekToestand,
  DossierOpties,
  DossierToestand,
  Gebeurtenis,
  LeegDossier,
  VerwerkerRoute,
  /** @deprecated Use `DatalekOpenTermijn`. */
  DatalekOpenTermijn as OpenTermijn,
  /** @deprecated Use `DatalekStap`. */
  DatalekStap as Stap,
} from './dossier/procedure.js';
export { datalekKopSchema, datalekProcedure, gebeurtenisSchema } from './dossier/procedure.js';
export type {
  CategorieKeuze,
  DatalekRol,
  Gegevenscategorie,
  InbreukKeuze,
  Inbreuksoort,
  Incidentsoort,
  Rol,
} from './incident/begrippen.js';
export {
  BEREIKEN,
  BETROKKENENGROEPEN,
  CATEGORIE_KEUZES,
  DATALEK_ROLLEN,
  EXFILTRATIES,
  GEGEVENSCATEGORIEEN,
  GEVOELIGE_CATEGORIEEN,
  GEVOLGEN_ONBESCHIKBAARHEID,
  IDENTIFICEERBAARHEDEN,
  INBREUK_KEUZES,
  INBREUKSOORTEN,
  INCIDENTSOORTEN,
  ONTVANGERSOORTEN,
  VERSLEUTELINGEN,
} from './incident/begrippen.js';
export type { Beveiligingsincident, JaNeeOnbekend } from './incident/incident.js';
export { beveiligingsincidentSchema, rolSchema, valideerIncident } from './incident/incident.js';
export type { Kennisgeving, KennisgevingOpties } from './kennisgeving/kennisgeving.js';
export { kennisgevingSchema, valideerKennisgeving } from './kennisgeving/kennisgeving.js';
export { PAKKET } from './pakket.js';
export { controleerBeleid } from './regels/beleid.js';
export type { Beslisboom, StartMeldtermijn } from './regels/regels.js';
export {
  analysetermijn,
  bewaartermijnMelding,
  DATALEK_REGELS,
  datalekBeslisboom,
  grootschaligAantal,
  maxOnbeschikbaarheid,
  maxWoordenPerZin,
  meldtermijnAP,
  meldtermijnVerwerker,
  startMeldtermijnAP,
  termijnBetrokkenen,
  toestemmingCvbVereist,
} from './regels/regels.js';
export { SEED_2018_BELEID, veiligheidsplan2018 } from './regels/seed2018.js';
export type {
  RegisterExport,
  RegisterOpties,
  RisicoNiveau,
  Telling,
  UitkomstTelling,
} from './register/register.js';
export { registerExport } from './register/register.js';
