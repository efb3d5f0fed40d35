import {
  type Duur,
  type IsoDatum,
  type Regel,
  type RegelRegister,
  type RegelWaardeType,
  regel,
  type Strenger,
  regelRegister,
  registerVerantwoording,
  SchoolveiligheidFout,
  type Verantwoording,
  zoekWaardeOp,
} from '@schoolveiligheid/kern';
import {
  AVG_33_1,
  avgBron,
  EDPB_9_2022_BEWUST,
  INTERPRETATIE_BEWAARTERMIJN,
  INTERPRETATIE_EENVOUDIGE_TAAL,
  INTERPRETATIE_GROOTSCHALIG,
  INTERPRETATIE_ONBESCHIKBAARHEID,
  WBP_34A,
  WBP_BELEIDSREGELS,
} from '../bronnen/bronnen.js';
import { PAKKET } from '../pakket.js';

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
export const datalekBeslisboom: Regel<Beslisboom> = /* @__PURE__ */ regel({
  id: 'datalek.beoordeling.beslisboom',
  vorigeIds: ['avg.datalek.beslisboom'],
  omschrijving: 'Beslisboom voor meldplicht datalekken',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: '2016-01-01', waarde: 'wbp-2016', bron: WBP_34A },
    { geldigVanaf: '2018-05-25', waarde: 'avg-2018', bron: AVG_33_1 },
  ],
});

/**
 * The AP term: 72 clock hours (AVG 33(1)); an EU term, so the Algemene termijnenwet never extends it.
 * Under the Wbp, art. 34a said "onverwijld"; the 72 hours came from the AP's beleidsregels (their exact wording
 * flagged as unconfirmed).
 *
 * @example
 * ```ts
 * import { meldtermijnAP } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(meldtermijnAP, '2026-11-23').waarde; //=> { aantal: 72, eenheid: 'uren' }
 * waardeOp(meldtermijnAP, '2017-01-01').bron.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const meldtermijnAP: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'datalek.melding.termijnAP',
  vorigeIds: ['avg.datalek.meldtermijnAP'],
  omschrijving: 'Termijn voor de melding aan de Autoriteit Persoonsgegevens',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: '2016-01-01', waarde: { aantal: 72, eenheid: 'uren' }, bron: WBP_BELEIDSREGELS },
    { geldigVanaf: '2018-05-25', waarde: { aantal: 72, eenheid: 'uren' }, bron: AVG_33_1 },
  ],
});

/**
 * From when the AP term runs: becoming aware of the breach (AVG 33(1); the SDK takes the discovery by a staff
 * member, EDPB 9/2022). The seed counts "72 uur na melding" (after the internal report), which can be later;
 * the dossier reads the statutory value, so a policy can never start the 72 hours later than the law.
 *
 * @example
 * ```ts
 * import { startMeldtermijnAP } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(startMeldtermijnAP, '2026-11-23').waarde; //=> 'bewustwording'
 * ```
 */
export const startMeldtermijnAP: Regel<StartMeldtermijn> = /* @__PURE__ */ regel({
  id: 'datalek.melding.startTermijnAP',
  vorigeIds: ['avg.datalek.startMeldtermijnAP'],
  omschrijving: 'Begin van de termijn voor de melding aan de AP',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: 'bewustwording', bron: EDPB_9_2022_BEWUST }],
});

/** What a rule the AVG sets no value for is declared with: its id and meaning, and where the AVG is silent. */
interface ZonderWettelijkeWaarde {
  readonly id: string;
  readonly vorigeIds: readonly string[];
  readonly omschrijving: string;
  readonly strenger: Strenger;
  /** The AVG article and lid that speak to the subject without setting a value. */
  readonly artikel: string;
  readonly lid: number;
  /** Why the AVG sets no value here. */
  readonly toelichting: string;
}

/**
 * A rule the AVG names but sets no value for (a term "zonder onredelijke vertraging", a retention it does not
 * give, an internal consent it does not ask): one dated value `null` since 25 May 2018, sourced to the AVG
 * article that is silent. A policy value for it is an `aanvulling` in `controleerBeleid`.
 */
