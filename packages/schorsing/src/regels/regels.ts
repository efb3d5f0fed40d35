import {
  type Bron,
  type Duur,
  type IsoDatum,
  type RegelRegister,
  type RegelWaardeType,
  regel,
  regelRegister,
  type Strenger,
} from '@schoolveiligheid/kern';
import {
  AWB_6_7,
  AWB_6_8_BEKENDMAKING,
  AWB_7_10,
  AWB_7_10_COMMISSIE,
  AWB_7_10_LID_3,
  AWB_7_4_WEEK_LEZING,
  AWB_6_9_WEEK_LEZING,
  GPO_PROCEDURE,
  LEERPLICHT_ONBEVESTIGD,
  RECHTSMIDDEL_SCHORSING,
  WPO_40_LID_11,
  WPO_40_LID_11_DOSSIER,
  WPO_40_LID_11_LEERLING,
  WPO_40_LID_11_SCHRIFTELIJK,
  WPO_40_LID_11_VOORNEMEN,
  WPO_40_LID_12,
  WPO_40C_LID_1,
  WPO_40C_LID_3,
  WPO_40C_LID_3_ONVERWIJLD,
  WPO_40C_LID_3_ONVERWIJLD_SINDS,
  WPO_40C_LID_3_TEKST_2018,
  WPO_40C_WEEK_KALENDERDAGEN,
  WPO_40C_WEEK_LEZING,
  WPO_43,
  WPO_63_LID_3_BEZWAARTERMIJN,
  WPO_63_LID_3,
} from './bronnen.js';
import { AWB_6_7_BEROEP, AWB_8_1_RECHTBANK, CIVIELE_ROUTE, WPO_43_LID_2_VERWIJDERING } from './bronnen.js';
import {
  AWB_2_8,
  AWB_2_14_LID_1,
  AWB_2_15_LID_1,
  AWB_2_17_LID_1,
  AWB_2_17_LID_2,
  AWB_2_19,
  AWB_2_20,
  AWB_7_10_LID_2,
  WPO_4D,
} from './bronnen.js';

/** Whether the school is openbaar (public law, Awb) or bijzonder (private law, WPO 63 for verwijdering). */
export type Denominatie = 'openbaar' | 'bijzonder';

/** The first day of the package's WPO rules (passend onderwijs, 1 August 2014) and of the Awb (1 January 1994). */
const WPO_2014 = '2014-08-01';
const AWB_1994 = '1994-01-01';
/** The first consolidation read with Awb afdeling 2.3 (electronic traffic), and the day it was renumbered. */
const AWB_ELEKTRONISCH = '2004-07-01';
const AWB_ELEKTRONISCH_2026 = '2026-01-01';

// Durations by unit, as the rules below state them (annotated, so a bundler still drops the rules a vendor
// does not import).
/* @__NO_SIDE_EFFECTS__ */
function weken(aantal: number): Duur {
  return { aantal, eenheid: 'weken' };
}
/* @__NO_SIDE_EFFECTS__ */
function werkdagen(aantal: number): Duur {
  return { aantal, eenheid: 'werkdagen' };
}
/* @__NO_SIDE_EFFECTS__ */
function kalenderdagen(aantal: number): Duur {
  return { aantal, eenheid: 'kalenderdagen' };
}

/** A rule of this package with one value, as declared below: {@link eenWaarde} turns it into a kern rule. */
interface EenWaarde<T extends RegelWaardeType> {
  /** Package-first id, `schorsing.<begrip>.<naam>`. */
  readonly id: string;
  /** The id the rule had before release 0.2 (policies stored under it still load). */
  readonly vorigeId?: string;
  readonly omschrijving: string;
  readonly strenger: Strenger;
  /** The first day of the value. */
  readonly sinds: IsoDatum;
  readonly waarde: T;
  readonly bron: Bron;
}

/** A kern `regel` with one dated value; the old id, if any, in `vorigeIds`. */
function eenWaarde<T extends RegelWaardeType>(r: EenWaarde<T>) {
  return regel<T>({
    id: r.id,
    ...(r.vorigeId === undefined ? {} : { vorigeIds: [r.vorigeId] }),
    omschrijving: r.omschrijving,
    strenger: r.strenger,
    waarden: [{ geldigVanaf: r.sinds, waarde: r.waarde, bron: r.bron }],
  });
}

/**
 * Maximum duration of a schorsing: one week (WPO 40c lid 1). How a week is counted in school days is the
 * SDK's documented reading (the schorsing guide explains it).
 *
 * @example
 * ```ts
 * import { schorsingMaxDuur } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(schorsingMaxDuur, '2026-11-23').waarde; //=> { aantal: 1, eenheid: 'weken' }
 * ```
 */
