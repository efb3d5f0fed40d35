// The AP's notification form since 2021 as a table: one row per question, with its section, whether it is
// always asked or only after another answer, whether it may follow in a later phase (AVG 33(4)) and its source.
// Data of the form, not law: the sections come from re-creations of the form (see AP_MELDFORMULIER_2021).
import type { Bron } from '@schoolveiligheid/kern';
import {
  AP_AANVULLEN_INTREKKEN,
  AP_MELDFORMULIER_2021,
  AP_PRIVACYVERKLARING_MELDEN,
  AVG_33_1,
  AVG_33_3_A,
  AVG_33_3_B,
  AVG_33_3_C,
  AVG_33_3_D,
  AVG_33_4_FASEN,
  AVG_34_1,
  AVG_34_2,
  AVG_34_3_C,
  EDPB_9_2022_FASEN,
  EDPB_9_2022_VERWERKER,
} from '../bronnen/bronnen.js';

/**
 * The questions that may be answered in a later phase (AVG 33(4)): the content of AVG 33(3) that may not be
 * known within 72 hours. Who reports, the contact point, the moment of discovery and the summary are never
 * among them: a first notification always gives those.
 *
 * @example
 * ```ts
 * import { UITSTELBARE_VRAGEN } from '@schoolveiligheid/datalek';
 * UITSTELBARE_VRAGEN.includes('aantalBetrokkenen'); //=> true
 * (UITSTELBARE_VRAGEN as readonly string[]).includes('contactpunt'); //=> false
 * ```
 */
export const UITSTELBARE_VRAGEN = [
  'andereOrganisatie',
  'tijdstipInbreuk',
  'duurtVoort',
  'eindeInbreuk',
  'aardInbreuk',
  'oorzaak',
  'soortGegevens',
  'bijzondereGegevens',
  'aantalRecords',
  'aantalBetrokkenen',
  'groepBetrokkenen',
  'maatregelenVooraf',
  'versleuteld',
  'wijzeVersleuteling',
  'gevolgen',
  'ernstGevolgen',
  'maatregelen',
  'tijdstipInformeren',
  'wijzeInformeren',
  'inhoudMededeling',
  'aantalGeinformeerd',
  'communicatiemiddelen',
  'redenNietInformeren',
  'gemeldAndereToezichthouders',
] as const;

/** A question that may be answered in a later phase; see {@link UITSTELBARE_VRAGEN}. */
export type UitstelbareVraag = (typeof UITSTELBARE_VRAGEN)[number];

/**
 * The sections of the form since 2021, by number (0-8; section 9 "Overig" has no question the SDK models).
 *
 * @example
 * ```ts
 * import { AP_ONDERDELEN_2021 } from '@schoolveiligheid/datalek';
 * AP_ONDERDELEN_2021[2]; //=> 'Tijdlijn'
 * ```
 */
export const AP_ONDERDELEN_2021 = /* @__PURE__ */ Object.freeze({
  0: 'Over deze melding',
  1: 'Contactgegevens en algemene informatie',
  2: 'Tijdlijn',
  3: 'Gegevens over het datalek',
  4: 'Persoonsgegevens',
  5: 'De groep betrokkenen',
  6: 'Maatregelen voordat het datalek plaatsvond',
  7: 'Gevolgen van het datalek',
  8: 'Vervolgacties',
} as const);

/** The number of a section of the form since 2021. */
export type ApOnderdeel2021 = keyof typeof AP_ONDERDELEN_2021;

/** One question of the AP form since 2021. */
export interface ApVraag2021<V extends string = string> {
  /** The field of the answer in `ApMelding`. */
  readonly veld: V;
  readonly onderdeel: ApOnderdeel2021;
  /** Dutch label, used in messages. */
  readonly label: string;
  /** `altijd`: every notification; `voorwaardelijk`: after another answer (see `voorwaarde`); `optioneel`. */
  readonly vereist: 'altijd' | 'voorwaardelijk' | 'optioneel';
  /** When a `voorwaardelijk` question is asked, in Dutch. */
  readonly voorwaarde?: string;
  /** May be left for a follow-up (AVG 33(4)) by listing it in `openVragen`. */
  readonly uitstelbaar: boolean;
  /** Also asked when the notification is withdrawn. */
  readonly bijIntrekking: boolean;
  readonly bron: Bron;
}

