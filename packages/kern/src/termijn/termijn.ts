import { type Bron, uniekeBronnen } from '../bron/bron.js';
import {
  amsterdamOffsetMinuten,
  amsterdamseDatum,
  beginVanDagMs,
  dagnummer,
  epochMs,
  type IsoDatum,
  isIsoDatum,
  isTijdstip,
  naarAmsterdamsTijdstip,
  plusDagen,
  plusMaanden,
  type Tijdstip,
  uitDagnummer,
} from '../datum/datum.js';
import { ATW_ART_1, ATW_ART_1_LID_2, ATW_ART_2, ATW_ART_4 } from '../feestdagen/bronnen.js';
import { isObjectOfLijst, ongeldigeInvoer } from '../fout/bewaak.js';
import { SchoolveiligheidFout } from '../fout/fout.js';
import { type Kalender, type Sluiting, sluitingTekst } from '../kalender/kalender.js';
import { werkkalender } from '../kalender/werkkalender.js';
import { veiligeTekst } from '../persoonsgegevens/persoonsgegevens.js';
import {
  inhoudHash,
  kernVersie,
  type Verantwoording,
  verantwoording,
} from '../verantwoording/verantwoording.js';
import {
  AWB_6_8,
  VERORDENING_1182_71_MAANDEN,
  VERORDENING_1182_71_UREN,
  VERORDENING_1182_71_VERSCHUIVING,
} from './bronnen.js';

/** The units legal texts use for terms. */
export type Eenheid = 'uren' | 'kalenderdagen' | 'werkdagen' | 'schooldagen' | 'weken' | 'maanden';

/**
 * All units, for schemas and menus.
 *
 * @example
 * ```ts
 * import { EENHEDEN } from '@schoolveiligheid/kern';
 * EENHEDEN.includes('schooldagen'); //=> true
 * ```
 */
export const EENHEDEN: readonly Eenheid[] = [
  'uren',
  'kalenderdagen',
  'werkdagen',
  'schooldagen',
  'weken',
  'maanden',
];

/** A duration as the legal text states it: `{ aantal: 6, eenheid: 'weken' }`. */
export interface Duur {
  /** How many units: a whole number of 1 or more. */
  readonly aantal: number;
  /** The unit, as the legal text uses it. */
  readonly eenheid: Eenheid;
}

/**
 * The legal basis of a term, which decides whether the Algemene termijnenwet applies:
 * `nl-wet` (a Dutch wet or AMvB: Atw applies within art. 4's limits), `eu` (EU law such as the AVG: never),
 * `regeling` (school regulations, policies, contracts, ministeriële regelingen: never).
 */
export type Grondslag = 'nl-wet' | 'eu' | 'regeling';

/** Input of {@link berekenTermijn}. */
export interface TermijnInvoer {
  /** The event the term runs from: a date for day terms, an instant for hour terms. */
  readonly gebeurtenis: IsoDatum | Tijdstip;
  /** How long the term is. */
  readonly duur: Duur;
  /** Where the term comes from; decides whether the Atw applies. */
  readonly grondslag: Grondslag;
  /** `vooruit` (default): a term after the event; `terug`: "at least n before" the event. */
  readonly richting?: 'vooruit' | 'terug';
  /** Required for `schooldagen` (a school calendar); optional for `werkdagen` (default: the Atw work calendar). */
  readonly kalender?: Kalender;
  /** The source of the term itself (`Awb 6:7`), listed first in `bronnen`. */
  readonly bron?: Bron;
  /** Periods in which the running term stands still; its end moves by the days (or open days) suspended. */
  readonly opschortingen?: readonly Opschorting[];
}

/**
 * A period in which a running term stands still, for example the board's decision on a bezwaar while the
 * Geschillencommissie passend onderwijs considers the dispute (WPO art. 43), or Awb 7:10 lid 2.
 */
