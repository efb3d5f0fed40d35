import { type CodeCatalogus, PROCEDURE_CODES, type Probleem } from '@schoolveiligheid/kern';

/**
 * The codes of the problems the command line and the sidecar add to the libraries' own: misuse of the command
 * line, HTTP requests the server refuses, and the one internal error. Closed: a new code needs an entry in
 * {@link CLI_CODES}.
 */
export type CliProbleemCode =
  | 'ONBEKENDE_OPDRACHT'
  | 'ONGELDIGE_OPTIE'
  | 'GEEN_INVOER'
  | 'ONGELDIGE_JSON'
  | 'JSON_TE_DIEP'
  | 'ONBEKENDE_PROCEDURE'
  | 'VERZOEK_TE_GROOT'
  | 'VERKEERD_INHOUDSTYPE'
  | 'ONBEKEND_PAD'
  | 'METHODE_NIET_TOEGESTAAN'
  | 'INTERNE_FOUT';

/**
 * The catalogue of {@link CliProbleemCode}: Dutch and English text of each code. Typed as a record over the
 * union, so a code without an entry is a compile error. `ONGELDIGE_JSON` has kern's text.
 *
 * @example
 * ```ts
 * import { CLI_CODES } from '@schoolveiligheid/cli';
 * CLI_CODES.VERZOEK_TE_GROOT.en; //=> 'The request body is larger than the server accepts.'
 * CLI_CODES.ONGELDIGE_JSON.nl; //=> 'De tekst is geen geldige JSON.'
 * ```
 */
export const CLI_CODES: CodeCatalogus<CliProbleemCode> = /* @__PURE__ */ Object.freeze({
  ONBEKENDE_OPDRACHT: {
    nl: 'Onbekende opdracht; `schoolveiligheid lijst` noemt de opdrachten.',
    en: 'Unknown command; `schoolveiligheid lijst` lists the commands.',
  },
  ONGELDIGE_OPTIE: {
    nl: 'Onbekende of onvolledige optie; `schoolveiligheid --help` noemt de opties.',
    en: 'Unknown or incomplete option; `schoolveiligheid --help` lists the options.',
  },
  GEEN_INVOER: {
    nl: 'Geen invoer: geef JSON op stdin, met --invoer of als opties (--veld waarde).',
    en: 'No input: give JSON on stdin, with --invoer or as options (--field value).',
  },
  ONGELDIGE_JSON: PROCEDURE_CODES.ONGELDIGE_JSON,
  JSON_TE_DIEP: {
    nl: 'De JSON is dieper genest dan 64 niveaus.',
    en: 'The JSON is nested deeper than 64 levels.',
  },
  ONBEKENDE_PROCEDURE: {
    nl: 'Het dossier hoort bij geen bekende procedure; geef procedure mee.',
    en: 'The dossier belongs to no known procedure; pass procedure.',
  },
  VERZOEK_TE_GROOT: {
    nl: 'Het verzoek is groter dan de server aanneemt.',
    en: 'The request body is larger than the server accepts.',
  },
  VERKEERD_INHOUDSTYPE: {
    nl: 'Stuur JSON met Content-Type: application/json.',
    en: 'Send JSON with Content-Type: application/json.',
  },
  ONBEKEND_PAD: {
    nl: 'Onbekend pad; GET /openapi.json beschrijft de paden.',
    en: 'Unknown path; GET /openapi.json describes the paths.',
  },
  METHODE_NIET_TOEGESTAAN: {
    nl: 'Deze methode is hier niet toegestaan.',
    en: 'This method is not allowed here.',
  },
  INTERNE_FOUT: {
    nl: 'Interne fout in de SDK; meld dit met de invoer zonder persoonsgegevens.',
    en: 'Internal error in the SDK; report it with the input, without personal data.',
  },
});

/** A problem of {@link CLI_CODES}, with its Dutch text as melding (never built from the input). */
export function cliProbleem(code: CliProbleemCode, pad: Probleem['pad'] = []): Probleem {
  return { code, pad, melding: CLI_CODES[code].nl };
}
