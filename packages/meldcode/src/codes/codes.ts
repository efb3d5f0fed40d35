import type { CodeCatalogus } from '@schoolveiligheid/kern';
import {
  AFWEGINGSKADER,
  AFWEGINGSKADER_ONDERWIJS,
  JEUGDWET_7_1_2_3,
  JEUGDWET_7_1_3_2,
  JEUGDWET_7_1_4_1,
  JEUGDWET_7_1_4_3,
  JEUGDWET_7_1_4_5_LID_1,
  JEUGDWET_7_1_4_5_LID_2,
  JEUGDWET_7_1_4_6,
  JEUGDWET_7_1_5_1,
  JEUGDWET_MELDINGSBEVOEGD,
  LEEFTIJD_TELLING,
  MELDCODE_ELEMENTEN,
  MELDCODE_STAPPEN,
  MELDCODE_TEKST_2018,
  PORAAD_BEWAARTERMIJNEN,
  SEED_GEVAARROUTE,
  SEED_ONDERWIJSROUTE,
  VEILIG_THUIS_TERUGKOPPELING,
  VOORRANG_JEUGDWET,
} from '../bronnen/bronnen.js';

// Closed unions of every code this package can produce, each with its catalogue: typed as a record over the
// union, so a code without Dutch and English text is a compile error. Vendors store these codes: a contract.

/** Reasons in the decisions of this package (afwegingskader, Verwijsindex, informeerplicht, matching). */
export type MeldcodeRedenCode =
  | 'AFWEGING_VERMOEDEN'
  | 'AFWEGING_VEILIGHEID'
  | 'AFWEGING_HULP'
  | 'AFWEGING_AANVAARDING'
  | 'AFWEGING_RESULTAAT'
  | 'AFWEGING_RESULTAAT_LOOPT'
  | 'TWIJFEL_TELT_ALS_JA'
  | 'ONVEILIGHEID_ALTIJD_MELDEN'
  | 'AFWEGINGSKADER_NIET_VERPLICHT'
  | 'UITKOMST_AFSLUITEN'
  | 'UITKOMST_MELDEN'
  | 'UITKOMST_HULP_ORGANISEREN'
  | 'UITKOMST_MELDEN_EN_HULP'
  | 'SIGNAAL_ACTIEF'
  | 'SIGNAAL_TWEE_JAAR'
  | 'SIGNAAL_LEEFTIJD'
  | 'SIGNAAL_OVERLIJDEN'
  | 'SIGNAAL_NIET_TERECHT'
  | 'SIGNAAL_RISICO_WEG'
  | 'SIGNAAL_AVG_VERZOEK'
  | 'SIGNAAL_IN_ARCHIEF'
  | 'SIGNAAL_NIET_GEARCHIVEERD'
  | 'SIGNAAL_GEWIST'
  | 'NIEUWE_MELDING_MOGELIJK'
  | 'ARCHIEF_EENMALIG_SIGNAAL'
  | 'LEEFTIJD_TELLING'
  | 'MEDEDELING_VERTEGENWOORDIGER'
  | 'MEDEDELING_BEIDEN'
  | 'MEDEDELING_JEUGDIGE'
  | 'RECHTEN_VERTEGENWOORDIGER'
  | 'RECHTEN_GEZAMENLIJK'
  | 'RECHTEN_JEUGDIGE'
  | 'UAVG_RECHTEN'
  | 'UAVG_WIJKT_AF'
  | 'GEEN_JEUGDIGE'
  | 'MATCH_ZELFDE_JEUGDIGE'
  | 'MATCH_ZELFDE_ADRES'
  | 'MATCH_GEMEENSCHAPPELIJKE_OUDER'
  | 'MATCH_REGIE_COLLEGE'
  | 'MATCH_ZONDER_INHOUD'
  | 'FUNCTIE_MELDINGSBEVOEGD_ONBEVESTIGD'
  | 'FUNCTIE_MELDINGSBEVOEGD_BEVESTIGD'
  | 'FUNCTIE_NIET_AANGEWEZEN'
  | 'GEEN_AFSPRAKEN_GEMEENTE'
  | 'RISICO_VERMOED'
  | 'GEEN_RISICO'
  | 'BEZWAAR_REDENEN_VASTGELEGD'
  | 'BEZWAAR_ZONDER_REDENEN'
  | 'LEERLING_INFORMEREN'
  | 'OUDERS_SIGNALEN_BESPREKEN'
  | 'OUDERS_IN_GESPREK_BLIJVEN'
  | 'OUDERS_GESPREK_VOEREN'
  | 'OUDERS_IN_WEGING'
  | 'OUDERS_BIJ_BESLUIT'
  | 'OUDERS_BIJ_VOLGEN'
  | 'OUDERS_NIET_BIJ_GEVAAR'
  | 'OUDERS_VIA_VEILIG_THUIS'
  | 'ARCHIEF_EENMALIG'
  | 'ARCHIEF_ONTKRACHT'
  | 'ARCHIEF_BEWAARTERMIJN'
  | 'ARCHIEF_BEWAARTERMIJN_ONBEKEND'
  | 'NIET_GEARCHIVEERD';

