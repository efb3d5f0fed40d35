/**
 * `@schoolveiligheid/meldcode`: the Meldcode huiselijk geweld en kindermishandeling (Besluit verplichte meldcode,
 * BWBR0033723), its afwegingskader, and the Verwijsindex risicojongeren (Jeugdwet §7.1).
 *
 * - The route: {@link meldcodeProcedure} on kern's procedure kernel; the logboek is the event list, with the
 *   danger route that skips the parents ({@link meldcodeKopSchema}, {@link meldcodeGebeurtenisSchema});
 *   {@link oudersPerStap} (the parents at every step) and {@link signaalArchief} (a one-off signal archived).
 * - The afwegingskader: {@link doorloopAfwegingskader} (decision table with reasons), {@link omvatMelding}.
 * - The Verwijsindex: {@link signaalStatus}, {@link informeerplicht}, {@link zoekMatches},
 *   {@link beoordeelSignaalAfgifte}, {@link VERWIJSINDEX_FUNCTIES}, {@link VERWIJSINDEX_TEKSTEN}.
 * - Rules as dated data in {@link MELDCODE_REGELS}; the seed preset {@link SEED_2018_BELEID} and {@link controleerBeleid}.
 * - Codes: {@link MELDCODE_REDEN_CODES}, {@link MELDCODE_PROBLEEM_CODES}, {@link MELDCODE_TERMIJN_CODES},
 *   {@link MELDCODE_STAP_CODES}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/meldcode
 */

export type {
  AfwegingAntwoorden,
  AfwegingOpties,
  AfwegingsUitkomst,
} from './afwegingskader/afwegingskader.js';
export {
  afwegingAntwoordenSchema,
  doorloopAfwegingskader,
  omvatMelding,
} from './afwegingskader/afwegingskader.js';
export { controleerBeleid, SEED_2018_BELEID } from './beleid/seed2018.js';
export {
  AFWEGINGSKADER,
  AFWEGINGSKADER_ONDERWIJS,
  AFWEGINGSKADER_SINDS,
  JEUGDWET_7_1_2_3,
  JEUGDWET_7_1_3_2,
  JEUGDWET_7_1_4_1,
  JEUGDWET_7_1_4_3,
  JEUGDWET_7_1_4_5_LID_1,
  JEUGDWET_7_1_4_5_LID_2,
  JEUGDWET_7_1_4_6,
  JEUGDWET_7_1_5_1,
  JEUGDWET_MELDINGSBEVOEGD,
  LEEFTIJD_TELLING,
  MELDCODE_ELEMENTEN,
  MELDCODE_STAPPEN,
  MELDCODE_TEKST_2018,
  PORAAD_BEWAARTERMIJNEN,
  SEED_2018,
  SEED_GEVAARROUTE,
  SEED_ONDERWIJSROUTE,
  UAVG_5_TOT_2026,
  UAVG_5_VANAF_2026,
  VEILIG_THUIS_TERUGKOPPELING,
  VOORRANG_JEUGDWET,
} from './bronnen/bronnen.js';
export type {
  MeldcodeProbleemCode,
  MeldcodeRedenCode,
  MeldcodeStapCode,
  MeldcodeTermijnCode,
} from './codes/codes.js';
export {
  MELDCODE_PROBLEEM_CODES,
  MELDCODE_REDEN_CODES,
  MELDCODE_STAP_CODES,
  MELDCODE_TERMIJN_CODES,
} from './codes/codes.js';
export type {
  ArchiefReden,
  GevaarReden,
  MeldcodeDossier,
  MeldcodeGebeurtenis,
  MeldcodeKop,
  MeldcodeOpties,
  MeldcodeToestand,
  OudersBijStap,
  SignaalArchief,
} from './dossier/procedure.js';
export {
  meldcodeGebeurtenisSchema,
  meldcodeKopSchema,
  meldcodeProcedure,
  oudersPerStap,
  signaalArchief,
} from './dossier/procedure.js';
export { PAKKET } from './pakket.js';
export {
  afwegingskaderVerplicht,
  archiefBewaartermijn,
  archiefTermijn,
  eindverantwoordelijkeBenoemd,
  informeerLeeftijdSamen,
  informeerLeeftijdZelf,
  MELDCODE_REGELS,
  matchMinimum,
  onveiligheidIsMelden,
  signaalMaxActief,
  signaalVerlengbaar,
  stap5Formulering,
  twijfelIsJa,
  uavgLeeftijdAlleen,
  uavgLeeftijdZelf,
  veiligThuisTerugkoppeling,
  verwijsindexMaxLeeftijd,
} from './regels/regels.js';
export type { AfgifteUitkomst, SignaalAfgifte } from './verwijsindex/afgifte.js';
export { beoordeelSignaalAfgifte, signaalAfgifteSchema } from './verwijsindex/afgifte.js';
export type { FunctieBevoegdheid, PoFunctie } from './verwijsindex/functies.data.js';
export { VERWIJSINDEX_FUNCTIES } from './verwijsindex/functies.data.js';
export type { Betrokkene, Informeerplicht, Uitoefening, Wijze } from './verwijsindex/informeerplicht.js';
export { informeerplicht, jeugdigeSchema } from './verwijsindex/informeerplicht.js';
export type { Match, MatchMeldingen, MatchSoort } from './verwijsindex/match.js';
export { matchMeldingenSchema, zoekMatches } from './verwijsindex/match.js';
export type {
  SignaalFase,
  SignaalStatus,
  VerwijderReden,
  VerwijsindexSignaal,
} from './verwijsindex/signaal.js';
export { signaalStatus, verwijsindexSignaalSchema } from './verwijsindex/signaal.js';
export type { Formulering, Passage, VerwijsindexTeksten } from './verwijsindex/teksten.data.js';
export { VERWIJSINDEX_TEKSTEN } from './verwijsindex/teksten.data.js';
export { leeftijdOp, verjaardag } from './verwijsindex/tijd.js';
