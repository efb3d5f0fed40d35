import {
  type Beleid,
  type BeleidsWaarde,
  type Bron,
  type Duur,
  type Regel,
  type RegelWaardeType,
  regel,
  type Strenger,
} from '@schoolveiligheid/kern';
import {
  AVG_33_1,
  AVG_33_5,
  AVG_34_1,
  EDPB_9_2022_BEWUST,
  seedBron,
  WBP_34A,
  WBP_BELEIDSREGELS,
} from '../bronnen/bronnen.js';

/** The decision tree that decides on a breach: the AVG (since 25 May 2018) or the former Wbp (2016-2018). */
export type Beslisboom = 'avg-2018' | 'wbp-2016';

/** The moment the AP term runs from: becoming aware (AVG 33(1)) or the internal report (seed). */
export type StartMeldtermijn = 'bewustwording' | 'interne-melding';

/**
 * Which decision tree applies to a breach discovered on the peildatum: the Wbp meldplicht (from 1 January
 * 2016) or the AVG (from 25 May 2018).
 *
 * @example
 * ```ts
 * import { datalekBeslisboom } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(datalekBeslisboom, '2017-06-01').waarde; //=> 'wbp-2016'
 * waardeOp(datalekBeslisboom, '2026-11-23').waarde; //=> 'avg-2018'
 * ```
 */
export const datalekBeslisboom: Regel<Beslisboom> = /* @__PURE__ */ regel<Beslisboom>({
  id: 'avg.datalek.beslisboom',
  omschrijving: 'Beslisboom voor meldplicht datalekken',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: '2016-01-01', waarde: 'wbp-2016', bron: WBP_34A },
    { geldigVanaf: '2018-05-25', waarde: 'avg-2018', bron: AVG_33_1 },
  ],
});

/**
 * The AP term: 72 clock hours (AVG 33(1)); an EU term, so the Algemene termijnenwet never extends it.
 * Under the Wbp the AP's beleidsregels also used 72 hours (exact wording flagged as unconfirmed).
 *
 * @example
 * ```ts
 * import { meldtermijnAP } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(meldtermijnAP, '2026-11-23').waarde; //=> { aantal: 72, eenheid: 'uren' }
 * waardeOp(meldtermijnAP, '2017-01-01').bron.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const meldtermijnAP: Regel<Duur> = /* @__PURE__ */ regel<Duur>({
  id: 'avg.datalek.meldtermijnAP',
  omschrijving: 'Termijn voor de melding aan de Autoriteit Persoonsgegevens',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: '2016-01-01', waarde: { aantal: 72, eenheid: 'uren' }, bron: WBP_BELEIDSREGELS },
    { geldigVanaf: '2018-05-25', waarde: { aantal: 72, eenheid: 'uren' }, bron: AVG_33_1 },
  ],
});

/**
 * From when the AP term runs: becoming aware of the breach (AVG 33(1); the SDK takes the discovery by a staff
 * member, EDPB 9/2022). The seed counts "72 uur na melding" (after the internal report), which can be later.
 *
 * @example
 * ```ts
 * import { startMeldtermijnAP } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(startMeldtermijnAP, '2026-11-23').waarde; //=> 'bewustwording'
 * ```
 */
export const startMeldtermijnAP: Regel<StartMeldtermijn> = /* @__PURE__ */ regel<StartMeldtermijn>({
  id: 'avg.datalek.startMeldtermijnAP',
  omschrijving: 'Begin van de termijn voor de melding aan de AP',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: 'bewustwording', bron: EDPB_9_2022_BEWUST }],
});

/**
 * A rule the AVG sets no value for (only a duty, or "zonder onredelijke vertraging"), so that a policy value is
 * reported by `controleerBeleid` as an `aanvulling`.
 */
function zonderWettelijkeWaarde<T extends RegelWaardeType>(
  id: string,
  omschrijving: string,
  strenger: Strenger,
  bron: Bron,
  toelichting: string,
): Regel<T> {
  return regel<T>({
    id,
    omschrijving,
    strenger,
    waarden: [{ geldigVanaf: '2018-05-25', waarde: null, bron: { ...bron, toelichting } }],
  });
}

/**
 * Term for the analysis "is this a datalek": the law sets none (only "zonder onredelijke vertraging"); the
 * seed sets 8 hours after the internal report.
 *
 * @example
 * ```ts
 * import { analysetermijn } from '@schoolveiligheid/datalek';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(analysetermijn, '2026-11-23'); //=> undefined
 * ```
 */
export const analysetermijn: Regel<Duur> = /* @__PURE__ */ zonderWettelijkeWaarde<Duur>(
  'avg.datalek.analysetermijn',
  'Termijn voor de analyse of er een datalek is',
  'lager',
  AVG_33_1,
  'De AVG stelt geen analysetermijn; de 72 uur voor de AP-melding lopen wel al.',
);

/**
 * Term for informing data subjects: the law says "zonder onredelijke vertraging" (AVG 34(1)) without a number;
 * the seed sets 1 week after the report.
 *
 * @example
 * ```ts
 * import { termijnBetrokkenen } from '@schoolveiligheid/datalek';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(termijnBetrokkenen, '2026-11-23'); //=> undefined
 * ```
 */
