import { type Regel, type RegelRegister, regel, regelRegister } from '@schoolveiligheid/kern';
import {
  ARBOWET_9_LID_1,
  ARBOWET_9_LID_2,
  BESLUIT_34_6A,
  CELGROOTTE_INTERPRETATIE,
  INSPECTIE_AANLEVERING,
  REPRESENTATIEF_INTERPRETATIE,
  WPO_1_SCHOOLJAAR,
  WPO_4C_LID_4,
} from '../bronnen/bronnen.js';

// The legal values of this package as dated data. Ids `monitoring.<begrip>.<naam>`: vendors store policies by
// them. Decision code reads these; it never holds the numbers itself.

/**
 * The last day of the schooljaar as month and day (`MM-DD`): 31 July (WPO art. 1).
 *
 * @example
 * ```ts
 * import { schooljaarLaatsteDag } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(schooljaarLaatsteDag, '2026-12-02').waarde; //=> '07-31'
 * ```
 */
export const schooljaarLaatsteDag: Regel<string> = /* @__PURE__ */ regel({
  id: 'monitoring.schooljaar.laatsteDag',
  omschrijving: 'Laatste dag van het schooljaar (maand-dag)',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '1985-08-01', waarde: '07-31', bron: WPO_1_SCHOOLJAAR }],
});

/**
 * How often the pupils' safety is monitored: at least once per schooljaar (Besluit bekostiging WPO art. 34.6a).
 *
 * @example
 * ```ts
 * import { afnamesPerSchooljaar } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(afnamesPerSchooljaar, '2026-12-02').waarde; //=> 1
 * ```
 */
export const afnamesPerSchooljaar: Regel<number> = /* @__PURE__ */ regel({
  id: 'monitoring.monitor.afnamesPerSchooljaar',
  omschrijving: 'Minimaal aantal afnames van de veiligheidsmonitor per schooljaar',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2015-08-01', waarde: 1, bron: BESLUIT_34_6A }],
});

/**
 * Whether the monitor results go to the inspectie: yes, since WPO art. 4c lid 4 (absent in the 2018 text).
 *
 * @example
 * ```ts
 * import { aanleveringInspectie } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(aanleveringInspectie, '2026-12-02').waarde; //=> true
 * ```
 */
export const aanleveringInspectie: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'monitoring.monitor.aanleveringInspectie',
  omschrijving: 'De resultaten van de monitor gaan naar de inspectie',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2024-07-01', waarde: true, bron: WPO_4C_LID_4 }],
});

/**
 * When the results go to the inspectie: "onverwijld" after each round (WPO art. 4c lid 4). No number of days.
 *
 * @example
 * ```ts
 * import { aanlevertermijn } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(aanlevertermijn, '2026-12-02').waarde; //=> 'onverwijld'
 * ```
 */
export const aanlevertermijn: Regel<string> = /* @__PURE__ */ regel({
  id: 'monitoring.monitor.aanlevertermijn',
  omschrijving: 'Termijn voor het sturen van de monitorresultaten aan de inspectie',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2024-07-01', waarde: 'onverwijld', bron: WPO_4C_LID_4 }],
});

/**
 * The Inspectie's collection date (`MM-DD`): 1 July, through the provider with the school's consent. Practice,
 * not statute (`secundair`).
 *
 * @example
 * ```ts
 * import { inspectieAanleverdatum } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(inspectieAanleverdatum, '2026-12-02').waarde; //=> '07-01'
 * ```
 */
export const inspectieAanleverdatum: Regel<string> = /* @__PURE__ */ regel({
  id: 'monitoring.monitor.inspectieAanleverdatum',
  omschrijving: 'Datum waarop de Inspectie de monitorgegevens ophaalt (maand-dag)',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2015-08-01', waarde: '07-01', bron: INSPECTIE_AANLEVERING }],
});

