import type { CodeCatalogus } from '@schoolveiligheid/kern';

// Closed unions of every code this package produces, each with its catalogue (Dutch, English). A contract.

/** Reasons in this package's answers. */
export type MonitoringRedenCode =
  | 'MONITOR_JAARLIJKS'
  | 'DOELGROEP_REPRESENTATIEF'
  | 'AANLEVERING_ONVERWIJLD'
  | 'AANLEVERING_1_JULI'
  | 'AANLEVERING_NOG_NIET_VEREIST'
  | 'EIGEN_RITME'
  | 'RIE_GEEN_VASTE_TERMIJN'
  | 'CEL_ONDERDRUKT'
  | 'CEL_SECUNDAIR_ONDERDRUKT'
  | 'CELGROOTTE_BELEID'
  | 'RESPONS_TE_LAAG'
  | 'WERKNEMER'
  | 'ONDER_GEZAG'
  | 'LEERLING_WERKACHTIG'
  | 'LEERLING_GEEN_WERKNEMER'
  | 'DERDE_BUITEN_BEREIK'
  | 'OVERLEDEN'
  | 'ZIEKENHUISOPNAME'
  | 'GEEN_OPNAME'
  | 'BLIJVEND_LETSEL'
  | 'LATER_BEKEND'
  | 'SEED_24_UUR_NIET_IN_WET'
  | 'LIJST_GEMELD'
  | 'LIJST_VERZUIM';

/** Problems of validators and the dossier. */
export type MonitoringProbleemCode =
  | 'SUBTYPE_HOORT_NIET_BIJ_CATEGORIE'
  | 'AL_GEREGISTREERD'
  | 'GEEN_REGISTRATIE';

/** The items of a monitoring plan. */
export type MonitoringPlanCode =
  | 'LEERLINGMONITOR'
  | 'AANLEVERING_ONVERWIJLD'
  | 'AANLEVERING_INSPECTIE'
  | 'PERSONEELSMONITOR'
  | 'RIE';

/** Terms the incident dossier reports. */
export type MonitoringTermijnCode = 'MELDEN_ARBEIDSINSPECTIE';

/** Next steps the incident dossier names. */
export type MonitoringStapCode =
  | 'INCIDENT_REGISTREREN'
  | 'CVB_INFORMEREN'
  | 'MELDEN_ARBEIDSINSPECTIE'
  | 'OPNEMEN_IN_LIJST';

/**
 * Catalogue of {@link MonitoringRedenCode}.
 *
 * @example
 * ```ts
 * import { MONITORING_REDEN_CODES } from '@schoolveiligheid/monitoring';
 * MONITORING_REDEN_CODES.GEEN_OPNAME.en; //=> 'Outpatient treatment or first aid without admission is not reportable.'
 * ```
 */
