import type { CodeCatalogus } from '@schoolveiligheid/kern';
import {
  ARBOWET_9_LID_2,
  ARBOWET_15,
  SEED_BHV,
  SEED_CALAMITEITENPROTOCOL,
  SEED_CRISISTEAM,
  SEED_MEDISCH,
  SEED_OPVANG,
  SEED_OPVANG_DAGSOORT,
  SEED_ROUW,
  SEED_STANDPUNT_BESTUUR,
  SV_160,
  SV_161,
  WET_BIG_35,
  WET_BIG_NOOD,
  WPO_4A_LID_1,
  WPO_4A_LID_2,
} from '../bronnen/bronnen.js';

// Closed unions of every code this package can produce, each with its catalogue: typed as a record over the
// union, so a code without Dutch and English text is a compile error. Vendors store these codes: a contract.

/** Problems this package gives when it refuses data or an event. */
export type CalamiteitenProbleemCode =
  | 'AL_GEMELD'
  | 'NOG_NIET_GEMELD'
  | 'STAP_NIET_VAN_TOEPASSING'
  | 'STAP_AL_AFGEROND'
  | 'STAP_TE_VROEG'
  | 'STAP_VERPLICHT'
  | 'VERPLICHTE_STAP_OPEN'
  | 'CRISISTEAM_TE_GROOT'
  | 'CRISISTEAM_VERPLICHT_LID_ONTBREEKT'
  | 'CRISISTEAM_LID_DUBBEL'
  | 'CRISISTEAM_LID_NIET_TOEGESTAAN'
  | 'SJABLOON_ONBEKEND'
  | 'VELD_NIET_INGEVULD'
  | 'VELD_ONBEKEND';

/** Steps of the calamiteitenprotocol (seed Bijlage 17, crisis team, WPO art. 4a). */
export type CalamiteitStapCode =
  | 'IN_VEILIGHEID_BRENGEN'
  | 'ERNST_INSCHATTEN'
  | 'SCHOOLLEIDER_INFORMEREN'
  | 'EERSTE_HULP'
  | 'ONTRUIMEN'
  | 'HULPDIENSTEN_112'
  | 'BERICHT_VERIFIEREN'
  | 'BESTUUR_INFORMEREN'
  | 'ONGEVALSFEITEN_VASTLEGGEN'
  | 'INFORMATIEVOLGORDE_AFSPREKEN'
  | 'DADER_AFSCHERMEN'
  | 'SCHOOL_BEREIKBAAR'
  | 'CRISISTEAM_BIJEENROEPEN'
  | 'CRISISTEAM_BIJEEN'
  | 'PERSONEEL_INFORMEREN'
  | 'LEERLINGEN_INFORMEREN'
  | 'FAMILIE_CONTACT'
  | 'OUDERS_PER_BRIEF'
  | 'PERS_VIA_BESTUUR'
  | 'MR_INFORMEREN'
  | 'VERTROUWENSINSPECTEUR_OVERLEGGEN'
  | 'BETROKKENEN_INFORMEREN_VOOR_AANGIFTE'
  | 'AANGIFTE_DOEN'
  | 'UITKOMST_ARCHIVEREN'
  | 'NAZORG_CONTACT_DIRECTIE'
  | 'NAZORG_CONTACT_VEILIGHEIDSCOORDINATOR'
  | 'NAZORG_VERVOLGGESPREK_GEVOERD'
  | 'NAZORG_AFSLUITEND_GESPREK_GEVOERD';

/** Steps of the grief protocols (seed F.1 Protocol rouw en verdriet). */
export type RouwStapCode =
  | 'BERICHT_AANNEMEN'
  | 'CONTACTPERSOON_WAARSCHUWEN'
  | 'BERICHT_CONTROLEREN'
  | 'ROUWTEAM_SAMENSTELLEN'
  | 'TEAM_INFORMEREN'
  | 'BROERS_ZUSSEN_AANPAK'
  | 'CONTACT_NABESTAANDEN'
  | 'GROEP_INFORMEREN'
  | 'ANDERE_GROEPEN_INFORMEREN'
  | 'OUDERS_PER_BRIEF'
  | 'BESTUUR_EN_MR_INFORMEREN'
  | 'INSTANTIES_INFORMEREN'
  | 'HUISBEZOEK'
  | 'ROUWADVERTENTIE'
  | 'ORGANISATORISCHE_AANPASSINGEN'
  | 'VOOR_DE_UITVAART'
  | 'UITVAART'
  | 'NA_DE_UITVAART'
  | 'NAZORG'
  | 'VERJAARDAG_EN_STERFDAG';

/** Aftercare tasks without a term (seed Bijlage 18 and 19: Taken en verantwoordelijkheden; Ziekmelding; Interne melding). */
export type OpvangTaakCode =
  | 'OPVANG_EERSTE_OPVANG'
  | 'OPVANG_LUISTEREND_OOR'
  | 'OPVANG_ADVIES_SYMPTOMEN'
  | 'OPVANG_INFORMATIE_HULP'
  | 'OPVANG_GRENZEN_DOORVERWIJZEN'
  | 'OPVANG_OMGAAN_MET_SCHOK'
  | 'OPVANG_VERTROUWELIJK'
  | 'OPVANG_MELDINGSFORMULIER'
  | 'OPVANG_VOORTGANG_BEWAKEN'
  | 'OPVANG_CONTINUITEIT'
  | 'OPVANG_TERUGKEER_BEGELEIDEN'
  | 'OPVANG_BEDRIJFSARTS'
  | 'OPVANG_MELDING_BHV_EN_MR';

