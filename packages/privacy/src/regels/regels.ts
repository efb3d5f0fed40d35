import {
  type Bedrag,
  type Duur,
  type Regel,
  type RegelRegister,
  regel,
  regelRegister,
} from '@schoolveiligheid/kern';
import {
  AVG_12_3,
  AVG_12_5,
  AVG_15_3,
  AVG_32,
  BEWAREN_ADMINISTRATIE_ONBEVESTIGD,
  BEWAREN_SO_ONBEVESTIGD,
  JEUGDWET_7_1_5_1,
  PORAAD_BEWAARTERMIJNEN,
  UAVG_5_1,
  UAVG_5_3,
  UAVG_5_4,
  UAVG_5_OUD,
} from '../bronnen/bronnen.js';

/** The date the AVG applies (art. 99 lid 2) and the UAVG entered into force: the first value of each rule. */
const AVG_VANAF = '2018-05-25';

/**
 * The term to answer a request under AVG arts. 15 to 22: one month after receipt (AVG 12(3)); an EU term, so no
 * Algemene termijnenwet, and a month end without that day clamps to the month's last day (Verordening 1182/71).
 *
 * @example
 * ```ts
 * import { antwoordtermijn } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(antwoordtermijn, '2026-12-02').waarde; //=> { aantal: 1, eenheid: 'maanden' }
 * ```
 */
export const antwoordtermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'privacy.verzoek.antwoordtermijn',
  omschrijving: 'Termijn om een verzoek van een betrokkene te beantwoorden',
  strenger: 'lager',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: { aantal: 1, eenheid: 'maanden' }, bron: AVG_12_3 }],
});

/**
 * The extension of the answer term: two further months, told to the data subject within the first month with
 * the reasons (AVG 12(3)).
 *
 * @example
 * ```ts
 * import { verlenging } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verlenging, '2026-12-02').waarde; //=> { aantal: 2, eenheid: 'maanden' }
 * ```
 */
export const verlenging: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'privacy.verzoek.verlenging',
  omschrijving: 'Verlenging van de antwoordtermijn',
  strenger: 'lager',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: { aantal: 2, eenheid: 'maanden' }, bron: AVG_12_3 }],
});

/**
 * The outer limit of an answer, extension included: three months after receipt (AVG 12(3): "met nog eens twee
 * maanden"). Where "one month, then two more" and "three months from receipt" give different days (a receipt
 * on the 31st), the earlier day is used and the difference is flagged.
 *
 * @example
 * ```ts
 * import { maximaleTermijn } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(maximaleTermijn, '2026-12-02').waarde; //=> { aantal: 3, eenheid: 'maanden' }
 * ```
 */
export const maximaleTermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'privacy.verzoek.maximaleTermijn',
  omschrijving: 'Uiterste antwoordtermijn inclusief verlenging',
  strenger: 'lager',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: { aantal: 3, eenheid: 'maanden' }, bron: AVG_12_3 }],
});

/**
 * The fee for access and a first copy: none (AVG 12(5), 15(3)). A fee is allowed only for further copies or a
 * manifestly unfounded or excessive request.
 *
 * @example
 * ```ts
 * import { inzageKosten } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(inzageKosten, '2026-12-02').waarde; //=> { centen: 0, valuta: 'EUR' }
 * ```
 */
export const inzageKosten: Regel<Bedrag> = /* @__PURE__ */ regel({
  id: 'privacy.kosten.inzage',
  omschrijving: 'Kosten van inzage en een eerste kopie',
  strenger: 'lager',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: { centen: 0, valuta: 'EUR' }, bron: AVG_15_3 }],
});

/**
 * The fee for further copies: a reasonable fee based on administrative costs (AVG 15(3)); the statute sets no
 * amount, so the rule has none (a school's policy may set one).
 *
 * @example
 * ```ts
 * import { kopieKosten } from '@schoolveiligheid/privacy';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(kopieKosten, '2026-12-02'); //=> undefined
 * ```
 */
export const kopieKosten: Regel<Bedrag> = /* @__PURE__ */ regel<Bedrag>({
  id: 'privacy.kosten.verdereKopie',
  omschrijving: 'Redelijke vergoeding voor verdere kopieën',
  strenger: 'lager',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: null, bron: AVG_12_5 }],
});

