import {
  type Beleid,
  type Duur,
  dagnummer,
  epochMs,
  type IsoDatum,
  leesbareDatum,
  plusDagen,
  probleem,
  type Reden,
  type Regel,
  type Resultaat,
  naarAmsterdamsTijdstip,
  type Schoolkalender,
  SchoolveiligheidFout,
  type Sluiting,
  type Tijdstip,
  type Verantwoording,
  type WaardeOpPeildatum,
  waardeVoor,
} from '@schoolveiligheid/kern';
import { beleidVoorBerekening } from '../beleid/beleid.js';
import type { SchorsingRedenCode } from '../codes/codes.js';
import {
  controleerAantal,
  controleerDatum,
  controleerKalender,
  controleerObject,
  controleerTijdstip,
  isObjectInvoer,
} from '../invoer/invoer.js';
import { SCHORSING_GEEN_ATW, WPO_40C_DEEL_VAN_DAG, WPO_40C_WEEK_LEZING } from '../regels/bronnen.js';
import { kalenderdagenPerWeek, schooldagenPerWeek, schorsingMaxDuur } from '../regels/regels.js';
import { kalenderVerantwoording, regelVerantwoording } from '../regels/verantwoording.js';
import { type Melding, meldingenVan } from './melding.js';

/** Input of {@link berekenSchorsing}. */
export interface SchorsingInvoer {
  /** First day the pupil is excluded; it must be a school day and counts itself. */
  readonly ingangsdatum: IsoDatum;
  /** Duration: `schooldagen` (as the seed and its letters), or `kalenderdagen`/`weken` from the ingangsdatum. */
  readonly duur: Duur;
  /** The school's calendar (kern `schoolkalender`): vacations and studiedagen do not count. */
  readonly kalender: Schoolkalender;
  /** Date at which the rules are read; defaults to the ingangsdatum. */
  readonly peildatum?: IsoDatum;
  /** Date of the board's decision, start of the notification signal term; defaults to the ingangsdatum. */
  readonly besluitdatum?: IsoDatum;
  /** A school's policy on top of the statute (for example {@link SEED_2018_BELEID}). */
  readonly beleid?: Beleid;
  /**
   * The moment the schorsing takes effect, an instant with offset on the ingangsdatum (Europe/Amsterdam), for
   * example a schorsing "met onmiddellijke ingang" at 12:15. Optional: without it the ingangsdatum counts as a
   * whole day, as it does with it (the pupil misses the rest of that day); the reasons then say so.
   */
  readonly ingangsmoment?: Tijdstip;
}

/** A day inside the span of a schorsing that does not count, with the reason (vakantie, studiedag, weekend). */
export interface NietMeegeteldeDag {
  readonly datum: IsoDatum;
  readonly sluiting: Sluiting;
}

/** Outcome of {@link berekenSchorsing}: plain JSON, safe to store with the dossier. */
export interface Schorsing {
  readonly ingangsdatum: IsoDatum;
  /** The moment the schorsing took effect, when it was given. */
  readonly ingangsmoment?: Tijdstip;
  readonly duur: Duur;
  /** Last school day of the schorsing; the pupil returns on the next school day. */
  readonly laatsteDag: IsoDatum;
  /** First school day after the schorsing. */
  readonly terugOp: IsoDatum;
  /** Every school day covered, in order (the ingangsdatum first). */
  readonly schooldagen: readonly IsoDatum[];
  /** Days between ingangsdatum and laatsteDag that do not count, with why. */
  readonly nietMeegeteld: readonly NietMeegeteldeDag[];
  /** Calendar days from ingangsdatum to laatsteDag inclusive. */
  readonly kalenderdagen: number;
  /** The maximum that applied (statute or policy) with its source. */
  readonly maximum: WaardeOpPeildatum<Duur>;
  /** That maximum in school days, as the SDK reads it. */
  readonly maximumSchooldagen: number;
  /** Written notice to the inspectie (WPO 40c lid 3). */
  readonly meldingInspectie: Melding;
  /** Notice to the leerplichtambtenaar (policy; no statutory duty confirmed). */
  readonly meldingLeerplichtambtenaar: Melding;
  /** Why the schorsing runs as it does: counting, Atw, the maximum. */
  readonly redenen: readonly Reden<SchorsingRedenCode>[];
  /** Limits on certainty, for example a span over a vacation. */
  readonly waarschuwingen: readonly string[];
  /** The receipt: this package's release and a content hash of its rules and of the school calendar used. */
  readonly verantwoording: Verantwoording;
}

