import { isObjectOfLijst, ongeldigeInvoer } from '../fout/bewaak.js';
import { DATUM_CODES } from '../fout/fout.js';
import type * as z from 'zod/v4';
import type { CodeCatalogus, Parameters, Taal } from '../code/catalogus.js';

/** A path into the input that a problem is about, as in zod: `['betrokkenen', 0, 'aantal']`. */
export type Pad = readonly (string | number)[];

/**
 * The codes {@link valideer} gives to problems it finds with a zod schema. Closed: zod's own issue names
 * never leak into a code, so a zod upgrade cannot change them. A custom refinement may still set its own
 * code with `params.code`.
 */
export type ValidatieCode =
  /** A required value is missing (`undefined` or an absent key). */
  | 'VERPLICHT'
  /** A value of the wrong kind (text where a number is expected). Parameter `verwacht`. */
  | 'VERKEERD_TYPE'
  /** A number below its lower bound. Parameters `minimum` and `inclusief` (`false`: must be greater). */
  | 'TE_KLEIN'
  /** A number above its upper bound. Parameters `maximum` and `inclusief` (`false`: must be less). */
  | 'TE_GROOT'
  /** A text shorter than allowed. Parameter `minimum` (characters), `exact` for a fixed length. */
  | 'TE_KORT'
  /** A text longer than allowed. Parameter `maximum` (characters), `exact` for a fixed length. */
  | 'TE_LANG'
  /** A list with too few elements. Parameter `minimum`, `exact` for a fixed count. */
  | 'TE_WEINIG'
  /** A list with too many elements. Parameter `maximum`, `exact` for a fixed count. */
  | 'TE_VEEL'
  /** A value outside a fixed set of choices. Parameter `toegestaan` (the allowed values, comma separated). */
  | 'ONGELDIGE_KEUZE'
  /** A text that does not have the required format (e-mail, URL, pattern). Parameter `formaat`. */
  | 'ONGELDIG_FORMAAT'
  /** Fields the schema does not know (strict objects). Parameter `aantal`; the field names are not echoed. */
  | 'ONBEKENDE_VELDEN'
  /** A value that matches none of the shapes of a union. */
  | 'GEEN_PASSENDE_VORM'
  /** A number that is not a multiple of `deler`. */
  | 'GEEN_VEELVOUD'
  /** Any other invalid value. */
  | 'ONGELDIGE_WAARDE'
  /** Not a real calendar date `YYYY-MM-DD` (see `isoDatumSchema`). */
  | 'ONGELDIGE_DATUM'
  /** Not an ISO 8601 instant with an offset (see `tijdstipSchema`). */
  | 'ONGELDIG_TIJDSTIP';

/**
 * One problem with input data: a stable `code`, the `pad` into the input, and a `melding` for people
 * (Dutch unless English was asked for). A melding never repeats values from the input (no BSN, names or
 * free text); `parameters` carry only the limits of the schema (numbers, allowed choices), so a vendor can
 * render the melding again, in either language, with {@link validatieMelding}.
 */
export interface Probleem {
  /** Stable code for programs: a {@link ValidatieCode} or a package's own code (`ONGELDIG_AANTAL`). */
  readonly code: ValidatieCode | (string & {});
  /** Where in the input the problem is. */
  readonly pad: Pad;
  /** Message for people, Dutch by default. */
  readonly melding: string;
  /** The limits the melding is built from (for example `{ minimum: 1, inclusief: true }`), never input. */
  readonly parameters?: Parameters;
}

/**
 * The outcome of validating or processing data: bad data is a value, not an exception.
 *
 * @example
 * ```ts
 * import { ok, probleem, type Resultaat } from '@schoolveiligheid/kern';
 * const goed: Resultaat<number> = ok(5);
 * const fout: Resultaat<number> = probleem('TE_LANG', ['duur'], 'De duur is te lang.');
 * goed.ok; //=> true
 * fout.ok ? [] : fout.problemen.map((p) => p.code); //=> ['TE_LANG']
 * ```
 */
export type Resultaat<T> =
  | { readonly ok: true; readonly waarde: T }
  | { readonly ok: false; readonly problemen: readonly Probleem[] };

