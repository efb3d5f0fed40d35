import {
  type Duur,
  type Regel,
  type RegelRegister,
  registerVerantwoording,
  regel,
  regelRegister,
  type Verantwoording,
} from '@schoolveiligheid/kern';
import {
  LKC_EEN_JAAR,
  LKC_GEEN_BEROEP,
  SEED_CONTACTPERSOON_NIET_DIRECTIE,
  WET_VERTROUWENSPERSOON_PERSONEEL,
  WPO_4A_ONVERWIJLD,
  WPO_4A_REIKWIJDTE,
  WPO_13_LID_1_F,
  WPO_14_AANSLUITING,
  WPO_14_LID_1,
  WPO_14_LID_2,
  WPO_14_LID_4,
  WPO_14_LID_7,
  WPO_14_LID_7_AFWIJKING,
} from '../bronnen/bronnen.js';
import { PAKKET } from '../pakket.js';

// The legal values of the package as dated data. WPO art. 14 reads the same in the consolidations of
// 2018-08-01 and 2026-08-01 (the ones read), so its values start at 2018-08-01; art. 4a's scope and its
// "onverwijld" are in both texts.

/**
 * The board's term for its position after the commission's oordeel: 4 weeks after receipt (WPO art. 14 lid 7).
 * A statutory term: the Algemene termijnenwet applies.
 *
 * @example
 * ```ts
 * import { standpuntTermijn } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(standpuntTermijn, '2026-12-02').waarde; //=> { aantal: 4, eenheid: 'weken' }
 * ```
 */
export const standpuntTermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.standpunt.termijn',
  omschrijving: 'Termijn waarin het bevoegd gezag na ontvangst van het oordeel zijn standpunt meedeelt',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: { aantal: 4, eenheid: 'weken' }, bron: WPO_14_LID_7 }],
});

/**
 * The longest extension of the board's term. The statute sets none (`null`: a reasoned deviation with a
 * stated new term, WPO art. 14 lid 7); the seed caps it at 4 more weeks (its preset).
 *
 * @example
 * ```ts
 * import { standpuntMaxVerlenging } from '@schoolveiligheid/klachtenregeling';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(standpuntMaxVerlenging, '2026-12-02'); //=> undefined
 * ```
 */
export const standpuntMaxVerlenging: Regel<Duur> = /* @__PURE__ */ regel<Duur>({
  id: 'klachtenregeling.standpunt.maxVerlenging',
  omschrijving: 'Langste verlenging van de termijn voor het standpunt van het bevoegd gezag',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: null, bron: WPO_14_LID_7_AFWIJKING }],
});

/**
 * Whether an extension must be announced before the first term ends. The statute does not say so (`false`);
 * the seed does (announced "binnen de vier weken"), which is stricter.
 *
 * @example
 * ```ts
 * import { verlengingVoorAfloop } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verlengingVoorAfloop, '2026-12-02').waarde; //=> false
 * ```
 */
export const verlengingVoorAfloop: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.standpunt.verlengingVoorAfloop',
  omschrijving: 'Verlenging melden vóór het einde van de eerste termijn',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: false, bron: WPO_14_LID_7_AFWIJKING }],
});

/**
 * The term for filing a complaint: one year after the conduct or decision (reglement LKC; WPO art. 14 lid 2
 * onder c leaves it to the regeling). A regulation term, counted without the Algemene termijnenwet; the
 * commission may admit a late complaint.
 *
 * @example
 * ```ts
 * import { indieningstermijn } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(indieningstermijn, '2026-12-02').waarde; //=> { aantal: 12, eenheid: 'maanden' }
 * ```
 */
export const indieningstermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.klacht.indieningstermijn',
  omschrijving: 'Termijn voor het indienen van een klacht na de gedraging of beslissing',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: { aantal: 12, eenheid: 'maanden' }, bron: LKC_EEN_JAAR }],
});

/**
 * The board's own handling of a simple complaint before it goes to the commission. The statute sets no term
 * (`null`, WPO art. 14 lid 2); the seed sets 4 weeks (its preset).
 *
 * @example
 * ```ts
 * import { eigenAfhandelingTermijn } from '@schoolveiligheid/klachtenregeling';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(eigenAfhandelingTermijn, '2026-12-02'); //=> undefined
 * ```
 */
export const eigenAfhandelingTermijn: Regel<Duur> = /* @__PURE__ */ regel<Duur>({
  id: 'klachtenregeling.afhandeling.eigenAfhandeling',
  omschrijving: 'Termijn voor de eigen afhandeling door het bevoegd gezag vóór verwijzing naar de commissie',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: null, bron: WPO_14_LID_2 }],
});