/** Problems: refused events of the meldcode dossier and unanswered afwegingen. */
export type MeldcodeProbleemCode =
  | 'AFWEGING_ONBEANTWOORD'
  | 'AFWEGING_TWIJFEL_RAADPLEEG_VEILIG_THUIS'
  | 'GEEN_SIGNAAL'
  | 'GESPREK_NIET_AFGESTEMD'
  | 'BESLUIT_AL_GENOMEN'
  | 'BESLUIT_NIET_DOOR_EINDVERANTWOORDELIJKE'
  | 'BESLUIT_ZONDER_MELDING'
  | 'GEEN_BESLUIT_TOT_MELDEN'
  | 'AL_GEMELD'
  | 'NOG_NIET_GEMELD'
  | 'GEEN_HULP_BESLOTEN'
  | 'ARCHIVEREN_ZONDER_OVERLEG'
  | 'ARCHIVEREN_BIJ_GEVAAR'
  | 'ARCHIVEREN_NA_WEGING';

/** Terms the procedure reports as running or overdue. */
export type MeldcodeTermijnCode = 'TERUGKOPPELING_VEILIG_THUIS';

/** Next steps the procedure names. */
export type MeldcodeStapCode =
  | 'SIGNALEN_VASTLEGGEN'
  | 'COLLEGIAAL_OVERLEGGEN'
  | 'GESPREK_MET_LEERLING'
  | 'GESPREK_MET_OUDERS'
  | 'WEGEN_IN_ONDERSTEUNINGSTEAM'
  | 'AFWEGINGSKADER_DOORLOPEN'
  | 'BESLUIT_NEMEN'
  | 'AANDACHTSFUNCTIONARIS_DIRECT_RAADPLEGEN'
  | 'VEILIG_THUIS_DIRECT_CONTACTEREN'
  | 'MELDEN_BIJ_VEILIG_THUIS'
  | 'OUDERS_INFORMEREN'
  | 'OUDERS_AFSTEMMEN_MET_VEILIG_THUIS'
  | 'TERUGKOPPELING_NAVRAGEN'
  | 'VERVOLGAFSPRAKEN_VASTLEGGEN'
  | 'HULP_VOLGEN_EN_EVALUEREN'
  | 'DOSSIER_AFSLUITEN';

/**
 * Catalogue of {@link MeldcodeRedenCode}; the `{naam}` slots are filled from the reason's `parameters`.
 *
 * @example
 * ```ts
 * import { MELDCODE_REDEN_CODES } from '@schoolveiligheid/meldcode';
 * MELDCODE_REDEN_CODES.ONVEILIGHEID_ALTIJD_MELDEN.en; //=> 'Acute or structural unsafety is always reported to Veilig Thuis.'
 * ```
 */