/**
 * The age from which a data subject consents and exercises the rights alone: 16 (UAVG art. 5 lid 1 and 4).
 *
 * @example
 * ```ts
 * import { leeftijdZelfstandig } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(leeftijdZelfstandig, '2026-12-02').waarde; //=> 16
 * ```
 */
export const leeftijdZelfstandig: Regel<number> = /* @__PURE__ */ regel({
  id: 'privacy.vertegenwoordiging.leeftijdZelfstandig',
  omschrijving: 'Leeftijd vanaf welke de betrokkene zelf toestemt en zijn rechten alleen uitoefent',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: AVG_VANAF, waarde: 16, bron: UAVG_5_OUD },
    { geldigVanaf: '2026-09-01', waarde: 16, bron: UAVG_5_1 },
  ],
});

/**
 * The age from which a minor exercises the rights of AVG ch. III next to the representative: none until
 * 2026-08-31 (the representative alone, UAVG 5 lid 3-4 old), 12 from 2026-09-01 (UAVG 5 lid 4 onder b).
 *
 * @example
 * ```ts
 * import { leeftijdMedeUitoefening } from '@schoolveiligheid/privacy';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(leeftijdMedeUitoefening, '2026-08-31'); //=> undefined
 * zoekWaardeOp(leeftijdMedeUitoefening, '2026-09-01')?.waarde; //=> 12
 * ```
 */
export const leeftijdMedeUitoefening: Regel<number> = /* @__PURE__ */ regel<number>({
  id: 'privacy.vertegenwoordiging.leeftijdMedeUitoefening',
  omschrijving: 'Leeftijd vanaf welke een minderjarige zijn rechten naast de vertegenwoordiger uitoefent',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: AVG_VANAF, waarde: null, bron: UAVG_5_OUD },
    { geldigVanaf: '2026-09-01', waarde: 12, bron: UAVG_5_4 },
  ],
});

/**
 * The age from which a minor may withdraw consent: none until 2026-08-31 (the representative only), 12 from
 * 2026-09-01 (UAVG 5 lid 3 onder b).
 *
 * @example
 * ```ts
 * import { leeftijdIntrekking } from '@schoolveiligheid/privacy';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(leeftijdIntrekking, '2026-09-01')?.waarde; //=> 12
 * ```
 */
export const leeftijdIntrekking: Regel<number> = /* @__PURE__ */ regel<number>({
  id: 'privacy.toestemming.leeftijdIntrekking',
  omschrijving: 'Leeftijd vanaf welke een minderjarige zijn toestemming zelf intrekt',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: AVG_VANAF, waarde: null, bron: UAVG_5_OUD },
    { geldigVanaf: '2026-09-01', waarde: 12, bron: UAVG_5_3 },
  ],
});

/**
 * The age from which, for Verwijsindex data, a minor makes an AVG request together with the representative: 12
 * (Jeugdwet art. 7.1.5.1 lid 2; below it the representative alone, from 16 the general rule).
 *
 * @example
 * ```ts
 * import { leeftijdVerwijsindexGezamenlijk } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(leeftijdVerwijsindexGezamenlijk, '2026-12-02').waarde; //=> 12
 * ```
 */
export const leeftijdVerwijsindexGezamenlijk: Regel<number> = /* @__PURE__ */ regel({
  id: 'privacy.vertegenwoordiging.leeftijdVerwijsindex',
  omschrijving: 'Leeftijd vanaf welke kind en vertegenwoordiger een Verwijsindex-verzoek samen doen',
  strenger: 'exact',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: 12, bron: JEUGDWET_7_1_5_1 }],
});

/**
 * Retention of the leerlingdossier: 2 years after the pupil leaves (PO-Raad sector guidance; the seed's 5 years
 * is its preset and is reported as laxer).
 *
 * @example
 * ```ts
 * import { bewaartermijnLeerlingdossier } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bewaartermijnLeerlingdossier, '2026-12-02').waarde; //=> { aantal: 24, eenheid: 'maanden' }
 * ```
 */
export const bewaartermijnLeerlingdossier: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'privacy.bewaren.leerlingdossier',
  omschrijving: 'Bewaartermijn van het leerlingdossier na vertrek',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: AVG_VANAF, waarde: { aantal: 24, eenheid: 'maanden' }, bron: PORAAD_BEWAARTERMIJNEN },
  ],
});

