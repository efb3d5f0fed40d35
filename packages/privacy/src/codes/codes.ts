import type { CodeCatalogus } from '@schoolveiligheid/kern';
import {
  AVG_5_1,
  AVG_5_1_E,
  AVG_6_1,
  AVG_7_3,
  AVG_9,
  AVG_12_3,
  AVG_12_5,
  AVG_13,
  AVG_15_3,
  AVG_32,
  JEUGDWET_7_1_5_1,
  SEED_TABEL_A,
  SEED_VERWERKING,
  UAVG_5_1,
  UAVG_5_3,
  UAVG_5_4,
  UAVG_5_OUD,
} from '../bronnen/bronnen.js';

// Closed unions of every code this package can produce, each with its catalogue (a record over the union, so a
// code without Dutch and English text is a compile error). Vendors store these codes: a contract.

/** Reasons in the package's decisions (`Besluit.redenen[].code`). */
export type PrivacyRedenCode =
  | 'ANTWOORD_BINNEN_TERMIJN'
  | 'VERLENGING_TIJDIG'
  | 'VERLENGING_TE_LAAT'
  | 'VERLENGD_EINDE_BRONNEN_ONEENS'
  | 'TERMIJN_UIT_BELEID'
  | 'VERTEGENWOORDIGER_ALLEEN'
  | 'KIND_EN_VERTEGENWOORDIGER'
  | 'ZELFSTANDIG'
  | 'VERWIJSINDEX_GEZAMENLIJK'
  | 'INZAGE_KOSTELOOS'
  | 'VERGOEDING_TOEGESTAAN'
  | 'VERGOEDING_TE_HOOG'
  | 'VELDEN_BINNEN_CATEGORIEEN'
  | 'VELD_BUITEN_CATEGORIEEN'
  | 'BIJZONDER_PERSOONSGEGEVEN'
  | 'KANAAL_NIET_TOEGESTAAN'
  | 'NIET_GEANONIMISEERD'
  | 'OUDERS_NIET_GEINFORMEERD'
  | 'WETTELIJKE_PLICHT'
  | 'TOESTEMMING_GELDIG'
  | 'GEEN_GELDIGE_TOESTEMMING'
  | 'GRONDSLAG_UIT_REGISTER'
  | 'GEEN_GRONDSLAG'
  | 'CATEGORIE_NIET_IN_REGISTER'
  | 'TOESTEMMING_DOOR_ONBEVOEGDE'
  | 'TOESTEMMING_INGETROKKEN'
  | 'INTREKKING_NIET_BEVOEGD'
  | 'NOG_GEEN_TOESTEMMING'
  | 'VERNIETIGEN_VANAF'
  | 'EIGEN_REGELING'
  | 'BRON_ONBEVESTIGD'
  | 'TOEGANG_VIA_FUNCTIE'
  | 'GEEN_TOEWIJZING'
  | 'BUITEN_BEREIK'
  | 'ACTIE_NIET_IN_FUNCTIE'
  | 'TOEWIJZING_VERLOPEN'
  | 'TOEWIJZING_TE_RUIM'
  | 'STANDAARD_GEWEIGERD'
  | 'GEEN_WETTELIJKE_TERMIJN'
  | 'CONTROLE_VOLGENS_BELEID';

/**
 * Catalogue of {@link PrivacyRedenCode}.
 *
 * @example
 * ```ts
 * import { PRIVACY_REDEN_CODES } from '@schoolveiligheid/privacy';
 * PRIVACY_REDEN_CODES.INZAGE_KOSTELOOS.bron?.artikel; //=> 'art. 15 lid 3'
 * ```
 */
