import { type Bron, bron } from '@schoolveiligheid/kern';

// The sources of this package, declared once each with kern's `bron(wet, vindplaats)`. Statute texts as read in
// the dated consolidations (WPO 2026-08-01, Arbowet 2026-07-01); guidance pages as `secundair`; the SDK's own
// readings as `interpretatie`; what the research could not confirm as `onbevestigd`.

/**
 * WPO art. 4c lid 1 onder b: the bevoegd gezag monitors the pupils' safety with an instrument that gives a
 * representative and current picture.
 *
 * @example
 * ```ts
 * import { WPO_4C_LID_1 } from '@schoolveiligheid/monitoring';
 * WPO_4C_LID_1.artikel; //=> 'art. 4c lid 1 onder b'
 * ```
 */
export const WPO_4C_LID_1: Bron = /* @__PURE__ */ bron('wpo', {
  artikel: '4c',
  lid: 1,
  onder: 'b',
  versie: '2026-08-01',
  zekerheid: 'wettekst',
});

/**
 * WPO art. 4c lid 4: the bevoegd gezag sends the results of the monitoring to the inspectie "onverwijld". Not
 * in the 2018 text; present in the consolidation of 2024-07-01 (the date of insertion was not verified).
 *
 * @example
 * ```ts
 * import { WPO_4C_LID_4 } from '@schoolveiligheid/monitoring';
 * WPO_4C_LID_4.zekerheid; //=> 'wettekst'
 * ```
 */
export const WPO_4C_LID_4: Bron = /* @__PURE__ */ bron('wpo', {
  artikel: '4c',
  lid: 4,
  versie: '2026-08-01',
  zekerheid: 'wettekst',
  toelichting:
    'De plicht staat niet in de tekst van 2018 en wel in de geconsolideerde tekst van 2024-07-01; de datum van invoeging is niet nagegaan.',
});

/**
 * Besluit bekostiging WPO art. 34.6a: the instrument gives insight into experienced and actual safety and
 * well-being, is administered at least once per schooljaar among a representative part of the pupils, and is
 * standardised, valid and reliable (Stb. 2020, 209).
 *
 * @example
 * ```ts
 * import { BESLUIT_34_6A } from '@schoolveiligheid/monitoring';
 * BESLUIT_34_6A.artikel; //=> 'art. 34.6a'
 * ```
 */
export const BESLUIT_34_6A: Bron = /* @__PURE__ */ bron('besluit-bekostiging-wpo', {
  artikel: '34.6a',
  zekerheid: 'wettekst',
  toelichting:
    'Stb. 2020, 209. De datum van inwerkingtreding is niet nagegaan; de Inspectie hanteerde dezelfde eisen al via het toezicht.',
});

/**
 * The Inspectie's page on delivering the monitor: a summary by 1 July, through the instrument's provider and
 * only with the school's consent; the bevoegd gezag stays responsible. Inspectie practice, not statute.
 *
 * @example
 * ```ts
 * import { INSPECTIE_AANLEVERING } from '@schoolveiligheid/monitoring';
 * INSPECTIE_AANLEVERING.zekerheid; //=> 'secundair'
 * ```
 */
export const INSPECTIE_AANLEVERING: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'Inspectie van het Onderwijs: aanlevering monitor sociale veiligheid',
  url: 'https://www.onderwijsinspectie.nl/onderwerpen/sociale-veiligheid/aanlevering-monitor-sociale-veiligheid',
  zekerheid: 'secundair',
});

/**
 * The minimum cell size of a reported result. No threshold is published (not by the Inspectie, not by the
 * instrument providers), so the SDK's default is a policy value, flagged as interpretation.
 *
 * @example
 * ```ts
 * import { CELGROOTTE_INTERPRETATIE } from '@schoolveiligheid/monitoring';
 * CELGROOTTE_INTERPRETATIE.zekerheid; //=> 'interpretatie'
 * ```
 */
export const CELGROOTTE_INTERPRETATIE: Bron = /* @__PURE__ */ bron('avg', {
  artikel: '5',
  lid: 1,
  onder: 'c',
  zekerheid: 'interpretatie',
  toelichting:
    'Geen gepubliceerde drempel gevonden. De SDK rapporteert geen cel met minder antwoorden dan de minimale celgrootte, zodat geen kind herkenbaar is (dataminimalisatie); de standaardwaarde is beleid.',
});

/**
 * Statistical-disclosure practice on tables: after the primary suppression of unsafe cells, secondary
 * (complementary) suppression hides further cells so that no suppressed value can be recalculated from a
 * published total and the other cells of the same relation (Hundepool e.a., Handbook on Statistical Disclosure
 * Control; CBS, "A general formulation of the secondary cell suppression problem", 2010). Practice, not statute.
 *
 * @example
 * ```ts
 * import { SECUNDAIRE_ONDERDRUKKING } from '@schoolveiligheid/monitoring';
 * SECUNDAIRE_ONDERDRUKKING.zekerheid; //=> 'secundair'
 * ```
 */
