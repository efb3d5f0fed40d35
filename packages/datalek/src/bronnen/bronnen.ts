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

/**
 * AVG art. 33 lid 2: the processor (verwerker: the LVS or cloud supplier) notifies the controller (the school)
 * without undue delay after becoming aware of a breach; the AVG sets no number of hours.
 */
export const AVG_33_2: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 2,
  toelichting:
    'De verwerker informeert de verwerkingsverantwoordelijke zonder onredelijke vertraging nadat hij kennis heeft genomen van een inbreuk; de AVG noemt geen aantal uren. Een vaste termijn staat, als die er is, in de verwerkersovereenkomst (AVG art. 28 lid 3 onder f).',
});

/**
 * When a school whose processor had the breach becomes aware: when the processor informs it (EDPB 9/2022,
 * on the processor's obligations, carrying over WP250). The guideline text itself was not read for this
 * source: the reading is stated in secondary pages on AVG 33(2), so the certainty is `onbevestigd`.
 */
export const EDPB_9_2022_VERWERKER: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 9/2022 on personal data breach notification under GDPR',
  artikel: 'onderdeel over de verplichtingen van de verwerker (AVG art. 33 lid 2)',
  zekerheid: 'onbevestigd',
  toelichting:
    'De verwerkingsverantwoordelijke is in beginsel pas "bewust" van een datalek bij zijn verwerker als de verwerker hem heeft geïnformeerd; de 72 uur van AVG art. 33 lid 1 lopen vanaf dat moment. De verwerker moet de verwerkingsverantwoordelijke zo snel mogelijk informeren. De tekst van de richtsnoeren is hiervoor niet nagelezen; de lezing komt uit secundaire bronnen over AVG art. 33 lid 2.',
});

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

/**
 * AP guidance "Datalek wel of niet melden": the cases in which a report may not be needed, given as examples
 * (not an exhaustive test), and "in doubt, report". Read in a stored copy of the page (its first part).
 */
export const AP_WEL_OF_NIET_MELDEN: Bron = /* @__PURE__ */ bron('ap', {
  titel: 'Autoriteit Persoonsgegevens, Datalek wel of niet melden',
  url: 'https://autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/datalek-wel-of-niet-melden',
  zekerheid: 'secundair',
  toelichting:
    'De AP noemt gevallen waarin u een datalek mogelijk niet hoeft te melden, als voorbeelden en niet als uitputtende toets: vooraf getroffen maatregelen die de gegevens onbegrijpelijk maken (goed versleuteld of vervangen door een hashwaarde), alleen als de gegevens volledig intact zijn, er een recente back-up is en de sleutel van de encryptie of hashing veilig is; en een betrouwbare verkeerde ontvanger. Bij twijfel: melden. Gelezen in een opgeslagen kopie van het begin van de pagina.',
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

/** EDPB Guidelines 01/2021 on examples regarding personal data breach notification (version 2.0). */
export const EDPB_01_2021: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 01/2021 on examples regarding personal data breach notification',
  versie: '2021-12-14',
  url: 'https://www.edpb.europa.eu/system/files/2022-01/edpb_guidelines_012021_pdbnotification_adopted_en.pdf',
  zekerheid: 'secundair',
  toelichting:
    'Gelezen: de aangenomen tekst (versie 2.0) in een openbare kopie, tot en met casus 01. Van andere casussen alleen het oordeel, in secundaire bronnen: casus 08 en 11 in citaten uit versie 2.0 (hrlaw.pl, 2024), casus 03, 06, 09, 10 en 16 in besprekingen van het ontwerp (versie 1.0, 2021); elk uitgewerkt geval noemt zijn bron en versie. Van casus 02, 04, 05, 07, 12-15, 17 en 18 is geen oordeel gelezen; die worden nergens als bron van een verwacht antwoord gebruikt.',
});

