import {
  type Besluit,
  bevries,
  type IsoDatum,
  type Overgang,
  type Pad,
  type Probleem,
  type Schoolkalender,
  type SchoolkalenderInstellingen,
  SchoolveiligheidFout,
  schoolkalender,
} from '@schoolveiligheid/kern';
import type { SchorsingProbleemCode, SchorsingRedenCode } from '../codes/codes.js';
import { eisObject, isObjectInvoer, probleemVan } from '../invoer/invoer.js';
import type { BestredenBesluit, BezwaarInvoer, Verzuimherstel } from '../bezwaar/bezwaar.js';
import type { Schoolpleinverbod } from '../schoolpleinverbod/schoolpleinverbod.js';
import type { Schorsing } from '../schorsing/schorsing.js';
import type { BenaderdeSchool } from '../verwijdering/verwijdering.js';
import type { Gebeurtenis, GebeurtenisType, SchorsingKop } from './gebeurtenissen.js';

/** One schorsing in the derived state. */
export interface SchorsingInDossier {
  readonly besluitdatum: IsoDatum;
  readonly schorsing: Schorsing;
  /** Whether a talk about schorsing or verwijdering took place before the decision (seed step 1). */
  readonly gesprekVooraf: boolean;
  /** The day the letter made the schorsing known: the day it was sent, or for an electronic letter the day of the moment that counts as sending. */
  readonly briefVerzonden?: IsoDatum;
  /**
   * How the letter was made known and why on that day (Awb 3:41 lid 1; electronic: Awb 2:17 lid 1 or 2:19, as in
   * force on the day of sending). Present only when the event recorded its `wijze` (release 0.3 on).
   */
  readonly bekendmaking?: Besluit<IsoDatum, SchorsingRedenCode>;
  readonly inspectieGemeld?: { readonly datum: IsoDatum; readonly registratienummer?: string };
  readonly leerplichtGemeld?: IsoDatum;
  readonly schoolwerkGeregeld?: IsoDatum;
  /**
   * Present when this schorsing follows an earlier one without a school day in between and the run is longer
   * than the maximum: only accepted with a recorded reason, which the notice to the inspectie must mention.
   */
  readonly aansluitend?: { readonly redenVastgelegd: boolean };
  /** Lifted early (decided on `datum`): the pupil is back on `terugOp`; later days no longer count. */
  readonly opgeheven?: { readonly datum: IsoDatum; readonly terugOp: IsoDatum };
  /**
   * Revoked (made known on `datum`): no notice to the inspectie and no bezwaartermijn any more; the school days up
   * to and including `datum` that the pupil already missed keep counting.
   */
  readonly ingetrokken?: { readonly datum: IsoDatum };
}

/**
 * The school days of a schorsing the pupil actually misses: all of them, or after an early lifting those before
 * the day the pupil is back, or after a revocation those up to and including its day (the SDK's reading, WPO 40c
 * lid 1 being silent).
 *
 * @example
 * ```ts
 * import { gemisteSchooldagen, nieuwDossier, verwerkAlle, toestand } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-8', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerkAlle(d.waarde, [
 *   { type: 'schorsing-besloten', datum: '2026-03-09', ingangsdatum: '2026-03-09', duur: { aantal: 5, eenheid: 'schooldagen' } },
 *   { type: 'schorsing-opgeheven', datum: '2026-03-10', terugOp: '2026-03-11' },
 * ]) : d;
 * const t = r.ok ? toestand(r.waarde) : r;
 * t.ok && t.waarde.schorsingen[0] ? gemisteSchooldagen(t.waarde.schorsingen[0]) : []; //=> ['2026-03-09', '2026-03-10']
 * ```
 */
export function gemisteSchooldagen(s: SchorsingInDossier): readonly IsoDatum[] {
  eisObject(s, 'gemisteSchooldagen');
  const ruw: unknown = s.schorsing;
  if (!isObjectInvoer(ruw) || !Array.isArray(ruw.schooldagen))
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'gemisteSchooldagen verwacht een schorsing uit de toestand van een dossier.',
      { functie: 'gemisteSchooldagen' },
    );
  const { opgeheven, ingetrokken } = s;
  const dagen = s.schorsing.schooldagen;
  if (!opgeheven && !ingetrokken) return dagen;
  return dagen.filter(
    (d) => (!opgeheven || d < opgeheven.terugOp) && (!ingetrokken || d <= ingetrokken.datum),
  );
}