/** Steps of Bijlage 10 of the seed: a calamity with medication or a medical action. */
export type MedicijnStapCode =
  | 'MEDICIJN_LEERLING_NIET_ALLEEN'
  | 'MEDICIJN_BHV_WAARSCHUWEN'
  | 'MEDICIJN_HUISARTS_BELLEN'
  | 'MEDICIJN_112_BIJ_ERNST'
  | 'MEDICIJN_OORZAAK_DOORGEVEN'
  | 'MEDICIJN_GEGEVENS_BIJ_DE_HAND'
  | 'MEDICIJN_OUDERS_BELLEN';

/** Every step code of this package. */
export type CalamiteitenStapCode = CalamiteitStapCode | RouwStapCode | MedicijnStapCode | OpvangTaakCode;

/** Terms this package computes (procedures, aftercare, medical reviews). */
export type CalamiteitenTermijnCode =
  | 'CRISISTEAM_BIJEENKOMST'
  | 'CONTACT_NABESTAANDEN'
  | 'NAZORG_CONTACT_72_UUR'
  | 'NAZORG_CONTACT_3_DAGEN'
  | 'NAZORG_VERVOLGGESPREK'
  | 'NAZORG_AFSLUITEND_GESPREK'
  | 'NAZORG_TERUGKEER'
  | 'MEDISCH_EVALUATIE_DRIE_MAANDEN'
  | 'MEDISCH_EVALUATIE_SCHOOLJAAR';

/** Reasons behind the decisions of this package. */
export type CalamiteitenRedenCode =
  | 'AANGIFTE_PLICHT_SV_160'
  | 'AANGIFTE_BEVOEGD_SV_161'
  | 'AANGIFTE_BELEID_ALTIJD'
  | 'AANGIFTE_WPO_4A_VOLGORDE'
  | 'GEEN_STRAFBAAR_FEIT'
  | 'NOODSITUATIE'
  | 'GEEN_BIG_HANDELING'
  | 'NIET_VRIJWILLIG'
  | 'BIG_BEVOEGD'
  | 'OUDER_OF_DERDE_VOERT_UIT'
  | 'BIG_IN_OPDRACHT_EN_BEKWAAM'
  | 'BIG_ZONDER_OPDRACHT_OF_BEKWAAMHEID'
  | 'BELEID_GEEN_BIG_DOOR_PERSONEEL'
  | 'BELEID_LEVENSREDDEND_UITZONDERING'
  | 'STRENGSTE_CONTACTTERMIJN'
  | 'DAGSOORT_KALENDERDAGEN'
  | 'ARBO_ARTS_SIGNAAL'
  | 'MELDING_BHV_EN_MR'
  | 'GEEN_BHVER_AANWEZIG'
  | 'MINDER_DAN_GEADVISEERD'
  | 'ARBOWET_NOEMT_GEEN_AANTAL';

/**
 * Catalogue of {@link CalamiteitenProbleemCode}.
 *
 * @example
 * ```ts
 * import { CALAMITEITEN_PROBLEEM_CODES } from '@schoolveiligheid/calamiteiten';
 * CALAMITEITEN_PROBLEEM_CODES.CRISISTEAM_TE_GROOT.en; //=> 'The crisis team has at most {max} members.'
 * ```
 */
