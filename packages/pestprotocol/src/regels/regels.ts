import {
  type Bron,
  type Duur,
  type Regel,
  type RegelRegister,
  regel,
  regelRegister,
} from '@schoolveiligheid/kern';
import { PESTPROTOCOL_BRONNEN as B } from '../bronnen/bronnen.js';

// The rules of the package as dated data. Ids `pestprotocol.<begrip>.<naam>`; vendors store policies by them.
// WPO 4c (Wet sociale veiligheid op school) applies from 2015-08-01.

const WPO_4C_VANAF = '2015-08-01'; // geen-rechtsgetal: date of entry into force of WPO 4c

const BESLUIT_34_6A_DATUM: Bron = /* @__PURE__ */ (() =>
  Object.freeze({
    ...B.BESLUIT_34_6A,
    zekerheid: 'onbevestigd' as const,
    toelichting:
      'De eis (ten minste één keer per schooljaar) is gelezen in Stb. 2020, 209; de datum van inwerkingtreding (hier 2020-08-01) is niet bevestigd.',
  }))();

/**
 * WPO 4c lid 1 onder c, 1°: the coordination of the anti-bullying policy is assigned to a person (`true`: a duty).
 *
 * @example
 * ```ts
 * import { coordinatieBelegd } from '@schoolveiligheid/pestprotocol';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(coordinatieBelegd, '2026-12-02').waarde; //=> true
 * ```
 */
export const coordinatieBelegd: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'pestprotocol.taken.coordinatieBelegd',
  omschrijving: 'De coördinatie van het beleid tegen pesten is bij een persoon belegd',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: WPO_4C_VANAF, waarde: true, bron: B.WPO_4C_LID_1_C }],
});

/**
 * WPO 4c lid 1 onder c, 2°: the task of aanspreekpunt pesten is assigned to a person (`true`: a duty).
 *
 * @example
 * ```ts
 * import { aanspreekpuntBelegd } from '@schoolveiligheid/pestprotocol';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(aanspreekpuntBelegd, '2026-12-02').waarde; //=> true
 * ```
 */
export const aanspreekpuntBelegd: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'pestprotocol.taken.aanspreekpuntBelegd',
  omschrijving: 'Het aanspreekpunt pesten is bij een persoon belegd',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: WPO_4C_VANAF, waarde: true, bron: B.WPO_4C_LID_1_C }],
});

/**
 * Whether both WPO 4c tasks sit with one and the same person: `true` in the literal reading of "bij een
 * persoon" (zekerheid `interpretatie`). Contested: sector guidance allows a split and the 2018 seed splits the
 * tasks, so a policy with `false` is reported with both sources (and `controleerPestbeleid` reports both readings).
 *
 * @example
 * ```ts
 * import { takenBijEenPersoon } from '@schoolveiligheid/pestprotocol';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(takenBijEenPersoon, '2026-12-02').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const takenBijEenPersoon: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'pestprotocol.taken.bijEenPersoon',
  omschrijving: 'Beide taken (coördinatie en aanspreekpunt pesten) liggen bij één en dezelfde persoon',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: WPO_4C_VANAF, waarde: true, bron: B.WPO_4C_LEZING_EEN_PERSOON }],
});

/**
 * How many times per schooljaar the safety monitor is at least administered (Besluit bekostiging WPO 34.6a;
 * before that WPO 4c lid 1 onder b set no frequency). The start date is flagged `onbevestigd`.
 *
 * @example
 * ```ts
 * import { monitorPerSchooljaar } from '@schoolveiligheid/pestprotocol';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(monitorPerSchooljaar, '2026-12-02').waarde; //=> 1
 * ```
 */
export const monitorPerSchooljaar: Regel<number> = /* @__PURE__ */ regel({
  id: 'pestprotocol.monitoring.perSchooljaar',
  omschrijving: 'Minimaal aantal afnames van de veiligheidsmonitor per schooljaar',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2020-08-01', waarde: 1, bron: BESLUIT_34_6A_DATUM }],
});

/**
 * Aftercare: two weeks after a victim returns to school, the directie checks whether the pupil feels safe
 * enough again. No statute sets this term: it is the protocol's own (seed Bijlage 1, Terugkeer op school),
 * counted on the calendar without the Algemene termijnenwet.
 *
 * @example
 * ```ts
 * import { controleNaTerugkeer } from '@schoolveiligheid/pestprotocol';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(controleNaTerugkeer, '2026-12-02').waarde; //=> { aantal: 2, eenheid: 'weken' }
 * ```
 */
export const controleNaTerugkeer: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'pestprotocol.nazorg.controleNaTerugkeer',
  omschrijving: 'Termijn na terugkeer waarop de directie nagaat of de leerling zich weer veilig voelt',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-08-01', waarde: { aantal: 2, eenheid: 'weken' }, bron: B.SEED_TERUGKEER }],
});

/**
 * The rules of `@schoolveiligheid/pestprotocol` as one registry; policies are checked against it.
 *
 * @example
 * ```ts
 * import { PESTPROTOCOL_REGELS } from '@schoolveiligheid/pestprotocol';
 * Object.keys(PESTPROTOCOL_REGELS.regels).length; //=> 5
 * ```
 */
export const PESTPROTOCOL_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('pestprotocol', [
  coordinatieBelegd,
  aanspreekpuntBelegd,
  takenBijEenPersoon,
  monitorPerSchooljaar,
  controleNaTerugkeer,
]);