/** The ground of Awb 7:3 on which the hearing on a bezwaar was left out (sub a, b, c, d, e in that order). */
export type HorenAchterwegeGrond =
  | 'kennelijk-niet-ontvankelijk'
  | 'kennelijk-ongegrond'
  | 'afgezien'
  | 'geen-reactie'
  | 'volledig-tegemoetgekomen';

/** A bezwaar in the derived state. */
export interface BezwaarInDossier {
  readonly tegen: 'schorsing' | 'verwijdering';
  /** Against a schorsing: which one, counted from 1 in the order of the dossier's schorsingen. */
  readonly schorsing?: number;
  readonly ontvangen: IsoDatum;
  /** Postmark date when it came by post. */
  readonly terPost?: IsoDatum;
  /** A bezwaar received electronically: whether it came by a route the board opened (Awb 2:15 lid 1; WPO 4d with Awb 2:14). */
  readonly elektronisch?: Besluit<boolean, SchorsingRedenCode>;
  /** Requests to repair an omission (Awb 6:6), in order; the Awb decision term stands still meanwhile (Awb 7:10 lid 2). */
  readonly verzuimherstel?: readonly Verzuimherstel[];
  /** Whether it was on time (Awb 6:9 or WPO 63); absent while the decision's bekendmaking is not recorded. */
  readonly tijdig?: Besluit<boolean, SchorsingRedenCode>;
  /** Day the board adjourned its decision (Awb 7:10 lid 3). */
  readonly verdaagd?: IsoDatum;
  /** Further delay made known on `op`, to `tot`, on a ground of Awb 7:10 lid 4 (the latest, when more than one). */
  readonly uitgesteld?: {
    readonly op: IsoDatum;
    readonly tot: IsoDatum;
    readonly grond: 'alle-belanghebbenden' | 'instemming-indiener' | 'wettelijke-procedure';
  };
  /** The parents were heard again after the bezwaar. */
  readonly gehoord: boolean;
  /** From when the bezwaar and its documents lay for inspection (Awb 7:4 lid 2). */
  readonly stukkenTerInzage?: IsoDatum;
  /** The hearing (Awb 7:2), and whether the documents lay for inspection at least a week before it (Awb 7:4 lid 2) or the parents agreed to leave that out (lid 5). */
  readonly hoorzitting?: { readonly datum: IsoDatum; readonly stukkenTijdig: boolean };
  /** The day the parents agreed the documents need not lie for inspection (Awb 7:4 lid 5). */
  readonly inzageAchterwege?: IsoDatum;
  /** Why the hearing was left out, recorded (Awb 7:3 sub a to e). */
  readonly horenAchterwege?: {
    readonly datum: IsoDatum;
    readonly grond: HorenAchterwegeGrond;
    /** Awb 7:3 sub d: the last day of the term the parents had to say they want to be heard. */
    readonly reactietermijnTot?: IsoDatum;
  };
  /** Day the report of the hearing was made (Awb 7:7). */
  readonly verslag?: IsoDatum;
  readonly beslissing?: { readonly datum: IsoDatum; readonly uitkomst: 'gehandhaafd' | 'herroepen' };
}

/** The verwijdering part of the derived state. */
export interface VerwijderingInDossier {
  /** Whether any verwijdering step was recorded. */
  readonly gestart: boolean;
  readonly gehoord: { readonly leerkracht: boolean; readonly ouders: boolean; readonly leerling: boolean };
  readonly onderzoeksdossier: boolean;
  readonly voornemen?: IsoDatum;
  /** The latest school of the inventory that is willing to admit the pupil (WPO 40 lid 11). */
  readonly ontvangendeSchool?: {
    readonly schoolId: string;
    readonly schriftelijkBevestigd: boolean;
    readonly bereidPer: IsoDatum;
  };
  /**
   * The inventory of schools approached, one row per school with its latest answer (`school-benaderd`; an
   * `ontvangende-school` event of an older dossier is a row with the answer `bereid`). Absent: none yet.
   */
  readonly benaderdeScholen?: readonly BenaderdeSchool[];
  readonly besluit?: {
    readonly datum: IsoDatum;
    readonly verwijderingsdatum: IsoDatum;
    /** How the decision was made known and on which day, when the event recorded its `wijze` (release 0.3 on). */
    readonly bekendmaking?: Besluit<IsoDatum, SchorsingRedenCode>;
  };
  readonly inspectieGemeld?: IsoDatum;
  readonly leerplichtGemeld?: IsoDatum;
}

