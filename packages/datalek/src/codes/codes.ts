// The codes of this package as closed unions, each with its catalogue entry (Dutch, English, source), typed as
// a record over the union: a code the package can produce without an entry is a compile error, and
// codes.test.ts fails on a code literal in the source that no catalogue lists. Texts may hold `{naam}`
// placeholders that kern's `codeTekst` fills from a reason's or problem's `parameters`.
import { type CodeCatalogus, codeTekst, type Parameters, type Probleem } from '@schoolveiligheid/kern';
import {
  AP_MELDFORMULIER_2021,
  AP_WEL_OF_NIET_MELDEN,
  AP_ZO_MELDT_U,
  AVG_4_12,
  AVG_5_2,
  AVG_33_1,
  AVG_33_2,
  AVG_33_3_A,
  AVG_33_4,
  AVG_33_5,
  AVG_34_1,
  AVG_34_2,
  AVG_34_3_A,
  AVG_34_3_B,
  AVG_34_3_C,
  EDPB_01_2021_CASUS_01,
  EDPB_9_2022_RISICO,
  ENISA_2013,
  INTERPRETATIE_EENVOUDIGE_TAAL,
  INTERPRETATIE_GROOTSCHALIG,
  INTERPRETATIE_ONBESCHIKBAARHEID,
  INTERPRETATIE_ONTVANGER,
  INTERPRETATIE_PSEUDONIEM,
  INTERPRETATIE_RISICO,
  ONBEGRIJPELIJK_GEEN_RISICO,
  seedBron,
  WBP_34A,
} from '../bronnen/bronnen.js';

/** Codes of the reasons of `beoordeelIncident` and `vergelijkMetWet`. */
export type DatalekRedenCode =
  | 'BESLISBOOM_AVG'
  | 'BESLISBOOM_WBP'
  | 'ONZEKER_PERSOONSGEGEVENS'
  | 'GEEN_PERSOONSGEGEVENS'
  | 'GEEN_INBREUK'
  | 'DATALEK'
  | 'DOCUMENTEREN'
  | 'INBREUK_ONBEKEND'
  | 'VERSLEUTELD'
  | 'GEHASHT'
  | 'BETROUWBARE_ONTVANGER'
  | 'BEKENDE_ONTVANGER_VERWIJDERD'
  | 'BEKENDE_ONTVANGER_GEVOELIG'
  | 'GEPSEUDONIMISEERD'
  | 'HERIDENTIFICATIE_MOGELIJK'
  | 'EXFILTRATIE_BEVESTIGD'
  | 'EXFILTRATIE_MOGELIJK'
  | 'CATEGORIEEN_ONBEKEND'
  | 'KWETSBAAR_MOGELIJK_VERSPREID'
  | 'GROOTSCHALIG_IDENTITEITSFRAUDE'
  | 'GEGEVENS_INTACT'
  | 'ONBESCHIKBAARHEID_HINDER'
  | 'ZORG_VERTRAAGD'
  | 'ZORG_VERTRAAGD_KWETSBAAR'
  | 'ONBEGRIJPELIJK_GEEN_BERICHT'
  | 'ERNST_ENISA'
  | 'VERSLEUTELD_ZONDER_BACKUP'
  | 'TOEGANG_ONZEKER'
  | 'TOEGANG_NIET_UITGESLOTEN'
  | 'GEVOELIGE_GEGEVENS'
  | 'KWETSBAAR_EN_MISBRUIK'
  | 'INTEGRITEIT_HERSTELBAAR'
  | 'INTEGRITEIT_GESCHONDEN'
  | 'BESCHIKBAARHEID_HERSTELD'
  | 'BESCHIKBAARHEID_TE_LANG'
  | 'BESCHIKBAARHEID_VERLOREN'
  | 'ZORGGEGEVENS_VERLOREN'
  | 'MELDEN_AP'
  | 'NIET_MELDEN_AP'
  | 'HOOG_RISICO_WEGGENOMEN'
  | 'BETROKKENEN_INFORMEREN'
  | 'OPENBARE_MEDEDELING'
  | 'BETROKKENEN_NIET_INFORMEREN'
  | 'WBP_GEEN_DATALEK'
  | 'WBP_DATALEK'
  | 'WBP_GEEN_MELDPLICHT'
  | 'WBP_MELDPLICHT'
  | 'WBP_BETROKKENEN'
  | 'WBP_VERSLEUTELD'
  | 'WBP_ZWAARWEGENDE_REDENEN'
  | 'ONDERRAPPORTAGE_ISDATALEK'
  | 'ONDERRAPPORTAGE_MELDPLICHTAP'
  | 'ONDERRAPPORTAGE_BETROKKENENINFORMEREN'
  | 'STRENGER_ISDATALEK'
  | 'STRENGER_MELDPLICHTAP'
  | 'STRENGER_BETROKKENENINFORMEREN'
  | 'GELIJK';

