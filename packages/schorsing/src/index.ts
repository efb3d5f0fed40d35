/**
 * `@schoolveiligheid/schorsing`: schorsing, verwijdering, schoolpleinverbod and crisisplaats in Dutch
 * primary education (WPO art. 40, 40c, 43 and 63; Awb bezwaar), built on `@schoolveiligheid/kern`.
 *
 * - Schorsing: {@link berekenSchorsing} counts school days on the school's calendar (never extended by the
 *   Atw), checks the one-week maximum and says whether the inspectie must be told.
 * - Verwijdering: {@link beoordeelVerwijdering} (preconditions as a decision with reasons) and
 *   {@link berekenBezwaartermijnen} (openbaar vs bijzonder, the Geschillencommissie's suspension).
 * - Letters: {@link valideerSchorsingsbrief}, {@link valideerVerwijderingsbrief},
 *   {@link valideerSchoolpleinverbod}.
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
  type Verdaging,
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
export { type SchorsingProcedure, schorsingProcedure } from './dossier/procedure.js';
export type { SchorsingStap } from './dossier/stappen.js';
export type { SchorsingOpenTermijn } from './dossier/termijnen.js';
export {
  type BezwaarInDossier,
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
  beoordeelVerwijdering,
  type VerwijderingsRedenCode,
  type VerwijderingsVoorwaarden,
  verwijderingsVoorwaardenSchema,
} from './verwijdering/verwijdering.js';