export const schorsingMaxDuur = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.schorsing.maxDuur',
  vorigeId: 'wpo.schorsing.maxDuur',
  omschrijving: 'Maximale duur van een schorsing',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: weken(1),
  bron: WPO_40C_LID_1,
});

/**
 * A schorsing longer than this many days must be reported to the inspectie (WPO 40c lid 3: "langer dan één
 * dag"). A policy may lower it to 0 (always report).
 *
 * @example
 * ```ts
 * import { meldingInspectieBoven } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(meldingInspectieBoven, '2026-11-23').waarde; //=> 1
 * ```
 */
export const meldingInspectieBoven = /* @__PURE__ */ eenWaarde<number>({
  id: 'schorsing.schorsing.meldingInspectieBoven',
  vorigeId: 'wpo.schorsing.meldingInspectieBoven',
  omschrijving: 'Melding aan de inspectie bij een schorsing langer dan (dagen)',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: 1,
  bron: WPO_40C_LID_3,
});

/**
 * Whether the inspectie must be told "onverwijld" (WPO 40c lid 3). The texts up to the 2020-07-01 consolidation
 * have no timing; from the 2021-01-01 consolidation on the lid reads "onverwijld" (statute text, dated there).
 *
 * @example
 * ```ts
 * import { meldingInspectieOnverwijld } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(meldingInspectieOnverwijld, '2018-09-01').waarde; //=> false
 * waardeOp(meldingInspectieOnverwijld, '2021-01-01').waarde; //=> true
 * waardeOp(meldingInspectieOnverwijld, '2026-11-23').bron.zekerheid; //=> 'wettekst'
 * ```
 */
export const meldingInspectieOnverwijld = /* @__PURE__ */ regel<boolean>({
  id: 'schorsing.schorsing.meldingInspectieOnverwijld',
  vorigeIds: ['wpo.schorsing.meldingInspectieOnverwijld'],
  omschrijving: 'Melding van een schorsing aan de inspectie moet onverwijld',
  strenger: 'hoger',
  waarden: [
    { geldigVanaf: WPO_2014, waarde: false, bron: WPO_40C_LID_3_TEKST_2018 },
    { geldigVanaf: '2021-01-01', waarde: true, bron: WPO_40C_LID_3_ONVERWIJLD_SINDS },
  ],
});

/**
 * Whether the leerplichtambtenaar must be told of a schorsing. No statutory duty was found (flagged
 * `onbevestigd`); a policy that does it (the seed does) is stricter than the law.
 *
 * @example
 * ```ts
 * import { meldingLeerplichtambtenaar } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(meldingLeerplichtambtenaar, '2026-11-23').waarde; //=> false
 * ```
 */
export const meldingLeerplichtambtenaar = /* @__PURE__ */ eenWaarde<boolean>({
  id: 'schorsing.schorsing.meldingLeerplichtambtenaar',
  vorigeId: 'wpo.schorsing.meldingLeerplichtambtenaar',
  omschrijving: 'De leerplichtambtenaar wordt over een schorsing geïnformeerd',
  strenger: 'hoger',
  sinds: WPO_2014,
  waarde: false,
  bron: LEERPLICHT_ONBEVESTIGD,
});

/**
 * The remedy against a schorsing at an openbare school: Awb bezwaar at the bevoegd gezag
 * (`'awb-bezwaar'`), not only the civil judge.
 *
 * @example
 * ```ts
 * import { rechtsmiddelSchorsingOpenbaar } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(rechtsmiddelSchorsingOpenbaar, '2026-11-23').waarde; //=> 'awb-bezwaar'
 * ```
 */
export const rechtsmiddelSchorsingOpenbaar = /* @__PURE__ */ eenWaarde<string>({
  id: 'schorsing.schorsing.rechtsmiddelOpenbaar',
  vorigeId: 'wpo.schorsing.rechtsmiddelOpenbaar',
  omschrijving: 'Rechtsmiddel tegen een schorsing door een openbare school',
  strenger: 'exact',
  sinds: WPO_2014,
  waarde: 'awb-bezwaar',
  bron: RECHTSMIDDEL_SCHORSING,
});

/**
 * Bezwaartermijn against a verwijdering at an openbare school: 6 weeks (Awb 6:7), Atw applies.
 * A longer term for parents is stricter for the school.
 *
 * @example
 * ```ts
 * import { bezwaartermijnOpenbaar } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bezwaartermijnOpenbaar, '2026-11-23').waarde; //=> { aantal: 6, eenheid: 'weken' }
 * ```
 */
