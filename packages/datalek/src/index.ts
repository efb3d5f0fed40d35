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
 * - Documents: the AP form since 2021 ({@link apMeldingSchema}, {@link controleerApMelding},
 *   {@link apMeldingFase} for phased notification; the seed's 2018 form as `formulier: 'seed-2018'`), the message to data
 *   subjects ({@link valideerKennisgeving}) and the anonymised {@link registerExport}.
 * - Rules as dated data in one registry, {@link DATALEK_REGELS}; a school's policy checked against today's
 *   law by {@link controleerBeleid}.
 * - Codes: closed unions and their catalogues ({@link REDEN_CODES}, {@link PROBLEEM_CODES},
 *   {@link TERMIJN_CODES}, {@link STAP_CODES}).
 *
 * @packageDocumentation
 * @module @schoolveiligheid/datalek
 */

export type {
  ApControleOpties,
  ApFormulierVersie,
  ApInvulOpties,
  ApMelding,
  ApMelding2018,
  ApMeldingFase,
  ApOnderdeel2021,
  ApVeld,
  ApVraag2021,
  UitstelbareVraag,
  VerwerkerMoment,
} from './apformulier/apformulier.js';
export {
  AP_FORMULIER_2021,
  AP_FORMULIER_VERSIES,
  AP_FORMULIER_VRAGEN,
  AP_ONDERDELEN_2021,
  apMelding2018Schema,
  apMeldingFase,
  apMeldingSchema,
  apMeldingUitIncident,
  controleerApMelding,
  GEDEELDE_VELDEN,
  UITSTELBARE_VRAGEN,
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
// The record of why (issue 10 item 3): the decision against the assessment, the analysis with its stored
// assessment, the retention of every registration, and the register of every breach as JSON rows and CSV.
export type { Afwijking, AfwijkingAspect } from './dossier/afwijking.js';
export { afwijkingenVanBesluit } from './dossier/afwijking.js';
export type { AnalyseInvoer, BesluitAspecten } from './dossier/dossier.js';
export { analyseer, bewaarRegistratieTot } from './dossier/dossier.js';
export type { OpgeslagenBeoordeling } from './dossier/procedure.js';
export { bewaartermijnRegistratie } from './regels/regels.js';
export type { KolomSoort, RegisterKolom, RegisterRij } from './register/rijen.js';
export { REGISTER_KOLOMMEN, registerCsv, registerCsvRegels, registerRegels } from './register/rijen.js';