export interface Opschorting {
  /** First day the term stands still. */
  readonly van: IsoDatum;
  /** The day the term runs again (the suspension covers `van` up to, not including, `tot`). */
  readonly tot: IsoDatum;
  /** Dutch reason without personal data: `geschil bij de Geschillencommissie passend onderwijs`. */
  readonly reden: string;
  /** The rule that suspends the term. */
  readonly bron?: Bron;
}

/** Stable codes of the steps in a deadline trace. */
export type SpoorCode =
  | 'START'
  | 'EENHEID'
  | 'OVERGESLAGEN'
  | 'NOMINAAL_EINDE'
  | 'MAAND_AFGEKAPT'
  | 'OPGESCHORT'
  | 'OPSCHORTING_BUITEN_TERMIJN'
  | 'ZOMERTIJD'
  | 'ATW_NIET_VAN_TOEPASSING'
  | 'ATW_ART_1'
  | 'ATW_ART_2'
  | 'ATW_GEEN_VERLENGING'
  | 'GEEN_VERSCHUIVING'
  | 'EINDE';

/** One step of a deadline trace: what happened, on which day, why, and on what authority. */
export interface SpoorStap {
  /** Stable code of the step. */
  readonly code: SpoorCode;
  /** Dutch sentence a parent can read. */
  readonly tekst: string;
  /** The day the step is about, if any. */
  readonly datum?: IsoDatum;
  /** For `OVERGESLAGEN` and Atw steps: why the day does not count. */
  readonly sluiting?: Sluiting;
  /** The source of the step. */
  readonly bron?: Bron;
}

/** Outcome of {@link berekenTermijn}: plain JSON, safe to store with the dossier. */
export interface TermijnUitkomst {
  /** The event, as given. */
  readonly gebeurtenis: IsoDatum | Tijdstip;
  /** The duration, as given. */
  readonly duur: Duur;
  /** The legal basis, as given. */
  readonly grondslag: Grondslag;
  /** The direction the term was counted in. */
  readonly richting: 'vooruit' | 'terug';
  /** The last day before any Atw extension. */
  readonly nominaleLaatsteDag: IsoDatum;
  /** The last day on which the act can be done (Europe/Amsterdam). */
  readonly laatsteDag: IsoDatum;
  /**
   * The first instant at which the term has expired: 00:00 Europe/Amsterdam on the day after `laatsteDag`
   * for day terms, the exact instant for hour terms.
   */
  readonly vervaltOp: Tijdstip;
  /** True when the Algemene termijnenwet moved the last day. */
  readonly verlengdDoorAtw: boolean;
  /** The ordered trace: start, unit, every skipped day with its reason, each Atw step, the end. */
  readonly spoor: readonly SpoorStap[];
  /** Every source used, the term's own first. */
  readonly bronnen: readonly Bron[];
  /** Warnings that limit the certainty of the result (for example: unknown gelijkgestelde dagen). */
  readonly waarschuwingen: readonly string[];
  /** The receipt: kern's release and the content hash of the calendar data used. */
  readonly verantwoording: Verantwoording;
}

/** The direction of a term, checked: `vooruit` unless `terug` is asked. */
type Richting = 'vooruit' | 'terug';

const UUR_MS = 3_600_000;

/** Most suspensions one term takes: a bound on work, far above any real procedure. */
const MAX_OPSCHORTINGEN = 100;

const DAGEN_NAMEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
const MAANDEN_NAMEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/**
 * A date as a Dutch reader writes it: `maandag 11 mei 2026`.
 *
 * @example
 * ```ts
 * import { leesbareDatum } from '@schoolveiligheid/kern';
 * leesbareDatum('2026-05-11'); //=> 'maandag 11 mei 2026'
 * ```
 */
export function leesbareDatum(datum: IsoDatum): string {
  const wd = (((dagnummer(datum) + 3) % 7) + 7) % 7;
  return `${DAGEN_NAMEN[wd]} ${Number(datum.slice(8, 10))} ${MAANDEN_NAMEN[Number(datum.slice(5, 7)) - 1]} ${datum.slice(0, 4)}`;
}