/** EDPB 01/2021, case 01: ransomware with a proper backup and without exfiltration (text read). */
export const EDPB_01_2021_CASUS_01: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 01/2021 on examples regarding personal data breach notification',
  artikel: 'casus 01, nr. 16-25',
  versie: '2021-12-14',
  url: 'https://www.edpb.europa.eu/system/files/2022-01/edpb_guidelines_012021_pdbnotification_adopted_en.pdf',
  zekerheid: 'secundair',
  toelichting:
    'Gijzelsoftware, versleuteling volgens de stand van de techniek met veilige sleutel, exfiltratie met zekerheid uitgesloten (logs), enkele tientallen betrokkenen, binnen enkele uren hersteld uit de back-up, geen gevolgen voor de dagelijkse gang van zaken: geen melding aan de toezichthouder, geen bericht aan betrokkenen, wel documenteren (nr. 25). Nr. 19: ook het risico van exfiltratie zonder sporen moet worden gewogen.',
});

/** EDPB Guidelines 9/2022: the factors of the risk assessment and its examples (text read in a stored copy). */
export const EDPB_9_2022_RISICO: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 9/2022 on personal data breach notification under GDPR',
  artikel: 'onderdeel "Which data breaches must be notified to the supervisory authority?"',
  zekerheid: 'secundair',
  toelichting:
    'Weeg het soort inbreuk, de aard, gevoeligheid en hoeveelheid van de gegevens, hoe makkelijk de betrokkenen te identificeren zijn, de ernst van de gevolgen, bijzondere kenmerken van de betrokkenen (bijvoorbeeld kinderen) en van de verwerkingsverantwoordelijke; en of het kan leiden tot identiteitsdiefstal of fraude. Voorbeelden: een storing van enkele minuten hoeft niet gemeld; gijzelsoftware zonder back-up met dagen herstel en vertraging wel. ENISA is een hulpmiddel, maar de meldplicht berust op het risico.',
});

/** The AVG test of AVG 33(1) for not reporting: data made unintelligible to others are unlikely to result in a risk. */
export const ONBEGRIJPELIJK_GEEN_RISICO: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 1,
  zekerheid: 'interpretatie',
  toelichting:
    'Niet melden als het datalek waarschijnlijk geen risico oplevert. Gegevens die volgens de stand van de techniek zijn versleuteld of gehasht, met een veilige sleutel, zijn onbegrijpelijk voor anderen: het vertrouwelijkheidsrisico is tot een minimum beperkt (EDPB 01/2021 casus 01, nr. 20-21). De AP noemt dit als voorbeeld, mits de gegevens intact zijn en er een recente back-up is. AVG art. 34 lid 3 onder a gaat alleen over het bericht aan betrokkenen.',
});

/**
 * The ENISA methodology for the severity of a personal data breach (2013), which EDPB 9/2022 names as a help
 * for the decision, while the duty rests on the risk. Computed alongside, never deciding.
 */
export const ENISA_2013: Bron = /* @__PURE__ */ bron('edpb', {
  titel:
    'ENISA, Recommendations for a methodology of the assessment of severity of personal data breaches (2013)',
  url: 'https://www.enisa.europa.eu/publications/dbn-severity',
  zekerheid: 'secundair',
  toelichting:
    'Ernst = DPC × EI + CB (context van de verwerking maal identificeerbaarheid, plus omstandigheden van de inbreuk), niveaus laag (< 2), gemiddeld (2 tot 3), hoog (3 tot 4) en zeer hoog (4 of meer). EDPB 9/2022 verwijst ernaar (voetnoot 18). Het ENISA-document zelf is niet gelezen: de schalen komen uit een openbare implementatie van de methode; de vertaling van de registratie naar de schalen is een keuze van de SDK.',
});

/**
 * The interpretation choices of this package where the AVG gives no number or rule: the open norms "risico"
 * (art. 33 lid 1) and "hoog risico" (art. 34 lid 1), filled in by the SDK.
 */
export const INTERPRETATIE_RISICO: Bron = /* @__PURE__ */ avgBron({
  artikel: '33 en 34',
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG noemt geen drempels. De SDK weegt de factoren van EDPB 9/2022 (soort inbreuk, aard en gevoeligheid, aantal, identificeerbaarheid, kinderen) en kiest: gevoelige gegevens maken het risico hoog; kinderen of andere kwetsbare betrokkenen ook, zodra de gegevens mogelijk bij onbekenden zijn (misbruik of exfiltratie niet uitgesloten, openbaar of onbekend bereik); onbekend telt als het zwaarste.',
});

