import type { Besluit } from '@schoolveiligheid/kern';
import type { KlokkenluiderRedenCode } from '../codes/codes.js';
import { beslis, eisJaNee, eisObject, reden } from '../gedeeld/gedeeld.js';

/** Where an internal report is made (seed regeling art. 3; Wbk art. 2 lid 2 onder d). */
export type Kanaal = 'leidinggevende' | 'toezichthouder' | 'functionaris';

/** The facts that decide the internal channel. */
export interface KanaalOmstandigheden {
  /** The reporter reasonably suspects the bevoegd gezag itself to be involved. */
  readonly bevoegdGezagBetrokken: boolean;
  /** The reporter goes through the vertrouwenspersoon, who forwards the report in consultation with them. */
  readonly viaVertrouwenspersoon: boolean;
  /** The procedure designates an independent official to receive reports (Wbk art. 2 lid 2 onder d). */
  readonly functionarisAangewezen: boolean;
}

/** Outcome of {@link kiesInternKanaal}. */
export interface KanaalKeuze {
  /** Who receives the report. */
  readonly kanaal: Kanaal;
  /** Whether it goes through the vertrouwenspersoon first. */
  readonly viaVertrouwenspersoon: boolean;
  /** Who acts as the bevoegd gezag in this dossier: the toezichthouder when the board is involved. */
  readonly verantwoordelijke: 'bevoegd-gezag' | 'toezichthouder';
}

/**
 * The internal channel as a decision with reasons, one row per condition: to the toezichthouder when the
 * bevoegd gezag is suspected to be involved (it then takes the board's place), else to the designated
 * official where the procedure names one, else to a superior; via the vertrouwenspersoon when the reporter
 * chooses so. Throws `ONGELDIGE_INVOER` when a field is not a boolean.
 *
 * @example
 * ```ts
 * import { kiesInternKanaal } from '@schoolveiligheid/klokkenluider';
 * const k = kiesInternKanaal({ bevoegdGezagBetrokken: true, viaVertrouwenspersoon: false, functionarisAangewezen: true });
 * k.uitkomst; //=> { kanaal: 'toezichthouder', viaVertrouwenspersoon: false, verantwoordelijke: 'toezichthouder' }
 * k.redenen.map((r) => r.code); //=> ['KANAAL_TOEZICHTHOUDER']
 * ```
 */
export function kiesInternKanaal(
  omstandigheden: KanaalOmstandigheden,
): Besluit<KanaalKeuze, KlokkenluiderRedenCode> {
  const o = eisObject(omstandigheden, 'de omstandigheden');
  const bestuur = eisJaNee(o, 'bevoegdGezagBetrokken');
  const via = eisJaNee(o, 'viaVertrouwenspersoon');
  const functionaris = eisJaNee(o, 'functionarisAangewezen');
  const kanaal: Kanaal = bestuur ? 'toezichthouder' : functionaris ? 'functionaris' : 'leidinggevende';
  const code = {
    toezichthouder: 'KANAAL_TOEZICHTHOUDER',
    functionaris: 'KANAAL_FUNCTIONARIS',
    leidinggevende: 'KANAAL_LEIDINGGEVENDE',
  } as const satisfies Record<Kanaal, KlokkenluiderRedenCode>;
  return beslis(
    { kanaal, viaVertrouwenspersoon: via, verantwoordelijke: bestuur ? 'toezichthouder' : 'bevoegd-gezag' },
    [...(via ? [reden('KANAAL_VERTROUWENSPERSOON')] : []), reden(code[kanaal])],
  );
}