/**
 * A successful {@link Resultaat}.
 *
 * @example
 * ```ts
 * import { ok } from '@schoolveiligheid/kern';
 * ok(42); //=> { ok: true, waarde: 42 }
 * ```
 */
export function ok<T>(waarde: T): Resultaat<T> {
  return { ok: true, waarde };
}

/**
 * A failed {@link Resultaat} with one problem. `parameters` (optional) are the limits behind the melding.
 *
 * @example
 * ```ts
 * import { probleem } from '@schoolveiligheid/kern';
 * probleem('VERPLICHT', ['datum'], 'De datum ontbreekt.'); //=> { ok: false, problemen: [{ code: 'VERPLICHT', pad: ['datum'], melding: 'De datum ontbreekt.' }] }
 * probleem('TE_GROOT', ['aantal'], 'Te groot; maximaal 5.', { maximum: 5, inclusief: true }); //=> { ok: false, problemen: [{ code: 'TE_GROOT', pad: ['aantal'], melding: 'Te groot; maximaal 5.', parameters: { maximum: 5, inclusief: true } }] }
 * ```
 */
export function probleem<T = never>(
  code: string,
  pad: Pad,
  melding: string,
  parameters?: Parameters,
): Resultaat<T> {
  return { ok: false, problemen: [parameters ? { code, pad, melding, parameters } : { code, pad, melding }] };
}

/**
 * A failed {@link Resultaat} with several problems.
 *
 * @example
 * ```ts
 * import { problemen } from '@schoolveiligheid/kern';
 * const r = problemen([{ code: 'A', pad: [], melding: 'Eerste.' }, { code: 'B', pad: [], melding: 'Tweede.' }]);
 * r.ok ? 0 : r.problemen.length; //=> 2
 * ```
 */
export function problemen<T = never>(lijst: readonly Probleem[]): Resultaat<T> {
  return { ok: false, problemen: lijst };
}

/**
 * What each {@link ValidatieCode} means, in Dutch and English. Typed as a record over the union, so a code
 * without an entry is a compile error. The melding of a problem is more precise where it has parameters
 * (`Te klein; minimaal 1.`); {@link validatieMelding} renders it.
 *
 * @example
 * ```ts
 * import { VALIDATIE_CODES } from '@schoolveiligheid/kern';
 * VALIDATIE_CODES.VERPLICHT; //=> { nl: 'Dit veld is verplicht.', en: 'This field is required.' }
 * ```
 */
export const VALIDATIE_CODES: CodeCatalogus<ValidatieCode> = /* @__PURE__ */ Object.freeze({
  VERPLICHT: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  VERKEERD_TYPE: { nl: 'Verkeerd soort waarde.', en: 'Wrong kind of value.' },
  TE_KLEIN: { nl: 'De waarde is te klein.', en: 'The value is too small.' },
  TE_GROOT: { nl: 'De waarde is te groot.', en: 'The value is too large.' },
  TE_KORT: { nl: 'De tekst is te kort.', en: 'The text is too short.' },
  TE_LANG: { nl: 'De tekst is te lang.', en: 'The text is too long.' },
  TE_WEINIG: { nl: 'De lijst heeft te weinig elementen.', en: 'The list has too few items.' },
  TE_VEEL: { nl: 'De lijst heeft te veel elementen.', en: 'The list has too many items.' },
  ONGELDIGE_KEUZE: { nl: 'Ongeldige keuze.', en: 'Invalid choice.' },
  ONGELDIG_FORMAAT: { nl: 'Ongeldig formaat.', en: 'Invalid format.' },
  ONBEKENDE_VELDEN: { nl: 'Onbekende velden in de invoer.', en: 'Unknown fields in the input.' },
  GEEN_PASSENDE_VORM: {
    nl: 'De waarde past bij geen van de toegestane vormen.',
    en: 'The value matches none of the allowed shapes.',
  },
  GEEN_VEELVOUD: { nl: 'De waarde is geen geldig veelvoud.', en: 'The value is not a valid multiple.' },
  ONGELDIGE_WAARDE: { nl: 'Ongeldige waarde.', en: 'Invalid value.' },
  ...DATUM_CODES,
});