type Rij = readonly [
  veld: string,
  onderdeel: ApOnderdeel2021,
  label: string,
  vereist: ApVraag2021['vereist'],
  bron: Bron,
  voorwaarde?: string,
];

const BIJ_INTREKKING = /* @__PURE__ */ new Set(['soortMelding', 'vervolgOp', 'redenIntrekking', 'toelichtingVervolg']);
const BIJ_INTREKKING_ALTIJD = /* @__PURE__ */ new Set(['wettelijkeGrondslag', 'organisatie', 'melder']);
const UITSTELBAAR = /* @__PURE__ */ new Set<string>(UITSTELBARE_VRAGEN);

const RIJEN: readonly Rij[] = [
  ['soortMelding', 0, 'soort melding (eerste melding, aanvulling, wijziging of intrekking)', 'altijd', AP_AANVULLEN_INTREKKEN],
  ['vervolgOp', 0, 'nummer van de eerdere melding', 'voorwaardelijk', AP_AANVULLEN_INTREKKEN, 'bij een aanvulling, wijziging of intrekking'],
  ['toelichtingVervolg', 0, 'toelichting op de wijziging of intrekking', 'voorwaardelijk', AP_AANVULLEN_INTREKKEN, 'bij een wijziging, en bij een intrekking om een andere reden'],
  ['redenIntrekking', 0, 'reden van de intrekking', 'voorwaardelijk', EDPB_9_2022_FASEN, 'bij een intrekking'],
  ['wettelijkeGrondslag', 0, 'op grond van welke regelgeving de melding wordt gedaan', 'altijd', AP_MELDFORMULIER_2021],
  ['openVragen', 0, 'vragen die nog niet te beantwoorden zijn (melding in fasen)', 'optioneel', AVG_33_4_FASEN],
  ['organisatie', 1, 'gegevens van de organisatie', 'altijd', AP_MELDFORMULIER_2021],
  ['melder', 1, 'gegevens van de persoon die meldt', 'altijd', AP_PRIVACYVERKLARING_MELDEN],
  ['contactpunt', 1, 'contactpunt voor meer informatie', 'altijd', AVG_33_3_B],
  ['andereOrganisatie', 1, 'andere organisatie betrokken bij de inbreuk (zoals de verwerker)', 'altijd', EDPB_9_2022_FASEN],
  ['tijdstipInbreuk', 2, 'begin van de inbreuk', 'altijd', AP_MELDFORMULIER_2021],
  ['ontdektOp', 2, 'moment van ontdekking door de school (bij een verwerker: het bericht van de verwerker)', 'altijd', EDPB_9_2022_VERWERKER],
  ['ontdektDoorVerwerkerOp', 2, 'moment van ontdekking door de verwerker', 'optioneel', EDPB_9_2022_VERWERKER],
  ['duurtVoort', 2, 'of de inbreuk nog voortduurt', 'altijd', AP_MELDFORMULIER_2021],
  ['eindeInbreuk', 2, 'einde van de inbreuk', 'voorwaardelijk', AP_MELDFORMULIER_2021, 'als de inbreuk niet meer voortduurt'],
  ['redenVertraging', 2, 'reden voor de vertraging', 'voorwaardelijk', AVG_33_1, 'als de melding na de meldtermijn van de AVG wordt gedaan'],
  ['samenvatting', 3, 'samenvatting van het incident', 'altijd', AVG_33_3_A],
  ['aardInbreuk', 3, 'aard van de inbreuk', 'altijd', AVG_33_3_A],
  ['oorzaak', 3, 'oorzaak van de inbreuk', 'altijd', AP_MELDFORMULIER_2021],
  ['soortGegevens', 4, 'soort persoonsgegevens', 'altijd', AVG_33_3_A],
  ['bijzondereGegevens', 4, 'bijzondere categorieën van persoonsgegevens', 'altijd', AP_MELDFORMULIER_2021],
  ['aantalRecords', 4, 'aantal getroffen gegevensrecords (bij benadering)', 'altijd', AVG_33_3_A],
  ['aantalBetrokkenen', 5, 'aantal betrokken personen (bij benadering)', 'altijd', AVG_33_3_A],
  ['groepBetrokkenen', 5, 'categorieën betrokken personen', 'altijd', AVG_33_3_A],
  ['maatregelenVooraf', 6, 'maatregelen die vóór de inbreuk waren getroffen', 'altijd', AP_MELDFORMULIER_2021],
  ['versleuteld', 6, 'versleuteling of een andere manier van onbegrijpelijk maken', 'altijd', AP_MELDFORMULIER_2021],
  ['wijzeVersleuteling', 6, 'wijze van versleutelen', 'voorwaardelijk', AP_MELDFORMULIER_2021, 'als de gegevens (deels) versleuteld zijn'],
  ['gevolgen', 7, 'waarschijnlijke gevolgen voor de betrokkenen', 'altijd', AVG_33_3_C],
  ['ernstGevolgen', 7, 'inschatting van de ernst van de gevolgen', 'altijd', AP_MELDFORMULIER_2021],
  ['maatregelen', 8, 'maatregelen om de inbreuk aan te pakken en de gevolgen te beperken', 'altijd', AVG_33_3_D],
  ['betrokkenenGeinformeerd', 8, 'of de betrokkenen worden geïnformeerd', 'altijd', AVG_34_1],
  ['tijdstipInformeren', 8, 'wanneer de betrokkenen worden geïnformeerd', 'voorwaardelijk', AVG_34_1, 'als de betrokkenen worden geïnformeerd'],
  ['wijzeInformeren', 8, 'individueel of met een openbare mededeling', 'voorwaardelijk', AVG_34_3_C, 'als de betrokkenen worden geïnformeerd'],
  ['inhoudMededeling', 8, 'tekst van het bericht aan de betrokkenen', 'voorwaardelijk', AVG_34_2, 'als de betrokkenen worden geïnformeerd'],
  ['aantalGeinformeerd', 8, 'aantal geïnformeerde betrokkenen', 'voorwaardelijk', AVG_34_1, 'als de betrokkenen worden geïnformeerd'],
  ['communicatiemiddelen', 8, 'communicatiemiddelen', 'voorwaardelijk', AVG_34_1, 'als de betrokkenen worden geïnformeerd'],
  ['redenNietInformeren', 8, 'reden om de betrokkenen niet te informeren', 'voorwaardelijk', AVG_34_1, 'als de betrokkenen niet worden geïnformeerd'],
  ['andereEuLanden', 8, 'grensoverschrijdende verwerking of betrokkenen in andere EU-landen', 'altijd', AP_MELDFORMULIER_2021],
  ['gemeldAndereToezichthouders', 8, 'melding bij toezichthouders in andere EU-landen', 'voorwaardelijk', AP_MELDFORMULIER_2021, 'als er betrokkenen in andere EU-landen zijn'],
];