export const bezwaartermijnOpenbaar = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.bezwaar.termijn',
  vorigeId: 'awb.bezwaar.termijn',
  omschrijving: 'Bezwaartermijn (openbare school)',
  strenger: 'hoger',
  sinds: AWB_1994,
  waarde: weken(6),
  bron: AWB_6_7,
});

/**
 * From when the bezwaartermijn runs: the day after the bekendmaking (Awb 6:8), not the date written on the
 * letter (dagtekening).
 *
 * @example
 * ```ts
 * import { bezwaartermijnStart } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bezwaartermijnStart, '2026-11-23').waarde; //=> 'dag-na-bekendmaking'
 * ```
 */
export const bezwaartermijnStart = /* @__PURE__ */ eenWaarde<string>({
  id: 'schorsing.bezwaar.start',
  vorigeId: 'awb.bezwaar.start',
  omschrijving: 'Begin van de bezwaartermijn',
  strenger: 'exact',
  sinds: AWB_1994,
  waarde: 'dag-na-bekendmaking',
  bron: AWB_6_8_BEKENDMAKING,
});

/**
 * Bezwaartermijn against a verwijdering at a bijzondere school: 6 weeks after the mededeling (WPO 63 lid 3, first sentence).
 *
 * @example
 * ```ts
 * import { bezwaartermijnBijzonder } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bezwaartermijnBijzonder, '2026-11-23').waarde; //=> { aantal: 6, eenheid: 'weken' }
 * ```
 */
export const bezwaartermijnBijzonder = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.verwijdering.bezwaartermijnBijzonder',
  vorigeId: 'wpo.verwijdering.bezwaartermijnBijzonder',
  omschrijving: 'Bezwaartermijn tegen verwijdering (bijzondere school)',
  strenger: 'hoger',
  sinds: WPO_2014,
  waarde: weken(6),
  bron: WPO_63_LID_3_BEZWAARTERMIJN,
});

/**
 * Decision term on bezwaar against a verwijdering, openbare school: 4 weeks counted from the day after the
 * bezwaartermijn ended (WPO 40 lid 12, lex specialis to Awb 7:10).
 *
 * @example
 * ```ts
 * import { beslistermijnOpenbaar } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(beslistermijnOpenbaar, '2026-11-23').waarde; //=> { aantal: 4, eenheid: 'weken' }
 * ```
 */
export const beslistermijnOpenbaar = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.verwijdering.beslistermijnOpenbaar',
  vorigeId: 'wpo.verwijdering.beslistermijnOpenbaar',
  omschrijving:
    'Beslistermijn op bezwaar tegen verwijdering (openbare school), na afloop van de bezwaartermijn',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: weken(4),
  bron: WPO_40_LID_12,
});

/**
 * Decision term on bezwaar against a verwijdering, bijzondere school: 4 weeks after receipt of the bezwaar,
 * after hearing the parents (WPO 63 lid 3).
 *
 * @example
 * ```ts
 * import { beslistermijnBijzonder } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(beslistermijnBijzonder, '2026-11-23').waarde; //=> { aantal: 4, eenheid: 'weken' }
 * ```
 */
export const beslistermijnBijzonder = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.verwijdering.beslistermijnBijzonder',
  vorigeId: 'wpo.verwijdering.beslistermijnBijzonder',
  omschrijving:
    'Beslistermijn op bezwaar tegen verwijdering (bijzondere school), na ontvangst van het bezwaar',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: weken(4),
  bron: WPO_63_LID_3,
});

/**
 * The Geschillencommissie passend onderwijs gives its oordeel within 10 weeks (WPO 43).
 *
 * @example
 * ```ts
 * import { gpoOordeelTermijn } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(gpoOordeelTermijn, '2026-11-23').waarde; //=> { aantal: 10, eenheid: 'weken' }
 * ```
 */
export const gpoOordeelTermijn = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.verwijdering.gpoOordeel',
  vorigeId: 'wpo.verwijdering.gpoOordeel',
  omschrijving: 'Termijn voor het oordeel van de Geschillencommissie passend onderwijs',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: weken(10),
  bron: WPO_43,
});

/**
 * The parents' term to go to the Geschillencommissie passend onderwijs: 6 weeks, from the commission's own
 * procedure (not a statute, so no Atw).
 *
 * @example
 * ```ts
 * import { gpoIndieningstermijn } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(gpoIndieningstermijn, '2026-11-23').bron.zekerheid; //=> 'secundair'
 * ```
 */
