// The AP notification form: the AP's form since 2021 by default, the seed's 2018 form (Bijlage 15) as the
// seed preset (`formulier: 'seed-2018'`). One entry per question a school asks: what is still missing, what
// a registration already answers, and in which phase a notification is (AVG 33(4)).
import { isTijdstip, type Resultaat, epochMs } from '@schoolveiligheid/kern';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import { eisOpties, isObject, ongeldigeInvoer } from '../bewaak.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import {
  type ApMelding,
  type ApMeldingFase,
  type ApVeld,
  apMeldingSchema,
  controleer2021,
  faseVan,
  type VerwerkerMoment,
  vulIn2021,
} from './ap2021.js';
import { eisIncidentEnBeoordeling, eisTekst } from './gedeeld.js';
import { type ApMelding2018, apMelding2018Schema, controleer2018, vulIn2018 } from './seed2018.js';
import { AP_FORMULIER_VRAGEN } from './vragen.data.js';
import {
  AP_FORMULIER_2021,
  AP_ONDERDELEN_2021,
  type ApOnderdeel2021,
  type ApVraag2021,
  UITSTELBARE_VRAGEN,
  type UitstelbareVraag,
} from './vragen2021.data.js';

export type {
  ApMelding,
  ApMelding2018,
  ApMeldingFase,
  ApOnderdeel2021,
  ApVeld,
  ApVraag2021,
  UitstelbareVraag,
  VerwerkerMoment,
};
export {
  AP_FORMULIER_2021,
  AP_FORMULIER_VRAGEN,
  AP_ONDERDELEN_2021,
  apMelding2018Schema,
  apMeldingSchema,
  UITSTELBARE_VRAGEN,
};

/**
 * The forms the SDK knows: `ap-2021`, the AP's "Meldformulier datalekken" in use since 2021 (the default), and
 * `seed-2018`, the form of the seed's Bijlage 15 (the AP's form before 2021), kept as the seed preset.
 *
 * @example
 * ```ts
 * import { AP_FORMULIER_VERSIES } from '@schoolveiligheid/datalek';
 * AP_FORMULIER_VERSIES; //=> ['ap-2021', 'seed-2018']
 * ```
 */
export const AP_FORMULIER_VERSIES = ['ap-2021', 'seed-2018'] as const;

/** A form of {@link AP_FORMULIER_VERSIES}. */
export type ApFormulierVersie = (typeof AP_FORMULIER_VERSIES)[number];

/** Options of {@link controleerApMelding} and {@link apMeldingFase}. */
export interface ApControleOpties {
  /** The report is made after the 72 hours: the reasons for the delay are then required (AVG 33(1)). */
  readonly naTermijn?: boolean;
  /** Which form: `ap-2021` (default) or the seed preset `seed-2018`. */
  readonly formulier?: ApFormulierVersie;
}

/** Options of {@link apMeldingUitIncident}. */
export interface ApInvulOpties {
  /** Which form: `ap-2021` (default) or the seed preset `seed-2018`. */
  readonly formulier?: ApFormulierVersie;
  /**
   * A supplier breach (AVG 33(2)): when the verwerker informed the school. The form's moment of discovery is
   * then the school's (`verwerker.schoolGeinformeerdOp` of the `gemeld` event); `incident.ontdektOp` is the
   * verwerker's own discovery.
   */
  readonly verwerker?: VerwerkerMoment;
  /** The text of the message to the data subjects, when they are informed (AVG 34(2)); stored, never echoed. */
  readonly mededeling?: string;
}

function eisFormulier(o: Readonly<Record<string, unknown>>): ApFormulierVersie {
  const f = o.formulier;
  if (f === undefined) return 'ap-2021';
  if (typeof f !== 'string' || !(AP_FORMULIER_VERSIES as readonly string[]).includes(f))
    ongeldigeInvoer('formulier is ap-2021 of seed-2018.');
  return f as ApFormulierVersie;
}

function eisNaTermijn(o: Readonly<Record<string, unknown>>): boolean {
  if (o.naTermijn !== undefined && typeof o.naTermijn !== 'boolean')
    ongeldigeInvoer('naTermijn is waar of onwaar.');
  return o.naTermijn === true;
}

