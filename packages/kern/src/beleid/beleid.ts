import { type Bron, bronTekst } from '../bron/bron.js';
import type { IsoDatum } from '../datum/datum.js';
import type { Regel, RegelWaardeType, WaardeOpPeildatum } from '../regel/regel.js';
import { waardeOp, zoekWaardeOp } from '../regel/regel.js';
import { type Duur, duurTekst } from '../termijn/termijn.js';

/** One value a school's policy sets for a rule, with the policy's own source. */
export interface BeleidsWaarde<T extends RegelWaardeType = RegelWaardeType> {
  /** The rule, embedded so the policy stays self-contained JSON. */
  readonly regel: Regel<T>;
  /** The value the policy sets. */
  readonly waarde: T;
  /** Where the policy says so: document and section. */
  readonly bron: Bron;
  /** Why the school chose it. */
  readonly toelichting?: string;
}

/**
 * A school's policy (beleid): values that override statutory rule values. The seed veiligheidsplan of 2018
 * is shipped as the first such preset in each package.
 */
export interface Beleid {
  /** Stable id of the policy (`veiligheidsplan-2018`). */
  readonly id: string;
  /** Name of the policy document. */
  readonly naam: string;
  /** The policy document. */
  readonly bron: Bron;
  /** The rule values the policy sets. */
  readonly waarden: readonly BeleidsWaarde[];
}

/**
 * The value that applies at `peildatum`: the policy's when it sets one, otherwise the statute's.
 *
 * @example
 * ```ts
 * import { regel, waardeVoor, type Beleid } from '@schoolveiligheid/kern';
 * const termijn = regel({ id: 'voorbeeld.termijn', omschrijving: 'Termijn', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2020-01-01', waarde: 10, bron: { titel: 'Wet', zekerheid: 'wettekst' } },
 * ] });
 * const beleid: Beleid = { id: 'school', naam: 'Schoolbeleid', bron: { titel: 'Schoolgids', zekerheid: 'secundair' },
 *   waarden: [{ regel: termijn, waarde: 5, bron: { titel: 'Schoolgids', artikel: '3.1', zekerheid: 'secundair' } }] };
 * waardeVoor(termijn, '2026-01-01').waarde; //=> 10
 * waardeVoor(termijn, '2026-01-01', beleid).herkomst; //=> 'beleid'
 * ```
 */
export function waardeVoor<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum: IsoDatum,
  beleid?: Beleid,
): WaardeOpPeildatum<T> {
  return zoekWaardeVoor(r, peildatum, beleid) ?? waardeOp(r, peildatum);
}

/**
 * Like {@link waardeVoor}, but `undefined` when neither the policy nor the statute sets a value at `peildatum`
 * (for example a policy-only term such as "analysis within 8 hours" under a policy that does not set it).
 *
 * @example
 * ```ts
 * import { regel, zoekWaardeVoor } from '@schoolveiligheid/kern';
 * const analyse = regel({ id: 'voorbeeld.analyse', omschrijving: 'Analyse', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2018-05-25', waarde: null, bron: { titel: 'AVG (geen termijn)', zekerheid: 'wettekst' } },
 * ] });
 * zoekWaardeVoor(analyse, '2026-01-01'); //=> undefined
 * ```
 */
export function zoekWaardeVoor<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum: IsoDatum,
  beleid?: Beleid,
): WaardeOpPeildatum<T> | undefined {
  const eigen = beleid?.waarden.find((w) => w.regel.id === r.id) as BeleidsWaarde<T> | undefined;
  if (eigen) {
    return {
      regelId: r.id,
      waarde: eigen.waarde,
      bron: eigen.bron,
      geldigVanaf: peildatum,
      herkomst: 'beleid',
    };
  }
  return zoekWaardeOp(r, peildatum);
}

/** How a policy value compares with the law. */
export type Oordeel = 'gelijk' | 'strenger' | 'soepeler' | 'afwijkend' | 'aanvulling';

/** One finding of {@link controleerBeleid}. */
export interface Bevinding {
  /** The rule compared. */
  readonly regelId: string;
  /** What the rule is about. */
  readonly omschrijving: string;
  /** How the policy compares with the law. */
  readonly oordeel: Oordeel;
  /** The policy value and its source. */
  readonly beleid: { readonly waarde: RegelWaardeType; readonly bron: Bron };
  /** The statutory value at the peildatum; absent when the law sets none (`aanvulling`). */
  readonly wet?: { readonly waarde: RegelWaardeType; readonly bron: Bron };
  /** Dutch explanation naming both sources. */
  readonly tekst: string;
}

/** Outcome of {@link controleerBeleid}. */
export interface BeleidsControle {
  /** The policy checked. */
  readonly beleidId: string;
  /** The date the law was looked up at. */
  readonly peildatum: IsoDatum;
  /** `true` when no value is laxer than, or conflicts with, the law. */
  readonly conform: boolean;
  /** One finding per policy value. */
  readonly bevindingen: readonly Bevinding[];
}

