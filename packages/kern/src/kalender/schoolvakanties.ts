import type { Bron } from '../bron/bron.js';
import type { IsoDatum } from '../datum/datum.js';
import type { Regio } from '../regio/regio.js';

/** The five school vacations OCW sets per region. */
export type VakantieSoort =
  | 'herfstvakantie'
  | 'kerstvakantie'
  | 'voorjaarsvakantie'
  | 'meivakantie'
  | 'zomervakantie';

/**
 * All vacation kinds, in school-year order.
 *
 * @example
 * ```ts
 * import { VAKANTIE_SOORTEN } from '@schoolveiligheid/kern';
 * VAKANTIE_SOORTEN[1]; //=> 'kerstvakantie'
 * ```
 */
export const VAKANTIE_SOORTEN: readonly VakantieSoort[] = [
  'herfstvakantie',
  'kerstvakantie',
  'voorjaarsvakantie',
  'meivakantie',
  'zomervakantie',
];

/** One vacation of one region: first and last day off, both inclusive. */
export interface VakantiePeriode {
  /** First day off (a Saturday). */
  readonly van: IsoDatum;
  /** Last day off (a Sunday). */
  readonly tot: IsoDatum;
  /** `verplicht` (kerst, mei, zomer: fixed by OCW) or `advies` (herfst, voorjaar). */
  readonly status: 'verplicht' | 'advies';
  /** Confirmed by at least two independent sources. */
  readonly geverifieerd: boolean;
  /** Source ids, see `SCHOOLVAKANTIES.bronnen`. */
  readonly bronnen: readonly string[];
}

/** Shape of the shipped vacation data. */
export interface SchoolvakantieData {
  /** Date the research data was retrieved. */
  readonly opgehaald: string;
  /** What the data covers and how `van`/`tot` are meant. */
  readonly beschrijving: string;
  /** The legal basis of the vacation dates. */
  readonly rechtsgrond: string;
  /** Vacations per school year (`2026-2027`), kind and region. */
  readonly schooljaren: Readonly<
    Record<string, Readonly<Record<VakantieSoort, Readonly<Record<Regio, VakantiePeriode>>>>>
  >;
  /** The optional extra meivakantie week, where officially published. */
  readonly meivakantieAdviesweek: Readonly<Record<string, VakantiePeriode>>;
  /** Source index: id to URL and kind of source. */
  readonly bronnen: Readonly<Record<string, { readonly url: string; readonly soort: string }>>;
}

/**
 * Source of the shipped school vacations.
 *
 * @example
 * ```ts
 * import { SCHOOLVAKANTIES_BRON } from '@schoolveiligheid/kern';
 * SCHOOLVAKANTIES_BRON.zekerheid; //=> 'secundair'
 * ```
 */
export const SCHOOLVAKANTIES_BRON: Bron = {
  titel:
    'Rijksoverheid, schoolvakanties per schooljaar (Regeling vaststelling schoolvakanties, art. 15 lid 2 WPO)',
  url: 'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties',
  zekerheid: 'secundair',
  toelichting:
    'Data uit de open-data-feed van Rijksoverheid, gecontroleerd met ten minste twee onafhankelijke bronnen per vakantie.',
};