/** The state derived from a dossier's events by `toestand`: frozen, the same for the same events. */
export interface Toestand {
  readonly schorsingen: readonly SchorsingInDossier[];
  readonly verwijdering: VerwijderingInDossier;
  readonly bezwaren: readonly BezwaarInDossier[];
  readonly gpo?: { readonly ingediend: IsoDatum; readonly oordeel?: IsoDatum };
  readonly crisisplaatsing?: {
    readonly datum: IsoDatum;
    readonly route: 'in-plaats-van' | 'naast';
    readonly beeindigd?: { readonly datum: IsoDatum; readonly vervolg: string };
  };
  readonly schoolpleinverboden: readonly {
    readonly verbod: Schoolpleinverbod;
    readonly wijkagent?: { readonly datum: IsoDatum; readonly kopieBrief: boolean };
  }[];
  /**
   * A talk with the pupil and parents about the schorsing or verwijdering (not about bezwaar) has taken place.
   * A flag, not a list of the talks: those are in the dossier's events, and a state that grows with its events
   * would make the fold quadratic.
   */
  readonly gesprekGevoerd: boolean;
  /** Date of the last event. */
  readonly laatsteDatum?: IsoDatum;
}

/** The state of a dossier without events (frozen: every dossier starts from it). */
export const LEGE_TOESTAND: Toestand = /* @__PURE__ */ bevries({
  schorsingen: [],
  verwijdering: {
    gestart: false,
    gehoord: { leerkracht: false, ouders: false, leerling: false },
    onderzoeksdossier: false,
  },
  bezwaren: [],
  schoolpleinverboden: [],
  gesprekGevoerd: false,
});

/** The handlers of some event types: `controleer` (coded problems) and a pure `pasToe`. */
export type Handlers<T extends GebeurtenisType> = {
  readonly [K in T]: Overgang<SchorsingKop, Extract<Gebeurtenis, { readonly type: K }>, Toestand>;
};

/** The state after an event: the changes, the event's date, frozen (the kernel caches the fold). */
export function na(t: Toestand, g: Gebeurtenis, wijziging: Partial<Toestand>): Toestand {
  return bevries({ ...t, ...wijziging, laatsteDatum: g.datum });
}

/** One coded problem that refuses an event. */
export function weiger(code: SchorsingProbleemCode, pad: Pad, melding: string): Probleem[] {
  return [probleemVan(code, pad, melding)];
}

/** A guard of a handler's `controleer`: when `geldt`, the event is refused with this code, field and message. */
export type Weigering = readonly [geldt: boolean, code: SchorsingProbleemCode, pad: Pad, melding: string];

/** The first guard that holds refuses the event (handlers list their guards in order), or none does. */
export function eersteWeigering(...weigeringen: readonly Weigering[]): Probleem[] {
  const w = weigeringen.find(([geldt]) => geldt);
  if (!w) return [];
  const [, code, pad, melding] = w;
  return weiger(code, pad, melding);
}

/**
 * For a `pasToe` whose `controleer` already refused the impossible: throws (the kernel turns a thrown
 * `SchoolveiligheidFout` into a problem), so a handler never folds a state it did not check.
 */
export function onmogelijk(): never {
  throw new SchoolveiligheidFout(
    'DOSSIER_ONGELDIG',
    'Deze gebeurtenis past niet bij de toestand van het dossier.',
  );
}

export function laatsteSchorsing(t: Toestand): SchorsingInDossier | undefined {
  return t.schorsingen.at(-1);
}

/**
 * The schorsing (counted from 1) an event about a bezwaar is against: its `schorsingNummer`, or the latest
 * schorsing when it names none (dossiers stored before the number existed). `undefined` for a verwijdering.
 */
export function schorsingVanBezwaar(
  t: Toestand,
  g: { readonly tegen: 'schorsing' | 'verwijdering'; readonly schorsingNummer?: number | undefined },
): number | undefined {
  if (g.tegen !== 'schorsing') return undefined;
  return g.schorsingNummer ?? t.schorsingen.length;
}

/**
 * The day the contested decision was made known: the letter of schorsing `nummer` (counted from 1; default the
 * latest), or the verwijdering decision.
 */
export function bekendmakingVan(
  t: Toestand,
  tegen: 'schorsing' | 'verwijdering',
  nummer?: number,
): IsoDatum | undefined {
  return tegen === 'schorsing'
    ? t.schorsingen[(nummer ?? t.schorsingen.length) - 1]?.briefVerzonden
    : (t.verwijdering.besluit?.bekendmaking?.uitkomst ?? t.verwijdering.besluit?.datum);
}

/** The day the contested decision was taken: schorsing `nummer` (default the latest), or the verwijdering. */
export function besluitdatumVan(
  t: Toestand,
  tegen: 'schorsing' | 'verwijdering',
  nummer?: number,
): IsoDatum | undefined {
  return tegen === 'schorsing'
    ? t.schorsingen[(nummer ?? t.schorsingen.length) - 1]?.besluitdatum
    : t.verwijdering.besluit?.datum;
}

