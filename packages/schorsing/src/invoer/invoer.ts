import {
  isIsoDatum,
  isTijdstip,
  type Pad,
  type Parameters,
  type Probleem,
  type Schoolkalender,
  SchoolveiligheidFout,
} from '@schoolveiligheid/kern';
import type { SchorsingProbleemCode } from '../codes/codes.js';

// Light input checks without zod, so that the calculators (berekenSchorsing, berekenBezwaartermijnen,
// beoordeelVerwijdering) stay small when a vendor imports only them. The same codes, parameters and
// messages as kern's `valideer` gives for its zod schemas (`isoDatumSchema`, `duurSchema`); never echoes
// the input.

/** Builds one {@link Probleem} with a code of this package; `parameters` only numbers, dates and known codes. */
export function probleemVan(
  code: SchorsingProbleemCode,
  pad: Pad,
  melding: string,
  parameters?: Parameters,
): Probleem {
  return parameters ? { code, pad, melding, parameters } : { code, pad, melding };
}

/** True for a plain object (not null, not a list): what every input object of the SDK must be. */
export function isObjectInvoer(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

/** A problem for an input that must be an object (`VERPLICHT` when absent, else `VERKEERD_TYPE`), or none. */
export function controleerObject(waarde: unknown, pad: Pad, verplicht = true): Probleem[] {
  if (waarde === undefined) return verplicht ? [probleemVan('VERPLICHT', pad, 'Dit veld is verplicht.')] : [];
  return isObjectInvoer(waarde)
    ? []
    : [
        probleemVan('VERKEERD_TYPE', pad, 'Verkeerd soort waarde; verwacht object.', {
          verwacht: 'object',
        }),
      ];
}

/** True for a school calendar of kern (`schoolkalender(...)`): an object with its counting functions. */
export function isKalender(waarde: unknown): waarde is Schoolkalender {
  return (
    isObjectInvoer(waarde) &&
    typeof waarde.isSchooldag === 'function' &&
    typeof waarde.volgendeSchooldag === 'function' &&
    typeof waarde.voegSchooldagenToe === 'function'
  );
}

/** A problem for a field that must be a kern school calendar (not its settings): `VERPLICHT` or `VERKEERD_TYPE`. */
export function controleerKalender(waarde: unknown, pad: Pad): Probleem[] {
  if (waarde === undefined) return [probleemVan('VERPLICHT', pad, 'Dit veld is verplicht.')];
  return isKalender(waarde)
    ? []
    : [
        probleemVan(
          'VERKEERD_TYPE',
          pad,
          'Verkeerd soort waarde; verwacht een schoolkalender van kern (schoolkalender(...)).',
          { verwacht: 'schoolkalender' },
        ),
      ];
}

/**
 * Throws a typed error (`ONGELDIGE_INVOER`, with `waar` the function's name) for an argument that must be an
 * object: for the functions that return no `Resultaat`. Never repeats the input.
 */
export function eisObject(waarde: unknown, waar: string): asserts waarde is Record<string, unknown> {
  if (!isObjectInvoer(waarde))
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', `${waar} verwacht een object als invoer.`, {
      functie: waar,
    });
}

/** Problems for a field that must be a date: `VERPLICHT`, `VERKEERD_TYPE` or `ONGELDIGE_DATUM`, as kern's `isoDatumSchema`. */
export function controleerDatum(waarde: unknown, pad: Pad, verplicht = true): Probleem[] {
  if (waarde === undefined) return verplicht ? [probleemVan('VERPLICHT', pad, 'Dit veld is verplicht.')] : [];
  if (typeof waarde !== 'string')
    return [
      probleemVan('VERKEERD_TYPE', pad, 'Verkeerd soort waarde; verwacht tekst.', { verwacht: 'string' }),
    ];
  return isIsoDatum(waarde)
    ? []
    : [probleemVan('ONGELDIGE_DATUM', pad, 'Geen geldige datum; verwacht JJJJ-MM-DD.')];
}

/** Problems for a field that must be an instant with offset: `VERPLICHT`, `VERKEERD_TYPE` or `ONGELDIG_TIJDSTIP`. */
export function controleerTijdstip(waarde: unknown, pad: Pad, verplicht = true): Probleem[] {
  if (waarde === undefined) return verplicht ? [probleemVan('VERPLICHT', pad, 'Dit veld is verplicht.')] : [];
  if (typeof waarde !== 'string')
    return [
      probleemVan('VERKEERD_TYPE', pad, 'Verkeerd soort waarde; verwacht tekst.', { verwacht: 'string' }),
    ];
  return isTijdstip(waarde)
    ? []
    : [probleemVan('ONGELDIG_TIJDSTIP', pad, 'Geen geldig tijdstip; verwacht ISO 8601 met tijdzone.')];
}

/** A problem for a field that must be one of a few values (`ONGELDIGE_KEUZE`, or `VERPLICHT` when absent). */
export function controleerKeuze(waarde: unknown, pad: Pad, toegestaan: readonly string[]): Probleem[] {
  if (typeof waarde === 'string' && toegestaan.includes(waarde)) return [];
  if (waarde === undefined) return [probleemVan('VERPLICHT', pad, 'Dit veld is verplicht.')];
  const lijst = toegestaan.join(', ');
  return [
    probleemVan('ONGELDIGE_KEUZE', pad, `Ongeldige keuze; toegestaan: ${lijst}.`, { toegestaan: lijst }),
  ];
}

/**
 * A problem for a duration's count that is not a whole number of 1 or more, with the codes of kern's
 * `duurSchema`: `VERPLICHT`, `VERKEERD_TYPE` (not a whole number) or `TE_KLEIN` (must be greater than 0).
 */
export function controleerAantal(waarde: unknown, pad: Pad): Probleem[] {
  if (waarde === undefined) return [probleemVan('VERPLICHT', pad, 'Dit veld is verplicht.')];
  if (typeof waarde !== 'number' || Number.isNaN(waarde))
    return [
      probleemVan('VERKEERD_TYPE', pad, 'Verkeerd soort waarde; verwacht getal.', { verwacht: 'number' }),
    ];
  if (!Number.isSafeInteger(waarde))
    return [
      probleemVan('VERKEERD_TYPE', pad, 'Verkeerd soort waarde; verwacht geheel getal.', { verwacht: 'int' }),
    ];
  return waarde > 0
    ? []
    : [
        probleemVan('TE_KLEIN', pad, 'Te klein; moet groter zijn dan 0.', {
          minimum: 0,
          inclusief: false,
        }),
      ];
}

/** One check of a validated value: the problem's code and field, when the value has it, and a fixed message. */
export interface Controle<T> {
  readonly code: SchorsingProbleemCode;
  readonly pad: Pad;
  readonly fout: (waarde: T) => boolean;
  readonly melding: string;
}

/** The problems of the checks that apply to `waarde`, in table order. */
export function controleer<T>(waarde: T, controles: readonly Controle<T>[]): Probleem[] {
  return controles.filter((c) => c.fout(waarde)).map((c) => probleemVan(c.code, c.pad, c.melding));
}