const SOORTEN: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'getal', en: 'number' },
  int: { nl: 'geheel getal', en: 'whole number' },
  bigint: { nl: 'geheel getal', en: 'whole number' },
  boolean: { nl: 'ja/nee-waarde', en: 'true/false value' },
  object: { nl: 'object', en: 'object' },
  record: { nl: 'object', en: 'object' },
  array: { nl: 'lijst', en: 'list' },
  tuple: { nl: 'lijst', en: 'list' },
  date: { nl: 'datum', en: 'date' },
  null: { nl: 'leeg', en: 'null' },
  undefined: { nl: 'niets', en: 'nothing' },
};

const FORMATEN: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  url: { nl: 'URL', en: 'URL' },
  uuid: { nl: 'UUID', en: 'UUID' },
  time: { nl: 'tijd (UU:MM)', en: 'time (HH:MM)' },
  duration: { nl: 'ISO 8601-duur', en: 'ISO 8601 duration' },
  regex: { nl: 'het vereiste patroon', en: 'the required pattern' },
  bedrag: { nl: 'bedrag (€ 25,00)', en: 'amount (€ 25,00)' },
};

/** The validation codes of a limit. */
type GrensCode = 'TE_KLEIN' | 'TE_GROOT' | 'TE_KORT' | 'TE_LANG' | 'TE_WEINIG' | 'TE_VEEL';
type GrensRij = readonly [
  grens: 'minimum' | 'maximum',
  nl: string,
  en: string,
  vlag: 'exclusief' | 'exact',
  tekens?: true,
];

/**
 * The codes of a limit: the parameter that holds it, the start of the sentence in Dutch and English, which
 * flag gives the other wording (a number's `inclusief: false`, a text's or list's `exact`) and whether the
 * limit counts characters.
 */
const GRENS_CODES: Readonly<Record<GrensCode, GrensRij>> = {
  TE_KLEIN: ['minimum', 'Te klein', 'Too small', 'exclusief'],
  TE_GROOT: ['maximum', 'Te groot', 'Too large', 'exclusief'],
  TE_KORT: ['minimum', 'Te kort', 'Too short', 'exact', true],
  TE_LANG: ['maximum', 'Te lang', 'Too long', 'exact', true],
  TE_WEINIG: ['minimum', 'Te weinig elementen', 'Too few items', 'exact'],
  TE_VEEL: ['maximum', 'Te veel elementen', 'Too many items', 'exact'],
};

/** The limit codes of a zod `too_small` and `too_big` issue by what is limited; any other origin is a number. */
const GRENS_VAN_OORSPRONG: Readonly<Record<string, readonly [GrensCode, GrensCode]>> = {
  string: ['TE_KORT', 'TE_LANG'],
  array: ['TE_WEINIG', 'TE_VEEL'],
  set: ['TE_WEINIG', 'TE_VEEL'],
};

/** How a limit is said, in Dutch and English: the usual words, those of an exclusive limit, and the unit. */
const GRENS_WOORDEN = {
  minimum: ['minimaal', 'at least'],
  maximum: ['maximaal', 'at most'],
  'minimum-strikt': ['moet groter zijn dan', 'must be greater than'],
  'maximum-strikt': ['moet kleiner zijn dan', 'must be less than'],
  exact: ['precies', 'exactly'],
  tekens: [' tekens', ' characters'],
} as const;

/** A number as text: `0,5` in Dutch, `0.5` in English. No grouping, no Intl, so no locale dependence. */
function getalTekst(waarde: string | number | boolean | undefined, taal: Taal): string {
  const tekst = String(waarde);
  return taal === 'nl' && typeof waarde === 'number' ? tekst.replace('.', ',') : tekst;
}

/**
 * The message of a validation problem, in Dutch (default) or English, rendered from its code and
 * `parameters` only: the input is never part of it. Use it to show a stored {@link Probleem} again in
 * another language. An unknown code gives the text of `ONGELDIGE_WAARDE`.
 *
 * @example
 * ```ts
 * import { validatieMelding } from '@schoolveiligheid/kern';
 * validatieMelding('TE_KLEIN', { minimum: 0, inclusief: false }); //=> 'Te klein; moet groter zijn dan 0.'
 * validatieMelding('TE_KLEIN', { minimum: 0, inclusief: false }, 'en'); //=> 'Too small; must be greater than 0.'
 * validatieMelding('VERKEERD_TYPE', { verwacht: 'number' }); //=> 'Verkeerd soort waarde; verwacht getal.'
 * ```
 */