export const SECUNDAIRE_ONDERDRUKKING: Bron = /* @__PURE__ */ Object.freeze({
  titel: 'Handbook on Statistical Disclosure Control (Hundepool e.a.)',
  artikel: 'hoofdstuk 4: secundaire celonderdrukking',
  url: 'https://sdctools.github.io/HandbookSDC/04-magnitude-tabular-data.html',
  zekerheid: 'secundair',
  toelichting:
    'Zie ook CBS, A general formulation of the secondary cell suppression problem (2010): na de primaire onderdrukking worden andere cellen onderdrukt, zodat een primair onderdrukte waarde niet uit de gepubliceerde tabel is terug te rekenen.',
} as const);

/**
 * The SDK's application of that practice to the monitor: the relations are bestuur = sum of its schools and
 * school = sum of its groups, for every reported count; no relation may hold exactly one suppressed cell. A
 * single suppressed child takes its smallest visible sibling along (its parent when it has none); a suppressed
 * parent takes its smallest visible child. The choice of the smallest cell is the SDK's (`interpretatie`).
 *
 * @example
 * ```ts
 * import { ONDERDRUKKING_INTERPRETATIE } from '@schoolveiligheid/monitoring';
 * ONDERDRUKKING_INTERPRETATIE.zekerheid; //=> 'interpretatie'
 * ```
 */
export const ONDERDRUKKING_INTERPRETATIE: Bron = /* @__PURE__ */ Object.freeze({
  titel: 'Handbook on Statistical Disclosure Control (Hundepool e.a.)',
  artikel: 'hoofdstuk 4: secundaire celonderdrukking, toegepast op bestuur, school en groep',
  url: 'https://sdctools.github.io/HandbookSDC/04-magnitude-tabular-data.html',
  zekerheid: 'interpretatie',
  toelichting:
    'Toepassing door de SDK: bestuur = som van de scholen, school = som van de groepen, voor elk gerapporteerd aantal; geen relatie bevat precies één onderdrukte cel. Een enkele onderdrukte cel neemt de kleinste zichtbare zustercel mee (de bovenliggende cel als er geen is); een onderdrukte bovenliggende cel de kleinste zichtbare onderliggende cel.',
} as const);

/**
 * The SDK's reading of "representatief deel": the response rate of the pupils in scope at or above a policy
 * minimum. No threshold is published; Vensters computes its own per school.
 *
 * @example
 * ```ts
 * import { REPRESENTATIEF_INTERPRETATIE } from '@schoolveiligheid/monitoring';
 * REPRESENTATIEF_INTERPRETATIE.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const REPRESENTATIEF_INTERPRETATIE: Bron = /* @__PURE__ */ bron('besluit-bekostiging-wpo', {
  artikel: '34.6a',
  zekerheid: 'onbevestigd',
  toelichting:
    'Het Besluit eist een representatief deel van de leerlingen zonder drempel; de minimale respons is een beleidswaarde van de SDK.',
});

/**
 * Arbowet art. 5: a written risk inventory and evaluation with a plan van aanpak with terms; updated as often
 * as experience, changed methods or conditions or the state of the art require. No fixed interval.
 *
 * @example
 * ```ts
 * import { ARBOWET_5 } from '@schoolveiligheid/monitoring';
 * ARBOWET_5.artikel; //=> 'art. 5'
 * ```
 */
export const ARBOWET_5: Bron = /* @__PURE__ */ bron('arbowet', {
  artikel: '5',
  versie: '2026-07-01',
  zekerheid: 'wettekst',
});

/**
 * Arbowet art. 9 lid 1: the employer reports a work accident causing death, permanent injury or hospital
 * admission "direct" to the designated supervisor (the Nederlandse Arbeidsinspectie).
 *
 * @example
 * ```ts
 * import { ARBOWET_9_LID_1 } from '@schoolveiligheid/monitoring';
 * ARBOWET_9_LID_1.artikel; //=> 'art. 9 lid 1'
 * ```
 */
export const ARBOWET_9_LID_1: Bron = /* @__PURE__ */ bron('arbowet', {
  artikel: '9',
  lid: 1,
  versie: '2026-07-01',
  zekerheid: 'wettekst',
});

/**
 * Arbowet art. 9 lid 2: the employer keeps a list of reported accidents and of accidents causing more than three
 * workdays of absence, with their nature and date.
 *
 * @example
 * ```ts
 * import { ARBOWET_9_LID_2 } from '@schoolveiligheid/monitoring';
 * ARBOWET_9_LID_2.artikel; //=> 'art. 9 lid 2'
 * ```
 */
