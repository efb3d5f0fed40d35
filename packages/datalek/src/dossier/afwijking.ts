// The board's decision against the assessment (issue 10 item 3): which aspects of a decision do less than
// `beoordeelIncident` found, as a table of sourced rows. Doing more than the assessment (reporting a breach
// that need not be reported) is never a deviation: the AVG sets duties, not prohibitions to report.
import type { Bron } from '@schoolveiligheid/kern';
import type { Beoordeling, Risico } from '../beoordeling/beoordeling.js';
import { AVG_33_1, AVG_33_5, AVG_34_1, AVG_34_3_C } from '../bronnen/bronnen.js';
import { ongeldigeInvoer } from '../bewaak.js';

/** An aspect of a decision that can depart from the assessment. */
export type AfwijkingAspect =
  | 'isDatalek'
  | 'risico'
  | 'meldplichtAP'
  | 'betrokkenenInformeren'
  | 'openbareMededeling';

/** One aspect where the decision does less than the assessment, with the source of the duty it departs from. */
export interface Afwijking {
  readonly aspect: AfwijkingAspect;
  /** What the assessment found. */
  readonly beoordeling: boolean | Risico;
  /** What the decision says. */
  readonly besluit: boolean | Risico;
  readonly bron: Bron;
}

const RISICO_ORDE: Readonly<Record<Risico, number>> = { geen: 0, risico: 1, hoog: 2 };

/** One row per aspect: when the decision does less than the assessment on it, and the duty's source. */
const ASPECTEN: readonly {
  readonly aspect: AfwijkingAspect;
  readonly minder: (besluit: Beoordeling, beoordeling: Beoordeling) => boolean;
  readonly bron: Bron;
}[] = [
  // AVG 33(5): every breach is documented as one
  { aspect: 'isDatalek', minder: (b, o) => o.isDatalek && !b.isDatalek, bron: AVG_33_5 },
  // the risk level decides both duties (AVG 33(1), 34(1)): a lower level is a deviation in itself
  {
    aspect: 'risico',
    minder: (b, o) => RISICO_ORDE[b.risico] < RISICO_ORDE[o.risico],
    bron: AVG_33_1,
  },
  { aspect: 'meldplichtAP', minder: (b, o) => o.meldplichtAP && !b.meldplichtAP, bron: AVG_33_1 },
  {
    aspect: 'betrokkenenInformeren',
    minder: (b, o) => o.betrokkenenInformeren && !b.betrokkenenInformeren,
    bron: AVG_34_1,
  },
  // AVG 34(3)(c): a public communication instead of individual messages only for disproportionate effort
  {
    aspect: 'openbareMededeling',
    minder: (b, o) =>
      o.betrokkenenInformeren && b.betrokkenenInformeren && b.openbareMededeling && !o.openbareMededeling,
    bron: AVG_34_3_C,
  },
];

const isBeoordeling = (w: unknown): w is Beoordeling =>
  typeof w === 'object' &&
  w !== null &&
  typeof (w as Beoordeling).isDatalek === 'boolean' &&
  Object.hasOwn(RISICO_ORDE, (w as Beoordeling).risico) &&
  typeof (w as Beoordeling).meldplichtAP === 'boolean' &&
  typeof (w as Beoordeling).betrokkenenInformeren === 'boolean' &&
  typeof (w as Beoordeling).openbareMededeling === 'boolean';

/**
 * Where a decision (`besluit`, the outcome the school follows) does less than the assessment (`beoordeling`,
 * the outcome of `beoordeelIncident`): not a breach where the assessment found one (AVG 33(5)), a lower risk,
 * no AP report (33(1)), not informing the data subjects (34(1)), or a public communication instead of
 * individual messages (34(3)(c)). Empty when the decision follows the assessment or does more. The analysis
 * event refuses such a decision without a motivation (`MOTIVERING_ONTBREEKT`). Throws `ONGELDIGE_INVOER`
 * when either is not an outcome.
 *
 * @example
 * ```ts
 * import { afwijkingenVanBesluit } from '@schoolveiligheid/datalek';
 * const beoordeling = { isDatalek: true, risico: 'hoog', meldplichtAP: true, betrokkenenInformeren: true, openbareMededeling: false, beslisboom: 'avg-2018' } as const;
 * afwijkingenVanBesluit({ ...beoordeling, meldplichtAP: false }, beoordeling).map((a) => a.aspect); //=> ['meldplichtAP']
 * afwijkingenVanBesluit(beoordeling, { ...beoordeling, risico: 'risico', betrokkenenInformeren: false }); //=> []
 * ```
 */
export function afwijkingenVanBesluit(besluit: Beoordeling, beoordeling: Beoordeling): Afwijking[] {
  if (!isBeoordeling(besluit) || !isBeoordeling(beoordeling))
    ongeldigeInvoer('Geef het besluit en de beoordeling als uitkomst van beoordeelIncident.');
  return ASPECTEN.filter((r) => r.minder(besluit, beoordeling)).map((r) => ({
    aspect: r.aspect,
    beoordeling: beoordeling[r.aspect],
    besluit: besluit[r.aspect],
    bron: r.bron,
  }));
}
