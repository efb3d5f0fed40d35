// The register of every breach (AVG 33(5); issue 10 item 3): one row per dossier with the facts, the effects,
// the remedial action taken, the decision and its reasons, and whether it departs from the assessment, as
// JSON rows and as CSV (RFC 4180). Unlike `registerExport` (counts only) this is the school's own register:
// it holds the free texts of the registration. One pass per dossier over its events; the assessment is read as
// stored, never recomputed.
import {
  amsterdamseDatum,
  epochMs,
  type IsoDatum,
  type Resultaat,
  type Tijdstip,
} from '@schoolveiligheid/kern';
import type { Risico } from '../beoordeling/beoordeling.js';
import { eisDatum, eisOpties, isLijstOfIterable, isObject, ongeldigeInvoer } from '../bewaak.js';
import { leesDossier, registratieBewaartermijn, toestand } from '../dossier/dossier.js';
import type { DatalekDossier, DatalekToestand } from '../dossier/procedure.js';
import { alsBeleid } from '../regels/beleid.js';
import type { RegisterOpties } from './register.js';

/** One row of the register of breaches: one dossier with a reported incident. */
export interface RegisterRij {
  /** Id of the dossier. */
  readonly dossier: string;
  /** Id of the incident in the school's registration. */
  readonly incident: string;
  // the facts
  readonly soort: string;
  readonly ontdektOp: Tijdstip;
  readonly gemeldOp: Tijdstip;
  /** The registration's free description (the school's own text); absent when it is empty. */
  readonly omschrijving?: string;
  readonly inbreuk: readonly string[];
  readonly categorieen: readonly string[];
  readonly groepen: readonly string[];
  readonly aantalBetrokkenen?: number;
  // the effects
  /** The risk of the decision the school follows. */
  readonly risico?: Risico;
  /** The ENISA severity level of the stored assessment (an explanation, never the decision). */
  readonly ernstEnisa?: string;
  // the remedial action taken
  /** Mitigations of the registration and every recovery measure, in order. */
  readonly herstelmaatregelen: readonly string[];
  readonly preventieveMaatregelen: readonly string[];
  // the decision and its reasons
  readonly isDatalek?: boolean;
  readonly meldplichtAP?: boolean;
  readonly betrokkenenInformeren?: boolean;
  readonly openbareMededeling?: boolean;
  /** The reason codes of the stored assessment, in order (empty without a stored assessment). */
  readonly redenen: readonly string[];
  /** The motivation of the board's decision. */
  readonly motivering?: string;
  /** Whether the analysis stored the assessment (schema version 3); `false` for an analysis of version 2. */
  readonly beoordelingOpgeslagen: boolean;
  /** Present exactly when an assessment is stored: does the decision do less than it? */
  readonly wijktAf?: boolean;
  /** The aspects where the decision does less than the assessment. */
  readonly afwijkingen: readonly string[];
  // what followed
  readonly gemeldBijAPOp?: Tijdstip;
  readonly meldnummer?: string;
  readonly betrokkenenGeinformeerdOp?: Tijdstip;
  readonly geslotenOp?: Tijdstip;
  /** Keep the registration at least until this day (rule `bewaartermijnRegistratie`). */
  readonly bewaarTot?: IsoDatum;
}

/** How a column is written in the CSV: a text, a number, `ja`/`nee`, codes joined by `;`, texts as a JSON list. */
export type KolomSoort = 'tekst' | 'getal' | 'ja-nee' | 'codes' | 'teksten';

/** A column of the CSV export: the field of {@link RegisterRij}, how it is written, and what it holds. */
export interface RegisterKolom {
  readonly naam: keyof RegisterRij;
  readonly soort: KolomSoort;
  readonly omschrijving: string;
}

/**
 * The columns of the register's CSV export, in order: a stable list (new columns are only ever appended). The
 * first line of the CSV is their `naam`.
 *
 * @example
 * ```ts
 * import { REGISTER_KOLOMMEN } from '@schoolveiligheid/datalek';
 * REGISTER_KOLOMMEN.slice(0, 3).map((k) => k.naam); //=> ['dossier', 'incident', 'soort']
 * REGISTER_KOLOMMEN.find((k) => k.naam === 'wijktAf')?.soort; //=> 'ja-nee'
 * ```
 */
