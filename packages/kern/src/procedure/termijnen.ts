import type { Bron } from '../bron/bron.js';
import { type CodeCatalogus, codeTekst } from '../code/catalogus.js';
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

/**
 * A next step made from a package's catalogue of step codes: its Dutch text and its source are the code's
 * entry, so the step a dossier shows and the code a vendor stores say the same thing. `termijnCode` links the
 * step to the {@link OpenTermijn} it must meet. Refuses a code the catalogue does not hold (`ONGELDIGE_INVOER`).
 *
 * @example
 * ```ts
 * import { type CodeCatalogus, stapUitCatalogus } from '@schoolveiligheid/kern';
 * const codes: CodeCatalogus<'BESLUIT_NEMEN'> = {
 *   BESLUIT_NEMEN: { nl: 'Neem een besluit.', en: 'Take a decision.' },
 * };
 * stapUitCatalogus(codes, 'BESLUIT_NEMEN', 'bevoegd-gezag', 'BESLISSEN'); //=> { code: 'BESLUIT_NEMEN', rol: 'bevoegd-gezag', tekst: 'Neem een besluit.', termijnCode: 'BESLISSEN' }
 * ```
 */
export function stapUitCatalogus<C extends string, R extends string = RolId>(
  catalogus: CodeCatalogus<C>,
  code: C,
  rol: R,
  termijnCode?: string,
): Stap<C, R> {
  const tekst = codeTekst(catalogus, code);
  const bron = catalogus[code].bron;
  return { code, rol, tekst, ...(bron ? { bron } : {}), ...(termijnCode ? { termijnCode } : {}) };
}
