// An overview of the schorsingen of one pupil per school year (issue 11): a pure function over one dossier or over
// several dossiers of the same pupil, for a vendor's report and for the inspectie.
import type { IsoDatum, Pad, Probleem, Reden, Resultaat } from '@schoolveiligheid/kern';
import type { SchorsingRedenCode } from '../codes/codes.js';
import { isObjectInvoer, probleemVan } from '../invoer/invoer.js';
import { WPO_1_SCHOOLJAAR, WPO_40C_REEKS_LEZING } from '../regels/bronnen.js';
import { type SchorsingDossier, toestand } from './dossier.js';
import { gemisteSchooldagen, kalenderVan, type SchorsingInDossier } from './toestand.js';

/** One schorsing in the overview. */
export interface SchorsingInOverzicht {
  /** The `kop.id` of its dossier. */
  readonly dossier: string;
  /** Its number in that dossier, counted from 1. */
  readonly nummer: number;
  readonly besluitdatum: IsoDatum;
  readonly ingangsdatum: IsoDatum;
  /** School days the pupil missed (after a lifting or revocation: only those). */
  readonly schooldagen: number;
  readonly opgeheven: boolean;
  readonly ingetrokken: boolean;
  /** A reason was recorded for following on from the previous schorsing (`redenAansluitend`). */
  readonly redenAansluitend: boolean;
}

/** An uninterrupted run of schorsingen: missed school days without a school day in between. */
export interface SchorsingsReeks {
  readonly van: IsoDatum;
  readonly tot: IsoDatum;
  readonly schooldagen: number;
  /** The strictest maximum of the schorsingen in the run, in school days. */
  readonly maximumSchooldagen: number;
  /** The schorsingen of the run, as `dossier#nummer`. */
  readonly schorsingen: readonly string[];
  /** Longer than the maximum. */
  readonly bovenMaximum: boolean;
  /** Every schorsing that took the run above the maximum, and each one after it, has a recorded reason. */
  readonly redenVastgelegd: boolean;
}

/** The schorsingen of one pupil in one school year. */
export interface SchorsingsOverzicht {
  readonly leerling: string;
  /** `2025-2026`: 1 August 2025 to 31 July 2026 (WPO art. 1). */
  readonly schooljaar: string;
  readonly aantal: number;
  /** School days missed in the school year. */
  readonly schooldagen: number;
  readonly schorsingen: readonly SchorsingInOverzicht[];
  readonly reeksen: readonly SchorsingsReeks[];
  /** Runs of more than one schorsing, and those above the maximum without a recorded reason (flagged). */
  readonly redenen: readonly Reden<SchorsingRedenCode>[];
}

/** The school year (1 August to 31 July, WPO art. 1) a date falls in, as `JJJJ-JJJJ`. */
function schooljaarVan(datum: IsoDatum): string {
  const jaar = Number(datum.slice(0, 4));
  const begin = datum.slice(5) >= '08-01' ? jaar : jaar - 1;
  return `${begin}-${begin + 1}`;
}

const SCHOOLJAAR = /^(\d{4})-(\d{4})$/;

/** Input bound: at most this many dossiers in one overview. */
const MAX_DOSSIERS = 10_000; // geen-rechtsgetal

interface Gemist {
  readonly s: SchorsingInOverzicht;
  readonly dagen: readonly IsoDatum[];
  readonly maximum: number;
  readonly reden: boolean;
  readonly volgende: (d: IsoDatum) => IsoDatum;
}

function fout(
  code: 'VERKEERD_TYPE' | 'OVERZICHT_ANDERE_LEERLING' | 'ONGELDIG_FORMAAT',
  pad: Pad,
  melding: string,
): Probleem {
  return probleemVan(code, pad, melding);
}