export const REGISTER_KOLOMMEN: readonly RegisterKolom[] = /* @__PURE__ */ Object.freeze(
  (
    [
      ['dossier', 'tekst', 'Id van het dossier'],
      ['incident', 'tekst', 'Id van het incident in de registratie'],
      ['soort', 'tekst', 'Soort incident'],
      ['ontdektOp', 'tekst', 'Ontdekt op'],
      ['gemeldOp', 'tekst', 'Intern gemeld op'],
      ['omschrijving', 'tekst', 'Feiten: omschrijving uit de registratie'],
      ['inbreuk', 'codes', 'Soorten inbreuk'],
      ['categorieen', 'codes', 'Categorieën persoonsgegevens'],
      ['groepen', 'codes', 'Groepen betrokkenen'],
      ['aantalBetrokkenen', 'getal', 'Aantal betrokkenen (bij benadering)'],
      ['risico', 'tekst', 'Gevolgen: risico volgens het besluit'],
      ['ernstEnisa', 'tekst', 'Gevolgen: ENISA-ernst van de beoordeling (toelichting)'],
      ['herstelmaatregelen', 'teksten', 'Genomen corrigerende maatregelen'],
      ['preventieveMaatregelen', 'teksten', 'Preventieve maatregelen'],
      ['isDatalek', 'ja-nee', 'Besluit: datalek'],
      ['meldplichtAP', 'ja-nee', 'Besluit: melden bij de AP'],
      ['betrokkenenInformeren', 'ja-nee', 'Besluit: betrokkenen informeren'],
      ['openbareMededeling', 'ja-nee', 'Besluit: openbare mededeling'],
      ['redenen', 'codes', 'Redenen van de beoordeling (codes)'],
      ['motivering', 'tekst', 'Motivering van het besluit'],
      ['beoordelingOpgeslagen', 'ja-nee', 'Beoordeling opgeslagen bij de analyse'],
      ['wijktAf', 'ja-nee', 'Besluit doet minder dan de beoordeling'],
      ['afwijkingen', 'codes', 'Aspecten waarop het besluit afwijkt'],
      ['gemeldBijAPOp', 'tekst', 'Gemeld bij de AP op'],
      ['meldnummer', 'tekst', 'Meldnummer van de AP'],
      ['betrokkenenGeinformeerdOp', 'tekst', 'Betrokkenen geïnformeerd op'],
      ['geslotenOp', 'tekst', 'Dossier gesloten op'],
      ['bewaarTot', 'tekst', 'Registratie bewaren tot ten minste'],
    ] as const
  ).map(([naam, soort, omschrijving]) => Object.freeze({ naam, soort, omschrijving })),
);

const tekst = (w: unknown): string | undefined => (typeof w === 'string' && w !== '' ? w : undefined);

/** The texts of the measures and the AP's report number, read from the events in one pass. */
function uitGebeurtenissen(gebeurtenissen: readonly unknown[]): {
  herstel: string[];
  preventief: string[];
  meldnummer?: string;
} {
  const herstel: string[] = [];
  const preventief: string[] = [];
  let meldnummer: string | undefined;
  for (const g of gebeurtenissen) {
    if (!isObject(g)) continue;
    const omschrijving = tekst(g.omschrijving);
    if (g.type === 'herstelmaatregel' && omschrijving) herstel.push(omschrijving);
    else if (g.type === 'preventieve-maatregel' && omschrijving) preventief.push(omschrijving);
    else if (g.type === 'ap-gemeld') meldnummer = tekst(g.meldnummer) ?? meldnummer;
  }
  return meldnummer ? { herstel, preventief, meldnummer } : { herstel, preventief };
}

