import {
  type Bron,
  codeTekst,
  type Reden,
  registerVerantwoording,
  type Verantwoording,
  waardeOp,
  type IsoDatum,
  zoekWaardeVoor,
  type Beleid,
} from '@schoolveiligheid/kern';
import { eisDatum, ID_PATROON, isObject, ongeldigeInvoer } from '../bewaak.js';
import { ONDERDRUKKING_INTERPRETATIE } from '../bronnen/bronnen.js';
import { MONITORING_REDEN_CODES, type MonitoringRedenCode } from '../codes/codes.js';
import { PAKKET } from '../pakket.js';
import { MONITORING_REGELS, minimaleCelgrootte, minimaleRespons } from '../regels/regels.js';
import { MAX_IDS, MAX_OPTIES, SCHAALCATEGORIEEN, STANDAARD_SCHAAL } from './vragenlijst.data.js';

/** A scale category of the monitor. */
export type Schaalcategorie = (typeof SCHAALCATEGORIEEN)[number];

/**
 * One pupil's answers, as the instrument delivers them: the board, school and group ids, the scale scores, the
 * incident questions (happened to me: yes/no) and the bullying statements (the option chosen). No pupil id.
 */
export interface VragenlijstAntwoord {
  readonly bestuur: string;
  readonly school: string;
  readonly groep: string;
  readonly schalen?: Partial<Record<Schaalcategorie, number>>;
  readonly incidenten?: Readonly<Record<string, boolean>>;
  readonly pestStellingen?: Readonly<Record<string, string>>;
}

/** One reported cell: a board, a school or a group, with its averages, shares, response and trend. */
export interface VragenlijstCel {
  readonly niveau: 'bestuur' | 'school' | 'groep';
  /** `bestuur`, `bestuur/school` or `bestuur/school/groep`. */
  readonly sleutel: string;
  /** Number of pupils who answered. */
  readonly aantal: number;
  readonly gemiddelden: Partial<Record<Schaalcategorie, number>>;
  /** Percent of pupils answering yes, per incident question. */
  readonly incidenten: Readonly<Record<string, number>>;
  /** Percent per answer option, per bullying statement. */
  readonly pestStellingen: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** For a school with a known pupil count in scope: the response rate and whether it is representative. */
  readonly respons?: {
    readonly leerlingen: number;
    readonly percentage: number;
    readonly representatief: boolean;
  };
  /** Change of each average against the previous round (same key), when both rounds reported it. */
  readonly trend?: Partial<Record<Schaalcategorie, number>>;
}

/** The answer of {@link aggregeerVragenlijst}. */
export interface Vragenlijstresultaat {
  readonly cellen: readonly VragenlijstCel[];
  /** Cells not reported because they had fewer answers than the minimum (no count given): primary suppression. */
  readonly onderdrukt: number;
  /**
   * Cells with enough answers that are not reported either (secondary suppression), so that no suppressed cell
   * can be recalculated from its parent and its siblings (school minus the other groups, bestuur minus the
   * other schools).
   */
  readonly secundairOnderdrukt: number;
  /** Answers skipped because they did not have the delivered shape. */
  readonly ongeldig: number;
  readonly minimaleCelgrootte: number;
  readonly redenen: readonly Reden<MonitoringRedenCode>[];
  readonly verantwoording: Verantwoording;
}

/** Options of {@link aggregeerVragenlijst}. */
export interface VragenlijstOpties {
  /** The date of the round; the rules in force then apply (default: today's law at 2026-12-02 is not assumed). */
  readonly peildatum: IsoDatum;
  /** Pupils in scope per school key `bestuur/school`, for the response rate. */
  readonly populatie?: Readonly<Record<string, number>>;
  /** The previous round's result, for the trend. */
  readonly vorigeRonde?: Vragenlijstresultaat;
  /** The school's policy (a higher minimum cell size or response is allowed). */
  readonly beleid?: Beleid;
  /** The answer scale of the scale questions. */
  readonly schaal?: { readonly min: number; readonly max: number };
}