export const MONITORING_REDEN_CODES: CodeCatalogus<MonitoringRedenCode> = /* @__PURE__ */ Object.freeze({
  MONITOR_JAARLIJKS: {
    nl: 'De veiligheidsmonitor wordt minstens {aantal} keer per schooljaar afgenomen, uiterlijk op {uiterlijk}.',
    en: 'The safety monitor is administered at least {aantal} time(s) per school year, by {uiterlijk}.',
  },
  DOELGROEP_REPRESENTATIEF: {
    nl: 'De wet eist een representatief deel van de leerlingen, geen vaste groepen (ook niet "groep 7 en 8"); groep 6-8 is een keuze van de school.',
    en: 'The law requires a representative part of the pupils, not fixed groups (not "groups 7 and 8" either); groups 6-8 is the school\'s choice.',
  },
  AANLEVERING_ONVERWIJLD: {
    nl: 'De resultaten gaan onverwijld na de afname naar de inspectie.',
    en: 'The results go to the inspectorate without delay after the round.',
  },
  AANLEVERING_1_JULI: {
    nl: 'In de praktijk haalt de Inspectie de samenvatting op {uiterlijk} op bij de aanbieder, alleen met toestemming van de school.',
    en: "In practice the Inspectorate collects the summary from the provider on {uiterlijk}, only with the school's consent.",
  },
  AANLEVERING_NOG_NIET_VEREIST: {
    nl: 'Voor dit schooljaar gold de aanleverplicht van WPO art. 4c lid 4 nog niet.',
    en: 'The delivery duty of WPO art. 4c(4) did not yet apply to this school year.',
  },
  EIGEN_RITME: {
    nl: 'Dit ritme ({maanden} maanden) is beleid van de school, geen wettelijke termijn.',
    en: "This rhythm ({maanden} months) is the school's policy, not a statutory term.",
  },
  RIE_GEEN_VASTE_TERMIJN: {
    nl: 'De Arbowet kent geen vaste termijn voor de RI&E: actualiseer zo vaak als ervaring, gewijzigde omstandigheden of de stand van de techniek vragen.',
    en: 'The Arbowet sets no fixed interval for the RI&E: update it as often as experience, changed conditions or the state of the art require.',
  },
  CEL_ONDERDRUKT: {
    nl: '{aantal} cel(len) met minder dan {minimum} antwoorden zijn niet gerapporteerd.',
    en: '{aantal} cell(s) with fewer than {minimum} answers were not reported.',
  },
  CEL_SECUNDAIR_ONDERDRUKT: {
    nl: 'Nog {aantal} cel(len) zijn niet gerapporteerd, zodat geen onderdrukte cel uit het totaal en de andere cellen is terug te rekenen.',
    en: '{aantal} more cell(s) were not reported, so that no suppressed cell can be recalculated from the total and the other cells.',
  },
  CELGROOTTE_BELEID: {
    nl: 'De minimale celgrootte ({minimum}) is een beleidswaarde: er is geen gepubliceerde drempel.',
    en: 'The minimum cell size ({minimum}) is a policy value: no threshold is published.',
  },
  RESPONS_TE_LAAG: {
    nl: '{aantal} school/scholen hebben een respons onder {minimum}%: het beeld is mogelijk niet representatief.',
    en: '{aantal} school(s) have a response below {minimum}%: the picture may not be representative.',
  },
  WERKNEMER: {
    nl: 'De getroffene is werknemer: art. 9 Arbowet geldt.',
    en: 'The injured person is an employee: Arbowet art. 9 applies.',
  },
  ONDER_GEZAG: {
    nl: "De getroffene werkt onder gezag van de werkgever (uitzendkracht, stagiair, vrijwilliger, zzp'er): art. 9 geldt.",
    en: "The injured person works under the employer's authority (agency worker, intern, volunteer, self-employed): art. 9 applies.",
  },
  LEERLING_WERKACHTIG: {
    nl: 'Een leerling bij een werkachtige activiteit: art. 9 kan gelden (interpretatie); behandel het als arbeidsongeval.',
    en: 'A pupil in a work-like activity: art. 9 may apply (interpretation); treat it as a work accident.',
  },
  LEERLING_GEEN_WERKNEMER: {
    nl: 'Een leerling is geen werknemer: geen melding op grond van art. 9; registreer het ongeval in het eigen incidentenregister.',
    en: "A pupil is not an employee: no report under art. 9; record the accident in the school's own incident register.",
  },
  DERDE_BUITEN_BEREIK: {
    nl: 'De getroffene werkt niet onder gezag van de werkgever: geen melding op grond van art. 9.',
    en: "The injured person does not work under the employer's authority: no report under art. 9.",
  },
  OVERLEDEN: { nl: 'Het ongeval had de dood tot gevolg.', en: 'The accident caused death.' },
  ZIEKENHUISOPNAME: {
    nl: 'Het ongeval leidde tot opname in een ziekenhuis; ook een dagopname telt.',
    en: 'The accident led to hospital admission; a day admission counts too.',
  },
  GEEN_OPNAME: {
    nl: 'Poliklinische behandeling of EHBO zonder opname is niet meldplichtig.',
    en: 'Outpatient treatment or first aid without admission is not reportable.',
  },
  BLIJVEND_LETSEL: {
    nl: 'Het ongeval leidde tot blijvend letsel.',
    en: 'The accident caused permanent injury.',
  },
  LATER_BEKEND: {
    nl: 'De ernst werd pas op {datum} duidelijk: meld direct vanaf dan.',
    en: 'The seriousness only became clear on {datum}: report directly from then.',
  },
  SEED_24_UUR_NIET_IN_WET: {
    nl: 'Het beleid telt alleen een opname binnen 24 uur; art. 9 kent die grens niet en de wet gaat voor.',
    en: 'The policy counts only an admission within 24 hours; art. 9 has no such limit and the law prevails.',
  },
  LIJST_GEMELD: {
    nl: 'Een gemeld ongeval komt op de lijst van art. 9 lid 2 (aard en datum).',
    en: 'A reported accident goes on the list of art. 9(2) (nature and date).',
  },
  LIJST_VERZUIM: {
    nl: 'Meer dan {werkdagen} werkdagen verzuim: het ongeval komt op de lijst van art. 9 lid 2.',
    en: 'More than {werkdagen} workdays of absence: the accident goes on the list of art. 9(2).',
  },
});