/**
 * A duration in Dutch words, singular where it should be: `1 week`, `6 weken`, `72 uur`.
 *
 * @example
 * ```ts
 * import { duurTekst } from '@schoolveiligheid/kern';
 * duurTekst({ aantal: 1, eenheid: 'weken' }); //=> '1 week'
 * duurTekst({ aantal: 72, eenheid: 'uren' }); //=> '72 uur'
 * duurTekst({ aantal: 5, eenheid: 'schooldagen' }); //=> '5 schooldagen'
 * ```
 */
export function duurTekst(duur: Duur): string {
  if (
    !isObjectOfLijst(duur) ||
    !Number.isSafeInteger(duur.aantal) ||
    duur.aantal < 0 ||
    !EENHEDEN.includes(duur.eenheid)
  )
    ongeldigeInvoer('Een duur heeft een geheel aantal van 0 of meer en een bekende eenheid.');
  const enkelvoud: Record<Eenheid, string> = {
    uren: 'uur',
    kalenderdagen: 'kalenderdag',
    werkdagen: 'werkdag',
    schooldagen: 'schooldag',
    weken: 'week',
    maanden: 'maand',
  };
  return duur.aantal === 1
    ? `1 ${enkelvoud[duur.eenheid]}`
    : `${duur.aantal} ${duur.eenheid === 'uren' ? 'uur' : duur.eenheid}`;
}

/** A trace step saying the Atw does not extend this term, and on what authority. */
function geenAtw(tekst: string, bron: Bron): SpoorStap {
  return { code: 'ATW_NIET_VAN_TOEPASSING', tekst, bron };
}

/** Why the Atw does not apply to a term of another legal basis than a Dutch wet or AMvB (Atw art. 1 and 5). */
const GEEN_WETTELIJKE_TERMIJN: Readonly<Record<Exclude<Grondslag, 'nl-wet'>, string>> = {
  eu: 'De Algemene termijnenwet geldt niet: dit is een termijn uit Europees recht (AVG), geen Nederlandse wet.',
  regeling:
    'De Algemene termijnenwet geldt niet: dit is een termijn uit een regeling of schoolbeleid, niet uit een wet of AMvB.',
};

/** Why the Atw does not extend this term, or `undefined` when it does apply (Atw art. 1 lid 2, art. 4, art. 1/5). */
function atwUitsluiting(invoer: TermijnInvoer, richting: Richting): SpoorStap | undefined {
  const { aantal, eenheid } = invoer.duur;
  if (invoer.grondslag !== 'nl-wet') return geenAtw(GEEN_WETTELIJKE_TERMIJN[invoer.grondslag], ATW_ART_1);
  if (eenheid === 'uren')
    return geenAtw('De Algemene termijnenwet geldt niet voor termijnen in uren.', ATW_ART_4);
  const grens =
    eenheid === 'weken'
      ? 12
      : eenheid === 'maanden'
        ? 3
        : 90; /* kalender-, werk- en schooldagen tellen als dagen */
  if (aantal > grens)
    return geenAtw(
      `De Algemene termijnenwet geldt niet voor termijnen van meer dan ${grens} ${eenheid === 'weken' ? 'weken' : eenheid === 'maanden' ? 'maanden' : 'dagen'}.`,
      ATW_ART_4,
    );
  if (richting === 'terug')
    return geenAtw(
      'De Algemene termijnenwet verlengt geen termijn die terugrekent vanaf een gebeurtenis (art. 1 lid 2); de SDK past daarom ook art. 2 niet toe.',
      ATW_ART_1_LID_2,
    );
  return undefined;
}

function overgeslagen(datum: IsoDatum, sluiting: Sluiting, code: SpoorCode = 'OVERGESLAGEN'): SpoorStap {
  return {
    code,
    datum,
    sluiting,
    tekst: `${leesbareDatum(datum)} telt niet mee: ${sluitingTekst(sluiting)}.`,
    ...(sluiting.bron ? { bron: sluiting.bron } : {}),
  };
}