export function validatieMelding(code: string, parameters: Parameters = {}, taal: Taal = 'nl'): string {
  if (typeof code !== 'string' || (parameters !== null && typeof parameters !== 'object'))
    ongeldigeInvoer('Geef een validatiecode (tekst) en parameters (object).');
  const en = taal === 'en';
  const p = parameters ?? {};
  const getal = (naam: string) => (typeof p[naam] === 'number' ? getalTekst(p[naam], taal) : undefined);
  const exact = p.exact === true;
  const exclusief = p.inclusief === false;
  switch (code) {
    case 'VERKEERD_TYPE': {
      const soort = typeof p.verwacht === 'string' ? SOORTEN[p.verwacht] : undefined;
      if (!soort) break;
      return en
        ? `Wrong kind of value; expected ${soort.en}.`
        : `Verkeerd soort waarde; verwacht ${soort.nl}.`;
    }
    case 'TE_KLEIN':
    case 'TE_GROOT':
    case 'TE_KORT':
    case 'TE_LANG':
    case 'TE_WEINIG':
    case 'TE_VEEL': {
      const [grens, nl, engels, vlag, tekens] = GRENS_CODES[code];
      const m = getal(grens);
      if (m === undefined) break;
      const woord =
        vlag === 'exclusief' ? (exclusief ? (`${grens}-strikt` as const) : grens) : exact ? 'exact' : grens;
      const t = en ? 1 : 0;
      return `${en ? engels : nl}; ${GRENS_WOORDEN[woord][t]} ${m}${tekens ? GRENS_WOORDEN.tekens[t] : ''}.`;
    }
    case 'ONGELDIGE_KEUZE':
      if (typeof p.toegestaan !== 'string') break;
      return en
        ? `Invalid choice; allowed: ${p.toegestaan}.`
        : `Ongeldige keuze; toegestaan: ${p.toegestaan}.`;
    case 'ONGELDIG_FORMAAT': {
      const formaat = typeof p.formaat === 'string' ? FORMATEN[p.formaat] : undefined;
      if (!formaat) break;
      return en ? `Invalid format; expected ${formaat.en}.` : `Ongeldig formaat; verwacht ${formaat.nl}.`;
    }
    case 'GEEN_VEELVOUD': {
      const d = getal('deler');
      if (d === undefined) break;
      return en ? `Not a multiple of ${d}.` : `Geen veelvoud van ${d}.`;
    }
  }
  const omschrijving = Object.hasOwn(VALIDATIE_CODES, code)
    ? VALIDATIE_CODES[code as ValidatieCode]
    : VALIDATIE_CODES.ONGELDIGE_WAARDE;
  return omschrijving[taal === 'en' ? 'en' : 'nl'];
}

/** A limit of a zod issue as a JSON number (a bigint limit outside the safe range becomes text). */
function grens(waarde: number | bigint): number | string {
  if (typeof waarde === 'number') return waarde;
  const n = Number(waarde);
  return Number.isSafeInteger(n) ? n : String(waarde);
}

function metExact(parameters: Record<string, string | number | boolean>, exact: boolean | undefined) {
  return exact ? { ...parameters, exact: true } : parameters;
}

/** The zod issue had `input` (`safeParse(x, { reportInput: true })`) and it was `undefined`. */
function ontbreekt(issue: z.core.$ZodIssue): boolean {
  return 'input' in issue && issue.input === undefined;
}

