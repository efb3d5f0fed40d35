import type { CodeCatalogus } from '@schoolveiligheid/kern';
import {
  HUIS_ONDERZOEKSPROTOCOL,
  INSPECTIE_AANGEWEZEN,
  SEED_EXTERNE_MELDING,
  SEED_GEEN_ONDERZOEK,
  SEED_HOOR_EN_WEDERHOOR,
  SEED_INTERNE_MELDING,
  SEED_ONDERZOEK,
  SEED_STANDPUNT,
  SEED_VERTROUWELIJKHEID,
  WBK_1_BEGRIPPEN,
  WBK_1A_LID_1,
  WBK_1A_LID_3,
  WBK_2_LID_1,
  WBK_2_LID_2_D,
  WBK_2_LID_2_H,
  WBK_2_LID_2_I,
  WBK_2_LID_6,
  WBK_2A_LID_1,
  WBK_2B_LID_3,
  WBK_17E,
  WBK_17EA_LID_1,
  WBK_17EA_LID_2,
  WBK_17EB,
} from '../bronnen/bronnen.js';

// Closed unions of every code this package can produce, each with its catalogue: typed as a record over the
// union, so a code without Dutch and English text is a compile error. Vendors store these codes: a contract.

/** Problems the procedure's handlers and the validators give. */
export type KlokkenluiderProbleemCode =
  | 'MELDING_AL_ONTVANGEN'
  | 'GEEN_MELDING'
  | 'DATUM_BUITEN_BEREIK'
  | 'AL_BEVESTIGD'
  | 'NIET_MONDELING'
  | 'AL_BESLOTEN_OVER_ONDERZOEK'
  | 'GEEN_ONDERZOEK_OPGEDRAGEN'
  | 'GEEN_STANDPUNT'
  | 'BENADELING_ZONDER_MOTIVERING';

/** Terms the procedure reports as running or overdue. */
export type KlokkenluiderTermijnCode =
  | 'ONTVANGSTBEVESTIGING'
  | 'TERUGKOPPELING'
  | 'GEEN_ONDERZOEK_BERICHT'
  | 'STANDPUNT';

/** Next steps the procedure names. */
export type KlokkenluiderStapCode =
  | 'MELDING_REGISTREREN'
  | 'ONTVANGST_BEVESTIGEN'
  | 'VERSLAG_LATEN_ONDERTEKENEN'
  | 'CORRESPONDENTIE_VIA_VERTROUWENSPERSOON'
  | 'BESLUITEN_OVER_ONDERZOEK'
  | 'ONAFHANKELIJK_ONDERZOEK'
  | 'MELDER_HOREN'
  | 'CONCEPTVERSLAG_VOORLEGGEN'
  | 'ONDERZOEKSVERSLAG_OPSTELLEN'
  | 'TERUGKOPPELEN'
  | 'STANDPUNT_GEVEN'
  | 'REACTIE_VRAGEN'
  | 'AANVULLEND_ONDERZOEK'
  | 'AFSLUITEN';

/** Reasons of the decisions (channel, reporter, identity, external reporting, public disclosure, procedure duty). */
export type KlokkenluiderRedenCode =
  | 'KANAAL_LEIDINGGEVENDE'
  | 'KANAAL_TOEZICHTHOUDER'
  | 'KANAAL_VERTROUWENSPERSOON'
  | 'KANAAL_FUNCTIONARIS'
  | 'MELDER_WERKNEMER'
  | 'MELDER_WERKGERELATEERD'
  | 'PROCEDURE_OPEN_VOOR_WERKNEMER'
  | 'PROCEDURE_OPENSTELLEN_MAG'
  | 'PROCEDURE_VERPLICHT'
  | 'PROCEDURE_NIET_VERPLICHT'
  | 'IDENTITEIT_MELDER_ZELF'
  | 'IDENTITEIT_BEHANDELAAR'
  | 'IDENTITEIT_ALLEEN_VERTROUWENSPERSOON'
  | 'IDENTITEIT_TOESTEMMING'
  | 'IDENTITEIT_TOESTEMMING_NIET_SCHRIFTELIJK'
  | 'IDENTITEIT_GEHEIM'
  | 'EXTERN_ZONDER_INTERNE_MELDING'
  | 'EXTERN_REDELIJKE_GRONDEN'
  | 'EXTERN_GEEN_REDELIJKE_GRONDEN'
  | 'EXTERN_INSPECTIE_ONBEVESTIGD'
  | 'BELEID_EERST_INTERN_CONFLICT'
  | 'OPENBAAR_JUIST'
  | 'OPENBAAR_NIET_JUIST'
  | 'OPENBAAR_INTERN_EN_EXTERN_GEMELD'
  | 'OPENBAAR_DIRECT_EXTERN_GEMELD'
  | 'OPENBAAR_GEEN_EXTERNE_MELDING'
  | 'OPENBAAR_ONVOLDOENDE_VOORTGANG'
  | 'OPENBAAR_VOORTGANG_NIET_ONVOLDOENDE'
  | 'OPENBAAR_DREIGEND_GEVAAR'
  | 'OPENBAAR_RISICO_BENADELING'
  | 'OPENBAAR_VERHELPEN_ONWAARSCHIJNLIJK'
  | 'OPENBAAR_GEEN_UITZONDERING';

