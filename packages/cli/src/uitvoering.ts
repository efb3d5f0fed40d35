import {
  type Probleem,
  problemen,
  type Resultaat,
  SchoolveiligheidFout,
  type Tijdstip,
  valideer,
} from '@schoolveiligheid/kern';
import { cliProbleem } from './codes.js';
import { teDiep } from './json.js';
import type { Opdracht } from './opdracht.js';
import { invoerJsonSchema, type JsonSchema } from './schema.js';
import { OPDRACHTEN } from './tabel.js';

/**
 * The answer to a command, the same for the command line and the sidecar: the JSON (kern's `Resultaat`
 * shape, `{ ok: true, waarde }` or `{ ok: false, problemen }`), the process exit code and the HTTP status.
 *
 * | code | status | meaning |
 * | --- | --- | --- |
 * | 0 | 200 | answered: `waarde` |
 * | 1 | 422 (400 for JSON that does not parse or nests too deep) | input refused: coded `problemen` |
 * | 2 | 404 (400 on the command line's own misuse) | misuse: unknown command, option or path |
 * | 3 | 500 | an internal error (a bug): the code `INTERNE_FOUT`, never a stack |
 */
export interface Uitkomst {
  /** The exit code of the command line. */
  readonly code: 0 | 1 | 2 | 3;
  /** The HTTP status of the sidecar. */
  readonly status: number;
  /** The answer. */
  readonly json: Resultaat<unknown>;
}

/** Options of {@link voerUit}. */
export interface VoerUitOpties {
  /**
   * The clock for commands whose answer depends on the moment (`dossier`), used only when the input has no
   * `nu`. Without it such input must carry `nu`. The command line and the server pass the machine's clock.
   */
  readonly klok?: () => Tijdstip;
}

/** One command in the list of {@link lijst}. */
export interface OpdrachtBeschrijving {
  readonly naam: string;
  readonly omschrijving: string;
  readonly uitvoer: string;
  readonly nuUitKlok: boolean;
  readonly invoerSchema: JsonSchema;
}

/** A refusal with the given exit code and status. */
export function weigering(code: 1 | 2 | 3, status: number, lijst: readonly Probleem[]): Uitkomst {
  return { code, status, json: problemen(lijst) };
}

/** A thrown SDK error as a coded problem: its code, its fixed message and its non-personal details. */
function alsProbleem(fout: unknown): Probleem | undefined {
  if (!(fout instanceof SchoolveiligheidFout) || typeof fout.code !== 'string') return undefined;
  const details = fout.details;
  const heeftDetails = typeof details === 'object' && details !== null && Object.keys(details).length > 0;
  return {
    code: fout.code,
    pad: [],
    melding: fout.message,
    ...(heeftDetails ? { parameters: details } : {}),
  };
}

/**
 * The commands with their input as JSON Schema: what `schoolveiligheid lijst` and `POST /v1/lijst` answer.
 *
 * @example
 * ```ts
 * import { lijst } from '@schoolveiligheid/cli';
 * const termijn = lijst().opdrachten.find((o) => o.naam === 'termijn');
 * termijn?.invoerSchema.required; //=> ['gebeurtenis', 'duur', 'grondslag']
 * ```
 */
export function lijst(): { readonly opdrachten: readonly OpdrachtBeschrijving[] } {
  return {
    opdrachten: OPDRACHTEN.map((o) => ({
      naam: o.naam,
      omschrijving: o.omschrijving,
      uitvoer: o.uitvoer,
      nuUitKlok: o.nuUitKlok === true,
      invoerSchema: invoerJsonSchema(o),
    })),
  };
}

/** The command of that name, if the table has it. */
export function zoekOpdracht(naam: unknown): Opdracht | undefined {
  return typeof naam === 'string' ? OPDRACHTEN.find((o) => o.naam === naam) : undefined;
}

/**
 * Runs a command of {@link OPDRACHTEN} (or `lijst`) on JSON input: validates it against the command's schema
 * (kern's coded problems), calls the library and turns a thrown `SchoolveiligheidFout` into a coded problem.
 * Pure: JSON in, JSON out, no clock unless `opties.klok` is given. Never throws.
 *
 * @example
 * ```ts
 * import { voerUit } from '@schoolveiligheid/cli';
 * const u = voerUit('termijn', { gebeurtenis: '2026-12-01', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' });
 * [u.code, u.status, u.json.ok && (u.json.waarde as { laatsteDag: string }).laatsteDag]; //=> [0, 200, '2027-01-12']
 * const fout = voerUit('termijn', { gebeurtenis: '2026-02-30', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' });
 * [fout.code, fout.status, fout.json.ok ? [] : fout.json.problemen.map((p) => p.code)]; //=> [1, 422, ['ONGELDIGE_DATUM']]
 * voerUit('onbekend', {}).code; //=> 2
 * ```
 */
export function voerUit(naam: string, invoer: unknown, opties: VoerUitOpties = {}): Uitkomst {
  try {
    if (naam === 'lijst') return { code: 0, status: 200, json: { ok: true, waarde: lijst() } };
    const opdracht = zoekOpdracht(naam);
    if (!opdracht) return weigering(2, 404, [cliProbleem('ONBEKENDE_OPDRACHT')]);
    if (teDiep(invoer)) return weigering(1, 400, [cliProbleem('JSON_TE_DIEP')]);
    const klok = typeof opties === 'object' && opties !== null ? opties.klok : undefined;
    let metNu = invoer;
    if (
      opdracht.nuUitKlok &&
      typeof klok === 'function' &&
      typeof invoer === 'object' &&
      invoer !== null &&
      !Array.isArray(invoer) &&
      (invoer as { nu?: unknown }).nu === undefined
    )
      metNu = { ...invoer, nu: klok() };
    const gelezen = valideer(opdracht.invoerSchema, metNu);
    if (!gelezen.ok) return weigering(1, 422, gelezen.problemen);
    // the library gets the input as sent, not zod's copy: the schema is the gate and the documentation, and a
    // field it does not (yet) know (a newer calendar setting) reaches the library, which checks it itself
    const r = opdracht.voerUit(metNu as never);
    return r.ok ? { code: 0, status: 200, json: r } : weigering(1, 422, r.problemen);
  } catch (fout) {
    const p = alsProbleem(fout);
    return p ? weigering(1, 422, [p]) : weigering(3, 500, [cliProbleem('INTERNE_FOUT')]);
  }
}