/**
 * The minimum number of answers in a reported cell: 10 by default. No threshold is published; a policy value,
 * flagged `interpretatie`. A school may choose a higher one (stricter).
 *
 * @example
 * ```ts
 * import { minimaleCelgrootte } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(minimaleCelgrootte, '2026-12-02').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const minimaleCelgrootte: Regel<number> = /* @__PURE__ */ regel({
  id: 'monitoring.monitor.minimaleCelgrootte',
  omschrijving: 'Minimale celgrootte van een gerapporteerd resultaat (aantal antwoorden)',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2015-08-01', waarde: 10, bron: CELGROOTTE_INTERPRETATIE }],
});

/**
 * The minimum response rate (percent of the pupils in scope) for "representatief": 50 by default, flagged
 * `onbevestigd` (the Besluit sets no threshold).
 *
 * @example
 * ```ts
 * import { minimaleRespons } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(minimaleRespons, '2026-12-02').waarde; //=> 50
 * ```
 */
export const minimaleRespons: Regel<number> = /* @__PURE__ */ regel({
  id: 'monitoring.monitor.minimaleRespons',
  omschrijving: 'Minimale respons (procent van de leerlingen in de doelgroep) voor een representatief beeld',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2015-08-01', waarde: 50, bron: REPRESENTATIEF_INTERPRETATIE }],
});

/**
 * The report term of a serious work accident: "direct" (Arbowet art. 9 lid 1). No number of hours.
 *
 * @example
 * ```ts
 * import { meldtermijnArbeidsinspectie } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(meldtermijnArbeidsinspectie, '2026-12-02').waarde; //=> 'direct'
 * ```
 */
export const meldtermijnArbeidsinspectie: Regel<string> = /* @__PURE__ */ regel({
  id: 'monitoring.arbowet.meldtermijn',
  omschrijving: 'Termijn voor de melding van een ernstig arbeidsongeval',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2007-01-01', waarde: 'direct', bron: ARBOWET_9_LID_1 }],
});

/**
 * Whether every hospital admission counts (a day admission included, whenever it happens): yes. The seed's
 * "binnen 24 uur" is not in art. 9 (policy value `false`, laxer).
 *
 * @example
 * ```ts
 * import { elkeOpnameMeldplichtig } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(elkeOpnameMeldplichtig, '2026-12-02').waarde; //=> true
 * ```
 */
export const elkeOpnameMeldplichtig: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'monitoring.arbowet.elkeOpnameMeldplichtig',
  omschrijving: 'Elke ziekenhuisopname telt, ook een dagopname en ook na meer dan 24 uur',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2007-01-01', waarde: true, bron: ARBOWET_9_LID_1 }],
});

/**
 * The absence above which an accident goes on the list of art. 9 lid 2: more than 3 workdays.
 *
 * @example
 * ```ts
 * import { registerVerzuimWerkdagen } from '@schoolveiligheid/monitoring';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(registerVerzuimWerkdagen, '2026-12-02').waarde; //=> 3
 * ```
 */
export const registerVerzuimWerkdagen: Regel<number> = /* @__PURE__ */ regel({
  id: 'monitoring.arbowet.registerVerzuimWerkdagen',
  omschrijving: 'Verzuim (werkdagen) waarboven een ongeval op de lijst van art. 9 lid 2 komt',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2007-01-01', waarde: 3, bron: ARBOWET_9_LID_2 }],
});

/**
 * The rules of `@schoolveiligheid/monitoring` as one registry; policies are checked against it.
 *
 * @example
 * ```ts
 * import { MONITORING_REGELS } from '@schoolveiligheid/monitoring';
 * Object.keys(MONITORING_REGELS.regels).length; //=> 10
 * ```
 */
export const MONITORING_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('monitoring', [
  schooljaarLaatsteDag,
  afnamesPerSchooljaar,
  aanleveringInspectie,
  aanlevertermijn,
  inspectieAanleverdatum,
  minimaleCelgrootte,
  minimaleRespons,
  meldtermijnArbeidsinspectie,
  elkeOpnameMeldplichtig,
  registerVerzuimWerkdagen,
]);
