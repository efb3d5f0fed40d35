import { type CodeCatalogus, type RolId, VALIDATIE_CODES } from '@schoolveiligheid/kern';
import {
  AWB_6_7,
  AWB_6_9,
  AWB_6_10,
  AWB_6_11,
  AWB_6_19,
  AWB_7_2,
  AWB_7_3,
  AWB_7_4_LID_2,
  AWB_7_7,
  AWB_7_12_LID_1,
  AWB_7_10,
  AWB_7_10_LID_3,
  AWB_7_10_LID_4_B,
  GPO_PROCEDURE,
  LEERPLICHT_ONBEVESTIGD,
  RECHTSMIDDEL_SCHORSING,
  SCHORSING_GEEN_ATW,
  SCHORSING_OPHEFFEN_LEZING,
  WPO_40C_DEEL_VAN_DAG,
  WPO_40A_OPP_VERWIJDERING,
  WPO_40C_REEKS_LEZING,
  WPO_1_SCHOOLJAAR,
  WPO_40_LID_11,
  WPO_40_LID_12,
  WPO_40C_LID_1,
  WPO_40C_LID_2,
  WPO_40C_LID_3,
  WPO_40C_LID_3_ONVERWIJLD,
  WPO_40C_WEEK_LEZING,
  WPO_43,
  WPO_63_LID_3,
  WPO_63_LID_3_BEZWAARTERMIJN,
  WPO_63_ONTVANGST,
} from '../regels/bronnen.js';
import {
  AWB_2_8,
  AWB_2_19,
  AWB_2_20,
  AWB_3_41,
  AWB_6_6,
  AWB_7_10_LID_2,
  AWB_7_10_LID_2_LEZING,
  BIJZONDER_ELEKTRONISCH,
  WPO_4D,
} from '../regels/bronnen.js';
import {
  AWB_3_45,
  AWB_6_5,
  AWB_6_7_BEROEP,
  AWB_6_16,
  AWB_8_1_RECHTBANK,
  CIVIELE_ROUTE,
  SEED_BIJLAGE_20,
  VERWIJDERING_MELDING_GEEN_PLICHT,
  VOORNEMEN_GEEN_BESLUIT,
  WPO_43_LID_2_VERWIJDERING,
  WPO_63_LID_2_VERMELDING,
} from '../regels/bronnen.js';

// The closed unions of every code this package produces, and their catalogues (Dutch, English, source).
// Each catalogue is typed as a record over its union, so a code without an entry is a compile error; the
// test next to this file checks that every code-like literal in the sources is catalogued. Texts hold
// `{naam}` placeholders for the `parameters` of a reason or problem (kern `codeTekst` fills them).
// Codes of kern that pass through unchanged (the kernel's PROCEDURE_CODES, kern's FOUT_CODES, and the
// validation codes kern's `valideer` gives for the zod schemas) are catalogued in kern.

/** Who must act in a schorsing dossier: roles of kern's vocabulary (`ROLLEN`), none renamed. */
export type SchorsingRol = Extract<
  RolId,
  | 'bevoegd-gezag'
  | 'directeur'
  | 'leerkracht'
  | 'ouders'
  | 'inspectie'
  | 'leerplichtambtenaar'
  | 'geschillencommissie'
  | 'politie'
>;

/** Reason codes of `beoordeelVerwijdering`: one per precondition, met or not (`_NIET`), and the 8-weeks note. */
export type VerwijderingsRedenCode =
  | 'ONTVANGENDE_SCHOOL'
  | 'ONTVANGENDE_SCHOOL_NIET'
  | 'ONTVANGENDE_SCHOOL_SCHRIFTELIJK'
  | 'ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET'
  | 'ACHT_WEKEN_GEEN_GROND'
  | 'LEERKRACHT_GEHOORD'
  | 'LEERKRACHT_GEHOORD_NIET'
  | 'OUDERS_GEHOORD'
  | 'OUDERS_GEHOORD_NIET'
  | 'LEERLING_GEHOORD'
  | 'LEERLING_GEHOORD_NIET'
  | 'ONDERZOEKSDOSSIER'
  | 'ONDERZOEKSDOSSIER_NIET'
  | 'VOORNEMEN'
  | 'VOORNEMEN_NIET';

/** Codes of every `Reden` this package gives. */
export type SchorsingRedenCode =
  | 'SCHORSING_TELLING'
  | 'SCHORSING_DAG_TELT_NIET'
  | 'SCHORSING_BINNEN_MAXIMUM'
  | 'SCHORSING_GEEN_ATW'
  | 'SCHORSING_INGANG_TIJDENS_SCHOOLDAG'
  | 'OVERZICHT_SCHOOLJAAR'
  | 'OVERZICHT_REEKS'
  | 'OVERZICHT_REEKS_ZONDER_REDEN'
  | 'INSPECTIE_MELDEN'
  | 'INSPECTIE_SIGNAALTERMIJN'
  | 'INSPECTIE_NIET_MELDEN'
  | 'LEERPLICHT_MELDEN_BELEID'
  | 'LEERPLICHT_GEEN_WETTELIJKE_PLICHT'
  | 'RECHTSMIDDEL_AWB'
  | 'RECHTSMIDDEL_WPO63'
  | 'RECHTSMIDDEL_CIVIELE_RECHTER'
  | 'BEZWAAR_ONTVANGEN_BINNEN_TERMIJN'
  | 'BEZWAAR_VOOR_BEKENDMAKING'
  | 'BEZWAAR_TE_LAAT_ONTVANGEN'
  | 'BEZWAAR_TIJDIG_TER_POST'
  | 'BEZWAAR_POST_TE_LAAT_ONTVANGEN'
  | 'BEZWAAR_TE_LAAT'
  | 'VERSCHOONBAAR_BEOORDELEN'
  | 'BEKENDMAKING_TOEZENDING'
  | 'BEKENDMAKING_UITREIKING'
  | 'BEKENDMAKING_BIJZONDER'
  | 'BEKENDMAKING_ELEKTRONISCH'
  | 'BEKENDMAKING_ELEKTRONISCH_TOEGANKELIJK'
  | 'BEKENDMAKING_ELEKTRONISCH_BIJZONDER'
  | 'ELEKTRONISCH_KENBAAR'
  | 'BEZWAAR_ELEKTRONISCH_ONTVANGEN'
  | 'BEZWAAR_ELEKTRONISCH_KANAAL_GEOPEND'
  | 'BEZWAAR_ELEKTRONISCH_KANAAL_NIET_GEOPEND'
  | 'BEZWAAR_ELEKTRONISCH_BIJZONDER'
  | 'VERBOD_NOG_NIET_INGEGAAN'
  | 'VERBOD_AFGELOPEN'
  | 'VERBOD_GELDT'
  | VerwijderingsRedenCode
  | BriefRedenCode;

/** Codes of the reasons of the remedy clauses, the remedies after bezwaar and the notice to the inspectie. */
export type BriefRedenCode =
  | 'RECHTSMIDDEL_AWB_CLAUSULE'
  | 'RECHTSMIDDEL_BEZWAARSCHRIFT_INHOUD'
  | 'RECHTSMIDDEL_GEEN_SCHORSENDE_WERKING'
  | 'RECHTSMIDDEL_BEROEP_RECHTBANK'
  | 'RECHTSMIDDEL_WPO63_CLAUSULE'
  | 'RECHTSMIDDEL_WPO63_BESLISTERMIJN'
  | 'RECHTSMIDDEL_CIVIELE_ROUTE'
  | 'RECHTSMIDDEL_GPO_VERWIJDERING'
  | 'RECHTSMIDDEL_VOORNEMEN'
  | 'BEROEPSTERMIJN'
  | 'GEEN_WETTELIJKE_BEROEPSTERMIJN'
  | 'INSPECTIE_AANSLUITEND_GEMELD'
  | 'INSPECTIE_NIET_MELDEN_INGETROKKEN'
  | 'VERWIJDERING_MELDING_GEEN_PLICHT';

/** Codes of the problems of `valideerSchoolpleinverbod`. */
export type SchoolpleinverbodProbleemCode =
  | 'SCHOOLPLEINVERBOD_GEEN_ROL_ID'
  | 'SCHOOLPLEINVERBOD_NIET_SCHRIFTELIJK'
  | 'SCHOOLPLEINVERBOD_GEEN_DUUR'
  | 'SCHOOLPLEINVERBOD_EINDE_VOOR_BEGIN'
  | 'SCHOOLPLEINVERBOD_BEGIN_VOOR_BRIEF'
  | 'SCHOOLPLEINVERBOD_WIJKAGENT_NIET_GEINFORMEERD'
  | 'SCHOOLPLEINVERBOD_GEEN_KOPIE_WIJKAGENT';

/**
 * Codes of every problem this package produces itself: its own, and the validation codes of kern its light
 * input checks give (the same codes as kern's `valideer` for the zod schemas).
 */
