import { type Bron, bron } from '@schoolveiligheid/kern';

// The sources of this package, declared once each with kern's `bron(wet, vindplaats)`. AVG texts: Regulation
// (EU) 2016/679 (CELEX 32016R0679); UAVG texts read in the consolidations of 2021-07-01 and 2026-09-01
// (BWBR0040940).

/**
 * AVG art. 12 lid 3: a request under arts. 15 to 22 is answered without undue delay and at the latest within one
 * month of receipt; extendable by two further months, the data subject informed within the first month with
 * the reasons.
 *
 * @example
 * ```ts
 * import { AVG_12_3 } from '@schoolveiligheid/privacy';
 * AVG_12_3.artikel; //=> 'art. 12 lid 3'
 * ```
 */
export const AVG_12_3: Bron = /* @__PURE__ */ bron('avg', { artikel: '12', lid: 3, zekerheid: 'wettekst' });

/**
 * AVG art. 12 lid 5: information and actions under arts. 15 to 22 are free of charge; for manifestly unfounded or
 * excessive requests a reasonable fee may be charged or the request refused.
 *
 * @example
 * ```ts
 * import { AVG_12_5 } from '@schoolveiligheid/privacy';
 * AVG_12_5.lid; //=> 5
 * ```
 */
export const AVG_12_5: Bron = /* @__PURE__ */ bron('avg', { artikel: '12', lid: 5, zekerheid: 'wettekst' });

/**
 * AVG art. 15 lid 3: the first copy is free; for further copies a reasonable fee based on administrative costs.
 *
 * @example
 * ```ts
 * import { AVG_15_3 } from '@schoolveiligheid/privacy';
 * AVG_15_3.artikel; //=> 'art. 15 lid 3'
 * ```
 */
export const AVG_15_3: Bron = /* @__PURE__ */ bron('avg', { artikel: '15', lid: 3, zekerheid: 'wettekst' });

/**
 * AVG art. 5 lid 1 onder b en c: doelbinding and dataminimalisatie.
 *
 * @example
 * ```ts
 * import { AVG_5_1 } from '@schoolveiligheid/privacy';
 * AVG_5_1.artikel; //=> 'art. 5 lid 1 onder b en c'
 * ```
 */
export const AVG_5_1: Bron = /* @__PURE__ */ bron('avg', {
  artikel: '5',
  lid: 1,
  onder: 'b en c',
  zekerheid: 'wettekst',
});

/**
 * AVG art. 6 lid 1: the lawful bases (a consent, b contract, c legal obligation, e public task, f legitimate
 * interest; f does not apply to public authorities in the performance of their tasks).
 *
 * @example
 * ```ts
 * import { AVG_6_1 } from '@schoolveiligheid/privacy';
 * AVG_6_1.artikel; //=> 'art. 6 lid 1'
 * ```
 */
export const AVG_6_1: Bron = /* @__PURE__ */ bron('avg', { artikel: '6', lid: 1, zekerheid: 'wettekst' });

/**
 * AVG art. 7 lid 3: consent may be withdrawn at any time; withdrawal does not affect earlier processing.
 *
 * @example
 * ```ts
 * import { AVG_7_3 } from '@schoolveiligheid/privacy';
 * AVG_7_3.artikel; //=> 'art. 7 lid 3'
 * ```
 */
export const AVG_7_3: Bron = /* @__PURE__ */ bron('avg', { artikel: '7', lid: 3, zekerheid: 'wettekst' });

/**
 * AVG art. 9 lid 1: special categories (health, religion) may only be processed under an exception of lid 2.
 *
 * @example
 * ```ts
 * import { AVG_9 } from '@schoolveiligheid/privacy';
 * AVG_9.artikel; //=> 'art. 9 lid 1'
 * ```
 */
export const AVG_9: Bron = /* @__PURE__ */ bron('avg', { artikel: '9', lid: 1, zekerheid: 'wettekst' });