const UREN_PER: Partial<Record<Duur['eenheid'], number>> = { uren: 1, kalenderdagen: 24, weken: 168 };

function isDuur(w: RegelWaardeType): w is Duur {
  return typeof w === 'object' && w !== null && 'aantal' in w && 'eenheid' in w;
}

/**
 * Compares two values of the same rule: -1 (a lower), 0, 1 (a higher), `anders` (different values without an
 * order, such as two texts), or undefined when not comparable (durations in other units).
 */
function vergelijk(a: RegelWaardeType, b: RegelWaardeType): -1 | 0 | 1 | 'anders' | undefined {
  const teken = (x: number) => (x < 0 ? -1 : x > 0 ? 1 : 0) as -1 | 0 | 1;
  if (typeof a === 'number' && typeof b === 'number') return teken(a - b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return teken(Number(a) - Number(b));
  if (typeof a === 'string' && typeof b === 'string') return a === b ? 0 : 'anders';
  if (isDuur(a) && isDuur(b)) {
    if (a.eenheid === b.eenheid) return teken(a.aantal - b.aantal);
    const ua = UREN_PER[a.eenheid];
    const ub = UREN_PER[b.eenheid];
    if (ua && ub) return teken(a.aantal * ua - b.aantal * ub);
  }
  return undefined;
}

function tekstVan(w: RegelWaardeType): string {
  return isDuur(w) ? duurTekst(w) : typeof w === 'boolean' ? (w ? 'ja' : 'nee') : String(w);
}

/**
 * Compares a policy with the law at `peildatum`, rule by rule. Stricter than the law is fine; laxer, or in
 * a unit that cannot be compared (5 schooldagen vs 1 week), is reported with both sources.
 *
 * @example
 * ```ts
 * import { regel, controleerBeleid, type Beleid } from '@schoolveiligheid/kern';
 * const maxDuur = regel({ id: 'voorbeeld.maxDuur', omschrijving: 'Maximale duur', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2014-08-01', waarde: { aantal: 1, eenheid: 'weken' }, bron: { titel: 'WPO', artikel: '40c', zekerheid: 'wettekst' } },
 * ] });
 * const beleid: Beleid = { id: 'seed', naam: 'Veiligheidsplan', bron: { titel: 'Veiligheidsplan 2018', zekerheid: 'secundair' },
 *   waarden: [{ regel: maxDuur, waarde: { aantal: 5, eenheid: 'schooldagen' }, bron: { titel: 'Veiligheidsplan 2018', artikel: 'E.2', zekerheid: 'secundair' } }] };
 * const controle = controleerBeleid(beleid, '2026-11-23');
 * controle.conform; //=> false
 * controle.bevindingen[0]?.oordeel; //=> 'afwijkend'
 * ```
 */
export function controleerBeleid(beleid: Beleid, peildatum: IsoDatum): BeleidsControle {
  const bevindingen = beleid.waarden.map((bw): Bevinding => {
    const r = bw.regel;
    const wet = zoekWaardeOp(r, peildatum);
    const eigen = { waarde: bw.waarde, bron: bw.bron };
    const beleidTekst = `${tekstVan(bw.waarde)} (${bronTekst(bw.bron)})`;
    if (!wet) {
      return {
        regelId: r.id,
        omschrijving: r.omschrijving,
        oordeel: 'aanvulling',
        beleid: eigen,
        tekst: `${r.omschrijving}: het beleid stelt ${beleidTekst}; de wet stelt hier geen waarde.`,
      };
    }
    const wetDeel = { waarde: wet.waarde, bron: wet.bron };
    const wetTekst = `${tekstVan(wet.waarde)} (${bronTekst(wet.bron)})`;
    const v = vergelijk(bw.waarde, wet.waarde);
    let oordeel: Oordeel;
    if (v === undefined) oordeel = 'afwijkend';
    else if (v === 0) oordeel = 'gelijk';
    else if (v === 'anders' || r.strenger === 'exact') oordeel = 'afwijkend';
    else oordeel = v < 0 === (r.strenger === 'lager') ? 'strenger' : 'soepeler';
    const zin: Record<Oordeel, string> = {
      gelijk: 'gelijk aan de wet',
      strenger: 'strenger dan de wet; dat mag',
      soepeler: 'soepeler dan de wet; de wet gaat voor',
      afwijkend:
        v === undefined
          ? 'niet vergelijkbaar met de wet (andere eenheid); controleer of het beleid binnen de wet blijft'
          : 'wijkt af van de wet; de wet gaat voor',
      aanvulling: '',
    };
    return {
      regelId: r.id,
      omschrijving: r.omschrijving,
      oordeel,
      beleid: eigen,
      wet: wetDeel,
      tekst: `${r.omschrijving}: beleid ${beleidTekst}, wet ${wetTekst}: ${zin[oordeel]}.`,
    };
  });
  return {
    beleidId: beleid.id,
    peildatum,
    conform: bevindingen.every((b) => b.oordeel !== 'soepeler' && b.oordeel !== 'afwijkend'),
    bevindingen,
  };
}
