import { type Bron, bron } from '@schoolveiligheid/kern';

// The sources of this package, declared once each with kern's `bron(wet, vindplaats)`. Statute texts read in
// their dated consolidations (MinBZK/regelrecht-corpus harvest of wetten.overheid.nl): Besluit verplichte meldcode
// BWBR0033723 2018-07-28 and 2020-10-01, Jeugdwet BWBR0034925 2026-01-01, UAVG BWBR0040940 2021-07-01 and
// 2026-09-01. Guidance (afwegingskader, onderwijs variant, Veilig Thuis' term) is secondary or unconfirmed.

/**
 * Besluit verplichte meldcode art. 2 lid 1 (2020-10-01): the elements of a meldcode, among them (b) the
 * afwegingskader and (c) the function with final responsibility for the decision on a melding.
 *
 * @example
 * ```ts
 * import { MELDCODE_ELEMENTEN } from '@schoolveiligheid/meldcode';
 * MELDCODE_ELEMENTEN.artikel; //=> 'art. 2 lid 1'
 * ```
 */
export const MELDCODE_ELEMENTEN: Bron = /* @__PURE__ */ bron('besluit-meldcode', {
  artikel: '2',
  lid: 1,
  versie: '2020-10-01',
  zekerheid: 'wettekst',
});

/**
 * Besluit verplichte meldcode art. 2 lid 2 (2020-10-01): the five steps (signalen in kaart brengen,
 * collegiale consultatie en zo nodig Veilig Thuis raadplegen, gesprek met de betrokkene, wegen met het
 * afwegingskader, beslissen over melden en over hulp).
 *
 * @example
 * ```ts
 * import { MELDCODE_STAPPEN } from '@schoolveiligheid/meldcode';
 * MELDCODE_STAPPEN.url; //=> 'https://wetten.overheid.nl/BWBR0033723/2020-10-01#Artikel2'
 * ```
 */
export const MELDCODE_STAPPEN: Bron = /* @__PURE__ */ bron('besluit-meldcode', {
  artikel: '2',
  lid: 2,
  versie: '2020-10-01',
  zekerheid: 'wettekst',
});

/**
 * Besluit verplichte meldcode art. 2 (2018-07-28): the 2018 text, without an afwegingskader element, with
 * "het AMHK" for Veilig Thuis and step 5 "zelf hulp bieden of hulp organiseren dan wel het doen van een melding".
 *
 * @example
 * ```ts
 * import { MELDCODE_TEKST_2018 } from '@schoolveiligheid/meldcode';
 * MELDCODE_TEKST_2018.versie; //=> '2018-07-28'
 * ```
 */
export const MELDCODE_TEKST_2018: Bron = /* @__PURE__ */ bron('besluit-meldcode', {
  artikel: '2',
  versie: '2018-07-28',
  zekerheid: 'wettekst',
});

/**
 * The date the afwegingskader became mandatory (1 January 2019), confirmed by onderwijsgeschillen.nl and the
 * seed; the statute text of 2020-10-01 contains the element.
 *
 * @example
 * ```ts
 * import { AFWEGINGSKADER_SINDS } from '@schoolveiligheid/meldcode';
 * AFWEGINGSKADER_SINDS.zekerheid; //=> 'secundair'
 * ```
 */
export const AFWEGINGSKADER_SINDS: Bron = /* @__PURE__ */ bron('lkc', {
  titel: 'Onderwijsgeschillen: meldcode en afwegingskader (verplicht sinds 1 januari 2019)',
  url: 'https://www.onderwijsgeschillen.nl/thema/informatieverstrekking-aan-veilig-thuis',
  zekerheid: 'secundair',
});

/**
 * The afwegingskader itself (Rijksoverheid richtlijn 2017-07-28, the model the seed links): five afwegingen, and
 * the professional norm that acute or structural unsafety is always reported.
 *
 * @example
 * ```ts
 * import { AFWEGINGSKADER } from '@schoolveiligheid/meldcode';
 * AFWEGINGSKADER.zekerheid; //=> 'secundair'
 * ```
 */