export const CALAMITEITEN_PROBLEEM_CODES: CodeCatalogus<CalamiteitenProbleemCode> =
  /* @__PURE__ */ Object.freeze({
    AL_GEMELD: {
      nl: 'Dit dossier heeft al een melding; open een nieuw dossier.',
      en: 'This dossier already has a report; open a new dossier.',
    },
    NOG_NIET_GEMELD: {
      nl: 'Leg eerst de melding vast.',
      en: 'Record the report first.',
    },
    STAP_NIET_VAN_TOEPASSING: {
      nl: 'Deze stap hoort niet bij deze soort gebeurtenis.',
      en: 'This step does not belong to this kind of event.',
    },
    STAP_AL_AFGEROND: {
      nl: 'Deze stap is al afgerond of als niet nodig gemarkeerd.',
      en: 'This step is already done or marked as not needed.',
    },
    STAP_TE_VROEG: {
      nl: 'Deze stap kan pas na {voorganger}.',
      en: 'This step can only follow {voorganger}.',
    },
    STAP_VERPLICHT: {
      nl: 'Deze stap is verplicht en kan niet als niet nodig worden gemarkeerd.',
      en: 'This step is mandatory and cannot be marked as not needed.',
      bron: WPO_4A_LID_2,
    },
    VERPLICHTE_STAP_OPEN: {
      nl: 'Het dossier kan niet sluiten: de verplichte stap {stap} is nog open.',
      en: 'The dossier cannot close: the mandatory step {stap} is still open.',
    },
    CRISISTEAM_TE_GROOT: {
      nl: 'Het crisisteam heeft ten hoogste {max} leden.',
      en: 'The crisis team has at most {max} members.',
      bron: SEED_CRISISTEAM,
    },
    CRISISTEAM_VERPLICHT_LID_ONTBREEKT: {
      nl: 'Bij deze crisis neemt in ieder geval {rol} deel.',
      en: 'In this crisis {rol} takes part in any case.',
      bron: SEED_CRISISTEAM,
    },
    CRISISTEAM_LID_DUBBEL: {
      nl: 'Deze functie staat al in het crisisteam.',
      en: 'This function is already in the crisis team.',
    },
    CRISISTEAM_LID_NIET_TOEGESTAAN: {
      nl: 'Deze functie is geen verplicht of optioneel lid van het crisisteam.',
      en: 'This function is not a mandatory or optional member of the crisis team.',
      bron: SEED_CRISISTEAM,
    },
    SJABLOON_ONBEKEND: {
      nl: 'Onbekend sjabloon.',
      en: 'Unknown template.',
    },
    VELD_NIET_INGEVULD: {
      nl: 'Het veld {veld} is niet ingevuld.',
      en: 'The field {veld} is not filled in.',
    },
    VELD_ONBEKEND: {
      nl: 'Dit sjabloon kent dit veld niet.',
      en: 'This template has no such field.',
    },
  });

/**
 * Catalogue of {@link CalamiteitenStapCode}: what each step of the calamiteitenprotocol and the grief protocols asks.
 *
 * @example
 * ```ts
 * import { CALAMITEITEN_STAP_CODES } from '@schoolveiligheid/calamiteiten';
 * CALAMITEITEN_STAP_CODES.LEERLINGEN_INFORMEREN.nl; //=> 'Licht direct na de personeelsbijeenkomst de leerlingen in; direct betrokkenen zo nodig apart.'
 * ```
 */
