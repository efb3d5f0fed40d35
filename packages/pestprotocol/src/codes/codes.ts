import type { CodeCatalogus } from '@schoolveiligheid/kern';
import { PESTPROTOCOL_BRONNEN as B } from '../bronnen/bronnen.js';

// Closed unions of every code this package can produce, each with its catalogue: typed as a record over the
// union, so a code without Dutch and English text is a compile error. Vendors store these codes: a contract.

/** Reasons of the decisions (`classificeerGedrag`, `kiesMethode`, `gedragscodeRoute`, `controleerPestbeleid`). */
export type PestprotocolRedenCode =
  | 'GELIJKWAARDIG'
  | 'MACHTSMISBRUIK'
  | 'EENMALIG'
  | 'AF_EN_TOE'
  | 'HERHAALD'
  | 'LANGERE_PERIODE'
  | 'KORTE_PERIODE'
  | 'BEDREIGEND'
  | 'NIET_BEDREIGEND'
  | 'VERBORGEN_VORM'
  | 'OPENLIJKE_VORM'
  | 'IS_PESTEN'
  | 'IS_PLAGEN'
  | 'ONGEWENST_GEDRAG'
  | 'FEIT_ONTBREEKT'
  | 'METHODE_CONFRONTEREND'
  | 'METHODE_NIET_CONFRONTEREND'
  | 'METHODE_ZELF_OPLOSSEN'
  | 'METHODE_PREVENTIEF'
  | 'REGISTRATIE_INCIDENT'
  | 'BESTUUR_INGESCHAKELD'
  | 'HERHALING_NAAR_BESTUUR'
  | 'AANGIFTE_DOOR_BESTUUR'
  | 'AANGIFTE_BEVORDEREN'
  | 'SANCTIE_BRIEF'
  | 'COORDINATIE_BELEGD'
  | 'COORDINATIE_NIET_BELEGD'
  | 'AANSPREEKPUNT_BELEGD'
  | 'AANSPREEKPUNT_NIET_BELEGD'
  | 'LEZING_EEN_PERSOON_VOLDOET'
  | 'LEZING_EEN_PERSOON_VOLDOET_NIET'
  | 'LEZING_VERDEELD_VOLDOET'
  | 'LEZING_VERDEELD_VOLDOET_NIET'
  | 'SCHOOLGIDS_VERMELDT'
  | 'SCHOOLGIDS_VERMELDT_NIET'
  | 'MONITORING_GEPLAND'
  | 'MONITORING_ONVOLDOENDE'
  | 'PROTOCOL_AANWEZIG'
  | 'PROTOCOL_ONTBREEKT'
  | 'SCHOOLREGELS_AANWEZIG'
  | 'SCHOOLREGELS_ONTBREKEN'
  | 'SANCTIEBELEID_AANWEZIG'
  | 'SANCTIEBELEID_ONTBREEKT';

/** Problems: refused events of the ladder and refused input of the decisions. */
export type PestprotocolProbleemCode =
  | 'NOG_NIET_GEMELD'
  | 'AL_GEMELD'
  | 'TREDE_OVERGESLAGEN'
  | 'TREDE_NIET_LAGER'
  | 'OUDERGESPREK_ONTBREEKT'
  | 'GEEN_TOESTEMMING'
  | 'TOESTEMMING_NIET_GEWEIGERD'
  | 'GEEN_ONVEILIGE_SITUATIE'
  | 'AL_OVERGEDRAGEN'
  | 'EVALUATIEDATUM_VOOR_AFSPRAAK'
  | 'GEEN_TERUGKEER'
  | 'GEEN_ERNSTIGE_GEVOLGEN'
  | 'TOESTEMMING_NIET_GEVRAAGD'
  | 'GEEN_TOESTEMMING_OUDERS_GEPESTE'
  | 'GEEN_PROFESSIONELE_HULP'
  | 'PEILDATUM_VOOR_WPO_4C'
  | 'PERSOONSGEGEVEN_IN_AANVULLING';