export const MELDCODE_REDEN_CODES: CodeCatalogus<MeldcodeRedenCode> = /* @__PURE__ */ Object.freeze({
  AFWEGING_VERMOEDEN: {
    nl: 'Afweging {afweging} (vermoeden van huiselijk geweld of kindermishandeling): {antwoord}.',
    en: 'Afweging {afweging} (suspicion of domestic violence or child abuse): {antwoord}.',
    bron: AFWEGINGSKADER,
  },
  AFWEGING_VEILIGHEID: {
    nl: 'Afweging {afweging} (acute of structurele onveiligheid): {antwoord}.',
    en: 'Afweging {afweging} (acute or structural unsafety): {antwoord}.',
    bron: AFWEGINGSKADER,
  },
  AFWEGING_HULP: {
    nl: 'Afweging {afweging} (kan de school of een ketenpartner effectieve hulp bieden of organiseren): {antwoord}.',
    en: 'Afweging {afweging} (can the school or a partner offer or organise effective help): {antwoord}.',
    bron: AFWEGINGSKADER_ONDERWIJS,
  },
  AFWEGING_AANVAARDING: {
    nl: 'Afweging {afweging} (aanvaarden de betrokkenen de hulp): {antwoord}.',
    en: 'Afweging {afweging} (do those involved accept the help): {antwoord}.',
    bron: AFWEGINGSKADER,
  },
  AFWEGING_RESULTAAT: {
    nl: 'Afweging {afweging} (leidt de hulp tot duurzame veiligheid): {antwoord}.',
    en: 'Afweging {afweging} (does the help lead to lasting safety): {antwoord}.',
    bron: AFWEGINGSKADER,
  },
  AFWEGING_RESULTAAT_LOOPT: {
    nl: 'Afweging {afweging} wordt beoordeeld na de afgesproken termijn; spreek een termijn, een meetbaar effect en een casemanager af.',
    en: 'Afweging {afweging} is judged after the agreed term; agree a term, a measurable effect and a case manager.',
    bron: AFWEGINGSKADER,
  },
  TWIJFEL_TELT_ALS_JA: {
    nl: 'In het onderwijs telt twijfel bij afweging {afweging} als ja.',
    en: 'In education, doubt at afweging {afweging} counts as yes.',
    bron: AFWEGINGSKADER_ONDERWIJS,
  },
  ONVEILIGHEID_ALTIJD_MELDEN: {
    nl: 'Bij acute of structurele onveiligheid wordt altijd gemeld bij Veilig Thuis.',
    en: 'Acute or structural unsafety is always reported to Veilig Thuis.',
    bron: AFWEGINGSKADER,
  },
  AFWEGINGSKADER_NIET_VERPLICHT: {
    nl: 'Op de peildatum was het afwegingskader nog niet verplicht (verplicht sinds 1 januari 2019).',
    en: 'On the reference date the afwegingskader was not yet mandatory (mandatory since 1 January 2019).',
    bron: MELDCODE_TEKST_2018,
  },
  UITKOMST_AFSLUITEN: {
    nl: 'Uitkomst: afsluiten en vastleggen in het dossier, met afspraken over het volgen van de veiligheid.',
    en: 'Outcome: close and record in the file, with agreements on monitoring safety.',
    bron: MELDCODE_STAPPEN,
  },
  UITKOMST_MELDEN: {
    nl: 'Uitkomst: melden bij Veilig Thuis.',
    en: 'Outcome: report to Veilig Thuis.',
    bron: MELDCODE_STAPPEN,
  },
  UITKOMST_HULP_ORGANISEREN: {
    nl: 'Uitkomst: hulp bieden of organiseren en de effecten volgen.',
    en: 'Outcome: offer or organise help and follow its effects.',
    bron: MELDCODE_STAPPEN,
  },
  UITKOMST_MELDEN_EN_HULP: {
    nl: 'Uitkomst: melden bij Veilig Thuis en, in overleg met Veilig Thuis, ook hulp bieden of organiseren.',
    en: 'Outcome: report to Veilig Thuis and, in consultation with Veilig Thuis, also offer or organise help.',
    bron: MELDCODE_STAPPEN,
  },
  SIGNAAL_ACTIEF: {
    nl: 'De melding in de verwijsindex is actief tot {verwijderdatum}.',
    en: 'The Verwijsindex melding is active until {verwijderdatum}.',
    bron: JEUGDWET_7_1_4_3,
  },
  SIGNAAL_TWEE_JAAR: {
    nl: 'De melding wordt uiterlijk twee jaar na {gemeldOp} verwijderd: op {verwijderdatum}.',
    en: 'The melding is removed at the latest two years after {gemeldOp}: on {verwijderdatum}.',
    bron: JEUGDWET_7_1_4_5_LID_2,
  },
  SIGNAAL_LEEFTIJD: {
    nl: 'De melding vervalt met ingang van de dag dat de jeugdige {leeftijd} jaar wordt: {verwijderdatum}.',
    en: 'The melding lapses from the day the young person turns {leeftijd}: {verwijderdatum}.',
    bron: JEUGDWET_7_1_4_5_LID_2,
  },
  SIGNAAL_OVERLIJDEN: {
    nl: 'De melding wordt zo spoedig mogelijk na het overlijden van de jeugdige verwijderd.',
    en: 'The melding is removed as soon as possible after the young person died.',
    bron: JEUGDWET_7_1_4_5_LID_2,
  },
  SIGNAAL_NIET_TERECHT: {
    nl: 'De melder heeft de melding op {verwijderdatum} verwijderd omdat zij niet terecht was.',
    en: 'The reporter removed the melding on {verwijderdatum} because it was unjustified.',
    bron: JEUGDWET_7_1_4_5_LID_1,
  },
  SIGNAAL_RISICO_WEG: {
    nl: 'De melder heeft de melding op {verwijderdatum} verwijderd omdat het risico er niet meer is.',
    en: 'The reporter removed the melding on {verwijderdatum} because the risk is gone.',
    bron: JEUGDWET_7_1_4_5_LID_1,
  },
  SIGNAAL_AVG_VERZOEK: {
    nl: 'De melding is op {verwijderdatum} verwijderd op een verzoek of bezwaar (AVG art. 16, 17 of 21).',
    en: 'The melding was removed on {verwijderdatum} on a request or objection (GDPR art. 16, 17 or 21).',
    bron: JEUGDWET_7_1_4_6,
  },
  SIGNAAL_IN_ARCHIEF: {
    nl: 'De verwijderde melding staat in het historisch meldingenarchief tot {vernietigdatum}.',
    en: 'The removed melding stays in the historical archive until {vernietigdatum}.',
    bron: JEUGDWET_7_1_4_6,
  },
  SIGNAAL_NIET_GEARCHIVEERD: {
    nl: 'Deze verwijdering gaat niet naar het historisch meldingenarchief.',
    en: 'This removal does not go to the historical archive.',
    bron: JEUGDWET_7_1_4_6,
  },
  SIGNAAL_GEWIST: {
    nl: 'De melding staat niet meer in de verwijsindex of het archief.',
    en: 'The melding is no longer in the Verwijsindex or the archive.',
    bron: JEUGDWET_7_1_4_6,
  },
  NIEUWE_MELDING_MOGELIJK: {
    nl: 'Bestaat het risico nog, dan kan de melder een nieuwe melding doen; verlengen kan niet.',
    en: 'If the risk remains, the reporter may make a new melding; it cannot be extended.',
    bron: JEUGDWET_7_1_4_5_LID_2,
  },
  ARCHIEF_EENMALIG_SIGNAAL: {
    nl: 'Uit het archief krijgt een nieuwe melder over deze jeugdige eenmalig een signaal.',
    en: 'From the archive, a new reporter on this young person receives a signal once.',
    bron: JEUGDWET_7_1_4_6,
  },
  LEEFTIJD_TELLING: {
    nl: 'Jaren en leeftijden zijn in kalendermaanden geteld (29 februari valt in een gewoon jaar op 28 februari).',
    en: 'Years and ages are counted in calendar months (29 February falls on 28 February in a common year).',
    bron: LEEFTIJD_TELLING,
  },
  MEDEDELING_VERTEGENWOORDIGER: {
    nl: 'De jeugdige is {leeftijd}: de mededeling over de melding gaat naar de wettelijk vertegenwoordiger.',
    en: 'The young person is {leeftijd}: the notice of the melding goes to the legal representative.',
    bron: JEUGDWET_7_1_5_1,
  },
  MEDEDELING_BEIDEN: {
    nl: 'De jeugdige is {leeftijd}: de mededeling gaat naar de jeugdige en naar de wettelijk vertegenwoordiger.',
    en: 'The young person is {leeftijd}: the notice goes to the young person and to the legal representative.',
    bron: JEUGDWET_7_1_5_1,
  },
  MEDEDELING_JEUGDIGE: {
    nl: 'De jeugdige is {leeftijd}: de mededeling gaat naar de jeugdige zelf.',
    en: 'The young person is {leeftijd}: the notice goes to the young person.',
    bron: JEUGDWET_7_1_5_1,
  },
  RECHTEN_VERTEGENWOORDIGER: {
    nl: 'Verzoeken (AVG art. 15, 16, 17) en bezwaar (art. 21) doet de wettelijk vertegenwoordiger.',
    en: 'Requests (GDPR art. 15, 16, 17) and objections (art. 21) are made by the legal representative.',
    bron: JEUGDWET_7_1_5_1,
  },
  RECHTEN_GEZAMENLIJK: {
    nl: 'Verzoeken en bezwaar doen de jeugdige en de wettelijk vertegenwoordiger gezamenlijk.',
    en: 'Requests and objections are made by the young person and the legal representative jointly.',
    bron: JEUGDWET_7_1_5_1,
  },
  RECHTEN_JEUGDIGE: {
    nl: 'Verzoeken en bezwaar doet de jeugdige zelf (de Jeugdwet regelt het vanaf 16 niet; de AVG geldt).',
    en: 'Requests and objections are made by the young person (the Jeugdwet is silent from 16; the GDPR applies).',
    bron: JEUGDWET_7_1_5_1,
  },
  UAVG_RECHTEN: {
    nl: 'Volgens UAVG art. 5 op {peildatum} oefent {uavgDoor} de rechten uit.',
    en: 'Under UAVG art. 5 on {peildatum}, {uavgDoor} exercises the rights.',
  },
  UAVG_WIJKT_AF: {
    nl: 'De UAVG wijkt hier af van Jeugdwet 7.1.5.1; de SDK volgt de Jeugdwet als bijzondere regel (open vraag).',
    en: 'The UAVG differs here from Jeugdwet 7.1.5.1; the SDK follows the Jeugdwet as the specific rule (open question).',
    bron: VOORRANG_JEUGDWET,
  },
  GEEN_JEUGDIGE: {
    nl: 'De persoon is {leeftijd} en geen jeugdige meer in de zin van de verwijsindex.',
    en: 'The person is {leeftijd} and no longer a young person for the Verwijsindex.',
    bron: JEUGDWET_7_1_4_5_LID_2,
  },
  MATCH_ZELFDE_JEUGDIGE: {
    nl: '{aantal} actieve meldingen over dezelfde jeugdige: de melders krijgen elkaars gegevens.',
    en: '{aantal} active meldingen on the same young person: the reporters receive each other’s details.',
    bron: JEUGDWET_7_1_2_3,
  },
  MATCH_ZELFDE_ADRES: {
    nl: '{aantal} actieve meldingen over jeugdigen op hetzelfde woonadres: de melders krijgen elkaars gegevens.',
    en: '{aantal} active meldingen on young people at the same home address: the reporters receive each other’s details.',
    bron: JEUGDWET_7_1_2_3,
  },
  MATCH_GEMEENSCHAPPELIJKE_OUDER: {
    nl: '{aantal} actieve meldingen over jeugdigen met een gemeenschappelijke ouder: de melders krijgen elkaars gegevens.',
    en: '{aantal} active meldingen on young people with a common parent: the reporters receive each other’s details.',
    bron: JEUGDWET_7_1_2_3,
  },
  MATCH_REGIE_COLLEGE: {
    nl: 'Het college (de matchregisseur) gaat na of de melders contact met elkaar hebben opgenomen.',
    en: 'The college (the match coordinator) checks that the reporters contacted each other.',
    bron: JEUGDWET_7_1_3_2,
  },
  MATCH_ZONDER_INHOUD: {
    nl: 'Een signaal bevat alleen de gegevens van de melders, nooit de aard van de zorg.',
    en: 'A signal holds only the reporters’ details, never the nature of the concern.',
    bron: JEUGDWET_7_1_4_3,
  },
  FUNCTIE_MELDINGSBEVOEGD_ONBEVESTIGD: {
    nl: 'Of de functie {functie} in het primair onderwijs meldingsbevoegd is, is niet bevestigd; ga het na in het Besluit Jeugdwet en de afspraken met de gemeente.',
    en: 'Whether the {functie} function in primary education may report is not confirmed; check the Besluit Jeugdwet and the agreements with the municipality.',
    bron: JEUGDWET_MELDINGSBEVOEGD,
  },
  FUNCTIE_MELDINGSBEVOEGD_BEVESTIGD: {
    nl: 'De school heeft bevestigd dat de functie {functie} onder de afspraken meldingsbevoegd is.',
    en: 'The school confirmed that the {functie} function may report under the agreements.',
    bron: JEUGDWET_MELDINGSBEVOEGD,
  },
  FUNCTIE_NIET_AANGEWEZEN: {
    nl: 'De instelling heeft deze medewerker niet als meldingsbevoegde aangewezen.',
    en: 'The institution has not designated this staff member as a reporter.',
    bron: JEUGDWET_MELDINGSBEVOEGD,
  },
  GEEN_AFSPRAKEN_GEMEENTE: {
    nl: 'Zonder schriftelijke afspraken met de gemeente kan de school niet melden in de verwijsindex.',
    en: 'Without written agreements with the municipality the school cannot report to the Verwijsindex.',
    bron: JEUGDWET_MELDINGSBEVOEGD,
  },
  RISICO_VERMOED: {
    nl: 'Er is een redelijk vermoeden van {aantal} risico(’s) uit de lijst van Jeugdwet 7.1.4.1.',
    en: 'There is a reasonable suspicion of {aantal} risk(s) from the list of Jeugdwet 7.1.4.1.',
    bron: JEUGDWET_7_1_4_1,
  },
  GEEN_RISICO: {
    nl: 'Een melding vraagt een redelijk vermoeden van ten minste één risico uit Jeugdwet 7.1.4.1.',
    en: 'A melding needs a reasonable suspicion of at least one risk from Jeugdwet 7.1.4.1.',
    bron: JEUGDWET_7_1_4_1,
  },
  BEZWAAR_REDENEN_VASTGELEGD: {
    nl: 'De leerling maakte bezwaar; de professional meldt toch en heeft de redenen vastgelegd.',
    en: 'The pupil objected; the professional reports anyway and has recorded the reasons.',
    bron: JEUGDWET_7_1_4_1,
  },
  BEZWAAR_ZONDER_REDENEN: {
    nl: 'De leerling maakte bezwaar: leg eerst vast waarom u toch een signaal afgeeft.',
    en: 'The pupil objected: first record why you report anyway.',
    bron: JEUGDWET_7_1_4_1,
  },
  LEERLING_INFORMEREN: {
    nl: 'Informeer over het signaal volgens de informeerplicht (informeerplicht(jeugdige, peildatum)).',
    en: 'Inform about the signal under the duty to inform (informeerplicht(jeugdige, peildatum)).',
    bron: JEUGDWET_7_1_5_1,
  },
  OUDERS_SIGNALEN_BESPREKEN: {
    nl: 'In gesprek met ouders: bespreek de signalen en de thuissituatie met de ouders; dat helpt de zorgen te verhelderen, te ontkrachten of te bevestigen.',
    en: 'Talking with the parents: discuss the signals and the home situation with the parents; it helps to clarify, refute or confirm the concerns.',
    bron: SEED_ONDERWIJSROUTE,
  },
  OUDERS_IN_GESPREK_BLIJVEN: {
    nl: 'In gesprek met ouders: blijf gedurende het hele traject met de leerling en de ouders in gesprek.',
    en: 'Talking with the parents: stay in conversation with the pupil and the parents throughout.',
    bron: SEED_ONDERWIJSROUTE,
  },
  OUDERS_GESPREK_VOEREN: {
    nl: 'In gesprek met ouders: in het primair onderwijs gaat het gesprek met de betrokkene naast de leerling altijd ook om de ouders.',
    en: 'Talking with the parents: in primary education the talk with the person concerned is, besides the pupil, always also with the parents.',
    bron: SEED_ONDERWIJSROUTE,
  },
  OUDERS_IN_WEGING: {
    nl: 'In gesprek met ouders: weeg de informatie uit het gesprek met de ouders mee; de ouders kunnen bij de bespreking aanwezig zijn.',
    en: 'Talking with the parents: weigh what the talk with the parents brought; the parents may attend the meeting.',
    bron: SEED_ONDERWIJSROUTE,
  },
  OUDERS_BIJ_BESLUIT: {
    nl: 'In gesprek met ouders: leg vast wie de ouders informeert over de uitkomst en een eventuele melding bij Veilig Thuis.',
    en: 'Talking with the parents: record who informs the parents of the outcome and of any report to Veilig Thuis.',
    bron: SEED_ONDERWIJSROUTE,
  },
  OUDERS_BIJ_VOLGEN: {
    nl: 'In gesprek met ouders: volg de effecten van de hulp samen met de leerkracht en de ouders.',
    en: 'Talking with the parents: follow the effects of the help together with the teacher and the parents.',
    bron: SEED_ONDERWIJSROUTE,
  },
  OUDERS_NIET_BIJ_GEVAAR: {
    nl: 'Geen gesprek met de ouders: een gesprek kan de veiligheid van de leerling in gevaar brengen ({gevaar}).',
    en: 'No talk with the parents: a talk could endanger the pupil ({gevaar}).',
    bron: SEED_GEVAARROUTE,
  },
  OUDERS_VIA_VEILIG_THUIS: {
    nl: 'Geen gesprek met de ouders op eigen initiatief ({gevaar}): alleen zoals met Veilig Thuis is afgesproken.',
    en: 'No talk with the parents on your own initiative ({gevaar}): only as agreed with Veilig Thuis.',
    bron: SEED_GEVAARROUTE,
  },
  ARCHIEF_EENMALIG: {
    nl: 'Het signaal bleek na het in kaart brengen en het collegiaal overleg eenmalig: de route is afgesloten en het signaal gearchiveerd op {datum}.',
    en: 'After mapping and collegial consultation the signal turned out to be one-off: the route is closed and the signal archived on {datum}.',
    bron: AFWEGINGSKADER,
  },
  ARCHIEF_ONTKRACHT: {
    nl: 'Het vermoeden is na het in kaart brengen en het collegiaal overleg ontkracht: de route is afgesloten en het signaal gearchiveerd op {datum}.',
    en: 'After mapping and collegial consultation the suspicion was refuted: the route is closed and the signal archived on {datum}.',
    bron: AFWEGINGSKADER,
  },
  ARCHIEF_BEWAARTERMIJN: {
    nl: 'Het gearchiveerde signaal blijft in het leerlingdossier tot {aantal} {eenheid} na het vertrek van de leerling.',
    en: 'The archived signal stays in the pupil file until {aantal} {eenheid} after the pupil leaves.',
    bron: PORAAD_BEWAARTERMIJNEN,
  },
  ARCHIEF_BEWAARTERMIJN_ONBEKEND: {
    nl: 'Voor de archiveringsdatum is geen bewaartermijn bekend; bewaar niet langer dan nodig.',
    en: 'No retention term is known for the archiving date; keep no longer than needed.',
    bron: PORAAD_BEWAARTERMIJNEN,
  },
  NIET_GEARCHIVEERD: {
    nl: 'Het signaal in dit dossier is niet gearchiveerd.',
    en: 'The signal in this dossier has not been archived.',
  },
});