export const CALAMITEITEN_STAP_CODES: CodeCatalogus<CalamiteitenStapCode> = /* @__PURE__ */ Object.freeze({
  IN_VEILIGHEID_BRENGEN: {
    nl: 'Breng alle betrokkenen en omstanders in veiligheid; vang melder en getuigen op. Bij geen gevaar blijven alle kinderen op school.',
    en: 'Bring everyone involved and bystanders to safety; look after the reporter and witnesses.',
  },
  ERNST_INSCHATTEN: {
    nl: 'Schat de ernst en omvang van de calamiteit in.',
    en: 'Assess how serious and how large the calamity is.',
  },
  SCHOOLLEIDER_INFORMEREN: {
    nl: 'Geef de melding door aan de schoolleider (of een aanwezig MT-lid).',
    en: 'Pass the report to the head teacher (or a management team member present).',
  },
  EERSTE_HULP: {
    nl: "Laat de BHV'ers/EHBO'ers zo nodig eerste hulp verlenen.",
    en: 'Have the emergency responders give first aid where needed.',
    bron: ARBOWET_15,
  },
  ONTRUIMEN: {
    nl: 'Ontruim zo nodig het gebouw.',
    en: 'Evacuate the building where needed.',
    bron: ARBOWET_15,
  },
  HULPDIENSTEN_112: {
    nl: 'Schakel indien nodig politie en hulpverlening in (112).',
    en: 'Call the police and emergency services where needed (112).',
  },
  BERICHT_VERIFIEREN: {
    nl: 'Spreek af of het bericht geheim blijft tot het geverifieerd is en hoe het aan collega’s, kinderen en ouders wordt doorgegeven.',
    en: 'Agree whether the news stays confidential until verified, and how colleagues, pupils and parents are told.',
  },
  BESTUUR_INFORMEREN: {
    nl: 'Licht het college van bestuur in, zeker als er sprake is of kan zijn van aansprakelijkheid (verzekering, Arbeidsinspectie).',
    en: 'Inform the board, certainly when there is or may be liability (insurance, Labour Authority).',
  },
  ONGEVALSFEITEN_VASTLEGGEN: {
    nl: 'Leg de feiten van het ongeval vast en geef ze door aan de Arbowet-beoordeling (meldplicht bij de Arbeidsinspectie).',
    en: 'Record the facts of the accident and pass them to the Arbowet assessment (reporting duty to the Labour Authority).',
  },
  INFORMATIEVOLGORDE_AFSPREKEN: {
    nl: 'Spreek af wie in welke volgorde direct op de hoogte wordt gesteld en wie hen telefonisch of persoonlijk informeert.',
    en: 'Agree who is informed first, in what order, and who tells them by phone or in person.',
  },
  DADER_AFSCHERMEN: {
    nl: 'Scherm bij geweld de dader af, zoveel mogelijk met meerdere collega’s.',
    en: 'In case of violence, shield the perpetrator, with several colleagues where possible.',
  },
  SCHOOL_BEREIKBAAR: {
    nl: 'Zorg dat de school telefonisch bereikbaar is.',
    en: 'Keep the school reachable by phone.',
  },
  CRISISTEAM_BIJEENROEPEN: {
    nl: 'Vraag het crisisteam om hulp via het bestuurssecretariaat (cc college van bestuur) en noem de leden.',
    en: 'Ask for the crisis team through the board secretariat (cc the board) and name its members.',
    bron: SEED_CRISISTEAM,
  },
  CRISISTEAM_BIJEEN: {
    nl: 'Het crisisteam komt bijeen; het adviseert, directeur en bestuur besluiten. Prik vervolgdata.',
    en: 'The crisis team meets; it advises, the head teacher and board decide. Set follow-up dates.',
    bron: SEED_CRISISTEAM,
  },
  PERSONEEL_INFORMEREN: {
    nl: 'Beleg na het contact met het bestuur een bijeenkomst met het personeel.',
    en: 'After contacting the board, hold a staff meeting.',
  },
  LEERLINGEN_INFORMEREN: {
    nl: 'Licht direct na de personeelsbijeenkomst de leerlingen in; direct betrokkenen zo nodig apart.',
    en: 'Right after the staff meeting, tell the pupils; those directly involved separately where needed.',
  },
  FAMILIE_CONTACT: {
    nl: 'Neem indien mogelijk dezelfde dag contact op met de familie of nabestaanden en bied een huisbezoek aan.',
    en: 'Contact the family the same day where possible and offer a home visit.',
  },
  OUDERS_PER_BRIEF: {
    nl: 'Informeer de overige ouders per brief, via één kanaal: de school.',
    en: 'Inform the other parents by letter, through one channel: the school.',
  },
  PERS_VIA_BESTUUR: {
    nl: 'Laat alle communicatie met de pers via het college van bestuur lopen.',
    en: 'Route all contact with the press through the board.',
  },
  MR_INFORMEREN: {
    nl: 'Licht de voorzitter van de MR in.',
    en: 'Inform the chair of the participation council.',
  },
  VERTROUWENSINSPECTEUR_OVERLEGGEN: {
    nl: 'Overleg onverwijld met de vertrouwensinspecteur.',
    en: 'Consult the confidential inspector without delay.',
    bron: WPO_4A_LID_1,
  },
  BETROKKENEN_INFORMEREN_VOOR_AANGIFTE: {
    nl: 'Stel vóór de aangifte de ouders van de leerling en de betrokken persoon op de hoogte.',
    en: "Before reporting to the police, inform the pupil's parents and the person concerned.",
    bron: WPO_4A_LID_2,
  },
  AANGIFTE_DOEN: {
    nl: 'Doe aangifte bij de politie.',
    en: 'Report to the police.',
  },
  UITKOMST_ARCHIVEREN: {
    nl: 'Informeer de leden van het crisisteam over de afloop en archiveer die bij het bestuurssecretariaat.',
    en: 'Tell the crisis team members the outcome and archive it with the board secretariat.',
    bron: SEED_CRISISTEAM,
  },
  NAZORG_CONTACT_DIRECTIE: {
    nl: 'De directie neemt contact op met het slachtoffer of diens ouders (zo spoedig mogelijk, binnen 72 uur).',
    en: 'The management contacts the victim or its parents (as soon as possible, within 72 hours).',
    bron: SEED_OPVANG,
  },
  NAZORG_CONTACT_VEILIGHEIDSCOORDINATOR: {
    nl: 'De veiligheidscoördinator neemt contact op met het slachtoffer of diens ouders en biedt hulp (binnen drie dagen).',
    en: 'The safety coordinator contacts the victim or its parents and offers help (within three days).',
    bron: SEED_OPVANG,
  },
  NAZORG_VERVOLGGESPREK_GEVOERD: {
    nl: 'De directie voert het vervolggesprek: verloopt de opvang naar tevredenheid? (binnen drie weken).',
    en: 'The management holds the follow-up talk: is the care going well? (within three weeks).',
    bron: SEED_OPVANG,
  },
  NAZORG_AFSLUITEND_GESPREK_GEVOERD: {
    nl: 'De directie voert het afsluitende gesprek (na ongeveer twee maanden).',
    en: 'The management holds the closing talk (after about two months).',
    bron: SEED_OPVANG,
  },
  BERICHT_AANNEMEN: {
    nl: 'Vraag naar de toedracht en zeg toe dat er wordt teruggebeld; bij een brenger op school: een rustige ruimte.',
    en: 'Ask what happened and promise a call back; a quiet room for a messenger at school.',
  },
  CONTACTPERSOON_WAARSCHUWEN: {
    nl: 'Waarschuw zo snel mogelijk de contactpersoon of de directie.',
    en: 'Alert the contact person or the head teacher as soon as possible.',
  },
  BERICHT_CONTROLEREN: {
    nl: 'Verifieer het bericht als het niet van familie, arts of politie komt.',
    en: 'Verify the message when it does not come from family, a doctor or the police.',
  },
  ROUWTEAM_SAMENSTELLEN: {
    nl: 'Stel een team samen (contactpersoon, bouwcoördinator, groepsleerkracht, zo nodig een externe deskundige) met één eindverantwoordelijke.',
    en: 'Form a team (contact person, year-group coordinator, class teacher, an outside expert where needed) with one person in charge.',
  },
  TEAM_INFORMEREN: {
    nl: 'Informeer het personeel, ook wie afwezig is.',
    en: 'Inform the staff, also those who are absent.',
  },
  BROERS_ZUSSEN_AANPAK: {
    nl: 'Spreek met de ouders af hoe broertjes en zusjes op school het horen en waar zij worden opgevangen.',
    en: 'Agree with the parents how brothers and sisters at school are told and where they are looked after.',
  },
  CONTACT_NABESTAANDEN: {
    nl: 'Neem contact op met de nabestaanden en vraag welke informatie aan de leerlingen verteld mag worden.',
    en: 'Contact the bereaved and ask what may be told to the pupils.',
  },
  GROEP_INFORMEREN: {
    nl: 'Vertel het bericht in de groep, voorbereid en zonder eromheen te draaien.',
    en: 'Tell the class, prepared and plainly.',
  },
  ANDERE_GROEPEN_INFORMEREN: {
    nl: 'Informeer de kinderen uit de andere groepen.',
    en: 'Inform the pupils of the other classes.',
  },
  BESTUUR_EN_MR_INFORMEREN: {
    nl: 'Informeer het bestuur, de medezeggenschapsraad en de ouderraad.',
    en: "Inform the board, the participation council and the parents' council.",
  },
  INSTANTIES_INFORMEREN: {
    nl: 'Informeer instanties die contact met de familie kunnen opnemen (hulpverlening, leerplicht, GGD).',
    en: 'Inform bodies that may contact the family (care services, attendance officer, public health).',
  },
  HUISBEZOEK: {
    nl: 'Breng een huisbezoek, nooit alleen; vraag of de school een advertentie mag plaatsen en wat de school kan betekenen.',
    en: 'Visit the family, never alone; ask whether the school may place a notice and what the school can do.',
  },
  ROUWADVERTENTIE: {
    nl: 'Plaats één gezamenlijke rouwadvertentie namens alle geledingen; controleer de spelling van de namen.',
    en: 'Place one joint death notice on behalf of the whole school; check the spelling of the names.',
  },
  ORGANISATORISCHE_AANPASSINGEN: {
    nl: 'Regel vervanging, rooster collega’s uit die de uitvaart bijwonen en begeleid de leerkrachten.',
    en: 'Arrange cover, release colleagues who attend the funeral and support the teachers.',
  },
  VOOR_DE_UITVAART: {
    nl: 'Richt een rouwtafel en herinneringsplek in en let op de reacties van kinderen.',
    en: 'Set up a condolence table and a memorial place and watch how the children react.',
  },
  UITVAART: {
    nl: 'Regel de aanwezigheid bij de uitvaart of een afscheidsdienst op school.',
    en: 'Arrange attendance at the funeral or a farewell service at school.',
  },
  NA_DE_UITVAART: {
    nl: 'Neem in de klas de tijd om na te praten en start de dag na de uitvaart weer met de lessen.',
    en: 'Take time in class to talk and resume lessons the day after the funeral.',
  },
  NAZORG: {
    nl: 'Let op een stagnerend rouwproces en op risicoleerlingen en -collega’s; begeleid wie het nodig heeft.',
    en: 'Watch for stalled grief and for pupils and colleagues at risk; support those who need it.',
  },
  MEDICIJN_LEERLING_NIET_ALLEEN: {
    nl: 'Laat de leerling niet alleen, blijf rustig, observeer en stel gerust.',
    en: 'Do not leave the pupil alone; stay calm, observe and reassure.',
    bron: SEED_MEDISCH,
  },
  MEDICIJN_BHV_WAARSCHUWEN: {
    nl: 'Waarschuw zo snel mogelijk een bedrijfshulpverlener voor bijstand.',
    en: 'Alert an emergency responder as soon as possible.',
    bron: SEED_MEDISCH,
  },
  MEDICIJN_HUISARTS_BELLEN: {
    nl: 'Bel direct de huisarts in de buurt en, als bekend, de huisarts of specialist van de leerling.',
    en: "Call a nearby doctor at once and, where known, the pupil's own doctor or specialist.",
    bron: SEED_MEDISCH,
  },
  MEDICIJN_112_BIJ_ERNST: {
    nl: 'Bel bij een ernstige situatie, of bij twijfel, direct 112.',
    en: 'In a serious situation, or when in doubt, call 112 at once.',
    bron: SEED_MEDISCH,
  },
  MEDICIJN_OORZAAK_DOORGEVEN: {
    nl: 'Geef door naar aanleiding van welk medicijn of welke handeling de calamiteit ontstond (en welke fout eventueel is gemaakt).',
    en: 'Say which medicine or action caused the calamity (and any mistake made).',
    bron: SEED_MEDISCH,
  },
  MEDICIJN_GEGEVENS_BIJ_DE_HAND: {
    nl: 'Houd de gegevens van de leerling bij de hand: geboortedatum, telefoon ouders, huisarts of specialist, ziektebeeld.',
    en: "Have the pupil's details at hand: date of birth, parents' phone, doctor or specialist, condition.",
    bron: SEED_MEDISCH,
  },
  MEDICIJN_OUDERS_BELLEN: {
    nl: 'Bel de ouders (bij geen gehoor de aangewezen persoon): wat er gebeurde, wat de arts deed, naar welk ziekenhuis.',
    en: 'Call the parents (or the designated person): what happened, what the doctor did, which hospital.',
    bron: SEED_MEDISCH,
  },
  OPVANG_EERSTE_OPVANG: {
    nl: 'Help het slachtoffer en verzorg de eerste opvang; informeer zo snel mogelijk de veiligheidscoördinator.',
    en: 'Help the victim and give first care; inform the safety coordinator as soon as possible.',
    bron: SEED_OPVANG,
  },
  OPVANG_LUISTEREND_OOR: {
    nl: 'Bied een luisterend oor en zorg voor de eerste begeleiding van het slachtoffer.',
    en: 'Listen, and give the victim first guidance.',
    bron: SEED_OPVANG,
  },
  OPVANG_ADVIES_SYMPTOMEN: {
    nl: 'Geef advies over symptomen die kunnen optreden na een schokkende gebeurtenis.',
    en: 'Advise on symptoms that can follow a shocking event.',
    bron: SEED_OPVANG,
  },
  OPVANG_INFORMATIE_HULP: {
    nl: 'Geef informatie over opvangmogelijkheden.',
    en: 'Inform about the care available.',
    bron: SEED_OPVANG,
  },
  OPVANG_GRENZEN_DOORVERWIJZEN: {
    nl: 'Geef de eigen grenzen aan en zoek mee naar oplossingen; verwijs zo nodig door naar professionele instanties.',
    en: 'State your own limits and help find solutions; refer to professionals where needed.',
    bron: SEED_OPVANG,
  },
  OPVANG_OMGAAN_MET_SCHOK: {
    nl: 'Geef het slachtoffer (en bij een leerling de ouders) informatie over het omgaan met schokkende gebeurtenissen.',
    en: 'Inform the victim (and for a pupil the parents) about coping with shocking events.',
    bron: SEED_OPVANG,
  },
  OPVANG_VERTROUWELIJK: {
    nl: 'Ga vertrouwelijk om met de informatie die je krijgt.',
    en: 'Treat what you learn as confidential.',
    bron: SEED_OPVANG,
  },
  OPVANG_MELDINGSFORMULIER: {
    nl: 'Laat het meldingsformulier invullen, registreer het incident, verzorg de voorlichting binnen de organisatie en de contacten met externe instanties zoals slachtofferhulp.',
    en: 'Have the report form filled in, register the incident, inform the organisation and keep contact with outside bodies such as victim support.',
    bron: SEED_OPVANG,
  },
  OPVANG_VOORTGANG_BEWAKEN: {
    nl: 'Bewaak de voortgang van de hulpverlening, houd contact met het slachtoffer en zorg voor een adequaat vervolg van de opvang.',
    en: 'Monitor the help given, keep in touch with the victim and see to adequate further care.',
    bron: SEED_OPVANG,
  },
  OPVANG_CONTINUITEIT: {
    nl: 'Organiseer de continuïteit in de school (bijvoorbeeld opvang van de klas).',
    en: 'Keep the school running (for example cover for the class).',
    bron: SEED_OPVANG,
  },
  OPVANG_TERUGKEER_BEGELEIDEN: {
    nl: 'Zorg voor een verantwoorde terugkeer naar de school of het werk en begeleid die.',
    en: 'See to, and guide, a responsible return to school or work.',
    bron: SEED_OPVANG,
  },
  OPVANG_BEDRIJFSARTS: {
    nl: 'Schakel bij ziekmelding de bedrijfsarts in; de arboarts signaleert en informeert de werkgever over mogelijke uitval.',
    en: 'On sick leave, call in the company doctor; the occupational doctor signals possible absence to the employer.',
    bron: SEED_OPVANG,
  },
  OPVANG_MELDING_BHV_EN_MR: {
    nl: "Meld na een ernstig ongeval direct aan de BHV'ers en de MR dat een arbeidsongeval heeft plaatsgevonden.",
    en: 'After a serious accident, tell the emergency responders and the participation council at once.',
    bron: SEED_OPVANG,
  },
  VERJAARDAG_EN_STERFDAG: {
    nl: 'Denk aan de verjaardag en de sterfdag en rond aan het einde van het schooljaar iets af met de klas.',
    en: 'Remember the birthday and the anniversary of the death, and mark the end of the school year with the class.',
  },
});