export const AFWEGINGSKADER: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'Afwegingskader in de meldcode huiselijk geweld en kindermishandeling',
  url: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/documenten/richtlijnen/2017/07/28/afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling',
  zekerheid: 'secundair',
});

/**
 * The onderwijs variant (Afwegingskader Meldcode Onderwijs en leerplicht, 2018): at afweging 2 "ja of twijfel"
 * means melden; at afweging 3 help by someone else in the school or a ketenpartner counts.
 *
 * @example
 * ```ts
 * import { AFWEGINGSKADER_ONDERWIJS } from '@schoolveiligheid/meldcode';
 * AFWEGINGSKADER_ONDERWIJS.zekerheid; //=> 'secundair'
 * ```
 */
export const AFWEGINGSKADER_ONDERWIJS: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'Afwegingskader Meldcode Onderwijs en leerplicht (2018)',
  url: 'https://www.huiselijkgeweld.nl/interventies/publicaties/interventies/2018/07/04/afwegingskader-meldcode-onderwijs-en-leerplicht',
  zekerheid: 'secundair',
  toelichting:
    "De tekst 'ja of twijfel is melden' is gelezen via handelingsprotocol.nl (regionaal); de definities van acute en structurele onveiligheid zijn niet bevestigd.",
});

/**
 * Veilig Thuis' own term to decide whether it takes a melding up and to report back: five working days in a
 * regional protocol (handelingsprotocol.nl), not confirmed as a national rule.
 *
 * @example
 * ```ts
 * import { VEILIG_THUIS_TERUGKOPPELING } from '@schoolveiligheid/meldcode';
 * VEILIG_THUIS_TERUGKOPPELING.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const VEILIG_THUIS_TERUGKOPPELING: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'Handelingsprotocol.nl, Utrecht BO stap 5 (regionaal protocol)',
  url: 'https://www.handelingsprotocol.nl/utrecht-bo-stap-5-hulp-of-melden-3',
  zekerheid: 'onbevestigd',
  toelichting:
    'Een regionaal protocol noemt 5 werkdagen waarin Veilig Thuis besluit en terugkoppelt; als landelijke regel (Wmo 2015) niet bevestigd.',
});

/**
 * Jeugdwet art. 7.1.1.2 and 7.1.3.1: who may report to the Verwijsindex (an official of a designated
 * category, with written agreements with the college, designated by the institution). Which primary-school
 * functions the Besluit Jeugdwet designates is not confirmed.
 *
 * @example
 * ```ts
 * import { JEUGDWET_MELDINGSBEVOEGD } from '@schoolveiligheid/meldcode';
 * JEUGDWET_MELDINGSBEVOEGD.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const JEUGDWET_MELDINGSBEVOEGD: Bron = /* @__PURE__ */ bron('besluit-jeugdwet', {
  titel: 'Besluit Jeugdwet (aangewezen categorieën meldingsbevoegden; Jeugdwet art. 7.1.1.2 en 7.1.3.1)',
  zekerheid: 'onbevestigd',
  toelichting:
    'Het onderwijs is een domein; welke functies in het primair onderwijs zijn aangewezen is niet nagelezen. Gebruik de afspraken met de gemeente.',
});

/**
 * Jeugdwet art. 7.1.4.1 (2026-01-01): reporting without consent on a reasonable suspicion of one of the risks
 * (a) to (l).
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_4_1 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_4_1.artikel; //=> 'art. 7.1.4.1'
 * ```
 */
export const JEUGDWET_7_1_4_1: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.4.1',
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.4.1',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.4.3 (2026-01-01): a melding holds only the BSN, the reporter's identity and contact
 * details, the date and time, and the planned removal date; a signal only the reporter's details.
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_4_3 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_4_3.artikel; //=> 'art. 7.1.4.3'
 * ```
 */
export const JEUGDWET_7_1_4_3: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.4.3',
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.4.3',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.4.5 lid 1 (2026-01-01): the reporter removes a melding that was unjustified or whose risk
 * is gone.
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_4_5_LID_1 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_4_5_LID_1.artikel; //=> 'art. 7.1.4.5 lid 1'
 * ```
 */