/** The row of one dossier read with its state; `undefined` for an empty dossier. */
function rijVan(
  dossier: DatalekDossier,
  t: DatalekToestand,
  bewaarTot: (t: Exclude<DatalekToestand, { readonly fase: 'nieuw' }>) => IsoDatum | undefined,
): RegisterRij | undefined {
  if (t.fase === 'nieuw') return undefined;
  const inc = t.incident;
  const uit = uitGebeurtenissen(dossier.gebeurtenissen);
  const b = t.beoordeling;
  const opgeslagen = t.opgeslagenBeoordeling;
  const ernst = opgeslagen?.redenen.find((r) => r.code === 'ERNST_ENISA')?.parameters?.niveau;
  const tot = bewaarTot(t);
  const rij: Record<string, unknown> = {
    dossier: dossier.kop.id,
    incident: inc.id,
    soort: inc.soort,
    ontdektOp: inc.ontdektOp,
    gemeldOp: t.gemeldOp,
    ...(inc.omschrijving !== '' ? { omschrijving: inc.omschrijving } : {}),
    inbreuk: [...inc.inbreuk],
    categorieen: [...inc.categorieen],
    groepen: [...inc.betrokkenen.groepen],
    ...(inc.betrokkenen.aantal !== undefined ? { aantalBetrokkenen: inc.betrokkenen.aantal } : {}),
    ...(b ? { risico: b.risico } : {}),
    ...(typeof ernst === 'string' ? { ernstEnisa: ernst } : {}),
    herstelmaatregelen: [...inc.maatregelen.filter((m) => m !== ''), ...uit.herstel],
    preventieveMaatregelen: uit.preventief,
    ...(b
      ? {
          isDatalek: b.isDatalek,
          meldplichtAP: b.meldplichtAP,
          betrokkenenInformeren: b.betrokkenenInformeren,
          openbareMededeling: b.openbareMededeling,
        }
      : {}),
    redenen: opgeslagen ? opgeslagen.redenen.map((r) => r.code) : [],
    ...(t.motivering ? { motivering: t.motivering } : {}),
    beoordelingOpgeslagen: opgeslagen !== undefined,
    ...(t.afwijkingen ? { wijktAf: t.afwijkingen.length > 0 } : {}),
    afwijkingen: (t.afwijkingen ?? []).map((a) => a.aspect),
    ...(t.apGemeldOp ? { gemeldBijAPOp: t.apGemeldOp } : {}),
    ...(uit.meldnummer ? { meldnummer: uit.meldnummer } : {}),
    ...(t.betrokkenenGeinformeerdOp ? { betrokkenenGeinformeerdOp: t.betrokkenenGeinformeerdOp } : {}),
    ...(t.geslotenOp ? { geslotenOp: t.geslotenOp } : {}),
    ...(tot ? { bewaarTot: tot } : {}),
  };
  return rij as unknown as RegisterRij;
}

/** Counts of the work {@link registerRegelsMet} did, for the scaling tests (work counted, never timed). */
export interface RegelsWerk {
  /** Dossiers taken from the source. */
  gelezen: number;
  /** Elementary steps: one per dossier, one per event read for the texts. */
  stappen: number;
}

/**
 * The rows over any reader of dossier states: the implementation of {@link registerRegels}. Validates the
 * arguments at once, then streams: one dossier at a time.
 */
export function registerRegelsMet(
  lees: (dossier: DatalekDossier) => Resultaat<DatalekToestand>,
  dossiers: Iterable<DatalekDossier>,
  opties?: RegisterOpties,
  werk: RegelsWerk = { gelezen: 0, stappen: 0 },
): Generator<RegisterRij> {
  if (!isLijstOfIterable(dossiers))
    ongeldigeInvoer('Geef de dossiers als lijst of iterable van opgeslagen dossiers.');
  const o = eisOpties(opties);
  const van = eisDatum(o.van, 'van');
  const tot = eisDatum(o.tot, 'tot');
  return rijen(lees, dossiers, van, tot, werk);
}

function* rijen(
  lees: (dossier: DatalekDossier) => Resultaat<DatalekToestand>,
  dossiers: Iterable<DatalekDossier>,
  van: IsoDatum | undefined,
  tot: IsoDatum | undefined,
  werk: RegelsWerk,
): Generator<RegisterRij> {
  // the retention per (policy, start): few distinct values in a register, so computed once each
  const bewaard = new Map<string, IsoDatum | null>();
  for (const ruw of dossiers) {
    werk.gelezen++;
    werk.stappen++;
    // a JSON text is read once into a dossier (its events are needed for the texts)
    let dossier = ruw;
    if (typeof ruw === 'string') {
      const gelezen = leesDossier(ruw);
      if (!gelezen.ok) continue;
      dossier = gelezen.waarde;
    }
    const r = lees(dossier);
    if (!r.ok || !isObject(dossier) || !Array.isArray(dossier.gebeurtenissen) || !isObject(dossier.kop))
      continue;
    const t = r.waarde;
    if (t.fase === 'nieuw') continue;
    const d = amsterdamseDatum(epochMs(t.gemeldOp));
    if ((van && d < van) || (tot && d > tot)) continue;
    werk.stappen += dossier.gebeurtenissen.length;
    const beleid = alsBeleid(dossier.kop.beleid);
    const sleutel = `${beleid?.id ?? ''}|${t.gemeldOp}`;
    const rij = rijVan(dossier, t, (s) => {
      const bekend = bewaard.get(sleutel);
      if (bekend !== undefined) return bekend ?? undefined;
      const nieuw = registratieBewaartermijn(s, beleid)?.laatsteDag ?? null;
      bewaard.set(sleutel, nieuw);
      return nieuw ?? undefined;
    });
    if (rij) yield rij;
  }
}

