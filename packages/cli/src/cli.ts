import type { Tijdstip } from '@schoolveiligheid/kern';
import { cliProbleem } from './codes.js';
import { leesJson, naarJson } from './json.js';
import { PAKKET } from './pakket.js';
import { invoerJsonSchema } from './schema.js';
import { OPDRACHTEN } from './tabel.js';
import { uitleg } from './uitleg.js';
import { type Uitkomst, voerUit, weigering, zoekOpdracht } from './uitvoering.js';

/**
 * What {@link draaiCli} asks the process to do: print and exit, read stdin and call again, or start the
 * sidecar. Only `bin.ts` acts on it.
 */
export type CliUitkomst =
  | {
      /** Print `stdout` and `stderr`, exit with `code`. */
      readonly soort: 'klaar';
      readonly code: 0 | 1 | 2 | 3;
      readonly stdout: string;
      readonly stderr: string;
    }
  | {
      /** The command reads its input from stdin: call again with `opties.stdin`. */
      readonly soort: 'stdin';
    }
  | {
      /** Start the sidecar on `host:poort`. */
      readonly soort: 'serve';
      readonly poort: number;
      readonly host: string;
    };

/** Options of {@link draaiCli}. */
export interface CliOpties {
  /** The text read from stdin, once {@link draaiCli} asked for it. */
  readonly stdin?: string;
  /** The clock for commands that need `nu` when the input has none (`bin.ts` passes the machine's). */
  readonly klok?: () => Tijdstip;
}

/** The usage text of `--help`. */
const hulp = () => `schoolveiligheid <opdracht> [invoer] [--uitleg]
schoolveiligheid serve [--poort 8080] [--host 127.0.0.1]

Commands (opdrachten):
${OPDRACHTEN.map((o) => `  ${o.naam.padEnd(18)}${o.omschrijving.split(':')[0]?.split(' (')[0]}`).join('\n')}
  lijst             The commands and the JSON Schema of their input.
  serve             The HTTP sidecar: POST /v1/<opdracht>, GET /openapi.json, GET /health.

Input (invoer): JSON on stdin, or --invoer '<json>', and/or fields as options: --veld waarde,
--duur.aantal 6 (a value is read as JSON when it parses, otherwise as text); fields are added to
--invoer. With neither --invoer nor fields, the input is read from stdin.
Output: JSON { ok: true, waarde } or { ok: false, problemen } on stdout; --uitleg prints the reasons and
traces as readable Dutch text instead. schoolveiligheid <opdracht> --help shows the input schema.

Exit codes: 0 answered; 1 input refused (coded problems); 2 misuse (unknown command or option);
3 internal error (INTERNE_FOUT, please report).`;

const klaar = (code: 0 | 1 | 2 | 3, stdout: string, stderr = ''): CliUitkomst => ({
  soort: 'klaar',
  code,
  stdout,
  stderr,
});

const misbruik = (code: 'ONGELDIGE_OPTIE' | 'ONBEKENDE_OPDRACHT' | 'GEEN_INVOER'): CliUitkomst =>
  klaar(2, naarJson(weigering(2, 400, [cliProbleem(code)]).json), 'Zie: schoolveiligheid --help\n');

const VELD = /^[a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)*$/;

/** An option's value: JSON when it parses, otherwise the text itself. */
function waardeVan(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    return tekst;
  }
}

/** Sets `pad` (dotted) in `doel` to `waarde`, creating plain objects on the way; own properties only. */
function zet(doel: Record<string, unknown>, pad: string, waarde: unknown): void {
  const delen = pad.split('.');
  let plek = doel;
  for (const deel of delen.slice(0, -1)) {
    const volgende = Object.hasOwn(plek, deel) ? plek[deel] : undefined;
    if (typeof volgende !== 'object' || volgende === null || Array.isArray(volgende)) plek[deel] = {};
    plek = plek[deel] as Record<string, unknown>;
  }
  plek[delen.at(-1) as string] = waarde;
}

interface Argumenten {
  readonly invoer?: string;
  readonly uitleg: boolean;
  readonly hulp: boolean;
  readonly velden: readonly (readonly [string, unknown])[];
}

/** The options after the command, or `undefined` for one that is malformed. */
function ontleed(rest: readonly string[]): Argumenten | undefined {
  let invoer: string | undefined;
  let uitlegGevraagd = false;
  let hulp = false;
  const velden: [string, unknown][] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) return undefined;
    const is = arg.indexOf('=');
    const naam = is === -1 ? arg.slice(2) : arg.slice(2, is);
    const volgende = rest[i + 1];
    const heeftVolgende = volgende !== undefined && !volgende.startsWith('--');
    if (naam === 'uitleg' || naam === 'help') {
      if (is !== -1) return undefined;
      if (naam === 'uitleg') uitlegGevraagd = true;
      else hulp = true;
      continue;
    }
    let waarde: string | undefined;
    if (is !== -1) waarde = arg.slice(is + 1);
    else if (heeftVolgende) {
      waarde = volgende;
      i++;
    }
    if (naam === 'invoer') {
      if (waarde === undefined || invoer !== undefined) return undefined;
      invoer = waarde;
    } else if (VELD.test(naam)) velden.push([naam, waarde === undefined ? true : waardeVan(waarde)]);
    else return undefined;
  }
  return { ...(invoer !== undefined ? { invoer } : {}), uitleg: uitlegGevraagd, hulp, velden };
}

