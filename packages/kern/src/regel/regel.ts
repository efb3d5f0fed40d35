import { eisLijst, isObject, ongeldigeInvoer } from '../fout/bewaak.js';
import type { Bedrag } from '../bedrag/bedrag.js';
import type { Bron } from '../bron/bron.js';
import { type IsoDatum, isIsoDatum } from '../datum/datum.js';
import { SchoolveiligheidFout } from '../fout/fout.js';
import type { Duur } from '../termijn/termijn.js';

/** The kinds of value a rule can hold. */
export type RegelWaardeType = number | boolean | string | Duur | Bedrag;

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
  /**
   * Stable id, package first: `<pakket>.<begrip>.<naam>` (`schorsing.schorsing.maxDuur`). The law is in each
   * value's `bron`, not in the id. Vendors store policies by these ids: a contract.
   */
  readonly id: string;
  /** Ids this rule had in earlier releases, so policies stored under an old id still load. */
  readonly vorigeIds?: readonly string[];
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
 *   id: 'voorbeeld.schorsing.maxDuur',
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
  if (!isObject(definitie) || !Array.isArray(definitie.waarden) || typeof definitie.omschrijving !== 'string')
    ongeldigeInvoer('Een regel is een object met id, omschrijving, strenger en waarden.');
  if (!['lager', 'hoger', 'exact'].includes(definitie.strenger))
    ongeldigeInvoer('strenger is lager, hoger of exact.');
  const fout = (melding: string): never => {
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      melding,
      isRegelId(definitie.id) ? { regel: definitie.id } : {},
    );
  };
  if (!isRegelId(definitie.id)) fout('Een regel-id heeft de vorm pakket.begrip.naam.');
  if (definitie.waarden.length === 0) fout('Een regel heeft ten minste één gedateerde waarde nodig.');
  definitie.waarden.forEach((w, i) => {
    if (!isObject(w)) fout('Elke waarde van een regel is een object.');
    if (!isIsoDatum(w.geldigVanaf))
      fout('Elke waarde van een regel heeft een geldige datum geldigVanaf nodig.');
    if (!w.bron?.titel) fout('Elke waarde van een regel heeft een bron nodig.');
    const vorige = definitie.waarden[i - 1];
    if (vorige && vorige.geldigVanaf >= w.geldigVanaf)
      fout('De waarden van een regel staan niet oplopend op datum.');
  });
  return bevries(definitie);
}

/** The rule id scheme: `<pakket>.<begrip>.<naam>`, lower-case package and concept, camelCase name.  *
 * @example
 * ```ts
 * import { REGEL_ID_PATROON } from '@schoolveiligheid/kern';
 * REGEL_ID_PATROON.test('datalek.melding.termijnAP'); //=> true
 * ```
 */
export const REGEL_ID_PATROON: RegExp =
  /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/;

/**
 * True when `id` follows the rule id scheme `<pakket>.<begrip>.<naam>`.
 *
 * @example
 * ```ts
 * import { isRegelId } from '@schoolveiligheid/kern';
 * isRegelId('schorsing.schorsing.maxDuur'); //=> true
 * isRegelId('wpo.maxDuur'); //=> false
 * ```
 */
export function isRegelId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= 120 && REGEL_ID_PATROON.test(id);
}

/** Freezes a JSON value and everything in it: law cannot be changed by a caller.  *
 * @example
 * ```ts
 * import { bevries } from '@schoolveiligheid/kern';
 * Object.isFrozen(bevries({ a: { b: 1 } }).a); //=> true
 * ```
 */
export function bevries<T>(waarde: T): T {
  if (waarde !== null && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    for (const v of Object.values(waarde)) bevries(v);
    Object.freeze(waarde);
  }
  return waarde;
}