/**
 * Checks a draft AP notification for completeness: every question of the form that is asked (the questions
 * after another answer only when that answer is given: the follow-up number for a follow-up, the message and
 * its means when data subjects are informed, the reason when not, how data were encrypted, the end of a breach
 * that is over, the reasons for delay after 72 hours). On the AP's form since 2021 (the default) a question
 * that is not known yet may be listed in `openVragen` (AVG 33(4)); {@link apMeldingFase} then says what a
 * follow-up must still answer. Returns the notification when complete, otherwise one `VRAAG_ONBEANTWOORD`
 * problem per missing answer, naming its section (2021) or question number (2018), never the input. Throws
 * `ONGELDIGE_INVOER` when `opties` is not an object, `naTermijn` not a boolean or `formulier` unknown.
 *
 * @example
 * ```ts
 * import { controleerApMelding } from '@schoolveiligheid/datalek';
 * const r = controleerApMelding({ aantalBetrokkenen: 28, betrokkenenGeinformeerd: 'nee' });
 * r.ok; //=> false
 * r.ok ? [] : r.problemen.some((p) => p.pad[0] === 'redenNietInformeren'); //=> true
 * r.ok ? [] : r.problemen.some((p) => p.pad[0] === 'contactpunt'); //=> true
 * const oud = controleerApMelding({ aantalBetrokkenen: 28 }, { formulier: 'seed-2018' });
 * oud.ok ? [] : oud.problemen.find((p) => p.pad[0] === 'volledig')?.parameters; //=> { veld: 'volledig', vraag: 44 }
 * ```
 */
export function controleerApMelding(
  concept: unknown,
  opties: ApControleOpties & { readonly formulier: 'seed-2018' },
): Resultaat<ApMelding2018>;
export function controleerApMelding(
  concept: unknown,
  opties?: ApControleOpties & { readonly formulier?: 'ap-2021' },
): Resultaat<ApMelding>;
export function controleerApMelding(
  concept: unknown,
  opties?: ApControleOpties,
): Resultaat<ApMelding> | Resultaat<ApMelding2018>;
export function controleerApMelding(
  concept: unknown,
  opties?: ApControleOpties,
): Resultaat<ApMelding> | Resultaat<ApMelding2018> {
  const o = eisOpties(opties);
  const naTermijn = eisNaTermijn(o);
  return eisFormulier(o) === 'seed-2018'
    ? controleer2018(concept, naTermijn)
    : controleer2021(concept, naTermijn);
}

/**
 * The phase of a notification on the AP's form since 2021 (AVG 33(4)): a first notification with the
 * questions still open, a supplement (aanvulling) that answers them, a correction (wijziging) or a withdrawal
 * (intrekking, for instance because it turned out not to be a breach: EDPB 9/2022 nr. 60). Says which
 * questions a follow-up must still answer, that no source read gives a term for it (the AVG: "zonder verdere
 * onredelijke vertraging"), and which dossier event it is (`ap-gemeld` or `vervolgmelding`, with `volledig`
 * and `ingetrokken`). Returns the problems of {@link controleerApMelding} when a question is neither answered
 * nor listed as open. Throws `ONGELDIGE_INVOER` for bad options, or for `formulier: 'seed-2018'` (that form
 * has no phases of its own: question 44 asks whether the report is complete).
 *
 * @example
 * ```ts
 * import { apMeldingFase, apMeldingUitIncident, beoordeelIncident } from '@schoolveiligheid/datalek';
 * const incident = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'hack', omschrijving: 'Inbraak in het LVS', persoonsgegevens: 'ja', inbreuk: ['vertrouwelijkheid'],
 *   categorieen: ['identificerend'], betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 400 },
 *   versleuteling: 'geen', sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'onbekend', maatregelen: [],
 * } as const;
 * const eerste = {
 *   ...apMeldingUitIncident(incident, beoordeelIncident(incident).uitkomst),
 *   organisatie: { naam: 'Stichting Voorbeeld', adres: 'Schoolstraat 1', postcode: '1234 AB', plaats: 'Voorbeeld' },
 *   melder: { naam: 'privacyfunctionaris', functie: 'privacyfunctionaris', email: 'privacy@example.org', telefoon: '000-0000000' },
 *   contactpunt: { zelfdeAlsMelder: true },
 *   samenvatting: 'Inbraak in het leerlingvolgsysteem.',
 *   andereEuLanden: 'nee',
 *   openVragen: ['andereOrganisatie', 'duurtVoort', 'oorzaak', 'aantalRecords', 'maatregelenVooraf', 'maatregelen', 'tijdstipInformeren', 'inhoudMededeling', 'aantalGeinformeerd', 'communicatiemiddelen'],
 * } as const;
 * const fase = apMeldingFase(eerste);
 * fase.ok ? fase.waarde.open.length : -1; //=> 10
 * fase.ok ? fase.waarde.gebeurtenis : undefined; //=> { type: 'ap-gemeld', volledig: false }
 * fase.ok ? fase.waarde.termijnVervolgmelding.termijn : undefined; //=> null
 * ```
 */
export function apMeldingFase(concept: unknown, opties?: ApControleOpties): Resultaat<ApMeldingFase> {
  const o = eisOpties(opties);
  const naTermijn = eisNaTermijn(o);
  if (eisFormulier(o) === 'seed-2018')
    ongeldigeInvoer('Het formulier van 2018 kent geen fasen; gebruik het formulier van de AP sinds 2021.');
  const r = controleer2021(concept, naTermijn);
  return r.ok ? { ok: true, waarde: faseVan(r.waarde, naTermijn) } : r;
}

