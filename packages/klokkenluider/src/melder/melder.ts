import { type Besluit, type IsoDatum, waardeVoor, zoekWaardeVoor } from '@schoolveiligheid/kern';
import type { KlokkenluiderRedenCode } from '../codes/codes.js';
import { beslis, eisBeleid, eisDatum, ongeldig, reden } from '../gedeeld/gedeeld.js';
import { drempelWerknemers, openVoorNietWerknemers } from '../regels/regels.js';

/**
 * How the reporter is related to the employer. `werknemer` and `uitzendkracht` work under an employment
 * contract, appointment or otherwise in subordination for pay (Wbk art. 1 `werknemer`); the others report in
 * a work-related context (past, future or unpaid work: Wbk art. 1 `werkgerelateerde context`).
 */
export type Relatie =
  | 'werknemer'
  | 'uitzendkracht'
  | 'oud-werknemer'
  | 'vrijwilliger'
  | 'stagiair'
  | 'sollicitant'
  | 'zelfstandige'
  | 'bestuurder-of-toezichthouder';

/**
 * Every {@link Relatie}, for schemas and menus.
 *
 * @example
 * ```ts
 * import { RELATIES } from '@schoolveiligheid/klokkenluider';
 * RELATIES.includes('vrijwilliger'); //=> true
 * ```
 */
export const RELATIES: readonly Relatie[] = /* @__PURE__ */ Object.freeze([
  'werknemer',
  'uitzendkracht',
  'oud-werknemer',
  'vrijwilliger',
  'stagiair',
  'sollicitant',
  'zelfstandige',
  'bestuurder-of-toezichthouder',
]);

/** Relations that make a werknemer in the Wbk's sense (art. 1: employment, appointment, or paid subordination). */
const WERKNEMER: ReadonlySet<Relatie> = /* @__PURE__ */ new Set<Relatie>(['werknemer', 'uitzendkracht']);

/** Outcome of {@link beoordeelMelder}. */
export interface MelderOordeel {
  /** Protected as a reporter against detriment (Wbk art. 1 `melder`, art. 17e); always true for these relations. */
  readonly beschermd: boolean;
  /**
   * The internal procedure: `recht` (a werknemer, or the policy opens it), or `als-opengesteld` (only when
   * the employer opens it, Wbk art. 2 lid 6). External reporting is open to all.
   */
  readonly interneProcedure: 'recht' | 'als-opengesteld';
}

/**
 * Who may use the internal procedure and who is protected: a werknemer always has the internal procedure; a
 * former employee, volunteer, trainee, applicant or self-employed person is protected as a reporter (the
 * Huis voor Klokkenluiders reads `melder` widely) and has the internal procedure where the employer opened it,
 * as the seed regeling does (its `werknemer` includes former workers and work outside employment). Throws
 * `ONGELDIGE_INVOER` for an unknown relation, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { beoordeelMelder, SEED_2018_BELEID } from '@schoolveiligheid/klokkenluider';
 * beoordeelMelder('vrijwilliger', '2026-12-02').uitkomst; //=> { beschermd: true, interneProcedure: 'als-opengesteld' }
 * beoordeelMelder('oud-werknemer', '2026-12-02', { beleid: SEED_2018_BELEID }).uitkomst.interneProcedure; //=> 'recht'
 * ```
 */
export function beoordeelMelder(
  relatie: Relatie,
  peildatum: IsoDatum,
  opties?: { readonly beleid?: unknown },
): Besluit<MelderOordeel, KlokkenluiderRedenCode> {
  if (typeof relatie !== 'string' || !RELATIES.includes(relatie))
    ongeldig('Onbekende relatie van de melder.');
  const datum = eisDatum(peildatum);
  const beleid = eisBeleid(opties);
  if (WERKNEMER.has(relatie))
    return beslis({ beschermd: true, interneProcedure: 'recht' }, [
      reden('MELDER_WERKNEMER'),
      reden('PROCEDURE_OPEN_VOOR_WERKNEMER'),
    ]);
  const open = zoekWaardeVoor(openVoorNietWerknemers, datum, beleid);
  return beslis({ beschermd: true, interneProcedure: open?.waarde ? 'recht' : 'als-opengesteld' }, [
    reden('MELDER_WERKGERELATEERD'),
    open ? { ...reden('PROCEDURE_OPENSTELLEN_MAG'), bron: open.bron } : reden('PROCEDURE_OPENSTELLEN_MAG'),
  ]);
}

/**
 * Whether the employer (for a school: the bevoegd gezag, counted over all its schools) must adopt an internal
 * reporting procedure: when as a rule at least 50 werknemers work for it (Wbk art. 2 lid 1). Throws
 * `ONGELDIGE_INVOER` for a count that is not a whole number of 0 or more, `ONGELDIGE_DATUM` for a bad date,
 * `REGEL_NIET_GELDIG` for a date before 2016-07-01 (no statutory duty then).
 *
 * @example
 * ```ts
 * import { procedurePlicht } from '@schoolveiligheid/klokkenluider';
 * procedurePlicht(50, '2026-12-02').uitkomst; //=> true
 * procedurePlicht(49, '2026-12-02').redenen[0]?.code; //=> 'PROCEDURE_NIET_VERPLICHT'
 * ```
 */
export function procedurePlicht(
  werknemers: number,
  peildatum: IsoDatum,
): Besluit<boolean, KlokkenluiderRedenCode> {
  if (!Number.isSafeInteger(werknemers) || werknemers < 0)
    ongeldig('Het aantal werknemers is een geheel getal van 0 of meer.');
  const drempel = waardeVoor(drempelWerknemers, eisDatum(peildatum));
  const verplicht = werknemers >= drempel.waarde;
  const r = reden(verplicht ? 'PROCEDURE_VERPLICHT' : 'PROCEDURE_NIET_VERPLICHT', {
    drempel: drempel.waarde,
  });
  return beslis(verplicht, [{ ...r, bron: drempel.bron }]);
}
