import { amsterdamseDatum, epochMs, type IsoDatum } from '@schoolveiligheid/kern';
import { type DatalekDossier, type DossierToestand, toestand } from '../dossier/toestand.js';
import {
  GEGEVENSCATEGORIEEN,
  type Gegevenscategorie,
  INBREUKSOORTEN,
  INCIDENTSOORTEN,
  type Inbreuksoort,
  type Incidentsoort,
} from '../incident/begrippen.js';

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
 * The anonymised register export for the periodic evaluation (seed C.6 Deel B Stap 4 N.B.; AVG 33(5)): counts
 * only, no ids, names, dates of individual incidents or free text.
 */
export interface RegisterExport {
  readonly periode: { readonly van?: IsoDatum; readonly tot?: IsoDatum };
  readonly aantalIncidenten: number;
  readonly aantalDatalekken: number;
  readonly perIncidentsoort: Readonly<Record<Incidentsoort, number>>;
  readonly perInbreuksoort: Readonly<Record<Inbreuksoort, number>>;
  readonly perCategorie: Readonly<Record<Gegevenscategorie, number>>;
  readonly perRisico: Readonly<Record<'geen' | 'risico' | 'hoog', number>>;
  readonly perUitkomst: UitkomstTelling;
  /** Hours from awareness to the AP report, over the reported breaches. */
  readonly tijdTotMeldingAP: {
    readonly aantal: number;
    readonly binnen72Uur: number;
    readonly na72Uur: number;
    readonly mediaanUren?: number;
    readonly maxUren?: number;
  };
  readonly openstaand: number;
}

/** Options of {@link registerExport}: the period, by the Amsterdam date of the internal report (inclusive). */
export interface RegisterOpties {
  readonly van?: IsoDatum;
  readonly tot?: IsoDatum;
}

function nullen<K extends string>(sleutels: readonly K[]): Record<K, number> {
  return Object.fromEntries(sleutels.map((s) => [s, 0])) as Record<K, number>;
}

function mediaan(waarden: readonly number[]): number | undefined {
  const s = [...waarden].sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Counts a school's dossiers for the periodic evaluation: per incident type, breach type, data category, risk
 * and outcome, and the time to the AP report. Anonymised: the export holds numbers only.
 *
 * @example
 * ```ts
 * import { registerExport } from '@schoolveiligheid/datalek';
 * const leeg = registerExport([]);
 * leeg.aantalIncidenten; //=> 0
 * leeg.tijdTotMeldingAP.aantal; //=> 0
 * ```
 */
export function registerExport(
  dossiers: readonly DatalekDossier[],
  opties: RegisterOpties = {},
): RegisterExport {
  const toestanden = dossiers
    .map(toestand)
    .filter((t): t is DossierToestand => t !== undefined)
    .filter((t) => {
      const d = amsterdamseDatum(epochMs(t.gemeldOp));
      return (!opties.van || d >= opties.van) && (!opties.tot || d <= opties.tot);
    });
  const perIncidentsoort = nullen(INCIDENTSOORTEN);
  const perInbreuksoort = nullen(INBREUKSOORTEN);
  const perCategorie = nullen(GEGEVENSCATEGORIEEN);
  const perRisico = nullen(['geen', 'risico', 'hoog'] as const);
  const uitkomst = {
    nogNietBeoordeeld: 0,
    geenDatalek: 0,
    alleenGeregistreerd: 0,
    meldplichtigAP: 0,
    gemeldBijAP: 0,
    betrokkenenTeInformeren: 0,
    betrokkenenGeinformeerd: 0,
  };
  const uren: number[] = [];
  let datalekken = 0;
  let openstaand = 0;
  for (const t of toestanden) {
    const inc = t.incident;
    perIncidentsoort[inc.soort]++;
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
    for (const s of new Set(inc.inbreuk)) perInbreuksoort[s]++;
    for (const c of new Set(inc.categorieen)) perCategorie[c]++;
    perRisico[b.risico]++;
    if (!b.meldplichtAP) uitkomst.alleenGeregistreerd++;
    if (b.meldplichtAP) uitkomst.meldplichtigAP++;
    if (b.betrokkenenInformeren) uitkomst.betrokkenenTeInformeren++;
    if (t.betrokkenenGeinformeerdOp) uitkomst.betrokkenenGeinformeerd++;
    if (t.apGemeldOp) {
      uitkomst.gemeldBijAP++;
      uren.push((epochMs(t.apGemeldOp) - epochMs(t.bewustOp)) / 3_600_000);
    }
  }
  const mediaanUren = mediaan(uren);
  return {
    periode: { ...(opties.van ? { van: opties.van } : {}), ...(opties.tot ? { tot: opties.tot } : {}) },
    aantalIncidenten: toestanden.length,
    aantalDatalekken: datalekken,
    perIncidentsoort,
    perInbreuksoort,
    perCategorie,
    perRisico,
    perUitkomst: uitkomst,
    tijdTotMeldingAP: {
      aantal: uren.length,
      binnen72Uur: uren.filter((u) => u <= 72).length,
      na72Uur: uren.filter((u) => u > 72).length,
      ...(mediaanUren !== undefined ? { mediaanUren, maxUren: Math.max(...uren) } : {}),
    },
    openstaand,
  };
}