/**
 * The AP's notification form since 2021 as a table, in the order of the form: each question's field, section,
 * Dutch label, whether it is always asked, asked after another answer or optional, whether it may follow in a
 * later phase (AVG 33(4)), whether a withdrawal asks it, and its source (AVG 33(3) onder a-d, 33(4), 34, or the
 * AP's pages). Frozen.
 *
 * @example
 * ```ts
 * import { AP_FORMULIER_2021 } from '@schoolveiligheid/datalek';
 * const contactpunt = AP_FORMULIER_2021.find((v) => v.veld === 'contactpunt');
 * contactpunt?.onderdeel; //=> 1
 * contactpunt?.bron.artikel; //=> 'art. 33 lid 3 onder b'
 * AP_FORMULIER_2021.find((v) => v.veld === 'aantalBetrokkenen')?.uitstelbaar; //=> true
 * ```
 */
export const AP_FORMULIER_2021: readonly ApVraag2021[] = /* @__PURE__ */ Object.freeze(
  RIJEN.map(([veld, onderdeel, label, vereist, bron, voorwaarde]) =>
    Object.freeze({
      veld,
      onderdeel,
      label,
      vereist,
      ...(voorwaarde === undefined ? {} : { voorwaarde }),
      uitstelbaar: UITSTELBAAR.has(veld),
      bijIntrekking: BIJ_INTREKKING.has(veld) || BIJ_INTREKKING_ALTIJD.has(veld),
      bron,
    }),
  ),
);
