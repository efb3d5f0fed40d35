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
 * - The procedure as an event-sourced dossier: {@link nieuwDossier}, {@link verwerk}, {@link toestand},
 *   {@link openTermijnen}, {@link volgendeStappen}.
 * - Rules as dated data ({@link schorsingMaxDuur}, ...) and the seed policy {@link SEED_2018_BELEID}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/schorsing
 */

export { SEED_2018_BELEID } from './beleid/seed2018.js';
export type {
  BestredenBesluit,
  Beslistermijn,
  BezwaarInvoer,
  Bezwaartermijnen,
  Opschorting,
  Rechtsmiddel,
} from './bezwaar/bezwaar.js';
export { berekenBezwaartermijnen } from './bezwaar/bezwaar.js';
export type { BriefContext, KopieRol, Schorsingsbrief } from './brief/schorsingsbrief.js';
export { KOPIE_ROLLEN, schorsingsbriefSchema, valideerSchorsingsbrief } from './brief/schorsingsbrief.js';
export type { Verwijderingsbrief } from './brief/verwijderingsbrief.js';
export { valideerVerwijderingsbrief, verwijderingsbriefSchema } from './brief/verwijderingsbrief.js';
export type {
  BezwaarInDossier,
  Dossier,
  SchorsingInDossier,
  Toestand,
  VerwijderingInDossier,
} from './dossier/dossier.js';
export { kalenderVan, nieuwDossier, toestand, verwerk } from './dossier/dossier.js';
export type { Gebeurtenis, GebeurtenisType } from './dossier/gebeurtenissen.js';
export { DEELNEMERS, dossierKopSchema, gebeurtenisSchema } from './dossier/gebeurtenissen.js';
export type { Stap } from './dossier/stappen.js';
export { volgendeStappen } from './dossier/stappen.js';
export type { OpenTermijn, Rol, TermijnCode } from './dossier/termijnen.js';
export { openTermijnen } from './dossier/termijnen.js';
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
  meldingInspectieBoven,
  meldingInspectieOnverwijld,
  meldingLeerplichtambtenaar,
  rechtsmiddelSchorsingOpenbaar,
  schorsingMaxDuur,
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