function eisVerwerker(w: unknown, incident: Beveiligingsincident): VerwerkerMoment | undefined {
  if (w === undefined) return undefined;
  const op = isObject(w) ? w.schoolGeinformeerdOp : undefined;
  if (!isTijdstip(op)) ongeldigeInvoer('verwerker.schoolGeinformeerdOp is een tijdstip met tijdzone.');
  if (epochMs(op) < epochMs(incident.ontdektOp))
    ongeldigeInvoer(
      'De verwerker kan de school niet hebben geïnformeerd vóór de ontdekking van het incident.',
    );
  return { schoolGeinformeerdOp: op };
}

/**
 * Pre-fills the AP form from a registered incident and its decision: what the registration already answers
 * (the timeline's start and discovery, numbers of people and records, nature, data types, special categories,
 * consequences and their severity, encryption, whether and how data subjects are informed, legal basis). For a
 * supplier breach (`opties.verwerker`) the moment of discovery is when the verwerker informed the school (AVG
 * 33(2)) and the verwerker is the other organisation involved. `opties.mededeling` is the message text to the
 * data subjects. Organisation, reporter, contact point, summary, cause and measures are left for the
 * privacyfunctionaris; {@link controleerApMelding} lists them. The default form is the AP's since 2021;
 * `formulier: 'seed-2018'` gives the seed's Bijlage 15. Throws `ONGELDIGE_INVOER` when `incident` is not a
 * valid registration, `beoordeling` not an outcome of `beoordeelIncident`, or an option is wrong (a moment
 * before the incident's discovery, an empty message).
 *
 * @example
 * ```ts
 * import { apMeldingUitIncident, beoordeelIncident } from '@schoolveiligheid/datalek';
 * const incident = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'diefstal', omschrijving: 'Laptop gestolen', persoonsgegevens: 'ja', inbreuk: ['vertrouwelijkheid'],
 *   categorieen: ['gezondheid-zorg'], betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 28 },
 *   versleuteling: 'geen', sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'ja', maatregelen: [],
 * } as const;
 * const concept = apMeldingUitIncident(incident, beoordeelIncident(incident).uitkomst);
 * concept.aantalBetrokkenen; //=> 28
 * concept.betrokkenenGeinformeerd; //=> 'ja'
 * concept.bijzondereGegevens; //=> 'ja'
 * const oud = apMeldingUitIncident(incident, beoordeelIncident(incident).uitkomst, { formulier: 'seed-2018' });
 * oud.sector; //=> 'onderwijs'
 * ```
 */
export function apMeldingUitIncident(
  incident: Beveiligingsincident,
  beoordeling: Beoordeling,
  opties: ApInvulOpties & { readonly formulier: 'seed-2018' },
): ApMelding2018;
export function apMeldingUitIncident(
  incident: Beveiligingsincident,
  beoordeling: Beoordeling,
  opties?: ApInvulOpties & { readonly formulier?: 'ap-2021' },
): ApMelding;
export function apMeldingUitIncident(
  incident: Beveiligingsincident,
  beoordeling: Beoordeling,
  opties?: ApInvulOpties,
): ApMelding | ApMelding2018;
export function apMeldingUitIncident(
  incident: Beveiligingsincident,
  beoordeling: Beoordeling,
  opties?: ApInvulOpties,
): ApMelding | ApMelding2018 {
  eisIncidentEnBeoordeling(incident, beoordeling);
  const o = eisOpties(opties);
  const formulier = eisFormulier(o);
  const verwerker = eisVerwerker(o.verwerker, incident);
  const mededeling = eisTekst(o.mededeling, 'mededeling');
  return formulier === 'seed-2018'
    ? vulIn2018(incident, beoordeling, mededeling)
    : vulIn2021(incident, beoordeling, verwerker, mededeling);
}

/**
 * The fields both forms ask with the same meaning, which {@link apMeldingUitIncident} answers the same way from
 * a registration in both (a property test holds them equal).
 *
 * @example
 * ```ts
 * import { GEDEELDE_VELDEN } from '@schoolveiligheid/datalek';
 * GEDEELDE_VELDEN.includes('aantalBetrokkenen'); //=> true
 * ```
 */
export const GEDEELDE_VELDEN: readonly (ApVeld & keyof ApMelding2018)[] = [
  'wettelijkeGrondslag',
  'aantalBetrokkenen',
  'groepBetrokkenen',
  'tijdstipInbreuk',
  'aardInbreuk',
  'soortGegevens',
  'gevolgen',
  'betrokkenenGeinformeerd',
  'versleuteld',
  'inhoudMededeling',
];