/** Closed days strictly between `van` and `tot` (exclusive) and `tot` itself when closed, in order. */
function geslotenDagen(kalender: Kalender, van: IsoDatum, tot: IsoDatum): SpoorStap[] {
  const stappen: SpoorStap[] = [];
  const [a, b] = van <= tot ? [dagnummer(van) + 1, dagnummer(tot)] : [dagnummer(tot), dagnummer(van) - 1];
  for (let d = a; d <= b; d++) {
    const datum = uitDagnummer(d);
    const sluiting = kalender.sluiting(datum);
    if (sluiting) stappen.push(overgeslagen(datum, sluiting));
  }
  return stappen;
}

function kalenderVoor(invoer: TermijnInvoer): Kalender | undefined {
  const { eenheid } = invoer.duur;
  if (eenheid === 'schooldagen') {
    if (invoer.kalender?.soort !== 'schooldagen') {
      throw new SchoolveiligheidFout(
        'KALENDER_VEREIST',
        'Een termijn in schooldagen heeft een schoolkalender nodig (schoolkalender({ regio, ... })).',
      );
    }
    return invoer.kalender;
  }
  if (eenheid === 'werkdagen') {
    if (invoer.kalender && invoer.kalender.soort !== 'werkdagen') {
      throw new SchoolveiligheidFout(
        'KALENDER_VEREIST',
        'Een termijn in werkdagen heeft een werkkalender nodig.',
      );
    }
    return invoer.kalender ?? werkkalender();
  }
  return undefined;
}

function uurTermijn(invoer: TermijnInvoer, richting: Richting): Omit<TermijnUitkomst, 'verantwoording'> {
  if (!isTijdstip(invoer.gebeurtenis)) {
    ongeldigeInvoer(
      'Een termijn in uren heeft een tijdstip met tijdzone nodig, bijvoorbeeld 2026-10-23T14:30:00+02:00.',
    );
  }
  const start = epochMs(invoer.gebeurtenis);
  const teken = richting === 'vooruit' ? 1 : -1;
  const einde = start + teken * invoer.duur.aantal * UUR_MS;
  const vervaltOp = naarAmsterdamsTijdstip(einde);
  const laatsteDag = amsterdamseDatum(richting === 'vooruit' ? einde - 1 : einde);
  const spoor: SpoorStap[] = [
    {
      code: 'START',
      tekst: `De termijn loopt vanaf het tijdstip ${naarAmsterdamsTijdstip(start)} (Nederlandse tijd): de SDK telt vanaf de minuut van kennisname. Dat is strenger dan Verordening 1182/71 art. 3 lid 1, die het uur van de gebeurtenis niet meetelt; de termijn eindigt dus nooit later dan volgens de verordening.`,
      datum: amsterdamseDatum(start),
      bron: VERORDENING_1182_71_UREN,
    },
    {
      code: 'EENHEID',
      tekst: `${duurTekst(invoer.duur)} ${richting === 'vooruit' ? 'erna' : 'ervoor'}, in werkelijk verstreken uren: nachten, weekenden en feestdagen tellen mee.`,
    },
  ];
  const verschil = amsterdamOffsetMinuten(einde) - amsterdamOffsetMinuten(start);
  if (verschil !== 0) {
    const zomertijdBegint = verschil * teken > 0;
    spoor.push({
      code: 'ZOMERTIJD',
      tekst: `Tussendoor gaat de klok een uur ${zomertijdBegint ? 'vooruit (zomertijd begint)' : 'terug (wintertijd begint)'}; de termijn telt echte uren, dus op de klok eindigt hij een uur ${zomertijdBegint ? 'later' : 'eerder'} dan het beginuur.`,
    });
  }
  const uitsluiting = atwUitsluiting(invoer, richting);
  if (uitsluiting && invoer.grondslag === 'nl-wet') spoor.push(uitsluiting);
  spoor.push({
    code: 'EINDE',
    tekst: `De termijn eindigt op ${vervaltOp} (Nederlandse tijd).`,
    datum: laatsteDag,
  });
  return uitkomst(invoer, richting, { nominaal: laatsteDag, laatsteDag, vervaltOp }, spoor, []);
}