export type SchorsingProbleemCode =
  // input checks, the same codes as kern's `valideer`
  | 'VERPLICHT'
  | 'VERKEERD_TYPE'
  | 'TE_KLEIN'
  | 'ONGELDIGE_DATUM'
  | 'ONGELDIGE_KEUZE'
  | 'ONGELDIG_FORMAAT'
  | 'ONGELDIG_TIJDSTIP'
  | 'SCHORSING_MOMENT_NIET_OP_INGANGSDATUM'
  // berekenSchorsing
  | 'SCHORSING_EENHEID_ONGELDIG'
  | 'SCHORSING_INGANG_GEEN_SCHOOLDAG'
  | 'SCHORSING_TE_LANG'
  // berekenBezwaartermijnen
  | 'GPO_ALLEEN_VERWIJDERING'
  | 'GPO_OORDEEL_ZONDER_GESCHIL'
  | 'GPO_OORDEEL_VOOR_INDIENING'
  | 'ALLEEN_AWB_BESLISTERMIJN'
  | 'VERDAGING_ZONDER_BEZWAAR'
  | 'TER_POST_ZONDER_ONTVANGST'
  | 'DATUM_VOOR_BEKENDMAKING'
  | 'BEZWAAR_VOOR_BESLUIT'
  | 'VERDAGING_NA_TERMIJN'
  | 'UITSTEL_NIET_LATER'
  | 'HERSTELTERMIJN_NIET_NA_VERZOEK'
  | 'HERSTEL_VOOR_VERZOEK'
  | 'HERSTEL_LOOPT_AL'
  // bekendmakingsdag, elektronischeOntvangst
  | 'ELEKTRONISCH_GEGEVENS_ONTBREKEN'
  | 'ELEKTRONISCH_WIJZE_ONJUIST'
  | 'ELEKTRONISCH_MOMENT_VOOR_VERZENDING'
  | 'ELEKTRONISCH_VOOR_AWB'
  | 'ELEKTRONISCH_NIET_KENBAAR'
  | 'ONTVANGSTMOMENT_ANDERE_DAG'
  // the dossier's handlers
  | 'SCHORSING_INGANG_VOOR_BESLUIT'
  | 'SCHORSING_OVERLAPT'
  | 'SCHORSING_SLUIT_AAN'
  | 'SCHORSING_NA_VERWIJDERINGSDATUM'
  | 'GEEN_SCHORSING'
  | 'BRIEF_AL_VERZONDEN'
  | 'GEEN_VERWIJDERINGSBESLUIT'
  | 'VERWIJDERING_AL_BESLOTEN'
  | 'VOORNEMEN_AL_BEKENDGEMAAKT'
  | 'VERWIJDERING_VOOR_BESLUIT'
  | 'VERWIJDERING_ONTVANGENDE_SCHOOL_NIET'
  | 'VERWIJDERING_ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET'
  | 'VERWIJDERING_LEERKRACHT_GEHOORD_NIET'
  | 'VERWIJDERING_OUDERS_GEHOORD_NIET'
  | 'VERWIJDERING_LEERLING_GEHOORD_NIET'
  | 'VERWIJDERING_ONDERZOEKSDOSSIER_NIET'
  | 'VERWIJDERING_VOORNEMEN_NIET'
  | 'BEZWAAR_LOOPT_AL'
  | 'GEEN_WETTELIJK_BEZWAAR'
  | 'TER_POST_NA_ONTVANGST'
  | 'GPO_AL_INGEDIEND'
  | 'GEEN_LOPEND_GESCHIL'
  | 'GEEN_BEZWAAR'
  | 'AL_VERDAAGD'
  | 'BEKENDMAKING_ONBEKEND'
  | 'GPO_OORDEEL_AFWACHTEN'
  | 'OUDERS_NIET_OPNIEUW_GEHOORD'
  | 'HOREN_VERPLICHT'
  | 'REACTIETERMIJN_ONTBREEKT'
  | 'REACTIETERMIJN_LOOPT'
  | 'REACTIETERMIJN_ZONDER_GROND'
  | 'HOREN_NODIG_BIJ_HANDHAVEN'
  | 'GEEN_HOORZITTING'
  | 'CRISISPLAATSING_LOOPT_AL'
  | 'GEEN_CRISISPLAATSING'
  | 'GEEN_SCHOOLPLEINVERBOD'
  | 'SCHORSING_AL_BEEINDIGD'
  | 'OPHEFFING_BUITEN_SCHORSING'
  | 'TERUG_OP_GEEN_SCHOOLDAG'
  | 'OVERZICHT_ANDERE_LEERLING'
  | 'ELEKTRONISCH_EN_TER_POST'
  | 'GEEN_HERSTELVERZOEK'
  | 'HERSTEL_ALLEEN_AWB'
  // letters
  | SchoolpleinverbodProbleemCode
  | 'SCHORSINGSBRIEF_LAATSTE_DAG_ONJUIST'
  | 'SCHORSINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT'
  | 'SCHORSINGSBRIEF_INGANG_VOOR_DAGTEKENING'
  | 'SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST'
  | 'SCHORSINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT'
  | 'SCHORSINGSBRIEF_KOPIE_BESTUUR_ONTBREEKT'
  | 'VERWIJDERINGSBRIEF_VOORNEMEN_NA_BESLUIT'
  | 'VERWIJDERINGSBRIEF_VERWIJDERING_VOOR_BESLUIT'
  | 'VERWIJDERINGSBRIEF_SCHOOL_NIET_BEREID_OP_DATUM'
  | 'VERWIJDERINGSBRIEF_GEEN_INVENTARISATIE'
  | 'VERWIJDERINGSBRIEF_SCHORSING_NA_VERWIJDERING'
  | 'VERWIJDERINGSBRIEF_BEZWAARTERMIJN_ONJUIST'
  | 'VERWIJDERINGSBRIEF_BEZWAAR_START_ONJUIST'
  | 'VERWIJDERINGSBRIEF_GPO_ONTBREEKT'
  | 'VERWIJDERINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT'
  | 'VERWIJDERINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT'
  // letter templates and the notice to the inspectie
  | 'SJABLOON_ONBEKEND'
  | 'SJABLOON_VELD_ONTBREEKT'
  | 'SJABLOON_VELD_ONBEKEND'
  | 'SJABLOON_VELD_ONGELDIG'
  | 'INSPECTIE_SCHORSING_ONBEKEND'
  | 'INSPECTIE_GEEN_VERWIJDERING';

/** Codes of the terms `openTermijnen` reports. */
export type SchorsingTermijnCode =
  | 'MELDING_INSPECTIE_SCHORSING'
  | 'MELDING_LEERPLICHT_SCHORSING'
  | 'BEZWAARTERMIJN_SCHORSING'
  | 'BESLISTERMIJN_BEZWAAR_SCHORSING'
  | 'BEZWAARTERMIJN_VERWIJDERING'
  | 'GPO_INDIENINGSTERMIJN'
  | 'GPO_OORDEELTERMIJN'
  | 'BESLISTERMIJN_BEZWAAR_VERWIJDERING';

/** Codes of the steps `volgendeStappen` lists; an incomplete schoolpleinverbod is listed by its problem code. */
export type SchorsingStapCode =
  | 'SCHORSINGSBRIEF_VERSTUREN'
  | 'INSPECTIE_MELDEN'
  | 'REGISTRATIENUMMER_VASTLEGGEN'
  | 'LEERPLICHT_INFORMEREN'
  | 'SCHOOLWERK_REGELEN'
  | 'GESPREK_VOEREN'
  | 'VERWIJDERING_ONTVANGENDE_SCHOOL'
  | 'VERWIJDERING_ONTVANGENDE_SCHOOL_SCHRIFTELIJK'
  | 'VERWIJDERING_LEERKRACHT_GEHOORD'
  | 'VERWIJDERING_OUDERS_GEHOORD'
  | 'VERWIJDERING_LEERLING_GEHOORD'
  | 'VERWIJDERING_ONDERZOEKSDOSSIER'
  | 'VERWIJDERING_VOORNEMEN'
  | 'VERWIJDERING_BESLUITEN'
  | 'VERWIJDERING_INSPECTIE_MELDEN'
  | 'VERWIJDERING_LEERPLICHT_MELDEN'
  | 'TERMIJNOVERSCHRIJDING_BEOORDELEN'
  | 'STUKKEN_TER_INZAGE_LEGGEN'
  | 'OUDERS_HOREN_OP_BEZWAAR'
  | 'HOORVERSLAG_MAKEN'
  | 'OPNIEUW_HOREN_OVERWEGEN'
  | 'GROND_AFZIEN_HOREN_VERMELDEN'
  | 'BEZWAAR_MEDE_TEGEN_INTREKKING'
  | 'GPO_OORDEEL_AFWACHTEN'
  | 'BESLISSEN_OP_BEZWAAR'
  | 'VERWIJDERING_PARALLEL_OVERWEGEN'
  | 'TOELAATBAARHEIDSVERKLARING'
  | 'WIJKAGENT_INFORMEREN'
  | 'WIJKAGENT_KOPIE'
  | 'SCHOOLPLEINVERBOD_NIET_SCHRIFTELIJK'
  | 'SCHOOLPLEINVERBOD_GEEN_DUUR'
  | 'SCHOOLPLEINVERBOD_EINDE_VOOR_BEGIN'
  | 'SCHOOLPLEINVERBOD_BEGIN_VOOR_BRIEF'
  | 'SAMENWERKINGSVERBAND_BETREKKEN';

/**
 * The catalogue of reason codes: Dutch and English text with `{parameter}` placeholders, and the source.
 *
 * @example
 * ```ts
 * import { REDEN_CODES } from '@schoolveiligheid/schorsing';
 * import { codeTekst } from '@schoolveiligheid/kern';
 * codeTekst(REDEN_CODES, 'SCHORSING_BINNEN_MAXIMUM', 'en', { schooldagen: 5, maximumSchooldagen: 5 }); //=> '5 school days; the maximum, read as 5 school days, is not exceeded.'
 * ```
 */
