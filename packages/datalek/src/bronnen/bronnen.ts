// Every source of this package, built with kern's one factory `bron(wet, vindplaats)`: a law's title,
// identifier and link are declared once, in kern's WETTEN.
import { type Bron, bron, type Vindplaats } from '@schoolveiligheid/kern';

/** Where in the AVG: article, lid, onder; `secundair` unless said otherwise (read via copies, not EUR-Lex). */
type AvgVindplaats = Omit<Vindplaats, 'zekerheid'> & { readonly zekerheid?: Vindplaats['zekerheid'] };

/**
 * A source in the AVG (EU) 2016/679, `secundair` by default: the text was read via copies, not EUR-Lex.
 * For the rules and tables of this package.
 */
export function avgBron(vindplaats: AvgVindplaats): Bron {
  return bron('avg', { zekerheid: 'secundair', ...vindplaats });
}

/** AVG art. 4 onder 12: the definition of a personal data breach (inbreuk in verband met persoonsgegevens). */
export const AVG_4_12: Bron = /* @__PURE__ */ avgBron({
  artikel: '4',
  onder: '12',
  toelichting:
    'Een inbreuk op de beveiliging die leidt tot vernietiging, verlies, wijziging of ongeoorloofde verstrekking van of toegang tot persoonsgegevens.',
});

/** AVG art. 33 lid 1: report to the AP within 72 hours unless the breach is unlikely to result in a risk. */
export const AVG_33_1: Bron = /* @__PURE__ */ avgBron({ artikel: '33', lid: 1 });

/** AVG art. 33 lid 3: minimum content of the report to the AP. */
export const AVG_33_3: Bron = /* @__PURE__ */ avgBron({ artikel: '33', lid: 3 });

/** AVG art. 33 lid 4: information may be provided in phases. */
export const AVG_33_4: Bron = /* @__PURE__ */ avgBron({ artikel: '33', lid: 4 });

/** AVG art. 33 lid 5: document every breach, reported or not. */
export const AVG_33_5: Bron = /* @__PURE__ */ avgBron({ artikel: '33', lid: 5 });

/** AVG art. 34 lid 1: inform data subjects without undue delay when the risk is high. */
export const AVG_34_1: Bron = /* @__PURE__ */ avgBron({ artikel: '34', lid: 1 });

/** AVG art. 34 lid 2: the message to data subjects, in clear and plain language, with the art. 33(3) b-d content. */
export const AVG_34_2: Bron = /* @__PURE__ */ avgBron({ artikel: '34', lid: 2 });

/** AVG art. 34 lid 3 onder a: data unintelligible to others (encryption) - no message to data subjects. */
export const AVG_34_3_A: Bron = /* @__PURE__ */ avgBron({ artikel: '34', lid: 3, onder: 'a' });

/** AVG art. 34 lid 3 onder b: follow-up measures removed the high risk - no message to data subjects. */
export const AVG_34_3_B: Bron = /* @__PURE__ */ avgBron({ artikel: '34', lid: 3, onder: 'b' });

/** AVG art. 34 lid 3 onder c: disproportionate effort - a public communication instead. */
export const AVG_34_3_C: Bron = /* @__PURE__ */ avgBron({ artikel: '34', lid: 3, onder: 'c' });

/** AP guidance "Datalek wel of niet melden": when a report is not needed, and "in doubt, report". */
export const AP_WEL_OF_NIET_MELDEN: Bron = /* @__PURE__ */ bron('ap', {
  titel: 'Autoriteit Persoonsgegevens, Datalek wel of niet melden',
  url: 'https://autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/datalek-wel-of-niet-melden',
  zekerheid: 'secundair',
  toelichting:
    'Niet melden hoeft alleen als het datalek waarschijnlijk geen risico oplevert, bijvoorbeeld goed versleutelde gegevens met een veilige sleutel en een recente back-up, of een betrouwbare verkeerde ontvanger. Bij twijfel: melden.',
});

