import type { CodeCatalogus } from '@schoolveiligheid/kern';
import * as B from '../bronnen/bronnen.js';

// Closed unions of every code this package can produce, each with its catalogue (a record over the union, so a
// code without Dutch and English text is a compile error). Vendors store these codes: a contract.

/** Problems: a complaint's contents, the commission's composition, refused dossier events. */
export type KlachtenregelingProbleemCode =
  | 'KLAGER_NAAM_ADRES_ONTBREEKT'
  | 'AANGEKLAAGDE_ONTBREEKT'
  | 'OMSCHRIJVING_ONTBREEKT'
  | 'DAGTEKENING_ONTBREEKT'
  | 'ONDERTEKENING_ONTBREEKT'
  | 'STUKKEN_ONTBREKEN'
  | 'KLACHT_ANONIEM'
  | 'KLACHT_TE_LAAT'
  | 'KLAGER_NIET_KLACHTGERECHTIGD'
  | 'GEDRAGING_NA_INDIENING'
  | 'COMMISSIE_TE_KLEIN'
  | 'GEEN_VOORZITTER'
  | 'VOORZITTER_NIET_ONAFHANKELIJK'
  | 'LID_BETROKKEN'
  | 'DATUM_BUITEN_BEREIK'
  | 'KLACHT_AL_INGEDIEND'
  | 'GEEN_KLACHT'
  | 'NIET_ELDERS_INGEDIEND'
  | 'NIET_BIJ_BEVOEGD_GEZAG'
  | 'MEDIATOR_ZONDER_INSTEMMING'
  | 'VOORZIENING_EINDE_VOOR_BEGIN'
  | 'GEEN_OORDEEL'
  | 'OORDEEL_AL_ONTVANGEN'
  | 'VERLENGING_ZONDER_REDENEN'
  | 'VERLENGING_AL_GEMELD'
  | 'AANGEKLAAGDE_NIET_GEHOORD'
  | 'STANDPUNT_AL_MEEGEDEELD'
  | 'GEEN_ONGEGROND_OORDEEL'
  | 'VERMOEDEN_AL_BEKEND'
  | 'GEEN_VERMOEDEN'
  | 'BUITEN_REIKWIJDTE_4A'
  | 'BEVOEGD_GEZAG_NOG_NIET_INGELICHT'
  | 'GEEN_OVERLEG'
  | 'GEEN_REDELIJK_VERMOEDEN'
  | 'AANGIFTE_TE_VROEG'
  | 'GEEN_AANGIFTE'
  | 'STAP_AL_GEZET'
  | 'OPTIES_ONGELDIG';

/** Reasons in decisions: routing, a complaint's admissibility, the board's position, the scope of art. 4a. */
export type KlachtenregelingRedenCode =
  | 'ANDER_ORGAAN_DOORSTUREN'
  | 'DIRECTEUR_IS_NIET_BEVOEGD_GEZAG'
  | 'GEHEIMHOUDING'
  | 'INGEDIEND_BIJ_COMMISSIE'
  | 'LKC_GEEN_BEROEP'
  | 'INGEDIEND_BIJ_BEVOEGD_GEZAG'
  | 'KLACHT_OVER_DIRECTIE'
  | 'EENVOUDIGE_KLACHT'
  | 'MEDIATOR_MET_INSTEMMING'
  | 'MEDIATOR_ZONDER_INSTEMMING'
  | 'EIGEN_AFHANDELING_TERMIJN'
  | 'GEEN_EIGEN_AFHANDELING_TERMIJN'
  | 'NAAR_COMMISSIE'
  | 'KLAGER_WPO_14'
  | 'RUIMERE_KRING_BELEID'
  | 'KLACHT_OVER_OUDER_LKC'
  | 'ANONIEM_TOEGELATEN'
  | 'TE_LAAT_TOEGELATEN'
  | 'BINNEN_TERMIJN'
  | 'STANDPUNT_TERMIJN'
  | 'VERLENGING_GEMELD'
  | 'VERLENGING_BOVEN_MAXIMUM'
  | 'VERLENGING_NA_AFLOOP'
  | 'STANDPUNT_TIJDIG'
  | 'STANDPUNT_TE_LAAT'
  | 'STANDPUNT_NOG_NIET'
  | 'SLACHTOFFER_LEERLING'
  | 'SLACHTOFFER_GEEN_LEERLING'
  | 'PLEGER_MET_TAKEN_BELAST'
  | 'PLEGER_LEERLING'
  | 'PLEGER_ANDER'
  | 'GEEN_SEKSUEEL_MISDRIJF'
  | 'BELEID_ALLEEN_MINDERJARIGEN'
  | 'CONTACTPERSOON_BELEGD'
  | 'GEEN_CONTACTPERSOON'
  | 'CONTACTPERSOON_NIET_IN_DIRECTIE'
  | 'CONTACTPERSOON_IN_DIRECTIE'
  | 'CONTACTPERSOON_IN_DIRECTIE_BELEID'
  | 'VERTROUWENSPERSOON_BELEGD'
  | 'GEEN_VERTROUWENSPERSOON'
  | 'VERTROUWENSPERSOON_PERSONEEL_BELEGD'
  | 'GEEN_VERTROUWENSPERSOON_PERSONEEL'
  | 'VERTROUWENSPERSOON_PERSONEEL_NIET_VEREIST'
  | 'KLACHTENCOMMISSIE_LANDELIJK'
  | 'KLACHTENCOMMISSIE_EIGEN'
  | 'GEEN_KLACHTENCOMMISSIE'
  | 'KLACHTENCOMMISSIE_TWEE_ROUTES'
  | 'KLACHTENCOMMISSIE_BEROEP'
  | 'KLACHTENCOMMISSIE_TWEE_ROUTES_BELEID'
  | 'AANSLUITING_NIET_VERPLICHT'
  | 'AANSLUITING_VEREIST'
  | 'SCHOOLGIDS_KLACHTENREGELING'
  | 'SCHOOLGIDS_ZONDER_KLACHTENREGELING'
  | 'SCHOOLGIDS_GEGEVENS_VERMELD'
  | 'SCHOOLGIDS_GEGEVENS_NIET_VEREIST'
  | 'SCHOOLGIDS_CONTACTPERSOON_ONTBREEKT'
  | 'SCHOOLGIDS_VERTROUWENSPERSOON_ONTBREEKT'
  | 'SCHOOLGIDS_ADRES_ONTBREEKT'
  | 'SCHOOLGIDS_NOEMT_ANDERE';

