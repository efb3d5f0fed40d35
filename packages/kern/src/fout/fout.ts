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
  | (string & {});

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
export class SchoolveiligheidFout extends Error {
  /** Stable, machine-readable code. */
  readonly code: FoutCode;
  /** Non-personal details (dates, units, rule ids) that help a developer. */
  readonly details: Readonly<Record<string, string | number | boolean>>;

  constructor(code: FoutCode, melding: string, details: Record<string, string | number | boolean> = {}) {
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