export const PRIVACY_REDEN_CODES: CodeCatalogus<PrivacyRedenCode> = /* @__PURE__ */ Object.freeze({
  ANTWOORD_BINNEN_TERMIJN: {
    nl: 'Beantwoord het verzoek uiterlijk op {laatsteDag}: {duur} na ontvangst; een Europese termijn, zonder Algemene termijnenwet.',
    en: 'Answer the request by {laatsteDag} at the latest: {duur} after receipt; an EU term, without the Algemene termijnenwet.',
    bron: AVG_12_3,
  },
  VERLENGING_TIJDIG: {
    nl: 'De verlenging is binnen de eerste termijn meegedeeld; de uiterste dag wordt {laatsteDag}.',
    en: 'The extension was announced within the first term; the last day becomes {laatsteDag}.',
    bron: AVG_12_3,
  },
  VERLENGING_TE_LAAT: {
    nl: 'De verlenging is na de eerste termijn meegedeeld ({eersteLaatsteDag}); zij geldt niet en de eerste termijn blijft staan.',
    en: 'The extension was announced after the first term ({eersteLaatsteDag}); it has no effect and the first term stands.',
    bron: AVG_12_3,
  },
  VERLENGD_EINDE_BRONNEN_ONEENS: {
    nl: 'Eén maand plus twee maanden eindigt op {viaEersteTermijn}, drie maanden na ontvangst op {viaOntvangst}; de SDK houdt de vroegste dag aan.',
    en: 'One month plus two months ends on {viaEersteTermijn}, three months after receipt on {viaOntvangst}; the SDK uses the earlier day.',
    bron: AVG_12_3,
  },
  TERMIJN_UIT_BELEID: {
    nl: 'De termijn komt uit het beleid van de school ({duur}); het beleid mag de wet niet oprekken.',
    en: "The term comes from the school's policy ({duur}); a policy may not stretch the law.",
  },
  VERTEGENWOORDIGER_ALLEEN: {
    nl: 'De betrokkene is {leeftijd}; de wettelijk vertegenwoordiger oefent de rechten uit.',
    en: 'The data subject is {leeftijd}; the legal representative exercises the rights.',
    bron: UAVG_5_4,
  },
  KIND_EN_VERTEGENWOORDIGER: {
    nl: 'De betrokkene is {leeftijd}; hij oefent de rechten zelf uit en ook zijn wettelijk vertegenwoordiger kan dat.',
    en: 'The data subject is {leeftijd}; they exercise the rights themselves and their legal representative can as well.',
    bron: UAVG_5_4,
  },
  ZELFSTANDIG: {
    nl: 'De betrokkene is {leeftijd}; vanaf {grens} jaar oefent hij de rechten alleen uit.',
    en: 'The data subject is {leeftijd}; from {grens} they exercise the rights alone.',
    bron: UAVG_5_1,
  },
  VERWIJSINDEX_GEZAMENLIJK: {
    nl: 'Voor gegevens in de Verwijsindex doen kind en wettelijk vertegenwoordiger het verzoek samen.',
    en: 'For data in the Verwijsindex the child and the legal representative make the request together.',
    bron: JEUGDWET_7_1_5_1,
  },
  INZAGE_KOSTELOOS: {
    nl: 'Inzage en een eerste kopie zijn kosteloos.',
    en: 'Access and a first copy are free of charge.',
    bron: AVG_15_3,
  },
  VERGOEDING_TOEGESTAAN: {
    nl: 'Voor {grond} mag een redelijke vergoeding op basis van de administratieve kosten worden gevraagd.',
    en: 'For {grond} a reasonable fee based on administrative costs may be charged.',
    bron: AVG_12_5,
  },
  VERGOEDING_TE_HOOG: {
    nl: 'Het gevraagde bedrag ({gevraagd}) is hoger dan toegestaan ({toegestaan}).',
    en: 'The amount asked ({gevraagd}) is higher than allowed ({toegestaan}).',
    bron: AVG_15_3,
  },
  VELDEN_BINNEN_CATEGORIEEN: {
    nl: 'Alle velden vallen binnen de categorieën voor een {betrokkene}.',
    en: 'All fields fall within the categories for a {betrokkene}.',
    bron: AVG_5_1,
  },
  VELD_BUITEN_CATEGORIEEN: {
    nl: 'Het veld {veld} valt buiten de categorieën voor een {betrokkene} (doelbinding, dataminimalisatie).',
    en: 'The field {veld} is outside the categories for a {betrokkene} (purpose limitation, data minimisation).',
    bron: AVG_5_1,
  },
  BIJZONDER_PERSOONSGEGEVEN: {
    nl: 'Het veld {veld} is een bijzonder persoonsgegeven; verwerk het alleen onder een uitzondering van art. 9 lid 2.',
    en: 'The field {veld} is special-category data; process it only under an exception of art. 9(2).',
    bron: AVG_9,
  },
  KANAAL_NIET_TOEGESTAAN: {
    nl: 'Leerlinggegevens gaan niet per e-mail of ander online communicatiemiddel; gebruik een beveiligde koppeling (OSO) of upload.',
    en: 'Pupil data are never sent by e-mail or other online messaging; use a secured link (OSO) or upload.',
    bron: SEED_VERWERKING,
  },
  NIET_GEANONIMISEERD: {
    nl: 'Gegevens voor studie, onderzoek of opleiding worden eerst geanonimiseerd.',
    en: 'Data for study, research or training are anonymised first.',
    bron: SEED_VERWERKING,
  },
  OUDERS_NIET_GEINFORMEERD: {
    nl: 'De ouders worden vooraf geïnformeerd over de gegevens die aan andere partijen worden verstrekt.',
    en: 'Parents are informed beforehand of the data given to other parties.',
    bron: AVG_13,
  },
  WETTELIJKE_PLICHT: {
    nl: 'Er is een wettelijke plicht om de gegevens te verstrekken.',
    en: 'There is a legal duty to provide the data.',
    bron: AVG_6_1,
  },
  TOESTEMMING_GELDIG: {
    nl: 'Er is geldige toestemming voor dit doel.',
    en: 'There is valid consent for this purpose.',
    bron: AVG_6_1,
  },
  GEEN_GELDIGE_TOESTEMMING: {
    nl: 'De grondslag is toestemming, maar er is geen geldige toestemming voor dit doel.',
    en: 'The basis is consent, but there is no valid consent for this purpose.',
    bron: AVG_6_1,
  },
  GRONDSLAG_UIT_REGISTER: {
    nl: 'De verstrekking staat in het register met grondslag {grondslag}.',
    en: 'The provision is in the register with basis {grondslag}.',
    bron: AVG_6_1,
  },
  GEEN_GRONDSLAG: {
    nl: 'Er is geen wettelijke plicht, geen toestemming en geen geregistreerde andere grondslag voor deze verstrekking.',
    en: 'There is no legal duty, no consent and no registered other basis for this provision.',
    bron: AVG_6_1,
  },
  CATEGORIE_NIET_IN_REGISTER: {
    nl: 'De categorie {categorie} staat niet in het register voor deze ontvanger en dit doel.',
    en: 'Category {categorie} is not in the register for this recipient and purpose.',
    bron: AVG_5_1,
  },
  TOESTEMMING_DOOR_ONBEVOEGDE: {
    nl: 'De toestemming is gegeven door een betrokkene jonger dan {grens}; daarvoor is de wettelijk vertegenwoordiger nodig.',
    en: 'Consent was given by a data subject under {grens}; the legal representative is needed for that.',
    bron: UAVG_5_1,
  },
  TOESTEMMING_INGETROKKEN: {
    nl: 'De toestemming is ingetrokken op {datum}.',
    en: 'Consent was withdrawn on {datum}.',
    bron: AVG_7_3,
  },
  INTREKKING_NIET_BEVOEGD: {
    nl: 'De intrekking door de leerling ({leeftijd}) telt op deze datum niet; alleen de wettelijk vertegenwoordiger kon intrekken.',
    en: 'The withdrawal by the pupil ({leeftijd}) does not count on this date; only the legal representative could withdraw.',
    bron: UAVG_5_OUD,
  },
  NOG_GEEN_TOESTEMMING: {
    nl: 'Er is op deze datum geen toestemming voor dit doel vastgelegd.',
    en: 'No consent for this purpose is recorded on this date.',
    bron: UAVG_5_3,
  },
  VERNIETIGEN_VANAF: {
    nl: 'Vernietig de gegevens vanaf {datum}: {duur} na {gebeurtenis}.',
    en: 'Destroy the data from {datum}: {duur} after {gebeurtenis}.',
    bron: AVG_5_1_E,
  },
  EIGEN_REGELING: {
    nl: 'Voor deze categorie geldt een eigen regeling; zie de bron.',
    en: 'This category has its own rules; see the source.',
  },
  BRON_ONBEVESTIGD: {
    nl: 'De bron van deze termijn is niet geverifieerd; controleer hem voordat u vernietigt.',
    en: 'The source of this term is not verified; check it before destroying.',
  },
  TOEGANG_VIA_FUNCTIE: {
    nl: 'Toegang via de functie {functie} op niveau {niveau}.',
    en: 'Access through the function {functie} at level {niveau}.',
    bron: SEED_TABEL_A,
  },
  GEEN_TOEWIJZING: {
    nl: 'De medewerker heeft geen functie met toegang tot leerlinggegevens.',
    en: 'The staff member has no function with access to pupil data.',
    bron: SEED_TABEL_A,
  },
  BUITEN_BEREIK: {
    nl: 'De leerling valt buiten het bereik van de functie {functie} (niveau {niveau}).',
    en: 'The pupil is outside the reach of the function {functie} (level {niveau}).',
    bron: SEED_TABEL_A,
  },
  ACTIE_NIET_IN_FUNCTIE: {
    nl: 'De functie {functie} omvat de handeling {actie} niet.',
    en: 'The function {functie} does not include the action {actie}.',
    bron: SEED_TABEL_A,
  },
  TOEWIJZING_VERLOPEN: {
    nl: 'De toewijzing als {functie} is verlopen.',
    en: 'The assignment as {functie} has expired.',
    bron: SEED_VERWERKING,
  },
  TOEWIJZING_TE_RUIM: {
    nl: 'De toewijzing als {functie} beslaat meer dan Tabel A toestaat (niveau {niveau}); zij geeft geen toegang.',
    en: 'The assignment as {functie} covers more than Tabel A allows (level {niveau}); it grants no access.',
    bron: SEED_TABEL_A,
  },
  STANDAARD_GEWEIGERD: {
    nl: 'Geen enkele toewijzing geeft toegang; toegang is standaard geweigerd.',
    en: 'No assignment grants access; access is denied by default.',
    bron: AVG_32,
  },
  GEEN_WETTELIJKE_TERMIJN: {
    nl: 'De wet stelt hiervoor geen termijn; leg een termijn vast in het beleid.',
    en: 'The law sets no term for this; set one in the policy.',
    bron: AVG_32,
  },
  CONTROLE_VOLGENS_BELEID: {
    nl: 'Volgens het beleid uiterlijk op {datum}.',
    en: 'Per the policy by {datum} at the latest.',
    bron: SEED_VERWERKING,
  },
});

