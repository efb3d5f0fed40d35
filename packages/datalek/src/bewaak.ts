// Small guards at the entries of the package (issue 8 item 1): every argument is checked before use, and a
// misuse throws a `SchoolveiligheidFout` with a listed code and a fixed message, never a raw TypeError and never
// a message built from the input.
import { type IsoDatum, isIsoDatum, SchoolveiligheidFout } from '@schoolveiligheid/kern';

/** True for a plain object (not null, not an array). */
export function isObject(w: unknown): w is Record<string, unknown> {
  return typeof w === 'object' && w !== null && !Array.isArray(w);
}

/** Throws `ONGELDIGE_INVOER` with a fixed message. */
export function ongeldigeInvoer(melding: string, details: Record<string, number> = {}): never {
  throw new SchoolveiligheidFout('ONGELDIGE_INVOER', melding, details);
}

/** The options argument of a function: absent (`undefined`) or an object; anything else is `ONGELDIGE_INVOER`. */
export function eisOpties(opties: unknown): Readonly<Record<string, unknown>> {
  if (opties === undefined) return {};
  if (!isObject(opties)) ongeldigeInvoer('Geef de opties als object.');
  return opties;
}

/** An optional date (`peildatum`, `van`, `tot`): absent or a valid `YYYY-MM-DD`, else `ONGELDIGE_DATUM`. */
export function eisDatum(w: unknown, wat: string): IsoDatum | undefined {
  if (w === undefined) return undefined;
  if (!isIsoDatum(w))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', `${wat} is geen geldige datum (JJJJ-MM-DD).`);
  return w;
}

/** A sync iterable that is not a string (a list, a Set, a generator): a string would be read character by character. */
export function isLijstOfIterable(w: unknown): w is Iterable<unknown> {
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof (w as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/** An async iterable (a database cursor, a stream of lines). */
export function isAsyncIterable(w: unknown): w is AsyncIterable<unknown> {
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof (w as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

const OPSCHOON_DIEPTE = 8; // geen-rechtsgetal: nesting depth of the JSON clean-up

/**
 * `w` without keys whose value is `undefined`, in nested plain objects too (to `diepte` levels; arrays are
 * kept as they are): what a JSON round trip does, so a stored dossier equals the one in memory. Used as the
 * schemas' `overwrite` step; safe on any value, since zod runs it on invalid input as well.
 */
export function zonderOngedefinieerd<T>(w: T, diepte = OPSCHOON_DIEPTE): T {
  if (!isObject(w) || diepte === 0 || Object.getPrototypeOf(w) !== Object.prototype) return w;
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(w)) if (v !== undefined) uit[k] = zonderOngedefinieerd(v, diepte - 1);
  return uit as T;
}
