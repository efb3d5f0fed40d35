/**
 * `@schoolveiligheid/klachtenregeling`: complaints under WPO art. 14 and the meld-, overleg- en aangifteplicht
 * of WPO art. 4a.
 *
 * - Complaints: {@link valideerKlacht} (contents, anonymous, the one-year term, who may complain),
 *   {@link routeerKlacht} (routing as a decision with reasons), {@link valideerCommissie} (WPO 14 lid 4),
 *   {@link controleerRollen} (the school's roles: the contactpersoon is not in the directie, seed art. 2),
 *   {@link controleerRegeling} (roles, one commission route, affiliation, the schoolgids: WPO art. 13 and 14),
 *   the dossier {@link klachtProcedure} with the board's 4-week term (WPO 14 lid 7, Atw) and
 *   {@link toetsStandpunt}, the anonymised {@link jaarcijfers}.
 * - WPO art. 4a: {@link beoordeelReikwijdte4a} and the dossier {@link aangifteplichtProcedure}, whose
 *   `volgendeStappen` keeps the legal order.
 * - Rules as dated data in {@link KLACHTENREGELING_REGELS}; the seed preset {@link SEED_2018_BELEID} and
 *   {@link controleerBeleid}; sources in {@link KLACHTENREGELING_BRONNEN}; code catalogues.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/klachtenregeling
 */

export type {
  AangifteplichtDossier,
  AangifteplichtGebeurtenis,
  AangifteplichtKop,
} from './aangifteplicht/dossier.js';
export type { AangifteplichtToestand, OnverwijldePlicht } from './aangifteplicht/dossier.js';
export {
  aangifteplichtGebeurtenisSchema,
  aangifteplichtKopSchema,
  aangifteplichtProcedure,
} from './aangifteplicht/dossier.js';
export type { Route4a, Vermoeden } from './aangifteplicht/reikwijdte.js';
export { beoordeelReikwijdte4a, vermoedenSchema } from './aangifteplicht/reikwijdte.js';
export { controleerBeleid, SEED_2018_BELEID } from './beleid/seed2018.js';
export { KLACHTENREGELING_BRONNEN } from './bronnen/bronnen.js';
export type {
  KlachtenregelingProbleemCode,
  KlachtenregelingRedenCode,
  KlachtenregelingStapCode,
  KlachtenregelingTermijnCode,
} from './codes/codes.js';
export {
  KLACHTENREGELING_PROBLEEM_CODES,
  KLACHTENREGELING_REDEN_CODES,
  KLACHTENREGELING_STAP_CODES,
  KLACHTENREGELING_TERMIJN_CODES,
} from './codes/codes.js';
export type { Commissie } from './commissie/commissie.js';
export { commissieSchema, valideerCommissie } from './commissie/commissie.js';
export type {
  KlachtDossier,
  KlachtDossierOpties,
  KlachtGebeurtenis,
  KlachtKop,
  KlachtToestand,
} from './dossier/klacht.js';
export { klachtGebeurtenisSchema, klachtKopSchema, klachtProcedure } from './dossier/klacht.js';
export type { StandpuntToets } from './dossier/standpunt.js';
export { toetsStandpunt } from './dossier/standpunt.js';
export type { Jaarcijfers } from './jaarverslag/jaarverslag.js';
export { jaarcijfers } from './jaarverslag/jaarverslag.js';
export type { Klacht, KlachtBeoordeling, KlachtOpties } from './klacht/klacht.js';
export { klachtSchema, valideerKlacht } from './klacht/klacht.js';
export { PAKKET } from './pakket.js';
export {
  aansluitingVerplicht,
  alleenMinderjarigen,
  commissieMinimumLeden,
  contactpersoonNietInDirectie,
  eenCommissieRoute,
  eigenAfhandelingTermijn,
  indieningstermijn,
  KLACHTENREGELING_REGELS,
  onverwijldDagen,
  ruimereKring,
  schoolgidsGegevens,
  schoolgidsKlachtenregeling,
  standpuntMaxVerlenging,
  standpuntTermijn,
  verlengingVoorAfloop,
  vertrouwenspersoonPersoneel,
} from './regels/regels.js';
export type {
  KlachtencommissieRoute,
  Regeling,
  RegelingControle,
  SchoolgidsGegeven,
} from './regeling/regeling.js';
export { controleerRegeling, regelingSchema } from './regeling/regeling.js';
export type { Rollen, RollenControle } from './regeling/rollen.js';
export { controleerRollen, rollenSchema } from './regeling/rollen.js';
export type { Route, RouteCode, Routering } from './routering/routering.js';
export { routeerKlacht, routeringSchema } from './routering/routering.js';
