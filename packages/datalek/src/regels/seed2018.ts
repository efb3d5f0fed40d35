import { type Beleid, bevries } from '@schoolveiligheid/kern';
import { seedBron } from '../bronnen/bronnen.js';

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
  waarden: {
    'datalek.beoordeling.beslisboom': {
      waarde: 'wbp-2016',
      bron: /* @__PURE__ */ seedBron(
        'Deel C Stap 2-4',
        'Drempel: gevoelige gegevens of een aanzienlijke kans op ernstige nadelige gevolgen.',
      ),
    },
    'datalek.melding.termijnAP': {
      waarde: { aantal: 72, eenheid: 'uren' },
      bron: /* @__PURE__ */ seedBron('Deel C Stap 5'),
    },
    'datalek.melding.startTermijnAP': {
      waarde: 'interne-melding',
      bron: /* @__PURE__ */ seedBron(
        'Deel C Stap 5',
        '"Binnen 72 uur na melding": de interne melding kan later zijn dan de ontdekking.',
      ),
    },
    'datalek.analyse.termijn': {
      waarde: { aantal: 8, eenheid: 'uren' },
      bron: /* @__PURE__ */ seedBron('Deel B Stap 1; Deel C Stap 2'),
    },
    'datalek.betrokkenen.termijn': {
      waarde: { aantal: 1, eenheid: 'weken' },
      bron: /* @__PURE__ */ seedBron(
        'Deel E',
        'De SDK leest "binnen 1 week na melding" als na de interne melding (interpretatie).',
      ),
    },
    'datalek.melding.bewaartermijn': {
      waarde: { aantal: 36, eenheid: 'maanden' },
      bron: /* @__PURE__ */ seedBron('Deel C Stap 5'),
    },
    'datalek.melding.toestemmingBevoegdGezag': {
      waarde: true,
      bron: /* @__PURE__ */ seedBron('Deel C Stap 5'),
    },
  },
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
