import type { Bron } from '../bron/bron.js';
import type { Opschorting, TermijnUitkomst } from '../termijn/termijn.js';
import type { TermijnStatus } from '../termijn/status.js';
import type { RolId } from '../rol/rollen.js';

/**
 * A term or duty that is running or overdue in a dossier: the same shape in every package. `code` and `rol`
 * are closed unions per package (`C`, `R`); `termijn` carries the computed deadline with its trace, `status`
 * where it stands at `nu`, `opschorting` any period in which it stood still.
 */
export interface OpenTermijn<C extends string = string, R extends string = RolId> {
  /** Stable code of the term (`MELDING_AP`). */
  readonly code: C;
  /** Who must act. */
  readonly rol: R;
  /** Dutch description. */
  readonly tekst: string;
  /** The rule the term rests on. */
  readonly bron?: Bron;
  /** The computed term with its trace; absent for a duty without a number ("zonder onredelijke vertraging"). */
  readonly termijn?: TermijnUitkomst;
  /** Where the term stands at `nu`; present with `termijn`. */
  readonly status?: TermijnStatus;
  /** Periods in which the term stood still. */
  readonly opschorting?: readonly Opschorting[];
}

/** A next step in a dossier: the same shape in every package. */
export interface Stap<C extends string = string, R extends string = RolId> {
  /** Stable code of the step (`MELDEN_AP`). */
  readonly code: C;
  /** Who must do it. */
  readonly rol: R;
  /** Dutch description. */
  readonly tekst: string;
  /** The rule or document that asks for it. */
  readonly bron?: Bron;
  /** The {@link OpenTermijn} code this step must meet, if any. */
  readonly termijnCode?: string;
}