/**
 * Catalogue of {@link KlokkenluiderProbleemCode}.
 *
 * @example
 * ```ts
 * import { KLOKKENLUIDER_PROBLEEM_CODES } from '@schoolveiligheid/klokkenluider';
 * KLOKKENLUIDER_PROBLEEM_CODES.GEEN_MELDING.en; //=> 'There is no report in this dossier yet.'
 * ```
 */
export const KLOKKENLUIDER_PROBLEEM_CODES: CodeCatalogus<KlokkenluiderProbleemCode> =
  /* @__PURE__ */ Object.freeze({
    MELDING_AL_ONTVANGEN: {
      nl: 'Dit dossier heeft al een interne melding; open een nieuw dossier.',
      en: 'This dossier already has an internal report; open a new dossier.',
    },
    GEEN_MELDING: {
      nl: 'Er is in dit dossier nog geen interne melding ontvangen.',
      en: 'There is no report in this dossier yet.',
    },
    DATUM_BUITEN_BEREIK: {
      nl: 'Voor deze datum kan de SDK de termijnen van de Wet bescherming klokkenluiders niet berekenen.',
      en: 'The SDK cannot compute the terms of the Whistleblower Protection Act for this date.',
    },
    AL_BEVESTIGD: {
      nl: 'De ontvangstbevestiging is al verzonden.',
      en: 'The acknowledgement of receipt has already been sent.',
    },
    NIET_MONDELING: {
      nl: 'Alleen een mondelinge melding of een melding in een gesprek krijgt een verslag om te ondertekenen.',
      en: 'Only an oral report or a report in a meeting gets a record to sign.',
      bron: WBK_2B_LID_3,
    },
    AL_BESLOTEN_OVER_ONDERZOEK: {
      nl: 'Er is al besloten of er een onderzoek komt.',
      en: 'It has already been decided whether there is an investigation.',
    },
    GEEN_ONDERZOEK_OPGEDRAGEN: {
      nl: 'Er is nog geen onderzoek opgedragen.',
      en: 'No investigation has been ordered yet.',
      bron: SEED_ONDERZOEK,
    },
    GEEN_STANDPUNT: {
      nl: 'Er is nog geen standpunt om op te reageren.',
      en: 'There is no standpoint to respond to yet.',
      bron: SEED_HOOR_EN_WEDERHOOR,
    },
    BENADELING_ZONDER_MOTIVERING: {
      nl: 'Een benadelende maatregel na een melding is vastgelegd zonder motivering dat hij geen verband houdt met de melding; de wet vermoedt dat verband.',
      en: 'A detrimental measure after a report is recorded without a motivation that it is unrelated to the report; the law presumes the link.',
      bron: WBK_17EB,
    },
  });

/**
 * Catalogue of {@link KlokkenluiderTermijnCode}. The date itself is in the term (`termijn.laatsteDag`), with
 * its trace.
 *
 * @example
 * ```ts
 * import { KLOKKENLUIDER_TERMIJN_CODES } from '@schoolveiligheid/klokkenluider';
 * KLOKKENLUIDER_TERMIJN_CODES.ONTVANGSTBEVESTIGING.bron?.artikel; //=> 'art. 2 lid 2 onder h'
 * ```
 */