export const gpoIndieningstermijn = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.verwijdering.gpoIndieningstermijn',
  vorigeId: 'gpo.verwijdering.indieningstermijn',
  omschrijving:
    'Termijn om een geschil over verwijdering voor te leggen aan de Geschillencommissie passend onderwijs',
  strenger: 'hoger',
  sinds: WPO_2014,
  waarde: weken(6),
  bron: GPO_PROCEDURE,
});

/**
 * A definitive verwijdering needs another school that has agreed to admit the pupil: a result obligation
 * in PO (`'resultaatverplichting'`), not "8 weeks of searching" (that rule is VO).
 *
 * @example
 * ```ts
 * import { zorgplichtVerwijdering } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(zorgplichtVerwijdering, '2026-11-23').waarde; //=> 'resultaatverplichting'
 * ```
 */
export const zorgplichtVerwijdering = /* @__PURE__ */ eenWaarde<string>({
  id: 'schorsing.verwijdering.andereSchool',
  vorigeId: 'wpo.verwijdering.andereSchool',
  omschrijving: 'Definitieve verwijdering pas als een andere school de leerling wil toelaten',
  strenger: 'exact',
  sinds: WPO_2014,
  waarde: 'resultaatverplichting',
  bron: WPO_40_LID_11,
});

/**
 * Before a definitive verwijdering the pupil is heard. The statute does not ask it (WPO 40 lid 11 names the
 * groepsleraar and the parents): `false` in law; a policy that asks it (the seed does) is stricter.
 *
 * @example
 * ```ts
 * import { verwijderingLeerlingHoren } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verwijderingLeerlingHoren, '2026-11-23').waarde; //=> false
 * ```
 */
export const verwijderingLeerlingHoren = /* @__PURE__ */ eenWaarde<boolean>({
  id: 'schorsing.verwijdering.leerlingHoren',
  omschrijving: 'Vóór een definitieve verwijdering wordt de leerling gehoord',
  strenger: 'hoger',
  sinds: WPO_2014,
  waarde: false,
  bron: WPO_40_LID_11_LEERLING,
});

/**
 * Before a definitive verwijdering there is a documented, research-based file (a groeidocument). Not asked by
 * the statute: `false` in law; a policy that asks it (the seed does) is stricter.
 *
 * @example
 * ```ts
 * import { verwijderingOnderzoeksdossier } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verwijderingOnderzoeksdossier, '2026-11-23').waarde; //=> false
 * ```
 */
export const verwijderingOnderzoeksdossier = /* @__PURE__ */ eenWaarde<boolean>({
  id: 'schorsing.verwijdering.onderzoeksdossier',
  omschrijving: 'Vóór een definitieve verwijdering is er een deugdelijk, op onderzoek gebaseerd dossier',
  strenger: 'hoger',
  sinds: WPO_2014,
  waarde: false,
  bron: WPO_40_LID_11_DOSSIER,
});

/**
 * The voornemen tot verwijdering is made known in writing, with reasons, before the definitive decision. Not
 * asked by the statute: `false` in law; a policy that asks it (the seed does) is stricter.
 *
 * @example
 * ```ts
 * import { verwijderingVoornemenVooraf } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verwijderingVoornemenVooraf, '2026-11-23').waarde; //=> false
 * ```
 */
export const verwijderingVoornemenVooraf = /* @__PURE__ */ eenWaarde<boolean>({
  id: 'schorsing.verwijdering.voornemenVooraf',
  omschrijving: 'Vóór de definitieve verwijdering is het voornemen schriftelijk en met redenen bekendgemaakt',
  strenger: 'hoger',
  sinds: WPO_2014,
  waarde: false,
  bron: WPO_40_LID_11_VOORNEMEN,
});

/**
 * The receiving school confirmed in writing that it admits the pupil. The statute asks a willing school (WPO
 * 40 lid 11), not a written confirmation: `false` in law; a policy that asks it (the seed does) is stricter.
 *
 * @example
 * ```ts
 * import { verwijderingSchriftelijkeBevestiging } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verwijderingSchriftelijkeBevestiging, '2026-11-23').waarde; //=> false
 * ```
 */
export const verwijderingSchriftelijkeBevestiging = /* @__PURE__ */ eenWaarde<boolean>({
  id: 'schorsing.verwijdering.schriftelijkeBevestiging',
  omschrijving: 'De ontvangende school heeft schriftelijk bevestigd dat zij de leerling toelaat',
  strenger: 'hoger',
  sinds: WPO_2014,
  waarde: false,
  bron: WPO_40_LID_11_SCHRIFTELIJK,
});