/** Code and parameters of a zod issue; reads the input only to see whether it is missing. */
function codeVan(issue: z.core.$ZodIssue): { code: ValidatieCode; parameters: Parameters } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'nonoptional' || ontbreekt(issue)
        ? { code: 'VERPLICHT', parameters: {} }
        : { code: 'VERKEERD_TYPE', parameters: { verwacht: issue.expected } };
    case 'too_small':
    case 'too_big': {
      const [onder, boven] = Object.hasOwn(GRENS_VAN_OORSPRONG, issue.origin)
        ? (GRENS_VAN_OORSPRONG[issue.origin] as readonly [GrensCode, GrensCode])
        : (['TE_KLEIN', 'TE_GROOT'] as const);
      const code = issue.code === 'too_small' ? onder : boven;
      const [naam, , , vlag] = GRENS_CODES[code];
      const limiet = { [naam]: grens(issue.code === 'too_small' ? issue.minimum : issue.maximum) };
      return vlag === 'exclusief'
        ? { code, parameters: { ...limiet, inclusief: issue.inclusive !== false } }
        : { code, parameters: metExact(limiet, issue.exact) };
    }
    case 'invalid_value':
      return ontbreekt(issue)
        ? { code: 'VERPLICHT', parameters: {} }
        : {
            code: 'ONGELDIGE_KEUZE',
            parameters: { toegestaan: issue.values.map((w) => String(w)).join(', ') },
          };
    case 'invalid_format':
      if (issue.format === 'date') return { code: 'ONGELDIGE_DATUM', parameters: {} };
      if (issue.format === 'datetime') return { code: 'ONGELDIG_TIJDSTIP', parameters: {} };
      return { code: 'ONGELDIG_FORMAAT', parameters: { formaat: issue.format } };
    case 'unrecognized_keys':
      return { code: 'ONBEKENDE_VELDEN', parameters: { aantal: issue.keys.length } };
    case 'invalid_union': {
      const opties = 'options' in issue ? issue.options : undefined;
      const veld = issue.path.at(-1);
      const inv = issue.input;
      if ('discriminator' in issue || (issue as { note?: unknown }).note === 'No matching discriminator') {
        // zod reports a bad discriminator at its key, with the whole object as input
        if (typeof inv === 'object' && inv !== null && typeof veld !== 'symbol' && veld !== undefined) {
          if ((inv as Record<string | number, unknown>)[veld] === undefined)
            return { code: 'VERPLICHT', parameters: {} };
        }
        return {
          code: 'ONGELDIGE_KEUZE',
          parameters: opties?.length ? { toegestaan: opties.map((w) => String(w)).join(', ') } : {},
        };
      }
      return ontbreekt(issue)
        ? { code: 'VERPLICHT', parameters: {} }
        : { code: 'GEEN_PASSENDE_VORM', parameters: {} };
    }
    case 'not_multiple_of':
      return { code: 'GEEN_VEELVOUD', parameters: { deler: issue.divisor } };
    default:
      return ontbreekt(issue)
        ? { code: 'VERPLICHT', parameters: {} }
        : { code: 'ONGELDIGE_WAARDE', parameters: {} };
  }
}

/** What a custom refinement may put in `params`: its own code, a melding and numeric parameters. */
interface EigenParams {
  readonly code?: unknown;
  readonly melding?: unknown;
  readonly parameters?: unknown;
}

/** Only numbers and booleans of a refinement's `params.parameters` pass: text could be input. */
function veiligeParameters(waarde: unknown): Parameters | undefined {
  if (!isObjectOfLijst(waarde)) return undefined;
  const uit: Record<string, number | boolean> = {};
  for (const [naam, w] of Object.entries(waarde)) {
    if ((typeof w === 'number' && Number.isFinite(w)) || typeof w === 'boolean') uit[naam] = w;
  }
  return Object.keys(uit).length > 0 ? uit : undefined;
}

/** A problem from a zod issue, in the language asked for. */
function naarProbleem(issue: z.core.$ZodIssue, taal: Taal): Probleem {
  const pad = issue.path.map((p) => (typeof p === 'symbol' ? String(p.description) : p));
  const eigen = issue.code === 'custom' ? (issue.params as EigenParams | undefined) : undefined;
  if (typeof eigen?.code === 'string') {
    const parameters = veiligeParameters(eigen.parameters);
    const melding = eigenMelding(eigen.code, eigen.melding, parameters, taal);
    return parameters ? { code: eigen.code, pad, melding, parameters } : { code: eigen.code, pad, melding };
  }
  const { code, parameters } = codeVan(issue);
  const melding = eigenMelding(code, eigen?.melding, parameters, taal);
  return Object.keys(parameters).length > 0 ? { code, pad, melding, parameters } : { code, pad, melding };
}