/** Terms the dossiers report as running or overdue. */
export type KlachtenregelingTermijnCode =
  | 'DOORSTUREN'
  | 'EIGEN_AFHANDELING'
  | 'VOORLOPIGE_VOORZIENING'
  | 'STANDPUNT'
  | 'BEVOEGD_GEZAG_INLICHTEN'
  | 'OVERLEG_VERTROUWENSINSPECTEUR'
  | 'OUDERS_INLICHTEN'
  | 'AANGEKLAAGDE_INLICHTEN'
  | 'AANGIFTE'
  | 'VERTROUWENSINSPECTEUR_INLICHTEN';

/** Next steps the dossiers name. */
export type KlachtenregelingStapCode =
  | 'INFORMEEL_OVERLEG'
  | 'KLACHT_INDIENEN'
  | 'DOORSTUREN_NAAR_BEVOEGD_GEZAG'
  | 'ROUTE_KIEZEN'
  | 'VERWIJZEN_NAAR_COMMISSIE'
  | 'PARTIJEN_HOREN'
  | 'OORDEEL_AFWACHTEN'
  | 'AANGEKLAAGDE_HOREN'
  | 'STANDPUNT_MEEDELEN'
  | 'REHABILITEREN'
  | 'AFSLUITEN'
  | 'BEVOEGD_GEZAG_INLICHTEN'
  | 'LOGBOEK_STARTEN'
  | 'CRISISTEAM_VORMEN'
  | 'OVERLEG_VERTROUWENSINSPECTEUR'
  | 'OUDERS_INLICHTEN'
  | 'AANGEKLAAGDE_INLICHTEN'
  | 'AANGIFTE_DOEN'
  | 'VERTROUWENSINSPECTEUR_INLICHTEN'
  | 'ANDERE_ROUTE'
  | 'AFSLUITEN_ZONDER_AANGIFTE';

/**
 * Catalogue of {@link KlachtenregelingProbleemCode}: Dutch and English, with the source.
 *
 * @example
 * ```ts
 * import { KLACHTENREGELING_PROBLEEM_CODES } from '@schoolveiligheid/klachtenregeling';
 * KLACHTENREGELING_PROBLEEM_CODES.AANGIFTE_TE_VROEG.en; //=> 'Before filing aangifte the board informs the pupil\'s parents and the accused (WPO art. 4a lid 2).'
 * ```
 */
