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
 *   {@link verwerkJson} (raw JSON), {@link herspeel}, {@link leesDossier}, {@link vanOudeVorm} (release 0.1's
 *   flat shape), {@link toestand}, {@link openTermijnen}, {@link volgendeStappen} and the batch helper
 *   {@link openTermijnenVanAlle}.
 * - Rules as dated data in one registry ({@link SCHORSING_REGELS}), the seed policy {@link SEED_2018_BELEID}
 *   and {@link controleerBeleid}; the code catalogues {@link REDEN_CODES}, {@link PROBLEEM_CODES},
 *   {@link TERMIJN_CODES} and {@link STAP_CODES}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/schorsing
 */

export { controleerBeleid, leesBeleid } from './beleid/beleid.js';
export { SEED_2018_BELEID } from './beleid/seed2018.js';
export type {
  BestredenBesluit,
  Beslistermijn,
  BezwaarInvoer,
  Bezwaartermijnen,
  Opschorting,
  Rechtsmiddel,
  Verdaging,
} from './bezwaar/bezwaar.js';
export { berekenBezwaartermijnen } from './bezwaar/bezwaar.js';
export type { BriefContext, KopieRol, Schorsingsbrief } from './brief/schorsingsbrief.js';
export { KOPIE_ROLLEN, schorsingsbriefSchema, valideerSchorsingsbrief } from './brief/schorsingsbrief.js';
export type { Verwijderingsbrief } from './brief/verwijderingsbrief.js';
export { valideerVerwijderingsbrief, verwijderingsbriefSchema } from './brief/verwijderingsbrief.js';
export type {
  SchoolpleinverbodProbleemCode,
  SchorsingProbleemCode,
  SchorsingRedenCode,
  SchorsingRol,
  SchorsingStapCode,
  SchorsingTermijnCode,
} from './codes/codes.js';
export { PROBLEEM_CODES, REDEN_CODES, STAP_CODES, TERMIJN_CODES } from './codes/codes.js';
export type { SchorsingDossier } from './dossier/dossier.js';
export {
  herspeel,
  leesDossier,
  nieuwDossier,
  openTermijnen,
  openTermijnenVanAlle,
  toestand,
  vanOudeVorm,
  verwerk,
  verwerkJson,
  volgendeStappen,
} from './dossier/dossier.js';
export type { Gebeurtenis, GebeurtenisType, SchorsingKop } from './dossier/gebeurtenissen.js';
export { DEELNEMERS, dossierKopSchema, gebeurtenisSchema } from './dossier/gebeurtenissen.js';
export type { SchorsingProcedure } from './dossier/procedure.js';
export { schorsingProcedure } from './dossier/procedure.js';
export type { SchorsingStap } from './dossier/stappen.js';
export type { SchorsingOpenTermijn } from './dossier/termijnen.js';
export type {
  BezwaarInDossier,
  SchorsingInDossier,
  Toestand,
  VerwijderingInDossier,
} from './dossier/toestand.js';
export { kalenderVan } from './dossier/toestand.js';
export { PAKKET } from './pakket.js';
export type { Denominatie } from './regels/regels.js';
export {
  beslistermijnAwb,
  beslistermijnAwbCommissie,
  beslistermijnBijzonder,
  beslistermijnOpenbaar,
  bezwaartermijnBijzonder,
  bezwaartermijnOpenbaar,
  bezwaartermijnStart,
  gpoIndieningstermijn,
  gpoOordeelTermijn,
  kalenderdagenPerWeek,
  meldingInspectieBoven,
  meldingInspectieOnverwijld,
  meldingLeerplichtambtenaar,
  postOntvangstAwb,
  rechtsmiddelSchorsingOpenbaar,
  SCHORSING_REGELS,
  schooldagenPerWeek,
  schorsingMaxDuur,
  signaaltermijnMelding,
  verdagingAwb,
  zorgplichtVerwijdering,
} from './regels/regels.js';
export type { Schoolpleinverbod } from './schoolpleinverbod/schoolpleinverbod.js';
export {
  schoolpleinverbodGeldt,
  schoolpleinverbodSchema,
  valideerSchoolpleinverbod,
} from './schoolpleinverbod/schoolpleinverbod.js';
export type { Melding, NietMeegeteldeDag, Schorsing, SchorsingInvoer } from './schorsing/schorsing.js';
export { berekenSchorsing, maximumInSchooldagen } from './schorsing/schorsing.js';
export type { VerwijderingsRedenCode, VerwijderingsVoorwaarden } from './verwijdering/verwijdering.js';
export { beoordeelVerwijdering, verwijderingsVoorwaardenSchema } from './verwijdering/verwijdering.js';
