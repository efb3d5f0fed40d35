/**
 * `@schoolveiligheid/pestprotocol`: the anti-bullying protocol of a Dutch primary school, from a teacher's
 * observation to the hand-over to `schorsing`, and the school-level check of WPO art. 4c.
 *
 * - Decisions (kern's Besluit shape, with reasons and sources): {@link classificeerGedrag} (plagen, pesten,
 *   ongewenst gedrag or onvoldoende informatie), {@link kiesMethode} (the confronting or non-confronting method
 *   with its ordered steps {@link METHODE_STAPPEN}), {@link gedragscodeRoute} (categories
 *   {@link GEDRAGSCODE_CATEGORIEEN}, routes {@link DADER_ROUTES}, sanctions {@link SANCTIES}) and
 *   {@link controleerPestbeleid} (WPO 4c, both readings of "bij een persoon").
 * - Procedure: the escalation ladder {@link pestprotocolProcedure} with its rungs {@link TREDEN} and aftercare.
 * - Template: {@link antiPestContract} (seed Bijlage 2 with the class's own additions).
 * - Rules as dated data in {@link PESTPROTOCOL_REGELS}; the seed preset {@link SEED_2018_BELEID} and
 *   {@link controleerBeleid}; sources in {@link PESTPROTOCOL_BRONNEN}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/pestprotocol
 */

export { controleerBeleid, SEED_2018_BELEID } from './beleid/seed2018.js';
export { PESTPROTOCOL_BRONNEN, SEED_2018 } from './bronnen/bronnen.js';
export type {
  PestprotocolProbleemCode,
  PestprotocolRedenCode,
  PestprotocolStapCode,
  PestprotocolTermijnCode,
} from './codes/codes.js';
export {
  PESTPROTOCOL_PROBLEEM_CODES,
  PESTPROTOCOL_REDEN_CODES,
  PESTPROTOCOL_STAP_CODES,
  PESTPROTOCOL_TERMIJN_CODES,
} from './codes/codes.js';
export type { AntiPestContract } from './contract/contract.js';
export { antiPestContract, contractAanvullingenSchema } from './contract/contract.js';
export type {
  HulpGepeste,
  PestprotocolDossier,
  PestprotocolGebeurtenis,
  PestprotocolKop,
  PestprotocolOpties,
  PestprotocolToestand,
  Trede,
} from './dossier/procedure.js';
export {
  pestprotocolGebeurtenisSchema,
  pestprotocolKopSchema,
  pestprotocolProcedure,
  TREDEN,
} from './dossier/procedure.js';
export type { GedragsClassificatie, GedragsFeit, Observaties } from './gedrag/gedrag.js';
export { classificeerGedrag, observatiesSchema } from './gedrag/gedrag.js';
export type { GedragscodeMelding, GedragscodeRoute } from './gedragscode/gedragscode.js';
export { gedragscodeMeldingSchema, gedragscodeRoute } from './gedragscode/gedragscode.js';
export type {
  Dader,
  DaderRoute,
  GedragscodeCategorie,
  RouteStap,
  Sanctie,
  SanctieBevoegdheid,
} from './gedragscode/gedragscode.data.js';
export {
  DADER_ROUTES,
  GEDRAGSCODE_CATEGORIEEN,
  ROUTE_STAPPEN,
  SANCTIES,
} from './gedragscode/gedragscode.data.js';
export type { MethodeKeuze, Situatie } from './methode/methode.js';
export { kiesMethode, situatieSchema } from './methode/methode.js';
export type { Methode, MethodeStap, Pestrol } from './methode/methode.data.js';
export { METHODE_STAPPEN, PESTROLLEN } from './methode/methode.data.js';
export { PAKKET } from './pakket.js';
export type { Lezing, Pestbeleid, PestbeleidControle } from './pestbeleid/pestbeleid.js';
export { controleerPestbeleid, pestbeleidSchema } from './pestbeleid/pestbeleid.js';
export {
  aanspreekpuntBelegd,
  controleNaTerugkeer,
  coordinatieBelegd,
  monitorPerSchooljaar,
  PESTPROTOCOL_REGELS,
  takenBijEenPersoon,
} from './regels/regels.js';