/**
 * The register of every breach (AVG 33(5)): one row per dossier with a reported incident, reported to the AP
 * or not, with the facts (type, discovery, description, kinds of breach, categories, data subjects), the
 * effects (risk, the ENISA severity as explanation), the remedial action taken (mitigations and recovery
 * measures, preventive measures), the decision and its reasons (the stored assessment's reason codes, the
 * board's motivation), whether the decision does less than the assessment (`wijktAf`, `afwijkingen`), what
 * followed, and the retention date (`bewaarTot`). As JSON: `[...registerRegels(dossiers)]`. Streams over an
 * array or any iterable (dossiers as the kernel returned them, stored JSON values or texts); dossiers that do
 * not replay are skipped (`registerExport` counts them in `nietGelezen`). Not anonymised: it holds the
 * school's own texts. The period (`van`, `tot`) is the Amsterdam date of the internal report. Throws, before
 * reading anything, `ONGELDIGE_INVOER` when `dossiers` is not a list or iterable or the options are not an
 * object, `ONGELDIGE_DATUM` for a bad `van` or `tot`.
 *
 * @example
 * ```ts
 * import { registerRegels } from '@schoolveiligheid/datalek';
 * [...registerRegels([])].length; //=> 0
 * ```
 */
export function registerRegels(
  dossiers: Iterable<DatalekDossier>,
  opties?: RegisterOpties,
): Generator<RegisterRij> {
  return registerRegelsMet(toestand, dossiers, opties);
}

/** Characters that make a spreadsheet read a cell as a formula; such a cell gets a leading apostrophe. */
const FORMULE = /^[=+\-@\t\r']/;

/**
 * One CSV cell (RFC 4180): formula-injection safe (a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe, and so does one that already starts with an apostrophe, so that reading it
 * back is unambiguous: drop one leading apostrophe), then quoted when it holds a comma, a quote or a line break
 * (quotes doubled).
 */
function cel(waarde: string): string {
  const veilig = FORMULE.test(waarde) ? `'${waarde}` : waarde;
  return /[",\r\n]/.test(veilig) ? `"${veilig.replaceAll('"', '""')}"` : veilig;
}

/** The text of one value in its column. */
function celTekst(soort: KolomSoort, w: unknown): string {
  if (w === undefined) return '';
  switch (soort) {
    case 'ja-nee':
      return w ? 'ja' : 'nee';
    case 'codes':
      return (w as readonly string[]).join(';');
    case 'teksten':
      return JSON.stringify(w);
    default:
      return String(w);
  }
}

/** The CSV line (without its line end) of one row, in the order of {@link REGISTER_KOLOMMEN}. */
function csvRegel(rij: RegisterRij): string {
  return REGISTER_KOLOMMEN.map((k) => cel(celTekst(k.soort, rij[k.naam]))).join(',');
}

/**
 * The register of every breach as CSV lines (RFC 4180, each ending in CRLF): first the header (the `naam` of
 * each of {@link REGISTER_KOLOMMEN}), then one line per row of {@link registerRegels}. Streams. Yes/no as
 * `ja`/`nee`, codes joined by `;`, free-text lists (the measures) as a JSON list, an absent value as an empty
 * cell. Formula-injection safe: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or an
 * apostrophe) gets a leading apostrophe, so a spreadsheet shows it as text; drop one leading apostrophe to read
 * the value back. Throws like {@link registerRegels}.
 *
 * @example
 * ```ts
 * import { registerCsvRegels } from '@schoolveiligheid/datalek';
 * const [kop] = [...registerCsvRegels([])];
 * kop?.startsWith('dossier,incident,soort,'); //=> true
 * kop?.endsWith('\r\n'); //=> true
 * ```
 */
export function registerCsvRegels(
  dossiers: Iterable<DatalekDossier>,
  opties?: RegisterOpties,
): Generator<string> {
  return csvRegels(registerRegels(dossiers, opties));
}

function* csvRegels(rijen: Iterable<RegisterRij>): Generator<string> {
  yield `${REGISTER_KOLOMMEN.map((k) => k.naam).join(',')}\r\n`;
  for (const rij of rijen) yield `${csvRegel(rij)}\r\n`;
}

/**
 * The register of every breach as one CSV text: the lines of {@link registerCsvRegels} joined. For a large
 * register write the lines one by one instead. Throws like {@link registerRegels}.
 *
 * @example
 * ```ts
 * import { registerCsv } from '@schoolveiligheid/datalek';
 * registerCsv([]).split('\r\n').length; //=> 2
 * ```
 */
export function registerCsv(dossiers: Iterable<DatalekDossier>, opties?: RegisterOpties): string {
  let uit = '';
  for (const regel of registerCsvRegels(dossiers, opties)) uit += regel;
  return uit;
}
