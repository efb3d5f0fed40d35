/**
 * `@schoolveiligheid/calamiteiten`: calamities and the crisis team, aftercare after a serious incident, grief
 * protocols and their letters, medical care at school, BHV presence and the sociale kaart.
 *
 * - Procedures: {@link calamiteitenProcedure} (the calamiteitenprotocol) and {@link rouwProcedure} (the grief protocols).
 * - Crisis team: {@link valideerCrisisteam}, {@link crisisteamBijeenkomstTermijn}; reporting: {@link beoordeelAangifte}.
 * - Aftercare: {@link nazorgPlan}. Letters: {@link vulBriefIn}, {@link briefSjabloon}.
 * - Medical care: {@link magMedischeHandelingUitvoeren}, {@link evaluatiemomenten}, {@link stappenBijMedicijnCalamiteit}.
 * - BHV: {@link controleerBhvBezetting}; sociale kaart: {@link valideerSocialeKaart}.
 * - Rules {@link CALAMITEITEN_REGELS}, the {@link SEED_2018_BELEID} preset and {@link controleerBeleid}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/calamiteiten
 */

export type { AangifteUitkomst, StrafbaarFeit } from './aangifte/aangifte.js';
export { beoordeelAangifte } from './aangifte/aangifte.js';
export { controleerBeleid, SEED_2018_BELEID } from './beleid/seed2018.js';
export type { BhvBezetting, BhvGat, BhvRooster } from './bhv/bhv.js';
export { bhvRoosterSchema, controleerBhvBezetting } from './bhv/bhv.js';
export type { BriefSjabloon, IngevuldeBrief } from './brieven/brief.js';
export { BRIEF_SJABLOON_IDS, briefSjabloon, vulBriefIn } from './brieven/brief.js';
export type { SjabloonId } from './brieven/sjablonen.data.js';
export {
  ARBOWET_9_LID_2,
  ARBOWET_15,
  SEED_BHV,
  SEED_CALAMITEITENPROTOCOL,
  SEED_CRISISTEAM,
  SEED_MEDISCH,
  SEED_OPVANG,
  SEED_OPVANG_DAGSOORT,
  SEED_ROUW,
  SEED_SOCIALE_KAART,
  SEED_STANDPUNT_BESTUUR,
  SV_160,
  SV_161,
  WET_BIG_35,
  WET_BIG_NOOD,
  WPO_4A_LID_1,
  WPO_4A_LID_2,
} from './bronnen/bronnen.js';
export type { Afhandeling, ChecklistToestand } from './checklist/checklist.js';
export type { CalamiteitTermijnCode, IncidentSoort, RouwSituatie } from './checklist/stappen.data.js';
export type {
  CalamiteitenProbleemCode,
  CalamiteitenRedenCode,
  CalamiteitenStapCode,
  CalamiteitenTermijnCode,
  CalamiteitStapCode,
  MedicijnStapCode,
  OpvangTaakCode,
  RouwStapCode,
} from './codes/codes.js';
export {
  CALAMITEITEN_PROBLEEM_CODES,
  CALAMITEITEN_REDEN_CODES,
  CALAMITEITEN_STAP_CODES,
  CALAMITEITEN_TERMIJN_CODES,
} from './codes/codes.js';
export type { CrisisSoort, Crisisteam, GeldigCrisisteam } from './crisisteam/crisisteam.js';
export {
  CRISISTEAM_SAMENSTELLING,
  crisisteamBijeenkomstTermijn,
  crisisteamSchema,
  valideerCrisisteam,
} from './crisisteam/crisisteam.js';
export type {
  CalamiteitDossier,
  CalamiteitGebeurtenis,
  CalamiteitKop,
  RouwDossier,
  RouwGebeurtenis,
  RouwKop,
} from './dossier/procedure.js';
export {
  calamiteitenProcedure,
  calamiteitGebeurtenisSchema,
  calamiteitKopSchema,
  rouwGebeurtenisSchema,
  rouwKopSchema,
  rouwProcedure,
} from './dossier/procedure.js';
export type {
  Evaluatiemoment,
  MedischeAfspraak,
  MedischeHandeling,
  Toestemmingsverklaring,
  UitvoerendPersoon,
} from './medisch/medisch.js';
export {
  evaluatiemomenten,
  magMedischeHandelingUitvoeren,
  medischeAfspraakSchema,
  stappenBijMedicijnCalamiteit,
  toestemmingsverklaringSchema,
} from './medisch/medisch.js';
export type { NazorgInvoer, NazorgPlan, NazorgTermijn } from './nazorg/nazorg.js';
export { nazorgPlan } from './nazorg/nazorg.js';
export { PAKKET } from './pakket.js';
export {
  aangifteAltijd,
  bhvGeadviseerdAantal,
  bhvMinimumAanwezig,
  CALAMITEITEN_REGELS,
  crisisteamBijeenkomst,
  crisisteamMaxLeden,
  medischBigDoorPersoneel,
  medischEvaluatie,
  nazorgAfsluitendGesprek,
  nazorgContactDagen,
  nazorgContactUren,
  nazorgTerugkeer,
  nazorgVervolggesprek,
  rouwContactNabestaanden,
} from './regels/regels.js';
export type { CalamiteitenRol } from './rollen/rollen.js';
export { CALAMITEITEN_ROLLEN } from './rollen/rollen.js';
export type { SocialeKaart } from './socialekaart/socialekaart.js';
export {
  SOCIALE_KAART_SJABLOON,
  SOCIALE_KAART_SOORTEN,
  socialeKaartSchema,
  valideerSocialeKaart,
} from './socialekaart/socialekaart.js';
