// Small hand-written guards for kern's entry points: no zod on the hot paths, and never a raw TypeError.
import { isTijdstip, type Tijdstip } from '../datum/datum.js';
import { SchoolveiligheidFout } from './fout.js';

/** True for a plain object (not null, not an array). */
export function isObject(w: unknown): w is Record<string, unknown> {
  return typeof w === 'object' && w !== null && !Array.isArray(w);
}

/** True for any object, arrays included: neither `null` nor a primitive. */
export function isObjectOfLijst<T>(w: T): w is T & object {
  return typeof w === 'object' && w !== null;
}

/** Throws `ONGELDIGE_INVOER` with a fixed message (never built from the input). */
export function ongeldigeInvoer(melding: string): never {
  throw new SchoolveiligheidFout('ONGELDIGE_INVOER', melding);
}

/** `w` as an object, or `ONGELDIGE_INVOER`. */
export function eisObject(w: unknown, wat: string): Record<string, unknown> {
  if (!isObject(w)) ongeldigeInvoer(`Geef ${wat} als object.`);
  return w;
}

/** `w` as an array of at most `maximum` items, or `ONGELDIGE_INVOER`. */
export function eisLijst(w: unknown, wat: string, maximum = 100_000): readonly unknown[] {
  if (!Array.isArray(w) || w.length > maximum)
    ongeldigeInvoer(`Geef ${wat} als lijst van ten hoogste ${maximum} elementen.`);
  return w;
}

/** `w` as a non-empty string of at most `maximum` characters, or `ONGELDIGE_INVOER`. */
export function eisTekst(w: unknown, wat: string, maximum = 1000): string {
  if (typeof w !== 'string' || w.length === 0 || w.length > maximum)
    ongeldigeInvoer(`Geef ${wat} als tekst van 1 tot ${maximum} tekens.`);
  return w;
}

/** `nu` as an instant, or `ONGELDIG_TIJDSTIP`: a function that depends on "now" takes it, never reads a clock. */
export function eisNu(nu: unknown): asserts nu is Tijdstip {
  if (!isTijdstip(nu))
    throw new SchoolveiligheidFout(
      'ONGELDIG_TIJDSTIP',
      'nu is geen geldig tijdstip; verwacht ISO 8601 met tijdzone.',
    );
}