/** Problems the procedure's handlers and the matrix reader give when they refuse input. */
export type PrivacyProbleemCode =
  | 'VERZOEK_AL_ONTVANGEN'
  | 'GEEN_VERZOEK'
  | 'DATUM_BUITEN_BEREIK'
  | 'VERLENGING_AL_MEEGEDEELD'
  | 'NIVEAU_RUIMER_DAN_TABEL'
  | 'ONBEKENDE_FUNCTIE';

/**
 * Catalogue of {@link PrivacyProbleemCode}.
 *
 * @example
 * ```ts
 * import { PRIVACY_PROBLEEM_CODES } from '@schoolveiligheid/privacy';
 * PRIVACY_PROBLEEM_CODES.GEEN_VERZOEK.en; //=> 'There is no request yet.'
 * ```
 */
export const PRIVACY_PROBLEEM_CODES: CodeCatalogus<PrivacyProbleemCode> = /* @__PURE__ */ Object.freeze({
  VERZOEK_AL_ONTVANGEN: {
    nl: 'Dit dossier heeft al een verzoek; open een nieuw dossier.',
    en: 'This dossier already has a request; open a new dossier.',
  },
  GEEN_VERZOEK: { nl: 'Er is nog geen verzoek.', en: 'There is no request yet.' },
  DATUM_BUITEN_BEREIK: {
    nl: 'Voor deze datum kan de SDK de antwoordtermijn niet berekenen.',
    en: 'The SDK cannot compute the answer term for this date.',
  },
  VERLENGING_AL_MEEGEDEELD: {
    nl: 'De verlenging is al meegedeeld; de AVG kent één verlenging.',
    en: 'The extension was already announced; the AVG allows one extension.',
    bron: AVG_12_3,
  },
  NIVEAU_RUIMER_DAN_TABEL: {
    nl: 'Het niveau van toegang is ruimer dan Tabel A voor deze functie geeft.',
    en: 'The access level is wider than Tabel A gives this function.',
    bron: SEED_TABEL_A,
  },
  ONBEKENDE_FUNCTIE: {
    nl: 'Deze functie staat niet in Tabel A.',
    en: 'This function is not in Tabel A.',
    bron: SEED_TABEL_A,
  },
});

