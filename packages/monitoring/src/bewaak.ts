// Small guards for this package's entry points: misuse throws a listed SchoolveiligheidFout, never a TypeError.
import {
  amsterdamseDatum,
  epochMs,
  isIsoDatum,
  isTijdstip,
  type IsoDatum,
  type Resultaat,
  SchoolveiligheidFout,
  type Tijdstip,
} from '@schoolveiligheid/kern';

/** Throws `ONGELDIGE_INVOER` with a fixed message (never built from the input). */
export function ongeldigeInvoer(melding: string, details?: Record<string, string | number | boolean>): never {
  throw new SchoolveiligheidFout('ONGELDIGE_INVOER', melding, details);
}

/** True for a plain object (not null, not an array). */
export function isObject(w: unknown): w is Record<string, unknown> {
  return typeof w === 'object' && w !== null && !Array.isArray(w);
}

/** `nu` as an instant, or `ONGELDIG_TIJDSTIP`. */
export function eisNu(nu: unknown): Tijdstip {
  if (!isTijdstip(nu))
    throw new SchoolveiligheidFout(
      'ONGELDIG_TIJDSTIP',
      'nu is geen geldig tijdstip; verwacht ISO 8601 met tijdzone.',
    );
  return nu;
}

/** The Amsterdam calendar date of an instant. */
export function datumVan(nu: Tijdstip): IsoDatum {
  return amsterdamseDatum(epochMs(nu));
}

/** `d` as a date, or `ONGELDIGE_DATUM`. */
export function eisDatum(d: unknown): IsoDatum {
  if (!isIsoDatum(d))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige datum; verwacht JJJJ-MM-DD.');
  return d;
}

/** The value of a validation, or `ONGELDIGE_INVOER` naming only the problem codes (no input echoed). */
export function waardeOfFout<T>(r: Resultaat<T>, wat: string): T {
  if (r.ok) return r.waarde;
  return ongeldigeInvoer(`${wat} voldoet niet aan het schema.`, {
    codes: [...new Set(r.problemen.map((p) => p.code))].slice(0, 10).join(','),
  });
}

/** Ids in this package: a lower-case letter first, then letters, digits and hyphens; never a name or a BSN. */
export const ID_PATROON: RegExp = /^[a-z][a-z\d-]{0,63}$/;