function zonderWettelijkeWaarde<T extends RegelWaardeType>({
  artikel,
  lid,
  toelichting,
  ...definitie
}: ZonderWettelijkeWaarde): Regel<T> {
  return regel<T>({
    ...definitie,
    waarden: [{ geldigVanaf: '2018-05-25', waarde: null, bron: avgBron({ artikel, lid, toelichting }) }],
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
export const analysetermijn: Regel<Duur> = /* @__PURE__ */ zonderWettelijkeWaarde<Duur>({
  id: 'datalek.analyse.termijn',
  vorigeIds: ['avg.datalek.analysetermijn'],
  omschrijving: 'Termijn voor de analyse of er een datalek is',
  strenger: 'lager',
  artikel: '33',
  lid: 1,
  toelichting: 'De AVG stelt geen analysetermijn; de 72 uur voor de AP-melding lopen wel al.',
});

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
export const termijnBetrokkenen: Regel<Duur> = /* @__PURE__ */ zonderWettelijkeWaarde<Duur>({
  id: 'datalek.betrokkenen.termijn',
  vorigeIds: ['avg.datalek.termijnBetrokkenen'],
  omschrijving: 'Termijn voor het informeren van betrokkenen',
  strenger: 'lager',
  artikel: '34',
  lid: 1,
  toelichting: 'Zonder onredelijke vertraging; de AVG noemt geen getal.',
});

/**
 * The term in which the processor (the LVS or cloud supplier) must inform the school of a breach: the AVG says
 * only "zonder onredelijke vertraging" (art. 33 lid 2), so the statute sets no value; the term agreed in the
 * verwerkersovereenkomst (for example 24 or 48 hours after the supplier became aware) is a policy value. The
 * dossier flags a supplier that informed the school later; the 72 hours of AVG 33(1) run from the school's
 * awareness whatever the contract says.
 *
 * @example
 * ```ts
 * import { meldtermijnVerwerker } from '@schoolveiligheid/datalek';
 * import { zoekWaardeOp } from '@schoolveiligheid/kern';
 * zoekWaardeOp(meldtermijnVerwerker, '2026-11-23'); //=> undefined
 * meldtermijnVerwerker.id; //=> 'datalek.verwerker.meldtermijn'
 * ```
 */
export const meldtermijnVerwerker: Regel<Duur> = /* @__PURE__ */ zonderWettelijkeWaarde<Duur>({
  id: 'datalek.verwerker.meldtermijn',
  vorigeIds: [],
  omschrijving: 'Termijn waarin de verwerker de school over een datalek informeert (verwerkersovereenkomst)',
  strenger: 'lager',
  artikel: '33',
  lid: 2,
  toelichting:
    'De verwerker informeert de school zonder onredelijke vertraging; de AVG noemt geen getal. Een vaste termijn staat in de verwerkersovereenkomst (AVG art. 28 lid 3 onder f).',
});

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
export const bewaartermijnMelding: Regel<Duur> = /* @__PURE__ */ zonderWettelijkeWaarde<Duur>({
  id: 'datalek.melding.bewaartermijn',
  vorigeIds: ['avg.datalek.bewaartermijnMelding'],
  omschrijving: 'Minimale bewaartermijn van de melding',
  strenger: 'hoger',
  artikel: '33',
  lid: 5,
  toelichting: 'Documenteren is verplicht; de AVG noemt geen bewaartermijn.',
});

/**
 * Whether the bevoegd gezag (college van bestuur) must consent before the AP report: not in the law; the seed
 * requires it (Deel C Stap 5). The SDK never lets it block the statutory 72 hours.
 *
 * @example
 * ```ts
 * import { toestemmingCvbVereist } from '@schoolveiligheid/datalek';
 * toestemmingCvbVereist.id; //=> 'datalek.melding.toestemmingBevoegdGezag'
 * ```
 */
export const toestemmingCvbVereist: Regel<boolean> = /* @__PURE__ */ zonderWettelijkeWaarde<boolean>({
  id: 'datalek.melding.toestemmingBevoegdGezag',
  vorigeIds: ['avg.datalek.toestemmingCvbVereist'],
  omschrijving: 'Toestemming van het college van bestuur vóór de AP-melding',
  strenger: 'hoger',
  artikel: '33',
  lid: 1,
  toelichting: 'De AVG legt de meldplicht op de verwerkingsverantwoordelijke; interne toestemming is beleid.',
});

/**
 * How long data may at most be unavailable, with a backup, and still count as no risk: the AVG names no
 * threshold; the SDK chooses 24 hours (EDPB 01/2021, casus 01), flagged `interpretatie`. A school's policy may
 * set a lower (stricter) value.
 *
 * @example
 * ```ts
 * import { maxOnbeschikbaarheid } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(maxOnbeschikbaarheid, '2026-11-23').waarde; //=> { aantal: 24, eenheid: 'uren' }
 * waardeOp(maxOnbeschikbaarheid, '2026-11-23').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const maxOnbeschikbaarheid: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'datalek.beoordeling.maxOnbeschikbaarheid',
  omschrijving: 'Hoogste onbeschikbaarheid met back-up die nog geen risico is',
  strenger: 'lager',
  waarden: [
    {
      geldigVanaf: '2018-05-25',
      waarde: { aantal: 24, eenheid: 'uren' },
      bron: INTERPRETATIE_ONBESCHIKBAARHEID,
    },
  ],
});

/**
 * From how many data subjects a confidentiality breach of identifying and contact data (name with address or
 * date of birth: identity-fraud potential) makes the risk high: the AVG and the EDPB name no number; the SDK
 * chooses 1000, flagged `interpretatie`. A school's policy may set a lower (stricter) value.
 *
 * @example
 * ```ts
 * import { grootschaligAantal } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(grootschaligAantal, '2026-11-23').waarde; //=> 1000
 * waardeOp(grootschaligAantal, '2026-11-23').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const grootschaligAantal: Regel<number> = /* @__PURE__ */ regel({
  id: 'datalek.beoordeling.grootschaligAantal',
  omschrijving: 'Aantal betrokkenen vanaf waar identificerende en contactgegevens een hoog risico geven',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: 1000, bron: INTERPRETATIE_GROOTSCHALIG }],
});

/**
 * The longest sentence, in words, that the check of a message to data subjects accepts as plain language
 * (AVG 34(2): "duidelijke en eenvoudige taal", no number): the SDK's choice, flagged `interpretatie`.
 *
 * @example
 * ```ts
 * import { maxWoordenPerZin } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(maxWoordenPerZin, '2026-11-23').waarde; //=> 20
 * ```
 */
export const maxWoordenPerZin: Regel<number> = /* @__PURE__ */ regel({
  id: 'datalek.kennisgeving.maxWoordenPerZin',
  omschrijving: 'Hoogste aantal woorden per zin in het bericht aan betrokkenen',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: 20, bron: INTERPRETATIE_EENVOUDIGE_TAAL }],
});