/**
 * The reasons of the decision, in Dutch and English, with their source. Placeholders: `{maxUren}` (hours),
 * `{aantal}` (hours of the AP term).
 *
 * @example
 * ```ts
 * import { REDEN_CODES } from '@schoolveiligheid/datalek';
 * import { codeTekst } from '@schoolveiligheid/kern';
 * codeTekst(REDEN_CODES, 'MELDEN_AP', 'en', { aantal: 72 }); //=> 'The breach is likely to result in a risk: report it to the Dutch Data Protection Authority within 72 hours.'
 * ```
 */
export const REDEN_CODES: CodeCatalogus<DatalekRedenCode> = /* @__PURE__ */ Object.freeze({
  BESLISBOOM_AVG: {
    nl: 'Beoordeeld volgens de AVG (artikel 33 en 34).',
    en: 'Assessed under the GDPR (Articles 33 and 34).',
    bron: AVG_33_1,
  },
  BESLISBOOM_WBP: {
    nl: 'Beoordeeld met de oude Wbp-beslisboom van de meldplicht datalekken.',
    en: 'Assessed with the former Wbp decision tree of the data breach notification duty.',
    bron: WBP_34A,
  },
  ONZEKER_PERSOONSGEGEVENS: {
    nl: 'Het is nog niet bekend of er persoonsgegevens zijn getroffen; dat telt mee als wel.',
    en: 'It is not yet known whether personal data were affected; that counts as if they were.',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  GEEN_PERSOONSGEGEVENS: {
    nl: 'Er zijn geen persoonsgegevens getroffen: dit is een beveiligingsincident, geen datalek.',
    en: 'No personal data were affected: this is a security incident, not a personal data breach.',
    bron: AVG_4_12,
  },
  GEEN_INBREUK: {
    nl: 'Er is geen verlies, wijziging of onbevoegde toegang vastgesteld en onbevoegde toegang is uitgesloten: geen datalek.',
    en: 'No loss, alteration or unauthorised access was found and unauthorised access is excluded: no personal data breach.',
    bron: AVG_4_12,
  },
  DATALEK: {
    nl: 'Er zijn persoonsgegevens verloren, gewijzigd of mogelijk onbevoegd ingezien: dit is een datalek.',
    en: 'Personal data were lost, altered or possibly seen without authorisation: this is a personal data breach.',
    bron: AVG_4_12,
  },
  DOCUMENTEREN: {
    nl: 'Elk datalek wordt vastgelegd in het register, ook als het niet gemeld hoeft te worden.',
    en: 'Every breach is documented in the register, also when it need not be reported.',
    bron: AVG_33_5,
  },
  INBREUK_ONBEKEND: {
    nl: 'Nog niet bekend is welk soort inbreuk het is; het telt als verlies, wijziging en onbevoegde toegang tegelijk.',
    en: 'The kind of breach is not yet known; it counts as loss, alteration and unauthorised access at once.',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  VERSLEUTELD: {
    nl: 'De gegevens zijn versleuteld volgens de stand van de techniek en de sleutel is veilig: onleesbaar voor anderen, dus waarschijnlijk geen risico.',
    en: 'The data are encrypted to the state of the art and the key is safe: unintelligible to others, so unlikely to result in a risk.',
    bron: ONBEGRIJPELIJK_GEEN_RISICO,
  },
  GEHASHT: {
    nl: 'De gegevens zijn gehasht volgens de stand van de techniek en de sleutel is veilig: onleesbaar voor anderen, dus waarschijnlijk geen risico.',
    en: 'The data are hashed to the state of the art and the key is safe: unintelligible to others, so unlikely to result in a risk.',
    bron: ONBEGRIJPELIJK_GEEN_RISICO,
  },
  BEKENDE_ONTVANGER_VERWIJDERD: {
    nl: 'Een bekende ontvanger, de enige of een van enkele, heeft bevestigd de gegevens te hebben verwijderd.',
    en: 'A known recipient, the only one or one of a few, confirmed that the data were deleted.',
    bron: INTERPRETATIE_ONTVANGER,
  },
  BEKENDE_ONTVANGER_GEVOELIG: {
    nl: 'Het gaat om gegevens van gevoelige aard die bij een particulier zijn geweest: toch melden.',
    en: 'Data of a sensitive nature reached a private person: report it nonetheless.',
    bron: INTERPRETATIE_ONTVANGER,
  },
  GEPSEUDONIMISEERD: {
    nl: 'De gegevens zijn gepseudonimiseerd en de sleutel is niet bij de ontvanger: de betrokkenen zijn nauwelijks te herkennen.',
    en: 'The data are pseudonymised and the key is not with the recipient: the data subjects can hardly be identified.',
    bron: INTERPRETATIE_PSEUDONIEM,
  },
  HERIDENTIFICATIE_MOGELIJK: {
    nl: 'Herleiden tot personen blijft mogelijk: melden, maar geen hoog risico.',
    en: 'Re-identification remains possible: report it, but no high risk.',
    bron: INTERPRETATIE_PSEUDONIEM,
  },
  EXFILTRATIE_BEVESTIGD: {
    nl: 'Vaststaat dat gegevens buiten de school zijn gekopieerd.',
    en: "It is established that data were copied out of the school's control.",
    bron: EDPB_9_2022_RISICO,
  },
  EXFILTRATIE_MOGELIJK: {
    nl: 'Niet uit te sluiten is dat gegevens buiten de school zijn gekopieerd.',
    en: "It cannot be excluded that data were copied out of the school's control.",
    bron: EDPB_01_2021_CASUS_01,
  },
  CATEGORIEEN_ONBEKEND: {
    nl: 'Nog niet bekend is welke gegevens zijn getroffen; tot dat vaststaat, telt dat als gegevens van gevoelige aard.',
    en: 'It is not yet known which data were affected; until it is, that counts as data of a sensitive nature.',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  KWETSBAAR_MOGELIJK_VERSPREID: {
    nl: 'Het gaat (mogelijk) om kinderen of andere kwetsbare mensen en de gegevens kunnen bij onbekenden zijn.',
    en: 'The data subjects are (possibly) children or other vulnerable people and the data may be with unknown people.',
    bron: EDPB_9_2022_RISICO,
  },
  GROOTSCHALIG_IDENTITEITSFRAUDE: {
    nl: 'Naam met adres of geboortedatum van {aantal} of meer mensen kan bij onbevoegden zijn: kans op identiteitsfraude.',
    en: 'Name with address or date of birth of {aantal} or more people may be with unauthorised people: risk of identity fraud.',
    bron: INTERPRETATIE_GROOTSCHALIG,
  },
  GEGEVENS_INTACT: {
    nl: 'De school heeft vastgesteld dat zij de gegevens nog volledig en ongewijzigd heeft.',
    en: 'The school established that it still holds the data complete and unaltered.',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  ONBESCHIKBAARHEID_HINDER: {
    nl: 'De onbeschikbaarheid hinderde het werk of de lessen: dat is een risico voor betrokkenen.',
    en: 'The unavailability hindered work or lessons: that is a risk for the data subjects.',
    bron: EDPB_9_2022_RISICO,
  },
  ZORG_VERTRAAGD: {
    nl: 'Door de onbeschikbaarheid is zorg, begeleiding of behandeling vertraagd.',
    en: 'The unavailability delayed care, support or treatment.',
    bron: EDPB_9_2022_RISICO,
  },
  ZORG_VERTRAAGD_KWETSBAAR: {
    nl: 'Zorg voor kinderen of andere kwetsbare mensen is vertraagd en de gegevens waren langer dan {maxUren} uur weg of niet te herstellen.',
    en: 'Care for children or other vulnerable people was delayed and the data were gone for more than {maxUren} hours or cannot be restored.',
    bron: INTERPRETATIE_RISICO,
  },
  BETROUWBARE_ONTVANGER: {
    nl: 'Een betrouwbare ontvanger heeft bevestigd de gegevens te hebben verwijderd.',
    en: 'A trusted recipient confirmed that the data were deleted.',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  VERSLEUTELD_ZONDER_BACKUP: {
    nl: 'Er is geen recente back-up of de gegevens zijn niet meer intact, dus de school heeft ze niet meer volledig in handen: toch melden.',
    en: 'There is no recent backup or the data are no longer intact, so the school no longer fully holds them: report it nonetheless.',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  TOEGANG_ONZEKER: {
    nl: 'Niet bekend is of onbevoegden bij de gegevens konden; bij twijfel telt dat als wel.',
    en: 'It is not known whether unauthorised people could access the data; in doubt, that counts as if they could.',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  TOEGANG_NIET_UITGESLOTEN: {
    nl: 'Onbevoegden kunnen de gegevens hebben ingezien.',
    en: 'Unauthorised people may have seen the data.',
    bron: AVG_33_1,
  },
  GEVOELIGE_GEGEVENS: {
    nl: 'Het gaat om gegevens van gevoelige aard (bijvoorbeeld BSN, zorg, inloggegevens of schoolresultaten).',
    en: 'The data are of a sensitive nature (for example citizen service numbers, care, credentials or school results).',
    bron: INTERPRETATIE_RISICO,
  },
  KWETSBAAR_EN_MISBRUIK: {
    nl: 'Het gaat om kinderen of andere kwetsbare mensen en er zijn aanwijzingen voor misbruik.',
    en: 'The data subjects are children or other vulnerable people and there are signs of misuse.',
    bron: INTERPRETATIE_RISICO,
  },
  INTEGRITEIT_HERSTELBAAR: {
    nl: 'Gewijzigde gegevens zijn te herstellen uit een back-up of konden zonder sleutel niet zinvol worden gewijzigd.',
    en: 'Altered data can be restored from a backup, or could not be altered meaningfully without the key.',
    bron: INTERPRETATIE_RISICO,
  },
  INTEGRITEIT_GESCHONDEN: {
    nl: 'Gegevens zijn mogelijk gewijzigd en niet te herstellen; beslissingen kunnen op onjuiste gegevens rusten.',
    en: 'Data may have been altered and cannot be restored; decisions may rest on incorrect data.',
    bron: AVG_33_1,
  },
  BESCHIKBAARHEID_HERSTELD: {
    nl: 'Er is een back-up en de gegevens waren hooguit {maxUren} uur onbeschikbaar.',
    en: 'There is a backup and the data were unavailable for at most {maxUren} hours.',
    bron: INTERPRETATIE_ONBESCHIKBAARHEID,
  },
  BESCHIKBAARHEID_TE_LANG: {
    nl: 'De gegevens zijn langer dan {maxUren} uur onbeschikbaar, of niet bekend is hoe lang.',
    en: 'The data are unavailable for longer than {maxUren} hours, or it is not known for how long.',
    bron: AVG_33_1,
  },
  BESCHIKBAARHEID_VERLOREN: {
    nl: 'Er is geen back-up: de gegevens zijn verloren.',
    en: 'There is no backup: the data are lost.',
    bron: AVG_33_1,
  },
  ZORGGEGEVENS_VERLOREN: {
    nl: 'Zorggegevens van kinderen zijn definitief verloren; de zorg voor het kind kan daardoor schade lijden.',
    en: "Children's care data are lost for good; the care for the child may suffer.",
    bron: INTERPRETATIE_RISICO,
  },
  MELDEN_AP: {
    nl: 'Het datalek levert waarschijnlijk een risico op: melden bij de Autoriteit Persoonsgegevens binnen {aantal} uur.',
    en: 'The breach is likely to result in a risk: report it to the Dutch Data Protection Authority within {aantal} hours.',
    bron: AVG_33_1,
  },
  NIET_MELDEN_AP: {
    nl: 'Het datalek levert waarschijnlijk geen risico op: niet melden bij de AP, wel vastleggen.',
    en: 'The breach is unlikely to result in a risk: no report to the Dutch Data Protection Authority, but document it.',
    bron: AVG_33_1,
  },
  HOOG_RISICO_WEGGENOMEN: {
    nl: 'Genomen maatregelen nemen het hoge risico weg: betrokkenen hoeven niet te worden geïnformeerd.',
    en: 'Measures taken remove the high risk: the data subjects need not be informed.',
    bron: AVG_34_3_B,
  },
  BETROKKENEN_INFORMEREN: {
    nl: 'Het risico is hoog: informeer de betrokkenen zonder onredelijke vertraging.',
    en: 'The risk is high: inform the data subjects without undue delay.',
    bron: AVG_34_1,
  },
  OPENBARE_MEDEDELING: {
    nl: 'Iedereen apart informeren kost onevenredig veel moeite: doe een openbare mededeling.',
    en: 'Informing everyone individually would take disproportionate effort: make a public communication.',
    bron: AVG_34_3_C,
  },
  ONBEGRIJPELIJK_GEEN_BERICHT: {
    nl: 'De gegevens zijn voor anderen onbegrijpelijk gemaakt: geen bericht aan betrokkenen nodig.',
    en: 'The data were rendered unintelligible to others: no message to the data subjects is needed.',
    bron: AVG_34_3_A,
  },
  BETROKKENEN_NIET_INFORMEREN: {
    nl: 'Het risico is niet hoog: betrokkenen hoeven niet te worden geïnformeerd.',
    en: 'The risk is not high: the data subjects need not be informed.',
    bron: AVG_34_1,
  },
  ERNST_ENISA: {
    nl: 'Toelichting, geen beslissing: de ernst volgens ENISA is {ernst} ({niveau}), context {dpc} maal identificeerbaarheid {ei} plus omstandigheden {cb}.',
    en: 'Explanation, not a decision: the ENISA severity is {ernst} ({niveau}), context {dpc} times ease of identification {ei} plus circumstances {cb}.',
    bron: ENISA_2013,
  },
  WBP_GEEN_DATALEK: {
    nl: 'Volgens de procedure geen datalek: niets verloren zonder back-up en onrechtmatige verwerking uitgesloten.',
    en: 'Under the procedure no breach: nothing lost without a backup and unlawful processing excluded.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 2'),
  },
  WBP_DATALEK: {
    nl: 'Volgens de procedure een datalek: gegevens verloren zonder back-up of onrechtmatige verwerking niet uit te sluiten.',
    en: 'Under the procedure a breach: data lost without a backup, or unlawful processing cannot be excluded.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 2'),
  },
  WBP_GEEN_MELDPLICHT: {
    nl: 'Volgens de procedure geen meldplicht: geen gevoelige gegevens en geen aanzienlijke kans op ernstige nadelige gevolgen.',
    en: 'Under the procedure no duty to report: no sensitive data and no considerable chance of serious adverse effects.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 3'),
  },
  WBP_MELDPLICHT: {
    nl: 'Volgens de procedure meldplichtig: gevoelige gegevens of kans op ernstige nadelige gevolgen.',
    en: 'Under the procedure a duty to report: sensitive data or a chance of serious adverse effects.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 3'),
  },
  WBP_BETROKKENEN: {
    nl: 'Volgens de procedure betrokkenen informeren: de gegevens zijn niet of verouderd versleuteld.',
    en: 'Under the procedure inform the data subjects: the data are not encrypted, or with outdated encryption.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 4'),
  },
  WBP_VERSLEUTELD: {
    nl: 'Volgens de procedure betrokkenen niet informeren: de gegevens zijn versleuteld.',
    en: 'Under the procedure do not inform the data subjects: the data are encrypted.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 4'),
  },
  WBP_ZWAARWEGENDE_REDENEN: {
    nl: 'Volgens de procedure betrokkenen niet informeren: er zijn zwaarwegende redenen.',
    en: 'Under the procedure do not inform the data subjects: there are weighty reasons.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 4'),
  },
  ONDERRAPPORTAGE_ISDATALEK: {
    nl: 'Het beleid slaat het als datalek vastleggen over, maar de wet vereist dat; de wet gaat voor.',
    en: 'The policy skips documenting it as a breach, but the law requires that; the law prevails.',
    bron: AVG_33_5,
  },
  ONDERRAPPORTAGE_MELDPLICHTAP: {
    nl: 'Het beleid slaat de melding aan de Autoriteit Persoonsgegevens over, maar de wet vereist dat; de wet gaat voor.',
    en: 'The policy skips the report to the Dutch Data Protection Authority, but the law requires it; the law prevails.',
    bron: AVG_33_1,
  },
  ONDERRAPPORTAGE_BETROKKENENINFORMEREN: {
    nl: 'Het beleid slaat het informeren van de betrokkenen over, maar de wet vereist dat; de wet gaat voor.',
    en: 'The policy skips informing the data subjects, but the law requires it; the law prevails.',
    bron: AVG_34_1,
  },
  STRENGER_ISDATALEK: {
    nl: 'Het beleid vraagt het als datalek vastleggen waar de wet dat niet eist; dat mag.',
    en: 'The policy asks to document it as a breach where the law does not; that is allowed.',
  },
  STRENGER_MELDPLICHTAP: {
    nl: 'Het beleid vraagt de melding aan de Autoriteit Persoonsgegevens waar de wet dat niet eist; dat mag.',
    en: 'The policy asks for a report to the Dutch Data Protection Authority where the law does not; that is allowed.',
  },
  STRENGER_BETROKKENENINFORMEREN: {
    nl: 'Het beleid vraagt het informeren van de betrokkenen waar de wet dat niet eist; dat mag.',
    en: 'The policy asks to inform the data subjects where the law does not; that is allowed.',
  },
  GELIJK: {
    nl: 'Het beleid komt voor dit incident tot hetzelfde besluit als de wet.',
    en: 'For this incident the policy reaches the same decision as the law.',
  },
});