/** Moves the end of a running term by every suspension that falls within it, in date order, with a trace step each. */
function schortOp(
  einde: IsoDatum,
  start: IsoDatum,
  opschortingen: readonly Opschorting[],
  kalender: Kalender | undefined,
  spoor: SpoorStap[],
): IsoDatum {
  if (!Array.isArray(opschortingen) || opschortingen.length > MAX_OPSCHORTINGEN)
    ongeldigeInvoer(`Geef ten hoogste ${MAX_OPSCHORTINGEN} opschortingen als lijst.`);
  for (const o of opschortingen) {
    if (!isObjectOfLijst(o) || !isIsoDatum(o.van) || !isIsoDatum(o.tot) || o.tot < o.van) {
      ongeldigeInvoer(
        'Een opschorting heeft een geldige begindatum en een einddatum niet voor het begin nodig.',
      );
    }
  }
  const gesorteerd = [...opschortingen].sort((a, b) => (a.van < b.van ? -1 : a.van > b.van ? 1 : 0));
  gesorteerd.forEach((o, i) => {
    const vorige = gesorteerd[i - 1];
    if (vorige && o.van < vorige.tot)
      throw new SchoolveiligheidFout(
        'OPSCHORTINGEN_OVERLAPPEN',
        'Twee opschortingen overlappen of zijn dezelfde; een termijn kan niet twee keer tegelijk stilstaan.',
        { van: o.van, tot: vorige.tot },
      );
  });
  for (const o of gesorteerd) {
    const reden = veiligeTekst(o.reden, 'opschorting');
    const vanaf = o.van > start ? o.van : start;
    if (vanaf > einde || o.tot <= vanaf) {
      spoor.push({
        code: 'OPSCHORTING_BUITEN_TERMIJN',
        datum: o.van,
        tekst: `De opschorting (${reden}) valt buiten de lopende termijn; het einde schuift niet op.`,
        ...(o.bron ? { bron: o.bron } : {}),
      });
      continue;
    }
    const dagen = dagnummer(o.tot) - dagnummer(vanaf);
    const open = kalender ? kalender.tel(plusDagen(vanaf, -1), plusDagen(o.tot, -1)) : dagen;
    const nieuw = kalender ? kalender.voegToe(einde, open) : plusDagen(einde, dagen);
    spoor.push({
      code: 'OPGESCHORT',
      datum: vanaf,
      tekst: `De termijn stond stil van ${leesbareDatum(vanaf)} tot ${leesbareDatum(o.tot)} (${reden}); het einde schuift ${kalender ? `${open} ${kalender.soort}` : `${dagen} dagen`} op, van ${leesbareDatum(einde)} naar ${leesbareDatum(nieuw)}.`,
      ...(o.bron ? { bron: o.bron } : {}),
    });
    einde = nieuw;
  }
  return einde;
}

/**
 * Computes a legal term: its last day, the instant it expires, whether the Algemene termijnenwet extended
 * it, and the full trace.
 *
 * Semantics (the SDK's guide "Termijnen" explains each with its source): day terms start the day after the
 * event (Awb 6:8 by analogy) and end at the end of the last day in Europe/Amsterdam; weeks end on the same
 * weekday, months on the same day number (clamped to the month's last day); werkdagen and schooldagen count the n-th open day strictly after the
 * event; hours are exact elapsed hours, correct across DST changes. For `grondslag: 'nl-wet'` the Atw applies:
 * art. 1 (past Saturday, Sunday, feestdag and gelijkgestelde dag; not for terms counted backwards), art. 2
 * (a term of at least 3 days contains at least 2 working days) and art. 4 (not for hours, nor terms over
 * 90 days, 12 weeks or 3 months). `opschortingen` stop a running term for a while (WPO art. 43); its end moves by
 * the suspended days before the Atw is applied.
 *
 * Misuse (an hour term without an instant, a school-day term without a school calendar, a count that is not
 * a positive whole number) throws a {@link SchoolveiligheidFout}.
 *
 * @example
 * ```ts
 * import { berekenTermijn } from '@schoolveiligheid/kern';
 * // bezwaar (Awb 6:7) against a decision made known on Tuesday 1 December 2026
 * const t = berekenTermijn({ gebeurtenis: '2026-12-01', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' });
 * t.nominaleLaatsteDag; //=> '2027-01-12'
 * t.verlengdDoorAtw; //=> false
 * t.vervaltOp; //=> '2027-01-13T00:00:00+01:00'
 * ```
 */