/** The SDK's reading of a wrong recipient: a trusted institution, or a known person who confirmed deletion. */
export const INTERPRETATIE_ONTVANGER: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 1,
  zekerheid: 'interpretatie',
  toelichting:
    'De AP noemt een betrouwbare verkeerde ontvanger als voorbeeld van een datalek dat waarschijnlijk geen risico oplevert. De SDK leest: een instelling met eigen geheimhoudings- of AVG-plichten (een collega-school, de GGD) die verwijdering bevestigt, neemt het risico weg; een bekende particulier (een andere ouder) die verwijdering bevestigt, maakt het risico klein, maar niet weg bij gegevens van gevoelige aard: dan melden, niet informeren. Alleen bij één of enkele ontvangers en zonder aanwijzing van misbruik of exfiltratie.',
});

/** The SDK's reading of pseudonymised data: hard to link to a person, yet re-identification stays a risk. */
export const INTERPRETATIE_PSEUDONIEM: Bron = /* @__PURE__ */ avgBron({
  artikel: '4',
  onder: '5',
  zekerheid: 'interpretatie',
  toelichting:
    'EDPB 9/2022 weegt hoe makkelijk de betrokkenen te identificeren zijn; AVG overweging 85 noemt ongeoorloofde ongedaanmaking van pseudonimisering als schade. De SDK kiest: gepseudonimiseerde gegevens waarvan de sleutel niet bij de ontvanger is, geven geen hoog risico, maar wel een risico (melden).',
});

/** The SDK's threshold for scale: from how many data subjects identifying and contact data make the risk high. */
export const INTERPRETATIE_GROOTSCHALIG: Bron = /* @__PURE__ */ avgBron({
  artikel: '33 en 34',
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG en de EDPB noemen geen aantal. EDPB 9/2022 noemt de hoeveelheid gegevens en het aantal getroffen personen als factor, en identiteitsdiefstal of fraude als gevolg (AVG overweging 85). De SDK kiest: vanaf 1000 betrokkenen van wie naam met adres of geboortedatum (identificerend en contact) mogelijk bij onbevoegden zijn, is het risico hoog.',
});

/** The SDK's threshold for a short loss of availability (EDPB 01/2021, casus 01: ransomware with a backup). */
export const INTERPRETATIE_ONBESCHIKBAARHEID: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 01/2021 on examples regarding personal data breach notification',
  artikel: 'casus 01',
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG noemt geen drempel. De SDK kiest: hooguit 24 uur onbeschikbaar met een back-up, zonder gevolgen, levert waarschijnlijk geen risico op. EDPB 01/2021 casus 01 (nr. 22-25, gelezen): binnen enkele uren hersteld en geen gevolgen, niet melden; EDPB 9/2022: een storing van enkele minuten niet, dagen herstel met vertraging wel.',
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
  toelichting:
    "Vervallen op 25 mei 2018 (AVG). Drempel: aanzienlijke kans op ernstige nadelige gevolgen. De wet zei 'onverwijld' en noemde geen aantal uren; de 72 uur kwamen uit de beleidsregels van de AP.",
});

/** AP Beleidsregels meldplicht datalekken (Wbp), expired with the AVG on 25 May 2018. */
export const WBP_BELEIDSREGELS: Bron = /* @__PURE__ */ bron('beleidsregels-meldplicht-wbp', {
  versie: '2015-12-16',
  zekerheid: 'onbevestigd',
  toelichting:
    "Materieel vervallen op 25 mei 2018. Art. 34a Wbp zei 'onverwijld'; de termijn van 72 uur na ontdekking kwam uit deze beleidsregels, niet uit de wet. De precieze formulering van de beleidsregels is niet opnieuw nagelezen.",
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

// --- The AP's current notification form (issue 10 item 4): what was read, and how sure it is. ---

/** AVG art. 33 lid 3 onder a: the nature of the breach, with categories and approximate numbers of people and records. */
export const AVG_33_3_A: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 3,
  onder: 'a',
  toelichting:
    'De aard van de inbreuk, waar mogelijk met de categorieën en het bij benadering aantal betrokkenen en persoonsgegevensregisters.',
});

/** AVG art. 33 lid 3 onder b: the name and contact details of the data protection officer or other contact point. */
export const AVG_33_3_B: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 3,
  onder: 'b',
  toelichting:
    'De naam en contactgegevens van de functionaris voor gegevensbescherming of een ander contactpunt waar meer informatie kan worden verkregen.',
});