/** Terms the ladder reports as running or overdue. */
export type PestprotocolTermijnCode = 'EVALUATIE_AFSPRAKEN' | 'CONTROLE_NA_TERUGKEER';

/** Next steps the ladder names. */
export type PestprotocolStapCode =
  | 'ZAAK_MELDEN'
  | 'GESPREK_PESTER'
  | 'GESPREK_GEPESTE'
  | 'AFSPRAKEN_VASTLEGGEN'
  | 'EVALUEREN'
  | 'GESPREK_OUDERS_PESTER'
  | 'GESPREK_OUDERS_GEPESTE'
  | 'TOESTEMMING_VRAGEN'
  | 'EXTERNE_HULP_INSCHAKELEN'
  | 'ONVEILIGHEID_BEOORDELEN'
  | 'OVERDRAGEN_AAN_SCHORSING'
  | 'VEILIGHEID_NAGAAN'
  | 'AANVULLENDE_MAATREGELEN'
  | 'STEUN_GEPESTE'
  | 'TOESTEMMING_PROFESSIONELE_HULP_VRAGEN'
  | 'PROFESSIONELE_HULP_INSCHAKELEN'
  | 'PROFESSIONELE_HULP_EVALUEREN'
  | 'STEUN_ZONDER_PROFESSIONELE_HULP';

/**
 * Catalogue of {@link PestprotocolRedenCode}: the sentence of each reason, with its source.
 *
 * @example
 * ```ts
 * import { PESTPROTOCOL_REDEN_CODES } from '@schoolveiligheid/pestprotocol';
 * PESTPROTOCOL_REDEN_CODES.EENMALIG.en; //=> 'It happened once: bullying happens repeatedly, several times a week or more.'
 * ```
 */