export const ARBOWET_9_LID_2: Bron = /* @__PURE__ */ bron('arbowet', {
  artikel: '9',
  lid: 2,
  versie: '2026-07-01',
  zekerheid: 'wettekst',
});

/**
 * The Nederlandse Arbeidsinspectie on reporting a work accident: a day admission counts, outpatient treatment
 * does not; report later when admission or permanent injury becomes apparent later; who counts as a worker
 * (employees, agency staff, volunteers and others working under the employer's authority).
 *
 * @example
 * ```ts
 * import { NLA_ARBEIDSONGEVAL } from '@schoolveiligheid/monitoring';
 * NLA_ARBEIDSONGEVAL.zekerheid; //=> 'secundair'
 * ```
 */
export const NLA_ARBEIDSONGEVAL: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'Nederlandse Arbeidsinspectie: arbeidsongeval melden',
  url: 'https://www.nlarbeidsinspectie.nl/melden/arbeidsongeval',
  zekerheid: 'secundair',
});

/**
 * The SDK's reading for pupils: a pupil is not an employee; only in work-like activities (for example a work
 * placement) can an accident fall under art. 9. Otherwise it goes into the school's own incident register.
 *
 * @example
 * ```ts
 * import { LEERLING_INTERPRETATIE } from '@schoolveiligheid/monitoring';
 * LEERLING_INTERPRETATIE.zekerheid; //=> 'interpretatie'
 * ```
 */
export const LEERLING_INTERPRETATIE: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'Nederlandse Arbeidsinspectie: wanneer moet ik als werkgever een arbeidsongeval melden?',
  url: 'https://www.nlarbeidsinspectie.nl/publicaties/vragen-en-antwoorden/wanneer-moet-ik-als-werkgever-een-arbeidsongeval-melden',
  zekerheid: 'interpretatie',
  toelichting:
    'Leerlingen zijn geen werknemers. Alleen bij werkachtige activiteiten (stage, vergelijkbaar met arbeid) kan art. 9 gelden; anders registreert de school het ongeval zelf.',
});

/**
 * No statute requires a pupil incident register (the bill for WPO art. 16a was withdrawn in 2013, Kamerstuk
 * 32 857); the register of this package is the seed's own instrument.
 *
 * @example
 * ```ts
 * import { GEEN_WETTELIJK_INCIDENTENREGISTER } from '@schoolveiligheid/monitoring';
 * GEEN_WETTELIJK_INCIDENTENREGISTER.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const GEEN_WETTELIJK_INCIDENTENREGISTER: Bron = /* @__PURE__ */ bron('wpo', {
  artikel: '4c',
  zekerheid: 'onbevestigd',
  toelichting:
    'Geen wettelijke plicht tot een incidentenregister voor leerlingen gevonden; het wetsvoorstel (Kamerstuk 32 857) is in 2013 ingetrokken.',
});

/**
 * The 2018 seed veiligheidsplan, source of the {@link SEED_2018_BELEID} preset: "Monitoren", "Incidenten op
 * school", "Ritme van monitoren", "Incidentenregistratie" and Bijlagen 3 to 6.
 *
 * @example
 * ```ts
 * import { SEED_2018 } from '@schoolveiligheid/monitoring';
 * SEED_2018.zekerheid; //=> 'secundair'
 * ```
 */
export const SEED_2018: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Monitoren; Incidenten op school; Bijlagen 3-6',
  zekerheid: 'secundair',
});

/**
 * The 2018 seed's protocol on aggression and violence: "opname in een ziekenhuis binnen 24 uur na het ongeval",
 * a criterion art. 9 Arbowet does not contain.
 *
 * @example
 * ```ts
 * import { SEED_2018_24_UUR } from '@schoolveiligheid/monitoring';
 * SEED_2018_24_UUR.artikel; //=> 'Protocol agressie en geweld: melding Arbeidsinspectie'
 * ```
 */
export const SEED_2018_24_UUR: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Protocol agressie en geweld: melding Arbeidsinspectie',
  zekerheid: 'secundair',
});

/**
 * WPO art. 1: the schooljaar runs from 1 August to 31 July.
 *
 * @example
 * ```ts
 * import { WPO_1_SCHOOLJAAR } from '@schoolveiligheid/monitoring';
 * WPO_1_SCHOOLJAAR.artikel; //=> 'art. 1'
 * ```
 */
export const WPO_1_SCHOOLJAAR: Bron = /* @__PURE__ */ bron('wpo', {
  artikel: '1',
  versie: '2026-08-01',
  zekerheid: 'wettekst',
});