/**
 * Catalogue of {@link CalamiteitenTermijnCode}. The date itself is in the term (`termijn.laatsteDag`), with its trace.
 *
 * @example
 * ```ts
 * import { CALAMITEITEN_TERMIJN_CODES } from '@schoolveiligheid/calamiteiten';
 * CALAMITEITEN_TERMIJN_CODES.NAZORG_CONTACT_72_UUR.bron?.artikel; //=> 'Bijlage 18 en 19'
 * ```
 */
export const CALAMITEITEN_TERMIJN_CODES: CodeCatalogus<CalamiteitenTermijnCode> =
  /* @__PURE__ */ Object.freeze({
    CRISISTEAM_BIJEENKOMST: {
      nl: 'Het bestuurssecretariaat zorgt dat het crisisteam binnen 24 uur na het verzoek bijeenkomt.',
      en: 'The board secretariat has the crisis team meet within 24 hours of the request.',
      bron: SEED_CRISISTEAM,
    },
    CONTACT_NABESTAANDEN: {
      nl: 'Neem uiterlijk de dag na het bericht contact op met de nabestaanden.',
      en: 'Contact the bereaved no later than the day after the message.',
      bron: SEED_ROUW,
    },
    NAZORG_CONTACT_72_UUR: {
      nl: 'De directie neemt zo spoedig mogelijk, maar in ieder geval binnen 72 uur, contact op met het slachtoffer of diens ouders.',
      en: 'The management contacts the victim or its parents as soon as possible and within 72 hours.',
      bron: SEED_OPVANG,
    },
    NAZORG_CONTACT_3_DAGEN: {
      nl: 'De veiligheidscoördinator neemt binnen drie dagen contact op en de directie heeft een gesprek met de betrokkene(n).',
      en: 'The safety coordinator makes contact within three days and the management talks with those involved.',
      bron: SEED_OPVANG_DAGSOORT,
    },
    NAZORG_VERVOLGGESPREK: {
      nl: 'Binnen drie weken een vervolggesprek: verloopt de opvang naar tevredenheid?',
      en: 'A follow-up talk within three weeks: is the care going well?',
      bron: SEED_OPVANG,
    },
    NAZORG_AFSLUITEND_GESPREK: {
      nl: 'Na ongeveer twee maanden een afsluitend gesprek (een richtdatum).',
      en: 'A closing talk after about two months (a target date).',
      bron: SEED_OPVANG,
    },
    NAZORG_TERUGKEER: {
      nl: 'Twee weken na terugkeer onderzoekt de directie of de medewerker zich weer veilig voelt.',
      en: 'Two weeks after the return the management checks whether the staff member feels safe again.',
      bron: SEED_OPVANG,
    },
    MEDISCH_EVALUATIE_DRIE_MAANDEN: {
      nl: 'Bespreek de afspraken over de medische handeling minimaal één keer per drie maanden.',
      en: 'Discuss the agreement on the medical action at least once every three months.',
      bron: SEED_MEDISCH,
    },
    MEDISCH_EVALUATIE_SCHOOLJAAR: {
      nl: 'Bespreek de stand van zaken opnieuw bij de start van het nieuwe schooljaar.',
      en: 'Discuss the agreement again at the start of the new school year.',
      bron: SEED_MEDISCH,
    },
  });

