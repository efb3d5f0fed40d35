import type { Bron } from '../bron/bron.js';
import { type IsoDatum, isIsoDatum } from '../datum/datum.js';
import { SchoolveiligheidFout } from '../fout/fout.js';
import type { Duur } from '../termijn/termijn.js';

/** The kinds of value a rule can hold. */
export type RegelWaardeType = number | boolean | string | Duur;

/**
 * Which direction is stricter for a school than the law, for the compliance check:
 * `lager` (a shorter term, a lower maximum, a lower fee), `hoger` (a longer retention minimum, `true` for a
 * duty), `exact` (any deviation conflicts).
 */
export type Strenger = 'lager' | 'hoger' | 'exact';

/** One dated value of a rule, with its source. `waarde: null` ends the rule from `geldigVanaf` on. */
export interface GedateerdeWaarde<T extends RegelWaardeType> {
  /** First day the value applies. */
  readonly geldigVanaf: IsoDatum;
  /** The value, or `null` when the rule ends. */
  readonly waarde: T | null;
  /** Where the value comes from. */
  readonly bron: Bron;
}

/**
 * A legal value as dated data (OpenFisca style): an id, what it means, which direction is stricter, and its
 * values over time, each with a source. Plain JSON.
 */
export interface Regel<T extends RegelWaardeType = RegelWaardeType> {
  /** Stable id, `<package>.<begrip>.<naam>`: `wpo.schorsing.maxDuur`. */
  readonly id: string;
  /** Dutch description. */
  readonly omschrijving: string;
  /** Which direction is stricter than the law, for `controleerBeleid`. */
  readonly strenger: Strenger;
  /** Values, oldest first. */
  readonly waarden: readonly GedateerdeWaarde<T>[];
}

/** The value of a rule at a date, with where it comes from. */
export interface WaardeOpPeildatum<T extends RegelWaardeType> {
  /** Id of the rule. */
  readonly regelId: string;
  /** The value that applies. */
  readonly waarde: T;
  /** The source of that value. */
  readonly bron: Bron;
  /** Since when it applies (for a policy value: the peildatum). */
  readonly geldigVanaf: IsoDatum;
  /** `wet` for the statutory value, `beleid` for a school's policy value. */
  readonly herkomst: 'wet' | 'beleid';
}

/**
 * Defines a rule. Checks that values are in date order and that every value has a source.
 *
 * @example
 * ```ts
 * import { regel, waardeOp } from '@schoolveiligheid/kern';
 * const maxDuur = regel({
 *   id: 'voorbeeld.maxDuur',
 *   omschrijving: 'Maximale duur',
 *   strenger: 'lager',
 *   waarden: [
 *     { geldigVanaf: '2014-08-01', waarde: { aantal: 1, eenheid: 'weken' }, bron: { titel: 'WPO', artikel: '40c', zekerheid: 'wettekst' } },
 *   ],
 * });
 * waardeOp(maxDuur, '2026-11-23').waarde; //=> { aantal: 1, eenheid: 'weken' }
 * ```
 */
export function regel<T extends RegelWaardeType>(definitie: Regel<T>): Regel<T> {
  const fout = (melding: string): never => {
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', melding, { regel: definitie.id });
  };
  if (!/^[a-z0-9]+(\.[a-zA-Z0-9-]+)+$/.test(definitie.id))
    fout('Een regel-id heeft de vorm pakket.begrip.naam.');
  if (definitie.waarden.length === 0) fout('Een regel heeft ten minste één gedateerde waarde nodig.');
  definitie.waarden.forEach((w, i) => {
    if (!isIsoDatum(w.geldigVanaf))
      fout('Elke waarde van een regel heeft een geldige datum geldigVanaf nodig.');
    if (!w.bron?.titel) fout('Elke waarde van een regel heeft een bron nodig.');
    const vorige = definitie.waarden[i - 1];
    if (vorige && vorige.geldigVanaf >= w.geldigVanaf)
      fout('De waarden van een regel staan niet oplopend op datum.');
  });
  return definitie;
}

/**
 * The statutory value at `peildatum`, or `undefined` when the rule had no value then (before, or ended).
 *
 * @example
 * ```ts
 * import { regel, zoekWaardeOp } from '@schoolveiligheid/kern';
 * const r = regel({ id: 'voorbeeld.kosten', omschrijving: 'Kosten', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2018-05-25', waarde: 0, bron: { titel: 'AVG', artikel: '12 lid 5', zekerheid: 'secundair' } },
 * ] });
 * zoekWaardeOp(r, '2017-01-01'); //=> undefined
 * zoekWaardeOp(r, '2026-01-01')?.waarde; //=> 0
 * ```
 */
export function zoekWaardeOp<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum: IsoDatum,
): WaardeOpPeildatum<T> | undefined {
  let gevonden: GedateerdeWaarde<T> | undefined;
  for (const w of r.waarden) if (w.geldigVanaf <= peildatum) gevonden = w;
  if (!gevonden || gevonden.waarde === null) return undefined;
  return {
    regelId: r.id,
    waarde: gevonden.waarde,
    bron: gevonden.bron,
    geldigVanaf: gevonden.geldigVanaf,
    herkomst: 'wet',
  };
}

/**
 * The statutory value at `peildatum`; throws `REGEL_NIET_GELDIG` when the rule had no value then.
 *
 * @example
 * ```ts
 * import { regel, waardeOp } from '@schoolveiligheid/kern';
 * const r = regel({ id: 'voorbeeld.kosten', omschrijving: 'Kosten', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2018-05-25', waarde: 0, bron: { titel: 'AVG', artikel: '12 lid 5', zekerheid: 'secundair' } },
 * ] });
 * waardeOp(r, '2026-01-01').bron.artikel; //=> '12 lid 5'
 * ```
 */
export function waardeOp<T extends RegelWaardeType>(r: Regel<T>, peildatum: IsoDatum): WaardeOpPeildatum<T> {
  const w = zoekWaardeOp(r, peildatum);
  if (!w) {
    throw new SchoolveiligheidFout('REGEL_NIET_GELDIG', `Regel ${r.id} heeft geen waarde op ${peildatum}.`, {
      regel: r.id,
      peildatum,
    });
  }
  return w;
}