export const KLACHTENREGELING_PROBLEEM_CODES: CodeCatalogus<KlachtenregelingProbleemCode> =
  /* @__PURE__ */ Object.freeze({
    KLAGER_NAAM_ADRES_ONTBREEKT: {
      nl: 'De klacht vermeldt niet de naam en het adres van de klager.',
      en: 'The complaint does not state the name and address of the complainant.',
      bron: B.SEED_INHOUD,
    },
    AANGEKLAAGDE_ONTBREEKT: {
      nl: 'De klacht vermeldt niet over wie of wat geklaagd wordt.',
      en: 'The complaint does not state whom or what it is about.',
      bron: B.SEED_INHOUD,
    },
    OMSCHRIJVING_ONTBREEKT: {
      nl: 'De klacht bevat geen omschrijving van de feiten en omstandigheden.',
      en: 'The complaint does not describe the facts and circumstances.',
      bron: B.SEED_INHOUD,
    },
    DAGTEKENING_ONTBREEKT: {
      nl: 'De klacht is niet gedagtekend.',
      en: 'The complaint is not dated.',
      bron: B.SEED_INHOUD,
    },
    ONDERTEKENING_ONTBREEKT: {
      nl: 'De klacht is niet ondertekend.',
      en: 'The complaint is not signed.',
      bron: B.SEED_INHOUD,
    },
    STUKKEN_ONTBREKEN: {
      nl: 'De klacht noemt stukken die niet zijn meegezonden.',
      en: 'The complaint refers to documents that were not attached.',
      bron: B.SEED_INHOUD,
    },
    KLACHT_ANONIEM: {
      nl: 'Een anonieme klacht wordt niet behandeld, tenzij de klachtencommissie of het bevoegd gezag anders besluit.',
      en: 'An anonymous complaint is not handled unless the complaints committee or the board decides otherwise.',
      bron: B.LKC_ANONIEM,
    },
    KLACHT_TE_LAAT: {
      nl: 'De klacht is later ingediend dan {termijn} na de gedraging of beslissing (uiterlijk {laatsteDag}); de klachtencommissie kan anders beslissen.',
      en: 'The complaint was filed more than {termijn} after the conduct or decision (last day {laatsteDag}); the committee may decide otherwise.',
      bron: B.LKC_EEN_JAAR,
    },
    KLAGER_NIET_KLACHTGERECHTIGD: {
      nl: 'Volgens WPO art. 14 lid 1 kunnen alleen ouders/verzorgers en personeelsleden klagen; de regeling van de school kan ruimer zijn.',
      en: "Under WPO art. 14(1) only parents/carers and staff members may complain; the school's regeling may be wider.",
      bron: B.WPO_14_LID_1,
    },
    GEDRAGING_NA_INDIENING: {
      nl: 'De datum van de gedraging ligt na de datum van indiening.',
      en: 'The date of the conduct is after the date of filing.',
    },
    COMMISSIE_TE_KLEIN: {
      nl: 'De klachtencommissie heeft {aantal} leden; ten minste {minimum} zijn vereist.',
      en: 'The complaints committee has {aantal} members; at least {minimum} are required.',
      bron: B.WPO_14_LID_4,
    },
    GEEN_VOORZITTER: {
      nl: 'De klachtencommissie heeft precies één voorzitter nodig.',
      en: 'The complaints committee needs exactly one chair.',
      bron: B.WPO_14_LID_4,
    },
    VOORZITTER_NIET_ONAFHANKELIJK: {
      nl: 'De voorzitter maakt deel uit van het bevoegd gezag of werkt voor of bij het bevoegd gezag.',
      en: 'The chair is part of, or works for or at, the board.',
      bron: B.WPO_14_LID_4,
    },
    LID_BETROKKEN: {
      nl: 'Een lid op wiens gedraging de klacht rechtstreeks betrekking heeft, neemt niet deel aan de behandeling.',
      en: 'A member whose conduct the complaint directly concerns may not take part.',
      bron: B.WPO_14_LID_4,
    },
    DATUM_BUITEN_BEREIK: {
      nl: 'Voor deze datum kan de SDK de termijn niet berekenen (geen regel of buiten de kalender).',
      en: 'The SDK cannot compute the term for this date (no rule or outside the calendar).',
    },
    KLACHT_AL_INGEDIEND: {
      nl: 'In dit dossier is al een klacht ingediend; open een nieuw dossier.',
      en: 'A complaint was already filed in this dossier; open a new dossier.',
    },
    GEEN_KLACHT: {
      nl: 'Er is nog geen klacht ingediend.',
      en: 'No complaint has been filed yet.',
    },
    NIET_ELDERS_INGEDIEND: {
      nl: 'De klacht is bij het bevoegd gezag of de klachtencommissie ingediend; doorsturen is niet nodig.',
      en: 'The complaint was filed with the board or the committee; forwarding is not needed.',
      bron: B.SEED_ANDER_ORGAAN,
    },
    NIET_BIJ_BEVOEGD_GEZAG: {
      nl: 'Alleen een klacht die bij het bevoegd gezag ligt, kan het bevoegd gezag zelf afhandelen.',
      en: 'Only a complaint lodged with the board can be handled by the board itself.',
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    MEDIATOR_ZONDER_INSTEMMING: {
      nl: 'Een mediator wordt alleen ingeschakeld met instemming van de klager.',
      en: "A mediator is only engaged with the complainant's consent.",
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    VOORZIENING_EINDE_VOOR_BEGIN: {
      nl: 'De voorlopige voorziening eindigt vóór de dag waarop zij is getroffen.',
      en: 'The interim measure ends before the day it was taken.',
      bron: B.SEED_VOORZIENING,
    },
    GEEN_OORDEEL: {
      nl: 'Het bevoegd gezag heeft het oordeel van de klachtencommissie nog niet ontvangen.',
      en: "The board has not yet received the committee's opinion.",
      bron: B.WPO_14_LID_7,
    },
    OORDEEL_AL_ONTVANGEN: {
      nl: 'Het oordeel van de klachtencommissie is al ontvangen.',
      en: "The committee's opinion was already received.",
    },
    VERLENGING_ZONDER_REDENEN: {
      nl: 'Een afwijking van de termijn wordt met redenen omkleed meegedeeld.',
      en: 'A deviation from the term must be communicated with reasons.',
      bron: B.WPO_14_LID_7,
    },
    VERLENGING_AL_GEMELD: {
      nl: 'De termijn is al eens verlengd.',
      en: 'The term was already extended once.',
      bron: B.SEED_VERLENGING,
    },
    AANGEKLAAGDE_NIET_GEHOORD: {
      nl: 'Vóór een rechtspositionele maatregel wordt de aangeklaagde gehoord (hoor en wederhoor).',
      en: 'The accused is heard before an employment measure is taken.',
      bron: B.SEED_HOREN_AANGEKLAAGDE,
    },
    STANDPUNT_AL_MEEGEDEELD: {
      nl: 'Het bevoegd gezag heeft zijn standpunt al meegedeeld.',
      en: 'The board has already communicated its position.',
    },
    GEEN_ONGEGROND_OORDEEL: {
      nl: 'Rehabilitatie volgt op een ongegronde klacht.',
      en: 'Rehabilitation follows an unfounded complaint.',
      bron: B.SEED_STAPPENPLAN,
    },
    VERMOEDEN_AL_BEKEND: {
      nl: 'Dit dossier begint al met een vermoeden; open een nieuw dossier.',
      en: 'This dossier already starts with a suspicion; open a new dossier.',
    },
    GEEN_VERMOEDEN: {
      nl: 'Leg eerst vast dat een vermoeden bekend is geworden.',
      en: 'First record that a suspicion became known.',
      bron: B.WPO_4A_LID_1,
    },
    BUITEN_REIKWIJDTE_4A: {
      nl: 'Dit valt niet onder WPO art. 4a; volg de meldcode of het pestprotocol.',
      en: 'This is outside WPO art. 4a; follow the meldcode or the anti-bullying protocol.',
      bron: B.WPO_4A_REIKWIJDTE,
    },
    BEVOEGD_GEZAG_NOG_NIET_INGELICHT: {
      nl: 'Het personeelslid licht eerst het bevoegd gezag in.',
      en: 'The staff member first informs the board.',
      bron: B.WPO_4A_LID_3,
    },
    GEEN_OVERLEG: {
      nl: 'Het bevoegd gezag overlegt eerst met de vertrouwensinspecteur.',
      en: 'The board first consults the confidential inspector.',
      bron: B.WPO_4A_LID_1,
    },
    GEEN_REDELIJK_VERMOEDEN: {
      nl: 'Uit het overleg volgt geen redelijk vermoeden; er volgt geen aangifte op grond van WPO art. 4a.',
      en: 'The consultation found no reasonable suspicion; no aangifte under WPO art. 4a follows.',
      bron: B.WPO_4A_LID_2,
    },
    AANGIFTE_TE_VROEG: {
      nl: 'Vóór de aangifte stelt het bevoegd gezag de ouders van de leerling en de aangeklaagde op de hoogte (WPO art. 4a lid 2).',
      en: "Before filing aangifte the board informs the pupil's parents and the accused (WPO art. 4a lid 2).",
      bron: B.WPO_4A_LID_2,
    },
    GEEN_AANGIFTE: {
      nl: 'De vertrouwensinspecteur wordt van de aangifte in kennis gesteld; er is nog geen aangifte.',
      en: 'The confidential inspector is informed of the aangifte; none has been filed yet.',
      bron: B.WPO_4A_LID_2,
    },
    STAP_AL_GEZET: {
      nl: 'Deze stap is al vastgelegd.',
      en: 'This step has already been recorded.',
    },
    OPTIES_ONGELDIG: {
      nl: 'De opties (beleid, taal) hebben niet de verwachte vorm.',
      en: 'The options (policy, language) do not have the expected shape.',
    },
  });

/**
 * Catalogue of {@link KlachtenregelingRedenCode}: the sentences of the reasons, with `{naam}` slots filled from
 * each reason's `parameters`.
 *
 * @example
 * ```ts
 * import { KLACHTENREGELING_REDEN_CODES } from '@schoolveiligheid/klachtenregeling';
 * KLACHTENREGELING_REDEN_CODES.DIRECTEUR_IS_NIET_BEVOEGD_GEZAG.en; //=> 'Telling only the head teacher is not filing with the board.'
 * ```
 */
export const KLACHTENREGELING_REDEN_CODES: CodeCatalogus<KlachtenregelingRedenCode> =
  /* @__PURE__ */ Object.freeze({
    ANDER_ORGAAN_DOORSTUREN: {
      nl: 'De klacht is bij een ander orgaan ingediend: de ontvanger verwijst de klager aanstonds door naar het bevoegd gezag.',
      en: 'The complaint was filed with another body: the recipient refers the complainant to the board at once.',
      bron: B.SEED_ANDER_ORGAAN,
    },
    DIRECTEUR_IS_NIET_BEVOEGD_GEZAG: {
      nl: 'Alleen de directeur inlichten is geen indiening bij het bevoegd gezag.',
      en: 'Telling only the head teacher is not filing with the board.',
      bron: B.SEED_INDIENEN,
    },
    GEHEIMHOUDING: {
      nl: 'Wie de klacht ontvangt of behandelt, is tot geheimhouding verplicht.',
      en: 'Whoever receives or handles the complaint is bound to confidentiality.',
      bron: B.WPO_14_LID_8,
    },
    INGEDIEND_BIJ_COMMISSIE: {
      nl: 'De klacht is ingediend bij de klachtencommissie waarbij het bevoegd gezag is aangesloten.',
      en: 'The complaint was filed with the complaints committee the board is affiliated with.',
      bron: B.SEED_INDIENEN,
    },
    LKC_GEEN_BEROEP: {
      nl: 'Een interne commissie heeft al geoordeeld; de landelijke klachtencommissie is geen beroepsinstantie.',
      en: 'An internal committee has already ruled; the national complaints committee is not an appeal body.',
      bron: B.LKC_GEEN_BEROEP,
    },
    INGEDIEND_BIJ_BEVOEGD_GEZAG: {
      nl: 'De klacht is ingediend bij het bevoegd gezag.',
      en: 'The complaint was filed with the board.',
      bron: B.SEED_INDIENEN,
    },
    KLACHT_OVER_DIRECTIE: {
      nl: 'De klacht gaat over de directie: het bevoegd gezag behandelt haar, niet de directie.',
      en: 'The complaint concerns the school management: the board handles it, not the management.',
      bron: B.SEED_INFORMEEL,
    },
    EENVOUDIGE_KLACHT: {
      nl: 'Het bevoegd gezag acht de klacht eenvoudig af te handelen en handelt haar zelf af.',
      en: 'The board considers the complaint simple and handles it itself.',
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    MEDIATOR_MET_INSTEMMING: {
      nl: 'Met instemming van de klager wordt een mediator ingeschakeld.',
      en: "With the complainant's consent a mediator is engaged.",
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    MEDIATOR_ZONDER_INSTEMMING: {
      nl: 'De klager stemt niet in met een mediator; het bevoegd gezag handelt zonder mediator af.',
      en: 'The complainant does not consent to a mediator; the board proceeds without one.',
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    EIGEN_AFHANDELING_TERMIJN: {
      nl: 'Geen bevredigende oplossing uiterlijk {laatsteDag} ({termijn}): dan alsnog naar de klachtencommissie.',
      en: 'No satisfactory solution by {laatsteDag} ({termijn}): then the complaint goes to the committee.',
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    GEEN_EIGEN_AFHANDELING_TERMIJN: {
      nl: 'De wet stelt geen termijn voor de eigen afhandeling; de regeling van de school bepaalt die.',
      en: "The statute sets no term for the board's own handling; the school's regeling does.",
      bron: B.WPO_14_LID_2,
    },
    NAAR_COMMISSIE: {
      nl: 'Het bevoegd gezag verwijst de klager naar de klachtencommissie.',
      en: 'The board refers the complainant to the complaints committee.',
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    KLAGER_WPO_14: {
      nl: 'De klager is ouder/verzorger of personeelslid: klachtgerechtigd volgens WPO art. 14 lid 1.',
      en: 'The complainant is a parent/carer or staff member: entitled under WPO art. 14(1).',
      bron: B.WPO_14_LID_1,
    },
    RUIMERE_KRING_BELEID: {
      nl: 'De regeling van de school laat deze klager toe; dat is ruimer dan WPO art. 14 lid 1.',
      en: "The school's regeling admits this complainant; that is wider than WPO art. 14(1).",
      bron: B.SEED_KLAGER,
    },
    KLACHT_OVER_OUDER_LKC: {
      nl: "De klacht gaat over een ouder: ga na of de aangesloten klachtencommissie zo'n klacht behandelt.",
      en: 'The complaint is about a parent: check whether the affiliated committee handles such a complaint.',
      bron: B.LKC_KLACHT_OVER_OUDER,
    },
    ANONIEM_TOEGELATEN: {
      nl: 'De klacht is anoniem, maar de klachtencommissie of het bevoegd gezag heeft besloten haar te behandelen.',
      en: 'The complaint is anonymous, but the committee or the board decided to handle it.',
      bron: B.LKC_ANONIEM,
    },
    TE_LAAT_TOEGELATEN: {
      nl: 'De klacht is na {laatsteDag} ingediend, maar de klachtencommissie heeft haar toch toegelaten.',
      en: 'The complaint was filed after {laatsteDag}, but the committee admitted it.',
      bron: B.LKC_EEN_JAAR,
    },
    BINNEN_TERMIJN: {
      nl: 'De klacht is binnen {termijn} na de gedraging ingediend (uiterlijk {laatsteDag}; geen Algemene termijnenwet).',
      en: 'The complaint was filed within {termijn} after the conduct (last day {laatsteDag}; no Algemene termijnenwet).',
      bron: B.LKC_EEN_JAAR,
    },
    STANDPUNT_TERMIJN: {
      nl: 'Het bevoegd gezag deelt zijn standpunt mee binnen {termijn} na ontvangst van het oordeel: uiterlijk {laatsteDag}.',
      en: 'The board communicates its position within {termijn} after receipt of the opinion: by {laatsteDag}.',
      bron: B.WPO_14_LID_7,
    },
    VERLENGING_GEMELD: {
      nl: 'Het bevoegd gezag heeft met redenen een nieuwe termijn gemeld: uiterlijk {laatsteDag}.',
      en: 'The board announced a new term with reasons: by {laatsteDag}.',
      bron: B.WPO_14_LID_7,
    },
    VERLENGING_BOVEN_MAXIMUM: {
      nl: 'Het beleid staat ten hoogste {maximum} verlenging toe: de termijn eindigt {laatsteDag}.',
      en: 'The policy allows at most {maximum} of extension: the term ends {laatsteDag}.',
      bron: B.SEED_VERLENGING,
    },
    VERLENGING_NA_AFLOOP: {
      nl: 'Het beleid vraagt de verlenging te melden vóór het einde van de eerste termijn; deze melding kwam later en telt niet.',
      en: 'The policy requires the extension to be announced before the first term ends; this one came later and does not count.',
      bron: B.SEED_VERLENGING,
    },
    STANDPUNT_TIJDIG: {
      nl: 'Het standpunt is op tijd meegedeeld.',
      en: 'The position was communicated in time.',
      bron: B.WPO_14_LID_7,
    },
    STANDPUNT_TE_LAAT: {
      nl: 'Het standpunt kwam {dagen} dag(en) na de termijn: een waarschuwing, geen harde fout (LKC 23-11-2018, 108484).',
      en: 'The position came {dagen} day(s) after the term: a warning, not a hard failure (LKC 23-11-2018, 108484).',
      bron: B.LKC_DAG_TE_LAAT,
    },
    STANDPUNT_NOG_NIET: {
      nl: 'Het bevoegd gezag heeft zijn standpunt nog niet meegedeeld.',
      en: 'The board has not yet communicated its position.',
      bron: B.WPO_14_LID_7,
    },
    SLACHTOFFER_LEERLING: {
      nl: 'Het gaat om een leerling van de school (ongeacht leeftijd).',
      en: 'The victim is a pupil of the school (of any age).',
      bron: B.WPO_4A_REIKWIJDTE,
    },
    SLACHTOFFER_GEEN_LEERLING: {
      nl: 'Het slachtoffer is geen leerling van de school: WPO art. 4a is niet van toepassing.',
      en: 'The victim is not a pupil of the school: WPO art. 4a does not apply.',
      bron: B.WPO_4A_REIKWIJDTE,
    },
    PLEGER_MET_TAKEN_BELAST: {
      nl: 'De vermoedelijke pleger is ten behoeve van de school met taken belast (personeel, stagiair, vrijwilliger).',
      en: 'The suspected offender has tasks for the school (staff, intern, volunteer).',
      bron: B.WPO_4A_REIKWIJDTE,
    },
    PLEGER_LEERLING: {
      nl: 'Leerling tegen leerling valt niet onder WPO art. 4a: volg het pestprotocol of de meldcode.',
      en: 'Pupil against pupil is outside WPO art. 4a: follow the anti-bullying protocol or the meldcode.',
      bron: B.WPO_4A_REIKWIJDTE,
    },
    PLEGER_ANDER: {
      nl: 'De vermoedelijke pleger heeft geen taken voor de school: WPO art. 4a is niet van toepassing; volg de meldcode.',
      en: 'The suspected offender has no tasks for the school: WPO art. 4a does not apply; follow the meldcode.',
      bron: B.WPO_4A_REIKWIJDTE,
    },
    GEEN_SEKSUEEL_MISDRIJF: {
      nl: 'Het vermoeden betreft geen seksueel misdrijf (Titel XIV Sr): WPO art. 4a is niet van toepassing.',
      en: 'The suspicion is not a sexual offence (Title XIV Criminal Code): WPO art. 4a does not apply.',
      bron: B.WPO_4A_LID_1,
    },
    BELEID_ALLEEN_MINDERJARIGEN: {
      nl: 'Het beleid beperkt de route tot minderjarige leerlingen; de wet niet, en de wet gaat voor.',
      en: 'The policy limits the route to minor pupils; the statute does not, and the statute prevails.',
      bron: B.SEED_STAPPENPLAN,
    },
    CONTACTPERSOON_BELEGD: {
      nl: 'De school heeft {aantal} interne contactpersoon/-personen als aanspreekpunt bij klachten.',
      en: 'The school has {aantal} internal contact person(s) as the point of contact for complaints.',
      bron: B.SEED_CONTACTPERSOON_NIET_DIRECTIE,
    },
    GEEN_CONTACTPERSOON: {
      nl: 'De school heeft geen interne contactpersoon: elke school heeft er ten minste één als aanspreekpunt bij klachten.',
      en: 'The school has no internal contact person: every school has at least one as the point of contact for complaints.',
      bron: B.SEED_CONTACTPERSOON_NIET_DIRECTIE,
    },
    CONTACTPERSOON_NIET_IN_DIRECTIE: {
      nl: 'Geen interne contactpersoon is lid van de schooldirectie.',
      en: 'No internal contact person is a member of the school management.',
      bron: B.SEED_CONTACTPERSOON_NIET_DIRECTIE,
    },
    CONTACTPERSOON_IN_DIRECTIE: {
      nl: '{aantal} interne contactpersoon/-personen is/zijn lid van de schooldirectie; de contactpersoon is geen lid van de schooldirectie (een eis van de klachtenregeling, niet van de wet). Wijs een ander aan.',
      en: '{aantal} internal contact person(s) is/are a member of the school management; the contact person is not a member of the management (a requirement of the complaints regulation, not of the statute). Appoint someone else.',
      bron: B.SEED_CONTACTPERSOON_NIET_DIRECTIE,
    },
    VERTROUWENSPERSOON_BELEGD: {
      nl: 'De school kan een beroep doen op een externe vertrouwenspersoon.',
      en: 'The school can call on an external confidential adviser (vertrouwenspersoon).',
      bron: B.SEED_VERTROUWENSPERSOON,
    },
    GEEN_VERTROUWENSPERSOON: {
      nl: 'De school kan geen beroep doen op een externe vertrouwenspersoon; de regeling onderscheidt de interne contactpersoon en de (externe) vertrouwenspersoon.',
      en: 'The school cannot call on an external confidential adviser; the regulation distinguishes the internal contact person and the (external) vertrouwenspersoon.',
      bron: B.SEED_VERTROUWENSPERSOON,
    },
    VERTROUWENSPERSOON_PERSONEEL_BELEGD: {
      nl: 'Personeel kan terecht bij een interne vertrouwenspersoon (de vertrouwenspersoon voor personeel).',
      en: 'Staff can turn to an internal confidential adviser (the vertrouwenspersoon voor personeel).',
      bron: B.SEED_VERTROUWENSPERSOON_PERSONEEL,
    },
    GEEN_VERTROUWENSPERSOON_PERSONEEL: {
      nl: 'Het beleid vraagt een interne vertrouwenspersoon voor personeel, en die is niet opgegeven. De wet vraagt er geen (controleerBeleid meldt het beleid als strenger).',
      en: 'The policy requires an internal confidential adviser for staff, and none was stated. The law requires none (controleerBeleid reports the policy as stricter).',
      bron: B.SEED_VERTROUWENSPERSOON_PERSONEEL,
    },
    VERTROUWENSPERSOON_PERSONEEL_NIET_VEREIST: {
      nl: 'Personeel heeft geen interne vertrouwenspersoon; de wet schrijft er geen voor (WPO art. 14, Arbowet art. 3 lid 2; lezing van de SDK) en het beleid evenmin.',
      en: "Staff have no internal confidential adviser; the law prescribes none (WPO art. 14, Arbowet art. 3(2); the SDK's reading) and neither does the policy.",
      bron: B.WET_VERTROUWENSPERSOON_PERSONEEL,
    },
    KLACHTENCOMMISSIE_LANDELIJK: {
      nl: 'De regeling kiest de landelijke klachtencommissie waarbij het bevoegd gezag is aangesloten als klachtencommissie (WPO art. 14 lid 2 onder a).',
      en: 'The regulation chooses the national complaints committee the board is affiliated with as its complaints committee (WPO art. 14(2)(a)).',
      bron: B.WPO_14_AANSLUITING,
    },
    KLACHTENCOMMISSIE_EIGEN: {
      nl: 'De regeling stelt een eigen klachtencommissie in (WPO art. 14 lid 2 onder a); controleer haar samenstelling met valideerCommissie (lid 4).',
      en: 'The regulation sets up its own complaints committee (WPO art. 14(2)(a)); check its composition with valideerCommissie (paragraph 4).',
      bron: B.WPO_14_LID_2_A,
    },
    GEEN_KLACHTENCOMMISSIE: {
      nl: 'De regeling noemt geen klachtencommissie; zij vermeldt in ieder geval de instelling van een klachtencommissie die klachten behandelt (WPO art. 14 lid 2 onder a).',
      en: 'The regulation names no complaints committee; it must at least provide for a complaints committee that handles complaints (WPO art. 14(2)(a)).',
      bron: B.WPO_14_LID_2_A,
    },
    KLACHTENCOMMISSIE_TWEE_ROUTES: {
      nl: 'De regeling noemt zowel de landelijke klachtencommissie als een eigen commissie; een regeling kiest één route.',
      en: 'The regulation names both the national complaints committee and its own committee; a regulation chooses one route.',
      bron: B.LKC_GEEN_BEROEP,
    },
    KLACHTENCOMMISSIE_BEROEP: {
      nl: "De regeling laat de klager na de eigen commissie naar de landelijke klachtencommissie gaan; die is geen beroepsinstantie en verklaart zo'n klacht niet-ontvankelijk.",
      en: 'The regulation sends the complainant from its own committee to the national complaints committee; that is not an appeal body and declares such a complaint inadmissible.',
      bron: B.LKC_GEEN_BEROEP,
    },
    KLACHTENCOMMISSIE_TWEE_ROUTES_BELEID: {
      nl: 'De regeling noemt meer dan één commissieroute; het beleid van de school staat dat toe, anders dan de praktijk van de LKC (controleerBeleid meldt het als soepeler).',
      en: "The regulation names more than one committee route; the school's policy allows it, unlike the practice of the LKC (controleerBeleid reports it as laxer).",
    },
    AANSLUITING_NIET_VERPLICHT: {
      nl: 'Aansluiting bij een landelijke klachtencommissie is niet verplicht: WPO art. 14 vraagt een klachtencommissie (lid 2 onder a); lid 3 gaat niet over aansluiting.',
      en: 'Affiliation with a national complaints committee is not required: WPO art. 14 asks for a complaints committee (paragraph 2(a)); paragraph 3 is not about affiliation.',
      bron: B.WPO_14_AANSLUITING,
    },
    AANSLUITING_VEREIST: {
      nl: 'Het beleid vraagt aansluiting bij een landelijke klachtencommissie, en de regeling kiest die niet. De wet vraagt die aansluiting niet (controleerBeleid meldt het beleid als strenger).',
      en: 'The policy requires affiliation with a national complaints committee, and the regulation does not choose it. The law does not require it (controleerBeleid reports the policy as stricter).',
      bron: B.SEED_AANSLUITING,
    },
    SCHOOLGIDS_KLACHTENREGELING: {
      nl: 'De schoolgids bevat informatie over de klachtenregeling (WPO art. 13 lid 1 onder f).',
      en: 'The school guide contains information about the complaints regulation (WPO art. 13(1)(f)).',
      bron: B.WPO_13_LID_1_F,
    },
    SCHOOLGIDS_ZONDER_KLACHTENREGELING: {
      nl: 'De schoolgids bevat geen informatie over de klachtenregeling; dat is wel verplicht (WPO art. 13 lid 1 onder f).',
      en: 'The school guide contains no information about the complaints regulation, which is required (WPO art. 13(1)(f)).',
      bron: B.WPO_13_LID_1_F,
    },
    SCHOOLGIDS_GEGEVENS_VERMELD: {
      nl: 'De schoolgids noemt de interne contactpersoon, de vertrouwenspersoon en het adres van de klachtencommissie.',
      en: 'The school guide names the internal contact person and the confidential adviser and gives the address of the complaints committee.',
      bron: B.SEED_SCHOOLGIDS,
    },
    SCHOOLGIDS_GEGEVENS_NIET_VEREIST: {
      nl: 'De schoolgids mist {aantal} van de gegevens contactpersoon, vertrouwenspersoon en adres van de klachtencommissie; de wet vraagt alleen informatie over de klachtenregeling (WPO art. 13 lid 1 onder f), de regeling van de seed vraagt ze wel.',
      en: "The school guide lacks {aantal} of the items contact person, confidential adviser and address of the complaints committee; the law asks only for information about the complaints regulation (WPO art. 13(1)(f)), the seed's regulation asks for them.",
      bron: B.WPO_13_LID_1_F,
    },
    SCHOOLGIDS_CONTACTPERSOON_ONTBREEKT: {
      nl: 'De schoolgids noemt geen interne contactpersoon van de school.',
      en: 'The school guide names no internal contact person of the school.',
      bron: B.SEED_SCHOOLGIDS,
    },
    SCHOOLGIDS_VERTROUWENSPERSOON_ONTBREEKT: {
      nl: 'De schoolgids noemt geen (externe) vertrouwenspersoon.',
      en: 'The school guide names no (external) confidential adviser.',
      bron: B.SEED_SCHOOLGIDS,
    },
    SCHOOLGIDS_ADRES_ONTBREEKT: {
      nl: 'De schoolgids vermeldt het adres van de klachtencommissie niet.',
      en: 'The school guide does not give the address of the complaints committee.',
      bron: B.SEED_SCHOOLGIDS,
    },
    SCHOOLGIDS_NOEMT_ANDERE: {
      nl: "De schoolgids noemt {aantal} persoon/personen als contactpersoon die geen interne contactpersoon is/zijn; werk de schoolgids bij (id's in nietContactpersoon).",
      en: 'The school guide names {aantal} person(s) as contact person who is/are not an internal contact person; update the school guide (ids in nietContactpersoon).',
      bron: B.SEED_SCHOOLGIDS,
    },
    CONTACTPERSOON_IN_DIRECTIE_BELEID: {
      nl: '{aantal} interne contactpersoon/-personen is/zijn lid van de schooldirectie; het beleid van de school staat dat toe, anders dan de klachtenregeling van de seed (controleerBeleid meldt het als soepeler).',
      en: "{aantal} internal contact person(s) is/are a member of the school management; the school's policy allows it, unlike the seed's complaints regulation (controleerBeleid reports it as laxer).",
    },
  });

/**
 * Catalogue of {@link KlachtenregelingTermijnCode}. The date itself is in the term (`termijn.laatsteDag`);
 * "onverwijld" duties have no date and say so.
 *
 * @example
 * ```ts
 * import { KLACHTENREGELING_TERMIJN_CODES } from '@schoolveiligheid/klachtenregeling';
 * KLACHTENREGELING_TERMIJN_CODES.STANDPUNT.bron?.artikel; //=> 'art. 14 lid 7'
 * ```
 */
export const KLACHTENREGELING_TERMIJN_CODES: CodeCatalogus<KlachtenregelingTermijnCode> =
  /* @__PURE__ */ Object.freeze({
    DOORSTUREN: {
      nl: 'Verwijs de klager aanstonds en vertrouwelijk door naar het bevoegd gezag.',
      en: 'Refer the complainant to the board at once and in confidence.',
      bron: B.SEED_ANDER_ORGAAN,
    },
    EIGEN_AFHANDELING: {
      nl: 'Los de klacht binnen de termijn van de regeling op, of verwijs haar naar de klachtencommissie.',
      en: "Resolve the complaint within the regeling's term, or refer it to the committee.",
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    VOORLOPIGE_VOORZIENING: {
      nl: 'De voorlopige voorziening loopt af; beslis tijdig over verlenging of opheffing.',
      en: 'The interim measure is ending; decide in time whether to extend or lift it.',
      bron: B.SEED_VOORZIENING,
    },
    STANDPUNT: {
      nl: 'Deel klager en klachtencommissie schriftelijk mee of u het oordeel deelt en welke maatregelen u neemt.',
      en: 'Tell the complainant and the committee in writing whether you share the opinion and which measures you take.',
      bron: B.WPO_14_LID_7,
    },
    BEVOEGD_GEZAG_INLICHTEN: {
      nl: 'Onverwijld (vandaag): licht het bevoegd gezag in.',
      en: 'Without delay (today): inform the board.',
      bron: B.WPO_4A_LID_3,
    },
    OVERLEG_VERTROUWENSINSPECTEUR: {
      nl: 'Onverwijld (vandaag): overleg met de vertrouwensinspecteur.',
      en: 'Without delay (today): consult the confidential inspector.',
      bron: B.WPO_4A_LID_1,
    },
    OUDERS_INLICHTEN: {
      nl: 'Vóór de aangifte: stel de ouders van de leerling op de hoogte.',
      en: "Before the aangifte: inform the pupil's parents.",
      bron: B.WPO_4A_LID_2,
    },
    AANGEKLAAGDE_INLICHTEN: {
      nl: 'Vóór de aangifte: stel de aangeklaagde op de hoogte.',
      en: 'Before the aangifte: inform the accused.',
      bron: B.WPO_4A_LID_2,
    },
    AANGIFTE: {
      nl: 'Onverwijld (vandaag): doe aangifte bij een opsporingsambtenaar.',
      en: 'Without delay (today): file aangifte with an investigating officer.',
      bron: B.WPO_4A_LID_2,
    },
    VERTROUWENSINSPECTEUR_INLICHTEN: {
      nl: 'Onverwijld (vandaag): stel de vertrouwensinspecteur van de aangifte in kennis.',
      en: 'Without delay (today): inform the confidential inspector of the aangifte.',
      bron: B.WPO_4A_LID_2,
    },
  });

/**
 * Catalogue of {@link KlachtenregelingStapCode}.
 *
 * @example
 * ```ts
 * import { KLACHTENREGELING_STAP_CODES } from '@schoolveiligheid/klachtenregeling';
 * KLACHTENREGELING_STAP_CODES.AANGIFTE_DOEN.nl; //=> 'Doe onverwijld aangifte bij een opsporingsambtenaar.'
 * ```
 */
export const KLACHTENREGELING_STAP_CODES: CodeCatalogus<KlachtenregelingStapCode> =
  /* @__PURE__ */ Object.freeze({
    INFORMEEL_OVERLEG: {
      nl: 'Bespreek het eerst met de betrokkene, de directie of de vertrouwenspersoon; of dien de klacht in.',
      en: 'First discuss it with the person concerned, the management or the confidential adviser; or file the complaint.',
      bron: B.SEED_INFORMEEL,
    },
    KLACHT_INDIENEN: {
      nl: 'Dien de klacht in bij het bevoegd gezag of de klachtencommissie.',
      en: 'File the complaint with the board or the complaints committee.',
      bron: B.SEED_INDIENEN,
    },
    DOORSTUREN_NAAR_BEVOEGD_GEZAG: {
      nl: 'Verwijs de klager aanstonds en vertrouwelijk door naar het bevoegd gezag.',
      en: 'Refer the complainant to the board at once and in confidence.',
      bron: B.SEED_ANDER_ORGAAN,
    },
    ROUTE_KIEZEN: {
      nl: 'Handel een eenvoudige klacht zelf af (eventueel met mediator) of verwijs naar de klachtencommissie.',
      en: 'Handle a simple complaint yourself (with a mediator if agreed) or refer it to the committee.',
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    VERWIJZEN_NAAR_COMMISSIE: {
      nl: 'Geen bevredigende oplossing: verwijs de klacht alsnog naar de klachtencommissie.',
      en: 'No satisfactory solution: refer the complaint to the committee after all.',
      bron: B.SEED_EIGEN_AFHANDELING,
    },
    PARTIJEN_HOREN: {
      nl: 'Geef klager en aangeklaagde de gelegenheid hun zienswijze toe te lichten en zich te laten bijstaan.',
      en: 'Let the complainant and the accused explain their views and be assisted.',
      bron: B.WPO_14_LID_5,
    },
    OORDEEL_AFWACHTEN: {
      nl: 'De klachtencommissie zendt haar oordeel aan klager, aangeklaagde en bevoegd gezag.',
      en: 'The committee sends its opinion to the complainant, the accused and the board.',
      bron: B.WPO_14_LID_6,
    },
    AANGEKLAAGDE_HOREN: {
      nl: 'Hoor de aangeklaagde over de voorgenomen beslissing vóór een (rechtspositionele) maatregel.',
      en: 'Hear the accused on the intended decision before an (employment) measure.',
      bron: B.SEED_HOREN_AANGEKLAAGDE,
    },
    STANDPUNT_MEEDELEN: {
      nl: 'Deel klager en klachtencommissie schriftelijk uw standpunt en eventuele maatregelen mee.',
      en: 'Tell the complainant and the committee your position and any measures in writing.',
      bron: B.WPO_14_LID_7,
    },
    REHABILITEREN: {
      nl: 'De klacht is ongegrond: zet een rehabilitatietraject uit voor de aangeklaagde.',
      en: 'The complaint is unfounded: start rehabilitation for the accused.',
      bron: B.SEED_STAPPENPLAN,
    },
    AFSLUITEN: {
      nl: 'Sluit het dossier af en neem de klacht op in de jaarcijfers.',
      en: 'Close the dossier and include the complaint in the annual figures.',
      bron: B.SEED_JAARVERSLAG,
    },
    BEVOEGD_GEZAG_INLICHTEN: {
      nl: 'Licht onverwijld het bevoegd gezag in.',
      en: 'Inform the board without delay.',
      bron: B.WPO_4A_LID_3,
    },
    LOGBOEK_STARTEN: {
      nl: 'Begin een logboek met alle acties, data, tijden, afspraken en betrokkenen.',
      en: 'Start a log of all actions, dates, times, agreements and people involved.',
      bron: B.SEED_STAPPENPLAN,
    },
    CRISISTEAM_VORMEN: {
      nl: 'Vorm zo snel mogelijk een crisisteam dat binnen 24 uur na de melding bijeenkomt.',
      en: 'Form a crisis team as soon as possible that meets within 24 hours of the report.',
      bron: B.SEED_STAPPENPLAN,
    },
    OVERLEG_VERTROUWENSINSPECTEUR: {
      nl: 'Treed onverwijld in overleg met de vertrouwensinspecteur.',
      en: 'Consult the confidential inspector without delay.',
      bron: B.WPO_4A_LID_1,
    },
    OUDERS_INLICHTEN: {
      nl: 'Stel de ouders van de leerling op de hoogte vóór de aangifte.',
      en: "Inform the pupil's parents before the aangifte.",
      bron: B.WPO_4A_LID_2,
    },
    AANGEKLAAGDE_INLICHTEN: {
      nl: 'Stel de aangeklaagde op de hoogte vóór de aangifte.',
      en: 'Inform the accused before the aangifte.',
      bron: B.WPO_4A_LID_2,
    },
    AANGIFTE_DOEN: {
      nl: 'Doe onverwijld aangifte bij een opsporingsambtenaar.',
      en: 'File aangifte with an investigating officer without delay.',
      bron: B.WPO_4A_LID_2,
    },
    VERTROUWENSINSPECTEUR_INLICHTEN: {
      nl: 'Stel de vertrouwensinspecteur onverwijld van de aangifte in kennis.',
      en: 'Inform the confidential inspector of the aangifte without delay.',
      bron: B.WPO_4A_LID_2,
    },
    ANDERE_ROUTE: {
      nl: 'Dit valt niet onder WPO art. 4a: volg de meldcode of het pestprotocol.',
      en: 'This is outside WPO art. 4a: follow the meldcode or the anti-bullying protocol.',
      bron: B.WPO_4A_REIKWIJDTE,
    },
    AFSLUITEN_ZONDER_AANGIFTE: {
      nl: 'Geen redelijk vermoeden: sluit de 4a-route af; een klacht kan via de klachtenregeling.',
      en: 'No reasonable suspicion: close the art. 4a route; a complaint can follow the regeling.',
      bron: B.WPO_4A_LID_2,
    },
  });