export const PESTPROTOCOL_REDEN_CODES: CodeCatalogus<PestprotocolRedenCode> = /* @__PURE__ */ Object.freeze({
  GELIJKWAARDIG: {
    nl: 'De leerlingen zijn aan elkaar gewaagd: de ene keer doet de een iets onaardigs, de andere keer de ander.',
    en: 'The pupils are evenly matched: one time one does something unkind, the next time the other.',
    bron: B.SEED_DEFINIERING,
  },
  MACHTSMISBRUIK: {
    nl: 'De leerlingen zijn niet aan elkaar gewaagd: de een misbruikt zijn of haar macht over de ander.',
    en: 'The pupils are not evenly matched: one abuses power over the other.',
    bron: B.SEED_DEFINIERING,
  },
  EENMALIG: {
    nl: 'Het gebeurde één keer: pesten gebeurt herhaaldelijk, meerdere keren per week of vaker.',
    en: 'It happened once: bullying happens repeatedly, several times a week or more.',
    bron: B.SEED_DEFINIERING,
  },
  AF_EN_TOE: {
    nl: 'Het gebeurt af en toe, niet meerdere keren per week.',
    en: 'It happens now and then, not several times a week.',
    bron: B.SEED_DEFINIERING,
  },
  HERHAALD: {
    nl: 'Het gebeurt meerdere keren per week of zelfs meerdere keren per dag.',
    en: 'It happens several times a week or even several times a day.',
    bron: B.SEED_DEFINIERING,
  },
  LANGERE_PERIODE: {
    nl: 'Het gaat al een langere periode door.',
    en: 'It has been going on for a longer period.',
    bron: B.SEED_DEFINIERING,
  },
  KORTE_PERIODE: {
    nl: 'Het speelt niet gedurende een langere periode.',
    en: 'It has not been going on for a longer period.',
    bron: B.SEED_DEFINIERING,
  },
  BEDREIGEND: {
    nl: 'Het gedrag is bedreigend voor de leerling.',
    en: 'The behaviour is threatening for the pupil.',
    bron: B.SEED_DEFINIERING,
  },
  NIET_BEDREIGEND: {
    nl: 'Het gedrag is niet altijd leuk, maar niet echt bedreigend.',
    en: 'The behaviour is not always nice, but not really threatening.',
    bron: B.SEED_DEFINIERING,
  },
  VERBORGEN_VORM: {
    nl: 'Het gaat om een niet-zichtbare vorm, zoals buitensluiten: ook dat kan pesten zijn.',
    en: 'It is a hidden form, such as exclusion: that can be bullying too.',
    bron: B.SEED_DEFINIERING,
  },
  OPENLIJKE_VORM: {
    nl: 'Het gaat om een openlijke vorm (uitlachen, uitschelden, vernederen, slaan, afpakken).',
    en: 'It is an open form (laughing at, name-calling, humiliating, hitting, taking things).',
    bron: B.SEED_DEFINIERING,
  },
  IS_PESTEN: {
    nl: 'Dit is pesten: herhaald, langdurig, bedreigend en met machtsmisbruik. Pas de aanpak van het pestprotocol toe.',
    en: 'This is bullying: repeated, long-lasting, threatening and an abuse of power. Apply the anti-bullying protocol.',
    bron: B.SEED_DEFINIERING,
  },
  IS_PLAGEN: {
    nl: 'Dit is plagen: een spel tussen gelijken, niet echt bedreigend. Blijf opletten: plagen kan overgaan in pesten.',
    en: 'This is teasing: a game between equals, not really threatening. Keep watching: teasing can turn into bullying.',
    bron: B.SEED_DEFINIERING,
  },
  ONGEWENST_GEDRAG: {
    nl: 'Dit is geen plagen en (nog) geen pesten: spreek de leerling aan volgens de gedragscode en blijf het volgen.',
    en: 'This is not teasing and not (yet) bullying: address it under the code of conduct and keep following it.',
    bron: B.SEED_GEDRAGSCODE,
  },
  FEIT_ONTBREEKT: {
    nl: 'Onvoldoende informatie: vul aan ({feit}).',
    en: 'Not enough information: add ({feit}).',
    bron: B.SEED_DEFINIERING,
  },
  METHODE_CONFRONTEREND: {
    nl: 'Het pesten is zelf waargenomen: pas de confronterende methode toe.',
    en: 'The bullying was seen: apply the confronting method.',
    bron: B.SEED_BESTRIJDEN,
  },
  METHODE_NIET_CONFRONTEREND: {
    nl: 'Er is een vermoeden van onderhuids pesten dat niet zelf is waargenomen: pas de niet-confronterende methode toe.',
    en: 'Hidden bullying is suspected but was not seen: apply the non-confronting method.',
    bron: B.SEED_BESTRIJDEN,
  },
  METHODE_ZELF_OPLOSSEN: {
    nl: 'Een conflict tussen gelijken: de leerlingen proberen het eerst zelf op te lossen; lukt dat niet, dan komt de leerkracht erbij.',
    en: 'A conflict between equals: the pupils first try to solve it themselves; if that fails, the teacher steps in.',
    bron: B.PROO_SCHOOLGIDS,
  },
  METHODE_PREVENTIEF: {
    nl: 'Geen signaal van pesten: blijf werken aan het voorkomen van pesten.',
    en: 'No sign of bullying: keep working on preventing bullying.',
    bron: B.SEED_VOORKOMEN,
  },
  REGISTRATIE_INCIDENT: {
    nl: 'Geen wettelijke meldplicht, wel melden bij de directie voor de incidentenregistratie (meldingsformulier).',
    en: 'No statutory duty to report, but report to the head for the incident register (report form).',
    bron: B.SEED_GEDRAGSCODE,
  },
  BESTUUR_INGESCHAKELD: {
    nl: 'Fysiek geweld of seksuele intimidatie door een personeelslid: de directie meldt dit onmiddellijk bij het bestuur, dat met de directie de maatregelen bepaalt.',
    en: 'Physical violence or sexual harassment by a staff member: the head reports it to the board at once, which decides on measures with the head.',
    bron: B.SEED_BIJLAGE_1,
  },
  HERHALING_NAAR_BESTUUR: {
    nl: 'Bij herhaling meldt de directie het voorval bij het bestuur, dat bepaalt of en welke maatregelen worden genomen.',
    en: 'On repetition the head reports the incident to the board, which decides whether and which measures are taken.',
    bron: B.SEED_BIJLAGE_1,
  },
  AANGIFTE_DOOR_BESTUUR: {
    nl: 'Bij een wetsovertreding door een leerling, ouder of derde doet het bestuur altijd aangifte bij de politie.',
    en: 'For an offence by a pupil, parent or third party the board always reports it to the police.',
    bron: B.SEED_BIJLAGE_1,
  },
  AANGIFTE_BEVORDEREN: {
    nl: 'Bij een wetsovertreding door een personeelslid zorgt het bestuur ervoor dat (de ouders van) het slachtoffer aangifte doen.',
    en: 'For an offence by a staff member the board makes sure the victim (or the parents) report it to the police.',
    bron: B.SEED_BIJLAGE_1,
  },
  SANCTIE_BRIEF: {
    nl: 'De directie deelt mee dat er een brief volgt met de sanctie.',
    en: 'The head announces a letter stating the sanction.',
    bron: B.SEED_BIJLAGE_1,
  },
  COORDINATIE_BELEGD: {
    nl: 'De coördinatie van het beleid tegen pesten is belegd.',
    en: 'The coordination of the anti-bullying policy is assigned.',
    bron: B.WPO_4C_LID_1_C,
  },
  COORDINATIE_NIET_BELEGD: {
    nl: 'De coördinatie van het beleid tegen pesten is niet belegd; dat is wettelijk verplicht.',
    en: 'The coordination of the anti-bullying policy is not assigned; the law requires it.',
    bron: B.WPO_4C_LID_1_C,
  },
  AANSPREEKPUNT_BELEGD: {
    nl: 'Het aanspreekpunt pesten is belegd.',
    en: 'The anti-bullying contact point is assigned.',
    bron: B.WPO_4C_LID_1_C,
  },
  AANSPREEKPUNT_NIET_BELEGD: {
    nl: 'Er is geen aanspreekpunt pesten; dat is wettelijk verplicht.',
    en: 'There is no anti-bullying contact point; the law requires one.',
    bron: B.WPO_4C_LID_1_C,
  },
  LEZING_EEN_PERSOON_VOLDOET: {
    nl: 'Letterlijke lezing ("bij een persoon"): beide taken liggen bij dezelfde persoon; dat voldoet.',
    en: 'Literal reading ("with one person"): both tasks sit with the same person; that complies.',
    bron: B.WPO_4C_LEZING_EEN_PERSOON,
  },
  LEZING_EEN_PERSOON_VOLDOET_NIET: {
    nl: 'Letterlijke lezing ("bij een persoon"): de taken liggen niet bij één persoon; volgens deze lezing voldoet dat niet.',
    en: 'Literal reading ("with one person"): the tasks do not sit with one person; under this reading that does not comply.',
    bron: B.WPO_4C_LEZING_EEN_PERSOON,
  },
  LEZING_VERDEELD_VOLDOET: {
    nl: 'Sectorlezing: beide taken zijn belegd, ook verdeeld over personen; dat voldoet.',
    en: 'Sector reading: both tasks are assigned, also when split over persons; that complies.',
    bron: B.SECTOR_TAKEN_VERDEELD,
  },
  LEZING_VERDEELD_VOLDOET_NIET: {
    nl: 'Sectorlezing: niet beide taken zijn belegd; ook volgens deze lezing voldoet dat niet.',
    en: 'Sector reading: not both tasks are assigned; under this reading too that does not comply.',
    bron: B.SECTOR_TAKEN_VERDEELD,
  },
  SCHOOLGIDS_VERMELDT: {
    nl: 'De schoolgids noemt wie de taken tegen pesten heeft.',
    en: 'The school guide names who holds the anti-bullying tasks.',
    bron: B.WPO_13_SCHOOLGIDS,
  },
  SCHOOLGIDS_VERMELDT_NIET: {
    nl: 'De schoolgids noemt niet wie de taken tegen pesten heeft.',
    en: 'The school guide does not name who holds the anti-bullying tasks.',
    bron: B.WPO_13_SCHOOLGIDS,
  },
  MONITORING_GEPLAND: {
    nl: 'De veiligheidsmonitor staat {afnames} keer per schooljaar gepland (minimaal {minimum}).',
    en: 'The safety monitor is scheduled {afnames} times per school year (at least {minimum}).',
    bron: B.WPO_4C_LID_1_B,
  },
  MONITORING_ONVOLDOENDE: {
    nl: 'De veiligheidsmonitor staat {afnames} keer per schooljaar gepland; dat moet minimaal {minimum} keer.',
    en: 'The safety monitor is scheduled {afnames} times per school year; it must be at least {minimum}.',
    bron: B.WPO_4C_LID_1_B,
  },
  PROTOCOL_AANWEZIG: {
    nl: 'Er is een anti-pestprotocol.',
    en: 'There is an anti-bullying protocol.',
    bron: B.SEED_VEILIGHEIDSCOORDINATOR,
  },
  PROTOCOL_ONTBREEKT: {
    nl: 'Er is geen anti-pestprotocol (de wet eist geen document met die naam; het veiligheidsplan wel).',
    en: 'There is no anti-bullying protocol (the law requires no document of that name; the safety plan does).',
    bron: B.SEED_VEILIGHEIDSCOORDINATOR,
  },
  SCHOOLREGELS_AANWEZIG: {
    nl: 'Er zijn schoolregels en afspraken over pesten.',
    en: 'There are school rules and agreements on bullying.',
    bron: B.SEED_VEILIGHEIDSCOORDINATOR,
  },
  SCHOOLREGELS_ONTBREKEN: {
    nl: 'Er zijn geen schoolregels en afspraken over pesten.',
    en: 'There are no school rules and agreements on bullying.',
    bron: B.SEED_VEILIGHEIDSCOORDINATOR,
  },
  SANCTIEBELEID_AANWEZIG: {
    nl: 'Er is een sanctiebeleid.',
    en: 'There is a sanction policy.',
    bron: B.SEED_VEILIGHEIDSCOORDINATOR,
  },
  SANCTIEBELEID_ONTBREEKT: {
    nl: 'Er is geen sanctiebeleid.',
    en: 'There is no sanction policy.',
    bron: B.SEED_VEILIGHEIDSCOORDINATOR,
  },
});