/** Terms the procedure reports as running or overdue. */
export type PrivacyTermijnCode = 'ANTWOORDEN' | 'ANTWOORDEN_VERLENGD';

/**
 * Catalogue of {@link PrivacyTermijnCode}. The date itself is in the term (`termijn.laatsteDag`), with its trace.
 *
 * @example
 * ```ts
 * import { PRIVACY_TERMIJN_CODES } from '@schoolveiligheid/privacy';
 * PRIVACY_TERMIJN_CODES.ANTWOORDEN.bron?.artikel; //=> 'art. 12 lid 3'
 * ```
 */
export const PRIVACY_TERMIJN_CODES: CodeCatalogus<PrivacyTermijnCode> = /* @__PURE__ */ Object.freeze({
  ANTWOORDEN: {
    nl: 'Beantwoord het verzoek binnen een maand na ontvangst.',
    en: 'Answer the request within one month of receipt.',
    bron: AVG_12_3,
  },
  ANTWOORDEN_VERLENGD: {
    nl: 'Beantwoord het verzoek binnen de verlengde termijn.',
    en: 'Answer the request within the extended term.',
    bron: AVG_12_3,
  },
});

/** Next steps the procedure names. */
export type PrivacyStapCode =
  | 'VERZOEK_REGISTREREN'
  | 'IDENTITEIT_VERIFIEREN'
  | 'BEVOEGDHEID_TOETSEN'
  | 'VERLENGING_OVERWEGEN'
  | 'VERZOEK_AFHANDELEN';