/**
 * AVG art. 13: the data subject is informed when the data are collected, including the recipients.
 *
 * @example
 * ```ts
 * import { AVG_13 } from '@schoolveiligheid/privacy';
 * AVG_13.artikel; //=> 'art. 13'
 * ```
 */
export const AVG_13: Bron = /* @__PURE__ */ bron('avg', { artikel: '13', zekerheid: 'wettekst' });

/**
 * AVG art. 32 (and art. 5 lid 2, accountability): access control and logging that make every view traceable to
 * one natural person. The logging duty is the sector's reading of art. 32 (interpretation).
 *
 * @example
 * ```ts
 * import { AVG_32 } from '@schoolveiligheid/privacy';
 * AVG_32.zekerheid; //=> 'interpretatie'
 * ```
 */
export const AVG_32: Bron = /* @__PURE__ */ bron('avg', {
  artikel: '32',
  zekerheid: 'interpretatie',
  toelichting:
    'Art. 32 noemt geen logplicht met zoveel woorden; herleidbaarheid tot één persoon is de lezing van de sector (Magister, AP).',
});

/**
 * AVG art. 5 lid 1 onder e: opslagbeperking: no longer than necessary for the purposes.
 *
 * @example
 * ```ts
 * import { AVG_5_1_E } from '@schoolveiligheid/privacy';
 * AVG_5_1_E.artikel; //=> 'art. 5 lid 1 onder e'
 * ```
 */
export const AVG_5_1_E: Bron = /* @__PURE__ */ bron('avg', {
  artikel: '5',
  lid: 1,
  onder: 'e',
  zekerheid: 'wettekst',
});

/**
 * UAVG art. 5 lid 1 (consolidation 2021-07-01, unchanged on 2026-09-01): below 16 the wettelijk vertegenwoordiger
 * consents instead of the data subject.
 *
 * @example
 * ```ts
 * import { UAVG_5_1 } from '@schoolveiligheid/privacy';
 * UAVG_5_1.url; //=> 'https://wetten.overheid.nl/BWBR0040940/2026-09-01#Artikel5'
 * ```
 */
export const UAVG_5_1: Bron = /* @__PURE__ */ bron('uavg', {
  artikel: '5',
  lid: 1,
  versie: '2026-09-01',
  zekerheid: 'wettekst',
});

/**
 * UAVG art. 5 lid 3 en 4 as in force until 2026-08-31 (consolidation 2021-07-01): consent withdrawn and the
 * rights of ch. III exercised by the wettelijk vertegenwoordiger of a data subject under 16.
 *
 * @example
 * ```ts
 * import { UAVG_5_OUD } from '@schoolveiligheid/privacy';
 * UAVG_5_OUD.versie; //=> '2021-07-01'
 * ```
 */
export const UAVG_5_OUD: Bron = /* @__PURE__ */ bron('uavg', {
  artikel: '5',
  lid: '3 en 4',
  versie: '2021-07-01',
  zekerheid: 'wettekst',
});

/**
 * UAVG art. 5 lid 3 onder b (from 2026-09-01): a data subject of 12 or older may withdraw consent.
 *
 * @example
 * ```ts
 * import { UAVG_5_3 } from '@schoolveiligheid/privacy';
 * UAVG_5_3.artikel; //=> 'art. 5 lid 3 onder b'
 * ```
 */
export const UAVG_5_3: Bron = /* @__PURE__ */ bron('uavg', {
  artikel: '5',
  lid: 3,
  onder: 'b',
  versie: '2026-09-01',
  zekerheid: 'wettekst',
});

/**
 * UAVG art. 5 lid 4 (from 2026-09-01): under 12 the representative exercises the rights; from 12 to 16 the
 * data subject and also the representative.
 *
 * @example
 * ```ts
 * import { UAVG_5_4 } from '@schoolveiligheid/privacy';
 * UAVG_5_4.artikel; //=> 'art. 5 lid 4'
 * ```
 */
