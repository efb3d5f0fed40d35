import type { CodeCatalogus } from '../code/catalogus.js';

/**
 * Stable codes of the errors the SDK throws on misuse (programmer errors, not bad data).
 * Bad data is returned as a {@link Resultaat} with {@link Probleem}s instead.
 */
export type FoutCode =
  | 'ONGELDIGE_DATUM'
  | 'ONGELDIG_TIJDSTIP'
  | 'ONGELDIGE_INVOER'
  | 'KALENDER_BUITEN_BEREIK'
  | 'KALENDER_VEREIST'
  | 'REGEL_NIET_GELDIG'
  | 'OPSCHORTINGEN_OVERLAPPEN'
  | 'REGEL_ONBEKEND'
  | 'BELEID_ONGELDIG'
  | 'DOSSIER_ONGELDIG'
  | 'PROCEDURE_ONGELDIG';

/**
 * The two codes that are both an error (a date or instant a function refuses) and a validation problem (one a
 * schema refuses), with one text each: `FOUT_CODES` and `VALIDATIE_CODES` share them.
 */
export const DATUM_CODES: CodeCatalogus<'ONGELDIGE_DATUM' | 'ONGELDIG_TIJDSTIP'> = {
  ONGELDIGE_DATUM: {
    nl: 'Geen geldige datum; verwacht JJJJ-MM-DD.',
    en: 'Not a valid date; expected YYYY-MM-DD.',
  },
  ONGELDIG_TIJDSTIP: {
    nl: 'Geen geldig tijdstip; verwacht ISO 8601 met tijdzone.',
    en: 'Not a valid instant; expected ISO 8601 with an offset.',
  },
};

/**
 * The catalogue of kern's error codes, in Dutch and English. Typed as a record over {@link FoutCode}, so a
 * code without an entry is a compile error.
 *
 * @example
 * ```ts
 * import { FOUT_CODES } from '@schoolveiligheid/kern';
 * FOUT_CODES.DOSSIER_ONGELDIG.en; //=> 'The dossier is not valid; read stored dossiers with leesDossier.'
 * ```
 */
export const FOUT_CODES: CodeCatalogus<FoutCode> = /* @__PURE__ */ Object.freeze({
  ...DATUM_CODES,
  ONGELDIGE_INVOER: { nl: 'Ongeldige invoer.', en: 'Invalid input.' },
  KALENDER_BUITEN_BEREIK: {
    nl: 'De datum ligt buiten de bekende kalender; de SDK raadt geen vakanties.',
    en: 'The date is outside the known calendar; the SDK never guesses vacations.',
  },
  KALENDER_VEREIST: { nl: 'Voor deze eenheid is een kalender nodig.', en: 'This unit needs a calendar.' },
  REGEL_NIET_GELDIG: {
    nl: 'De regel heeft geen waarde op de peildatum.',
    en: 'The rule has no value on the reference date.',
  },
  OPSCHORTINGEN_OVERLAPPEN: {
    nl: 'Twee opschortingen overlappen of zijn dezelfde; een termijn kan niet twee keer tegelijk stilstaan.',
    en: 'Two suspensions overlap or are the same; a term cannot stand still twice at once.',
  },
  REGEL_ONBEKEND: { nl: 'Deze regel staat niet in het register.', en: 'This rule is not in the registry.' },
  BELEID_ONGELDIG: {
    nl: 'Het beleid heeft niet de vorm van een beleid.',
    en: 'The policy does not have the shape of a policy.',
  },
  DOSSIER_ONGELDIG: {
    nl: 'Het dossier is niet geldig; lees opgeslagen dossiers met leesDossier.',
    en: 'The dossier is not valid; read stored dossiers with leesDossier.',
  },
  PROCEDURE_ONGELDIG: {
    nl: 'De definitie van de procedure is niet geldig.',
    en: 'The procedure definition is not valid.',
  },
});

/**
 * Base class of every error the SDK throws. `code` is stable and meant for programs; `message` is Dutch and
 * never contains personal data from the input (only dates, units and rule ids).
 *
 * @example
 * ```ts
 * import { SchoolveiligheidFout, feestdagen } from '@schoolveiligheid/kern';
 * let code = '';
 * try {
 *   feestdagen(1.5);
 * } catch (fout) {
 *   if (fout instanceof SchoolveiligheidFout) code = fout.code;
 * }
 * code; //=> 'ONGELDIGE_INVOER'
 * ```
 */
export class SchoolveiligheidFout<C extends string = FoutCode> extends Error {
  /** Stable, machine-readable code. */
  readonly code: C;
  /** Non-personal details (dates, units, rule ids) that help a developer. */
  readonly details: Readonly<Record<string, string | number | boolean>>;

  constructor(code: C, melding: string, details: Record<string, string | number | boolean> = {}) {
    super(melding);
    this.name = 'SchoolveiligheidFout';
    this.code = code;
    this.details = details;
  }
}

/**
 * Thrown when a date falls outside the range a calendar knows (for example a school year whose vacations
 * are not published yet). The SDK never guesses a vacation: it refuses to count.
 *
 * @example
 * ```ts
 * import { KalenderBereikFout, schoolkalender } from '@schoolveiligheid/kern';
 * let fout: unknown;
 * try {
 *   schoolkalender({ regio: 'noord' }).isSchooldag('2031-01-06');
 * } catch (e) {
 *   fout = e;
 * }
 * fout instanceof KalenderBereikFout; //=> true
 * ```
 */
export class KalenderBereikFout extends SchoolveiligheidFout {
  constructor(melding: string, details: Record<string, string | number | boolean> = {}) {
    super('KALENDER_BUITEN_BEREIK', melding, details);
    this.name = 'KalenderBereikFout';
  }
}
