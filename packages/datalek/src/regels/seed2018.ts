import { type Beleid, type BeleidsWaarde, bevries, type RegelWaardeType } from '@schoolveiligheid/kern';
import { seedBron } from '../bronnen/bronnen.js';

/** One value of the seed, by rule id: the value, the section of C.6 it comes from and, optionally, a note. */
type SeedWaarde = readonly [
  regelId: string,
  waarde: RegelWaardeType,
  onderdeel: string,
  toelichting?: string,
];

/** The seed's values by rule id, each sourced to its section of C.6 ({@link seedBron}). */
function seedWaarden(rijen: readonly SeedWaarde[]): Record<string, BeleidsWaarde> {
  return Object.fromEntries(
    rijen.map(([regelId, waarde, onderdeel, toelichting]) => [
      regelId,
      { waarde, bron: seedBron(onderdeel, toelichting) },
    ]),
  );
}

/**
 * The seed's "Procedure melden datalekken" (veiligheidsplan 2018, C.6) as a policy preset, storing only its
 * own values by rule id: the Wbp decision tree, 72 hours after the internal report, analysis within 8 hours,
 * data subjects within 1 week, the report kept at least 3 years, and college van bestuur (bevoegd gezag)
 * consent before the AP report. {@link controleerBeleid} reports where it deviates from the AVG as shipped
 * today. Frozen.
 *
 * @example
 * ```ts
 * import { SEED_2018_BELEID, controleerBeleid } from '@schoolveiligheid/datalek';
 * SEED_2018_BELEID.waarden['datalek.analyse.termijn']?.waarde; //=> { aantal: 8, eenheid: 'uren' }
 * const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
 * controle.conform; //=> false
 * controle.bevindingen.find((b) => b.regelId === 'datalek.beoordeling.beslisboom')?.oordeel; //=> 'afwijkend'
 * ```
 */
export const SEED_2018_BELEID: Beleid = /* @__PURE__ */ bevries({
  id: 'seed-2018-datalek',
  naam: 'Veiligheidsplan 2018: procedure melden datalekken',
  bron: /* @__PURE__ */ seedBron(
    'Inleiding',
    'Afgeleid van de Wbp-beleidsregels meldplicht datalekken (2015).',
  ),
  waarden: /* @__PURE__ */ seedWaarden([
    [
      'datalek.beoordeling.beslisboom',
      'wbp-2016',
      'Deel C Stap 2-4',
      'Drempel: gevoelige gegevens of een aanzienlijke kans op ernstige nadelige gevolgen.',
    ],
    ['datalek.melding.termijnAP', { aantal: 72, eenheid: 'uren' }, 'Deel C Stap 5'],
    [
      'datalek.melding.startTermijnAP',
      'interne-melding',
      'Deel C Stap 5',
      '"Binnen 72 uur na melding": de interne melding kan later zijn dan de ontdekking.',
    ],
    ['datalek.analyse.termijn', { aantal: 8, eenheid: 'uren' }, 'Deel B Stap 1; Deel C Stap 2'],
    [
      'datalek.betrokkenen.termijn',
      { aantal: 1, eenheid: 'weken' },
      'Deel E',
      'De SDK leest "binnen 1 week na melding" als na de interne melding (interpretatie).',
    ],
    ['datalek.melding.bewaartermijn', { aantal: 36, eenheid: 'maanden' }, 'Deel C Stap 5'],
    ['datalek.melding.toestemmingBevoegdGezag', true, 'Deel C Stap 5'],
  ]),
});

/**
 * The seed preset under its release-0.1 name: the same object as {@link SEED_2018_BELEID}.
 *
 * @deprecated Use `SEED_2018_BELEID`; this alias will be removed in a later release.
 *
 * @example
 * ```ts
 * import { SEED_2018_BELEID, veiligheidsplan2018 } from '@schoolveiligheid/datalek';
 * veiligheidsplan2018 === SEED_2018_BELEID; //=> true
 * ```
 */
export const veiligheidsplan2018: Beleid = SEED_2018_BELEID;