/**
 * Catalogue of {@link MeldcodeProbleemCode}.
 *
 * @example
 * ```ts
 * import { MELDCODE_PROBLEEM_CODES } from '@schoolveiligheid/meldcode';
 * MELDCODE_PROBLEEM_CODES.AFWEGING_ONBEANTWOORD.en; //=> 'Afweging {afweging} has no answer; the decision needs it.'
 * ```
 */
export const MELDCODE_PROBLEEM_CODES: CodeCatalogus<MeldcodeProbleemCode> = /* @__PURE__ */ Object.freeze({
  AFWEGING_ONBEANTWOORD: {
    nl: 'Afweging {afweging} is niet beantwoord; de beslissing heeft het antwoord nodig.',
    en: 'Afweging {afweging} has no answer; the decision needs it.',
    bron: AFWEGINGSKADER,
  },
  AFWEGING_TWIJFEL_RAADPLEEG_VEILIG_THUIS: {
    nl: 'Twijfel bij afweging {afweging}: raadpleeg Veilig Thuis en beantwoord de vraag met ja of nee.',
    en: 'Doubt at afweging {afweging}: consult Veilig Thuis and answer the question yes or no.',
    bron: MELDCODE_STAPPEN,
  },
  GEEN_SIGNAAL: {
    nl: 'Leg eerst een signaal vast; de meldcode begint bij het in kaart brengen van signalen.',
    en: 'Record a signal first; the meldcode starts by mapping the signals.',
    bron: MELDCODE_STAPPEN,
  },
  GESPREK_NIET_AFGESTEMD: {
    nl: 'Een gesprek met de leerling wordt afgestemd op de (ontwikkelings)leeftijd; leg dat vast.',
    en: 'A talk with the pupil is matched to the developmental age; record that it was.',
    bron: SEED_ONDERWIJSROUTE,
  },
  BESLUIT_AL_GENOMEN: {
    nl: 'In dit dossier is al besloten; leg een nieuwe weging vast in een nieuw dossier.',
    en: 'This dossier already has a decision; record a new weighing in a new dossier.',
  },
  BESLUIT_NIET_DOOR_EINDVERANTWOORDELIJKE: {
    nl: 'Het besluit wordt genomen door de functie die in het dossier als eindverantwoordelijke staat.',
    en: 'The decision is taken by the function named as finally responsible in the dossier.',
    bron: MELDCODE_ELEMENTEN,
  },
  BESLUIT_ZONDER_MELDING: {
    nl: 'Het afwegingskader leidt tot melden; een besluit zonder melding past daar niet bij.',
    en: 'The afwegingskader leads to a melding; a decision without one does not fit it.',
    bron: AFWEGINGSKADER,
  },
  GEEN_BESLUIT_TOT_MELDEN: {
    nl: 'Er is (nog) geen besluit tot melden en geen gevaar vastgelegd.',
    en: 'There is no decision to report (yet) and no danger recorded.',
    bron: MELDCODE_STAPPEN,
  },
  AL_GEMELD: {
    nl: 'De melding bij Veilig Thuis staat al in het dossier.',
    en: 'The report to Veilig Thuis is already in the dossier.',
  },
  NOG_NIET_GEMELD: {
    nl: 'Er is nog niet gemeld bij Veilig Thuis.',
    en: 'Nothing has been reported to Veilig Thuis yet.',
  },
  GEEN_HULP_BESLOTEN: {
    nl: 'Er is geen besluit tot hulp om te evalueren.',
    en: 'There is no decision on help to evaluate.',
    bron: SEED_ONDERWIJSROUTE,
  },
  ARCHIVEREN_ZONDER_OVERLEG: {
    nl: 'Archiveer een signaal pas na collegiaal overleg (stap 2 van de meldcode).',
    en: 'Archive a signal only after collegial consultation (step 2 of the meldcode).',
    bron: MELDCODE_STAPPEN,
  },
  ARCHIVEREN_BIJ_GEVAAR: {
    nl: 'Er is gevaar vastgelegd: het signaal wordt niet gearchiveerd; overleg direct met Veilig Thuis.',
    en: 'A danger is recorded: the signal is not archived; consult Veilig Thuis directly.',
    bron: SEED_GEVAARROUTE,
  },
  ARCHIVEREN_NA_WEGING: {
    nl: 'Na de weging beslist het afwegingskader (afweging 1: geen vermoeden is afsluiten), niet het archiveren.',
    en: 'After the weighing the afwegingskader decides (afweging 1: no suspicion means closing), not archiving.',
    bron: AFWEGINGSKADER,
  },
});