interface Accu {
  readonly niveau: VragenlijstCel['niveau'];
  readonly sleutel: string;
  aantal: number;
  readonly som: number[];
  readonly n: number[];
  /** Yes-counts per incident question, by the question's index in the round. */
  readonly incidenten: number[];
  /** Counts per statement and option, by the pair's index in the round. */
  readonly stellingen: number[];
  /** The cell one level up (a group's school, a school's bestuur). */
  ouder: Accu | undefined;
  /** The cells one level down, in order of first answer. */
  readonly kinderen: Accu[];
  /** Not reported: 0 shown, 1 below the minimum (primary), 2 complementary (secondary). */
  verborgen: 0 | 1 | 2;
}

const nieuw = (niveau: Accu['niveau'], sleutel: string): Accu => ({
  niveau,
  sleutel,
  aantal: 0,
  som: SCHAALCATEGORIEEN.map(() => 0),
  n: SCHAALCATEGORIEEN.map(() => 0),
  incidenten: [],
  stellingen: [],
  ouder: undefined,
  kinderen: [],
  verborgen: 0,
});

/** Adds the counts of cell `van` to cell `naar` (a group to its school or bestuur). */
function telOp(naar: Accu, van: Accu): void {
  naar.aantal += van.aantal;
  for (let i = 0; i < van.som.length; i++) {
    naar.som[i] = (naar.som[i] as number) + (van.som[i] as number);
    naar.n[i] = (naar.n[i] as number) + (van.n[i] as number);
  }
  for (let i = 0; i < van.incidenten.length; i++)
    if (van.incidenten[i]) naar.incidenten[i] = (naar.incidenten[i] ?? 0) + (van.incidenten[i] as number);
  for (let i = 0; i < van.stellingen.length; i++)
    if (van.stellingen[i]) naar.stellingen[i] = (naar.stellingen[i] ?? 0) + (van.stellingen[i] as number);
}

/** The smaller of two cells: fewer answers, then the lower key (so the choice is deterministic). */
const kleiner = (x: Accu, y: Accu): boolean =>
  x.aantal < y.aantal || (x.aantal === y.aantal && x.sleutel < y.sleutel);

/**
 * Complementary (secondary) suppression over the cells, after the primary one. Every reported count obeys the
 * relations bestuur = sum of its schools and school = sum of its groups, for the number of answers and for
 * each incident question and statement option alike, and a cell is suppressed with all its counts. A relation
 * (a parent and its children) with exactly one suppressed cell gives that cell away by subtraction, so until
 * no relation has exactly one: a single suppressed child takes its smallest visible sibling along, or its
 * parent when it has no sibling; a suppressed parent whose children are all shown takes its smallest child
 * along. With at least two suppressed cells in every relation that has one, each suppressed cell can be
 * shifted by a non-zero amount (balanced by another suppressed cell of each relation it is in, down to the
 * groups and up to the bestuur, which has no published total) without changing a published figure, so no
 * suppressed value follows from the published ones. A worklist over the parents: linear in the cells, since a
 * cell is hidden at most once. Returns the number of cells hidden here.
 */
function onderdrukAanvullend(accus: Iterable<Accu>): number {
  let aantal = 0;
  const werk: Accu[] = [];
  for (const a of accus) if (a.kinderen.length > 0) werk.push(a);
  const verberg = (a: Accu) => {
    a.verborgen = 2;
    aantal++;
    if (a.kinderen.length > 0) werk.push(a);
    if (a.ouder) werk.push(a.ouder);
  };
  for (let ouder = werk.pop(); ouder !== undefined; ouder = werk.pop()) {
    let verborgenKinderen = 0;
    let kleinsteZichtbare: Accu | undefined;
    for (const k of ouder.kinderen)
      if (k.verborgen !== 0) verborgenKinderen++;
      else if (kleinsteZichtbare === undefined || kleiner(k, kleinsteZichtbare)) kleinsteZichtbare = k;
    const inRelatie = verborgenKinderen + (ouder.verborgen !== 0 ? 1 : 0);
    if (inRelatie !== 1) continue;
    // the one suppressed cell is the parent (all children shown) or one child (the parent shown)
    if (kleinsteZichtbare !== undefined) verberg(kleinsteZichtbare);
    else verberg(ouder);
  }
  return aantal;
}