export const REDEN_CODES: CodeCatalogus<SchorsingRedenCode> = /* @__PURE__ */ Object.freeze({
  SCHORSING_TELLING: {
    nl: 'De schorsing begint op {ingangsdatum} en duurt {aantal} {eenheid}; laatste dag {laatsteDag}, terug op {terugOp}.',
    en: 'The schorsing starts on {ingangsdatum} and lasts {aantal} {eenheid}; last day {laatsteDag}, back on {terugOp}.',
    bron: WPO_40C_WEEK_LEZING,
  },
  SCHORSING_DAG_TELT_NIET: {
    nl: 'Van {van} tot en met {tot} tellen niet mee ({soort}).',
    en: 'From {van} to {tot} inclusive the days do not count ({soort}).',
  },
  SCHORSING_BINNEN_MAXIMUM: {
    nl: '{schooldagen} schooldagen; het maximum, gelezen als {maximumSchooldagen} schooldagen, wordt niet overschreden.',
    en: '{schooldagen} school days; the maximum, read as {maximumSchooldagen} school days, is not exceeded.',
    bron: WPO_40C_LID_1,
  },
  SCHORSING_INGANG_TIJDENS_SCHOOLDAG: {
    nl: 'De schorsing gaat in op {ingangsdatum} om {tijd} uur, tijdens de schooldag: die dag telt als volle dag mee voor het maximum ({schooldagen} schooldagen).',
    en: 'The schorsing takes effect on {ingangsdatum} at {tijd}, during the school day: that day counts as a full day toward the maximum ({schooldagen} school days).',
    bron: WPO_40C_DEEL_VAN_DAG,
  },
  OVERZICHT_SCHOOLJAAR: {
    nl: 'Schooljaar {schooljaar}: van 1 augustus tot en met 31 juli.',
    en: 'School year {schooljaar}: from 1 August to 31 July.',
    bron: WPO_1_SCHOOLJAAR,
  },
  OVERZICHT_REEKS: {
    nl: 'Van {van} tot en met {tot} volgen {schorsingen} schorsingen zonder schooldag ertussen op elkaar: samen {schooldagen} schooldagen (maximum {maximumSchooldagen}).',
    en: 'From {van} to {tot} {schorsingen} schorsingen follow each other without a school day in between: {schooldagen} school days together (maximum {maximumSchooldagen}).',
    bron: WPO_40C_REEKS_LEZING,
  },
  OVERZICHT_REEKS_ZONDER_REDEN: {
    nl: 'Van {van} tot en met {tot} volgen {schorsingen} schorsingen zonder schooldag ertussen op elkaar: samen {schooldagen} schooldagen, meer dan het maximum van {maximumSchooldagen}, zonder vastgelegde reden.',
    en: 'From {van} to {tot} {schorsingen} schorsingen follow each other without a school day in between: {schooldagen} school days together, more than the maximum of {maximumSchooldagen}, without a recorded reason.',
    bron: WPO_40C_REEKS_LEZING,
  },
  SCHORSING_GEEN_ATW: {
    nl: 'De Algemene termijnenwet verlengt een schorsing niet: het is de duur van een maatregel, geen termijn.',
    en: 'The Algemene termijnenwet does not extend a schorsing: it is the duration of a measure, not a term.',
    bron: SCHORSING_GEEN_ATW,
  },
  INSPECTIE_MELDEN: {
    nl: 'De schorsing duurt langer dan {drempelDagen} dag(en): meld haar schriftelijk en met redenen aan de inspectie.',
    en: 'The schorsing lasts longer than {drempelDagen} day(s): report it to the inspectie in writing, with reasons.',
    bron: WPO_40C_LID_3,
  },
  INSPECTIE_SIGNAALTERMIJN: {
    nl: 'De SDK signaleert de melding uiterlijk {aantal} {eenheid} na het besluit ("onverwijld" kent geen aantal dagen).',
    en: 'The SDK flags the notice at the latest {aantal} {eenheid} after the decision ("onverwijld" has no number of days).',
    bron: WPO_40C_LID_3_ONVERWIJLD,
  },
  INSPECTIE_NIET_MELDEN: {
    nl: 'De schorsing duurt niet langer dan {drempelDagen} dag(en): een melding aan de inspectie is niet verplicht.',
    en: 'The schorsing lasts no longer than {drempelDagen} day(s): no notice to the inspectie is required.',
    bron: WPO_40C_LID_3,
  },
  LEERPLICHT_MELDEN_BELEID: {
    nl: 'Het schoolbeleid schrijft voor de leerplichtambtenaar te informeren met een kopie van de brief aan de ouders.',
    en: "The school's policy requires informing the leerplichtambtenaar with a copy of the letter to the parents.",
  },
  LEERPLICHT_GEEN_WETTELIJKE_PLICHT: {
    nl: 'Er is geen wettelijke plicht gevonden om de leerplichtambtenaar te informeren (niet bevestigd).',
    en: 'No statutory duty to inform the leerplichtambtenaar was found (not confirmed).',
    bron: LEERPLICHT_ONBEVESTIGD,
  },
  RECHTSMIDDEL_AWB: {
    nl: 'Openbare school: tegen de {tegen} staat bezwaar open bij het bevoegd gezag binnen {aantal} {eenheid} na de bekendmaking (Awb).',
    en: 'Public school: the parents may object to the {tegen} with the board within {aantal} {eenheid} after it was made known (Awb).',
    bron: RECHTSMIDDEL_SCHORSING,
  },
  RECHTSMIDDEL_WPO63: {
    nl: 'Bijzondere school: tegen de verwijdering staat bezwaar open bij het bevoegd gezag binnen {aantal} {eenheid} na de mededeling (WPO 63 lid 3).',
    en: 'Denominational school: the parents may object to the verwijdering with the board within {aantal} {eenheid} after the notice (WPO 63 lid 3).',
    bron: WPO_63_LID_3_BEZWAARTERMIJN,
  },
  RECHTSMIDDEL_CIVIELE_RECHTER: {
    nl: 'Bijzondere school: tegen een schorsing staat geen wettelijk bezwaar open; de ouders kunnen naar de civiele rechter.',
    en: 'Denominational school: there is no statutory objection against a schorsing; the parents can go to the civil court.',
    bron: RECHTSMIDDEL_SCHORSING,
  },
  BEKENDMAKING_TOEZENDING: {
    nl: 'Het besluit is bekendgemaakt door toezending op {verzonden}; de bezwaartermijn begint de dag daarna.',
    en: 'The decision was made known by sending it on {verzonden}; the objection term starts the day after.',
    bron: AWB_3_41,
  },
  BEKENDMAKING_UITREIKING: {
    nl: 'Het besluit is bekendgemaakt door uitreiking op {verzonden}; de bezwaartermijn begint de dag daarna.',
    en: 'The decision was made known by handing it over on {verzonden}; the objection term starts the day after.',
    bron: AWB_3_41,
  },
  BEKENDMAKING_BIJZONDER: {
    nl: 'Bijzondere school: de brief is op {verzonden} verzonden of uitgereikt; dat is de dag van de mededeling.',
    en: 'Denominational school: the letter was sent or handed over on {verzonden}; that is the day of the notice.',
    bron: BIJZONDER_ELEKTRONISCH,
  },
  BEKENDMAKING_ELEKTRONISCH: {
    nl: 'Het besluit is elektronisch verzonden; het geldt als verzonden toen het een systeem bereikte waarvoor de school geen verantwoordelijkheid draagt ({artikel}): bekendgemaakt op {bekendmaking}.',
    en: 'The decision was sent electronically; it counts as sent when it reached a system for which the school bears no responsibility ({artikel}): made known on {bekendmaking}.',
    bron: AWB_2_19,
  },
  BEKENDMAKING_ELEKTRONISCH_TOEGANKELIJK: {
    nl: 'Het besluit is geplaatst in een systeem waarin de ouders toegang hebben; het geldt als verzonden toen het voor hen toegankelijk werd ({artikel}): bekendgemaakt op {bekendmaking}.',
    en: 'The decision was placed in a system the parents have access to; it counts as sent when it became accessible to them ({artikel}): made known on {bekendmaking}.',
    bron: AWB_2_19,
  },
  BEKENDMAKING_ELEKTRONISCH_BIJZONDER: {
    nl: 'Bijzondere school: de elektronisch verzonden brief telt als meegedeeld op {bekendmaking} (geen Awb; lezing van de SDK).',
    en: "Denominational school: the letter sent electronically counts as notified on {bekendmaking} (no Awb; the SDK's reading).",
    bron: BIJZONDER_ELEKTRONISCH,
  },
  ELEKTRONISCH_KENBAAR: {
    nl: 'De ouders hebben kenbaar gemaakt dat zij elektronisch bereikbaar zijn ({artikel}).',
    en: 'The parents made known that they can be reached electronically ({artikel}).',
    bron: AWB_2_8,
  },
  BEZWAAR_ELEKTRONISCH_ONTVANGEN: {
    nl: 'Het bezwaar is op {ontvangen} langs elektronische weg ontvangen ({artikel}).',
    en: 'The objection was received electronically on {ontvangen} ({artikel}).',
    bron: AWB_2_20,
  },
  BEZWAAR_ELEKTRONISCH_KANAAL_GEOPEND: {
    nl: 'Het bezwaar kwam langs een elektronische weg die het bevoegd gezag voor bezwaar heeft opengesteld.',
    en: 'The objection came by an electronic route the board opened for objections.',
    bron: WPO_4D,
  },
  BEZWAAR_ELEKTRONISCH_KANAAL_NIET_GEOPEND: {
    nl: 'Het bezwaar kwam langs een elektronische weg die het bevoegd gezag niet heeft opengesteld; ouders hebben geen recht op elektronisch indienen (WPO 4d, Awb 2:14). Het bevoegd gezag weegt hoe het verdergaat.',
    en: 'The objection came by an electronic route the board did not open; parents have no right to file electronically (WPO 4d, Awb 2:14). The board weighs how to proceed.',
    bron: WPO_4D,
  },
  BEZWAAR_ELEKTRONISCH_BIJZONDER: {
    nl: 'Bijzondere school: het bezwaar is op {ontvangen} elektronisch ontvangen; de Awb-regels voor elektronisch verkeer gelden niet.',
    en: 'Denominational school: the objection was received electronically on {ontvangen}; the Awb rules on electronic traffic do not apply.',
    bron: BIJZONDER_ELEKTRONISCH,
  },
  BEZWAAR_ONTVANGEN_BINNEN_TERMIJN: {
    nl: 'Het bezwaar is ontvangen op of voor de laatste dag van de termijn ({laatsteDag}).',
    en: 'The objection was received on or before the last day of the term ({laatsteDag}).',
    bron: AWB_6_9,
  },
  BEZWAAR_VOOR_BEKENDMAKING: {
    nl: 'Het bezwaar kwam op {ontvangen} binnen, vóór de bekendmaking op {bekendmaking}, maar het besluit bestond al (genomen op {besluitdatum}): het is niet te vroeg en niet niet-ontvankelijk; de behandeling mag wachten tot de termijn begint.',
    en: 'The objection arrived on {ontvangen}, before the decision was made known on {bekendmaking}, but the decision already existed (taken on {besluitdatum}): it is not too early and not inadmissible; handling it may wait until the term begins.',
    bron: AWB_6_10,
  },
  BEZWAAR_TE_LAAT_ONTVANGEN: {
    nl: 'Het bezwaar is na de laatste dag van de termijn ({laatsteDag}) ontvangen; bij een bijzondere school telt alleen de ontvangst.',
    en: 'The objection was received after the last day of the term ({laatsteDag}); for a denominational school only receipt counts.',
    bron: WPO_63_ONTVANGST,
  },
  BEZWAAR_TIJDIG_TER_POST: {
    nl: 'Het bezwaar is uiterlijk op de laatste dag ({laatsteDag}) op de post gedaan en uiterlijk {uiterlijkOntvangen} ontvangen.',
    en: 'The objection was posted by the last day ({laatsteDag}) and received by {uiterlijkOntvangen}.',
    bron: AWB_6_9,
  },
  BEZWAAR_POST_TE_LAAT_ONTVANGEN: {
    nl: 'Het bezwaar is op tijd op de post gedaan, maar pas na {uiterlijkOntvangen} ontvangen.',
    en: 'The objection was posted in time but received only after {uiterlijkOntvangen}.',
    bron: AWB_6_9,
  },
  BEZWAAR_TE_LAAT: {
    nl: 'Het bezwaar is na de laatste dag van de termijn ({laatsteDag}) ingediend.',
    en: 'The objection was filed after the last day of the term ({laatsteDag}).',
    bron: AWB_6_9,
  },
  VERSCHOONBAAR_BEOORDELEN: {
    nl: 'Ga na of de ouders redelijkerwijs niet in verzuim waren voordat het bezwaar niet-ontvankelijk wordt verklaard.',
    en: 'Consider whether the parents can reasonably not be held in default before declaring the objection inadmissible.',
    bron: AWB_6_11,
  },
  VERBOD_NOG_NIET_INGEGAAN: {
    nl: 'Het verbod is op {datum} nog niet ingegaan (vanaf {van}).',
    en: 'On {datum} the ban has not started yet (from {van}).',
  },
  VERBOD_AFGELOPEN: {
    nl: 'Het verbod is op {datum} afgelopen (tot en met {tot}).',
    en: 'On {datum} the ban has ended (until {tot} inclusive).',
  },
  VERBOD_GELDT: {
    nl: 'Het verbod geldt op {datum} ({reikwijdte}).',
    en: 'The ban applies on {datum} ({reikwijdte}).',
  },
  ONTVANGENDE_SCHOOL: {
    nl: 'Een andere school is bereid de leerling toe te laten.',
    en: 'Another school is willing to admit the pupil.',
    bron: WPO_40_LID_11,
  },
  ONTVANGENDE_SCHOOL_NIET: {
    nl: 'Er is nog geen andere school die de leerling wil toelaten; definitief verwijderen mag pas als die er is.',
    en: 'No other school has agreed to admit the pupil yet; a definitive verwijdering must wait until one has.',
    bron: WPO_40_LID_11,
  },
  ONTVANGENDE_SCHOOL_SCHRIFTELIJK: {
    nl: 'De ontvangende school heeft schriftelijk bevestigd dat zij de leerling toelaat (schoolbeleid).',
    en: 'The receiving school confirmed in writing that it admits the pupil (school policy).',
  },
  ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET: {
    nl: 'De ontvangende school heeft nog niet schriftelijk bevestigd dat zij de leerling toelaat (schoolbeleid).',
    en: 'The receiving school has not yet confirmed in writing that it admits the pupil (school policy).',
  },
  ACHT_WEKEN_GEEN_GROND: {
    nl: 'In het primair onderwijs is "8 weken aantoonbaar gezocht" geen grond: een andere school moet de leerling willen toelaten.',
    en: 'In primary education "8 weeks of searching" is no ground: another school must be willing to admit the pupil.',
    bron: WPO_40_LID_11,
  },
  LEERKRACHT_GEHOORD: {
    nl: 'De groepsleerkracht is gehoord.',
    en: 'The class teacher was heard.',
    bron: WPO_40_LID_11,
  },
  LEERKRACHT_GEHOORD_NIET: {
    nl: 'De groepsleerkracht is nog niet gehoord.',
    en: 'The class teacher has not been heard yet.',
    bron: WPO_40_LID_11,
  },
  OUDERS_GEHOORD: { nl: 'De ouders zijn gehoord.', en: 'The parents were heard.', bron: WPO_40_LID_11 },
  OUDERS_GEHOORD_NIET: {
    nl: 'De ouders zijn nog niet gehoord.',
    en: 'The parents have not been heard yet.',
    bron: WPO_40_LID_11,
  },
  LEERLING_GEHOORD: { nl: 'De leerling is gehoord.', en: 'The pupil was heard.' },
  LEERLING_GEHOORD_NIET: {
    nl: 'De leerling is nog niet gehoord (procedure van het veiligheidsplan).',
    en: "The pupil has not been heard yet (the safety plan's procedure).",
  },
  ONDERZOEKSDOSSIER: {
    nl: 'Er is een deugdelijk, op onderzoek gebaseerd dossier.',
    en: 'There is a sound, research-based file.',
  },
  ONDERZOEKSDOSSIER_NIET: {
    nl: 'Er is geen deugdelijk, op onderzoek gebaseerd dossier (bijvoorbeeld een groeidocument).',
    en: 'There is no sound, research-based file (for example a growth document).',
  },
  VOORNEMEN: {
    nl: 'Het voornemen tot verwijdering is schriftelijk en met redenen aan de ouders bekendgemaakt.',
    en: 'The intention to expel was made known to the parents in writing, with reasons.',
  },
  VOORNEMEN_NIET: {
    nl: 'Het voornemen tot verwijdering is nog niet schriftelijk en met redenen bekendgemaakt.',
    en: 'The intention to expel has not yet been made known in writing, with reasons.',
  },
  RECHTSMIDDEL_AWB_CLAUSULE: {
    nl: 'Bij het besluit wordt vermeld door wie, binnen welke termijn ({aantal} {eenheid}) en bij welk orgaan bezwaar of beroep kan worden ingesteld (Awb 3:45).',
    en: 'The decision states by whom, within which term ({aantal} {eenheid}) and with which body an objection or appeal can be lodged (Awb 3:45).',
    bron: AWB_3_45,
  },
  RECHTSMIDDEL_BEZWAARSCHRIFT_INHOUD: {
    nl: 'Wat een bezwaarschrift ten minste bevat (Awb 6:5).',
    en: 'What a notice of objection contains at least (Awb 6:5).',
    bron: AWB_6_5,
  },
  RECHTSMIDDEL_GEEN_SCHORSENDE_WERKING: {
    nl: 'Bezwaar schorst de werking van het besluit niet (Awb 6:16).',
    en: 'An objection does not suspend the decision (Awb 6:16).',
    bron: AWB_6_16,
  },
  RECHTSMIDDEL_BEROEP_RECHTBANK: {
    nl: 'Na de beslissing op bezwaar staat beroep open bij de {rechter} (Awb 8:1, 8:6 lid 1).',
    en: 'After the decision on the objection an appeal lies with the {rechter} (Awb 8:1, 8:6(1)).',
    bron: AWB_8_1_RECHTBANK,
  },
  RECHTSMIDDEL_WPO63_CLAUSULE: {
    nl: 'Een bijzondere school vermeldt bij de verwijdering dat de ouders binnen {aantal} {eenheid} na de mededeling schriftelijk bezwaar kunnen maken (WPO 63 lid 2 en lid 3, eerste volzin).',
    en: 'A bijzondere school states with the expulsion that the parents may object in writing within {aantal} {eenheid} of the notice (WPO 63(2) and 63(3), first sentence).',
    bron: WPO_63_LID_2_VERMELDING,
  },
  RECHTSMIDDEL_WPO63_BESLISTERMIJN: {
    nl: 'Het bevoegd gezag hoort de ouders en beslist binnen {aantal} {eenheid} na ontvangst van de bezwaren (WPO 63 lid 3).',
    en: 'The board hears the parents and decides within {aantal} {eenheid} of receiving the objections (WPO 63(3)).',
    bron: WPO_63_LID_3,
  },
  RECHTSMIDDEL_CIVIELE_ROUTE: {
    nl: 'Bijzondere school: geen beroep bij de bestuursrechter; de weg naar de burgerlijke rechter (kort geding bij spoed).',
    en: 'Bijzondere school: no appeal to the administrative court; the route is the civil court (summary proceedings when urgent).',
    bron: CIVIELE_ROUTE,
  },
  RECHTSMIDDEL_GPO_VERWIJDERING: {
    nl: 'Over een verwijdering kunnen de ouders de Geschillencommissie passend onderwijs vragen (WPO 43 lid 2 onder a); oordeel binnen {oordeelAantal} {oordeelEenheid}, indienen volgens haar procedure binnen {indienAantal} {indienEenheid}.',
    en: 'The parents may put an expulsion to the Geschillencommissie passend onderwijs (WPO 43(2)(a)); its opinion within {oordeelAantal} {oordeelEenheid}, filing under its procedure within {indienAantal} {indienEenheid}.',
    bron: WPO_43_LID_2_VERWIJDERING,
  },
  RECHTSMIDDEL_VOORNEMEN: {
    nl: 'Tegen een voornemen tot verwijdering staat nog geen bezwaar open; wel tegen het definitieve besluit (lezing van de SDK).',
    en: "No objection lies against an intention to expel; it lies against the definitive decision (the SDK's reading).",
    bron: VOORNEMEN_GEEN_BESLUIT,
  },
  BEROEPSTERMIJN: {
    nl: 'De beroepstermijn is {aantal} {eenheid} vanaf de dag na de bekendmaking ({bekendmaking}) van de beslissing op bezwaar; laatste dag {laatsteDag}.',
    en: 'The appeal term is {aantal} {eenheid} from the day after the decision on the objection was made known ({bekendmaking}); last day {laatsteDag}.',
    bron: AWB_6_7_BEROEP,
  },
  GEEN_WETTELIJKE_BEROEPSTERMIJN: {
    nl: 'Voor de gang naar de burgerlijke rechter geldt geen wettelijke termijn als in de Awb; de SDK berekent er geen.',
    en: 'Going to the civil court has no statutory term like the Awb one; the SDK computes none.',
    bron: CIVIELE_ROUTE,
  },
  INSPECTIE_AANSLUITEND_GEMELD: {
    nl: 'De schorsing sluit zonder schooldag ertussen aan op een eerdere en samen duren zij langer dan het maximum; de vastgelegde reden staat in de melding.',
    en: 'The schorsing follows an earlier one without a school day in between and together they exceed the maximum; the recorded reason is in the notice.',
    bron: WPO_40C_LID_3,
  },
  INSPECTIE_NIET_MELDEN_INGETROKKEN: {
    nl: 'De schorsing is ingetrokken en geldt als niet genomen: een melding aan de inspectie is niet (meer) verplicht.',
    en: 'The schorsing was revoked and counts as not taken: a notice to the inspectie is not (or no longer) required.',
    bron: WPO_40C_LID_3,
  },
  VERWIJDERING_MELDING_GEEN_PLICHT: {
    nl: 'Geen wettelijke plicht gevonden om een verwijdering aan de inspectie te melden (WPO 40 lid 11); het veiligheidsplan stuurt haar een kopie.',
    en: 'No statutory duty found to report an expulsion to the inspectie (WPO 40(11)); the safety plan sends it a copy.',
    bron: VERWIJDERING_MELDING_GEEN_PLICHT,
  },
});