/** Codes of the problems this package adds to kern's validation and kernel codes. */
export type DatalekProbleemCode =
  | 'MOTIVERING_ONTBREEKT'
  | 'VOORGEVALLEN_NA_ONTDEKKING'
  | 'NOG_NIET_GEMELD'
  | 'AL_GEMELD'
  | 'MELDING_VOOR_ONTDEKKING'
  | 'VERWERKER_BERICHT_VOOR_ONTDEKKING'
  | 'MELDING_VOOR_BERICHT_VERWERKER'
  | 'NIET_GEANALYSEERD'
  | 'AL_GEMELD_BIJ_AP'
  | 'REDEN_VERTRAGING_ONTBREEKT'
  | 'NOG_NIET_BIJ_AP'
  | 'HERSTELMAATREGEL_ONTBREEKT'
  | 'PREVENTIEVE_MAATREGEL_ONTBREEKT'
  | 'AP_MELDING_ONTBREEKT'
  | 'VERVOLGMELDING_ONTBREEKT'
  | 'BETROKKENEN_NIET_GEINFORMEERD'
  | 'VRAAG_ONBEANTWOORD'
  | 'VAKTAAL'
  | 'ZIN_TE_LANG'
  | 'MOGELIJK_BSN'
  | 'TIJDLIJN_VOLGORDE'
  | 'BEREIK_OMGEKEERD';

