import { type Duur, type Regel, type RegelRegister, regel, regelRegister } from '@schoolveiligheid/kern';
import {
  SEED_GEEN_ONDERZOEK,
  SEED_STANDPUNT,
  WBK_1A_LID_3,
  WBK_2_LID_1,
  WBK_2_LID_2_D,
  WBK_2_LID_2_H,
  WBK_2_LID_2_I,
  WBK_2_LID_6,
  WBK_2A_LID_1,
  WBK_17E,
  WHK_2_LID_1,
} from '../bronnen/bronnen.js';

// The rules of the Wet bescherming klokkenluiders as dated data. Values before 2023-02-18 are those of the
// Wet Huis voor klokkenluiders (2016), so a dossier or policy dated earlier is judged by the law of its day.

/** In force of the Wbk (Stb. 2023, 27): 18 February 2023. */
const WBK_IN_WERKING = '2023-02-18';
/** In force of the Wet Huis voor klokkenluiders: 1 July 2016. */
const WHK_IN_WERKING = '2016-07-01';

/**
 * The employer must adopt an internal reporting procedure when as a rule at least this many werknemers work
 * for it (Wbk art. 2 lid 1; counted per employer, for a school the bevoegd gezag). A lower threshold is
 * stricter.
 *
 * @example
 * ```ts
 * import { drempelWerknemers } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(drempelWerknemers, '2026-12-02').waarde; //=> 50
 * ```
 */
export const drempelWerknemers: Regel<number> = /* @__PURE__ */ regel({
  id: 'klokkenluider.procedure.drempelWerknemers',
  omschrijving: 'Aantal werknemers vanaf wanneer een interne meldprocedure verplicht is',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: WHK_IN_WERKING, waarde: 50, bron: WHK_2_LID_1 },
    { geldigVanaf: WBK_IN_WERKING, waarde: 50, bron: WBK_2_LID_1 },
  ],
});

/**
 * The reporter gets an acknowledgement of receipt (Wbk art. 2 lid 2 onder h; not in the 2016 law).
 *
 * @example
 * ```ts
 * import { bevestigingVerplicht } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bevestigingVerplicht, '2026-12-02').waarde; //=> true
 * ```
 */
export const bevestigingVerplicht: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klokkenluider.ontvangst.bevestigingVerplicht',
  omschrijving: 'De melder krijgt een ontvangstbevestiging',
  strenger: 'hoger',
  waarden: [
    { geldigVanaf: WHK_IN_WERKING, waarde: false, bron: WHK_2_LID_1 },
    { geldigVanaf: WBK_IN_WERKING, waarde: true, bron: WBK_2_LID_2_H },
  ],
});

/**
 * The acknowledgement is due within seven days after receipt (Wbk art. 2 lid 2 onder h). Whether the Atw
 * extends it is open: the SDK gives the date without extension and the Atw date beside it.
 *
 * @example
 * ```ts
 * import { bevestigingstermijn } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bevestigingstermijn, '2026-12-02').waarde; //=> { aantal: 7, eenheid: 'kalenderdagen' }
 * ```
 */
export const bevestigingstermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'klokkenluider.ontvangst.bevestigingstermijn',
  omschrijving: 'Termijn voor de ontvangstbevestiging na ontvangst van de melding',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: WBK_IN_WERKING, waarde: { aantal: 7, eenheid: 'kalenderdagen' }, bron: WBK_2_LID_2_H },
  ],
});

/**
 * The reporter is informed about the assessment and follow-up within a reasonable term of at most three
 * months after the acknowledgement was sent (Wbk art. 2 lid 2 onder i).
 *
 * @example
 * ```ts
 * import { terugkoppelingstermijn } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(terugkoppelingstermijn, '2026-12-02').waarde; //=> { aantal: 3, eenheid: 'maanden' }
 * ```
 */
export const terugkoppelingstermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'klokkenluider.terugkoppeling.termijn',
  omschrijving:
    'Uiterste termijn voor informatie over beoordeling en opvolging, na verzending van de ontvangstbevestiging',
  strenger: 'lager',
  waarden: [{ geldigVanaf: WBK_IN_WERKING, waarde: { aantal: 3, eenheid: 'maanden' }, bron: WBK_2_LID_2_I }],
});

/**
 * The feedback term has a fixed maximum that the employer cannot extend (Wbk art. 2 lid 2 onder i: "ten
 * hoogste drie maanden"). A regeling that lets the employer name a later term without limit lacks it.
 *
 * @example
 * ```ts
 * import { terugkoppelingBegrensd } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(terugkoppelingBegrensd, '2026-12-02').waarde; //=> true
 * ```
 */
export const terugkoppelingBegrensd: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klokkenluider.terugkoppeling.begrensd',
  omschrijving: 'De termijn voor terugkoppeling heeft een vast maximum',
  strenger: 'hoger',
  waarden: [
    { geldigVanaf: WHK_IN_WERKING, waarde: false, bron: WHK_2_LID_1 },
    { geldigVanaf: WBK_IN_WERKING, waarde: true, bron: WBK_2_LID_2_I },
  ],
});

/**
 * Every report is registered on receipt in a register set up for it (Wbk art. 2a lid 1).
 *
 * @example
 * ```ts
 * import { registerVerplicht } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(registerVerplicht, '2026-12-02').waarde; //=> true
 * ```
 */
export const registerVerplicht: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klokkenluider.procedure.register',
  omschrijving: 'Meldingen worden bij ontvangst geregistreerd in een register',
  strenger: 'hoger',
  waarden: [
    { geldigVanaf: WHK_IN_WERKING, waarde: false, bron: WHK_2_LID_1 },
    { geldigVanaf: WBK_IN_WERKING, waarde: true, bron: WBK_2A_LID_1 },
  ],
});

