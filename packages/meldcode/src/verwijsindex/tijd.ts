import { type IsoDatum, isIsoDatum, plusMaanden, SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { MAANDEN_PER_JAAR } from '../regels/regels.js';

/** The birthday of `jaren` on validated input. */
export function verjaardagVan(geboortedatum: IsoDatum, jaren: number): IsoDatum {
  return plusMaanden(geboortedatum, jaren * MAANDEN_PER_JAAR);
}

/** The age at `datum` on validated input. */
export function leeftijdVan(geboortedatum: IsoDatum, datum: IsoDatum): number {
  const jaren = Number(datum.slice(0, 4)) - Number(geboortedatum.slice(0, 4));
  return verjaardagVan(geboortedatum, jaren) > datum ? jaren - 1 : jaren;
}

function eisDatum(d: unknown): asserts d is IsoDatum {
  if (!isIsoDatum(d)) throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige datum (JJJJ-MM-DD).');
}

/**
 * The day someone born on `geboortedatum` turns `jaren`: the same calendar day, 29 February on 28 February in
 * a common year (counted in calendar months, as kern's plusMaanden; flagged in LEEFTIJD_TELLING). Throws
 * `ONGELDIGE_DATUM` for a bad date and `ONGELDIGE_INVOER` for `jaren` that is not a whole number from 0 to 150.
 *
 * @example
 * ```ts
 * import { verjaardag } from '@schoolveiligheid/meldcode';
 * verjaardag('2004-02-29', 23); //=> '2027-02-28'
 * verjaardag('2015-06-10', 12); //=> '2027-06-10'
 * ```
 */
export function verjaardag(geboortedatum: IsoDatum, jaren: number): IsoDatum {
  eisDatum(geboortedatum);
  const hoogste = 150; // geen-rechtsgetal: a bound on the input, not law
  if (!Number.isInteger(jaren) || jaren < 0 || jaren > hoogste)
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'Een leeftijd is een geheel aantal jaren van 0 tot 150.',
    );
  return verjaardagVan(geboortedatum, jaren);
}

/**
 * Age in whole years at `datum` (the birthday counts: on it the new age is reached). Throws `ONGELDIGE_DATUM`
 * for a bad date and `ONGELDIGE_INVOER` when `datum` lies before the birth.
 *
 * @example
 * ```ts
 * import { leeftijdOp } from '@schoolveiligheid/meldcode';
 * leeftijdOp('2014-09-01', '2026-08-31'); //=> 11
 * leeftijdOp('2014-09-01', '2026-09-01'); //=> 12
 * ```
 */
export function leeftijdOp(geboortedatum: IsoDatum, datum: IsoDatum): number {
  eisDatum(geboortedatum);
  eisDatum(datum);
  if (datum < geboortedatum)
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'De datum ligt voor de geboorte.');
  return leeftijdVan(geboortedatum, datum);
}