/**
 * Catalogue of {@link MeldcodeTermijnCode}. The date itself is in the term (`termijn.laatsteDag`), with its trace.
 *
 * @example
 * ```ts
 * import { MELDCODE_TERMIJN_CODES } from '@schoolveiligheid/meldcode';
 * MELDCODE_TERMIJN_CODES.TERUGKOPPELING_VEILIG_THUIS.bron?.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const MELDCODE_TERMIJN_CODES: CodeCatalogus<MeldcodeTermijnCode> = /* @__PURE__ */ Object.freeze({
  TERUGKOPPELING_VEILIG_THUIS: {
    nl: 'Veilig Thuis besluit of het de melding oppakt en koppelt terug aan de school (termijn niet landelijk bevestigd).',
    en: 'Veilig Thuis decides whether it takes the report up and reports back to the school (term not confirmed nationally).',
    bron: VEILIG_THUIS_TERUGKOPPELING,
  },
});

/**
 * Catalogue of {@link MeldcodeStapCode}.
 *
 * @example
 * ```ts
 * import { MELDCODE_STAP_CODES } from '@schoolveiligheid/meldcode';
 * MELDCODE_STAP_CODES.VEILIG_THUIS_DIRECT_CONTACTEREN.en; //=> 'Contact Veilig Thuis directly, without talking to the parents first.'
 * ```
 */