export function berekenTermijn(invoer: TermijnInvoer): TermijnUitkomst {
  if (!isObjectOfLijst(invoer) || !isObjectOfLijst(invoer.duur))
    ongeldigeInvoer('Geef een termijn als object met gebeurtenis, duur en grondslag.');
  if (
    invoer.kalender !== undefined &&
    (!isObjectOfLijst(invoer.kalender) || typeof invoer.kalender.voegToe !== 'function')
  )
    throw new SchoolveiligheidFout(
      'KALENDER_VEREIST',
      'De kalender is geen kalender van de SDK (werkkalender() of schoolkalender()).',
    );
  const berekend = bereken(invoer);
  const kalender = invoer.duur.eenheid === 'uren' ? undefined : kalenderVoor(invoer);
  const atw = invoer.grondslag === 'nl-wet' && invoer.duur.eenheid !== 'uren' ? werkkalender() : undefined;
  const gebruikt = [...new Set([kalender, atw])].flatMap((k) => (k ? [k.inhoudHash()] : []));
  const gegevens = gebruikt.length === 1 ? (gebruikt[0] as string) : inhoudHash(gebruikt);
  return { ...berekend, verantwoording: verantwoording('@schoolveiligheid/kern', kernVersie(), gegevens) };
}

/** The trace, bronnen and warnings around an end already computed: the part every kind of term shares. */
function uitkomst(
  invoer: TermijnInvoer,
  richting: Richting,
  dagen: { readonly nominaal: IsoDatum; readonly laatsteDag: IsoDatum; readonly vervaltOp: Tijdstip },
  spoor: readonly SpoorStap[],
  waarschuwingen: readonly string[],
): Omit<TermijnUitkomst, 'verantwoording'> {
  return {
    gebeurtenis: invoer.gebeurtenis,
    duur: invoer.duur,
    grondslag: invoer.grondslag,
    richting,
    nominaleLaatsteDag: dagen.nominaal,
    laatsteDag: dagen.laatsteDag,
    vervaltOp: dagen.vervaltOp,
    verlengdDoorAtw: dagen.laatsteDag !== dagen.nominaal,
    spoor,
    bronnen: uniekeBronnen([
      ...(invoer.bron ? [invoer.bron] : []),
      ...spoor.flatMap((s) => (s.bron ? [s.bron] : [])),
    ]),
    waarschuwingen: [...new Set(waarschuwingen)],
  };
}

/** The checked count, unit and direction of a term; misuse throws. */
function controleer(invoer: TermijnInvoer): { n: number; eenheid: Eenheid; richting: Richting } {
  const { aantal, eenheid } = invoer.duur ?? ({} as Partial<Duur>);
  if (!Number.isInteger(aantal) || (aantal as number) < 1)
    ongeldigeInvoer('Het aantal van een termijn moet een geheel getal van 1 of meer zijn.');
  if (!eenheid || !EENHEDEN.includes(eenheid)) ongeldigeInvoer('Onbekende eenheid van een termijn.');
  if (!['nl-wet', 'eu', 'regeling'].includes(invoer.grondslag))
    ongeldigeInvoer('Onbekende grondslag; kies nl-wet, eu of regeling.');
  const richting = invoer.richting ?? 'vooruit';
  if (richting !== 'vooruit' && richting !== 'terug') ongeldigeInvoer('Richting moet vooruit of terug zijn.');
  return { n: aantal as number, eenheid, richting };
}

/** The day of the event: the date given, or the Amsterdam date of the instant given. */
function gebeurtenisDagVan(gebeurtenis: IsoDatum | Tijdstip): IsoDatum {
  if (isIsoDatum(gebeurtenis)) return gebeurtenis;
  if (isTijdstip(gebeurtenis)) return amsterdamseDatum(epochMs(gebeurtenis));
  return ongeldigeInvoer('De gebeurtenis moet een datum (JJJJ-MM-DD) of een tijdstip met tijdzone zijn.');
}