export const KLOKKENLUIDER_TERMIJN_CODES: CodeCatalogus<KlokkenluiderTermijnCode> =
  /* @__PURE__ */ Object.freeze({
    ONTVANGSTBEVESTIGING: {
      nl: 'Stuur de melder binnen zeven dagen na ontvangst een ontvangstbevestiging.',
      en: 'Send the reporter an acknowledgement of receipt within seven days after receipt.',
      bron: WBK_2_LID_2_H,
    },
    TERUGKOPPELING: {
      nl: 'Informeer de melder over de beoordeling en de opvolging, uiterlijk drie maanden na verzending van de ontvangstbevestiging.',
      en: 'Inform the reporter about the assessment and follow-up, at most three months after the acknowledgement was sent.',
      bron: WBK_2_LID_2_I,
    },
    GEEN_ONDERZOEK_BERICHT: {
      nl: 'Komt er geen onderzoek, laat de melder dat dan gemotiveerd en schriftelijk weten (eigen termijn van de regeling).',
      en: 'If there is no investigation, tell the reporter in writing with reasons (the regeling’s own term).',
      bron: SEED_GEEN_ONDERZOEK,
    },
    STANDPUNT: {
      nl: 'Geef de melder schriftelijk het inhoudelijke standpunt, of meld gemotiveerd een latere termijn (eigen termijn van de regeling).',
      en: 'Give the reporter the substantive standpoint in writing, or give reasons for a later term (the regeling’s own term).',
      bron: SEED_STANDPUNT,
    },
  });

/**
 * Catalogue of {@link KlokkenluiderStapCode}.
 *
 * @example
 * ```ts
 * import { KLOKKENLUIDER_STAP_CODES } from '@schoolveiligheid/klokkenluider';
 * KLOKKENLUIDER_STAP_CODES.MELDING_REGISTREREN.en; //=> 'Register the report on receipt, with the date of receipt, and give the reporter a copy.'
 * ```
 */
export const KLOKKENLUIDER_STAP_CODES: CodeCatalogus<KlokkenluiderStapCode> = /* @__PURE__ */ Object.freeze({
  MELDING_REGISTREREN: {
    nl: 'Registreer de melding bij ontvangst, met de datum van ontvangst, en geef de melder een afschrift.',
    en: 'Register the report on receipt, with the date of receipt, and give the reporter a copy.',
    bron: WBK_2A_LID_1,
  },
  ONTVANGST_BEVESTIGEN: {
    nl: 'Stuur de melder een ontvangstbevestiging.',
    en: 'Send the reporter an acknowledgement of receipt.',
    bron: WBK_2_LID_2_H,
  },
  VERSLAG_LATEN_ONDERTEKENEN: {
    nl: 'Leg de mondelinge melding schriftelijk vast en laat de melder het verslag controleren, corrigeren en ondertekenen.',
    en: 'Record the oral report in writing and let the reporter check, correct and sign the record.',
    bron: WBK_2B_LID_3,
  },
  CORRESPONDENTIE_VIA_VERTROUWENSPERSOON: {
    nl: 'De melder gaf geen toestemming om zijn identiteit bekend te maken: stuur alle correspondentie aan de vertrouwenspersoon, die haar onverwijld doorstuurt.',
    en: 'The reporter did not consent to revealing their identity: send all correspondence to the confidential adviser, who forwards it without delay.',
    bron: SEED_VERTROUWELIJKHEID,
  },
  BESLUITEN_OVER_ONDERZOEK: {
    nl: 'Beoordeel de melding en besluit of er een onderzoek komt; zo ja, draag het op aan een onafhankelijke onderzoeker.',
    en: 'Assess the report and decide whether there is an investigation; if so, order it from an independent investigator.',
    bron: WBK_2_LID_2_D,
  },
  ONAFHANKELIJK_ONDERZOEK: {
    nl: 'De onderzoeker is niet onafhankelijk of onpartijdig: draag het onderzoek op aan een onafhankelijke of onpartijdige onderzoeker.',
    en: 'The investigator is not independent or impartial: order the investigation from an independent or impartial investigator.',
    bron: SEED_ONDERZOEK,
  },
  MELDER_HOREN: {
    nl: 'Stel de melder in de gelegenheid gehoord te worden en leg het horen schriftelijk vast.',
    en: 'Give the reporter the opportunity to be heard and record the hearing in writing.',
    bron: SEED_ONDERZOEK,
  },
  CONCEPTVERSLAG_VOORLEGGEN: {
    nl: 'Leg het concept-onderzoeksverslag aan de melder voor, voor opmerkingen.',
    en: 'Give the reporter the draft investigation report for comments.',
    bron: SEED_ONDERZOEK,
  },
  ONDERZOEKSVERSLAG_OPSTELLEN: {
    nl: 'Stel het onderzoeksverslag op, geef het aan het bevoegd gezag en een afschrift aan de melder.',
    en: 'Draw up the investigation report, give it to the board and a copy to the reporter.',
    bron: SEED_ONDERZOEK,
  },
  TERUGKOPPELEN: {
    nl: 'Informeer de melder over de beoordeling en de opvolging van de melding.',
    en: 'Inform the reporter about the assessment and follow-up of the report.',
    bron: WBK_2_LID_2_I,
  },
  STANDPUNT_GEVEN: {
    nl: 'Geef de melder schriftelijk het inhoudelijke standpunt en de stappen waartoe de melding heeft geleid.',
    en: 'Give the reporter the substantive standpoint in writing and the steps the report led to.',
    bron: SEED_STANDPUNT,
  },
  REACTIE_VRAGEN: {
    nl: 'Stel de melder in de gelegenheid te reageren op het onderzoeksverslag en het standpunt.',
    en: 'Give the reporter the opportunity to respond to the report and the standpoint.',
    bron: SEED_HOOR_EN_WEDERHOOR,
  },
  AANVULLEND_ONDERZOEK: {
    nl: 'De melder gaf gemotiveerd aan dat het onderzoek tekortschoot: reageer inhoudelijk en stel zo nodig een aanvullend onderzoek in.',
    en: 'The reporter gave reasons why the investigation fell short: respond in substance and order additional investigation if needed.',
    bron: SEED_HOOR_EN_WEDERHOOR,
  },
  AFSLUITEN: {
    nl: 'Sluit het dossier af en vernietig de gegevens in het register zodra zij niet langer nodig zijn.',
    en: 'Close the dossier and destroy the register data once they are no longer needed.',
    bron: WBK_2A_LID_1,
  },
});