/**
 * An overview of the schorsingen of one pupil per school year (1 August to 31 July, WPO art. 1), over one dossier
 * or several dossiers of the same pupil: the number of schorsingen, the school days missed (a lifted or revoked
 * schorsing counts only the days the pupil missed), the uninterrupted runs (school days without a school day in
 * between, across dossiers) and flagged reasons: a run of several schorsingen, and a run above the maximum of WPO
 * 40c lid 1 without a recorded reason (`OVERZICHT_REEKS_ZONDER_REDEN`). A schorsing belongs to the school year of
 * its first missed day (or its ingangsdatum). `schooljaar` (`2025-2026`) keeps one year. Dossiers of different
 * pupils, or that do not replay, give coded problems (their `pad` starts with the dossier's index).
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerkAlle, overzichtSchorsingen } from '@schoolveiligheid/schorsing';
 * const kop = { leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } } as const;
 * const a = nieuwDossier({ ...kop, id: 'dossier-a' });
 * const b = nieuwDossier({ ...kop, id: 'dossier-b' });
 * const schorsing = (datum: string, aantal: number) => ({ type: 'schorsing-besloten', datum, ingangsdatum: datum, duur: { aantal, eenheid: 'schooldagen' } });
 * const da = a.ok ? verwerkAlle(a.waarde, [schorsing('2026-03-09', 3)]) : a;
 * const db = b.ok ? verwerkAlle(b.waarde, [schorsing('2026-03-12', 3)]) : b;
 * const r = da.ok && db.ok ? overzichtSchorsingen([da.waarde, db.waarde]) : da;
 * r.ok && r.waarde.map((o) => [o.schooljaar, o.aantal, o.schooldagen]); //=> [['2025-2026', 2, 6]]
 * r.ok && r.waarde[0]?.redenen.map((x) => x.code); //=> ['OVERZICHT_SCHOOLJAAR', 'OVERZICHT_REEKS_ZONDER_REDEN']
 * ```
 */
export function overzichtSchorsingen(
  dossiers: SchorsingDossier | readonly SchorsingDossier[],
  schooljaar?: string,
): Resultaat<SchorsingsOverzicht[]> {
  const lijst: readonly unknown[] = Array.isArray(dossiers) ? dossiers : [dossiers];
  if (lijst.length === 0 || lijst.length > MAX_DOSSIERS)
    return {
      ok: false,
      problemen: [fout('VERKEERD_TYPE', [], 'Geef één dossier of een lijst van dossiers van één leerling.')],
    };
  if (schooljaar !== undefined) {
    const m = typeof schooljaar === 'string' ? SCHOOLJAAR.exec(schooljaar) : null;
    if (!m || Number(m[2]) !== Number(m[1]) + 1)
      return {
        ok: false,
        problemen: [
          fout(
            'ONGELDIG_FORMAAT',
            ['schooljaar'],
            'Een schooljaar staat als JJJJ-JJJJ, twee opeenvolgende jaren (2025-2026).',
          ),
        ],
      };
  }
  const problemen: Probleem[] = [];
  const gemist: Gemist[] = [];
  let leerling: string | undefined;
  lijst.forEach((d, i) => {
    if (!isObjectInvoer(d) || !isObjectInvoer(d.kop)) {
      problemen.push(fout('VERKEERD_TYPE', [i], 'Dit is geen dossier.'));
      return;
    }
    const t = toestand(d as unknown as SchorsingDossier);
    if (!t.ok) {
      problemen.push(...t.problemen.map((p) => ({ ...p, pad: [i, ...p.pad] })));
      return;
    }
    const kop = (d as unknown as SchorsingDossier).kop;
    if (leerling !== undefined && kop.leerling !== leerling) {
      problemen.push(
        fout('OVERZICHT_ANDERE_LEERLING', [i, 'kop', 'leerling'], 'Dit dossier is van een andere leerling.'),
      );
      return;
    }
    leerling = kop.leerling;
    const kalender = kalenderVan(kop);
    t.waarde.schorsingen.forEach((s: SchorsingInDossier, j) => {
      const dagen = gemisteSchooldagen(s);
      gemist.push({
        s: {
          dossier: kop.id,
          nummer: j + 1,
          besluitdatum: s.besluitdatum,
          ingangsdatum: s.schorsing.ingangsdatum,
          schooldagen: dagen.length,
          opgeheven: !!s.opgeheven,
          ingetrokken: !!s.ingetrokken,
          redenAansluitend: s.aansluitend?.redenVastgelegd === true,
        },
        dagen,
        maximum: s.schorsing.maximumSchooldagen,
        reden: s.aansluitend?.redenVastgelegd === true,
        volgende: (x) => kalender.volgende(x),
      });
    });
  });
  if (problemen.length > 0 || leerling === undefined) return { ok: false, problemen };
  const jaren = new Map<string, Gemist[]>();
  for (const g of gemist) {
    const jaar = schooljaarVan(g.dagen[0] ?? g.s.ingangsdatum);
    if (schooljaar !== undefined && jaar !== schooljaar) continue;
    jaren.set(jaar, [...(jaren.get(jaar) ?? []), g]);
  }
  const kind = leerling;
  const uit = [...jaren.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([jaar, lijstJaar]) => overzichtVan(kind, jaar, lijstJaar));
  return { ok: true, waarde: uit };
}