/** AVG art. 33 lid 3 onder c: the likely consequences of the breach. */
export const AVG_33_3_C: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 3,
  onder: 'c',
  toelichting: 'De waarschijnlijke gevolgen van de inbreuk.',
});

/** AVG art. 33 lid 3 onder d: the measures taken or proposed, including those to mitigate adverse effects. */
export const AVG_33_3_D: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 3,
  onder: 'd',
  toelichting:
    'De maatregelen die zijn genomen of voorgesteld om de inbreuk aan te pakken, waar passend ook om de nadelige gevolgen te beperken.',
});

/**
 * AVG art. 33 lid 4: information may follow in phases "zonder verdere onredelijke vertraging"; the AVG sets no
 * number of hours or days for a follow-up.
 */
export const AVG_33_4_FASEN: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 4,
  toelichting:
    'Voor zover het niet mogelijk is alle informatie tegelijk te verstrekken, mag die in fasen worden verstrekt, zonder verdere onredelijke vertraging. De AVG noemt geen termijn voor de aanvulling.',
});

/**
 * The AP's notification form in use since 2021 ("Meldformulier datalekken"). Neither the form nor the AP's
 * "Vragenlijst meldformulier datalekken" was read: the sections come from two public re-creations of the form
 * and the date from news items, so the certainty is `onbevestigd`.
 */
export const AP_MELDFORMULIER_2021: Bron = /* @__PURE__ */ bron('ap', {
  titel: 'Autoriteit Persoonsgegevens, Meldformulier datalekken (sinds 2021)',
  url: 'https://www.autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/zo-meldt-u-een-datalek',
  zekerheid: 'onbevestigd',
  toelichting:
    'Het formulier en de Vragenlijst meldformulier datalekken van de AP zijn niet gelezen. De onderdelen komen uit twee openbare nabouwsels van het formulier: 0 Over deze melding (op grond van welke regelgeving), 1 Contactgegevens en algemene informatie (wie meldt, met wie contact op te nemen, was een andere organisatie betrokken), 2 Tijdlijn (duurt de inbreuk nog voort), 3 Gegevens over het datalek (aard), 4 Persoonsgegevens (ook bijzondere categorieën; het aantal gegevensrecords, eventueel bij benadering), 5 De groep betrokkenen, 6 Maatregelen voordat het datalek plaatsvond (versleuteld of onbegrijpelijk), 7 Gevolgen (en een inschatting van hun ernst), 8 Vervolgacties (betrokkenen informeren of waarom niet, openbare mededeling bij onevenredige inspanning, maatregelen, internationale aspecten), 9 Overig. Volgens een nieuwsbericht van de AP (via viveremedia.nl, 5 mei 2021) kwam het nieuwe formulier vanaf 10 mei 2021 in gebruik; executivefinance.nl (juni 2021) noemt 31 mei 2021. Aanvullen van een eerdere melding en intrekken werden daarmee mogelijk.',
});

/**
 * AP guidance "Zo meldt u een datalek", the steps: within 72 hours of becoming aware, only via the form, the
 * controller reports, and a report can be supplemented, changed or withdrawn (read in a stored copy of the
 * beginning of the page). No term for a follow-up is given in the part read.
 */
export const AP_AANVULLEN_INTREKKEN: Bron = /* @__PURE__ */ bron('ap', {
  titel: 'Autoriteit Persoonsgegevens, Zo meldt u een datalek',
  artikel: 'stap 4: aanvullen, aanpassen of intrekken',
  url: 'https://www.autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/zo-meldt-u-een-datalek',
  zekerheid: 'secundair',
  toelichting:
    'Gelezen in een opgeslagen kopie van het begin van de pagina: melden binnen 72 uur na kennisname, alleen via het Meldformulier datalekken, door de verwerkingsverantwoordelijke; u kunt uw melding eventueel aanvullen, aanpassen of intrekken; meestal geen reactie van de AP. Een termijn voor een aanvulling staat niet in het gelezen deel.',
});