/**
 * Catalogue of {@link MonitoringProbleemCode}.
 *
 * @example
 * ```ts
 * import { MONITORING_PROBLEEM_CODES } from '@schoolveiligheid/monitoring';
 * MONITORING_PROBLEEM_CODES.GEEN_REGISTRATIE.en; //=> 'Register the incident first.'
 * ```
 */
export const MONITORING_PROBLEEM_CODES: CodeCatalogus<MonitoringProbleemCode> = /* @__PURE__ */ Object.freeze(
  {
    SUBTYPE_HOORT_NIET_BIJ_CATEGORIE: {
      nl: 'Dit subtype hoort niet bij de gekozen categorie.',
      en: 'This subtype does not belong to the chosen category.',
    },
    AL_GEREGISTREERD: {
      nl: 'Dit dossier heeft al een registratie; open een nieuw dossier.',
      en: 'This dossier already has a registration; open a new dossier.',
    },
    GEEN_REGISTRATIE: { nl: 'Registreer eerst het incident.', en: 'Register the incident first.' },
  },
);

/**
 * Catalogue of {@link MonitoringPlanCode}.
 *
 * @example
 * ```ts
 * import { MONITORING_PLAN_CODES } from '@schoolveiligheid/monitoring';
 * MONITORING_PLAN_CODES.RIE.en; //=> 'Update the RI&E and its plan van aanpak.'
 * ```
 */
export const MONITORING_PLAN_CODES: CodeCatalogus<MonitoringPlanCode> = /* @__PURE__ */ Object.freeze({
  LEERLINGMONITOR: {
    nl: 'Neem de veiligheidsmonitor af bij een representatief deel van de leerlingen.',
    en: 'Administer the safety monitor to a representative part of the pupils.',
  },
  AANLEVERING_ONVERWIJLD: {
    nl: 'Stuur de resultaten onverwijld naar de inspectie.',
    en: 'Send the results to the inspectorate without delay.',
  },
  AANLEVERING_INSPECTIE: {
    nl: 'Zorg dat de samenvatting op de ophaaldatum van de Inspectie klaarstaat (toestemming aan de aanbieder).',
    en: "Make sure the summary is ready on the Inspectorate's collection date (consent to the provider).",
  },
  PERSONEELSMONITOR: {
    nl: 'Meet de veiligheidsbeleving van het personeel.',
    en: 'Measure the safety perception of the staff.',
  },
  RIE: { nl: 'Actualiseer de RI&E en het plan van aanpak.', en: 'Update the RI&E and its plan van aanpak.' },
});

/**
 * Catalogue of {@link MonitoringTermijnCode}.
 *
 * @example
 * ```ts
 * import { MONITORING_TERMIJN_CODES } from '@schoolveiligheid/monitoring';
 * MONITORING_TERMIJN_CODES.MELDEN_ARBEIDSINSPECTIE.en; //=> 'Report the accident directly to the Nederlandse Arbeidsinspectie.'
 * ```
 */
export const MONITORING_TERMIJN_CODES: CodeCatalogus<MonitoringTermijnCode> = /* @__PURE__ */ Object.freeze({
  MELDEN_ARBEIDSINSPECTIE: {
    nl: 'Meld het ongeval direct bij de Nederlandse Arbeidsinspectie.',
    en: 'Report the accident directly to the Nederlandse Arbeidsinspectie.',
  },
});

/**
 * Catalogue of {@link MonitoringStapCode}.
 *
 * @example
 * ```ts
 * import { MONITORING_STAP_CODES } from '@schoolveiligheid/monitoring';
 * MONITORING_STAP_CODES.CVB_INFORMEREN.en; //=> 'Inform the board of the incident.'
 * ```
 */
export const MONITORING_STAP_CODES: CodeCatalogus<MonitoringStapCode> = /* @__PURE__ */ Object.freeze({
  INCIDENT_REGISTREREN: {
    nl: 'Registreer het incident met het registratieformulier.',
    en: 'Register the incident with the registration form.',
  },
  CVB_INFORMEREN: { nl: 'Informeer het bestuur over het incident.', en: 'Inform the board of the incident.' },
  MELDEN_ARBEIDSINSPECTIE: {
    nl: 'Meld het ongeval direct bij de Nederlandse Arbeidsinspectie.',
    en: 'Report the accident directly to the Nederlandse Arbeidsinspectie.',
  },
  OPNEMEN_IN_LIJST: {
    nl: 'Neem het ongeval op in de lijst van arbeidsongevallen (aard en datum).',
    en: 'Add the accident to the list of work accidents (nature and date).',
  },
});
