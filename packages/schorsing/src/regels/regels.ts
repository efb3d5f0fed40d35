import { type Duur, regel } from '@schoolveiligheid/kern';
import {
  AWB_6_7,
  AWB_6_8_BEKENDMAKING,
  AWB_7_10,
  AWB_7_10_COMMISSIE,
  AWB_7_10_LID_3,
  GPO_PROCEDURE,
  LEERPLICHT_ONBEVESTIGD,
  RECHTSMIDDEL_SCHORSING,
  WPO_40_LID_11,
  WPO_40_LID_12,
  WPO_40C_LID_1,
  WPO_40C_LID_3,
  WPO_43,
  WPO_63_LID_2,
  WPO_63_LID_3,
} from './bronnen.js';

/** Whether the school is openbaar (public law, Awb) or bijzonder (private law, WPO 63 for verwijdering). */
export type Denominatie = 'openbaar' | 'bijzonder';

/**
 * Maximum duration of a schorsing: one week (WPO 40c lid 1). How a week is counted in school days is the
 * SDK's documented reading, see `docs/schorsing.md`.
 *
 * @example
 * ```ts
 * import { schorsingMaxDuur } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(schorsingMaxDuur, '2026-11-23').waarde; //=> { aantal: 1, eenheid: 'weken' }
 * ```
 */
export const schorsingMaxDuur = /* @__PURE__ */ regel<Duur>({
  id: 'wpo.schorsing.maxDuur',
  omschrijving: 'Maximale duur van een schorsing',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: { aantal: 1, eenheid: 'weken' }, bron: WPO_40C_LID_1 }],
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
export const meldingInspectieBoven = /* @__PURE__ */ regel<number>({
  id: 'wpo.schorsing.meldingInspectieBoven',
  omschrijving: 'Melding aan de inspectie bij een schorsing langer dan (dagen)',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: 1, bron: WPO_40C_LID_3 }],
});