function serve(rest: readonly string[]): CliUitkomst {
  const a = ontleed(rest);
  if (!a || a.invoer !== undefined || a.uitleg) return misbruik('ONGELDIGE_OPTIE');
  if (a.hulp) return klaar(0, `${hulp()}\n`);
  let poort = 8080;
  let host = '127.0.0.1';
  for (const [naam, waarde] of a.velden) {
    if (
      naam === 'poort' &&
      Number.isSafeInteger(waarde) &&
      (waarde as number) >= 0 &&
      (waarde as number) <= 65535
    )
      poort = waarde as number;
    else if (naam === 'host' && typeof waarde === 'string' && /^[\w.:-]{1,255}$/.test(waarde)) host = waarde;
    else return misbruik('ONGELDIGE_OPTIE');
  }
  return { soort: 'serve', poort, host };
}

function uit(u: Uitkomst, leesbaar: boolean): CliUitkomst {
  const stderr = u.code === 2 ? 'Zie: schoolveiligheid --help\n' : '';
  return klaar(u.code, leesbaar ? uitleg(u) : naarJson(u.json), stderr);
}

/**
 * The command line as a pure function: the arguments after `schoolveiligheid` (and stdin's text, once asked
 * for) in, what to print and the exit code out. `bin.ts` is the only part that touches the process. Input is
 * JSON on stdin, `--invoer '<json>'`, or fields as options (`--gebeurtenis 2026-12-01 --duur.aantal 6`);
 * `--uitleg` prints the answer's reasons and traces as text. Never throws.
 *
 * @example
 * ```ts
 * import { draaiCli } from '@schoolveiligheid/cli';
 * const r = draaiCli(['termijn', '--gebeurtenis', '2026-12-01', '--duur.aantal', '6', '--duur.eenheid', 'weken', '--grondslag', 'nl-wet']);
 * r.soort === 'klaar' && [r.code, JSON.parse(r.stdout).waarde.laatsteDag]; //=> [0, '2027-01-12']
 * draaiCli(['termijn']).soort; //=> 'stdin'
 * const s = draaiCli(['termijn'], { stdin: '{ kapot' });
 * s.soort === 'klaar' && [s.code, JSON.parse(s.stdout).problemen[0].code]; //=> [1, 'ONGELDIGE_JSON']
 * draaiCli(['serve', '--poort', '0']); //=> { soort: 'serve', poort: 0, host: '127.0.0.1' }
 * ```
 */
export function draaiCli(argv: readonly string[], opties: CliOpties = {}): CliUitkomst {
  try {
    if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) return misbruik('ONGELDIGE_OPTIE');
    const { stdin, klok } = typeof opties === 'object' && opties !== null ? opties : ({} as CliOpties);
    const [opdracht, ...rest] = argv as string[];
    if (opdracht === undefined) return klaar(2, '', `${hulp()}\n`);
    if (opdracht === '--help' || opdracht === '-h' || opdracht === 'help') return klaar(0, `${hulp()}\n`);
    if (opdracht === '--versie' || opdracht === '--version') return klaar(0, `${PAKKET.versie}\n`);
    if (opdracht === 'serve') return serve(rest);
    const gevonden = zoekOpdracht(opdracht);
    if (!gevonden && opdracht !== 'lijst') return misbruik('ONBEKENDE_OPDRACHT');
    const a = ontleed(rest);
    if (!a) return misbruik('ONGELDIGE_OPTIE');
    if (a.hulp)
      return klaar(
        0,
        gevonden
          ? `${gevonden.naam}: ${gevonden.omschrijving}\n\nOutput (waarde): ${gevonden.uitvoer}\n\nInput (JSON Schema):\n${naarJson(invoerJsonSchema(gevonden))}`
          : `${hulp()}\n`,
      );
    let invoer: unknown = {};
    if (a.invoer !== undefined) {
      const j = leesJson(a.invoer);
      if (!j.ok) return klaar(1, naarJson(j));
      invoer = j.waarde;
    } else if (a.velden.length === 0 && opdracht !== 'lijst') {
      if (typeof stdin !== 'string') return { soort: 'stdin' };
      if (stdin.trim() === '') return misbruik('GEEN_INVOER');
      const j = leesJson(stdin);
      if (!j.ok) return klaar(1, naarJson(j));
      invoer = j.waarde;
    }
    if (a.velden.length > 0) {
      if (typeof invoer !== 'object' || invoer === null || Array.isArray(invoer))
        return misbruik('ONGELDIGE_OPTIE');
      const samen = structuredClone(invoer) as Record<string, unknown>;
      for (const [naam, waarde] of a.velden) zet(samen, naam, waarde);
      invoer = samen;
    }
    return uit(voerUit(opdracht, invoer, typeof klok === 'function' ? { klok } : {}), a.uitleg);
  } catch {
    return klaar(3, naarJson(weigering(3, 500, [cliProbleem('INTERNE_FOUT')]).json));
  }
}