/** The value of one of the SDK's readings at `peildatum`, or its current value when no date is given. */
function lezing(r: Regel<number>, peildatum: IsoDatum | undefined, beleid?: Beleid): number {
  if (peildatum !== undefined) return waardeVoor(r, peildatum, beleid).waarde;
  const laatste = r.waarden.at(-1)?.waarde;
  if (typeof laatste !== 'number')
    throw new SchoolveiligheidFout('REGEL_NIET_GELDIG', `Regel ${r.id} heeft geen huidige waarde.`, {
      regel: r.id,
    });
  return laatste;
}

/**
 * The maximum in school days: `schooldagen` as given, `weken` as {@link schooldagenPerWeek} school days each
 * (5: the SDK's reading of WPO 40c, flagged `interpretatie`), read at `peildatum` (default: the current
 * reading), under `beleid` when given. Other units throw a {@link SchoolveiligheidFout} (`ONGELDIGE_INVOER`),
 * a bad date `ONGELDIGE_DATUM`, something that is not a policy `BELEID_ONGELDIG`.
 *
 * @example
 * ```ts
 * import { maximumInSchooldagen } from '@schoolveiligheid/schorsing';
 * maximumInSchooldagen({ aantal: 1, eenheid: 'weken' }); //=> 5
 * maximumInSchooldagen({ aantal: 1, eenheid: 'weken' }, '2026-11-23'); //=> 5
 * maximumInSchooldagen({ aantal: 3, eenheid: 'schooldagen' }); //=> 3
 * ```
 */
export function maximumInSchooldagen(max: Duur, peildatum?: IsoDatum, beleid?: Beleid): number {
  const ruw: unknown = max;
  if (!isObjectInvoer(ruw) || controleerAantal(ruw.aantal, ['aantal']).length > 0)
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'Een maximale schorsingsduur is een object met een geheel aantal van 1 of meer.',
    );
  if (peildatum !== undefined && controleerDatum(peildatum, ['peildatum']).length > 0)
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'De peildatum is geen geldige datum (JJJJ-MM-DD).');
  const gelezen = beleidVoorBerekening(beleid);
  if (!gelezen.ok)
    throw new SchoolveiligheidFout(
      'BELEID_ONGELDIG',
      'Het beleid heeft niet de vorm van een beleid; lees het met leesBeleid.',
      {
        problemen: gelezen.problemen.length,
      },
    );
  return inSchooldagen(max, peildatum, gelezen.waarde);
}

/** {@link maximumInSchooldagen} on validated input, with a policy already read. */
function inSchooldagen(max: Duur, peildatum: IsoDatum | undefined, beleid: Beleid | undefined): number {
  if (max.eenheid === 'schooldagen') return max.aantal;
  if (max.eenheid === 'weken') return max.aantal * lezing(schooldagenPerWeek, peildatum, beleid);
  throw new SchoolveiligheidFout(
    'ONGELDIGE_INVOER',
    'Een maximale schorsingsduur moet in schooldagen of weken staan.',
  );
}

/** Length of the requested duration in days, for the "longer than one day" test. */
function lengteInDagen(duur: Duur, dagenPerWeek: number): number {
  return duur.eenheid === 'weken' ? duur.aantal * dagenPerWeek : duur.aantal;
}

function eenheidTekst(duur: Duur): string {
  const enkelvoud: Partial<Record<Duur['eenheid'], string>> = {
    schooldagen: 'schooldag',
    kalenderdagen: 'kalenderdag',
    weken: 'week',
  };
  return duur.aantal === 1
    ? `1 ${enkelvoud[duur.eenheid] ?? duur.eenheid}`
    : `${duur.aantal} ${duur.eenheid}`;
}

/**
 * The reason for a schorsing that takes effect during its first school day (a moment after 00:00 Amsterdam time):
 * that day counts as a whole day toward the maximum, the pupil misses the rest of it (`interpretatie`).
 */