/**
 * Catalogue of {@link PestprotocolProbleemCode}.
 *
 * @example
 * ```ts
 * import { PESTPROTOCOL_PROBLEEM_CODES } from '@schoolveiligheid/pestprotocol';
 * PESTPROTOCOL_PROBLEEM_CODES.GEEN_TOESTEMMING.en; //=> 'External help needs the consent of the parents first.'
 * ```
 */
export const PESTPROTOCOL_PROBLEEM_CODES: CodeCatalogus<PestprotocolProbleemCode> =
  /* @__PURE__ */ Object.freeze({
    NOG_NIET_GEMELD: {
      nl: 'Meld eerst de pestzaak; daarna volgen de stappen.',
      en: 'Report the bullying case first; the steps follow.',
    },
    AL_GEMELD: {
      nl: 'Dit dossier heeft al een melding; open een nieuw dossier voor een nieuwe zaak.',
      en: 'This dossier already has a report; open a new dossier for a new case.',
    },
    TREDE_OVERGESLAGEN: {
      nl: 'Deze stap slaat een trede van de aanpak over; leg de reden vast (reden) of zet eerst de vorige stap.',
      en: 'This step skips a rung of the approach; record the reason (reden) or take the previous step first.',
      bron: B.SEED_HULP_PESTER,
    },
    OUDERGESPREK_ONTBREEKT: {
      nl: 'De trede gesprek-ouders is niet af: voer eerst ook het gesprek met de ouders van de pester en met de ouders van de gepeste leerling, of leg de reden vast (reden).',
      en: "The parents' rung is not complete: first also hold the talk with the bully's parents and with the bullied pupil's parents, or record the reason (reden).",
      bron: B.SEED_HULP_GEPESTE,
    },
    TREDE_NIET_LAGER: {
      nl: 'Terugzetten kan alleen naar een lagere trede dan de huidige.',
      en: 'Resetting is only possible to a lower rung than the current one.',
    },
    GEEN_TOESTEMMING: {
      nl: 'Voor hulp van buitenaf is eerst toestemming van de ouders nodig.',
      en: 'External help needs the consent of the parents first.',
      bron: B.SEED_HULP_PESTER,
    },
    TOESTEMMING_NIET_GEWEIGERD: {
      nl: 'De stap naar schorsing volgt pas als de ouders toestemming voor hulp van buitenaf weigeren, of met een vastgelegde reden.',
      en: 'The step to schorsing only follows when the parents refuse consent to external help, or with a recorded reason.',
      bron: B.SEED_HULP_PESTER,
    },
    GEEN_ONVEILIGE_SITUATIE: {
      nl: 'De stap naar schorsing vraagt eerst de vaststelling dat er een onveilige situatie bestaat.',
      en: 'The step to schorsing first needs the finding that an unsafe situation exists.',
      bron: B.SEED_HULP_PESTER,
    },
    AL_OVERGEDRAGEN: {
      nl: 'De zaak is al overgedragen aan een schorsingsdossier.',
      en: 'The case has already been handed over to a schorsing dossier.',
    },
    EVALUATIEDATUM_VOOR_AFSPRAAK: {
      nl: 'De evaluatiedatum ligt vóór de datum van de afspraken.',
      en: 'The evaluation date lies before the date of the agreements.',
      bron: B.SEED_HULP_PESTER,
    },
    GEEN_TERUGKEER: {
      nl: 'Er is geen terugkeer vastgelegd om na te gaan.',
      en: 'No return has been recorded to check on.',
      bron: B.SEED_TERUGKEER,
    },
    GEEN_ERNSTIGE_GEVOLGEN: {
      nl: 'Toestemming voor professionele hulp aan de gepeste leerling wordt gevraagd bij ernstige gevolgen van het pesten; leg eerst die vaststelling vast.',
      en: 'Consent to professional help for the bullied pupil is asked when the bullying has serious consequences; record that finding first.',
      bron: B.SEED_HULP_GEPESTE_ERNSTIG,
    },
    TOESTEMMING_NIET_GEVRAAGD: {
      nl: 'Er staat geen vraag om toestemming voor professionele hulp open bij de ouders van de gepeste leerling; leg eerst de vraag vast.',
      en: "No request for consent to professional help is open with the bullied pupil's parents; record the request first.",
      bron: B.SEED_HULP_GEPESTE_ERNSTIG,
    },
    GEEN_TOESTEMMING_OUDERS_GEPESTE: {
      nl: 'Professionele hulp voor de gepeste leerling wordt alleen ingeschakeld met toestemming van de ouders van de gepeste leerling.',
      en: "Professional help for the bullied pupil is only called in with the consent of the bullied pupil's parents.",
      bron: B.SEED_HULP_GEPESTE_ERNSTIG,
    },
    GEEN_PROFESSIONELE_HULP: {
      nl: 'Er is geen professionele hulp ingeschakeld om te evalueren.',
      en: 'No professional help has been called in to evaluate.',
      bron: B.HULP_GEPESTE_EVALUATIE,
    },
    PEILDATUM_VOOR_WPO_4C: {
      nl: 'Voor deze datum gold WPO art. 4c nog niet.',
      en: 'WPO art. 4c did not apply yet on this date.',
      bron: B.WPO_4C_LID_1_C,
    },
    PERSOONSGEGEVEN_IN_AANVULLING: {
      nl: 'Een aanvulling op het contract bevat een persoonsgegeven (zoals een telefoonnummer of e-mailadres); laat het weg.',
      en: 'An addition to the contract contains personal data (such as a phone number or e-mail address); leave it out.',
    },
  });