const isId = (w: unknown): w is string => typeof w === 'string' && ID_PATROON.test(w);
const procent = (deel: number, geheel: number): number => Math.round((deel / geheel) * 1000) / 10; // geen-rechtsgetal: one decimal

/**
 * Aggregates a monitor round in one streaming pass (any iterable: an array, a generator over a database
 * cursor; each answer is counted in its group, the schools and besturen add their groups up afterwards), with
 * memory bounded by the number of cells, not answers: per group, school and board the average of
 * each scale category, the share of pupils per incident question and per bullying statement the share per
 * answer option (as the delivered monitor has them), the response rate against `populatie` with
 * representativeness, and the trend against `vorigeRonde`. A cell with fewer answers than the minimum cell size
 * (rule `monitoring.monitor.minimaleCelgrootte`, a flagged policy value) is not reported at all (primary
 * suppression); then, in a second pass over the cells, complementary cells are suppressed too, so that no
 * suppressed value follows by subtraction from a parent and its visible children (source
 * {@link ONDERDRUKKING_INTERPRETATIE}; reason `CEL_SECUNDAIR_ONDERDRUKT`). Answers of the wrong shape are
 * counted, never echoed. Throws `ONGELDIGE_INVOER` when `antwoorden` is not iterable or the
 * options are malformed, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { aggregeerVragenlijst } from '@schoolveiligheid/monitoring';
 * const a = Array.from({ length: 12 }, () => ({ bestuur: 'b', school: 's', groep: 'g7', schalen: { veiligheidsbeleving: 3 } }));
 * const r = aggregeerVragenlijst(a, { peildatum: '2026-11-20' });
 * r.cellen.map((c) => [c.sleutel, c.aantal, c.gemiddelden.veiligheidsbeleving]); //=> [['b', 12, 3], ['b/s', 12, 3], ['b/s/g7', 12, 3]]
 * // 14 answers in g7 and 6 in g8: g8 is below 10, so g7 is hidden too (else g8 = 20 - 14)
 * const b = [...a, ...a.slice(0, 2), ...a.slice(0, 6).map((x) => ({ ...x, groep: 'g8' }))];
 * const t = aggregeerVragenlijst(b, { peildatum: '2026-11-20' });
 * [t.cellen.map((c) => c.sleutel), t.onderdrukt, t.secundairOnderdrukt]; //=> [['b', 'b/s'], 1, 1]
 * ```
 */