/**
 * Decision term on bezwaar against a schorsing at an openbare school: 6 weeks counted from the day after the
 * bezwaartermijn ended (Awb 7:10 lid 1; the 4 weeks of WPO 40 lid 12 cover only art. 40 decisions). With an
 * advisory committee see {@link beslistermijnAwbCommissie}; an adjournment adds {@link verdagingAwb}.
 *
 * @example
 * ```ts
 * import { beslistermijnAwb } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(beslistermijnAwb, '2026-11-23').waarde; //=> { aantal: 6, eenheid: 'weken' }
 * ```
 */
export const beslistermijnAwb = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.bezwaar.beslistermijn',
  vorigeId: 'awb.bezwaar.beslistermijn',
  omschrijving: 'Beslistermijn op bezwaar (Awb), na afloop van de bezwaartermijn',
  strenger: 'lager',
  sinds: AWB_1994,
  waarde: weken(6),
  bron: AWB_7_10,
});

/**
 * Decision term on bezwaar against a schorsing at an openbare school when an advisory committee (Awb 7:13)
 * hears it: 12 weeks after the bezwaartermijn ended (Awb 7:10 lid 1).
 *
 * @example
 * ```ts
 * import { beslistermijnAwbCommissie } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(beslistermijnAwbCommissie, '2026-11-23').waarde; //=> { aantal: 12, eenheid: 'weken' }
 * ```
 */
export const beslistermijnAwbCommissie = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.bezwaar.beslistermijnAdviescommissie',
  vorigeId: 'awb.bezwaar.beslistermijn.adviescommissie',
  omschrijving: 'Beslistermijn op bezwaar (Awb) met een adviescommissie, na afloop van de bezwaartermijn',
  strenger: 'lager',
  sinds: AWB_1994,
  waarde: weken(12),
  bron: AWB_7_10_COMMISSIE,
});

/**
 * How long the board may adjourn its decision on an Awb bezwaar: at most 6 weeks (Awb 7:10 lid 3). The SDK
 * adds it to the decision term and counts the whole from the end of the bezwaartermijn, so the Atw applies
 * up to 12 weeks in total and not beyond (Atw art. 4; interpretation in legal-rules 4.4).
 *
 * @example
 * ```ts
 * import { verdagingAwb } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verdagingAwb, '2026-11-23').waarde; //=> { aantal: 6, eenheid: 'weken' }
 * ```
 */
export const verdagingAwb = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.bezwaar.verdaging',
  vorigeId: 'awb.bezwaar.verdaging',
  omschrijving: 'Verdaging van de beslissing op bezwaar (Awb), ten hoogste',
  strenger: 'lager',
  sinds: AWB_1994,
  waarde: weken(6),
  bron: AWB_7_10_LID_3,
});

/**
 * How long the bezwaar and its documents lie for inspection before the hearing: at least one week (Awb 7:4 lid
 * 2), counted by the SDK as 7 calendar days (`interpretatie`). A longer period is kinder to the parents, so
 * stricter for the school.
 *
 * @example
 * ```ts
 * import { stukkenTerInzage } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(stukkenTerInzage, '2026-11-23').waarde; //=> { aantal: 7, eenheid: 'kalenderdagen' }
 * ```
 */
export const stukkenTerInzage = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.bezwaar.stukkenTerInzage',
  omschrijving: 'Stukken ter inzage vóór het horen op bezwaar, ten minste (Awb 7:4 lid 2)',
  strenger: 'hoger',
  sinds: AWB_1994,
  waarde: kalenderdagen(7),
  bron: AWB_7_4_WEEK_LEZING,
});

/**
 * How many school days "een week" of WPO 40c lid 1 is: 5, one full school week from Monday to Friday on the
 * school's calendar. The statute does not say; this is the SDK's documented reading (`interpretatie`), as in
 * the 2018 seed plan ("ten hoogste 1 week (5 schooldagen)").
 *
 * @example
 * ```ts
 * import { schooldagenPerWeek } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(schooldagenPerWeek, '2026-11-23').waarde; //=> 5
 * waardeOp(schooldagenPerWeek, '2026-11-23').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const schooldagenPerWeek = /* @__PURE__ */ eenWaarde<number>({
  id: 'schorsing.schorsing.schooldagenPerWeek',
  omschrijving: 'Aantal schooldagen in "een week" van WPO 40c lid 1 (lezing van de SDK)',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: 5,
  bron: WPO_40C_WEEK_LEZING,
});

/**
 * How many calendar days "een week" of WPO 40c lid 1 is when a schorsing is counted in calendar days or
 * weeks: 7 from the ingangsdatum (the SDK's reading, `interpretatie`). A schorsing in school days that spans
 * more calendar days than this gets a warning.
 *
 * @example
 * ```ts
 * import { kalenderdagenPerWeek } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(kalenderdagenPerWeek, '2026-11-23').waarde; //=> 7
 * ```
 */