/**
 * What the dossier holds for `berekenBezwaartermijnen`: the decision against `tegen` (schorsing `nummer`,
 * default the latest) made known on `bekendmaking`, and its bezwaar, if any. The repair of omissions (Awb 7:10
 * lid 2) and the advisory committee (Awb 7:13) are passed on the Awb path only, an openbare school's schorsing:
 * WPO 40 lid 12 departs from Awb 7:10 as a whole, and a bijzondere school is not under the Awb. The handlers
 * that check a new adjournment or delay put the event's own day over the stored one.
 */
export function bezwaarInvoer(
  t: Toestand,
  kop: SchorsingKop,
  tegen: BestredenBesluit,
  bekendmaking: IsoDatum,
  bezwaar: BezwaarInDossier | undefined,
  nummer?: number,
): BezwaarInvoer {
  const besluitdatum = besluitdatumVan(t, tegen, nummer);
  const awbPad = kop.denominatie === 'openbaar' && tegen === 'schorsing';
  const opVerwijdering = tegen === 'verwijdering';
  return {
    denominatie: kop.denominatie,
    tegen,
    bekendmaking,
    ...(bezwaar ? { bezwaarOntvangen: bezwaar.ontvangen } : {}),
    ...(besluitdatum ? { besluitdatum } : {}),
    ...(bezwaar?.terPost ? { bezwaarTerPost: bezwaar.terPost } : {}),
    ...(bezwaar?.verdaagd ? { verdaagdOp: bezwaar.verdaagd } : {}),
    ...(bezwaar?.uitgesteld ? { uitstel: bezwaar.uitgesteld } : {}),
    ...(awbPad && bezwaar?.verzuimherstel?.length ? { verzuimherstel: bezwaar.verzuimherstel } : {}),
    ...(awbPad && kop.bezwaarcommissie ? { adviescommissie: true } : {}),
    ...(opVerwijdering && t.gpo ? { gpoIngediend: t.gpo.ingediend } : {}),
    ...(opVerwijdering && t.gpo?.oordeel ? { gpoOordeel: t.gpo.oordeel } : {}),
  };
}

/**
 * The undecided bezwaar against the verwijdering, or against schorsing `nummer`; without a number the most
 * recent undecided bezwaar against any schorsing (how a dossier stored before the number existed reads).
 */
export function openBezwaar(
  t: Toestand,
  tegen: 'schorsing' | 'verwijdering',
  nummer?: number,
): BezwaarInDossier | undefined {
  return [...t.bezwaren]
    .reverse()
    .find(
      (b) =>
        b.tegen === tegen &&
        !b.beslissing &&
        (tegen === 'verwijdering' || nummer === undefined || b.schorsing === nummer),
    );
}

export function vervangLaatste<T>(lijst: readonly T[], nieuw: T): T[] {
  return [...lijst.slice(0, -1), nieuw];
}

export function vervang<T>(lijst: readonly T[], oud: T, nieuw: T): T[] {
  return lijst.map((x) => (x === oud ? nieuw : x));
}

/**
 * Calendars per settings object, with the settings' JSON next to it: a settings object changed in place
 * after its calendar was built gives a new calendar, never a stale one.
 */
const kalenders = /* @__PURE__ */ new WeakMap<
  SchoolkalenderInstellingen,
  { readonly json: string; readonly kalender: Schoolkalender }
>();

/**
 * The school calendar of a dossier header (or of any object with calendar settings), built from its
 * settings. Calendars are cached per settings object and checked against the settings' content, so a
 * settings object a caller changes in place never gives a stale calendar.
 *
 * @example
 * ```ts
 * import { kalenderVan } from '@schoolveiligheid/schorsing';
 * kalenderVan({ kalender: { regio: 'zuid' } }).isSchooldag('2025-10-14'); //=> false
 * ```
 */
export function kalenderVan(kop: { readonly kalender: SchoolkalenderInstellingen }): Schoolkalender {
  eisObject(kop, 'kalenderVan');
  const instellingen = kop.kalender;
  if (typeof instellingen !== 'object' || instellingen === null) return schoolkalender(instellingen);
  const json = JSON.stringify(instellingen);
  const bekend = kalenders.get(instellingen);
  if (bekend && bekend.json === json) return bekend.kalender;
  const kalender = schoolkalender(instellingen);
  kalenders.set(instellingen, { json, kalender });
  return kalender;
}
