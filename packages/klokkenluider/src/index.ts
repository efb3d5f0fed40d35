/**
 * `@schoolveiligheid/klokkenluider`: the whistleblower procedure of the Wet bescherming klokkenluiders (Wbk,
 * BWBR0037852, in force since 2023-02-18) for primary-school boards: who may report and through which internal
 * channel, the acknowledgement and feedback terms, the reporter's confidentiality, external reporting, public
 * disclosure and protection against detriment, built on `@schoolveiligheid/kern`.
 *
 * - Rules as dated data in the registry {@link KLOKKENLUIDER_REGELS}; the seed's 2016 model regeling as the
 *   preset {@link SEED_2018_BELEID}, checked by {@link controleerBeleid}.
 * - Decisions with reasons: {@link beoordeelMelder}, {@link procedurePlicht}, {@link kiesInternKanaal},
 *   {@link wieMagIdentiteitZien}, {@link correspondentieAan}, {@link magExternMelden}, {@link magOpenbaarMaken}.
 * - The dossier on kern's kernel: {@link klokkenluiderProcedure}, {@link openTermijnen} (the conservative date
 *   and the Atw date beside it), {@link volgendeStappen}, the view {@link afgeschermdDossier} and the
 *   benadeling validator {@link controleerMaatregelen}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/klokkenluider
 */

export { type GecontroleerdeMaatregel, controleerMaatregelen } from './benadeling/benadeling.js';
export { controleerBeleid, SEED_2018_BELEID } from './beleid/seed2018.js';
export { SEED_2018 } from './bronnen/bronnen.js';
export {
  KLOKKENLUIDER_PROBLEEM_CODES,
  KLOKKENLUIDER_REDEN_CODES,
  KLOKKENLUIDER_STAP_CODES,
  KLOKKENLUIDER_TERMIJN_CODES,
  type KlokkenluiderProbleemCode,
  type KlokkenluiderRedenCode,
  type KlokkenluiderStapCode,
  type KlokkenluiderTermijnCode,
} from './codes/codes.js';
export {
  herspeel,
  type KlokkenluiderVeegUitkomst,
  leesDossier,
  nieuwDossier,
  openTermijnen,
  openTermijnenVanAlle,
  toestand,
  verwerk,
  verwerkAlle,
  verwerkJson,
  volgendeStappen,
} from './dossier/dossier.js';
export {
  type KlokkenluiderDossier,
  type KlokkenluiderOpties,
  type KlokkenluiderToestand,
  klokkenluiderProcedure,
  type OntvangenMelding,
} from './dossier/procedure.js';
export {
  type KlokkenluiderGebeurtenis,
  type KlokkenluiderKop,
  klokkenluiderGebeurtenisSchema,
  klokkenluiderKopSchema,
} from './dossier/schemas.js';
export type { AtwVraag, KlokkenluiderOpenTermijn } from './dossier/termijnen.js';
export {
  type Autoriteit,
  type AutoriteitId,
  BEVOEGDE_AUTORITEITEN,
  type ExternOordeel,
  magExternMelden,
  magOpenbaarMaken,
  type Openbaarmaking,
} from './extern/extern.js';
export {
  type Kanaal,
  type KanaalKeuze,
  type KanaalOmstandigheden,
  kiesInternKanaal,
} from './kanaal/kanaal.js';
export {
  beoordeelMelder,
  type MelderOordeel,
  procedurePlicht,
  RELATIES,
  type Relatie,
} from './melder/melder.js';
export { PAKKET } from './pakket.js';
export {
  aangewezenFunctionarissen,
  bevestigingstermijn,
  bevestigingVerplicht,
  drempelWerknemers,
  eerstInternMelden,
  geenOnderzoekTermijn,
  KLOKKENLUIDER_REGELS,
  openVoorNietWerknemers,
  registerVerplicht,
  schriftelijkeToestemming,
  standpuntTermijn,
  terugkoppelingBegrensd,
  terugkoppelingstermijn,
} from './regels/regels.js';
export { KLOKKENLUIDER_ROLLEN, type KlokkenluiderRol } from './rollen/rollen.js';
export {
  type AfgeschermdeMelder,
  afgeschermdDossier,
  correspondentieAan,
  type DossierWeergave,
  type IdentiteitOpties,
  type Persoon,
  wieMagIdentiteitZien,
} from './vertrouwelijkheid/identiteit.js';
