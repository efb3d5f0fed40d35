import {
  type Beleid,
  type Bron,
  type IsoDatum,
  type Regel,
  type RegelWaardeType,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';

/**
 * The value of a rule at `peildatum` (under `beleid` when given), or its current value without a date;
 * `undefined` when the rule had no value then.
 */
export function leesRegel<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum?: IsoDatum,
  beleid?: Beleid,
): { readonly waarde: T; readonly bron: Bron } | undefined {
  if (peildatum === undefined) {
    const w = r.waarden.at(-1);
    return w && w.waarde !== null ? { waarde: w.waarde, bron: w.bron } : undefined;
  }
  return zoekWaardeVoor(r, peildatum, beleid);
}
