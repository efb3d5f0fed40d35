/**
 * `@schoolveiligheid/privacy`: AVG rights requests and their terms, data categories and sharing, consent,
 * retention per category and the access matrix of the seed's Tabel A.
 *
 * - Rights requests: the dossier {@link privacyProcedure} (AVG 12(3): one month, two more on time, no Atw),
 *   {@link berekenAntwoordtermijn}, {@link wieOefentUit} and {@link magVerzoekDoen} (UAVG art. 5 before and after
 *   2026-09-01), {@link beoordeelKosten} (kern's `Bedrag`).
 * - Data: {@link GEGEVENSCATEGORIEEN} and {@link controleerVerwerking} (Bijlage 13), {@link VERSTREKKINGSREGISTER}
 *   and {@link magVerstrekken} (Bijlage 14), the consent register {@link geldigeToestemming}.
 * - Retention: {@link bewaartermijn} and the nightly {@link vernietigingslijst}.
 * - Access: {@link PARNASSYS_MATRIX} (Tabel A), {@link maakToegangsmatrix} (another LVS), default-deny
 *   {@link magToegang} with its log entry, {@link toegangsControles}.
 * - Identifiers: kern's {@link isGeldigBsn}, {@link normaliseerBsn}, {@link redigeer}, {@link vindPersoonsgegevens}.
 * - Rules in {@link PRIVACY_REGELS}; the {@link SEED_2018_BELEID} preset checked by {@link controleerBeleid}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/privacy
 */

export { controleerBeleid, SEED_2018_BELEID } from './beleid/seed2018.js';
export { bewaartermijn, vernietigingslijst } from './bewaren/bewaren.js';
export type {
  BewaarCategorie,
  BewaarGebeurtenis,
  BewaarLeerling,
  Bewaartermijn,
  Vernietigingslijst,
} from './bewaren/bewaren.js';
export {
  AVG_5_1,
  AVG_5_1_E,
  AVG_6_1,
  AVG_7_3,
  AVG_9,
  AVG_12_3,
  AVG_12_5,
  AVG_13,
  AVG_15_3,
  AVG_32,
  BEWAREN_ADMINISTRATIE_ONBEVESTIGD,
  BEWAREN_SO_ONBEVESTIGD,
  JEUGDWET_7_1_5_1,
  PORAAD_BEWAARTERMIJNEN,
  SEED_2018,
  SEED_BIJLAGE_13,
  SEED_BIJLAGE_14,
  SEED_PRIVACYREGLEMENT_15,
  SEED_TABEL_A,
  SEED_VERWERKING,
  UAVG_5_1,
  UAVG_5_3,
  UAVG_5_4,
  UAVG_5_OUD,
  WPO_40B,
  WPO_42,
} from './bronnen/bronnen.js';
export type {
  Betrokkene,
  Gegevenscategorie,
  Gegevensveld,
  VerwerkingsControle,
} from './categorieen/categorieen.js';
export { controleerVerwerking, GEGEVENSCATEGORIEEN, GEGEVENSVELDEN } from './categorieen/categorieen.js';
export type {
  PrivacyProbleemCode,
  PrivacyRedenCode,
  PrivacyStapCode,
  PrivacyTermijnCode,
} from './codes/codes.js';
export {
  PRIVACY_PROBLEEM_CODES,
  PRIVACY_REDEN_CODES,
  PRIVACY_STAP_CODES,
  PRIVACY_TERMIJN_CODES,
} from './codes/codes.js';
export type {
  PrivacyDossier,
  PrivacyGebeurtenis,
  PrivacyKop,
  PrivacyOpties,
  PrivacyToestand,
  Recht,
} from './dossier/procedure.js';
export { privacyGebeurtenisSchema, privacyKopSchema, privacyProcedure } from './dossier/procedure.js';
export {
  isGeldigBsn,
  normaliseerBsn,
  redigeer,
  vindPersoonsgegevens,
} from './identificatie/identificatie.js';
export type { KostenGrond, KostenInvoer, KostenOordeel } from './kosten/kosten.js';
export { beoordeelKosten } from './kosten/kosten.js';
export { PAKKET } from './pakket.js';
export {
  antwoordtermijn,
  bewaartermijnInschrijving,
  bewaartermijnLeerlingdossier,
  bewaartermijnVerwezenSo,
  bewaartermijnVerzuim,
  inzageKosten,
  kopieKosten,
  leeftijdIntrekking,
  leeftijdMedeUitoefening,
  leeftijdVerwijsindexGezamenlijk,
  leeftijdZelfstandig,
  maximaleTermijn,
  PRIVACY_REGELS,
  rollenHerbeoordeling,
  verlenging,
  wachtwoordVernieuwing,
} from './regels/regels.js';
export type {
  Actie,
  Functie,
  Matrixrij,
  MatrixInstellingen,
  Medewerker,
  Niveau,
  Toegang,
  ToegangLeerling,
  Toegangslog,
  ToegangsControles,
  Toegangsmatrix,
  Toewijzing,
  Werkzaamheden,
} from './toegang/toegang.js';
export {
  ACTIES_PER_WERK,
  functiesVoorLvsRol,
  magToegang,
  maakToegangsmatrix,
  PARNASSYS_MATRIX,
  toegangsControles,
} from './toegang/toegang.js';
export type {
  Toestemming,
  ToestemmingsDoel,
  ToestemmingsGever,
  ToestemmingsOordeel,
} from './toestemming/toestemming.js';
export { geldigeToestemming } from './toestemming/toestemming.js';
export type {
  Grondslag,
  Kanaal,
  Ontvanger,
  Verstrekking,
  VerstrekkingsDoel,
  Verstrekkingsregel,
} from './verstrekking/verstrekking.js';
export { magVerstrekken, VERSTREKKINGSREGISTER } from './verstrekking/verstrekking.js';
export type { Uitoefening, UitoefeningInvoer, Verzoeker } from './vertegenwoordiging/vertegenwoordiging.js';
export { magVerzoekDoen, wieOefentUit } from './vertegenwoordiging/vertegenwoordiging.js';
export type { Antwoordtermijn, AntwoordtermijnInvoer } from './verzoek/antwoordtermijn.js';
export { berekenAntwoordtermijn, uitersteAntwoorddag } from './verzoek/antwoordtermijn.js';