/**
 * Whether every schorsing that made the run longer than the maximum (and each one after it) has a recorded
 * reason: the same test the dossier makes when a schorsing is decided (SCHORSING_SLUIT_AAN).
 */
function redenBijElkeOverschrijding(reeks: readonly Gemist[], maximum: number): boolean {
  let totaal = 0;
  return reeks.every((g, i) => {
    totaal += g.dagen.length;
    return i === 0 || totaal <= maximum || g.reden;
  });
}

function overzichtVan(leerling: string, schooljaar: string, lijst: readonly Gemist[]): SchorsingsOverzicht {
  const metDagen = lijst
    .filter((g) => g.dagen.length > 0)
    .sort((a, b) => ((a.dagen[0] ?? '') < (b.dagen[0] ?? '') ? -1 : 1));
  const reeksen: SchorsingsReeks[] = [];
  let huidig: Gemist[] = [];
  const sluit = () => {
    const eerste = huidig[0]?.dagen[0];
    const laatste = huidig.at(-1)?.dagen.at(-1);
    if (eerste === undefined || laatste === undefined) return;
    const schooldagen = huidig.reduce((n, g) => n + g.dagen.length, 0);
    const maximumSchooldagen = Math.min(...huidig.map((g) => g.maximum));
    reeksen.push({
      van: eerste,
      tot: laatste,
      schooldagen,
      maximumSchooldagen,
      schorsingen: huidig.map((g) => `${g.s.dossier}#${g.s.nummer}`),
      bovenMaximum: schooldagen > maximumSchooldagen,
      redenVastgelegd: redenBijElkeOverschrijding(huidig, maximumSchooldagen),
    });
  };
  for (const g of metDagen) {
    const vorige = huidig.at(-1);
    const laatste = vorige?.dagen.at(-1);
    const begin = g.dagen[0];
    if (vorige && laatste !== undefined && begin !== undefined && vorige.volgende(laatste) >= begin) {
      huidig.push(g);
    } else {
      sluit();
      huidig = [g];
    }
  }
  sluit();
  const redenen: Reden<SchorsingRedenCode>[] = [];
  for (const r of reeksen) {
    if (r.schorsingen.length < 2) continue;
    const zonder = r.bovenMaximum && !r.redenVastgelegd;
    redenen.push({
      code: zonder ? 'OVERZICHT_REEKS_ZONDER_REDEN' : 'OVERZICHT_REEKS',
      tekst: zonder
        ? `Van ${r.van} tot en met ${r.tot} volgen ${r.schorsingen.length} schorsingen zonder schooldag ertussen op elkaar: samen ${r.schooldagen} schooldagen, meer dan het maximum van ${r.maximumSchooldagen}, zonder vastgelegde reden.`
        : `Van ${r.van} tot en met ${r.tot} volgen ${r.schorsingen.length} schorsingen zonder schooldag ertussen op elkaar: samen ${r.schooldagen} schooldagen (maximum ${r.maximumSchooldagen}${r.bovenMaximum ? ', met vastgelegde reden' : ''}).`,
      bron: WPO_40C_REEKS_LEZING,
      parameters: {
        van: r.van,
        tot: r.tot,
        schorsingen: r.schorsingen.length,
        schooldagen: r.schooldagen,
        maximumSchooldagen: r.maximumSchooldagen,
      },
    });
  }
  const schorsingen = [...lijst]
    .sort((a, b) => (a.s.ingangsdatum < b.s.ingangsdatum ? -1 : a.s.ingangsdatum > b.s.ingangsdatum ? 1 : 0))
    .map((g) => g.s);
  return {
    leerling,
    schooljaar,
    aantal: lijst.length,
    schooldagen: lijst.reduce((n, g) => n + g.dagen.length, 0),
    schorsingen,
    reeksen,
    redenen: [
      {
        code: 'OVERZICHT_SCHOOLJAAR',
        tekst: `Schooljaar ${schooljaar}: van 1 augustus tot en met 31 juli.`,
        bron: WPO_1_SCHOOLJAAR,
        parameters: { schooljaar },
      },
      ...redenen,
    ],
  };
}
