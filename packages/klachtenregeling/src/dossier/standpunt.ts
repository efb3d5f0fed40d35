import {
  type Besluit,
  besluit,
  dagnummer,
  type IsoDatum,
  type Reden,
  SchoolveiligheidFout,
  type TermijnUitkomst,
} from '@schoolveiligheid/kern';
import type { KlachtenregelingRedenCode } from '../codes/codes.js';
import { beleidUitOpties, reden } from '../gedeeld/gedeeld.js';
import { regelVerantwoording } from '../regels/regels.js';
import { type KlachtDossier, type KlachtToestand, klachtProcedure, standpuntTermijnVan } from './klacht.js';

/** Outcome of {@link toetsStandpunt}. */
export interface StandpuntToets {
  /** `tijdig`, `te-laat` (a warning, not a hard failure) or `open` (not yet given). */
  readonly status: 'tijdig' | 'te-laat' | 'open';
  /** The term, with its trace (Algemene termijnenwet; an extension counted from its end). */
  readonly termijn: TermijnUitkomst;
  /** When the position was given, if it was. */
  readonly standpuntOp: IsoDatum | null;
  /** Calendar days after the last day (0 when in time or open). */
  readonly dagenTeLaat: number;
}

/**
 * Whether the board gave its position in time (WPO art. 14 lid 7): the 4-week term after receipt of the
 * oordeel with the Algemene termijnenwet, a reasoned extension with its stated term (capped by a policy: the
 * seed allows at most 4 more weeks, announced within the first 4). A board that answers a day late is
 * overdue: a warning with its source (LKC 23-11-2018, 108484), not a hard failure. Throws `DOSSIER_ONGELDIG`
 * for what is not a klacht dossier, `ONGELDIGE_INVOER` when no oordeel was received, `BELEID_ONGELDIG`.
 *
 * @example
 * ```ts
 * import { klachtProcedure, toetsStandpunt } from '@schoolveiligheid/klachtenregeling';
 * const d = klachtProcedure.herspeel({ id: 'klacht-2' }, [
 *   { type: 'klacht-ingediend', datum: '2026-10-01', bij: 'klachtencommissie', aangeklaagde: 'personeelslid' },
 *   { type: 'oordeel-ontvangen', datum: '2026-11-30', oordeel: 'gegrond' },
 *   { type: 'standpunt-meegedeeld', datum: '2026-12-29', deeltOordeel: true, maatregel: 'andere' },
 * ]);
 * const b = d.ok ? toetsStandpunt(d.waarde) : undefined;
 * [b?.uitkomst.status, b?.uitkomst.dagenTeLaat]; //=> ['te-laat', 1]
 * ```
 */
export function toetsStandpunt(
  dossier: unknown,
  opties?: { readonly beleid?: unknown },
): Besluit<StandpuntToets, KlachtenregelingRedenCode> {
  const t = klachtProcedure.toestand(dossier as KlachtDossier);
  if (!t.ok)
    throw new SchoolveiligheidFout(
      'DOSSIER_ONGELDIG',
      'Dit is geen geldig klachtdossier; lees het met leesDossier.',
      {
        problemen: t.problemen.length,
      },
    );
  const toestand: KlachtToestand = t.waarde;
  const berekend = standpuntTermijnVan(toestand, beleidUitOpties(opties));
  if (!berekend)
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'Het dossier heeft nog geen ontvangen oordeel van de klachtencommissie.',
    );
  const { termijn } = berekend;
  const op = toestand.standpunt?.op ?? null;
  const dagenTeLaat = op && op > termijn.laatsteDag ? dagnummer(op) - dagnummer(termijn.laatsteDag) : 0;
  const status = op === null ? 'open' : dagenTeLaat > 0 ? 'te-laat' : 'tijdig';
  const slot: Reden<KlachtenregelingRedenCode> =
    status === 'open'
      ? reden('STANDPUNT_NOG_NIET')
      : status === 'te-laat'
        ? reden('STANDPUNT_TE_LAAT', { dagen: dagenTeLaat })
        : reden('STANDPUNT_TIJDIG');
  return besluit(
    { status, termijn, standpuntOp: op, dagenTeLaat },
    [...berekend.redenen, slot],
    regelVerantwoording(),
  );
}