export const kalenderdagenPerWeek = /* @__PURE__ */ eenWaarde<number>({
  id: 'schorsing.schorsing.kalenderdagenPerWeek',
  omschrijving: 'Aantal kalenderdagen in "een week" van WPO 40c lid 1 (lezing van de SDK)',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: 7,
  bron: WPO_40C_WEEK_KALENDERDAGEN,
});

/**
 * The signal term the SDK shows for a notice that must be made "onverwijld" (WPO 40c lid 3), and for the
 * leerplicht notice a policy asks for: one working day after the decision. "Onverwijld" has no number, so
 * this is a boundary to watch, not a statutory term (`interpretatie`).
 *
 * @example
 * ```ts
 * import { signaaltermijnMelding } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(signaaltermijnMelding, '2026-11-23').waarde; //=> { aantal: 1, eenheid: 'werkdagen' }
 * ```
 */
export const signaaltermijnMelding = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.schorsing.signaaltermijnMelding',
  omschrijving: 'Signaaltermijn voor een melding die "onverwijld" moet (lezing van de SDK)',
  strenger: 'lager',
  sinds: WPO_2014,
  waarde: werkdagen(1),
  bron: WPO_40C_LID_3_ONVERWIJLD,
});

/**
 * Awb 6:9 lid 2: a bezwaar posted by the last day of the term is on time when received within a week after
 * that day. The SDK counts the week as 7 calendar days, not extended by the Atw (`interpretatie`). A longer
 * window is kinder to the parents, so stricter for the school.
 *
 * @example
 * ```ts
 * import { postOntvangstAwb } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(postOntvangstAwb, '2026-11-23').waarde; //=> { aantal: 7, eenheid: 'kalenderdagen' }
 * ```
 */
export const postOntvangstAwb = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.bezwaar.postOntvangst',
  omschrijving: 'Ontvangst van een tijdig gepost bezwaar, uiterlijk na afloop van de termijn (Awb 6:9 lid 2)',
  strenger: 'hoger',
  sinds: AWB_1994,
  waarde: kalenderdagen(7),
  bron: AWB_6_9_WEEK_LEZING,
});

/**
 * The term for beroep at the rechtbank against the decision on bezwaar of an openbare school: 6 weeks (Awb
 * 6:7, "bezwaar- of beroepschrift"), from the day after the bekendmaking of that decision (Awb 6:8 lid 1);
 * the Atw applies.
 *
 * @example
 * ```ts
 * import { beroepstermijnOpenbaar } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(beroepstermijnOpenbaar, '2026-11-23').waarde; //=> { aantal: 6, eenheid: 'weken' }
 * ```
 */
export const beroepstermijnOpenbaar = /* @__PURE__ */ eenWaarde<Duur>({
  id: 'schorsing.beroep.termijn',
  omschrijving: 'Beroepstermijn na de beslissing op bezwaar (openbare school)',
  strenger: 'hoger',
  sinds: AWB_1994,
  waarde: weken(6),
  bron: AWB_6_7_BEROEP,
});

/**
 * Where beroep lies against the decision on bezwaar of an openbare school: the rechtbank (Awb 8:1, 8:6 lid 1).
 *
 * @example
 * ```ts
 * import { beroepBijRechter } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(beroepBijRechter, '2026-11-23').waarde; //=> 'rechtbank'
 * ```
 */
export const beroepBijRechter = /* @__PURE__ */ eenWaarde<string>({
  id: 'schorsing.beroep.rechter',
  omschrijving: 'Rechter voor beroep tegen de beslissing op bezwaar (openbare school)',
  strenger: 'exact',
  sinds: AWB_1994,
  waarde: 'rechtbank',
  bron: AWB_8_1_RECHTBANK,
});

/**
 * The route of a bijzondere school after the decision on bezwaar, and against a schorsing: the civil judge
 * (`'civiele-rechter'`; its board is no bestuursorgaan). A documented interpretation.
 *
 * @example
 * ```ts
 * import { rechtsmiddelBijzonder } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(rechtsmiddelBijzonder, '2026-11-23').waarde; //=> 'civiele-rechter'
 * waardeOp(rechtsmiddelBijzonder, '2026-11-23').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const rechtsmiddelBijzonder = /* @__PURE__ */ eenWaarde<string>({
  id: 'schorsing.beroep.bijzonder',
  omschrijving: 'Rechtsgang bij een bijzondere school na bezwaar en tegen een schorsing',
  strenger: 'exact',
  sinds: WPO_2014,
  waarde: 'civiele-rechter',
  bron: CIVIELE_ROUTE,
});