/** AP guidance "Zo meldt u een datalek": the online form, phased reporting. */
export const AP_ZO_MELDT_U: Bron = /* @__PURE__ */ bron('ap', {
  titel: 'Autoriteit Persoonsgegevens, Zo meldt u een datalek',
  url: 'https://www.autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/zo-meldt-u-een-datalek',
  zekerheid: 'secundair',
});

/** EDPB Guidelines 9/2022 on personal data breach notification: when a controller becomes "aware". */
export const EDPB_9_2022_BEWUST: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 9/2022 on personal data breach notification under GDPR',
  artikel: 'par. II.A.2',
  zekerheid: 'interpretatie',
  toelichting:
    'De verwerkingsverantwoordelijke is zich bewust van een datalek als hij redelijke zekerheid heeft dat persoonsgegevens zijn getroffen. De SDK laat de 72 uur conservatief lopen vanaf de ontdekking door een medewerker van de school.',
});

/** EDPB Guidelines 01/2021 on examples regarding personal data breach notification. */
export const EDPB_01_2021: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 01/2021 on examples regarding personal data breach notification',
  zekerheid: 'secundair',
});

/**
 * The interpretation choices of this package where the AVG gives no number or rule: the open norms "risico"
 * (art. 33 lid 1) and "hoog risico" (art. 34 lid 1), filled in by the SDK.
 */
export const INTERPRETATIE_RISICO: Bron = /* @__PURE__ */ avgBron({
  artikel: '33 en 34',
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG noemt geen drempels. De SDK kiest, in lijn met EDPB 01/2021 en de AP: onbeschikbaarheid tot 24 uur met back-up is geen risico; gevoelige gegevens, of kwetsbare betrokkenen samen met aanwijzingen voor misbruik, maken het risico hoog.',
});

/** The SDK's threshold for a short loss of availability (EDPB 01/2021, casus 01: ransomware with a backup). */
export const INTERPRETATIE_ONBESCHIKBAARHEID: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 01/2021 on examples regarding personal data breach notification',
  artikel: 'casus 01',
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG noemt geen drempel. De SDK kiest: hooguit 24 uur onbeschikbaar met een back-up levert waarschijnlijk geen risico op (EDPB 01/2021, casus 01: gijzelsoftware met back-up, snel hersteld).',
});

/** The SDK's reading of "duidelijke en eenvoudige taal" (AVG 34(2)): short sentences. */
export const INTERPRETATIE_EENVOUDIGE_TAAL: Bron = /* @__PURE__ */ avgBron({
  artikel: '34',
  lid: 2,
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG vraagt duidelijke en eenvoudige taal zonder getal. De SDK kiest zinnen van hooguit 20 woorden, een gangbare grens voor taalniveau B1.',
});

/** Wbp art. 34a (2016 - 25 May 2018): the former meldplicht datalekken. */
export const WBP_34A: Bron = /* @__PURE__ */ bron('wbp', {
  artikel: '34a',
  versie: '2016-01-01',
  url: 'https://wetten.overheid.nl/BWBR0011468/2016-01-01#Hoofdstuk2_Paragraaf8_Artikel34a',
  zekerheid: 'secundair',
  toelichting: 'Vervallen op 25 mei 2018 (AVG). Drempel: aanzienlijke kans op ernstige nadelige gevolgen.',
});

/** AP Beleidsregels meldplicht datalekken (Wbp), expired with the AVG on 25 May 2018. */
export const WBP_BELEIDSREGELS: Bron = /* @__PURE__ */ bron('beleidsregels-meldplicht-wbp', {
  versie: '2015-12-16',
  zekerheid: 'onbevestigd',
  toelichting:
    'Materieel vervallen op 25 mei 2018. De precieze 72-uurformulering van de beleidsregels is niet opnieuw nagelezen.',
});

/** A section of the seed's "Procedure melden datalekken" (veiligheidsplan 2018, part C.6). */
export function seedBron(artikel: string, toelichting?: string): Bron {
  return bron('seed-2018', {
    titel: 'Veiligheidsplan 2018 (seed), C.6 Procedure melden datalekken',
    artikel,
    zekerheid: 'secundair',
    ...(toelichting === undefined ? {} : { toelichting }),
  });
}