export const JEUGDWET_7_1_4_5_LID_1: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.4.5',
  lid: 1,
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.4.5',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.4.5 lid 2 (2026-01-01): a melding is removed at the latest two years after it was made,
 * from the day the jeugdige turns 23, and as soon as possible after death.
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_4_5_LID_2 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_4_5_LID_2.lid; //=> 2
 * ```
 */
export const JEUGDWET_7_1_4_5_LID_2: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.4.5',
  lid: 2,
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.4.5',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.4.6 (2026-01-01): the historisch meldingenarchief: five years for a melding removed because
 * the risk ended or the two years passed, destroyed at 23 or death; a one-time signal to a new reporter.
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_4_6 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_4_6.artikel; //=> 'art. 7.1.4.6'
 * ```
 */
export const JEUGDWET_7_1_4_6: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.4.6',
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.4.6',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.2.3 lid 1 onder c-e: a signal goes to the reporters when two or more meldingen concern the
 * same jeugdige, jeugdigen with the same BRP home address, or jeugdigen with a common parent.
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_2_3 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_2_3.artikel; //=> 'art. 7.1.2.3 lid 1'
 * ```
 */
export const JEUGDWET_7_1_2_3: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.2.3',
  lid: 1,
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.2.3',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.3.2: the college sees to it that reporters who received a signal contacted each other
 * (the matchregisseur).
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_3_2 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_3_2.artikel; //=> 'art. 7.1.3.2'
 * ```
 */