/**
 * How long the registration of every breach, reported or not, is kept at least, counted from the internal
 * report: the AVG requires documenting every breach (33(5)) but sets no term; the SDK's default of 60 months
 * is an interpretation (flagged `interpretatie`, source `INTERPRETATIE_BEWAARTERMIJN`), which a school's
 * policy may raise. The seed's "minimaal 3 jaar" is for the AP report ({@link bewaartermijnMelding}).
 *
 * @example
 * ```ts
 * import { bewaartermijnRegistratie } from '@schoolveiligheid/datalek';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bewaartermijnRegistratie, '2026-11-23').waarde; //=> { aantal: 60, eenheid: 'maanden' }
 * waardeOp(bewaartermijnRegistratie, '2026-11-23').bron.zekerheid; //=> 'interpretatie'
 * ```
 */
export const bewaartermijnRegistratie: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'datalek.register.bewaartermijn',
  omschrijving: 'Minimale bewaartermijn van de registratie van elk datalek, gemeld of niet',
  strenger: 'hoger',
  waarden: [
    {
      geldigVanaf: '2018-05-25',
      waarde: { aantal: 60, eenheid: 'maanden' },
      bron: INTERPRETATIE_BEWAARTERMIJN,
    },
  ],
});

/**
 * The one rule registry of this package: every rule by id (`datalek.<begrip>.<naam>`), with the ids of
 * release 0.1 (`avg.datalek.*`) in `vorigeIds`, so policies stored under those still load. Frozen.
 *
 * @example
 * ```ts
 * import { DATALEK_REGELS } from '@schoolveiligheid/datalek';
 * Object.keys(DATALEK_REGELS.regels).length; //=> 12
 * DATALEK_REGELS.vorigeIds['avg.datalek.meldtermijnAP']; //=> 'datalek.melding.termijnAP'
 * ```
 */
export const DATALEK_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('datalek', [
  datalekBeslisboom,
  meldtermijnAP,
  startMeldtermijnAP,
  analysetermijn,
  termijnBetrokkenen,
  bewaartermijnMelding,
  toestemmingCvbVereist,
  meldtermijnVerwerker,
  maxOnbeschikbaarheid,
  grootschaligAantal,
  maxWoordenPerZin,
  bewaartermijnRegistratie,
]);

/** The receipt of a datalek answer: this package's release and the content hash of its rules. */
export function datalekVerantwoording(): Verantwoording {
  return registerVerantwoording(PAKKET.naam, PAKKET.versie, DATALEK_REGELS);
}

const UREN_PER: Partial<Record<Duur['eenheid'], number>> = { uren: 1, kalenderdagen: 24, weken: 168 };

/** A duration in hours; throws `REGEL_NIET_GELDIG` for a unit that has no fixed number of hours. */
export function urenVan(duur: Duur, regelId: string): number {
  const per = UREN_PER[duur.eenheid];
  if (per === undefined)
    throw new SchoolveiligheidFout(
      'REGEL_NIET_GELDIG',
      'Deze regel vraagt een duur in uren, dagen of weken.',
      {
        regel: regelId,
      },
    );
  return duur.aantal * per;
}

/**
 * The statutory value of a rule at `peildatum`, or, without a peildatum, its latest value as shipped (for
 * checks that have no date of their own, such as the wording of a message).
 */
export function wettelijkeWaarde<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum?: IsoDatum,
): T | undefined {
  const datum = peildatum ?? r.waarden[r.waarden.length - 1]?.geldigVanaf;
  return datum === undefined ? undefined : zoekWaardeOp(r, datum)?.waarde;
}