/**
 * The problems of this package, in Dutch and English. Placeholders: `{aantal}` (hours of the AP term),
 * `{veld}` (the field of the AP form; the problem also has its question number `vraag`), `{term}` (a jargon word from the package's own list),
 * `{maximum}` (words per sentence).
 *
 * @example
 * ```ts
 * import { PROBLEEM_CODES } from '@schoolveiligheid/datalek';
 * PROBLEEM_CODES.NOG_NIET_GEMELD.en; //=> 'A dossier starts with the report of the incident.'
 * ```
 */
export const PROBLEEM_CODES: CodeCatalogus<DatalekProbleemCode> = /* @__PURE__ */ Object.freeze({
  MOTIVERING_ONTBREEKT: {
    nl: 'Het besluit doet minder dan de beoordeling ({aspect}); leg de motivering van het besluit vast.',
    en: 'The decision does less than the assessment ({aspect}); record the motivation of the decision.',
    bron: AVG_5_2,
  },
  VOORGEVALLEN_NA_ONTDEKKING: {
    nl: 'Het incident kan niet na de ontdekking zijn voorgevallen.',
    en: 'The incident cannot have happened after its discovery.',
  },
  NOG_NIET_GEMELD: {
    nl: 'Een dossier begint met de melding van het incident.',
    en: 'A dossier starts with the report of the incident.',
    bron: /* @__PURE__ */ seedBron('Deel A'),
  },
  AL_GEMELD: {
    nl: 'Dit incident is al gemeld; gebruik een nieuw dossier voor een nieuw incident.',
    en: 'This incident has already been reported; use a new dossier for a new incident.',
  },
  MELDING_VOOR_ONTDEKKING: {
    nl: 'De interne melding kan niet vóór de ontdekking liggen.',
    en: 'The internal report cannot precede the discovery.',
  },
  VERWERKER_BERICHT_VOOR_ONTDEKKING: {
    nl: 'De verwerker kan de school niet hebben geïnformeerd vóór de ontdekking van het incident.',
    en: 'The processor cannot have informed the school before the incident was discovered.',
    bron: AVG_33_2,
  },
  MELDING_VOOR_BERICHT_VERWERKER: {
    nl: 'De interne melding kan niet liggen vóór het moment dat de verwerker de school informeerde.',
    en: 'The internal report cannot precede the moment the processor informed the school.',
    bron: AVG_33_2,
  },
  NIET_GEANALYSEERD: {
    nl: 'Analyseer eerst of er een datalek is en of het gemeld moet worden.',
    en: 'First analyse whether there is a breach and whether it must be reported.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 1-3'),
  },
  AL_GEMELD_BIJ_AP: {
    nl: 'Het datalek is al bij de AP gemeld; doe een vervolgmelding.',
    en: 'The breach has already been reported to the AP; make a follow-up report.',
    bron: AVG_33_4,
  },
  REDEN_VERTRAGING_ONTBREEKT: {
    nl: 'Een melding na {aantal} uur moet de redenen voor de vertraging vermelden (AVG art. 33 lid 1).',
    en: 'A report after {aantal} hours must give the reasons for the delay (GDPR Art. 33(1)).',
    bron: AVG_33_1,
  },
  NOG_NIET_BIJ_AP: {
    nl: 'Een vervolgmelding kan pas na de eerste melding bij de AP.',
    en: 'A follow-up report can only follow a first report to the AP.',
    bron: AVG_33_4,
  },
  HERSTELMAATREGEL_ONTBREEKT: {
    nl: 'Registreer eerst de herstelmaatregelen (procedure Stap 4).',
    en: 'First register the recovery measures (procedure step 4).',
    bron: /* @__PURE__ */ seedBron('Deel B Stap 4'),
  },
  PREVENTIEVE_MAATREGEL_ONTBREEKT: {
    nl: 'Registreer eerst de preventieve maatregelen (procedure Stap 4).',
    en: 'First register the preventive measures (procedure step 4).',
    bron: /* @__PURE__ */ seedBron('Deel B Stap 4'),
  },
  AP_MELDING_ONTBREEKT: {
    nl: 'Het datalek moet eerst bij de AP gemeld zijn.',
    en: 'The breach must first have been reported to the AP.',
    bron: AVG_33_1,
  },
  VERVOLGMELDING_ONTBREEKT: {
    nl: 'De melding bij de AP is nog niet compleet; doe eerst de vervolgmelding.',
    en: 'The report to the AP is not complete yet; first make the follow-up report.',
    bron: AVG_33_4,
  },
  BETROKKENEN_NIET_GEINFORMEERD: {
    nl: 'De betrokkenen moeten eerst geïnformeerd zijn.',
    en: 'The data subjects must first have been informed.',
    bron: AVG_34_1,
  },
  VRAAG_ONBEANTWOORD: {
    nl: 'Een vraag van het AP-meldformulier is nog niet beantwoord ({veld}).',
    en: 'A question of the AP notification form has not been answered yet ({veld}).',
    bron: AP_ZO_MELDT_U,
  },
  VAKTAAL: {
    nl: 'Vermijd het woord "{term}"; schrijf in eenvoudige taal.',
    en: 'Avoid the word "{term}"; write in plain language.',
    bron: AVG_34_2,
  },
  ZIN_TE_LANG: {
    nl: 'Een zin is langer dan {maximum} woorden; maak de zinnen korter.',
    en: 'A sentence is longer than {maximum} words; make the sentences shorter.',
    bron: INTERPRETATIE_EENVOUDIGE_TAAL,
  },
  MOGELIJK_BSN: {
    nl: 'De tekst bevat een nummer dat een burgerservicenummer kan zijn; haal het weg.',
    en: 'The text contains a number that may be a citizen service number; remove it.',
    bron: AVG_34_2,
  },
  TIJDLIJN_VOLGORDE: {
    nl: 'De tijdlijn van het AP-meldformulier klopt niet: {veld} ligt in de verkeerde volgorde.',
    en: 'The timeline of the AP notification form is wrong: {veld} is out of order.',
    bron: AP_MELDFORMULIER_2021,
  },
  BEREIK_OMGEKEERD: {
    nl: 'Het geschatte aantal ({veld}) heeft een ondergrens boven de bovengrens.',
    en: 'The estimated number ({veld}) has a lower bound above its upper bound.',
    bron: AVG_33_3_A,
  },
});

