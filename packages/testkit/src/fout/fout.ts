// What a test needs to tell the errors the SDK throws on purpose from accidents (GUIDE.md section 7: misuse
// throws a SchoolveiligheidFout with a listed code, never a raw TypeError or RangeError).
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';

/** True for an error the SDK throws on purpose: a `SchoolveiligheidFout` (also from another copy of kern). */
export function isSdkFout(e: unknown): e is SchoolveiligheidFout<string> {
  if (e instanceof SchoolveiligheidFout) return true;
  return (
    e instanceof Error &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { details?: unknown }).details === 'object'
  );
}

/**
 * What calling `f` gives, as one string a test can compare: the `code` of the SDK error it throws,
 * `ONGETYPT:<name>` for any other error (a raw `TypeError` is a bug) and `GEEN_FOUT` when it returns.
 *
 * @example
 * ```ts
 * expect(foutCode(() => plusDagen('2199-12-31', 1))).toBe('ONGELDIGE_DATUM');
 * ```
 */
export function foutCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isSdkFout(e) ? e.code : `ONGETYPT:${e instanceof Error ? e.name : typeof e}`;
  }
  return 'GEEN_FOUT';
}

/** Calls `f`; an SDK error is a value here (its message and details can then be checked for an echo). */
export function ofFout<T>(f: () => T): T | SchoolveiligheidFout<string> {
  try {
    return f();
  } catch (e) {
    if (isSdkFout(e)) return e;
    throw e;
  }
}