/** The first step of a day term: a term after the event starts the next day (Awb 6:8). */
function startStap(gebeurtenisDag: IsoDatum, vooruit: boolean): SpoorStap {
  if (!vooruit)
    return {
      code: 'START',
      tekst: `De termijn rekent terug vanaf ${leesbareDatum(gebeurtenisDag)}; die dag telt zelf niet mee.`,
      datum: gebeurtenisDag,
    };
  const eersteDag = plusDagen(gebeurtenisDag, 1);
  return {
    code: 'START',
    tekst: `De gebeurtenis was op ${leesbareDatum(gebeurtenisDag)}; de termijn begint de dag erna, ${leesbareDatum(eersteDag)}.`,
    datum: eersteDag,
    bron: AWB_6_8,
  };
}

/** What a unit of days needs to find its nominal last day, and where it writes its steps and warnings. */
interface NominaalVraag {
  readonly dag: IsoDatum;
  /** The count, negative when the term runs back. */
  readonly n: number;
  readonly kalender: Kalender | undefined;
  readonly spoor: SpoorStap[];
  readonly waarschuwingen: string[];
}

/** The nominal last day per unit of days, before suspensions and the Atw. */
const NOMINAAL_EINDE: Readonly<Record<Exclude<Eenheid, 'uren'>, (v: NominaalVraag) => IsoDatum>> = {
  kalenderdagen: ({ dag, n }) => plusDagen(dag, n),
  weken: ({ dag, n }) => plusDagen(dag, 7 * n),
  maanden: ({ dag, n, spoor }) => {
    const einde = plusMaanden(dag, n);
    if (einde.slice(8) !== dag.slice(8)) {
      spoor.push({
        code: 'MAAND_AFGEKAPT',
        tekst: `De maand van afloop heeft geen dag ${Number(dag.slice(8))}; de termijn eindigt op de laatste dag van die maand.`,
        datum: einde,
        bron: VERORDENING_1182_71_MAANDEN,
      });
    }
    return einde;
  },
  werkdagen: opKalender,
  schooldagen: opKalender,
};

/** The n-th open day of the term's calendar, with every closed day on the way in the trace. */
function opKalender({ dag, n, kalender, spoor, waarschuwingen }: NominaalVraag): IsoDatum {
  const k = kalender as Kalender;
  const einde = n > 0 ? k.voegToe(dag, n) : k.trekAf(dag, -n);
  spoor.push(...geslotenDagen(k, dag, einde));
  waarschuwingen.push(...k.waarschuwingen(n > 0 ? dag : einde, n > 0 ? einde : dag));
  return einde;
}

/**
 * The Algemene termijnenwet applied to a term after the event: art. 1 rolls the last day past every day that
 * is no working day, art. 2 gives a term of at least 3 days 2 working days. Returns the last day.
 */
function pasAtwToe(
  gebeurtenisDag: IsoDatum,
  nominaal: IsoDatum,
  minstensDrieDagen: boolean,
  spoor: SpoorStap[],
  waarschuwingen: string[],
): IsoDatum {
  const wk = werkkalender();
  let laatsteDag = nominaal;
  while (!wk.isWerkdag(laatsteDag)) {
    const sluiting = wk.sluiting(laatsteDag) as Sluiting;
    spoor.push({
      ...overgeslagen(laatsteDag, sluiting, 'ATW_ART_1'),
      tekst: `${leesbareDatum(laatsteDag)} is geen werkdag (${sluitingTekst(sluiting)}): de termijn loopt door tot en met de volgende dag (Atw art. 1).`,
      bron: ATW_ART_1,
    });
    laatsteDag = plusDagen(laatsteDag, 1);
  }
  if (minstensDrieDagen) {
    const werkdagen = wk.telWerkdagen(gebeurtenisDag, laatsteDag);
    if (werkdagen < 2) {
      const nieuw = wk.voegWerkdagenToe(gebeurtenisDag, 2);
      spoor.push({
        code: 'ATW_ART_2',
        datum: nieuw,
        tekst: `De termijn bevat maar ${werkdagen} werkdag; hij wordt verlengd tot ${leesbareDatum(nieuw)} zodat er twee werkdagen in vallen (Atw art. 2).`,
        bron: ATW_ART_2,
      });
      laatsteDag = nieuw;
    }
  }
  if (laatsteDag === nominaal) {
    spoor.push({
      code: 'ATW_GEEN_VERLENGING',
      tekst:
        'De Algemene termijnenwet is van toepassing, maar de laatste dag is al een werkdag en de termijn bevat genoeg werkdagen.',
      bron: ATW_ART_1,
    });
  }
  waarschuwingen.push(...wk.waarschuwingen(nominaal, laatsteDag));
  return laatsteDag;
}