/**
 * Catalogue of {@link KlokkenluiderRedenCode}, the reasons of the package's decisions.
 *
 * @example
 * ```ts
 * import { KLOKKENLUIDER_REDEN_CODES } from '@schoolveiligheid/klokkenluider';
 * KLOKKENLUIDER_REDEN_CODES.EXTERN_ZONDER_INTERNE_MELDING.bron?.artikel; //=> 'art. 17e'
 * ```
 */
export const KLOKKENLUIDER_REDEN_CODES: CodeCatalogus<KlokkenluiderRedenCode> = /* @__PURE__ */ Object.freeze(
  {
    KANAAL_LEIDINGGEVENDE: {
      nl: 'De melding gaat naar een leidinggevende met een hogere positie dan de melder.',
      en: 'The report goes to a superior in a higher position than the reporter.',
      bron: SEED_INTERNE_MELDING,
    },
    KANAAL_TOEZICHTHOUDER: {
      nl: 'Het bevoegd gezag is vermoedelijk zelf betrokken: de melding gaat naar de toezichthouder, die de rol van het bevoegd gezag overneemt.',
      en: 'The board is suspected to be involved: the report goes to the supervisory body, which takes the board’s place.',
      bron: SEED_INTERNE_MELDING,
    },
    KANAAL_VERTROUWENSPERSOON: {
      nl: 'De melding loopt via de vertrouwenspersoon, die haar in overleg met de melder doorstuurt.',
      en: 'The report goes through the confidential adviser, who forwards it in consultation with the reporter.',
      bron: SEED_INTERNE_MELDING,
    },
    KANAAL_FUNCTIONARIS: {
      nl: 'De melding gaat naar de aangewezen onafhankelijke functionaris.',
      en: 'The report goes to the designated independent official.',
      bron: WBK_2_LID_2_D,
    },
    MELDER_WERKNEMER: {
      nl: 'De melder is werknemer van de werkgever: de interne procedure staat voor hem open.',
      en: 'The reporter is an employee: the internal procedure is open to them.',
      bron: WBK_1_BEGRIPPEN,
    },
    MELDER_WERKGERELATEERD: {
      nl: 'De melder meldt in een werkgerelateerde context (ook vroeger, toekomstig of onbetaald werk) en is als melder beschermd.',
      en: 'The reporter reports in a work-related context (also past, future or unpaid work) and is protected as a reporter.',
      bron: HUIS_ONDERZOEKSPROTOCOL,
    },
    PROCEDURE_OPEN_VOOR_WERKNEMER: {
      nl: 'De interne procedure is er voor werknemers.',
      en: 'The internal procedure is for employees.',
      bron: WBK_2_LID_1,
    },
    PROCEDURE_OPENSTELLEN_MAG: {
      nl: 'De melder is geen werknemer; de werkgever mag de interne procedure voor hem openstellen en de regeling kan dat al doen.',
      en: 'The reporter is not an employee; the employer may open the internal procedure to them, and the regeling may already do so.',
      bron: WBK_2_LID_6,
    },
    PROCEDURE_VERPLICHT: {
      nl: 'Bij de werkgever werken in de regel ten minste {drempel} werknemers: een interne meldprocedure is verplicht.',
      en: 'As a rule at least {drempel} employees work for the employer: an internal reporting procedure is required.',
      bron: WBK_2_LID_1,
    },
    PROCEDURE_NIET_VERPLICHT: {
      nl: 'Bij de werkgever werken in de regel minder dan {drempel} werknemers: een interne meldprocedure is niet verplicht.',
      en: 'As a rule fewer than {drempel} employees work for the employer: an internal reporting procedure is not required.',
      bron: WBK_2_LID_1,
    },
    IDENTITEIT_MELDER_ZELF: {
      nl: 'Dit is de melder zelf.',
      en: 'This is the reporter.',
      bron: WBK_1A_LID_3,
    },
    IDENTITEIT_BEHANDELAAR: {
      nl: 'Deze persoon behandelt de melding en mag de identiteit van de melder kennen; hij is tot geheimhouding verplicht.',
      en: 'This person handles the report and may know the reporter’s identity; they are bound to secrecy.',
      bron: WBK_1A_LID_1,
    },
    IDENTITEIT_ALLEEN_VERTROUWENSPERSOON: {
      nl: 'De melding liep via de vertrouwenspersoon zonder toestemming om de identiteit bekend te maken: alleen de vertrouwenspersoon kent haar.',
      en: 'The report went through the confidential adviser without consent to reveal the identity: only the confidential adviser knows it.',
      bron: SEED_VERTROUWELIJKHEID,
    },
    IDENTITEIT_TOESTEMMING: {
      nl: 'De melder heeft ingestemd met het bekendmaken van zijn identiteit aan deze persoon.',
      en: 'The reporter consented to revealing their identity to this person.',
      bron: WBK_1A_LID_3,
    },
    IDENTITEIT_TOESTEMMING_NIET_SCHRIFTELIJK: {
      nl: 'De melder stemde in, maar niet schriftelijk; het beleid vraagt schriftelijke instemming.',
      en: 'The reporter consented, but not in writing; the policy requires written consent.',
      bron: SEED_VERTROUWELIJKHEID,
    },
    IDENTITEIT_GEHEIM: {
      nl: 'De identiteit van de melder, en wat naar hem herleidbaar is, wordt zonder zijn instemming niet bekendgemaakt.',
      en: 'The reporter’s identity, and what can be traced to them, is not revealed without their consent.',
      bron: WBK_1A_LID_3,
    },
    EXTERN_ZONDER_INTERNE_MELDING: {
      nl: 'Een melding bij een bevoegde autoriteit is beschermd, ook zonder eerdere interne melding.',
      en: 'A report to a competent authority is protected, also without an earlier internal report.',
      bron: WBK_17E,
    },
    EXTERN_REDELIJKE_GRONDEN: {
      nl: 'De melder heeft redelijke gronden om aan te nemen dat de gemelde informatie juist is.',
      en: 'The reporter has reasonable grounds to believe the reported information is true.',
      bron: WBK_17E,
    },
    EXTERN_GEEN_REDELIJKE_GRONDEN: {
      nl: 'Zonder redelijke gronden om de informatie juist te achten, geldt de bescherming tegen benadeling niet.',
      en: 'Without reasonable grounds to believe the information is true, the protection against detriment does not apply.',
      bron: WBK_17E,
    },
    EXTERN_INSPECTIE_ONBEVESTIGD: {
      nl: 'Of de Inspectie van het Onderwijs een aangewezen bevoegde autoriteit is, is niet bevestigd; het Huis voor Klokkenluiders is dat wel.',
      en: 'Whether the Inspectorate of Education is a designated competent authority is unconfirmed; the Whistleblowers Authority is.',
      bron: INSPECTIE_AANGEWEZEN,
    },
    BELEID_EERST_INTERN_CONFLICT: {
      nl: 'De regeling eist eerst een interne melding; dat is in strijd met de wet, die de melder direct extern laat melden. De wet gaat voor.',
      en: 'The regeling requires an internal report first; that conflicts with the law, which lets the reporter go outside directly. The law prevails.',
      bron: SEED_EXTERNE_MELDING,
    },
    OPENBAAR_JUIST: {
      nl: 'De melder heeft redelijke gronden om de informatie bij de openbaarmaking juist te achten.',
      en: 'The reporter has reasonable grounds to believe the information is true when disclosing it.',
      bron: WBK_17EA_LID_1,
    },
    OPENBAAR_NIET_JUIST: {
      nl: 'Zonder redelijke gronden om de informatie juist te achten is openbaarmaking niet beschermd.',
      en: 'Without reasonable grounds to believe the information is true, public disclosure is not protected.',
      bron: WBK_17EA_LID_1,
    },
    OPENBAAR_INTERN_EN_EXTERN_GEMELD: {
      nl: 'De melder heeft eerst bij de werkgever en bij een bevoegde autoriteit gemeld.',
      en: 'The reporter first reported to the employer and to a competent authority.',
      bron: WBK_17EA_LID_1,
    },
    OPENBAAR_DIRECT_EXTERN_GEMELD: {
      nl: 'De melder heeft eerst rechtstreeks bij een bevoegde autoriteit gemeld.',
      en: 'The reporter first reported directly to a competent authority.',
      bron: WBK_17EA_LID_1,
    },
    OPENBAAR_GEEN_EXTERNE_MELDING: {
      nl: 'Er is nog niet bij een bevoegde autoriteit gemeld; een interne melding alleen is niet genoeg.',
      en: 'No report has been made to a competent authority yet; an internal report alone is not enough.',
      bron: WBK_17EA_LID_1,
    },
    OPENBAAR_ONVOLDOENDE_VOORTGANG: {
      nl: 'Op grond van de terugkoppeling heeft de melder redelijke gronden om aan te nemen dat het onderzoek onvoldoende voortgang heeft.',
      en: 'Based on the feedback, the reporter has reasonable grounds to believe the investigation is not progressing enough.',
      bron: WBK_17EA_LID_1,
    },
    OPENBAAR_VOORTGANG_NIET_ONVOLDOENDE: {
      nl: 'Er is geen redelijke grond om aan te nemen dat het onderzoek onvoldoende voortgang heeft.',
      en: 'There are no reasonable grounds to believe the investigation is not progressing enough.',
      bron: WBK_17EA_LID_1,
    },
    OPENBAAR_DREIGEND_GEVAAR: {
      nl: 'De misstand kan een dreigend of reëel gevaar zijn voor het algemeen belang.',
      en: 'The wrongdoing may be an imminent or real danger to the public interest.',
      bron: WBK_17EA_LID_2,
    },
    OPENBAAR_RISICO_BENADELING: {
      nl: 'Bij een melding aan een bevoegde autoriteit bestaat een risico op benadeling.',
      en: 'Reporting to a competent authority carries a risk of detriment.',
      bron: WBK_17EA_LID_2,
    },
    OPENBAAR_VERHELPEN_ONWAARSCHIJNLIJK: {
      nl: 'Het is niet waarschijnlijk dat de misstand doeltreffend wordt verholpen.',
      en: 'It is unlikely that the wrongdoing will be remedied effectively.',
      bron: WBK_17EA_LID_2,
    },
    OPENBAAR_GEEN_UITZONDERING: {
      nl: 'Geen dreigend gevaar voor het algemeen belang, geen risico op benadeling en geen onwaarschijnlijk herstel: openbaarmaking zonder voorafgaande meldingen is niet beschermd.',
      en: 'No imminent danger to the public interest, no risk of detriment and no unlikely remedy: disclosure without prior reports is not protected.',
      bron: WBK_17EA_LID_2,
    },
  },
);