/**
 * Whether a dispute over a verwijdering may go to the Geschillencommissie passend onderwijs: yes, at every
 * school (WPO 43 lid 2 sub a: disputes on art. 40 lid 11); a schorsing (art. 40c) is not listed.
 *
 * @example
 * ```ts
 * import { gpoBevoegdVerwijdering } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(gpoBevoegdVerwijdering, '2026-11-23').waarde; //=> true
 * ```
 */
export const gpoBevoegdVerwijdering = /* @__PURE__ */ eenWaarde<boolean>({
  id: 'schorsing.verwijdering.gpoBevoegd',
  omschrijving: 'De Geschillencommissie passend onderwijs oordeelt over een geschil over verwijdering',
  strenger: 'exact',
  sinds: WPO_2014,
  waarde: true,
  bron: WPO_43_LID_2_VERWIJDERING,
});

/**
 * When a decision the board sends electronically counts as sent (so made known, Awb 3:41 lid 1 with 6:8 lid 1):
 * the moment it reaches a system for which the board bears no responsibility (the parents' own e-mail, for
 * example), or, in a system where the parents have access to it (a parent portal), the moment it becomes
 * accessible to them (`'bereikt-of-toegankelijk'`). Awb 2:17 lid 1 until 2025-12-31, art. 2:19 sub a and b from
 * 2026-01-01 (the same moments, renumbered).
 *
 * @example
 * ```ts
 * import { elektronischVerzonden } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(elektronischVerzonden, '2025-12-31').bron.artikel; //=> 'art. 2:17 lid 1'
 * waardeOp(elektronischVerzonden, '2026-01-01').bron.artikel; //=> 'art. 2:19'
 * ```
 */
export const elektronischVerzonden = /* @__PURE__ */ regel<string>({
  id: 'schorsing.bekendmaking.elektronischVerzonden',
  omschrijving: 'Tijdstip waarop een elektronisch verzonden besluit als verzonden geldt (openbare school)',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: AWB_ELEKTRONISCH, waarde: 'bereikt-of-toegankelijk', bron: AWB_2_17_LID_1 },
    { geldigVanaf: AWB_ELEKTRONISCH_2026, waarde: 'bereikt-of-toegankelijk', bron: AWB_2_19 },
  ],
});

/**
 * Whether the parents must have made known *expressly* that they are reachable electronically before an openbare
 * school may send them its decision that way: `false` until 2025-12-31 ("kenbaar", Awb 2:14 lid 1), `true` from
 * 2026-01-01 ("uitdrukkelijk kenbaar", Awb 2:8). Without any such statement the school may not send electronically.
 *
 * @example
 * ```ts
 * import { elektronischUitdrukkelijkKenbaar } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(elektronischUitdrukkelijkKenbaar, '2025-06-01').waarde; //=> false
 * waardeOp(elektronischUitdrukkelijkKenbaar, '2026-03-02').waarde; //=> true
 * ```
 */
export const elektronischUitdrukkelijkKenbaar = /* @__PURE__ */ regel<boolean>({
  id: 'schorsing.bekendmaking.uitdrukkelijkKenbaar',
  omschrijving: 'De ouders moeten uitdrukkelijk kenbaar hebben gemaakt dat zij elektronisch bereikbaar zijn',
  strenger: 'hoger',
  waarden: [
    { geldigVanaf: AWB_ELEKTRONISCH, waarde: false, bron: AWB_2_14_LID_1 },
    { geldigVanaf: AWB_ELEKTRONISCH_2026, waarde: true, bron: AWB_2_8 },
  ],
});

/**
 * When a bezwaar the board receives electronically counts as received: the moment it reaches the board's system
 * (Awb 2:17 lid 2, until 2025-12-31), or from 2026-01-01 also another system designated for it or the moment it
 * otherwise becomes electronically accessible to the board (Awb 2:20).
 *
 * @example
 * ```ts
 * import { elektronischOntvangen } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(elektronischOntvangen, '2025-12-31').waarde; //=> 'bereikt-systeem'
 * waardeOp(elektronischOntvangen, '2026-01-01').waarde; //=> 'bereikt-systeem-of-toegankelijk'
 * ```
 */
export const elektronischOntvangen = /* @__PURE__ */ regel<string>({
  id: 'schorsing.bezwaar.elektronischOntvangen',
  omschrijving: 'Tijdstip waarop een elektronisch ingediend bezwaar als ontvangen geldt (openbare school)',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: AWB_ELEKTRONISCH, waarde: 'bereikt-systeem', bron: AWB_2_17_LID_2 },
    { geldigVanaf: AWB_ELEKTRONISCH_2026, waarde: 'bereikt-systeem-of-toegankelijk', bron: AWB_2_20 },
  ],
});