/** The trace step of an EU term whose last day does not move past a weekend or feestdag. */
const GEEN_VERSCHUIVING: SpoorStap = {
  code: 'GEEN_VERSCHUIVING',
  tekst:
    'Valt de laatste dag in een weekend of op een feestdag, dan schuift hij niet door (strengste lezing).',
  bron: VERORDENING_1182_71_VERSCHUIVING,
};

function bereken(invoer: TermijnInvoer): Omit<TermijnUitkomst, 'verantwoording'> {
  const { n, eenheid, richting } = controleer(invoer);
  if (eenheid === 'uren') {
    if (invoer.opschortingen?.length) ongeldigeInvoer('Een termijn in uren kan de SDK niet opschorten.');
    return uurTermijn(invoer, richting);
  }
  const vooruit = richting === 'vooruit';
  const gebeurtenisDag = gebeurtenisDagVan(invoer.gebeurtenis);
  const kalender = kalenderVoor(invoer);
  const spoor: SpoorStap[] = [
    startStap(gebeurtenisDag, vooruit),
    {
      code: 'EENHEID',
      tekst: `${duurTekst(invoer.duur)} ${vooruit ? 'erna' : 'ervoor'}${kalender ? `, geteld op de ${kalender.omschrijving}` : ''}.`,
    },
  ];
  const waarschuwingen: string[] = [];
  let nominaal = NOMINAAL_EINDE[eenheid]({
    dag: gebeurtenisDag,
    n: vooruit ? n : -n,
    kalender,
    spoor,
    waarschuwingen,
  });
  if (invoer.opschortingen?.length) {
    if (!vooruit) ongeldigeInvoer('Alleen een termijn die vooruit loopt kan worden opgeschort.');
    nominaal = schortOp(nominaal, plusDagen(gebeurtenisDag, 1), invoer.opschortingen, kalender, spoor);
  }
  spoor.push({
    code: 'NOMINAAL_EINDE',
    tekst: `Zonder verlenging is de laatste dag ${leesbareDatum(nominaal)}.`,
    datum: nominaal,
  });
  const uitsluiting = atwUitsluiting(invoer, richting);
  if (uitsluiting) spoor.push(uitsluiting);
  if (uitsluiting && invoer.grondslag === 'eu') spoor.push(GEEN_VERSCHUIVING);
  const minstensDrieDagen = eenheid === 'weken' || eenheid === 'maanden' || n >= 3;
  const laatsteDag = uitsluiting
    ? nominaal
    : pasAtwToe(gebeurtenisDag, nominaal, minstensDrieDagen, spoor, waarschuwingen);
  const vervaltOp = naarAmsterdamsTijdstip(beginVanDagMs(plusDagen(laatsteDag, 1)));
  spoor.push({
    code: 'EINDE',
    datum: laatsteDag,
    tekst: `De laatste dag is ${leesbareDatum(laatsteDag)}; de termijn verloopt om middernacht (${vervaltOp}).`,
  });
  return uitkomst(invoer, richting, { nominaal, laatsteDag, vervaltOp }, spoor, waarschuwingen);
}