export const MELDCODE_STAP_CODES: CodeCatalogus<MeldcodeStapCode> = /* @__PURE__ */ Object.freeze({
  SIGNALEN_VASTLEGGEN: {
    nl: 'Leg de signalen vast als feiten (wat is gezien en gehoord, door wie, wanneer), niet als interpretaties.',
    en: 'Record the signals as facts (what was seen and heard, by whom, when), not as interpretations.',
    bron: MELDCODE_STAPPEN,
  },
  COLLEGIAAL_OVERLEGGEN: {
    nl: 'Overleg met een collega of de intern begeleider; vraag zo nodig (anoniem) advies aan Veilig Thuis.',
    en: 'Consult a colleague or the intern begeleider; if needed ask Veilig Thuis for (anonymous) advice.',
    bron: MELDCODE_STAPPEN,
  },
  GESPREK_MET_LEERLING: {
    nl: 'Ga, na afstemming met de aandachtsfunctionaris, in gesprek met de leerling, afgestemd op de ontwikkelingsleeftijd.',
    en: 'After consulting the aandachtsfunctionaris, talk with the pupil, matched to the developmental age.',
    bron: MELDCODE_STAPPEN,
  },
  GESPREK_MET_OUDERS: {
    nl: 'Ga in gesprek met de ouders of verzorgers over de signalen en blijf met hen in gesprek.',
    en: 'Talk with the parents or carers about the signals and stay in touch with them.',
    bron: SEED_ONDERWIJSROUTE,
  },
  WEGEN_IN_ONDERSTEUNINGSTEAM: {
    nl: 'Weeg de signalen, het advies en de gesprekken in het ondersteuningsteam.',
    en: 'Weigh the signals, the advice and the talks in the support team.',
    bron: SEED_ONDERWIJSROUTE,
  },
  AFWEGINGSKADER_DOORLOPEN: {
    nl: 'Doorloop de vijf afwegingen van het afwegingskader en leg de antwoorden vast.',
    en: 'Go through the five afwegingen of the afwegingskader and record the answers.',
    bron: MELDCODE_ELEMENTEN,
  },
  BESLUIT_NEMEN: {
    nl: 'De eindverantwoordelijke beslist eerst over melden, dan over hulp, en legt vast wie de ouders informeert.',
    en: 'The person finally responsible decides first on reporting, then on help, and records who informs the parents.',
    bron: MELDCODE_STAPPEN,
  },
  AANDACHTSFUNCTIONARIS_DIRECT_RAADPLEGEN: {
    nl: 'Overleg direct met de aandachtsfunctionaris of intern begeleider; voer geen gesprek met de ouders.',
    en: 'Consult the aandachtsfunctionaris or intern begeleider at once; do not talk to the parents.',
    bron: SEED_GEVAARROUTE,
  },
  VEILIG_THUIS_DIRECT_CONTACTEREN: {
    nl: 'Neem direct contact op met Veilig Thuis, zonder eerst met de ouders te spreken.',
    en: 'Contact Veilig Thuis directly, without talking to the parents first.',
    bron: SEED_GEVAARROUTE,
  },
  MELDEN_BIJ_VEILIG_THUIS: {
    nl: 'Meld bij Veilig Thuis en leg de melding vast.',
    en: 'Report to Veilig Thuis and record the report.',
    bron: MELDCODE_STAPPEN,
  },
  OUDERS_INFORMEREN: {
    nl: 'Informeer de ouders over de melding, zoals in het besluit is afgesproken.',
    en: 'Inform the parents of the report, as agreed in the decision.',
    bron: SEED_ONDERWIJSROUTE,
  },
  OUDERS_AFSTEMMEN_MET_VEILIG_THUIS: {
    nl: 'Spreek met Veilig Thuis af of, wanneer en door wie de ouders worden geïnformeerd; niet op eigen initiatief.',
    en: 'Agree with Veilig Thuis whether, when and by whom the parents are informed; not on your own initiative.',
    bron: SEED_GEVAARROUTE,
  },
  TERUGKOPPELING_NAVRAGEN: {
    nl: 'Vraag Veilig Thuis na of de melding is opgepakt als er geen terugkoppeling is gekomen.',
    en: 'Ask Veilig Thuis whether the report was taken up when no feedback has come.',
    bron: VEILIG_THUIS_TERUGKOPPELING,
  },
  VERVOLGAFSPRAKEN_VASTLEGGEN: {
    nl: 'Leg vast wat de school na de melding zelf nog doet om de leerling te beschermen.',
    en: 'Record what the school itself still does after the report to protect the pupil.',
    bron: SEED_ONDERWIJSROUTE,
  },
  HULP_VOLGEN_EN_EVALUEREN: {
    nl: 'Volg de effecten van de hulp, stel bij en evalueer met leerkracht en ouders.',
    en: 'Follow the effects of the help, adjust and evaluate with the teacher and the parents.',
    bron: SEED_ONDERWIJSROUTE,
  },
  DOSSIER_AFSLUITEN: {
    nl: 'Sluit het dossier af en leg de afspraken over het volgen van de veiligheid vast.',
    en: 'Close the dossier and record the agreements on monitoring safety.',
    bron: AFWEGINGSKADER,
  },
});