/**
 * Catalogue of {@link PestprotocolTermijnCode}. The date itself is in the term (`termijn.laatsteDag`), with its trace.
 *
 * @example
 * ```ts
 * import { PESTPROTOCOL_TERMIJN_CODES } from '@schoolveiligheid/pestprotocol';
 * PESTPROTOCOL_TERMIJN_CODES.CONTROLE_NA_TERUGKEER.bron?.wet; //=> 'seed-2018'
 * ```
 */
export const PESTPROTOCOL_TERMIJN_CODES: CodeCatalogus<PestprotocolTermijnCode> =
  /* @__PURE__ */ Object.freeze({
    EVALUATIE_AFSPRAKEN: {
      nl: 'Evalueer het gedrag op de datum uit de afspraken met de pester.',
      en: 'Evaluate the behaviour on the date set in the agreements with the bully.',
      bron: B.SEED_HULP_PESTER,
    },
    CONTROLE_NA_TERUGKEER: {
      nl: 'Ga na of de leerling zich na de terugkeer weer voldoende veilig voelt.',
      en: 'Check whether the pupil feels safe enough again after returning.',
      bron: B.SEED_TERUGKEER,
    },
  });

/**
 * Catalogue of {@link PestprotocolStapCode}.
 *
 * @example
 * ```ts
 * import { PESTPROTOCOL_STAP_CODES } from '@schoolveiligheid/pestprotocol';
 * PESTPROTOCOL_STAP_CODES.TOESTEMMING_VRAGEN.nl; //=> 'Vraag de ouders van de pester toestemming voor hulp van buitenaf.'
 * ```
 */
