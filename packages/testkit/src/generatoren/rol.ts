import { ROLLEN, type RolId } from '@schoolveiligheid/kern';
import fc from 'fast-check';

/** Options of {@link rolId}. */
export interface RolOpties {
  /** Only roles of the school (`school`) or only outside bodies (`extern`). */
  readonly plaats?: 'school' | 'extern';
}

/** Role ids of kern's shared vocabulary `ROLLEN` (`bevoegd-gezag`, `directeur`, `veilig-thuis`, ...). */
export function rolId(opties: RolOpties = {}): fc.Arbitrary<RolId> {
  const ids = (Object.keys(ROLLEN) as RolId[]).filter(
    (id) => opties.plaats === undefined || ROLLEN[id].plaats === opties.plaats,
  );
  return fc.constantFrom(...ids);
}