export const UAVG_5_4: Bron = /* @__PURE__ */ bron('uavg', {
  artikel: '5',
  lid: 4,
  versie: '2026-09-01',
  zekerheid: 'wettekst',
});

/**
 * Jeugdwet art. 7.1.5.1 lid 2: for Verwijsindex data a request of a 12-to-15-year-old is made by the child and
 * the representative together. Its precedence over UAVG art. 5 lid 4 onder b is an interpretation.
 *
 * @example
 * ```ts
 * import { JEUGDWET_7_1_5_1 } from '@schoolveiligheid/privacy';
 * JEUGDWET_7_1_5_1.zekerheid; //=> 'interpretatie'
 * ```
 */
export const JEUGDWET_7_1_5_1: Bron = /* @__PURE__ */ bron('jeugdwet', {
  artikel: '7.1.5.1',
  lid: 2,
  zekerheid: 'interpretatie',
  toelichting:
    'Lex specialis voor de Verwijsindex; de voorrang boven UAVG art. 5 lid 4 onder b is een interpretatie.',
});

/**
 * WPO art. 40b: the leerlingadministratie (name, date of birth, BSN or onderwijsnummer): a legal obligation.
 *
 * @example
 * ```ts
 * import { WPO_40B } from '@schoolveiligheid/privacy';
 * WPO_40B.artikel; //=> 'art. 40b'
 * ```
 */
export const WPO_40B: Bron = /* @__PURE__ */ bron('wpo', { artikel: '40b', zekerheid: 'wettekst' });

/**
 * WPO art. 42 lid 1: the onderwijskundig rapport for the receiving school, with a copy to the parents.
 *
 * @example
 * ```ts
 * import { WPO_42 } from '@schoolveiligheid/privacy';
 * WPO_42.artikel; //=> 'art. 42 lid 1'
 * ```
 */
export const WPO_42: Bron = /* @__PURE__ */ bron('wpo', { artikel: '42', lid: 1, zekerheid: 'wettekst' });

/**
 * PO-Raad guidance on retention: leerlingdossier 2 years after leaving, administration and absence 5 years after
 * uitschrijving, pupils referred to speciaal onderwijs 3 years. Kern's WETTEN has no PO-Raad entry, so the
 * source is filed under Rijksoverheid's sector guidance with the PO-Raad page as its link (see the README).
 *
 * @example
 * ```ts
 * import { PORAAD_BEWAARTERMIJNEN } from '@schoolveiligheid/privacy';
 * PORAAD_BEWAARTERMIJNEN.zekerheid; //=> 'secundair'
 * ```
 */
export const PORAAD_BEWAARTERMIJNEN: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'PO-Raad: bewaartermijnen leerlingdossiers (sectorrichtlijn)',
  zekerheid: 'secundair',
  url: 'https://www.poraad.nl/veelgestelde-vragen/wat-zijn-de-bewaartermijnen-mbt-leerlingdossiers-en-dan-meer-specifiek-de',
  toelichting: 'Sectorrichtlijn, oorspronkelijk uit het Vrijstellingsbesluit Wbp; geen huidig wetsartikel.',
});

