/**
 * `@schoolveiligheid/monitoring`: safety monitoring and its delivery, incident registration and the annual
 * report, the Arbowet art. 9 meldplicht and the RI&E plan van aanpak.
 *
 * - Monitoring: {@link monitoringsplanning} (rounds, due dates, roles, overdue) and {@link aggregeerVragenlijst}
 *   (streaming aggregation with a minimum cell size, response and trend).
 * - Incidents: {@link INCIDENT_CATEGORIEEN}, {@link incidentRegistratieSchema} (Bijlage 5), {@link jaarverslag}
 *   and {@link jaarverslagCsv} (Bijlage 4 and the annual report), the dossier {@link monitoringProcedure}.
 * - Arbowet art. 9: {@link arbowetMeldplicht}. RI&E: {@link planVanAanpakSchema}, {@link bewaakPlanVanAanpak}.
 * - Rules {@link MONITORING_REGELS}; policy {@link SEED_2018_BELEID} and {@link controleerBeleid}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/monitoring
 */

export type { Meldplicht, MeldplichtOpties, Ongeval, Ongevalsmelding } from './arbowet/meldplicht.js';
export { arbowetMeldplicht, ongevalSchema, ongevalsmeldingSchema } from './arbowet/meldplicht.js';
export { controleerBeleid, SEED_2018_BELEID, SEED_2018_RITME } from './beleid/seed2018.js';
export {
  ARBOWET_5,
  ARBOWET_9_LID_1,
  ARBOWET_9_LID_2,
  BESLUIT_34_6A,
  CELGROOTTE_INTERPRETATIE,
  GEEN_WETTELIJK_INCIDENTENREGISTER,
  INSPECTIE_AANLEVERING,
  LEERLING_INTERPRETATIE,
  NLA_ARBEIDSONGEVAL,
  ONDERDRUKKING_INTERPRETATIE,
  REPRESENTATIEF_INTERPRETATIE,
  SEED_2018,
  SEED_2018_24_UUR,
  SECUNDAIRE_ONDERDRUKKING,
  WPO_1_SCHOOLJAAR,
  WPO_4C_LID_1,
  WPO_4C_LID_4,
} from './bronnen/bronnen.js';
export type {
  MonitoringPlanCode,
  MonitoringProbleemCode,
  MonitoringRedenCode,
  MonitoringStapCode,
  MonitoringTermijnCode,
} from './codes/codes.js';
export {
  MONITORING_PLAN_CODES,
  MONITORING_PROBLEEM_CODES,
  MONITORING_REDEN_CODES,
  MONITORING_STAP_CODES,
  MONITORING_TERMIJN_CODES,
} from './codes/codes.js';
export type {
  IncidentDossier,
  IncidentGebeurtenis,
  IncidentKop,
  IncidentToestand,
} from './dossier/procedure.js';
export { incidentGebeurtenisSchema, incidentKopSchema, monitoringProcedure } from './dossier/procedure.js';
export type { IncidentCategorie, IncidentRegistratie } from './incident/incident.js';
export {
  INCIDENT_CATEGORIEEN,
  incidentRegistratieSchema,
  SCHADESOORTEN,
  schadeTotaal,
  valideerIncidentRegistratie,
} from './incident/incident.js';
export { PAKKET } from './pakket.js';
export type { Monitoringsplanning, PlanItem, SchoolMonitoring } from './planning/planning.js';
export { monitoringsplanning, schoolMonitoringSchema } from './planning/planning.js';
export {
  aanleveringInspectie,
  aanlevertermijn,
  afnamesPerSchooljaar,
  elkeOpnameMeldplichtig,
  inspectieAanleverdatum,
  MONITORING_REGELS,
  meldtermijnArbeidsinspectie,
  minimaleCelgrootte,
  minimaleRespons,
  registerVerzuimWerkdagen,
  schooljaarLaatsteDag,
} from './regels/regels.js';
export type { Jaarverslag, RegisterRegel } from './register/register.js';
export { jaarverslag, jaarverslagCsv } from './register/register.js';
export type { PlanVanAanpak, PlanVanAanpakStatus } from './rie/planVanAanpak.js';
export { bewaakPlanVanAanpak, planVanAanpakSchema } from './rie/planVanAanpak.js';
export type {
  Schaalcategorie,
  VragenlijstAntwoord,
  VragenlijstCel,
  VragenlijstOpties,
  Vragenlijstresultaat,
} from './vragenlijst/vragenlijst.js';
export { aggregeerVragenlijst } from './vragenlijst/vragenlijst.js';