export const PESTPROTOCOL_STAP_CODES: CodeCatalogus<PestprotocolStapCode> = /* @__PURE__ */ Object.freeze({
  ZAAK_MELDEN: {
    nl: 'Leg de pestzaak vast, met de gekozen methode.',
    en: 'Record the bullying case, with the chosen method.',
    bron: B.SEED_BESTRIJDEN,
  },
  GESPREK_PESTER: {
    nl: 'Voer een probleemoplossend gesprek met de pester en zoek naar de oorzaak van het gedrag.',
    en: 'Hold a problem-solving talk with the bully and look for the cause of the behaviour.',
    bron: B.SEED_HULP_PESTER,
  },
  GESPREK_GEPESTE: {
    nl: 'Spreek met de gepeste leerling: geloof de leerling, het is niet zijn of haar schuld, en vertel welke acties volgen.',
    en: 'Talk with the bullied pupil: believe the pupil, it is not their fault, and explain what will be done.',
    bron: B.SEED_PRATEN,
  },
  AFSPRAKEN_VASTLEGGEN: {
    nl: 'Maak afspraken met de pester over gedragsverandering (een contract), met een evaluatiedatum en de maatregelen bij herhaling.',
    en: 'Agree on a change of behaviour with the bully (a contract), with an evaluation date and the measures on repetition.',
    bron: B.SEED_HULP_PESTER,
  },
  EVALUEREN: {
    nl: 'Evalueer of het gedrag voldoende is veranderd.',
    en: 'Evaluate whether the behaviour has changed enough.',
    bron: B.SEED_HULP_PESTER,
  },
  GESPREK_OUDERS_PESTER: {
    nl: 'Het helpt niet: voer een gesprek met de ouders van de pester en vraag hun medewerking.',
    en: 'It does not help: talk with the parents of the bully and ask for their cooperation.',
    bron: B.SEED_HULP_PESTER,
  },
  GESPREK_OUDERS_GEPESTE: {
    nl: 'Voer een gesprek met de ouders van de gepeste leerling: laat hen hun visie geven, deel de eigen inzichten over de oorzaken en zoek samen naar een oplossing.',
    en: "Talk with the bullied pupil's parents: let them give their view, share your own insight into the causes and look for a solution together.",
    bron: B.SEED_HULP_GEPESTE,
  },
  TOESTEMMING_VRAGEN: {
    nl: 'Vraag de ouders van de pester toestemming voor hulp van buitenaf.',
    en: "Ask the bully's parents for consent to external help.",
    bron: B.SEED_HULP_PESTER,
  },
  EXTERNE_HULP_INSCHAKELEN: {
    nl: 'Schakel hulp van buitenaf in (de ouders gaven toestemming).',
    en: 'Call in external help (the parents consented).',
    bron: B.SEED_HULP_PESTER,
  },
  ONVEILIGHEID_BEOORDELEN: {
    nl: 'De ouders weigeren hulp van buitenaf: beoordeel of de pester volhardt zodat er een onveilige situatie bestaat.',
    en: 'The parents refuse external help: assess whether the bully persists so that an unsafe situation exists.',
    bron: B.SEED_HULP_PESTER,
  },
  OVERDRAGEN_AAN_SCHORSING: {
    nl: 'Draag de zaak over aan een schorsingsdossier; de schorsing zelf vraagt haar eigen gronden (WPO art. 40c).',
    en: 'Hand the case over to a schorsing dossier; the schorsing itself needs its own grounds (WPO art. 40c).',
    bron: B.SEED_HULP_PESTER,
  },
  VEILIGHEID_NAGAAN: {
    nl: 'Ga na of de gepeste leerling zich na de terugkeer weer voldoende veilig voelt.',
    en: 'Check whether the bullied pupil feels safe enough again after returning.',
    bron: B.SEED_TERUGKEER,
  },
  AANVULLENDE_MAATREGELEN: {
    nl: 'De leerling voelt zich niet veilig: neem initiatieven en, met de veiligheidscoördinator, aanvullende maatregelen tegen herhaling.',
    en: 'The pupil does not feel safe: take initiatives and, with the safety coordinator, further measures against repetition.',
    bron: B.SEED_TERUGKEER,
  },
  STEUN_GEPESTE: {
    nl: 'Het pesten heeft ernstige gevolgen: help de gepeste leerling, samen met de ouders, het gevoel voor eigenwaarde terug te vinden.',
    en: 'The bullying has serious consequences: help the bullied pupil, together with the parents, find their self-esteem again.',
    bron: B.SEED_HULP_GEPESTE_ERNSTIG,
  },
  TOESTEMMING_PROFESSIONELE_HULP_VRAGEN: {
    nl: 'Vraag de ouders van de gepeste leerling toestemming om zo nodig hulp van professionele instellingen in te schakelen.',
    en: "Ask the bullied pupil's parents for consent to call in professional help if need be.",
    bron: B.SEED_HULP_GEPESTE_ERNSTIG,
  },
  PROFESSIONELE_HULP_INSCHAKELEN: {
    nl: 'Schakel hulp van professionele instellingen in voor de gepeste leerling (de ouders gaven toestemming).',
    en: 'Call in professional help for the bullied pupil (the parents consented).',
    bron: B.SEED_HULP_GEPESTE_ERNSTIG,
  },
  PROFESSIONELE_HULP_EVALUEREN: {
    nl: 'Ga na of de professionele hulp de gepeste leerling helpt het gevoel voor eigenwaarde terug te vinden.',
    en: 'Check whether the professional help helps the bullied pupil find their self-esteem again.',
    bron: B.HULP_GEPESTE_EVALUATIE,
  },
  STEUN_ZONDER_PROFESSIONELE_HULP: {
    nl: 'De ouders van de gepeste leerling geven geen toestemming voor professionele hulp: de school zet haar eigen steun voort (met hulp en advies van de intern begeleider, zorgcoördinator of schoolleider) en wijst op het aanspreekpunt pesten. Dit leidt niet tot schorsing.',
    en: "The bullied pupil's parents do not consent to professional help: the school goes on with its own support (with the help and advice of the intern begeleider, care coordinator or head) and points to the anti-bullying contact point. This does not lead to schorsing.",
    bron: B.HULP_GEPESTE_WEIGERING,
  },
});
