import type { Bron } from '@schoolveiligheid/kern';

const WPO_URL = 'https://wetten.overheid.nl/BWBR0003420/2026-08-01';
const AWB_URL = 'https://wetten.overheid.nl/BWBR0005537/2026-01-01';

const wpo = (artikel: string, anker: string, extra: Partial<Bron> = {}): Bron => ({
  titel: 'Wet op het primair onderwijs',
  artikel,
  bwb: 'BWBR0003420',
  url: `${WPO_URL}#${anker}`,
  zekerheid: 'wettekst',
  ...extra,
});

/** WPO art. 40c lid 1: a schorsing with reasons, for at most one week. */
export const WPO_40C_LID_1: Bron = /* @__PURE__ */ wpo('40c lid 1', 'Artikel40c');

/** WPO art. 40c lid 2: the schorsing decision is made known to the parents in writing. */
export const WPO_40C_LID_2: Bron = /* @__PURE__ */ wpo('40c lid 2', 'Artikel40c');

/** WPO art. 40c lid 3: a schorsing of more than one day is reported to the inspectie, in writing, with reasons. */
export const WPO_40C_LID_3: Bron = /* @__PURE__ */ wpo('40c lid 3', 'Artikel40c');

/**
 * The SDK's reading of "ten hoogste een week" (WPO 40c lid 1) in school days: a documented interpretation.
 */
export const WPO_40C_WEEK_LEZING: Bron = /* @__PURE__ */ wpo('40c lid 1', 'Artikel40c', {
  zekerheid: 'interpretatie',
  toelichting:
    'De wet zegt niet of "een week" 7 kalenderdagen of 5 schooldagen is. De SDK leest een week als ten hoogste 5 schooldagen ' +
    '(één volle schoolweek van maandag tot en met vrijdag) op de kalender van de school, zoals het veiligheidsplan van 2018. ' +
    'Overspant de schorsing een vakantie of vrije dag, dan geeft de SDK een waarschuwing: bij de lezing "7 kalenderdagen" zou zij te lang zijn.',
});

/** Why a schorsing is never extended by the Algemene termijnenwet: it is the duration of a measure, not a term. */
export const SCHORSING_GEEN_ATW: Bron = /* @__PURE__ */ wpo('40c lid 1', 'Artikel40c', {
  zekerheid: 'interpretatie',
  toelichting:
    'De duur van een schorsing is de duur van een maatregel, geen termijn om iets te doen; de Algemene termijnenwet verlengt haar dus niet.',
});

/**
 * "Onverwijld" (WPO 40c lid 3) has no number; the SDK signals after one working day from the decision.
 */
export const WPO_40C_LID_3_ONVERWIJLD: Bron = /* @__PURE__ */ wpo('40c lid 3', 'Artikel40c', {
  zekerheid: 'interpretatie',
  toelichting:
    '"Onverwijld" kent geen aantal dagen. De SDK toont als signaaltermijn één werkdag na het besluit; dat is een grens om te bewaken, ' +
    'geen wettelijke termijn, en de wet kan eerder handelen vragen. De tekst van 2018 had het woord "onverwijld" niet; wanneer het is ingevoegd is niet bevestigd.',
});

/** WPO art. 40 lid 11: hearing, and a definitive verwijdering only once another school is willing to admit the pupil. */
export const WPO_40_LID_11: Bron = /* @__PURE__ */ wpo('40 lid 11', 'Artikel40');

/** WPO art. 40 lid 12: an openbare school decides on bezwaar against a verwijdering within 4 weeks after the bezwaartermijn. */
export const WPO_40_LID_12: Bron = /* @__PURE__ */ wpo('40 lid 12', 'Artikel40');

/** WPO art. 43: the Geschillencommissie passend onderwijs gives its oordeel within 10 weeks; the bezwaar decision waits. */
export const WPO_43: Bron = /* @__PURE__ */ wpo('43 lid 2-4', 'Artikel43', {
  toelichting:
    'In de wet heet zij de landelijke commissie voor geschillen; in de praktijk de Geschillencommissie passend onderwijs.',
});

/** WPO art. 43: how the SDK counts the suspension of the decision term (a documented interpretation). */
export const WPO_43_OPSCHORTING: Bron = /* @__PURE__ */ wpo('43 lid 4', 'Artikel43', {
  zekerheid: 'interpretatie',
  toelichting:
    'De beslistermijn wordt opgeschort vanaf de dag waarop het geschil is voorgelegd tot de dag van het oordeel. De SDK telt de ' +
    'kalenderdagen van die periode die binnen de lopende beslistermijn vallen en schuift het einde evenveel dagen op; daarna past hij de Atw opnieuw toe.',
});

/** WPO art. 63 lid 2: bijzondere school, bezwaar against a verwijdering within 6 weeks after the mededeling. */
export const WPO_63_LID_2: Bron = /* @__PURE__ */ wpo('63 lid 2', 'Artikel63');

/** WPO art. 63 lid 3: bijzondere school, hear the parents and decide within 4 weeks after receipt of the bezwaar. */
export const WPO_63_LID_3: Bron = /* @__PURE__ */ wpo('63 lid 3', 'Artikel63');

/** Awb art. 6:7: the bezwaartermijn is 6 weeks. */
export const AWB_6_7: Bron = {
  titel: 'Algemene wet bestuursrecht',
  artikel: 'art. 6:7',
  bwb: 'BWBR0005537',
  url: `${AWB_URL}#Hoofdstuk6`,
  zekerheid: 'wettekst',
};