/**
 * The procedure names the designated independent official(s) who receive reports and follow them up (Wbk
 * art. 2 lid 2 onder d).
 *
 * @example
 * ```ts
 * import { aangewezenFunctionarissen } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(aangewezenFunctionarissen, '2026-12-02').waarde; //=> true
 * ```
 */
export const aangewezenFunctionarissen: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klokkenluider.procedure.aangewezenFunctionarissen',
  omschrijving: 'De procedure wijst onafhankelijke functionarissen aan voor ontvangst en opvolging',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: WBK_IN_WERKING, waarde: true, bron: WBK_2_LID_2_D }],
});

/**
 * Whether a reporter must report internally before going to a competent authority. The Wbk protects a report
 * to a competent authority whether or not an internal report came first (art. 17e), and a clause limiting the
 * right to report is void (art. 17h): `false`, and any other value conflicts (`exact`).
 *
 * @example
 * ```ts
 * import { eerstInternMelden } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(eerstInternMelden, '2026-12-02').waarde; //=> false
 * ```
 */
export const eerstInternMelden: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klokkenluider.extern.eerstInternMelden',
  omschrijving: 'De melder moet eerst intern melden voordat hij extern meldt',
  strenger: 'exact',
  waarden: [{ geldigVanaf: WBK_IN_WERKING, waarde: false, bron: WBK_17E }],
});

/**
 * Whether revealing the reporter's identity needs *written* consent. The Wbk needs consent (art. 1a lid 3)
 * without prescribing its form: `false`; a policy that demands written consent is stricter.
 *
 * @example
 * ```ts
 * import { schriftelijkeToestemming } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(schriftelijkeToestemming, '2026-12-02').waarde; //=> false
 * ```
 */
export const schriftelijkeToestemming: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klokkenluider.identiteit.schriftelijkeToestemming',
  omschrijving: 'Voor het bekendmaken van de identiteit van de melder is schriftelijke toestemming nodig',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: WBK_IN_WERKING, waarde: false, bron: WBK_1A_LID_3 }],
});

/**
 * Whether the internal procedure is open to persons who are not werknemers (former workers, volunteers,
 * self-employed). The Wbk lets the employer open it (art. 2 lid 6) but does not require it: `false`; a
 * regeling that opens it (as the seed does, art. 1 onder a) is stricter. Such persons are protected as
 * reporters either way (art. 1 `melder`, `werkgerelateerde context`).
 *
 * @example
 * ```ts
 * import { openVoorNietWerknemers } from '@schoolveiligheid/klokkenluider';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(openVoorNietWerknemers, '2026-12-02').waarde; //=> false
 * ```
 */
export const openVoorNietWerknemers: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'klokkenluider.procedure.openVoorNietWerknemers',
  omschrijving: 'De interne procedure staat open voor wie geen werknemer is',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: WBK_IN_WERKING, waarde: false, bron: WBK_2_LID_6 }],
});

/**
 * A policy-only term: written, reasoned notice when no investigation is started. The Wbk sets none (its
 * feedback term covers the assessment); the seed regeling sets two weeks after receipt (art. 6 lid 2).
 *
 * @example
 * ```ts
 * import { geenOnderzoekTermijn } from '@schoolveiligheid/klokkenluider';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(geenOnderzoekTermijn, '2026-12-02'); //=> undefined
 * ```
 */
export const geenOnderzoekTermijn: Regel<Duur> = /* @__PURE__ */ regel<Duur>({
  id: 'klokkenluider.onderzoek.geenOnderzoekTermijn',
  omschrijving: 'Termijn voor de gemotiveerde mededeling dat geen onderzoek wordt ingesteld, na ontvangst',
  strenger: 'lager',
  waarden: [{ geldigVanaf: WHK_IN_WERKING, waarde: null, bron: SEED_GEEN_ONDERZOEK }],
});

/**
 * A policy-only term: the substantive standpunt, counted from receipt. The Wbk sets none beyond its feedback
 * term; the seed regeling sets six weeks, or a reasoned notice of a later term (art. 7).
 *
 * @example
 * ```ts
 * import { standpuntTermijn } from '@schoolveiligheid/klokkenluider';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(standpuntTermijn, '2026-12-02'); //=> undefined
 * ```
 */
export const standpuntTermijn: Regel<Duur> = /* @__PURE__ */ regel<Duur>({
  id: 'klokkenluider.standpunt.termijn',
  omschrijving: 'Termijn voor het inhoudelijke standpunt, na ontvangst van de melding',
  strenger: 'lager',
  waarden: [{ geldigVanaf: WHK_IN_WERKING, waarde: null, bron: SEED_STANDPUNT }],
});

/**
 * The rules of `@schoolveiligheid/klokkenluider` as one registry: ids unique, each starting with
 * `klokkenluider.`. Policies are checked against it.
 *
 * @example
 * ```ts
 * import { KLOKKENLUIDER_REGELS } from '@schoolveiligheid/klokkenluider';
 * Object.keys(KLOKKENLUIDER_REGELS.regels).length; //=> 12
 * ```
 */
export const KLOKKENLUIDER_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('klokkenluider', [
  drempelWerknemers,
  bevestigingVerplicht,
  bevestigingstermijn,
  terugkoppelingstermijn,
  terugkoppelingBegrensd,
  registerVerplicht,
  aangewezenFunctionarissen,
  eerstInternMelden,
  schriftelijkeToestemming,
  openVoorNietWerknemers,
  geenOnderzoekTermijn,
  standpuntTermijn,
]);
