import {
  amsterdamseDatum,
  epochMs,
  type IsoDatum,
  type Resultaat,
  type Verantwoording,
} from '@schoolveiligheid/kern';
import { eisDatum, eisOpties, isLijstOfIterable, ongeldigeInvoer } from '../bewaak.js';
import { toestand } from '../dossier/dossier.js';
import { type ApRegel, apRegelOp, type DatalekDossier, type DatalekToestand } from '../dossier/procedure.js';
import {
  GEGEVENSCATEGORIEEN,
  type Gegevenscategorie,
  INBREUKSOORTEN,
  INCIDENTSOORTEN,
  type Inbreuksoort,
  type Incidentsoort,
} from '../incident/begrippen.js';
import { datalekVerantwoording } from '../regels/regels.js';

/** Outcome counts of the register export. */
export interface UitkomstTelling {
  readonly nogNietBeoordeeld: number;
  readonly geenDatalek: number;
  /** Breaches that were documented only (no risk, AVG 33(5)). */
  readonly alleenGeregistreerd: number;
  readonly meldplichtigAP: number;
  readonly gemeldBijAP: number;
  readonly betrokkenenTeInformeren: number;
  readonly betrokkenenGeinformeerd: number;
}

/**
 * A tally by known code: one count per code of the vocabulary, and `onbekend` for every value that is not one
 * (a stored value this release does not know): free text never becomes a key.
 */
export type Telling<C extends string> = Readonly<Record<C | 'onbekend', number>>;

/** The risk levels the register counts. */
export type RisicoNiveau = 'geen' | 'risico' | 'hoog';

/**
 * The anonymised register export for the periodic evaluation (seed C.6 Deel B Stap 4 N.B.; AVG 33(5)): counts
 * only, no ids, names, dates of individual incidents or free text; every key is a known code.
 */
export interface RegisterExport {
  /** The period asked for (validated dates). */
  readonly periode: { readonly van?: IsoDatum; readonly tot?: IsoDatum };
  readonly aantalIncidenten: number;
  readonly aantalDatalekken: number;
  readonly perIncidentsoort: Telling<Incidentsoort>;
  readonly perInbreuksoort: Telling<Inbreuksoort>;
  readonly perCategorie: Telling<Gegevenscategorie>;
  readonly perRisico: Telling<RisicoNiveau>;
  readonly perUitkomst: UitkomstTelling;
  /**
   * Hours from awareness to the AP report, over the reported breaches; `binnen72Uur` and `na72Uur` count the
   * reports within and after the statutory term (rule `meldtermijnAP`: 72 hours).
   */
  readonly tijdTotMeldingAP: {
    readonly aantal: number;
    readonly binnen72Uur: number;
    readonly na72Uur: number;
    readonly mediaanUren?: number;
    readonly maxUren?: number;
  };
  readonly openstaand: number;
  /** Dossiers that do not replay (damaged or of another procedure): not counted anywhere else. */
  readonly nietGelezen: number;
  /** The receipt: this package's release and the content hash of its rules. */
  readonly verantwoording: Verantwoording;
}

/** Options of {@link registerExport}: the period, by the Amsterdam date of the internal report (inclusive). */
export interface RegisterOpties {
  readonly van?: IsoDatum;
  readonly tot?: IsoDatum;
}

/** Counts of the work {@link registerExportMet} did, for the scaling tests (work counted, never timed). */
export interface RegisterWerk {
  /** Dossiers taken from the source. */
  gelezen: number;
  /** Elementary steps: one per dossier tallied, one per comparison while finding the median. */
  stappen: number;
}

const RISICO_NIVEAUS: readonly RisicoNiveau[] = ['geen', 'risico', 'hoog'];

function nullen<K extends string>(sleutels: readonly K[]): Record<K | 'onbekend', number> {
  const uit = Object.fromEntries(sleutels.map((s) => [s, 0])) as Record<K | 'onbekend', number>;
  uit.onbekend = 0;
  return uit;
}

/** Adds one to the count of `code` when it is a known code (an own key of the tally), else to `onbekend`. */
function tel<K extends string>(telling: Record<K | 'onbekend', number>, code: unknown): void {
  if (typeof code === 'string' && code !== 'onbekend' && Object.hasOwn(telling, code)) telling[code as K]++;
  else telling.onbekend++;
}