/**
 * Catalogue of {@link PrivacyStapCode}.
 *
 * @example
 * ```ts
 * import { PRIVACY_STAP_CODES } from '@schoolveiligheid/privacy';
 * PRIVACY_STAP_CODES.IDENTITEIT_VERIFIEREN.en; //=> 'Verify the identity of the requester; record how, never the number of an ID document.'
 * ```
 */
export const PRIVACY_STAP_CODES: CodeCatalogus<PrivacyStapCode> = /* @__PURE__ */ Object.freeze({
  VERZOEK_REGISTREREN: {
    nl: 'Leg de ontvangst van het verzoek vast, met de datum van ontvangst.',
    en: 'Record the receipt of the request, with the date it was received.',
    bron: AVG_12_3,
  },
  IDENTITEIT_VERIFIEREN: {
    nl: 'Controleer de identiteit van de verzoeker; leg vast hoe, nooit het nummer van een identiteitsbewijs.',
    en: 'Verify the identity of the requester; record how, never the number of an ID document.',
    bron: AVG_5_1,
  },
  BEVOEGDHEID_TOETSEN: {
    nl: 'De verzoeker mag dit recht voor deze betrokkene niet (alleen) uitoefenen; vraag het verzoek van de juiste persoon.',
    en: 'The requester may not exercise this right for this data subject (alone); ask for the request from the right person.',
    bron: UAVG_5_4,
  },
  VERLENGING_OVERWEGEN: {
    nl: 'Is het verzoek complex of zijn er veel verzoeken? Deel een verlenging met redenen mee binnen de eerste maand.',
    en: 'Is the request complex or are there many requests? Announce an extension with reasons within the first month.',
    bron: AVG_12_3,
  },
  VERZOEK_AFHANDELEN: {
    nl: 'Willig het verzoek in of wijs het gemotiveerd af, met de mogelijkheid van klacht bij de AP en beroep op de rechter.',
    en: 'Grant the request or refuse it with reasons, naming the complaint to the AP and the court.',
    bron: AVG_12_3,
  },
});