function tijdensSchooldag(
  ingangsdatum: IsoDatum,
  lokaalMoment: string | undefined,
  schooldagen: number,
): Reden<SchorsingRedenCode>[] {
  const tijd = lokaalMoment?.slice(11, 16);
  if (tijd === undefined || tijd === '00:00') return [];
  return [
    {
      code: 'SCHORSING_INGANG_TIJDENS_SCHOOLDAG',
      tekst: `De schorsing gaat in op ${leesbareDatum(ingangsdatum)} om ${tijd} uur, tijdens de schooldag: de leerling mist de rest van die dag, dus die dag telt als volle dag mee voor het maximum (${schooldagen} ${schooldagen === 1 ? 'schooldag' : 'schooldagen'}).`,
      bron: WPO_40C_DEEL_VAN_DAG,
      parameters: { ingangsdatum, tijd, schooldagen },
    },
  ];
}

/**
 * One reason per run of closed days with the same name (weekends are not listed separately): "maandag 22
 * december 2025 t/m vrijdag 2 januari 2026 telt niet mee: kerstvakantie".
 */
function nietMeegeteldeRedenen(
  dagen: readonly NietMeegeteldeDag[],
  kalender: Schoolkalender,
): Reden<SchorsingRedenCode>[] {
  const runs: { van: NietMeegeteldeDag; tot: NietMeegeteldeDag }[] = [];
  for (const d of dagen) {
    if (d.sluiting.soort === 'zaterdag' || d.sluiting.soort === 'zondag') continue;
    const laatste = runs.at(-1);
    if (
      laatste &&
      laatste.tot.sluiting.naam === d.sluiting.naam &&
      kalender.telSchooldagen(laatste.tot.datum, d.datum) === 0
    ) {
      laatste.tot = d;
    } else {
      runs.push({ van: d, tot: d });
    }
  }
  return runs.map(({ van, tot }) => ({
    code: 'SCHORSING_DAG_TELT_NIET',
    tekst: `${leesbareDatum(van.datum)}${tot.datum === van.datum ? '' : ` t/m ${leesbareDatum(tot.datum)}`} ${tot.datum === van.datum ? 'telt' : 'tellen'} niet mee: ${van.sluiting.naam}.`,
    ...(van.sluiting.bron ? { bron: van.sluiting.bron } : {}),
    parameters: { van: van.datum, tot: tot.datum, soort: van.sluiting.soort },
  }));
}

/**
 * Computes a schorsing (WPO 40c): its last day, the school days it covers, whether it stays within the
 * maximum, and whether the inspectie and the leerplichtambtenaar must be told.
 *
 * Counting: the ingangsdatum is the first day of exclusion and counts itself; a schorsing of n schooldagen
 * ends on the (n-1)-th school day after it, on the school's own calendar, so weekends, vacations,
 * feestdagen and studiedagen do not count. A duration in `kalenderdagen` or `weken` runs from the
 * ingangsdatum for that many calendar days and ends on the last school day inside it. The Algemene
 * termijnenwet never extends a schorsing: it is the duration of a measure, not a term.
 *
 * The statutory maximum is one week; the SDK reads it as at most 5 school days ({@link schooldagenPerWeek},
 * flagged `interpretatie`) and, for calendar durations, at most 7 calendar days ({@link kalenderdagenPerWeek}).
 * A longer duration is the coded problem `SCHORSING_TE_LANG`, never a silent clamp. An ingangsdatum that is not
 * a school day is the problem `SCHORSING_INGANG_GEEN_SCHOOLDAG` (the melding names the next school day).
 * Dates outside the calendar's known school years throw kern's `KalenderBereikFout`.
 *
 * The inspectie must be told when the schorsing lasts longer than one day (WPO 40c lid 3): more than one
 * school day, or a calendar duration of more than one day. "Onverwijld" has no number; the SDK returns a
 * signal term of one working day after the decision ({@link signaaltermijnMelding}).
 *
 * Every reason carries the values of its sentence in `parameters`; the result carries its `verantwoording`
 * (this package's release and a content hash of its rules and of the calendar).
 *
 * @example
 * ```ts
 * import { berekenSchorsing } from '@schoolveiligheid/schorsing';
 * import { schoolkalender } from '@schoolveiligheid/kern';
 * const kalender = schoolkalender({ regio: 'noord' });
 * // 5 schooldagen from Thursday 18 December 2025: the kerstvakantie does not count
 * const r = berekenSchorsing({ ingangsdatum: '2025-12-18', duur: { aantal: 5, eenheid: 'schooldagen' }, kalender });
 * r.ok && r.waarde.laatsteDag; //=> '2026-01-07'
 * r.ok && r.waarde.meldingInspectie.uitkomst; //=> true
 * r.ok && r.waarde.redenen[0]?.parameters?.laatsteDag; //=> '2026-01-07'
 * r.ok && r.waarde.verantwoording.pakket; //=> '@schoolveiligheid/schorsing'
 * const teLang = berekenSchorsing({ ingangsdatum: '2025-12-18', duur: { aantal: 6, eenheid: 'schooldagen' }, kalender });
 * teLang.ok ? [] : teLang.problemen.map((p) => p.code); //=> ['SCHORSING_TE_LANG']
 * ```
 */