/** AP privacy statement for reporting a breach: who reports, and a separate contact person such as the DPO. */
export const AP_PRIVACYVERKLARING_MELDEN: Bron = /* @__PURE__ */ bron('ap', {
  titel: 'Autoriteit Persoonsgegevens, Privacyverklaring datalek melden',
  url: 'https://www.autoriteitpersoonsgegevens.nl/nl/privacyverklaring-datalek-melden',
  zekerheid: 'secundair',
  toelichting:
    'Wie meldt, geeft naam, functie, telefoonnummer en e-mailadres (een oudere versie van de pagina: e-mail niet verplicht). Is de melder niet de contactpersoon voor de melding, dan ook de contactgegevens van de contactpersoon, bijvoorbeeld de functionaris gegevensbescherming. Persoonsgegevens van betrokkenen zijn zelden nodig.',
});

/**
 * EDPB guidance on phased notification (Guidelines 9/2022, text carried over from WP250), read in a public copy
 * whose version was not checked: nr. 52-55 and 60.
 */
export const EDPB_9_2022_FASEN: Bron = /* @__PURE__ */ bron('edpb', {
  titel: 'EDPB Guidelines 9/2022 on personal data breach notification under GDPR',
  artikel: 'onderdeel II.B, nr. 52-55 en 60',
  zekerheid: 'secundair',
  toelichting:
    'Gelezen in een openbare kopie (versie niet nagegaan): ontbreekt precieze informatie, zoals het exacte aantal betrokkenen, dan is dat geen reden om later te melden; schattingen mogen (nr. 52). Is de omvang nog niet bekend, dan is melden in fasen een veilige weg (nr. 53). De verwerker noemen kan nuttig zijn als die de oorzaak is (nr. 54). Blijkt na de eerste melding dat er geen datalek was, dan kan de verwerkingsverantwoordelijke de toezichthouder bijwerken en het incident als geen datalek registreren; op zo’n melding staat geen sanctie (nr. 60). Nr. 56-58 (hoe en wanneer de aanvulling volgt) zijn niet gelezen.',
});

/**
 * AVG art. 5 lid 2, the accountability duty, read with art. 33 lid 5: the school must be able to show that it
 * complies, and its documentation of every breach lets the AP verify compliance with art. 33. A decision that
 * departs from the assessment (AVG 33(1), 34(1)) therefore needs a recorded motivation.
 */
export const AVG_5_2: Bron = /* @__PURE__ */ avgBron({
  artikel: '5',
  lid: 2,
  toelichting:
    'Verantwoordingsplicht: de verwerkingsverantwoordelijke is verantwoordelijk voor de naleving en kan die aantonen. Art. 33 lid 5: de documentatie van elk datalek (feiten, gevolgen, genomen corrigerende maatregelen) stelt de AP in staat de naleving van art. 33 te controleren. Een besluit dat minder doet dan de beoordeling van art. 33 lid 1 en art. 34 lid 1 vraagt daarom een vastgelegde motivering.',
});

/**
 * The SDK's default retention of the documentation of every breach, reported or not (AVG 33(5) sets no
 * term): an interpretation, settable by a school's policy.
 */
export const INTERPRETATIE_BEWAARTERMIJN: Bron = /* @__PURE__ */ avgBron({
  artikel: '33',
  lid: 5,
  zekerheid: 'interpretatie',
  toelichting:
    'De AVG noemt geen bewaartermijn voor de documentatie van datalekken. Volgens de EDPB-richtsnoeren (9/2022; alleen via een secundaire bron gelezen, onbevestigd) bepaalt de verwerkingsverantwoordelijke zelf een passende termijn, zo lang als hij de naleving van art. 33 aan de toezichthouder moet kunnen aantonen (art. 5 lid 2). De SDK kiest 5 jaar (60 maanden) na de interne melding: zo lang kan een bestuurlijke boete voor een overtreding nog worden opgelegd (Awb art. 5:45 lid 1; niet in een consolidatie nagelezen, onbevestigd). Een school stelt in haar beleid een eigen termijn vast. De AP bewaart ontvangen meldingen zelf 7 jaar (Archiefwet, privacyverklaring datalek melden van de AP): dat is haar eigen termijn, geen regel voor scholen. Het veiligheidsplan van 2018 noemt alleen "minimaal 3 jaar" voor de melding bij de AP (Deel C Stap 5), geen termijn voor de registratie van elk datalek.',
});