/** Codes of the terms `openTermijnen` reports. */
export type DatalekTermijnCode = 'ANALYSE' | 'MELDING_AP' | 'KENNISGEVING_BETROKKENEN';

/**
 * The terms of a datalek dossier, in Dutch and English, with their source.
 *
 * @example
 * ```ts
 * import { TERMIJN_CODES } from '@schoolveiligheid/datalek';
 * TERMIJN_CODES.MELDING_AP.en; //=> 'Report to the Dutch Data Protection Authority'
 * ```
 */
export const TERMIJN_CODES: CodeCatalogus<DatalekTermijnCode> = /* @__PURE__ */ Object.freeze({
  ANALYSE: {
    nl: 'Analyse: is er een datalek en moet het gemeld worden',
    en: 'Analysis: is there a breach and must it be reported',
    bron: /* @__PURE__ */ seedBron('Deel B Stap 1; Deel C Stap 2'),
  },
  MELDING_AP: {
    nl: 'Melding bij de Autoriteit Persoonsgegevens',
    en: 'Report to the Dutch Data Protection Authority',
    bron: AVG_33_1,
  },
  KENNISGEVING_BETROKKENEN: {
    nl: 'Informeren van de betrokkenen',
    en: 'Informing the data subjects',
    bron: AVG_34_1,
  },
});