/** A growing list of numbers in a typed array: 8 bytes per value, doubling when full. */
class Getallen {
  private data = new Float64Array(64); // geen-rechtsgetal: initial buffer size
  lengte = 0;
  voegToe(w: number): void {
    if (this.lengte === this.data.length) {
      const groter = new Float64Array(this.data.length * 2);
      groter.set(this.data);
      this.data = groter;
    }
    this.data[this.lengte++] = w;
  }
  get waarden(): Float64Array {
    return this.data.subarray(0, this.lengte);
  }
}

/**
 * The k-th smallest value (0-based) of `a`, in expected linear time (quickselect, Hoare partition around the
 * median of three, iterative); reorders `a`. Each comparison counts one step in `werk`.
 */
function kKleinste(a: Float64Array, k: number, werk: RegisterWerk): number {
  let links = 0;
  let rechts = a.length - 1;
  while (links < rechts) {
    const m = links + ((rechts - links) >> 1);
    const x = a[links] as number;
    const y = a[m] as number;
    const z = a[rechts] as number;
    const spil = x < y ? (y < z ? y : Math.max(x, z)) : x < z ? x : Math.max(y, z);
    let i = links;
    let j = rechts;
    while (i <= j) {
      while ((a[i] as number) < spil) {
        i++;
        werk.stappen++;
      }
      while ((a[j] as number) > spil) {
        j--;
        werk.stappen++;
      }
      werk.stappen += 2;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) rechts = j;
    else if (k >= i) links = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

function mediaan(a: Float64Array, werk: RegisterWerk): number | undefined {
  const n = a.length;
  if (n === 0) return undefined;
  const m = n >> 1;
  const boven = kKleinste(a, m, werk);
  if (n % 2 === 1) return boven;
  // after the selection every value left of m is at most a[m]: the lower middle is their maximum
  let onder = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < m; i++) {
    werk.stappen++;
    const w = a[i] as number;
    if (w > onder) onder = w;
  }
  return (onder + boven) / 2;
}

/**
 * The register export over any reader of dossier states: the implementation of {@link registerExport}, which
 * reads with the package's `toestand`. A test passes the `toestand` of a counted procedure (`telVouwen`) and
 * a {@link RegisterWerk} to count the work. One pass over the source: one dossier at a time, nothing kept but
 * the counts and one number per AP report (for the median).
 */
export function registerExportMet(
  lees: (dossier: DatalekDossier) => Resultaat<DatalekToestand>,
  dossiers: Iterable<DatalekDossier>,
  opties?: RegisterOpties,
  werk: RegisterWerk = { gelezen: 0, stappen: 0 },
): RegisterExport {
  if (!isLijstOfIterable(dossiers))
    ongeldigeInvoer('Geef de dossiers als lijst of iterable van opgeslagen dossiers.');
  const o = eisOpties(opties);
  const van = eisDatum(o.van, 'van');
  const tot = eisDatum(o.tot, 'tot');
  const perIncidentsoort = nullen(INCIDENTSOORTEN);
  const perInbreuksoort = nullen(INBREUKSOORTEN);
  const perCategorie = nullen(GEGEVENSCATEGORIEEN);
  const perRisico = nullen(RISICO_NIVEAUS);
  const uitkomst = {
    nogNietBeoordeeld: 0,
    geenDatalek: 0,
    alleenGeregistreerd: 0,
    meldplichtigAP: 0,
    gemeldBijAP: 0,
    betrokkenenTeInformeren: 0,
    betrokkenenGeinformeerd: 0,
  };
  const uren = new Getallen();
  // the statutory AP term per date of report: a few thousand dates at most, keyed on immutable strings
  const apRegels = new Map<IsoDatum, ApRegel | null>();
  const apRegel = (datum: IsoDatum): ApRegel | null => {
    const bekend = apRegels.get(datum);
    if (bekend !== undefined) return bekend;
    const nieuw = apRegelOp(datum) ?? null;
    apRegels.set(datum, nieuw);
    return nieuw;
  };
  let maxUren = Number.NEGATIVE_INFINITY;
  let incidenten = 0;
  let binnen = 0;
  let datalekken = 0;
  let openstaand = 0;
  let nietGelezen = 0;
  for (const dossier of dossiers) {
    werk.gelezen++;
    werk.stappen++;
    const r = lees(dossier);
    if (!r.ok) {
      nietGelezen++;
      continue;
    }
    const t = r.waarde;
    if (t.fase === 'nieuw') continue;
    const gemeldMs = epochMs(t.gemeldOp);
    const d = amsterdamseDatum(gemeldMs);
    if ((van && d < van) || (tot && d > tot)) continue;
    incidenten++;
    const inc = t.incident;
    tel(perIncidentsoort, inc.soort);
    if (t.fase !== 'gesloten') openstaand++;
    const b = t.beoordeling;
    if (!b) {
      uitkomst.nogNietBeoordeeld++;
      continue;
    }
    if (!b.isDatalek) {
      uitkomst.geenDatalek++;
      continue;
    }
    datalekken++;
    for (const s of new Set(inc.inbreuk)) tel(perInbreuksoort, s);
    for (const c of new Set(inc.categorieen)) tel(perCategorie, c);
    tel(perRisico, b.risico);
    if (b.meldplichtAP) uitkomst.meldplichtigAP++;
    else uitkomst.alleenGeregistreerd++;
    if (b.betrokkenenInformeren) uitkomst.betrokkenenTeInformeren++;
    if (t.betrokkenenGeinformeerdOp) uitkomst.betrokkenenGeinformeerd++;
    if (t.apGemeldOp) {
      uitkomst.gemeldBijAP++;
      const apMs = epochMs(t.apGemeldOp);
      const bewustMs = epochMs(t.bewustOp);
      const u = (apMs - bewustMs) / 3_600_000;
      uren.voegToe(u);
      if (u > maxUren) maxUren = u;
      const ap = apRegel(d);
      const startMs = ap?.vanaf === 'interne-melding' ? gemeldMs : bewustMs;
      if (!ap || apMs <= startMs + ap.duurMs) binnen++;
    }
  }
  const mediaanUren = mediaan(uren.waarden, werk);
  return {
    periode: { ...(van ? { van } : {}), ...(tot ? { tot } : {}) },
    aantalIncidenten: incidenten,
    aantalDatalekken: datalekken,
    perIncidentsoort,
    perInbreuksoort,
    perCategorie,
    perRisico,
    perUitkomst: uitkomst,
    tijdTotMeldingAP: {
      aantal: uren.lengte,
      binnen72Uur: binnen,
      na72Uur: uren.lengte - binnen,
      ...(mediaanUren !== undefined ? { mediaanUren, maxUren } : {}),
    },
    openstaand,
    nietGelezen,
    verantwoording: datalekVerantwoording(),
  };
}

/**
 * Counts a school's dossiers for the periodic evaluation: per incident type, breach type, data category, risk
 * and outcome, and the time to the AP report. Anonymised: the export holds numbers only, and every key is a
 * known code (a stored value this release does not know is counted under `onbekend`, never as its own key).
 * Each dossier's state is read through the kernel (`toestand`); dossiers that do not replay are counted in
 * `nietGelezen`, empty ones are skipped. Streams: one pass over an array or any iterable (a generator over a
 * database cursor), keeping only the counts, so a register of a million dossiers needs no list of them. Throws
 * `ONGELDIGE_INVOER` when `dossiers` is not a list or iterable (a string is not) or the options are not an
 * object, `ONGELDIGE_DATUM` for a `van` or `tot` that is not a date.
 *
 * @example
 * ```ts
 * import { registerExport } from '@schoolveiligheid/datalek';
 * const leeg = registerExport([]);
 * leeg.aantalIncidenten; //=> 0
 * leeg.tijdTotMeldingAP.aantal; //=> 0
 * leeg.perRisico; //=> { geen: 0, risico: 0, hoog: 0, onbekend: 0 }
 * ```
 */
export function registerExport(dossiers: Iterable<DatalekDossier>, opties?: RegisterOpties): RegisterExport {
  return registerExportMet(toestand, dossiers, opties);
}