/**
 * The smallest klachtencommissie: three members (WPO art. 14 lid 4 onder a).
 *
 * @example
 * ```ts
 * import { commissieMinimumLeden } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(commissieMinimumLeden, '2026-12-02').waarde; //=> 3
 * ```
 */
export const commissieMinimumLeden: Regel<number> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.klachtencommissie.minimumLeden',
  omschrijving: 'Minimum aantal leden van de klachtencommissie',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: 3, bron: WPO_14_LID_4 }],
});

/**
 * Whether the regeling admits complainants beyond WPO art. 14 lid 1 (ouders/verzorgers and personeelsleden).
 * The statute: `false`; the seed admits (ex-)pupils, volunteers and others (`true`, wider than the law).
 *
 * @example
 * ```ts
 * import { ruimereKring } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(ruimereKring, '2026-12-02').waarde; //=> false
 * ```
 */
export const ruimereKring: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.klager.ruimereKring',
  omschrijving: 'Klachtrecht ook voor anderen dan ouders en personeelsleden',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: false, bron: WPO_14_LID_1 }],
});

/**
 * Whether the WPO art. 4a route applies only to minor pupils. The statute: `false` ("een leerling van de
 * school", in 2018 and 2026); the seed limits it to minors (`true`): laxer, a conflict the check reports.
 *
 * @example
 * ```ts
 * import { alleenMinderjarigen } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(alleenMinderjarigen, '2026-12-02').waarde; //=> false
 * ```
 */
export const alleenMinderjarigen: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.seksueelMisdrijf.alleenMinderjarigen',
  omschrijving: 'Meld-, overleg- en aangifteplicht alleen bij minderjarige leerlingen',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: false, bron: WPO_4A_REIKWIJDTE }],
});

/**
 * "Onverwijld" (WPO art. 4a) in days after the trigger: 0, the same day. The law gives no number; this is the
 * SDK's reading (`interpretatie`): a step taken on a later day is flagged.
 *
 * @example
 * ```ts
 * import { onverwijldDagen } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(onverwijldDagen, '2026-12-02').waarde; //=> 0
 * waardeOp(onverwijldDagen, '2026-12-02').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const onverwijldDagen: Regel<number> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.seksueelMisdrijf.onverwijldDagen',
  omschrijving: 'Onverwijld: uiterlijk zoveel dagen na de aanleiding',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: 0, bron: WPO_4A_ONVERWIJLD }],
});

/**
 * Whether the interne contactpersoon (the school's aanspreekpunt bij klachten; PROO calls the role "interne
 * vertrouwenspersoon") must not be a member of the school's directie: `true`. A rule of the klachtenregeling
 * (seed art. 2 lid 1 and Taken en functies, `secundair`), not of the statute: WPO art. 14 knows no contact
 * person. A school's policy may set it otherwise; `controleerBeleid` then reports it as laxer.
 *
 * @example
 * ```ts
 * import { contactpersoonNietInDirectie } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(contactpersoonNietInDirectie, '2026-12-02').waarde; //=> true
 * waardeOp(contactpersoonNietInDirectie, '2026-12-02').bron.zekerheid; //=> 'secundair'
 * ```
 */
export const contactpersoonNietInDirectie: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.contactpersoon.nietInDirectie',
  omschrijving: 'De interne contactpersoon is geen lid van de schooldirectie',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: true, bron: SEED_CONTACTPERSOON_NIET_DIRECTIE }],
});

/**
 * Whether the schoolgids contains information about the klachtenregeling: `true` (WPO art. 13 lid 1 onder f,
 * the same in the texts of 2018-08-01 and 2026-08-01). Statute: a school's policy cannot lift it.
 *
 * @example
 * ```ts
 * import { schoolgidsKlachtenregeling } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(schoolgidsKlachtenregeling, '2026-12-03').waarde; //=> true
 * waardeOp(schoolgidsKlachtenregeling, '2026-12-03').bron.artikel; //=> 'art. 13 lid 1 onder f'
 * ```
 */
export const schoolgidsKlachtenregeling: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.schoolgids.informatieKlachtenregeling',
  omschrijving: 'De schoolgids bevat informatie over de klachtenregeling',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: true, bron: WPO_13_LID_1_F }],
});