/**
 * The catalogue of problem codes: Dutch and English text with `{parameter}` placeholders, and the source.
 *
 * @example
 * ```ts
 * import { PROBLEEM_CODES } from '@schoolveiligheid/schorsing';
 * PROBLEEM_CODES.SCHORSING_TE_LANG.en; //=> 'A schorsing lasts at most {maximumAantal} {maximumEenheid} ({maximumSchooldagen} school days); the duration given is longer.'
 * ```
 */
export const PROBLEEM_CODES: CodeCatalogus<SchorsingProbleemCode> = /* @__PURE__ */ (() =>
  Object.freeze({
    // kern's validation codes the light input checks give: kern's entries where they have no parameter, a
    // version with the parameter's placeholder where they have one (kern's `validatieMelding` renders those)
    VERPLICHT: VALIDATIE_CODES.VERPLICHT,
    VERKEERD_TYPE: {
      nl: 'Verkeerd soort waarde; verwacht {verwacht}.',
      en: 'Wrong kind of value; expected {verwacht}.',
    },
    TE_KLEIN: {
      nl: 'Te klein; moet groter zijn dan {minimum}.',
      en: 'Too small; must be greater than {minimum}.',
    },
    ONGELDIGE_DATUM: VALIDATIE_CODES.ONGELDIGE_DATUM,
    ONGELDIGE_KEUZE: {
      nl: 'Ongeldige keuze; toegestaan: {toegestaan}.',
      en: 'Invalid choice; allowed: {toegestaan}.',
    },
    ONGELDIG_FORMAAT: VALIDATIE_CODES.ONGELDIG_FORMAAT,
    ONGELDIG_TIJDSTIP: VALIDATIE_CODES.ONGELDIG_TIJDSTIP,
    SCHORSING_MOMENT_NIET_OP_INGANGSDATUM: {
      nl: 'Het ingangsmoment valt niet op de ingangsdatum (tijd in Nederland).',
      en: 'The moment the schorsing takes effect is not on its first day (Dutch time).',
    },
    SCHORSING_AL_BEEINDIGD: {
      nl: 'Deze schorsing is al opgeheven of ingetrokken.',
      en: 'This schorsing has already been lifted or revoked.',
    },
    OPHEFFING_BUITEN_SCHORSING: {
      nl: 'De leerling kan alleen eerder terugkomen op een dag na de eerste en uiterlijk op de laatste dag van de schorsing, niet vóór het besluit daartoe.',
      en: 'The pupil can return early only on a day after the first and at the latest on the last day of the schorsing, not before that decision.',
      bron: SCHORSING_OPHEFFEN_LEZING,
    },
    OVERZICHT_ANDERE_LEERLING: {
      nl: 'Dit dossier is van een andere leerling; een overzicht gaat over één leerling.',
      en: 'This dossier is of another pupil; an overview is about one pupil.',
    },
    TERUG_OP_GEEN_SCHOOLDAG: {
      nl: 'De dag waarop de leerling terug is, is geen schooldag.',
      en: 'The day the pupil is back is not a school day.',
    },
    SCHORSING_EENHEID_ONGELDIG: {
      nl: 'Een schorsing duurt een aantal schooldagen, kalenderdagen of weken.',
      en: 'A schorsing lasts a number of school days, calendar days or weeks.',
    },
    SCHORSING_INGANG_GEEN_SCHOOLDAG: {
      nl: 'De ingangsdatum is geen schooldag; de eerstvolgende is {volgendeSchooldag}.',
      en: 'The start date is not a school day; the next one is {volgendeSchooldag}.',
    },
    SCHORSING_TE_LANG: {
      nl: 'Een schorsing duurt ten hoogste {maximumAantal} {maximumEenheid} ({maximumSchooldagen} schooldagen); de opgegeven duur is langer.',
      en: 'A schorsing lasts at most {maximumAantal} {maximumEenheid} ({maximumSchooldagen} school days); the duration given is longer.',
      bron: WPO_40C_LID_1,
    },
    GPO_ALLEEN_VERWIJDERING: {
      nl: 'De Geschillencommissie passend onderwijs oordeelt over verwijdering, niet over schorsing.',
      en: 'The Geschillencommissie passend onderwijs rules on verwijdering, not on schorsing.',
      bron: WPO_43,
    },
    GPO_OORDEEL_ZONDER_GESCHIL: {
      nl: 'Er is een oordeel van de commissie zonder datum van indiening.',
      en: 'There is a ruling of the committee without a filing date.',
    },
    GPO_OORDEEL_VOOR_INDIENING: {
      nl: 'Het oordeel van de commissie ligt vóór de indiening.',
      en: "The committee's ruling precedes the filing.",
    },
    ALLEEN_AWB_BESLISTERMIJN: {
      nl: 'Een adviescommissie en verdaging (Awb 7:10) gelden alleen bij bezwaar tegen een schorsing door een openbare school.',
      en: 'An advisory committee and adjournment (Awb 7:10) apply only to an objection against a schorsing by a public school.',
      bron: AWB_7_10,
    },
    VERDAGING_ZONDER_BEZWAAR: {
      nl: 'Verdagen kan alleen na ontvangst van het bezwaar.',
      en: 'The decision can only be adjourned after the objection was received.',
      bron: AWB_7_10_LID_3,
    },
    TER_POST_ZONDER_ONTVANGST: {
      nl: 'Een datum van verzending per post hoort bij een ontvangen bezwaar en ligt niet na de ontvangst.',
      en: 'A posting date belongs to a received objection and is not after its receipt.',
    },
    DATUM_VOOR_BEKENDMAKING: {
      nl: 'Deze datum ligt vóór de bekendmaking van het besluit.',
      en: 'This date is before the decision was made known.',
    },
    BEZWAAR_VOOR_BESLUIT: {
      nl: 'Het bezwaar kwam binnen voordat het besluit was genomen; of de ouders redelijkerwijs konden menen dat het al bestond, weegt het bevoegd gezag zelf.',
      en: 'The objection arrived before the decision was taken; whether the parents could reasonably think it already existed is for the board to weigh.',
      bron: AWB_6_10,
    },
    HERSTELTERMIJN_NIET_NA_VERZOEK: {
      nl: 'De hersteltermijn eindigt niet na het verzoek om herstel.',
      en: 'The repair term does not end after the request to repair.',
      bron: AWB_6_6,
    },
    HERSTEL_VOOR_VERZOEK: {
      nl: 'Het verzuim is hersteld vóór het verzoek daartoe.',
      en: 'The omission was repaired before the request to repair it.',
    },
    HERSTEL_LOOPT_AL: {
      nl: 'Er loopt al een verzoek om herstel van een verzuim; een termijn kan niet twee keer tegelijk stilstaan.',
      en: 'A request to repair an omission is already running; a term cannot stand still twice at once.',
      bron: AWB_7_10_LID_2,
    },
    GEEN_HERSTELVERZOEK: {
      nl: 'Er is geen lopend verzoek om herstel van een verzuim bij dit bezwaar.',
      en: 'There is no running request to repair an omission in this objection.',
      bron: AWB_7_10_LID_2,
    },
    HERSTEL_ALLEEN_AWB: {
      nl: 'Een bijzondere school valt niet onder de Awb: verzuimherstel (Awb 6:6) en de opschorting van Awb 7:10 lid 2 gelden daar niet.',
      en: 'A denominational school is not under the Awb: repair of omissions (Awb 6:6) and the suspension of Awb 7:10(2) do not apply there.',
      bron: AWB_7_10_LID_2_LEZING,
    },
    ELEKTRONISCH_GEGEVENS_ONTBREKEN: {
      nl: 'Bij elektronische verzending hoort het kanaal, het tijdstip dat als verzending geldt en wat de ouders kenbaar maakten.',
      en: 'Electronic sending needs the channel, the moment that counts as sending and what the parents made known.',
    },
    ELEKTRONISCH_WIJZE_ONJUIST: {
      nl: 'Gegevens van elektronische verzending horen alleen bij de wijze "elektronisch".',
      en: 'Details of electronic sending belong only with the manner "elektronisch".',
    },
    ELEKTRONISCH_MOMENT_VOOR_VERZENDING: {
      nl: 'Het tijdstip dat als verzending geldt, ligt vóór de dag van verzending.',
      en: 'The moment that counts as sending is before the day of sending.',
    },
    ELEKTRONISCH_VOOR_AWB: {
      nl: 'Op deze dag kende de Awb nog geen regeling voor elektronisch verkeer.',
      en: 'On this day the Awb had no rules for electronic traffic yet.',
    },
    ELEKTRONISCH_NIET_KENBAAR: {
      nl: 'Een openbare school kan een besluit alleen elektronisch verzenden als de ouders (vanaf 2026: uitdrukkelijk) kenbaar hebben gemaakt dat zij zo bereikbaar zijn ({artikel}).',
      en: 'A public school may send a decision electronically only if the parents made known (from 2026: expressly) that they can be reached that way ({artikel}).',
      bron: AWB_2_8,
    },
    ONTVANGSTMOMENT_ANDERE_DAG: {
      nl: 'Het tijdstip van elektronische ontvangst valt (in Nederlandse tijd) niet op de dag die als ontvangst is vastgelegd.',
      en: 'The moment of electronic receipt is not (in Dutch time) on the day recorded as receipt.',
    },
    ELEKTRONISCH_EN_TER_POST: {
      nl: 'Een bezwaar komt per post of langs elektronische weg binnen, niet beide.',
      en: 'An objection arrives by post or electronically, not both.',
    },
    UITSTEL_NIET_LATER: {
      nl: 'Verder uitstel schuift de laatste dag op; de opgegeven dag ligt niet na de huidige laatste dag ({laatsteDag}).',
      en: 'Further delay moves the last day later; the given day is not after the current last day ({laatsteDag}).',
      bron: AWB_7_10_LID_4_B,
    },
    VERDAGING_NA_TERMIJN: {
      nl: 'De beslissing is pas verdaagd nadat de beslistermijn (tot en met {laatsteDag}) al was verstreken.',
      en: 'The decision was adjourned only after the decision term (until {laatsteDag}) had expired.',
      bron: AWB_7_10_LID_3,
    },
    SCHORSING_INGANG_VOOR_BESLUIT: {
      nl: 'Een schorsing kan niet ingaan vóór het besluit.',
      en: 'A schorsing cannot start before the decision.',
    },
    SCHORSING_OVERLAPT: {
      nl: 'Deze schorsing overlapt met de vorige.',
      en: 'This schorsing overlaps the previous one.',
      bron: WPO_40C_LID_1,
    },
    SCHORSING_SLUIT_AAN: {
      nl: 'Deze schorsing sluit zonder schooldag ertussen aan op de vorige; samen duren ze langer dan het maximum.',
      en: 'This schorsing follows the previous one without a school day in between; together they exceed the maximum.',
      bron: WPO_40C_LID_1,
    },
    SCHORSING_NA_VERWIJDERINGSDATUM: {
      nl: 'Een schorsing tot aan de verwijdering eindigt vóór de verwijderingsdatum.',
      en: 'A schorsing until the verwijdering ends before the date of the verwijdering.',
    },
    GEEN_SCHORSING: {
      nl: 'Er is geen schorsing in het dossier.',
      en: 'There is no schorsing in the dossier.',
    },
    BRIEF_AL_VERZONDEN: {
      nl: 'De brief over deze schorsing is al verzonden.',
      en: 'The letter about this schorsing has already been sent.',
      bron: WPO_40C_LID_2,
    },
    GEEN_VERWIJDERINGSBESLUIT: {
      nl: 'Er is nog geen besluit tot verwijdering.',
      en: 'There is no decision to expel yet.',
    },
    VERWIJDERING_AL_BESLOTEN: {
      nl: 'Er is al een besluit tot verwijdering.',
      en: 'There already is a decision to expel.',
    },
    VOORNEMEN_AL_BEKENDGEMAAKT: {
      nl: 'Het voornemen is al bekendgemaakt.',
      en: 'The intention has already been made known.',
    },
    VERWIJDERING_VOOR_BESLUIT: {
      nl: 'De verwijdering kan niet ingaan vóór het besluit.',
      en: 'The verwijdering cannot take effect before the decision.',
    },
    VERWIJDERING_ONTVANGENDE_SCHOOL_NIET: {
      nl: 'Definitief verwijderen mag pas als een andere school de leerling wil toelaten.',
      en: 'A definitive verwijdering requires another school willing to admit the pupil.',
      bron: WPO_40_LID_11,
    },
    VERWIJDERING_ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET: {
      nl: 'Het beleid vraagt een schriftelijke bevestiging van de ontvangende school; die is er nog niet.',
      en: 'The policy asks for written confirmation from the receiving school; there is none yet.',
    },
    VERWIJDERING_LEERKRACHT_GEHOORD_NIET: {
      nl: 'De groepsleerkracht is nog niet gehoord.',
      en: 'The class teacher has not been heard yet.',
      bron: WPO_40_LID_11,
    },
    VERWIJDERING_OUDERS_GEHOORD_NIET: {
      nl: 'De ouders zijn nog niet gehoord.',
      en: 'The parents have not been heard yet.',
      bron: WPO_40_LID_11,
    },
    VERWIJDERING_LEERLING_GEHOORD_NIET: {
      nl: 'De leerling is nog niet gehoord (procedure van het veiligheidsplan).',
      en: "The pupil has not been heard yet (the safety plan's procedure).",
    },
    VERWIJDERING_ONDERZOEKSDOSSIER_NIET: {
      nl: 'Er is geen deugdelijk, op onderzoek gebaseerd dossier.',
      en: 'There is no sound, research-based file.',
    },
    VERWIJDERING_VOORNEMEN_NIET: {
      nl: 'Het voornemen tot verwijdering is nog niet schriftelijk en met redenen bekendgemaakt.',
      en: 'The intention to expel has not yet been made known in writing, with reasons.',
    },
    BEZWAAR_LOOPT_AL: {
      nl: 'Er loopt al een bezwaar tegen dit besluit.',
      en: 'An objection against this decision is already pending.',
    },
    GEEN_WETTELIJK_BEZWAAR: {
      nl: 'Bij een bijzondere school staat tegen een schorsing geen wettelijk bezwaar open.',
      en: 'At a denominational school there is no statutory objection against a schorsing.',
      bron: RECHTSMIDDEL_SCHORSING,
    },
    TER_POST_NA_ONTVANGST: {
      nl: 'De datum van verzending ligt na de ontvangst.',
      en: 'The posting date is after the receipt.',
    },
    GPO_AL_INGEDIEND: {
      nl: 'Het geschil is al aan de commissie voorgelegd.',
      en: 'The dispute has already been put to the committee.',
    },
    GEEN_LOPEND_GESCHIL: {
      nl: 'Er is geen lopend geschil bij de commissie.',
      en: 'There is no pending dispute at the committee.',
    },
    GEEN_BEZWAAR: {
      nl: 'Er is geen lopend bezwaar tegen dit besluit.',
      en: 'There is no pending objection against this decision.',
    },
    AL_VERDAAGD: { nl: 'De beslissing is al verdaagd.', en: 'The decision has already been adjourned.' },
    BEKENDMAKING_ONBEKEND: {
      nl: 'De bekendmaking van het besluit is niet vastgelegd; de beslistermijn is niet te berekenen.',
      en: 'The date the decision was made known is not recorded; the decision term cannot be computed.',
    },
    GPO_OORDEEL_AFWACHTEN: {
      nl: 'Het bevoegd gezag beslist pas op het bezwaar na het oordeel van de Geschillencommissie passend onderwijs.',
      en: 'The board decides on the objection only after the ruling of the Geschillencommissie passend onderwijs.',
      bron: WPO_43,
    },
    OUDERS_NIET_OPNIEUW_GEHOORD: {
      nl: 'Hoor de ouders over hun bezwaar voordat op het bezwaar wordt beslist.',
      en: 'Hear the parents on their objection before deciding on it.',
      bron: AWB_7_2,
    },
    HOREN_VERPLICHT: {
      nl: 'Een bijzondere school beslist op bezwaar tegen een verwijdering pas na de ouders te hebben gehoord; de Awb (ook art. 7:3) geldt hier niet.',
      en: 'A denominational school decides on an objection to an expulsion only after hearing the parents; the Awb (art. 7:3 included) does not apply.',
      bron: WPO_63_LID_3,
    },
    REACTIETERMIJN_ONTBREEKT: {
      nl: 'Geef de termijn die de ouders kregen om te laten weten dat zij gehoord willen worden.',
      en: 'Give the term the parents had to say that they want to be heard.',
      bron: AWB_7_3,
    },
    REACTIETERMIJN_LOOPT: {
      nl: 'De termijn waarin de ouders kunnen laten weten dat zij gehoord willen worden, loopt nog.',
      en: 'The term in which the parents can say that they want to be heard is still running.',
      bron: AWB_7_3,
    },
    REACTIETERMIJN_ZONDER_GROND: {
      nl: 'Een reactietermijn hoort alleen bij de grond geen-reactie.',
      en: 'A reply term belongs only with the ground geen-reactie.',
      bron: AWB_7_3,
    },
    HOREN_NODIG_BIJ_HANDHAVEN: {
      nl: 'Het horen bleef achterwege omdat aan het bezwaar volledig tegemoet zou worden gekomen; wie het besluit handhaaft, hoort de ouders eerst.',
      en: 'The hearing was left out because the objection would be granted in full; to uphold the decision, hear the parents first.',
      bron: AWB_7_3,
    },
    GEEN_HOORZITTING: {
      nl: 'Er is nog geen hoorzitting over dit bezwaar om een verslag van te maken.',
      en: 'There is no hearing on this objection yet to report on.',
      bron: AWB_7_7,
    },
    CRISISPLAATSING_LOOPT_AL: {
      nl: 'Er loopt al een crisisplaatsing.',
      en: 'A crisis placement is already running.',
    },
    GEEN_CRISISPLAATSING: {
      nl: 'Er is geen lopende crisisplaatsing.',
      en: 'There is no running crisis placement.',
    },
    GEEN_SCHOOLPLEINVERBOD: {
      nl: 'Er is geen schoolpleinverbod om de wijkagent over te informeren.',
      en: 'There is no schoolpleinverbod to inform the community police officer about.',
    },
    SCHOOLPLEINVERBOD_GEEN_ROL_ID: {
      nl: 'Identificeer de ouder met een rol-id (bijvoorbeeld ouder-1), niet met een naam.',
      en: 'Identify the parent by a role id (for example ouder-1), not by name.',
    },
    SCHOOLPLEINVERBOD_NIET_SCHRIFTELIJK: {
      nl: 'Een schoolpleinverbod wordt schriftelijk meegedeeld.',
      en: 'A schoolpleinverbod is communicated in writing.',
    },
    SCHOOLPLEINVERBOD_GEEN_DUUR: {
      nl: 'Vermeld hoe lang het verbod duurt (een einddatum).',
      en: 'State how long the ban lasts (an end date).',
    },
    SCHOOLPLEINVERBOD_EINDE_VOOR_BEGIN: {
      nl: 'De einddatum ligt vóór de begindatum.',
      en: 'The end date is before the start date.',
    },
    SCHOOLPLEINVERBOD_BEGIN_VOOR_BRIEF: {
      nl: 'Het verbod kan niet ingaan vóór de datum van de brief.',
      en: 'The ban cannot start before the date of the letter.',
    },
    SCHOOLPLEINVERBOD_WIJKAGENT_NIET_GEINFORMEERD: {
      nl: 'Informeer de wijkagent over het verbod.',
      en: 'Inform the community police officer about the ban.',
    },
    SCHOOLPLEINVERBOD_GEEN_KOPIE_WIJKAGENT: {
      nl: 'De wijkagent krijgt een kopie van de brief aan de ouder.',
      en: 'The community police officer gets a copy of the letter to the parent.',
    },
    SCHORSINGSBRIEF_LAATSTE_DAG_ONJUIST: {
      nl: 'De laatste dag in de brief klopt niet met de schoolkalender; dat is {laatsteDag}.',
      en: 'The last day in the letter does not match the school calendar; it is {laatsteDag}.',
    },
    SCHORSINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT: {
      nl: 'Een schorsing van meer dan één dag wordt aan de inspectie gemeld; stuur haar een kopie van de brief.',
      en: 'A schorsing of more than one day is reported to the inspectie; send it a copy of the letter.',
      bron: WPO_40C_LID_3,
    },
    SCHORSINGSBRIEF_INGANG_VOOR_DAGTEKENING: {
      nl: 'De schorsing kan niet ingaan vóór de datum van de brief.',
      en: 'The schorsing cannot start before the date of the letter.',
    },
    SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST: {
      nl: 'De brief noemt het verkeerde rechtsmiddel: openbaar bezwaar binnen {aantal} {eenheid} (Awb), bijzonder de civiele rechter.',
      en: 'The letter names the wrong remedy: public school an objection within {aantal} {eenheid} (Awb), denominational school the civil court.',
      bron: AWB_6_7,
    },
    SCHORSINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT: {
      nl: 'Volgens het model (Bijlage 20) gaat een kopie naar de leerplichtambtenaar.',
      en: 'Under the model letter (Bijlage 20) a copy goes to the leerplichtambtenaar.',
    },
    SCHORSINGSBRIEF_KOPIE_BESTUUR_ONTBREEKT: {
      nl: 'Volgens het model (Bijlage 20) gaat een kopie naar het bevoegd gezag (bestuur).',
      en: 'Under the model letter (Bijlage 20) a copy goes to the board.',
    },
    VERWIJDERINGSBRIEF_VOORNEMEN_NA_BESLUIT: {
      nl: 'Het voornemen moet vóór het definitieve besluit liggen.',
      en: 'The intention must precede the definitive decision.',
    },
    VERWIJDERINGSBRIEF_VERWIJDERING_VOOR_BESLUIT: {
      nl: 'De verwijdering kan niet ingaan vóór de datum van het besluit.',
      en: 'The verwijdering cannot take effect before the date of the decision.',
    },
    VERWIJDERINGSBRIEF_SCHOOL_NIET_BEREID_OP_DATUM: {
      nl: 'De ontvangende school neemt de leerling pas na de verwijderingsdatum op; er mag geen gat vallen.',
      en: 'The receiving school admits the pupil only after the date of the verwijdering; there may be no gap.',
      bron: WPO_40_LID_11,
    },
    VERWIJDERINGSBRIEF_GEEN_INVENTARISATIE: {
      nl: 'De brief maakt niet zichtbaar dat scholen met een passend ondersteuningsprofiel zijn geïnventariseerd.',
      en: 'The letter does not show that schools with a matching support profile were considered.',
    },
    VERWIJDERINGSBRIEF_SCHORSING_NA_VERWIJDERING: {
      nl: 'De tussentijdse schorsing eindigt vóór de verwijderingsdatum.',
      en: 'The interim schorsing ends before the date of the verwijdering.',
    },
    VERWIJDERINGSBRIEF_BEZWAARTERMIJN_ONJUIST: {
      nl: 'De bezwaartermijn is {aantal} {eenheid}.',
      en: 'The objection term is {aantal} {eenheid}.',
      bron: AWB_6_7,
    },
    VERWIJDERINGSBRIEF_BEZWAAR_START_ONJUIST: {
      nl: 'De bezwaartermijn loopt vanaf de dag na de bekendmaking, niet vanaf de datum op de brief.',
      en: 'The objection term runs from the day after the decision was made known, not from the date on the letter.',
    },
    VERWIJDERINGSBRIEF_GPO_ONTBREEKT: {
      nl: 'Vermeld dat de ouders het geschil ook aan de Geschillencommissie passend onderwijs kunnen voorleggen.',
      en: 'State that the parents can also put the dispute to the Geschillencommissie passend onderwijs.',
      bron: WPO_43,
    },
    VERWIJDERINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT: {
      nl: 'Volgens het veiligheidsplan (stap 8) gaat een kopie naar de leerplichtambtenaar.',
      en: 'Under the safety plan (step 8) a copy goes to the leerplichtambtenaar.',
    },
    VERWIJDERINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT: {
      nl: 'Volgens het veiligheidsplan (stap 8) gaat een kopie naar de inspectie.',
      en: 'Under the safety plan (step 8) a copy goes to the inspectie.',
    },
    SJABLOON_ONBEKEND: {
      nl: 'Onbekend sjabloon; kies een id uit SJABLOON_IDS.',
      en: 'Unknown template; choose an id from SJABLOON_IDS.',
      bron: SEED_BIJLAGE_20,
    },
    SJABLOON_VELD_ONTBREEKT: {
      nl: 'Het veld {veld} is niet ingevuld.',
      en: 'The field {veld} is not filled in.',
    },
    SJABLOON_VELD_ONBEKEND: {
      nl: 'Er is een veld ingevuld dat niet bij dit sjabloon hoort.',
      en: 'A field was filled in that does not belong to this template.',
    },
    SJABLOON_VELD_ONGELDIG: {
      nl: 'Het veld {veld} heeft geen geldige waarde; verwacht {verwacht}.',
      en: 'The field {veld} has no valid value; expected {verwacht}.',
    },
    INSPECTIE_SCHORSING_ONBEKEND: {
      nl: 'Het dossier heeft geen schorsing met nummer {nummer}.',
      en: 'The dossier has no schorsing with number {nummer}.',
      bron: WPO_40C_LID_3,
    },
    INSPECTIE_GEEN_VERWIJDERING: {
      nl: 'Het dossier heeft nog geen besluit tot verwijdering.',
      en: 'The dossier has no expulsion decision yet.',
      bron: VERWIJDERING_MELDING_GEEN_PLICHT,
    },
  }))();