export const JEUGDWET_7_1_3_2: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.3.2',
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.3.2',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.5.1 (2026-01-01): the AVG art. 14 notice goes to the representative under 12, to both
 * from 12 to 16; AVG requests under 12 by the representative, from 12 to 16 jointly.
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_5_1 } from '@schoolveiligheid/meldcode';
 * JEUGDWET_7_1_5_1.artikel; //=> 'art. 7.1.5.1'
 * ```
 */
export const JEUGDWET_7_1_5_1: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.5.1',
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.5.1',
  zekerheid: 'wettekst',
});

/**
 * UAVG art. 5 lid 3 (2021-07-01): until 31 August 2026 the representative exercises the rights of a data subject
 * under 16.
 *
 * @example
 * ```ts
 * import { UAVG_5_TOT_2026 } from '@schoolveiligheid/meldcode';
 * UAVG_5_TOT_2026.versie; //=> '2021-07-01'
 * ```
 */
export const UAVG_5_TOT_2026: Bron = /* @__PURE__ */ bron('uavg', {
  artikel: '5',
  lid: 3,
  versie: '2021-07-01',
  zekerheid: 'wettekst',
});

/**
 * UAVG art. 5 lid 3-6 (2026-09-01): from 12 to 16 the child exercises its AVG rights itself and the
 * representative also; under 12 the representative.
 *
 * @example
 * ```ts
 * import { UAVG_5_VANAF_2026 } from '@schoolveiligheid/meldcode';
 * UAVG_5_VANAF_2026.versie; //=> '2026-09-01'
 * ```
 */
export const UAVG_5_VANAF_2026: Bron = /* @__PURE__ */ bron('uavg', {
  artikel: '5',
  lid: '3-6',
  versie: '2026-09-01',
  zekerheid: 'wettekst',
});

/**
 * Which prevails for Verwijsindex data from 2026-09-01: Jeugdwet 7.1.5.1 lid 2 (12 to 16 jointly) as the
 * specific rule, against UAVG art. 5 (child or representative). The SDK follows the Jeugdwet and reports the
 * difference: an interpretation, the open question flagged.
 *
 * @example
 * ```ts
 * import { VOORRANG_JEUGDWET } from '@schoolveiligheid/meldcode';
 * VOORRANG_JEUGDWET.zekerheid; //=> 'interpretatie'
 * ```
 */
export const VOORRANG_JEUGDWET: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.5.1',
  lid: 2,
  versie: '2026-01-01',
  url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01#Artikel7.1.5.1',
  zekerheid: 'interpretatie',
  toelichting:
    'Open vraag: gaat Jeugdwet 7.1.5.1 lid 2 (gezamenlijk) als bijzondere regel voor op UAVG art. 5 (2026-09-01: jeugdige of vertegenwoordiger)? De SDK volgt de Jeugdwet en meldt het verschil.',
});

/**
 * How the SDK counts an age and a term in years: calendar months, a birthday on 29 February falling on
 * 28 February in a year without one (as kern's plusMaanden clamps). The Wet berekening leeftijden was not read.
 *
 * @example
 * ```ts
 * import { LEEFTIJD_TELLING } from '@schoolveiligheid/meldcode';
 * LEEFTIJD_TELLING.zekerheid; //=> 'interpretatie'
 * ```
 */
export const LEEFTIJD_TELLING: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.4.5',
  lid: 2,
  versie: '2026-01-01',
  zekerheid: 'interpretatie',
  toelichting:
    'Leeftijden en jaren worden in kalendermaanden geteld; wie op 29 februari is geboren wordt in een gewoon jaar op 28 februari een jaar ouder (niet nagelezen in de Wet berekening leeftijden).',
});

/**
 * The two seeds: the 2018 veiligheidsplan (chapter "Huiselijk geweld en kindermishandeling", the Verwijsindex,
 * Bijlagen 30 and 31), the source of {@link SEED_2018_BELEID}.
 *
 * @example
 * ```ts
 * import { SEED_2018 } from '@schoolveiligheid/meldcode';
 * SEED_2018.zekerheid; //=> 'secundair'
 * ```
 */
export const SEED_2018: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Huiselijk geweld en kindermishandeling; De Verwijsindex; Bijlagen 30-31',
  zekerheid: 'secundair',
});

/**
 * The seeds' exception: when talking with the parents could endanger the pupil (concrete indications,
 * eergerelateerd geweld, disclosure) the talk is skipped and the aandachtsfunctionaris contacts Veilig Thuis
 * directly (veiligheidsplan "Zorggesprekken bij signalen van huiselijk geweld en kindermishandeling").
 *
 * @example
 * ```ts
 * import { SEED_GEVAARROUTE } from '@schoolveiligheid/meldcode';
 * SEED_GEVAARROUTE.wet; //=> 'seed-2018'
 * ```
 */
export const SEED_GEVAARROUTE: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel:
    'Zorggesprekken bij signalen van huiselijk geweld en kindermishandeling; Eergerelateerd geweld; Disclosure',
  zekerheid: 'secundair',
});

/**
 * The seed's onderwijs route beside the five steps: signaleren, collegiale consultatie, weging in het
 * ondersteuningsteam, beslissen, volgen, with "in gesprek met ouders" at every step.
 *
 * @example
 * ```ts
 * import { SEED_ONDERWIJSROUTE } from '@schoolveiligheid/meldcode';
 * SEED_ONDERWIJSROUTE.wet; //=> 'seed-2018'
 * ```
 */
export const SEED_ONDERWIJSROUTE: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Stappen in de ondersteuningsroute (stap 1-5)',
  zekerheid: 'secundair',
});

/**
 * PO-Raad sector guidance on the retention of the leerlingdossier: 2 years after the pupil leaves (originally the
 * Vrijstellingsbesluit Wbp; no current statutory article). An archived meldcode signal is part of that file.
 *
 * @example
 * ```ts
 * import { PORAAD_BEWAARTERMIJNEN } from '@schoolveiligheid/meldcode';
 * PORAAD_BEWAARTERMIJNEN.zekerheid; //=> 'secundair'
 * ```
 */
export const PORAAD_BEWAARTERMIJNEN: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'PO-Raad: bewaartermijnen leerlingdossiers (sectorrichtlijn)',
  url: 'https://www.poraad.nl/veelgestelde-vragen/wat-zijn-de-bewaartermijnen-mbt-leerlingdossiers-en-dan-meer-specifiek-de',
  zekerheid: 'secundair',
  toelichting:
    'Sectorrichtlijn, oorspronkelijk uit het Vrijstellingsbesluit Wbp; geen huidig wetsartikel. Dezelfde termijn als privacy.bewaren.leerlingdossier.',
});