export function berekenSchorsing(invoer: SchorsingInvoer): Resultaat<Schorsing> {
  const ruw: unknown = invoer;
  if (!isObjectInvoer(ruw)) return { ok: false, problemen: controleerObject(ruw, []) };
  const duurFouten = controleerObject(ruw.duur, ['duur']);
  const fouten = [
    ...controleerDatum(invoer.ingangsdatum, ['ingangsdatum']),
    ...controleerDatum(invoer.peildatum, ['peildatum'], false),
    ...controleerDatum(invoer.besluitdatum, ['besluitdatum'], false),
    ...(duurFouten.length ? duurFouten : controleerAantal(invoer.duur.aantal, ['duur', 'aantal'])),
    ...controleerKalender(ruw.kalender, ['kalender']),
    ...controleerObject(ruw.beleid, ['beleid'], false),
    ...controleerTijdstip(ruw.ingangsmoment, ['ingangsmoment'], false),
  ];
  if (fouten.length) return { ok: false, problemen: fouten };
  const gelezenBeleid = beleidVoorBerekening(ruw.beleid);
  if (!gelezenBeleid.ok) return gelezenBeleid;
  const { ingangsdatum, duur, kalender } = invoer;
  const beleid = gelezenBeleid.waarde;
  const peildatum = invoer.peildatum ?? ingangsdatum;
  const besluitdatum = invoer.besluitdatum ?? ingangsdatum;

  if (duur.eenheid !== 'schooldagen' && duur.eenheid !== 'kalenderdagen' && duur.eenheid !== 'weken') {
    return probleem(
      'SCHORSING_EENHEID_ONGELDIG',
      ['duur', 'eenheid'],
      'Een schorsing duurt een aantal schooldagen, kalenderdagen of weken.',
    );
  }
  if (!kalender.isSchooldag(ingangsdatum)) {
    const volgende = kalender.volgendeSchooldag(ingangsdatum);
    return probleem(
      'SCHORSING_INGANG_GEEN_SCHOOLDAG',
      ['ingangsdatum'],
      `De ingangsdatum is geen schooldag; een schorsing begint op een schooldag (de eerstvolgende is ${leesbareDatum(volgende)}).`,
      { volgendeSchooldag: volgende },
    );
  }

  const moment = invoer.ingangsmoment;
  const lokaalMoment = moment === undefined ? undefined : naarAmsterdamsTijdstip(epochMs(moment));
  if (lokaalMoment !== undefined && lokaalMoment.slice(0, 10) !== ingangsdatum) {
    return probleem(
      'SCHORSING_MOMENT_NIET_OP_INGANGSDATUM',
      ['ingangsmoment'],
      'Het ingangsmoment valt niet op de ingangsdatum (tijd in Nederland); geef het moment op de dag waarop de schorsing ingaat.',
    );
  }

  const maximum = waardeVoor(schorsingMaxDuur, peildatum, beleid);
  const maximumSchooldagen = inSchooldagen(maximum.waarde, peildatum, beleid);
  const dagenPerWeek = lezing(kalenderdagenPerWeek, peildatum, beleid);

  let laatsteDag: IsoDatum;
  if (duur.eenheid === 'schooldagen') {
    laatsteDag = kalender.voegSchooldagenToe(ingangsdatum, duur.aantal - 1);
  } else {
    const eindeKalender = plusDagen(ingangsdatum, lengteInDagen(duur, dagenPerWeek) - 1);
    laatsteDag = kalender.isSchooldag(eindeKalender)
      ? eindeKalender
      : kalender.vorigeSchooldag(eindeKalender);
  }
  const aantalSchooldagen = kalender.telSchooldagen(ingangsdatum, laatsteDag) + 1;

  const kalenderMaximum = maximum.waarde.eenheid === 'weken' && duur.eenheid !== 'schooldagen';
  const maximumKalenderdagen = maximum.waarde.aantal * dagenPerWeek;
  const teLang = kalenderMaximum
    ? lengteInDagen(duur, dagenPerWeek) > maximumKalenderdagen
    : aantalSchooldagen > maximumSchooldagen;
  if (teLang) {
    const inWeken = maximum.waarde.eenheid === 'weken';
    return probleem(
      'SCHORSING_TE_LANG',
      ['duur'],
      `Een schorsing duurt ten hoogste ${eenheidTekst(maximum.waarde)}${inWeken ? ` (${maximumSchooldagen} schooldagen of ${maximumKalenderdagen} kalenderdagen)` : ''}; de opgegeven duur is langer. De SDK kort een schorsing niet zelf in.`,
      {
        maximumAantal: maximum.waarde.aantal,
        maximumEenheid: maximum.waarde.eenheid,
        maximumSchooldagen,
        ...(inWeken ? { maximumKalenderdagen } : {}),
      },
    );
  }

  const schooldagen: IsoDatum[] = [ingangsdatum];
  const nietMeegeteld: NietMeegeteldeDag[] = [];
  for (let d = plusDagen(ingangsdatum, 1); d <= laatsteDag; d = plusDagen(d, 1)) {
    const sluiting = kalender.sluiting(d);
    if (sluiting) nietMeegeteld.push({ datum: d, sluiting });
    else schooldagen.push(d);
  }
  const kalenderdagen = dagnummer(laatsteDag) - dagnummer(ingangsdatum) + 1;
  const terugOp = kalender.volgendeSchooldag(laatsteDag);

  const waarschuwingen: string[] = [...kalender.waarschuwingen(ingangsdatum, laatsteDag)];
  if (kalenderdagen > dagenPerWeek) {
    waarschuwingen.push(
      `De schorsing overspant ${kalenderdagen} kalenderdagen doordat vakantie- of vrije dagen niet meetellen; bij de lezing "een week is ${dagenPerWeek} kalenderdagen" zou zij te lang zijn (zie de toelichting bij WPO 40c lid 1).`,
    );
  }

  const redenen: Reden<SchorsingRedenCode>[] = [
    {
      code: 'SCHORSING_TELLING',
      tekst: `De schorsing begint op ${leesbareDatum(ingangsdatum)} en duurt ${eenheidTekst(duur)}; de ingangsdatum telt zelf mee. Laatste dag: ${leesbareDatum(laatsteDag)}; de leerling is terug op ${leesbareDatum(terugOp)}.`,
      bron: WPO_40C_WEEK_LEZING,
      parameters: { ingangsdatum, aantal: duur.aantal, eenheid: duur.eenheid, laatsteDag, terugOp },
    },
    ...tijdensSchooldag(ingangsdatum, lokaalMoment, aantalSchooldagen),
    ...nietMeegeteldeRedenen(nietMeegeteld, kalender),
    {
      code: 'SCHORSING_BINNEN_MAXIMUM',
      tekst: `${aantalSchooldagen} ${aantalSchooldagen === 1 ? 'schooldag' : 'schooldagen'}; het maximum is ${eenheidTekst(maximum.waarde)} (${maximum.herkomst === 'beleid' ? 'schoolbeleid' : 'wet'}), gelezen als ${maximumSchooldagen} schooldagen.`,
      bron: maximum.bron,
      parameters: {
        schooldagen: aantalSchooldagen,
        maximumAantal: maximum.waarde.aantal,
        maximumEenheid: maximum.waarde.eenheid,
        maximumSchooldagen,
        herkomst: maximum.herkomst,
      },
    },
    {
      code: 'SCHORSING_GEEN_ATW',
      tekst:
        'De Algemene termijnenwet verlengt een schorsing niet: het is de duur van een maatregel, geen termijn.',
      bron: SCHORSING_GEEN_ATW,
    },
  ];

  const { meldingInspectie, meldingLeerplichtambtenaar } = meldingenVan({
    dagen: lengteInDagen(duur, dagenPerWeek),
    besluitdatum,
    peildatum,
    beleid,
    verantwoording: regelVerantwoording(),
  });

  return {
    ok: true,
    waarde: {
      ingangsdatum,
      ...(moment === undefined ? {} : { ingangsmoment: moment }),
      duur,
      laatsteDag,
      terugOp,
      schooldagen,
      nietMeegeteld,
      kalenderdagen,
      maximum,
      maximumSchooldagen,
      meldingInspectie,
      meldingLeerplichtambtenaar,
      redenen,
      waarschuwingen,
      verantwoording: kalenderVerantwoording(kalender),
    },
  };
}
