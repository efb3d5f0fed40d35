import { type Probleem, problemen, type Resultaat } from '@schoolveiligheid/kern';
import { cliProbleem } from './codes.js';

/** Deepest nesting read, as everywhere in the SDK. */
export const MAX_DIEPTE = 64;

/** True when `w` is nested deeper than {@link MAX_DIEPTE} levels; iterative, so any depth is safe to test. */
export function teDiep(w: unknown): boolean {
  const stapel: [unknown, number][] = [[w, 0]];
  while (stapel.length > 0) {
    const [x, d] = stapel.pop() as [unknown, number];
    if (typeof x !== 'object' || x === null) continue;
    if (d >= MAX_DIEPTE) return true;
    for (const kind of Array.isArray(x) ? x : Object.values(x)) stapel.push([kind, d + 1]);
  }
  return false;
}

/** JSON text to a value: `ONGELDIGE_JSON` or `JSON_TE_DIEP` as a coded problem, never the parser's message. */
export function leesJson(tekst: string, pad: Probleem['pad'] = []): Resultaat<unknown> {
  let w: unknown;
  try {
    w = JSON.parse(tekst);
  } catch {
    return problemen([cliProbleem('ONGELDIGE_JSON', pad)]);
  }
  return teDiep(w) ? problemen([cliProbleem('JSON_TE_DIEP', pad)]) : { ok: true, waarde: w };
}

/** A value as the JSON the command line prints and the server sends: two-space indented, one trailing newline. */
export function naarJson(w: unknown): string {
  return `${JSON.stringify(w, null, 2)}\n`;
}