export const termijnBetrokkenen: Regel<Duur> = /* @__PURE__ */ zonderWettelijkeWaarde<Duur>(
  'avg.datalek.termijnBetrokkenen',
  'Termijn voor het informeren van betrokkenen',
  'lager',
  AVG_34_1,
  'Zonder onredelijke vertraging; de AVG noemt geen getal.',
);

/**
 * Minimum retention of the breach documentation: the AVG requires documenting every breach (33(5)) but sets no
 * term; the seed keeps the report at least 3 years (36 months).
 *
 * @example
 * ```ts
 * import { bewaartermijnMelding } from '@schoolveiligheid/datalek';
 * bewaartermijnMelding.strenger; //=> 'hoger'
 * ```
 */
export const bewaartermijnMelding: Regel<Duur> = /* @__PURE__ */ zonderWettelijkeWaarde<Duur>(
  'avg.datalek.bewaartermijnMelding',
  'Minimale bewaartermijn van de melding',
  'hoger',
  AVG_33_5,
  'Documenteren is verplicht; de AVG noemt geen bewaartermijn.',
);

/**
 * Whether the college van bestuur must consent before the AP report: not in the law; the seed requires it
 * (Deel C Stap 5). The SDK never lets it block the statutory 72 hours.
 *
 * @example
 * ```ts
 * import { toestemmingCvbVereist } from '@schoolveiligheid/datalek';
 * toestemmingCvbVereist.id; //=> 'avg.datalek.toestemmingCvbVereist'
 * ```
 */
export const toestemmingCvbVereist: Regel<boolean> = /* @__PURE__ */ zonderWettelijkeWaarde<boolean>(
  'avg.datalek.toestemmingCvbVereist',
  'Toestemming van het college van bestuur vóór de AP-melding',
  'hoger',
  AVG_33_1,
  'De AVG legt de meldplicht op de verwerkingsverantwoordelijke; interne toestemming is beleid.',
);

/**
 * All rules of this package, for listings and the compliance check.
 *
 * @example
 * ```ts
 * import { DATALEK_REGELS } from '@schoolveiligheid/datalek';
 * DATALEK_REGELS.length; //=> 7
 * ```
 */
export const DATALEK_REGELS: readonly Regel[] = [
  datalekBeslisboom,
  meldtermijnAP,
  startMeldtermijnAP,
  analysetermijn,
  termijnBetrokkenen,
  bewaartermijnMelding,
  toestemmingCvbVereist,
];

/**
 * The seed's "Procedure melden datalekken" (veiligheidsplan 2018, C.6) as a policy preset: the Wbp decision
 * tree, 72 hours after the internal report, analysis within 8 hours, data subjects within 1 week, the report
 * kept at least 3 years, and college van bestuur consent before the AP report. `controleerBeleid` reports where
 * it deviates from the AVG.
 *
 * @example
 * ```ts
 * import { veiligheidsplan2018 } from '@schoolveiligheid/datalek';
 * import { controleerBeleid } from '@schoolveiligheid/kern';
 * const controle = controleerBeleid(veiligheidsplan2018, '2026-11-23');
 * controle.conform; //=> false
 * controle.bevindingen.find((b) => b.regelId === 'avg.datalek.beslisboom')?.oordeel; //=> 'afwijkend'
 * ```
 */
export const veiligheidsplan2018: Beleid = {
  id: 'seed-2018-datalek',
  naam: 'Veiligheidsplan 2018: procedure melden datalekken',
  bron: /* @__PURE__ */ seedBron(
    'Inleiding',
    'Afgeleid van de Wbp-beleidsregels meldplicht datalekken (2015).',
  ),
  waarden: [
    {
      regel: datalekBeslisboom,
      waarde: 'wbp-2016',
      bron: /* @__PURE__ */ seedBron(
        'Deel C Stap 2-4',
        'Drempel: gevoelige gegevens of een aanzienlijke kans op ernstige nadelige gevolgen.',
      ),
    },
    {
      regel: meldtermijnAP,
      waarde: { aantal: 72, eenheid: 'uren' },
      bron: /* @__PURE__ */ seedBron('Deel C Stap 5'),
    },
    {
      regel: startMeldtermijnAP,
      waarde: 'interne-melding',
      bron: /* @__PURE__ */ seedBron(
        'Deel C Stap 5',
        '"Binnen 72 uur na melding": de interne melding kan later zijn dan de ontdekking.',
      ),
    },
    {
      regel: analysetermijn,
      waarde: { aantal: 8, eenheid: 'uren' },
      bron: /* @__PURE__ */ seedBron('Deel B Stap 1; Deel C Stap 2'),
    },
    {
      regel: termijnBetrokkenen,
      waarde: { aantal: 1, eenheid: 'weken' },
      bron: /* @__PURE__ */ seedBron(
        'Deel E',
        'De SDK leest "binnen 1 week na melding" als na de interne melding (interpretatie).',
      ),
    },
    {
      regel: bewaartermijnMelding,
      waarde: { aantal: 36, eenheid: 'maanden' },
      bron: /* @__PURE__ */ seedBron('Deel C Stap 5'),
    },
    { regel: toestemmingCvbVereist, waarde: true, bron: /* @__PURE__ */ seedBron('Deel C Stap 5') },
  ] as readonly BeleidsWaarde[],
};