/**
 * Whether parents may send their bezwaar electronically only by a route the board has made known as open:
 * `true` throughout, on different grounds. Until 2025-12-31 Awb 2:15 lid 1; from 2026-01-01 Awb 2:13 lid 1 gives
 * everyone that right, but WPO 4d excludes it between parents and the board, so Awb 2:14 applies. A school that
 * accepts any electronic bezwaar (`false`) is kinder to the parents, so stricter for the school.
 *
 * @example
 * ```ts
 * import { bezwaarElektronischAlleenGeopend } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bezwaarElektronischAlleenGeopend, '2026-03-02').waarde; //=> true
 * waardeOp(bezwaarElektronischAlleenGeopend, '2026-03-02').bron.artikel; //=> 'art. 4d'
 * ```
 */
export const bezwaarElektronischAlleenGeopend = /* @__PURE__ */ regel<boolean>({
  id: 'schorsing.bezwaar.elektronischAlleenGeopend',
  omschrijving:
    'Ouders kunnen alleen elektronisch bezwaar maken langs een weg die het bevoegd gezag heeft opengesteld',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: AWB_ELEKTRONISCH, waarde: true, bron: AWB_2_15_LID_1 },
    { geldigVanaf: AWB_ELEKTRONISCH_2026, waarde: true, bron: WPO_4D },
  ],
});

/**
 * Awb 7:10 lid 2: the decision term on an Awb bezwaar is suspended from the day after the parents were asked to
 * repair an omission (Awb 6:6) until the day it is repaired or the repair term passed unused
 * (`'dag-na-verzoek-tot-herstel'`). How the SDK counts it: `berekenBezwaartermijnen` and the guide.
 *
 * @example
 * ```ts
 * import { opschortingVerzuimherstel } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(opschortingVerzuimherstel, '2026-03-02').bron.artikel; //=> 'art. 7:10 lid 2'
 * ```
 */
export const opschortingVerzuimherstel = /* @__PURE__ */ eenWaarde<string>({
  id: 'schorsing.bezwaar.opschortingVerzuimherstel',
  omschrijving:
    'Opschorting van de beslistermijn op bezwaar tijdens herstel van een verzuim (Awb 7:10 lid 2)',
  strenger: 'exact',
  sinds: AWB_1994,
  waarde: 'dag-na-verzoek-tot-herstel',
  bron: AWB_7_10_LID_2,
});

/**
 * The rules of this package as one registry (kern `regelRegister`): every rule id is package first,
 * `schorsing.<begrip>.<naam>`, and each rule lists the id it had before release 0.2 in `vorigeIds`, so
 * policies stored under an old id still load. Vendors store policies by these ids: they are a contract.
 *
 * @example
 * ```ts
 * import { SCHORSING_REGELS } from '@schoolveiligheid/schorsing';
 * SCHORSING_REGELS.pakket; //=> 'schorsing'
 * SCHORSING_REGELS.vorigeIds['wpo.schorsing.maxDuur']; //=> 'schorsing.schorsing.maxDuur'
 * Object.keys(SCHORSING_REGELS.regels).length; //=> 34
 * ```
 */
export const SCHORSING_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('schorsing', [
  schorsingMaxDuur,
  schooldagenPerWeek,
  kalenderdagenPerWeek,
  meldingInspectieBoven,
  meldingInspectieOnverwijld,
  signaaltermijnMelding,
  meldingLeerplichtambtenaar,
  rechtsmiddelSchorsingOpenbaar,
  bezwaartermijnOpenbaar,
  bezwaartermijnStart,
  postOntvangstAwb,
  beslistermijnAwb,
  beslistermijnAwbCommissie,
  verdagingAwb,
  stukkenTerInzage,
  bezwaartermijnBijzonder,
  beslistermijnOpenbaar,
  beslistermijnBijzonder,
  gpoOordeelTermijn,
  gpoIndieningstermijn,
  zorgplichtVerwijdering,
  verwijderingLeerlingHoren,
  verwijderingOnderzoeksdossier,
  verwijderingVoornemenVooraf,
  verwijderingSchriftelijkeBevestiging,
  beroepstermijnOpenbaar,
  beroepBijRechter,
  rechtsmiddelBijzonder,
  gpoBevoegdVerwijdering,
  elektronischVerzonden,
  elektronischUitdrukkelijkKenbaar,
  elektronischOntvangen,
  bezwaarElektronischAlleenGeopend,
  opschortingVerzuimherstel,
]);
