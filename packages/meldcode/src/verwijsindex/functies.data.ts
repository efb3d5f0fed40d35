import type { Bron } from '@schoolveiligheid/kern';
import { JEUGDWET_MELDINGSBEVOEGD } from '../bronnen/bronnen.js';

/** A primary-school function that may (or may not) report to the Verwijsindex. */
export type PoFunctie = 'leerkracht' | 'intern-begeleider' | 'aandachtsfunctionaris' | 'directeur' | 'zorgcoordinator';

/** Whether a function is a designated category of meldingsbevoegden, with the source of that claim. */
export interface FunctieBevoegdheid {
  readonly functie: PoFunctie;
  /** `onbevestigd`: the Besluit Jeugdwet designation for this function was not read. */
  readonly aangewezenCategorie: 'onbevestigd';
  readonly bron: Bron;
}

/**
 * The primary-school functions the seed names around the Verwijsindex (the intern begeleider registers;
 * Bijlage 30), each flagged: which of them the Besluit Jeugdwet designates is not confirmed, so reporting is
 * gated on the school's own confirmation from its agreements with the municipality.
 *
 * @example
 * ```ts
 * import { VERWIJSINDEX_FUNCTIES } from '@schoolveiligheid/meldcode';
 * VERWIJSINDEX_FUNCTIES.every((f) => f.aangewezenCategorie === 'onbevestigd'); //=> true
 * ```
 */
export const VERWIJSINDEX_FUNCTIES: readonly FunctieBevoegdheid[] = /* @__PURE__ */ Object.freeze(
  (['leerkracht', 'intern-begeleider', 'aandachtsfunctionaris', 'directeur', 'zorgcoordinator'] as const).map(
    (functie) => Object.freeze({ functie, aangewezenCategorie: 'onbevestigd' as const, bron: JEUGDWET_MELDINGSBEVOEGD }),
  ),
);
