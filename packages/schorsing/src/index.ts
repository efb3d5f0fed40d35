/**
 * `@schoolveiligheid/schorsing`: schorsing, verwijdering, schoolpleinverbod and crisisplaats in Dutch
 * primary education (WPO art. 40, 40c, 43 and 63; Awb bezwaar), built on `@schoolveiligheid/kern`.
 *
 * - Schorsing: {@link berekenSchorsing} counts school days on the school's calendar (never extended by the
 *   Atw), checks the one-week maximum and says whether the inspectie must be told.
 * - Verwijdering: {@link beoordeelVerwijdering} (preconditions as a decision with reasons) and
 *   {@link berekenBezwaartermijnen} (openbaar vs bijzonder, the Geschillencommissie's suspension).
 * - Letters: {@link valideerSchorsingsbrief}, {@link valideerVerwijderingsbrief},
 *   {@link valideerSchoolpleinverbod}. Templates of the seed's model letters and schoolgids texts with merge
 *   fields and the remedy clause per denominatie: {@link briefSjabloon}, {@link sjabloonVelden},
 *   {@link vulSjabloonIn} (plain text and HTML), {@link rechtsmiddelClausule},
 *   {@link rechtsmiddelenNaBeslissingOpBezwaar}; the notice to the inspectie {@link inspectieMeldingSchema}
 *   and {@link meldingAanInspectie}.
 * - The procedure on kern's kernel ({@link schorsingProcedure}): {@link nieuwDossier}, {@link verwerk},
 *   {@link verwerkJson} (raw JSON), {@link verwerkAlle} (a batch), {@link herspeel}, {@link leesDossier},
 *   {@link vanOudeVorm} (release 0.1's flat shape), {@link toestand}, {@link openTermijnen}, {@link volgendeStappen} and the batch helper
 *   {@link openTermijnenVanAlle}.
 * - Rules as dated data in one registry ({@link SCHORSING_REGELS}), the seed policy {@link SEED_2018_BELEID}
 *   and {@link controleerBeleid}; the code catalogues {@link REDEN_CODES}, {@link PROBLEEM_CODES},
 *   {@link TERMIJN_CODES} and {@link STAP_CODES}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/schorsing
 */

// One re-export per module. The rules module and the dossier module are public as a whole: every rule is in
// the registry and exported (regels.test.ts checks both ways), and the dossier module holds only the kernel's
// functions under their procedure names.
export {
  type BekendmakingInvoer,
  bekendmakingsdag,
  type ElektronischeBereikbaarheid,
  type ElektronischeVerzending,
  type ElektronischKanaal,
  elektronischeOntvangst,
  type OntvangstInvoer,
  type Verzendwijze,
} from './bekendmaking/bekendmaking.js';
export { controleerBeleid, leesBeleid } from './beleid/beleid.js';
export { SEED_2018_BELEID } from './beleid/seed2018.js';
export {
  type BestredenBesluit,
  type Beslistermijn,
  type BezwaarInvoer,
  type Bezwaartermijnen,
  berekenBezwaartermijnen,
  type Opschorting,
  type Rechtsmiddel,
  type Uitstel,
  type UitstelGrond,
  UITSTEL_GRONDEN,
  type Verdaging,
  type Verzuimherstel,
  type VerzuimOpschorting,
} from './bezwaar/bezwaar.js';
export { type BriefContext, KOPIE_ROLLEN, type KopieRol } from './brief/brief.js';
export {
  type Schorsingsbrief,
  schorsingsbriefSchema,
  valideerSchorsingsbrief,
} from './brief/schorsingsbrief.js';
export {
  type Verwijderingsbrief,
  valideerVerwijderingsbrief,
  verwijderingsbriefSchema,
} from './brief/verwijderingsbrief.js';
export {
  PROBLEEM_CODES,
  REDEN_CODES,
  type SchoolpleinverbodProbleemCode,
  type SchorsingProbleemCode,
  type SchorsingRedenCode,
  type SchorsingRol,
  type SchorsingStapCode,
  type SchorsingTermijnCode,
  STAP_CODES,
  TERMIJN_CODES,
} from './codes/codes.js';
export * from './dossier/dossier.js';
export {
  DEELNEMERS,
  dossierKopSchema,
  type Gebeurtenis,
  type GebeurtenisType,
  gebeurtenisSchema,
  type SchorsingKop,
} from './dossier/gebeurtenissen.js';
export {
  overzichtSchorsingen,
  type SchorsingInOverzicht,
  type SchorsingsOverzicht,
  type SchorsingsReeks,
} from './dossier/overzicht.js';
export { type SchorsingProcedure, schorsingProcedure } from './dossier/procedure.js';
export type { SchorsingStap } from './dossier/stappen.js';
export type { SchorsingOpenTermijn } from './dossier/termijnen.js';
export {
  type BezwaarInDossier,
  gemisteSchooldagen,
  type HorenAchterwegeGrond,
  kalenderVan,
  type SchorsingInDossier,
  type Toestand,
  type VerwijderingInDossier,
} from './dossier/toestand.js';
export { PAKKET } from './pakket.js';
export * from './regels/regels.js';
export {
  type Schoolpleinverbod,
  schoolpleinverbodGeldt,
  schoolpleinverbodSchema,
  valideerSchoolpleinverbod,
} from './schoolpleinverbod/schoolpleinverbod.js';
export type { Melding } from './schorsing/melding.js';
export {
  berekenSchorsing,
  maximumInSchooldagen,
  type NietMeegeteldeDag,
  type Schorsing,
  type SchorsingInvoer,
} from './schorsing/schorsing.js';
export {
  type AntwoordSchool,
  type BenaderdeSchool,
  beoordeelVerwijdering,
  type VerwijderingsRedenCode,
  type VerwijderingsVoorwaarden,
  verwijderingsVoorwaardenSchema,
} from './verwijdering/verwijdering.js';
export {
  type InspectieMelding,
  type InspectieMeldingOpties,
  inspectieMeldingSchema,
  meldingAanInspectie,
} from './inspectie/melding.js';
export {
  type BriefBesluit,
  CLAUSULE_VELDEN,
  type ClausuleInvoer,
  type ClausuleSoort,
  type NaBezwaarInvoer,
  type RechtsmiddelClausule,
  type RechtsmiddelenNaBezwaar,
  rechtsmiddelClausule,
  rechtsmiddelenNaBeslissingOpBezwaar,
} from './rechtsmiddelen/rechtsmiddelen.js';
export {
  type BriefSjabloon,
  briefSjabloon,
  type IngevuldSjabloon,
  SJABLOON_IDS,
  type SjabloonId,
  type SjabloonInvoer,
  type SjabloonVeld,
  sjabloonVelden,
  type VeldNaam,
  type VeldSoort,
  vulSjabloonIn,
} from './sjablonen/sjablonen.js';