/**
 * Whether the schoolgids must name the interne contactpersoon and the (externe) vertrouwenspersoon and give the
 * address of the klachtencommissie. The statute: `false` (WPO art. 13 lid 1 onder f asks for information about
 * the klachtenregeling and names no persons or addresses); the seed's regeling: `true` (its preset, stricter).
 *
 * @example
 * ```ts
 * import { schoolgidsGegevens } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(schoolgidsGegevens, '2026-12-03').waarde; //=> false
 * ```
 */
export const schoolgidsGegevens: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.schoolgids.gegevensVermeld',
  omschrijving:
    'De schoolgids noemt de contactpersoon, de vertrouwenspersoon en het adres van de klachtencommissie',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: false, bron: WPO_13_LID_1_F }],
});

/**
 * Whether the regeling chooses one commission route: the landelijke klachtencommissie it is affiliated with
 * or its own commission, never both and never the landelijke as an appeal after its own: `true`. The LKC
 * declares a complaint inadmissible once an internal commission has ruled (`secundair`).
 *
 * @example
 * ```ts
 * import { eenCommissieRoute } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(eenCommissieRoute, '2026-12-03').waarde; //=> true
 * waardeOp(eenCommissieRoute, '2026-12-03').bron.zekerheid; //=> 'secundair'
 * ```
 */
export const eenCommissieRoute: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.klachtencommissie.eenRoute',
  omschrijving: 'De regeling kiest één klachtencommissie: de landelijke of een eigen, geen beroep',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: true, bron: LKC_GEEN_BEROEP }],
});

/**
 * Whether the bevoegd gezag must be affiliated with a landelijke klachtencommissie. The statute: `false` (WPO
 * art. 14 read in full: lid 2 onder a asks for a klachtencommissie, lid 3 only makes the regeling replace other
 * complaint regulations; no duty to affiliate). The seed's regeling chooses the LKC (its preset, stricter).
 *
 * @example
 * ```ts
 * import { aansluitingVerplicht } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(aansluitingVerplicht, '2026-12-03').waarde; //=> false
 * waardeOp(aansluitingVerplicht, '2026-12-03').bron.zekerheid; //=> 'wettekst'
 * ```
 */
export const aansluitingVerplicht: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.klachtencommissie.aansluitingVerplicht',
  omschrijving: 'Het bevoegd gezag is aangesloten bij een landelijke klachtencommissie',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: false, bron: WPO_14_AANSLUITING }],
});

/**
 * Whether staff can turn to an internal vertrouwenspersoon (within the school or the board). The law: `false`
 * (WPO art. 14 knows no vertrouwenspersoon, Arbowet art. 3 lid 2 asks a policy against psychosocial workload
 * without prescribing one: the SDK's reading, `interpretatie`). The seed (Taken en functies: a vertrouwenspersoon
 * voor personeel) and the PROO schoolgids have one: the preset, stricter.
 *
 * @example
 * ```ts
 * import { vertrouwenspersoonPersoneel } from '@schoolveiligheid/klachtenregeling';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(vertrouwenspersoonPersoneel, '2026-12-03').waarde; //=> false
 * waardeOp(vertrouwenspersoonPersoneel, '2026-12-03').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const vertrouwenspersoonPersoneel: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klachtenregeling.vertrouwenspersoon.personeel',
  omschrijving: 'Personeel kan terecht bij een interne vertrouwenspersoon',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: false, bron: WET_VERTROUWENSPERSOON_PERSONEEL }],
});

/**
 * The rules of `@schoolveiligheid/klachtenregeling` as one frozen registry; policies are checked against it.
 *
 * @example
 * ```ts
 * import { KLACHTENREGELING_REGELS } from '@schoolveiligheid/klachtenregeling';
 * Object.keys(KLACHTENREGELING_REGELS.regels).length; //=> 15
 * ```
 */
export const KLACHTENREGELING_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('klachtenregeling', [
  standpuntTermijn,
  standpuntMaxVerlenging,
  verlengingVoorAfloop,
  indieningstermijn,
  eigenAfhandelingTermijn,
  commissieMinimumLeden,
  ruimereKring,
  alleenMinderjarigen,
  onverwijldDagen,
  contactpersoonNietInDirectie,
  schoolgidsKlachtenregeling,
  schoolgidsGegevens,
  eenCommissieRoute,
  aansluitingVerplicht,
  vertrouwenspersoonPersoneel,
]);

/** The receipt of an answer of this package: release and the content hash of its registry. */
export function regelVerantwoording(): Verantwoording {
  return registerVerantwoording(PAKKET.naam, PAKKET.versie, KLACHTENREGELING_REGELS);
}