/**
 * The catalogue of term codes of `openTermijnen`.
 *
 * @example
 * ```ts
 * import { TERMIJN_CODES } from '@schoolveiligheid/schorsing';
 * TERMIJN_CODES.GPO_OORDEELTERMIJN.bron?.artikel; //=> 'art. 43 lid 2-4'
 * ```
 */
export const TERMIJN_CODES: CodeCatalogus<SchorsingTermijnCode> = /* @__PURE__ */ Object.freeze({
  MELDING_INSPECTIE_SCHORSING: {
    nl: 'Melding van de schorsing aan de inspectie (onverwijld).',
    en: 'Notice of the schorsing to the inspectie (without delay).',
    bron: WPO_40C_LID_3,
  },
  MELDING_LEERPLICHT_SCHORSING: {
    nl: 'Informeren van de leerplichtambtenaar (schoolbeleid).',
    en: 'Informing the leerplichtambtenaar (school policy).',
  },
  BEZWAARTERMIJN_SCHORSING: {
    nl: 'Bezwaartermijn van de ouders tegen de schorsing.',
    en: "The parents' term to object to the schorsing.",
    bron: AWB_6_7,
  },
  BESLISTERMIJN_BEZWAAR_SCHORSING: {
    nl: 'Beslissing van het bevoegd gezag op het bezwaar tegen de schorsing.',
    en: "The board's decision on the objection against the schorsing.",
    bron: AWB_7_10,
  },
  BEZWAARTERMIJN_VERWIJDERING: {
    nl: 'Bezwaartermijn van de ouders tegen de verwijdering.',
    en: "The parents' term to object to the verwijdering.",
    bron: AWB_6_7,
  },
  GPO_INDIENINGSTERMIJN: {
    nl: 'Termijn om het geschil voor te leggen aan de Geschillencommissie passend onderwijs.',
    en: 'Term to put the dispute to the Geschillencommissie passend onderwijs.',
    bron: GPO_PROCEDURE,
  },
  GPO_OORDEELTERMIJN: {
    nl: 'Termijn voor het oordeel van de Geschillencommissie passend onderwijs.',
    en: 'Term for the ruling of the Geschillencommissie passend onderwijs.',
    bron: WPO_43,
  },
  BESLISTERMIJN_BEZWAAR_VERWIJDERING: {
    nl: 'Beslissing van het bevoegd gezag op het bezwaar tegen de verwijdering.',
    en: "The board's decision on the objection against the verwijdering.",
    bron: WPO_40_LID_12,
  },
});

