import type { z } from 'zod';

/** A path into the input that a problem is about, as in zod: `['betrokkenen', 0, 'aantal']`. */
export type Pad = readonly (string | number)[];

/**
 * One problem with input data: a stable `code`, the `pad` into the input, and a Dutch `melding`.
 * A melding never repeats values from the input (no BSN, names or free text).
 */
export interface Probleem {
  /** Stable code for programs (`ONGELDIGE_DATUM`). */
  readonly code: string;
  /** Where in the input the problem is. */
  readonly pad: Pad;
  /** Dutch message for people. */
  readonly melding: string;
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
 * A failed {@link Resultaat} with one problem.
 *
 * @example
 * ```ts
 * import { probleem } from '@schoolveiligheid/kern';
 * probleem('VERPLICHT', ['datum'], 'De datum ontbreekt.'); //=> { ok: false, problemen: [{ code: 'VERPLICHT', pad: ['datum'], melding: 'De datum ontbreekt.' }] }
 * ```
 */
export function probleem<T = never>(code: string, pad: Pad, melding: string): Resultaat<T> {
  return { ok: false, problemen: [{ code, pad, melding }] };
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

const SOORTEN: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'ja/nee-waarde',
  object: 'object',
  array: 'lijst',
  date: 'datum',
  undefined: 'niets',
  null: 'leeg',
};

/**
 * Dutch message for a zod issue. Built from the issue's code and limits only: the input value is never
 * repeated, so personal data cannot leak into a message.
 *
 * @example
 * ```ts
 * import { zodMelding } from '@schoolveiligheid/kern';
 * zodMelding({ code: 'too_big', origin: 'string', maximum: 5, inclusive: true, path: [], message: '', input: 'geheim' }); //=> 'Te lang; maximaal 5 tekens.'
 * ```
 */
export function zodMelding(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Dit veld is verplicht.'
        : `Verkeerd soort waarde; verwacht ${SOORTEN[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Te kort; minimaal ${String(issue.minimum)} tekens.`
        : issue.origin === 'array'
          ? `Te weinig elementen; minimaal ${String(issue.minimum)}.`
          : `Te klein; minimaal ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Te lang; maximaal ${String(issue.maximum)} tekens.`
        : issue.origin === 'array'
          ? `Te veel elementen; maximaal ${String(issue.maximum)}.`
          : `Te groot; maximaal ${String(issue.maximum)}.`;
    case 'invalid_value':
      return `Ongeldige keuze; toegestaan: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'invalid_format':
      return 'Ongeldig formaat.';
    case 'unrecognized_keys':
      return 'Onbekende velden in de invoer.';
    case 'invalid_union':
      return 'De waarde past bij geen van de toegestane vormen.';
    case 'not_multiple_of':
      return 'De waarde is geen geldig veelvoud.';
    default:
      return 'Ongeldige waarde.';
  }
}

/**
 * Validates `invoer` against a zod schema and returns a {@link Resultaat} with coded, Dutch problems.
 * Custom refinements may set their own `params.code`; it becomes the problem code.
 *
 * @example
 * ```ts
 * import { valideer, isoDatumSchema } from '@schoolveiligheid/kern';
 * valideer(isoDatumSchema, '2026-02-30').ok; //=> false
 * valideer(isoDatumSchema, '2026-02-28').ok; //=> true
 * ```
 */
export function valideer<S extends z.ZodType>(schema: S, invoer: unknown): Resultaat<z.output<S>> {
  const uitkomst = schema.safeParse(invoer);
  if (uitkomst.success) return ok(uitkomst.data);
  return problemen(
    uitkomst.error.issues.map((issue) => {
      const eigen =
        issue.code === 'custom'
          ? (issue.params as { code?: string; melding?: string } | undefined)
          : undefined;
      return {
        code: eigen?.code ?? `ONGELDIG_${issue.code.toUpperCase()}`,
        pad: issue.path.map((p) => (typeof p === 'symbol' ? String(p.description) : p)),
        melding: eigen?.melding ?? zodMelding(issue),
      };
    }),
  );
}