/**
 * The statutory value at `peildatum`, or `undefined` when the rule had no value then (before, or ended).
 *
 * @example
 * ```ts
 * import { regel, zoekWaardeOp } from '@schoolveiligheid/kern';
 * const r = regel({ id: 'voorbeeld.inzage.kosten', omschrijving: 'Kosten', strenger: 'lager', waarden: [
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
  if (!isIsoDatum(peildatum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'De peildatum is geen geldige datum (JJJJ-MM-DD).');
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
 * const r = regel({ id: 'voorbeeld.inzage.kosten', omschrijving: 'Kosten', strenger: 'lager', waarden: [
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

/**
 * The rules of one package as one registry: ids unique and following the scheme, every id starting with the
 * package's name. Each package exports exactly one. Frozen.
 */
export interface RegelRegister {
  /** The package whose rules these are (`schorsing`). */
  readonly pakket: string;
  /** The rules, by id. */
  readonly regels: Readonly<Record<string, Regel>>;
  /** Old ids (see {@link Regel.vorigeIds}) to today's. */
  readonly vorigeIds: Readonly<Record<string, string>>;
}

/**
 * Builds a package's {@link RegelRegister}. Throws `ONGELDIGE_INVOER` on a duplicate id, an id outside the
 * scheme or outside the package.
 *
 * @example
 * ```ts
 * import { regel, regelRegister } from '@schoolveiligheid/kern';
 * const r = regel({ id: 'voorbeeld.termijn.beslissen', omschrijving: 'Beslistermijn', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2020-01-01', waarde: { aantal: 4, eenheid: 'weken' }, bron: { titel: 'Wet', zekerheid: 'wettekst' } },
 * ] });
 * const register = regelRegister('voorbeeld', [r]);
 * Object.keys(register.regels); //=> ['voorbeeld.termijn.beslissen']
 * ```
 */
export function regelRegister(pakket: string, regels: readonly Regel[]): RegelRegister {
  if (typeof pakket !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(pakket))
    ongeldigeInvoer('De naam van een pakket bestaat uit kleine letters.');
  eisLijst(regels, 'de regels', 10_000);
  const perId: Record<string, Regel> = {};
  const vorigeIds: Record<string, string> = {};
  for (const r of regels) {
    if (!isObject(r) || !isRegelId(r.id) || !r.id.startsWith(`${pakket}.`))
      throw new SchoolveiligheidFout(
        'ONGELDIGE_INVOER',
        'Elk regel-id in een register begint met de naam van het pakket.',
        { pakket },
      );
    if (Object.hasOwn(perId, r.id))
      throw new SchoolveiligheidFout(
        'ONGELDIGE_INVOER',
        'Een regel-id komt twee keer voor in het register.',
        { regel: r.id },
      );
    perId[r.id] = r;
    for (const oud of r.vorigeIds ?? []) vorigeIds[oud] = r.id;
  }
  return bevries({ pakket, regels: perId, vorigeIds });
}

/**
 * The rule with `id` in the given registries, following old ids; `undefined` when no registry has it.
 *
 * @example
 * ```ts
 * import { regel, regelRegister, zoekRegel } from '@schoolveiligheid/kern';
 * const r = regel({ id: 'voorbeeld.termijn.beslissen', vorigeIds: ['oud.beslistermijn'], omschrijving: 'Beslistermijn', strenger: 'lager',
 *   waarden: [{ geldigVanaf: '2020-01-01', waarde: 4, bron: { titel: 'Wet', zekerheid: 'wettekst' } }] });
 * zoekRegel([regelRegister('voorbeeld', [r])], 'oud.beslistermijn')?.id; //=> 'voorbeeld.termijn.beslissen'
 * ```
 */
export function zoekRegel(registers: readonly RegelRegister[], id: string): Regel | undefined {
  eisLijst(registers, 'de registers', 100);
  if (typeof id !== 'string') return undefined;
  for (const register of registers) {
    if (!isObject(register) || !isObject(register.regels) || !isObject(register.vorigeIds))
      ongeldigeInvoer('Een register is gemaakt met regelRegister.');
    const huidig = Object.hasOwn(register.vorigeIds, id) ? register.vorigeIds[id] : id;
    if (huidig !== undefined && Object.hasOwn(register.regels, huidig)) return register.regels[huidig];
  }
  return undefined;
}