/** Codes of the steps `volgendeStappen` reports. */
export type DatalekStapCode =
  | 'BESLUIT_WIJKT_AF_VAN_BEOORDELING'
  | 'MELDEN'
  | 'ANALYSEREN'
  | 'TOESTEMMING_CVB'
  | 'MELDEN_AP'
  | 'VERVOLGMELDING'
  | 'INFORMEREN_BETROKKENEN'
  | 'OPENBARE_MEDEDELING'
  | 'HERSTELMAATREGEL'
  | 'PREVENTIEVE_MAATREGEL'
  | 'VERWERKER_TE_LAAT'
  | 'SLUITEN';

/**
 * The next steps of a datalek dossier, in Dutch and English, with their source.
 *
 * @example
 * ```ts
 * import { STAP_CODES } from '@schoolveiligheid/datalek';
 * STAP_CODES.MELDEN_AP.nl; //=> 'Meld het datalek via het meldformulier van de Autoriteit Persoonsgegevens.'
 * ```
 */
export const STAP_CODES: CodeCatalogus<DatalekStapCode> = /* @__PURE__ */ Object.freeze({
  BESLUIT_WIJKT_AF_VAN_BEOORDELING: {
    nl: 'Het besluit doet minder dan de beoordeling; de motivering is vastgelegd. Het bevoegd gezag blijft verantwoordelijk en moet het besluit aan de AP kunnen uitleggen.',
    en: 'The decision does less than the assessment; its motivation is recorded. The board remains accountable and must be able to explain the decision to the AP.',
    bron: AVG_5_2,
  },
  MELDEN: {
    nl: 'Meld het beveiligingsincident direct bij de directeur.',
    en: 'Report the security incident to the head teacher at once.',
    bron: /* @__PURE__ */ seedBron('Deel A'),
  },
  ANALYSEREN: {
    nl: 'Vul de registratie aan en bepaal of er een datalek is, hoe groot het risico is en of het gemeld moet worden.',
    en: 'Complete the registration and decide whether there is a breach, how high the risk is and whether it must be reported.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 1-3'),
  },
  TOESTEMMING_CVB: {
    nl: 'Geef toestemming voor de melding bij de AP; de meldtermijn wacht daar niet op.',
    en: 'Consent to the report to the AP; the reporting term does not wait for it.',
    bron: /* @__PURE__ */ seedBron('Deel C Stap 5'),
  },
  MELDEN_AP: {
    nl: 'Meld het datalek via het meldformulier van de Autoriteit Persoonsgegevens.',
    en: "Report the breach with the Dutch Data Protection Authority's notification form.",
    bron: AVG_33_1,
  },
  VERVOLGMELDING: {
    nl: 'Vul de melding bij de AP aan met een vervolgmelding zodra de ontbrekende informatie bekend is.',
    en: 'Complete the report to the AP with a follow-up report once the missing information is known.',
    bron: AVG_33_4,
  },
  INFORMEREN_BETROKKENEN: {
    nl: 'Informeer de betrokkenen: aard van het lek, contactpunt, gevolgen en maatregelen.',
    en: 'Inform the data subjects: nature of the breach, contact point, consequences and measures.',
    bron: AVG_34_1,
  },
  OPENBARE_MEDEDELING: {
    nl: 'Doe een openbare mededeling: aard van het lek, contactpunt, gevolgen en maatregelen.',
    en: 'Make a public communication: nature of the breach, contact point, consequences and measures.',
    bron: AVG_34_3_C,
  },
  HERSTELMAATREGEL: {
    nl: 'Neem herstelmaatregelen (systeem vervangen, back-up terugzetten, toegang afsluiten) en registreer ze.',
    en: 'Take recovery measures (replace the system, restore the backup, shut off access) and register them.',
    bron: /* @__PURE__ */ seedBron('Deel B Stap 3'),
  },
  PREVENTIEVE_MAATREGEL: {
    nl: 'Neem preventieve maatregelen tegen herhaling en registreer ze bij de melding.',
    en: 'Take preventive measures against recurrence and register them with the report.',
    bron: /* @__PURE__ */ seedBron('Deel B Stap 4'),
  },
  VERWERKER_TE_LAAT: {
    nl: 'De verwerker heeft de school later geïnformeerd dan de verwerkersovereenkomst vraagt: leg dit vast en spreek de verwerker erop aan.',
    en: 'The processor informed the school later than the data processing agreement requires: record it and take it up with the processor.',
    bron: AVG_33_2,
  },
  SLUITEN: {
    nl: 'Sluit het dossier.',
    en: 'Close the dossier.',
    bron: /* @__PURE__ */ seedBron('Deel B Stap 4'),
  },
});

/**
 * A problem of this package: its code, where it is, and its melding (the catalogue's Dutch text unless a more
 * precise one is given), with the parameters of the sentence.
 */
export function datalekProbleem(
  code: DatalekProbleemCode,
  pad: readonly (string | number)[],
  parameters?: Parameters,
  melding: string = codeTekst(PROBLEEM_CODES, code, 'nl', parameters),
): Probleem {
  return parameters ? { code, pad, melding, parameters } : { code, pad, melding };
}