/**
 * The melding of a refinement: its `params.melding` (a Dutch string, or `{ nl, en }`), else the catalogue.
 * English asked but only a Dutch string given: the catalogue text of the code, or the generic English text.
 */
function eigenMelding(
  code: string,
  melding: unknown,
  parameters: Parameters | undefined,
  taal: Taal,
): string {
  if (typeof melding === 'string' && taal === 'nl') return melding;
  if (typeof melding === 'object' && melding !== null) {
    const tekst = (melding as Record<string, unknown>)[taal];
    if (typeof tekst === 'string') return tekst;
  }
  return validatieMelding(code, parameters, taal);
}

/**
 * The message for a zod issue, Dutch by default or English, built from the issue's code and limits only:
 * the input value is never repeated, so personal data cannot leak into a message. To tell a missing value
 * (`VERPLICHT`) from a wrong one, the issue needs its `input` (`safeParse(x, { reportInput: true })`, as
 * {@link valideer} does); without it a type error reads as a wrong kind of value.
 *
 * @example
 * ```ts
 * import { zodMelding } from '@schoolveiligheid/kern';
 * zodMelding({ code: 'too_big', origin: 'string', maximum: 5, inclusive: true, path: [], message: '', input: 'geheim' }); //=> 'Te lang; maximaal 5 tekens.'
 * zodMelding({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false, path: [], message: '' }, 'en'); //=> 'Too small; must be greater than 0.'
 * zodMelding({ code: 'invalid_type', expected: 'number', path: [], message: '', input: undefined }); //=> 'Dit veld is verplicht.'
 * ```
 */
export function zodMelding(issue: z.core.$ZodIssue, taal: Taal = 'nl'): string {
  if (!isObjectOfLijst(issue) || typeof issue.code !== 'string' || !Array.isArray(issue.path))
    ongeldigeInvoer('Geef een zod-issue met code en path.');
  return naarProbleem(issue, taal).melding;
}

/** Options of {@link valideer}. */
export interface ValideerOpties {
  /** Language of the meldingen: `'nl'` (default) or `'en'`. Codes and parameters do not depend on it. */
  readonly taal?: Taal;
}

/**
 * Validates `invoer` against a zod schema and returns a {@link Resultaat}: the value zod parsed, or coded
 * problems with a path, a melding (Dutch, or English with `{ taal: 'en' }`) and the schema limits as
 * `parameters`. Codes are a {@link ValidatieCode}; a custom refinement may set its own `params.code`, and
 * `params.melding` (a Dutch string or `{ nl, en }`) and numeric `params.parameters`. Nothing from the
 * input appears in a melding or parameter.
 *
 * @example
 * ```ts
 * import { valideer, isoDatumSchema, duurSchema } from '@schoolveiligheid/kern';
 * valideer(isoDatumSchema, '2026-02-30').ok; //=> false
 * valideer(isoDatumSchema, '2026-02-28').ok; //=> true
 * const r = valideer(duurSchema, { aantal: 'zes', eenheid: 'weken' });
 * r.ok ? [] : r.problemen; //=> [{ code: 'VERKEERD_TYPE', pad: ['aantal'], melding: 'Verkeerd soort waarde; verwacht getal.', parameters: { verwacht: 'number' } }]
 * const leeg = valideer(duurSchema, { aantal: 0 }, { taal: 'en' });
 * leeg.ok ? [] : leeg.problemen.map((p) => [p.code, p.melding]); //=> [['TE_KLEIN', 'Too small; must be greater than 0.'], ['VERPLICHT', 'This field is required.']]
 * ```
 */
export function valideer<S extends z.ZodType>(
  schema: S,
  invoer: unknown,
  opties: ValideerOpties = {},
): Resultaat<z.output<S>> {
  const taal: Taal = opties?.taal === 'en' ? 'en' : 'nl';
  if (!isObjectOfLijst(schema) || typeof schema.safeParse !== 'function')
    ongeldigeInvoer('Geef een zod-schema om tegen te valideren.');
  const uitkomst = schema.safeParse(invoer, { reportInput: true });
  if (uitkomst.success) return ok(uitkomst.data);
  return problemen(uitkomst.error.issues.map((issue) => naarProbleem(issue, taal)));
}