export function aggregeerVragenlijst(
  antwoorden: Iterable<VragenlijstAntwoord>,
  opties: VragenlijstOpties,
): Vragenlijstresultaat {
  if (
    antwoorden === null ||
    typeof antwoorden !== 'object' ||
    typeof (antwoorden as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  )
    ongeldigeInvoer('Geef de antwoorden als lijst of iterable.');
  if (!isObject(opties)) ongeldigeInvoer('Geef de opties als object met een peildatum.');
  const peildatum = eisDatum(opties.peildatum);
  const beleid = isObject(opties.beleid) ? (opties.beleid as unknown as Beleid) : undefined;
  const cel =
    zoekWaardeVoor(minimaleCelgrootte, peildatum, beleid) ?? waardeOp(minimaleCelgrootte, peildatum);
  const respons = zoekWaardeVoor(minimaleRespons, peildatum, beleid) ?? waardeOp(minimaleRespons, peildatum);
  const schaal = isObject(opties.schaal) ? opties.schaal : STANDAARD_SCHAAL;
  if (!Number.isFinite(schaal.min) || !Number.isFinite(schaal.max) || schaal.min >= schaal.max)
    ongeldigeInvoer('De schaal heeft een eindig minimum onder het maximum.');
  const populatie = isObject(opties.populatie) ? opties.populatie : {};

  const accus = new Map<string, Accu>();
  let ongeldig = 0;
  const accuVoor = (niveau: Accu['niveau'], sleutel: string): Accu => {
    let a = accus.get(sleutel);
    if (a === undefined) {
      a = nieuw(niveau, sleutel);
      accus.set(sleutel, a);
    }
    return a;
  };
  // The three accumulators of each group (ids checked once, on creation).
  // Nested by the ids as they arrive (no key string is built per answer), with the last school remembered:
  // answers from a cursor come school by school.
  type Rij = readonly [Accu, Accu, Accu];
  const perBestuur = new Map<string, Map<string, Map<string, Rij>>>();
  const groepen: Rij[] = [];
  let vorigBestuur: string | undefined;
  let vorigeSchool: string | undefined;
  let vorigeGroepen: Map<string, Rij> | undefined;

  // Ids repeat across answers: each distinct string is checked once (bounded by the number of distinct ids).
  const geldig = new Set<string>();
  const isGeldig = (w: unknown): w is string => {
    if (typeof w !== 'string') return false;
    if (geldig.has(w)) return true;
    if (!isId(w)) return false;
    if (geldig.size < MAX_IDS) geldig.add(w);
    return true;
  };
  const aantalSchalen = SCHAALCATEGORIEEN.length;
  const scores: (number | undefined)[] = new Array(aantalSchalen);
  // Question keys and statement-option pairs get a small index once per round: counting is an array write.
  const incidentIndex = new Map<string, number>();
  const paarIndex = new Map<string, Map<string, number>>();
  const paren: (readonly [string, string])[] = [];
  // per answer the indexes it counts, reused (a count, not a new array or a length reset per answer)
  const incidentSleutels: number[] = [];
  const stellingParen: number[] = [];
  let aantalIncidenten = 0;
  let aantalParen = 0;

  for (const ruw of antwoorden as Iterable<unknown>) {
    if (!isObject(ruw)) {
      ongeldig++;
      continue;
    }
    const { bestuur, school, groep } = ruw;
    if (typeof bestuur !== 'string' || typeof school !== 'string' || typeof groep !== 'string') {
      ongeldig++;
      continue;
    }
    let vanSchool: Map<string, Rij> | undefined;
    if (bestuur === vorigBestuur && school === vorigeSchool) vanSchool = vorigeGroepen;
    else {
      vanSchool = perBestuur.get(bestuur)?.get(school);
      if (vanSchool !== undefined) {
        vorigBestuur = bestuur;
        vorigeSchool = school;
        vorigeGroepen = vanSchool;
      }
    }
    let rij = vanSchool?.get(groep);
    if (rij === undefined && (!isId(bestuur) || !isId(school) || !isId(groep))) {
      ongeldig++;
      continue;
    }
    const schalen = ruw.schalen;
    const incidenten = ruw.incidenten;
    const stellingen = ruw.pestStellingen;
    if (
      (schalen !== undefined && !isObject(schalen)) ||
      (incidenten !== undefined && !isObject(incidenten)) ||
      (stellingen !== undefined && !isObject(stellingen))
    ) {
      ongeldig++;
      continue;
    }
    // everything is checked before any accumulator changes, so an invalid answer changes nothing
    let fout = false;
    for (let i = 0; i < aantalSchalen; i++) {
      const w = schalen === undefined ? undefined : schalen[SCHAALCATEGORIEEN[i] as Schaalcategorie];
      if (w === undefined) scores[i] = undefined;
      else if (typeof w === 'number' && w >= schaal.min && w <= schaal.max) scores[i] = w;
      else fout = true;
    }
    if (fout) {
      ongeldig++;
      continue;
    }
    aantalIncidenten = 0;
    if (incidenten)
      for (const k in incidenten) {
        if (incidenten[k] !== true) continue;
        let i = incidentIndex.get(k);
        if (i === undefined) {
          if (incidentIndex.size >= MAX_OPTIES || !isGeldig(k)) continue;
          i = incidentIndex.size;
          incidentIndex.set(k, i);
        }
        incidentSleutels[aantalIncidenten++] = i;
      }
    aantalParen = 0;
    if (stellingen)
      for (const k in stellingen) {
        const optie = stellingen[k];
        if (typeof optie !== 'string') continue;
        // per statement a map of its options: no key string is built per answer
        let perOptie = paarIndex.get(k);
        let i = perOptie?.get(optie);
        if (i === undefined) {
          if (paren.length >= MAX_OPTIES * MAX_OPTIES || !isGeldig(k) || !isGeldig(optie)) continue;
          i = paren.length;
          if (perOptie === undefined) {
            perOptie = new Map();
            paarIndex.set(k, perOptie);
          }
          perOptie.set(optie, i);
          paren.push([k, optie]);
        }
        stellingParen[aantalParen++] = i;
      }
    if (rij === undefined) {
      const b = accuVoor('bestuur', bestuur);
      const schoolSleutel = `${bestuur}/${school}`;
      const nieuweSchool = !accus.has(schoolSleutel);
      const s = accuVoor('school', schoolSleutel);
      const g = accuVoor('groep', `${schoolSleutel}/${groep}`);
      // the hierarchy for the complementary suppression, built once per group (not per answer)
      if (nieuweSchool) {
        s.ouder = b;
        b.kinderen.push(s);
      }
      g.ouder = s;
      s.kinderen.push(g);
      rij = [b, s, g];
      groepen.push(rij);
      if (vanSchool === undefined) {
        let scholen = perBestuur.get(bestuur);
        if (scholen === undefined) {
          scholen = new Map();
          perBestuur.set(bestuur, scholen);
        }
        vanSchool = new Map();
        scholen.set(school, vanSchool);
        vorigBestuur = bestuur;
        vorigeSchool = school;
        vorigeGroepen = vanSchool;
      }
      vanSchool.set(groep, rij);
    }
    // only the group counts per answer; its school and bestuur add the groups up after the pass
    const a = rij[2];
    a.aantal++;
    for (let i = 0; i < aantalSchalen; i++) {
      const w = scores[i];
      if (w !== undefined) {
        a.som[i] = (a.som[i] as number) + w;
        a.n[i] = (a.n[i] as number) + 1;
      }
    }
    for (let j = 0; j < aantalIncidenten; j++) {
      const i = incidentSleutels[j] as number;
      a.incidenten[i] = (a.incidenten[i] ?? 0) + 1;
    }
    for (let j = 0; j < aantalParen; j++) {
      const i = stellingParen[j] as number;
      a.stellingen[i] = (a.stellingen[i] ?? 0) + 1;
    }
  }
  // every count is a sum, so a school is the sum of its groups and a bestuur of its schools' groups
  for (const [b, s, g] of groepen) {
    telOp(s, g);
    telOp(b, g);
  }

  const vorige = new Map<string, VragenlijstCel>();
  const vr = isObject(opties.vorigeRonde) ? opties.vorigeRonde.cellen : undefined;
  if (Array.isArray(vr))
    for (const c of vr)
      if (isObject(c) && typeof c.sleutel === 'string') vorige.set(c.sleutel, c as unknown as VragenlijstCel);

  const gesorteerdeIncidenten = [...incidentIndex].sort(([x], [y]) => (x < y ? -1 : 1));
  const gesorteerdeParen = paren
    .map((p, i) => [p, i] as const)
    .sort(([x], [y]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : 1));
  const cellen: VragenlijstCel[] = [];
  let onderdrukt = 0;
  let teLaag = 0;
  // the second pass, over the cells (not the answers): primary, then complementary suppression
  for (const a of accus.values())
    if (a.aantal < cel.waarde) {
      a.verborgen = 1;
      onderdrukt++;
    }
  const secundairOnderdrukt = onderdrukAanvullend(accus.values());
  const keys = [...accus.keys()].sort();
  for (const k of keys) {
    const a = accus.get(k) as Accu;
    if (a.verborgen !== 0) continue;
    const gemiddelden: Partial<Record<Schaalcategorie, number>> = {};
    SCHAALCATEGORIEEN.forEach((c, i) => {
      const n = a.n[i] as number;
      if (n > 0) gemiddelden[c] = Math.round(((a.som[i] as number) / n) * 100) / 100; // geen-rechtsgetal: two decimals
    });
    const inc: Record<string, number> = {};
    for (const [soort, i] of gesorteerdeIncidenten) {
      const n = a.incidenten[i];
      if (n) inc[soort] = procent(n, a.aantal);
    }
    const pest: Record<string, Record<string, number>> = {};
    const perStelling = new Map<string, [string, number][]>();
    for (const [[stelling, optie], i] of gesorteerdeParen) {
      const n = a.stellingen[i];
      if (!n) continue;
      const lijst = perStelling.get(stelling) ?? [];
      lijst.push([optie, n]);
      perStelling.set(stelling, lijst);
    }
    for (const [stelling, lijst] of perStelling) {
      const totaal = lijst.reduce((x, [, y]) => x + y, 0);
      const per: Record<string, number> = {};
      for (const [optie, n] of lijst) per[optie] = procent(n, totaal);
      pest[stelling] = per;
    }
    const leerlingen = a.niveau === 'school' ? populatie[k] : undefined;
    let resp: VragenlijstCel['respons'];
    if (typeof leerlingen === 'number' && Number.isSafeInteger(leerlingen) && leerlingen > 0) {
      const percentage = procent(Math.min(a.aantal, leerlingen), leerlingen);
      resp = { leerlingen, percentage, representatief: percentage >= respons.waarde };
      if (!resp.representatief) teLaag++;
    }
    const oud = vorige.get(k);
    let trend: Partial<Record<Schaalcategorie, number>> | undefined;
    if (oud && isObject(oud.gemiddelden)) {
      trend = {};
      for (const c of SCHAALCATEGORIEEN) {
        const o = (oud.gemiddelden as Record<string, unknown>)[c];
        const n = gemiddelden[c];
        if (typeof o === 'number' && Number.isFinite(o) && n !== undefined)
          trend[c] = Math.round((n - o) * 100) / 100; // geen-rechtsgetal: two decimals
      }
    }
    cellen.push({
      niveau: a.niveau,
      sleutel: k,
      aantal: a.aantal,
      gemiddelden,
      incidenten: inc,
      pestStellingen: pest,
      ...(resp ? { respons: resp } : {}),
      ...(trend ? { trend } : {}),
    });
  }
  const redenen: Reden<MonitoringRedenCode>[] = [];
  const r = (code: MonitoringRedenCode, bron: Bron, parameters: Record<string, number>) =>
    redenen.push({
      code,
      tekst: codeTekst(MONITORING_REDEN_CODES, code, 'nl', parameters),
      bron,
      parameters,
    });
  r('CELGROOTTE_BELEID', cel.bron, { minimum: cel.waarde });
  if (onderdrukt > 0) r('CEL_ONDERDRUKT', cel.bron, { aantal: onderdrukt, minimum: cel.waarde });
  if (secundairOnderdrukt > 0)
    r('CEL_SECUNDAIR_ONDERDRUKT', ONDERDRUKKING_INTERPRETATIE, { aantal: secundairOnderdrukt });
  if (teLaag > 0) r('RESPONS_TE_LAAG', respons.bron, { aantal: teLaag, minimum: respons.waarde });
  return {
    cellen,
    onderdrukt,
    secundairOnderdrukt,
    ongeldig,
    minimaleCelgrootte: cel.waarde,
    redenen,
    verantwoording: registerVerantwoording(PAKKET.naam, PAKKET.versie, MONITORING_REGELS),
  };
}
