import { isIsoDatum, type Pad, type Probleem } from '@schoolveiligheid/kern';

// Light input checks without zod, so that the calculators (berekenSchorsing, berekenBezwaartermijnen,
// beoordeelVerwijdering) stay small when a vendor imports only them. Same codes and messages as kern's
// zod schemas; never echoes the input.

/** A problem for a field that must be a date (`ONGELDIGE_DATUM`, as kern's `isoDatumSchema`). */
export function controleerDatum(waarde: unknown, pad: Pad, verplicht = true): Probleem[] {
  if (waarde === undefined && !verplicht) return [];
  return isIsoDatum(waarde)
    ? []
    : [{ code: 'ONGELDIGE_DATUM', pad, melding: 'Geen geldige datum; verwacht JJJJ-MM-DD.' }];
}

/** A problem for a field that must be one of a few values. */
export function controleerKeuze(waarde: unknown, pad: Pad, toegestaan: readonly string[]): Probleem[] {
  return typeof waarde === 'string' && toegestaan.includes(waarde)
    ? []
    : [
        {
          code: 'ONGELDIG_INVALID_VALUE',
          pad,
          melding: `Ongeldige keuze; toegestaan: ${toegestaan.join(', ')}.`,
        },
      ];
}

/** A problem for a duration whose count is not a whole number of 1 or more. */
export function controleerAantal(waarde: unknown, pad: Pad): Probleem[] {
  return Number.isInteger(waarde) && (waarde as number) >= 1
    ? []
    : [{ code: 'ONGELDIG_AANTAL', pad, melding: 'Het aantal moet een geheel getal van 1 of meer zijn.' }];
}

/** Builds one {@link Probleem}. */
export function probleemVan(code: string, pad: Pad, melding: string): Probleem {
  return { code, pad, melding };
}

const LIDWOORD: Record<string, string> = {
  leerplichtambtenaar: 'de leerplichtambtenaar',
  bestuur: 'het bestuur',
  inspectie: 'de inspectie',
  wijkagent: 'de wijkagent',
};

/** One problem per role missing from a letter's copies: `<PREFIX>_KOPIE_<ROL>_ONTBREEKT`. */
export function ontbrekendeKopieen(
  kopieAan: readonly string[],
  rollen: readonly string[],
  prefix: string,
  waar: string,
): Probleem[] {
  return rollen
    .filter((rol) => !kopieAan.includes(rol))
    .map((rol) =>
      probleemVan(
        `${prefix}_KOPIE_${rol.toUpperCase()}_ONTBREEKT`,
        ['kopieAan'],
        `Volgens ${waar} gaat een kopie naar ${LIDWOORD[rol] ?? rol}.`,
      ),
    );
}