/** Awb art. 6:8 lid 1: the bezwaartermijn starts the day after the decision was made known (bekendmaking). */
export const AWB_6_8_BEKENDMAKING: Bron = { ...AWB_6_7, artikel: 'art. 6:8 lid 1' };

/** Awb art. 6:9: a bezwaar is on time when received before the end of the term, or posted before the end and received within a week after it. */
export const AWB_6_9: Bron = {
  ...AWB_6_7,
  artikel: 'art. 6:9',
  toelichting:
    'Ontvangen vóór het einde van de termijn, of per post vóór het einde verzonden en uiterlijk een week na afloop ontvangen. Die week telt de SDK als 7 kalenderdagen, zonder verlenging door de Atw (interpretatie).',
};

/** Awb art. 6:11: no inadmissibility for a late bezwaar when the filer cannot reasonably be held in default. */
export const AWB_6_11: Bron = {
  ...AWB_6_7,
  artikel: 'art. 6:11',
  toelichting:
    'Verschoonbare termijnoverschrijding: dat weegt het bevoegd gezag zelf; de SDK beslist het niet.',
};

/** A bijzondere school's board is no bestuursorgaan: the Awb posting rule does not apply to a WPO 63 bezwaar. */
export const WPO_63_ONTVANGST: Bron = /* @__PURE__ */ wpo('63 lid 2', 'Artikel63', {
  zekerheid: 'interpretatie',
  toelichting:
    'WPO 63 regelt de bezwaartermijn maar niet de tijdigheid; de Awb (6:9, 6:11) geldt niet voor het bestuur van een bijzondere school. De SDK telt daarom alleen de ontvangst.',
});

/** Awb art. 7:10 lid 1: decision on bezwaar within 6 weeks after the end of the bezwaartermijn. */
export const AWB_7_10: Bron = { ...AWB_6_7, artikel: 'art. 7:10 lid 1', url: `${AWB_URL}#Hoofdstuk7` };

/** Awb art. 7:10 lid 1: 12 weeks instead of 6 when an advisory committee (art. 7:13) hears the bezwaar. */
export const AWB_7_10_COMMISSIE: Bron = {
  ...AWB_7_10,
  toelichting: 'Zes weken, of twaalf weken als een adviescommissie als bedoeld in art. 7:13 is ingesteld.',
};

/** Awb art. 7:10 lid 3: the board may adjourn its decision by at most 6 weeks, in writing. */
export const AWB_7_10_LID_3: Bron = {
  ...AWB_7_10,
  artikel: 'art. 7:10 lid 3',
  toelichting:
    'Verdaging met ten hoogste zes weken, schriftelijk gemeld. Verder uitstel (lid 4) alleen met instemming van de indiener; dat modelleert de SDK niet.',
};

/** Awb art. 7:2: hear the interested parties before deciding on a bezwaar (not re-read for this package). */
export const AWB_7_2: Bron = {
  ...AWB_6_7,
  artikel: 'art. 7:2',
  url: `${AWB_URL}#Hoofdstuk7`,
  zekerheid: 'onbevestigd',
  toelichting:
    'De hoorplicht in bezwaar is algemeen bekend, maar het artikel is voor dit pakket niet opnieuw nagelezen.',
};

/** Openbaar vs bijzonder: a schorsing by an openbare school is an Awb besluit; a bijzondere school has no statutory bezwaar. */
export const RECHTSMIDDEL_SCHORSING: Bron = {
  titel: 'Onderwijsgeschillen, overzicht rechtsbescherming; WPO 40 lid 12 (Awb 7:10 voor de openbare school)',
  url: 'https://www.onderwijsgeschillen.nl',
  zekerheid: 'secundair',
  toelichting:
    'Openbare school: het bevoegd gezag is een bestuursorgaan, dus bezwaar volgens de Awb. Bijzondere school: privaatrecht; tegen een schorsing ' +
    'staat geen wettelijk bezwaar open (WPO 63 geldt alleen voor art. 40-besluiten), dus de civiele rechter. Dat laatste is een interpretatie uit het ontbreken van een regeling.',
};

/** The GPO filing term of 6 weeks: the commission's procedure, not a statute (no Atw). */
export const GPO_PROCEDURE: Bron = {
  titel: 'Geschillencommissie passend onderwijs, procedure',
  url: 'https://www.onderwijsgeschillen.nl/commissie/geschillencommissie-passend-onderwijs-gpo/procedure',
  zekerheid: 'secundair',
  toelichting:
    'Termijn uit het reglement van de commissie, geen wet: de Algemene termijnenwet verlengt hem niet. Te laat indienen kan met redenen.',
};

/** No WPO provision found for telling the leerplichtambtenaar about a schorsing or verwijdering. */
export const LEERPLICHT_ONBEVESTIGD: Bron = {
  titel: 'Wet op het primair onderwijs',
  artikel: '40, 40c',
  bwb: 'BWBR0003420',
  zekerheid: 'onbevestigd',
  toelichting:
    'Geen wettelijke plicht gevonden om de leerplichtambtenaar te informeren; regionale bronnen noemen er wel een. Niet bevestigd; veel schoolbeleid doet het wel.',
};

/** The seed school safety plan of 2018, section E.2 "Schorsing en verwijdering". */
export const SEED_2018: Bron = {
  titel: 'Veiligheidsplan 2018 (seed)',
  artikel: 'E.2 Schorsing en verwijdering',
  zekerheid: 'secundair',
  toelichting: 'Schoolbeleid, geen wet: het voorbeeld-veiligheidsplan waarop het SDK-preset is gebaseerd.',
};

/** A section of the seed plan as a source. */
export function seedBron(artikel: string): Bron {
  return { ...SEED_2018, artikel };
}