/**
 * The catalogue of step codes of `volgendeStappen`.
 *
 * @example
 * ```ts
 * import { STAP_CODES } from '@schoolveiligheid/schorsing';
 * STAP_CODES.SCHORSINGSBRIEF_VERSTUREN.en; //=> 'Make the schorsing decision known to the parents in writing.'
 * ```
 */
export const STAP_CODES: CodeCatalogus<SchorsingStapCode> = /* @__PURE__ */ Object.freeze({
  SCHORSINGSBRIEF_VERSTUREN: {
    nl: 'Maak het besluit tot schorsing schriftelijk bekend aan de ouders.',
    en: 'Make the schorsing decision known to the parents in writing.',
    bron: WPO_40C_LID_2,
  },
  INSPECTIE_MELDEN: {
    nl: 'Meld de schorsing onverwijld schriftelijk en met redenen aan de inspectie.',
    en: 'Report the schorsing to the inspectie without delay, in writing, with reasons.',
    bron: WPO_40C_LID_3,
  },
  REGISTRATIENUMMER_VASTLEGGEN: {
    nl: 'Leg het registratienummer uit de ontvangstbevestiging van de inspectie vast.',
    en: "Record the registration number from the inspectie's acknowledgement.",
  },
  LEERPLICHT_INFORMEREN: {
    nl: 'Informeer de leerplichtambtenaar en stuur een kopie van de brief aan de ouders.',
    en: 'Inform the leerplichtambtenaar and send a copy of the letter to the parents.',
  },
  SCHOOLWERK_REGELEN: {
    nl: 'Zorg dat de leerling tijdens de schorsing schoolwerk kan maken.',
    en: 'Make sure the pupil can do schoolwork during the schorsing.',
  },
  GESPREK_VOEREN: {
    nl: 'Voer een gesprek met leerling, ouders en groepsleerkracht over de schorsing.',
    en: 'Talk with the pupil, the parents and the class teacher about the schorsing.',
  },
  VERWIJDERING_ONTVANGENDE_SCHOOL: {
    nl: 'Zorg voor een andere school die de leerling wil toelaten.',
    en: 'Find another school willing to admit the pupil.',
    bron: WPO_40_LID_11,
  },
  VERWIJDERING_ONTVANGENDE_SCHOOL_SCHRIFTELIJK: {
    nl: 'Vraag de ontvangende school om een schriftelijke bevestiging (schoolbeleid).',
    en: 'Ask the receiving school for written confirmation (school policy).',
  },
  VERWIJDERING_LEERKRACHT_GEHOORD: {
    nl: 'Hoor de groepsleerkracht.',
    en: 'Hear the class teacher.',
    bron: WPO_40_LID_11,
  },
  VERWIJDERING_OUDERS_GEHOORD: { nl: 'Hoor de ouders.', en: 'Hear the parents.', bron: WPO_40_LID_11 },
  VERWIJDERING_LEERLING_GEHOORD: { nl: 'Hoor de leerling.', en: 'Hear the pupil.' },
  VERWIJDERING_ONDERZOEKSDOSSIER: {
    nl: 'Leg een deugdelijk, op onderzoek gebaseerd dossier vast.',
    en: 'Put a sound, research-based file in place.',
  },
  VERWIJDERING_VOORNEMEN: {
    nl: 'Maak het voornemen tot verwijdering schriftelijk en met redenen bekend.',
    en: 'Make the intention to expel known in writing, with reasons.',
  },
  VERWIJDERING_BESLUITEN: {
    nl: 'Alle voorwaarden zijn vervuld: het bestuur kan definitief besluiten.',
    en: 'All preconditions are met: the board can decide definitively.',
  },
  VERWIJDERING_INSPECTIE_MELDEN: {
    nl: 'Meld de verwijdering bij de inspectie met een kopie van de brief (schoolbeleid).',
    en: 'Report the verwijdering to the inspectie with a copy of the letter (school policy).',
  },
  VERWIJDERING_LEERPLICHT_MELDEN: {
    nl: 'Meld de verwijdering bij de leerplichtambtenaar met een kopie van de brief (schoolbeleid).',
    en: 'Report the verwijdering to the leerplichtambtenaar with a copy of the letter (school policy).',
  },
  TERMIJNOVERSCHRIJDING_BEOORDELEN: {
    nl: 'Het bezwaar kwam te laat: ga na of de ouders dat te verwijten valt.',
    en: 'The objection came late: consider whether the parents can be held in default.',
    bron: AWB_6_11,
  },
  STUKKEN_TER_INZAGE_LEGGEN: {
    nl: 'Leg het bezwaarschrift en alle stukken ten minste een week vóór het horen ter inzage voor de ouders.',
    en: 'Make the objection and all documents available to the parents for at least a week before the hearing.',
    bron: AWB_7_4_LID_2,
  },
  HOORVERSLAG_MAKEN: {
    nl: 'Maak een verslag van het horen.',
    en: 'Make a report of the hearing.',
    bron: AWB_7_7,
  },
  OPNIEUW_HOREN_OVERWEGEN: {
    nl: 'De stukken lagen niet ten minste een week vóór het horen ter inzage: overweeg de ouders opnieuw te horen.',
    en: 'The documents were not available for a week before the hearing: consider hearing the parents again.',
    bron: AWB_7_4_LID_2,
  },
  GROND_AFZIEN_HOREN_VERMELDEN: {
    nl: 'Vermeld in de beslissing op het bezwaar op welke grond van het horen is afgezien.',
    en: 'State in the decision on the objection on which ground the hearing was left out.',
    bron: AWB_7_12_LID_1,
  },
  BEZWAAR_MEDE_TEGEN_INTREKKING: {
    nl: 'De schorsing is ingetrokken: het bezwaar heeft van rechtswege mede betrekking op de intrekking, tenzij de ouders daarbij onvoldoende belang hebben.',
    en: 'The schorsing was revoked: by law the objection extends to the revocation, unless the parents have too little interest in it.',
    bron: AWB_6_19,
  },
  OUDERS_HOREN_OP_BEZWAAR: {
    nl: 'Hoor de ouders (en de leerling) over hun bezwaar.',
    en: 'Hear the parents (and the pupil) on their objection.',
    bron: AWB_7_2,
  },
  GPO_OORDEEL_AFWACHTEN: {
    nl: 'Wacht met de beslissing op het bezwaar tot het oordeel van de Geschillencommissie passend onderwijs.',
    en: 'Wait for the ruling of the Geschillencommissie passend onderwijs before deciding on the objection.',
    bron: WPO_43,
  },
  BESLISSEN_OP_BEZWAAR: { nl: 'Beslis op het bezwaar.', en: 'Decide on the objection.' },
  SAMENWERKINGSVERBAND_BETREKKEN: {
    nl: 'De leerling heeft een ontwikkelingsperspectief: betrek het samenwerkingsverband bij het vinden van een andere school.',
    en: 'The pupil has a development perspective plan: involve the samenwerkingsverband in finding another school.',
    bron: WPO_40A_OPP_VERWIJDERING,
  },
  VERWIJDERING_PARALLEL_OVERWEGEN: {
    nl: 'Overweeg de verwijderingsprocedure gelijk te laten oplopen met de crisisplaatsing.',
    en: 'Consider running the verwijdering procedure alongside the crisis placement.',
  },
  TOELAATBAARHEIDSVERKLARING: {
    nl: 'Vraag een toelaatbaarheidsverklaring aan bij het samenwerkingsverband.',
    en: 'Apply to the samenwerkingsverband for an admissibility statement.',
  },
  WIJKAGENT_INFORMEREN: {
    nl: 'Informeer de wijkagent over het schoolpleinverbod en stuur een kopie van de brief.',
    en: 'Inform the community police officer about the ban and send a copy of the letter.',
  },
  WIJKAGENT_KOPIE: {
    nl: 'Stuur de wijkagent een kopie van de brief aan de ouder.',
    en: 'Send the community police officer a copy of the letter to the parent.',
  },
  SCHOOLPLEINVERBOD_NIET_SCHRIFTELIJK: {
    nl: 'Deel het schoolpleinverbod schriftelijk mee.',
    en: 'Communicate the schoolpleinverbod in writing.',
  },
  SCHOOLPLEINVERBOD_GEEN_DUUR: {
    nl: 'Vermeld hoe lang het verbod duurt (een einddatum).',
    en: 'State how long the ban lasts (an end date).',
  },
  SCHOOLPLEINVERBOD_EINDE_VOOR_BEGIN: {
    nl: 'Herstel de einddatum van het verbod: die ligt vóór de begindatum.',
    en: 'Correct the end date of the ban: it is before the start date.',
  },
  SCHOOLPLEINVERBOD_BEGIN_VOOR_BRIEF: {
    nl: 'Herstel de begindatum van het verbod: die ligt vóór de datum van de brief.',
    en: 'Correct the start date of the ban: it is before the date of the letter.',
  },
});

/** True when `code` is a step code of this package. */
export function isStapCode(code: string): code is SchorsingStapCode {
  return Object.hasOwn(STAP_CODES, code);
}