/**
 * Retention of in- and uitschrijving data: 5 years after uitschrijving (flagged: article not verified).
 *
 * @example
 * ```ts
 * import { bewaartermijnInschrijving } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bewaartermijnInschrijving, '2026-12-02').bron.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const bewaartermijnInschrijving: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'privacy.bewaren.inschrijving',
  omschrijving: 'Bewaartermijn van in- en uitschrijvingsgegevens na uitschrijving',
  strenger: 'lager',
  waarden: [
    {
      geldigVanaf: AVG_VANAF,
      waarde: { aantal: 60, eenheid: 'maanden' },
      bron: BEWAREN_ADMINISTRATIE_ONBEVESTIGD,
    },
  ],
});

/**
 * Retention of verzuim (absence) data: 5 years after uitschrijving (flagged: article not verified).
 *
 * @example
 * ```ts
 * import { bewaartermijnVerzuim } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bewaartermijnVerzuim, '2026-12-02').waarde; //=> { aantal: 60, eenheid: 'maanden' }
 * ```
 */
export const bewaartermijnVerzuim: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'privacy.bewaren.verzuim',
  omschrijving: 'Bewaartermijn van verzuimgegevens na uitschrijving',
  strenger: 'lager',
  waarden: [
    {
      geldigVanaf: AVG_VANAF,
      waarde: { aantal: 60, eenheid: 'maanden' },
      bron: BEWAREN_ADMINISTRATIE_ONBEVESTIGD,
    },
  ],
});

/**
 * Retention of the data of a pupil referred to speciaal onderwijs: 3 years after leaving (flagged).
 *
 * @example
 * ```ts
 * import { bewaartermijnVerwezenSo } from '@schoolveiligheid/privacy';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bewaartermijnVerwezenSo, '2026-12-02').waarde; //=> { aantal: 36, eenheid: 'maanden' }
 * ```
 */
export const bewaartermijnVerwezenSo: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'privacy.bewaren.verwezenSo',
  omschrijving: 'Bewaartermijn van gegevens van een leerling verwezen naar speciaal onderwijs',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: AVG_VANAF, waarde: { aantal: 36, eenheid: 'maanden' }, bron: BEWAREN_SO_ONBEVESTIGD },
  ],
});

/**
 * The periodic review of assigned roles: the AVG sets no term (art. 32: appropriate measures); the seed's
 * "jaarlijks" is its preset.
 *
 * @example
 * ```ts
 * import { rollenHerbeoordeling } from '@schoolveiligheid/privacy';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(rollenHerbeoordeling, '2026-12-02'); //=> undefined
 * ```
 */
export const rollenHerbeoordeling: Regel<Duur> = /* @__PURE__ */ regel<Duur>({
  id: 'privacy.toegang.rollenHerbeoordeling',
  omschrijving: 'Periodieke controle van de toegekende rollen',
  strenger: 'lager',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: null, bron: AVG_32 }],
});

/**
 * The renewal of login passwords: the AVG sets no term; the seed's "jaarlijks" is its preset.
 *
 * @example
 * ```ts
 * import { wachtwoordVernieuwing } from '@schoolveiligheid/privacy';
 * wachtwoordVernieuwing.id; //=> 'privacy.toegang.wachtwoordVernieuwing'
 * ```
 */
export const wachtwoordVernieuwing: Regel<Duur> = /* @__PURE__ */ regel<Duur>({
  id: 'privacy.toegang.wachtwoordVernieuwing',
  omschrijving: 'Vernieuwing van inloggegevens',
  strenger: 'lager',
  waarden: [{ geldigVanaf: AVG_VANAF, waarde: null, bron: AVG_32 }],
});

/**
 * The rules of `@schoolveiligheid/privacy` as one registry: ids unique, each starting with `privacy.`.
 *
 * @example
 * ```ts
 * import { PRIVACY_REGELS } from '@schoolveiligheid/privacy';
 * Object.keys(PRIVACY_REGELS.regels).length; //=> 15
 * ```
 */
export const PRIVACY_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('privacy', [
  antwoordtermijn,
  verlenging,
  maximaleTermijn,
  inzageKosten,
  kopieKosten,
  leeftijdZelfstandig,
  leeftijdMedeUitoefening,
  leeftijdIntrekking,
  leeftijdVerwijsindexGezamenlijk,
  bewaartermijnLeerlingdossier,
  bewaartermijnInschrijving,
  bewaartermijnVerzuim,
  bewaartermijnVerwezenSo,
  rollenHerbeoordeling,
  wachtwoordVernieuwing,
]);