/**
 * The 5 years for in- and uitschrijving and verzuim: "required by other legislation" per the PO-Raad; the
 * article is not verified.
 *
 * @example
 * ```ts
 * import { BEWAREN_ADMINISTRATIE_ONBEVESTIGD } from '@schoolveiligheid/privacy';
 * BEWAREN_ADMINISTRATIE_ONBEVESTIGD.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const BEWAREN_ADMINISTRATIE_ONBEVESTIGD: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'PO-Raad: bewaartermijn in- en uitschrijving en verzuim (5 jaar)',
  zekerheid: 'onbevestigd',
  url: 'https://www.poraad.nl/veelgestelde-vragen/wat-zijn-de-bewaartermijnen-mbt-leerlingdossiers-en-dan-meer-specifiek-de',
  toelichting: 'Volgens de PO-Raad vereist door "andere wetgeving"; het wetsartikel is niet geverifieerd.',
});

/**
 * The 3 years for pupils referred to speciaal onderwijs: traces to the old WPO art. 23 lid 8 (PCL decisions),
 * abolished with passend onderwijs in 2014; kept as sector guidance, flagged.
 *
 * @example
 * ```ts
 * import { BEWAREN_SO_ONBEVESTIGD } from '@schoolveiligheid/privacy';
 * BEWAREN_SO_ONBEVESTIGD.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const BEWAREN_SO_ONBEVESTIGD: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'PO-Raad: gegevens van leerlingen verwezen naar speciaal onderwijs (3 jaar)',
  zekerheid: 'onbevestigd',
  url: 'https://www.poraad.nl/veelgestelde-vragen/wat-zijn-de-bewaartermijnen-mbt-leerlingdossiers-en-dan-meer-specifiek-de',
  toelichting:
    'Herleidbaar tot het oude WPO art. 23 lid 8 (PCL-besluiten), vervallen met passend onderwijs (2014).',
});

/**
 * The 2018 seed veiligheidsplan: Privacyreglement art. 15, Verwerking leerlinggegevens (Tabel A) and Bijlagen 13,
 * 14 and 16; source of the {@link SEED_2018_BELEID} preset and of the data tables.
 *
 * @example
 * ```ts
 * import { SEED_2018 } from '@schoolveiligheid/privacy';
 * SEED_2018.zekerheid; //=> 'secundair'
 * ```
 */
export const SEED_2018: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Privacyreglement; Verwerking leerlinggegevens',
  zekerheid: 'secundair',
});

/**
 * The seed's Privacyreglement art. 15 (rights, EUR 25 fee, 4 weeks plus 4 weeks).
 *
 * @example
 * ```ts
 * import { SEED_PRIVACYREGLEMENT_15 } from '@schoolveiligheid/privacy';
 * SEED_PRIVACYREGLEMENT_15.artikel; //=> 'Privacyreglement art. 15'
 * ```
 */
export const SEED_PRIVACYREGLEMENT_15: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Privacyreglement art. 15',
  zekerheid: 'secundair',
});

/**
 * The seed's "Verwerking leerlinggegevens" (bewaartermijn, delen, informatieplicht, toegang, Tabel A).
 *
 * @example
 * ```ts
 * import { SEED_VERWERKING } from '@schoolveiligheid/privacy';
 * SEED_VERWERKING.artikel; //=> 'Verwerking leerlinggegevens'
 * ```
 */
export const SEED_VERWERKING: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Verwerking leerlinggegevens',
  zekerheid: 'secundair',
});

/**
 * The seed's Tabel A (Toegangsrechten in ParnasSys) with its footnotes.
 *
 * @example
 * ```ts
 * import { SEED_TABEL_A } from '@schoolveiligheid/privacy';
 * SEED_TABEL_A.artikel; //=> 'Verwerking leerlinggegevens, Tabel A'
 * ```
 */
export const SEED_TABEL_A: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Verwerking leerlinggegevens, Tabel A',
  zekerheid: 'secundair',
});

/**
 * The seed's Bijlage 13 (categorieën persoonsgegevens).
 *
 * @example
 * ```ts
 * import { SEED_BIJLAGE_13 } from '@schoolveiligheid/privacy';
 * SEED_BIJLAGE_13.artikel; //=> 'Bijlage 13'
 * ```
 */
export const SEED_BIJLAGE_13: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Bijlage 13',
  zekerheid: 'secundair',
});

/**
 * The seed's Bijlage 14 (verstrekking aan derden). The seed's table is cut off after "TSO".
 *
 * @example
 * ```ts
 * import { SEED_BIJLAGE_14 } from '@schoolveiligheid/privacy';
 * SEED_BIJLAGE_14.artikel; //=> 'Bijlage 14'
 * ```
 */
export const SEED_BIJLAGE_14: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Bijlage 14',
  zekerheid: 'secundair',
});
