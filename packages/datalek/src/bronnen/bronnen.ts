import type { Bron } from '@schoolveiligheid/kern';

const AVG_URL = 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679';
const AVG_TITEL = 'Algemene verordening gegevensbescherming (EU) 2016/679';

function avg(artikel: string, toelichting?: string): Bron {
  return {
    titel: AVG_TITEL,
    artikel,
    url: AVG_URL,
    zekerheid: 'secundair',
    ...(toelichting ? { toelichting } : {}),
  };
}

/** AVG art. 4 onder 12: the definition of a personal data breach (inbreuk in verband met persoonsgegevens). */
export const AVG_4_12: Bron = /* @__PURE__ */ avg(
  'art. 4 onder 12',
  'Een inbreuk op de beveiliging die leidt tot vernietiging, verlies, wijziging of ongeoorloofde verstrekking van of toegang tot persoonsgegevens.',
);

/** AVG art. 33 lid 1: report to the AP within 72 hours unless the breach is unlikely to result in a risk. */
export const AVG_33_1: Bron = /* @__PURE__ */ avg('art. 33 lid 1');

/** AVG art. 33 lid 3: minimum content of the report to the AP. */
export const AVG_33_3: Bron = /* @__PURE__ */ avg('art. 33 lid 3');

/** AVG art. 33 lid 4: information may be provided in phases. */
export const AVG_33_4: Bron = /* @__PURE__ */ avg('art. 33 lid 4');

/** AVG art. 33 lid 5: document every breach, reported or not. */
export const AVG_33_5: Bron = /* @__PURE__ */ avg('art. 33 lid 5');

/** AVG art. 34 lid 1: inform data subjects without undue delay when the risk is high. */
export const AVG_34_1: Bron = /* @__PURE__ */ avg('art. 34 lid 1');

/** AVG art. 34 lid 2: the message to data subjects, in clear and plain language, with the art. 33(3) b-d content. */
export const AVG_34_2: Bron = /* @__PURE__ */ avg('art. 34 lid 2');

/** AVG art. 34 lid 3 onder a: data unintelligible to others (encryption) - no message to data subjects. */
export const AVG_34_3_A: Bron = /* @__PURE__ */ avg('art. 34 lid 3 onder a');

/** AVG art. 34 lid 3 onder b: follow-up measures removed the high risk - no message to data subjects. */
export const AVG_34_3_B: Bron = /* @__PURE__ */ avg('art. 34 lid 3 onder b');

/** AVG art. 34 lid 3 onder c: disproportionate effort - a public communication instead. */
export const AVG_34_3_C: Bron = /* @__PURE__ */ avg('art. 34 lid 3 onder c');

/** AP guidance "Datalek wel of niet melden": when a report is not needed, and "in doubt, report". */
export const AP_WEL_OF_NIET_MELDEN: Bron = {
  titel: 'Autoriteit Persoonsgegevens, Datalek wel of niet melden',
  url: 'https://autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/datalek-wel-of-niet-melden',
  zekerheid: 'secundair',
  toelichting:
    'Niet melden hoeft alleen als het datalek waarschijnlijk geen risico oplevert, bijvoorbeeld goed versleutelde gegevens met een veilige sleutel en een recente back-up, of een betrouwbare verkeerde ontvanger. Bij twijfel: melden.',
};

/** AP guidance "Zo meldt u een datalek": the online form, phased reporting. */
export const AP_ZO_MELDT_U: Bron = {
  titel: 'Autoriteit Persoonsgegevens, Zo meldt u een datalek',
  url: 'https://www.autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/zo-meldt-u-een-datalek',
  zekerheid: 'secundair',
};

/** EDPB Guidelines 9/2022 on personal data breach notification: when a controller becomes "aware". */
export const EDPB_9_2022_BEWUST: Bron = {
  titel: 'EDPB Guidelines 9/2022 on personal data breach notification under GDPR',
  artikel: 'par. II.A.2',
  zekerheid: 'interpretatie',
  toelichting:
    'De verwerkingsverantwoordelijke is zich bewust van een datalek als hij redelijke zekerheid heeft dat persoonsgegevens zijn getroffen. De SDK laat de 72 uur conservatief lopen vanaf de ontdekking door een medewerker van de school.',
};

/** EDPB Guidelines 01/2021 on examples regarding personal data breach notification. */
export const EDPB_01_2021: Bron = {
  titel: 'EDPB Guidelines 01/2021 on examples regarding personal data breach notification',
  zekerheid: 'secundair',
};

/** The interpretation choices of this package where the AVG gives no number or rule. */
export const INTERPRETATIE_RISICO: Bron = {
  titel: 'Schoolveiligheid SDK, risicobeoordeling datalek',
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG noemt geen drempels. De SDK kiest, in lijn met EDPB 01/2021 en de AP: onbeschikbaarheid tot 24 uur met back-up is geen risico; gevoelige gegevens, of kwetsbare betrokkenen samen met aanwijzingen voor misbruik, maken het risico hoog.',
};

/** Wbp art. 34a (2016 - 25 May 2018): the former meldplicht datalekken. */
export const WBP_34A: Bron = {
  titel: 'Wet bescherming persoonsgegevens',
  artikel: 'art. 34a',
  bwb: 'BWBR0011468',
  url: 'https://wetten.overheid.nl/BWBR0011468/2016-01-01#Hoofdstuk2_Paragraaf8_Artikel34a',
  zekerheid: 'secundair',
  toelichting: 'Vervallen op 25 mei 2018 (AVG). Drempel: aanzienlijke kans op ernstige nadelige gevolgen.',
};

/** AP Beleidsregels meldplicht datalekken (Wbp), expired with the AVG on 25 May 2018. */
export const WBP_BELEIDSREGELS: Bron = {
  titel: 'Beleidsregels meldplicht datalekken (Wbp)',
  bwb: 'BWBR0037346',
  url: 'https://wetten.overheid.nl/BWBR0037346/2015-12-16',
  zekerheid: 'onbevestigd',
  toelichting:
    'Materieel vervallen op 25 mei 2018. De precieze 72-uurformulering van de beleidsregels is niet opnieuw nagelezen.',
};

const SEED = 'Veiligheidsplan 2018 (seed), C.6 Procedure melden datalekken';

/** A section of the seed's "Procedure melden datalekken" (veiligheidsplan 2018, part C.6). */
export function seedBron(artikel: string, toelichting?: string): Bron {
  return { titel: SEED, artikel, zekerheid: 'secundair', ...(toelichting ? { toelichting } : {}) };
}