/**
 * Whether the inspectie must be told "onverwijld" (WPO 40c lid 3). The 2018 text had no timing; the 2026
 * text says onverwijld. The date the word was added is not confirmed, so the `true` value is flagged
 * `onbevestigd` and dated at the first text known to contain it.
 *
 * @example
 * ```ts
 * import { meldingInspectieOnverwijld } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(meldingInspectieOnverwijld, '2018-09-01').waarde; //=> false
 * waardeOp(meldingInspectieOnverwijld, '2026-11-23').bron.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const meldingInspectieOnverwijld = /* @__PURE__ */ regel<boolean>({
  id: 'wpo.schorsing.meldingInspectieOnverwijld',
  omschrijving: 'Melding van een schorsing aan de inspectie moet onverwijld',
  strenger: 'hoger',
  waarden: [
    {
      geldigVanaf: '2014-08-01',
      waarde: false,
      bron: { ...WPO_40C_LID_3, url: 'https://wetten.overheid.nl/BWBR0003420/2018-08-01#Artikel40c' },
    },
    {
      geldigVanaf: '2026-08-01',
      waarde: true,
      bron: {
        ...WPO_40C_LID_3,
        zekerheid: 'onbevestigd',
        toelichting:
          'De tekst per 2026-08-01 bevat "onverwijld", die van 2018-08-01 niet. De werkelijke ingangsdatum van de wijziging is niet vastgesteld; ' +
          'de SDK signaleert de melding daarom altijd binnen één werkdag, ook vóór deze datum.',
      },
    },
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
export const meldingLeerplichtambtenaar = /* @__PURE__ */ regel<boolean>({
  id: 'wpo.schorsing.meldingLeerplichtambtenaar',
  omschrijving: 'De leerplichtambtenaar wordt over een schorsing geïnformeerd',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: false, bron: LEERPLICHT_ONBEVESTIGD }],
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
export const rechtsmiddelSchorsingOpenbaar = /* @__PURE__ */ regel<string>({
  id: 'wpo.schorsing.rechtsmiddelOpenbaar',
  omschrijving: 'Rechtsmiddel tegen een schorsing door een openbare school',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: 'awb-bezwaar', bron: RECHTSMIDDEL_SCHORSING }],
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
export const bezwaartermijnOpenbaar = /* @__PURE__ */ regel<Duur>({
  id: 'awb.bezwaar.termijn',
  omschrijving: 'Bezwaartermijn (openbare school)',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '1994-01-01', waarde: { aantal: 6, eenheid: 'weken' }, bron: AWB_6_7 }],
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
export const bezwaartermijnStart = /* @__PURE__ */ regel<string>({
  id: 'awb.bezwaar.start',
  omschrijving: 'Begin van de bezwaartermijn',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '1994-01-01', waarde: 'dag-na-bekendmaking', bron: AWB_6_8_BEKENDMAKING }],
});

/**
 * Bezwaartermijn against a verwijdering at a bijzondere school: 6 weeks after the mededeling (WPO 63 lid 2).
 *
 * @example
 * ```ts
 * import { bezwaartermijnBijzonder } from '@schoolveiligheid/schorsing';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bezwaartermijnBijzonder, '2026-11-23').waarde; //=> { aantal: 6, eenheid: 'weken' }
 * ```
 */
export const bezwaartermijnBijzonder = /* @__PURE__ */ regel<Duur>({
  id: 'wpo.verwijdering.bezwaartermijnBijzonder',
  omschrijving: 'Bezwaartermijn tegen verwijdering (bijzondere school)',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: { aantal: 6, eenheid: 'weken' }, bron: WPO_63_LID_2 }],
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
export const beslistermijnOpenbaar = /* @__PURE__ */ regel<Duur>({
  id: 'wpo.verwijdering.beslistermijnOpenbaar',
  omschrijving:
    'Beslistermijn op bezwaar tegen verwijdering (openbare school), na afloop van de bezwaartermijn',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: { aantal: 4, eenheid: 'weken' }, bron: WPO_40_LID_12 }],
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
export const beslistermijnBijzonder = /* @__PURE__ */ regel<Duur>({
  id: 'wpo.verwijdering.beslistermijnBijzonder',
  omschrijving:
    'Beslistermijn op bezwaar tegen verwijdering (bijzondere school), na ontvangst van het bezwaar',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: { aantal: 4, eenheid: 'weken' }, bron: WPO_63_LID_3 }],
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
export const gpoOordeelTermijn = /* @__PURE__ */ regel<Duur>({
  id: 'wpo.verwijdering.gpoOordeel',
  omschrijving: 'Termijn voor het oordeel van de Geschillencommissie passend onderwijs',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: { aantal: 10, eenheid: 'weken' }, bron: WPO_43 }],
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
export const gpoIndieningstermijn = /* @__PURE__ */ regel<Duur>({
  id: 'gpo.verwijdering.indieningstermijn',
  omschrijving:
    'Termijn om een geschil over verwijdering voor te leggen aan de Geschillencommissie passend onderwijs',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: { aantal: 6, eenheid: 'weken' }, bron: GPO_PROCEDURE }],
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
export const zorgplichtVerwijdering = /* @__PURE__ */ regel<string>({
  id: 'wpo.verwijdering.andereSchool',
  omschrijving: 'Definitieve verwijdering pas als een andere school de leerling wil toelaten',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2014-08-01', waarde: 'resultaatverplichting', bron: WPO_40_LID_11 }],
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
export const beslistermijnAwb = /* @__PURE__ */ regel<Duur>({
  id: 'awb.bezwaar.beslistermijn',
  omschrijving: 'Beslistermijn op bezwaar (Awb), na afloop van de bezwaartermijn',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '1994-01-01', waarde: { aantal: 6, eenheid: 'weken' }, bron: AWB_7_10 }],
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
export const beslistermijnAwbCommissie = /* @__PURE__ */ regel<Duur>({
  id: 'awb.bezwaar.beslistermijn.adviescommissie',
  omschrijving: 'Beslistermijn op bezwaar (Awb) met een adviescommissie, na afloop van de bezwaartermijn',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: '1994-01-01', waarde: { aantal: 12, eenheid: 'weken' }, bron: AWB_7_10_COMMISSIE },
  ],
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
export const verdagingAwb = /* @__PURE__ */ regel<Duur>({
  id: 'awb.bezwaar.verdaging',
  omschrijving: 'Verdaging van de beslissing op bezwaar (Awb), ten hoogste',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '1994-01-01', waarde: { aantal: 6, eenheid: 'weken' }, bron: AWB_7_10_LID_3 }],
});