/**
 * Catalogue of {@link CalamiteitenRedenCode}.
 *
 * @example
 * ```ts
 * import { CALAMITEITEN_REDEN_CODES } from '@schoolveiligheid/calamiteiten';
 * CALAMITEITEN_REDEN_CODES.NOODSITUATIE.bron?.wet; //=> 'wet-big'
 * ```
 */
export const CALAMITEITEN_REDEN_CODES: CodeCatalogus<CalamiteitenRedenCode> = /* @__PURE__ */ Object.freeze({
  AANGIFTE_PLICHT_SV_160: {
    nl: 'Dit misdrijf staat in art. 160 Sv: wie ervan weet, is verplicht aangifte te doen.',
    en: 'This crime is listed in Sv art. 160: anyone who knows of it must report it.',
    bron: SV_160,
  },
  AANGIFTE_BEVOEGD_SV_161: {
    nl: 'Voor dit strafbare feit geldt geen wettelijke aangifteplicht; aangifte doen mag altijd (art. 161 Sv).',
    en: 'There is no legal duty to report this offence; anyone may report it (Sv art. 161).',
    bron: SV_161,
  },
  AANGIFTE_BELEID_ALTIJD: {
    nl: 'Het beleid van de school: bij misdrijven jegens kinderen en/of personeel wordt te allen tijde aangifte gedaan.',
    en: "The school's policy: crimes against pupils or staff are always reported.",
    bron: SEED_CALAMITEITENPROTOCOL,
  },
  AANGIFTE_WPO_4A_VOLGORDE: {
    nl: 'Vermoeden van een seksueel misdrijf door iemand die voor de school werkt: eerst overleg met de vertrouwensinspecteur, dan de ouders en de betrokkene informeren, dan onverwijld aangifte. Geen schoolbeleid wijzigt die volgorde.',
    en: 'Suspected sexual offence by someone working for the school: consult the confidential inspector, inform the parents and the person concerned, then report without delay. No school policy changes this order.',
    bron: WPO_4A_LID_2,
  },
  GEEN_STRAFBAAR_FEIT: {
    nl: 'Er is geen vermoeden van een strafbaar feit: geen aangifte.',
    en: 'There is no suspicion of an offence: no report.',
  },
  NOODSITUATIE: {
    nl: 'In een noodsituatie helpt iedereen naar beste weten en kunnen; de regels voor BIG-handelingen staan daaraan niet in de weg. Bel bij twijfel 112.',
    en: 'In an emergency everyone helps as best they can; the rules on reserved acts do not stand in the way. When in doubt, call 112.',
    bron: WET_BIG_NOOD,
  },
  GEEN_BIG_HANDELING: {
    nl: 'Een handeling zonder grote medische risico’s (zoals een zelfzorgmiddel geven) valt niet onder de Wet BIG.',
    en: 'An action without great medical risk (such as giving an over-the-counter medicine) is outside the Wet BIG.',
    bron: SEED_MEDISCH,
  },
  NIET_VRIJWILLIG: {
    nl: 'Een leraar mag een handeling weigeren waarvoor hij zich niet bekwaam acht; zonder instemming geen handeling.',
    en: 'A teacher may refuse an action he does not feel competent for; no consent, no action.',
    bron: SEED_MEDISCH,
  },
  BIG_BEVOEGD: {
    nl: 'De persoon is als arts of verpleegkundige zelf bevoegd tot deze handeling.',
    en: 'The person is qualified for this action as a doctor or nurse.',
    bron: WET_BIG_35,
  },
  OUDER_OF_DERDE_VOERT_UIT: {
    nl: 'De ouder of een door de ouders aangewezen derde (geen personeelslid) voert de handeling uit, volgens de afspraak.',
    en: 'The parent or a third person the parents name (not staff) performs the action, as agreed.',
    bron: SEED_MEDISCH,
  },
  BIG_IN_OPDRACHT_EN_BEKWAAM: {
    nl: 'De wet staat de handeling toe: in opdracht van een arts en met een geldige bekwaamheidsverklaring.',
    en: 'The law allows the action: on a doctor’s instruction and with a valid competence statement.',
    bron: WET_BIG_35,
  },
  BIG_ZONDER_OPDRACHT_OF_BEKWAAMHEID: {
    nl: 'Een BIG-handeling zonder opdracht van een arts of zonder geldige bekwaamheidsverklaring is niet toegestaan.',
    en: 'A reserved act without a doctor’s instruction or a valid competence statement is not allowed.',
    bron: WET_BIG_35,
  },
  BELEID_GEEN_BIG_DOOR_PERSONEEL: {
    nl: 'Het bestuur laat reguliere BIG-handelingen niet door personeelsleden uitvoeren (bestuursbeleid, geen wet).',
    en: 'The board does not let staff perform regular reserved acts (board policy, not law).',
    bron: SEED_STANDPUNT_BESTUUR,
  },
  BELEID_LEVENSREDDEND_UITZONDERING: {
    nl: 'Uitzondering in het bestuursbeleid: levensreddend handelen bij acute allergie of shock na een individuele, vrijwillige afspraak.',
    en: 'Exception in board policy: life-saving action in acute allergy or shock after an individual, voluntary agreement.',
    bron: SEED_STANDPUNT_BESTUUR,
  },
  STRENGSTE_CONTACTTERMIJN: {
    nl: 'Van "binnen 72 uur" en "binnen drie dagen" eindigt {strengste} het eerst: die is het strengst.',
    en: 'Of "within 72 hours" and "within three days", {strengste} ends first: it is the stricter one.',
    bron: SEED_OPVANG,
  },
  DAGSOORT_KALENDERDAGEN: {
    nl: '"Drie dagen" telt in kalenderdagen: vakanties en weekenden schuiven het contact niet op.',
    en: '"Three days" counts calendar days: vacations and weekends do not postpone contact.',
    bron: SEED_OPVANG_DAGSOORT,
  },
  ARBO_ARTS_SIGNAAL: {
    nl: 'De bedrijfsarts heeft een signalerende functie en informeert de werkgever bij signalen van uitval na een schokkende gebeurtenis.',
    en: 'The occupational physician signals to the employer when a shocking event may lead to absence.',
    bron: SEED_OPVANG,
  },
  MELDING_BHV_EN_MR: {
    nl: "Na een ernstig ongeval meldt de directie direct aan de BHV'ers en de MR dat er een arbeidsongeval was (beleid van het plan; art. 9 lid 2 Arbowet gaat over de ongevallenlijst).",
    en: 'After a serious accident the management tells the responders and the council at once (plan policy; Arbowet art. 9(2) concerns the accident list).',
    bron: ARBOWET_9_LID_2,
  },
  GEEN_BHVER_AANWEZIG: {
    nl: "Minder dan {minimum} BHV'er aanwezig terwijl het gebouw in gebruik is.",
    en: 'Fewer than {minimum} emergency responder present while the building is in use.',
    bron: SEED_BHV,
  },
  MINDER_DAN_GEADVISEERD: {
    nl: "Minder dan de geadviseerde {advies} BHV'ers aanwezig (advies, geen eis).",
    en: 'Fewer than the advised {advies} emergency responders present (advice, not a requirement).',
    bron: SEED_BHV,
  },
  ARBOWET_NOEMT_GEEN_AANTAL: {
    nl: "De Arbowet noemt geen aantal BHV'ers: zodanig in aantal en georganiseerd dat zij hun taken naar behoren kunnen vervullen.",
    en: 'The Arbowet sets no number of responders: enough and so organised that they can do their tasks.',
    bron: ARBOWET_15,
  },
});
