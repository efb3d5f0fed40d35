import { type Bron, bron } from '@schoolveiligheid/kern';

// The sources of this package, declared once each with kern's `bron(wet, vindplaats)`. The Wet bescherming
// klokkenluiders (BWBR0037852) was read in its consolidation of 2023-02-18 (the newest harvested; whether it
// was amended later is unverified), the 2016 text (Wet Huis voor klokkenluiders) in its consolidation of
// 2016-07-01.

const WBK = '2023-02-18';
const WHK = '2016-07-01';

/** Wbk art. 1: `melder`, `werkgerelateerde context` (toekomstige, huidige of vroegere activiteiten), `werknemer`. */
export const WBK_1_BEGRIPPEN: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '1',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 1a lid 3: the identity of the reporter is not disclosed without consent. */
export const WBK_1A_LID_3: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '1a',
  lid: 3,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 1a lid 1: everyone involved in a report keeps its confidential data secret. */
export const WBK_1A_LID_1: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '1a',
  lid: 1,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2 lid 1: an employer with as a rule at least 50 werknemers adopts a procedure. */
export const WBK_2_LID_1: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2',
  lid: 1,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2 lid 1 as it read in 2016 (Wet Huis voor klokkenluiders): at least 50 persons working. */
export const WHK_2_LID_1: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2',
  lid: 1,
  versie: WHK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2 lid 2 onder d: designated independent officials receive and follow up reports. */
export const WBK_2_LID_2_D: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2',
  lid: 2,
  onder: 'd',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2 lid 2 onder h: acknowledgement of receipt within seven days after receipt. */
export const WBK_2_LID_2_H: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2',
  lid: 2,
  onder: 'h',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2 lid 2 onder i: feedback within at most three months after the acknowledgement was sent. */
export const WBK_2_LID_2_I: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2',
  lid: 2,
  onder: 'i',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** The open question whether the Atw extends the Wbk art. 2 lid 2 terms; the SDK's conservative answer. */
export const WBK_ATW_VRAAG: Bron = /* @__PURE__ */ bron('atw', {
  artikel: '1',
  lid: 1,
  versie: '2010-10-10',
  zekerheid: 'interpretatie',
  toelichting:
    'De termijnen van Wbk art. 2 lid 2 onder h en i staan in een wet, dus de Algemene termijnenwet kan gelden (3 maanden valt binnen Atw art. 4). Of zij een termijn in de interne procedure van de werkgever verlengt, is niet beslist: de SDK noemt de datum zonder verlenging (conservatief) en de Atw-datum ernaast.',
});

/** No statutory feedback term when no acknowledgement was sent: the Directive's fallback, unverified in Dutch law. */
export const WBK_GEEN_BEVESTIGING: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2',
  lid: 2,
  onder: 'i',
  versie: WBK,
  zekerheid: 'onbevestigd',
  toelichting:
    'De Wbk regelt niet wanneer de termijn voor terugkoppeling loopt als er nooit een ontvangstbevestiging is verzonden. Richtlijn (EU) 2019/1937 art. 9 lid 1 onder f telt dan drie maanden vanaf het einde van de termijn van zeven dagen; dat staat niet in de Nederlandse wettekst. De SDK rekent zo, conservatief.',
});

/** Wbk art. 2 lid 6: the employer may open the procedure to persons who are not werknemers. */
export const WBK_2_LID_6: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2',
  lid: 6,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2a lid 1: every report is registered on receipt. */
export const WBK_2A_LID_1: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2a',
  lid: 1,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2b lid 3: the reporter may check, correct and sign the written record of an oral report. */
export const WBK_2B_LID_3: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2b',
  lid: 3,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 2c: the competent authorities (bevoegde autoriteiten) for external reports. */
export const WBK_2C: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2c',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Whether the Inspectie van het Onderwijs is a designated competent authority: unverified. */
export const INSPECTIE_AANGEWEZEN: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '2c',
  onder: '9°',
  versie: WBK,
  zekerheid: 'onbevestigd',
  toelichting:
    'Art. 2c onder 9° laat aanwijzing bij AMvB of ministeriële regeling toe; of de Inspectie van het Onderwijs is aangewezen, is niet nagegaan. Als toezichthouder die onderzoek doet, geeft zij in elk geval terugkoppeling (art. 2k).',
});

/** Wbk art. 17da: what counts as benadeling (detriment), including threats and attempts. */
export const WBK_17DA: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '17da',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 17e: no detriment during and after handling of a report, with reasonable grounds. */
export const WBK_17E: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '17e',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 17ea lid 1: public disclosure after an internal and external, or a direct external, report. */
export const WBK_17EA_LID_1: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '17ea',
  lid: 1,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 17ea lid 2: public disclosure without a prior report (danger, risk of detriment, no remedy). */
export const WBK_17EA_LID_2: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '17ea',
  lid: 2,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 17eb: detriment after a report is presumed to be caused by it. */
export const WBK_17EB: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '17eb',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 17ec: 17e-17eb apply to advisers, connected third parties and designated officials. */
export const WBK_17EC: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '17ec',
  versie: WBK,
  zekerheid: 'wettekst',
});

/** Wbk art. 17h lid 1: a clause that limits the right to report is void. */
export const WBK_17H: Bron = /* @__PURE__ */ bron('wbk', {
  artikel: '17h',
  lid: 1,
  versie: WBK,
  zekerheid: 'wettekst',
});

/** The Huis voor Klokkenluiders' research protocol: its wide reading of `melder`. */
export const HUIS_ONDERZOEKSPROTOCOL: Bron = /* @__PURE__ */ bron('rijksoverheid', {
  titel: 'Onderzoeksprotocol Huis voor Klokkenluiders (Stcrt. 2024, 246)',
  url: 'https://zoek.officielebekendmakingen.nl/stcrt-2024-246.html',
  zekerheid: 'secundair',
  toelichting:
    'Het Huis legt "melder" ruim uit: wie arbeid verricht of heeft verricht, ook anders dan uit dienstbetrekking, zoals een uitzendkracht, zzp\'er, stagiair of vrijwilliger.',
});

/**
 * The 2018 seed veiligheidsplan, section Klokkenluidersregeling (the 2016 model regeling), source of the
 * {@link SEED_2018_BELEID} preset.
 *
 * @example
 * ```ts
 * import { SEED_2018 } from '@schoolveiligheid/klokkenluider';
 * SEED_2018.artikel; //=> 'Klokkenluidersregeling'
 * ```
 */
export const SEED_2018: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Klokkenluidersregeling',
  zekerheid: 'secundair',
});

const seed = (artikel: string, toelichting?: string): Bron =>
  bron('seed-2018', {
    artikel: `Klokkenluidersregeling ${artikel}`,
    zekerheid: 'secundair',
    ...(toelichting ? { toelichting } : {}),
  });

/** Seed regeling art. 1 (Begripsbepalingen): werknemer includes former workers and work outside employment. */
export const SEED_BEGRIPPEN: Bron = /* @__PURE__ */ seed('art. 1 onder a');
/** Seed regeling art. 3 (Interne melding): to a superior, the toezichthouder, or via the vertrouwenspersoon. */
export const SEED_INTERNE_MELDING: Bron = /* @__PURE__ */ seed('art. 3');
/** Seed regeling art. 4 (Vastleggen interne melding): recorded with the date of receipt, copy to the reporter. */
export const SEED_VASTLEGGEN: Bron = /* @__PURE__ */ seed('art. 4');
/** Seed regeling art. 5 (Vertrouwelijkheid): identity only with express written consent; mail via the vertrouwenspersoon. */
export const SEED_VERTROUWELIJKHEID: Bron = /* @__PURE__ */ seed('art. 5');
/** Seed regeling art. 6 lid 2 (Onderzoek): written reasoned notice within two weeks when no investigation starts. */
export const SEED_GEEN_ONDERZOEK: Bron = /* @__PURE__ */ seed('art. 6 lid 2');
/** Seed regeling art. 6 lid 3 (Onderzoek): independent investigators, the reporter heard, a draft report. */
export const SEED_ONDERZOEK: Bron = /* @__PURE__ */ seed('art. 6 lid 3-7');
/** Seed regeling art. 7 (Standpunt): within six weeks after receipt, or a reasoned notice of a later term. */
export const SEED_STANDPUNT: Bron = /* @__PURE__ */ seed('art. 7');
/** Seed regeling art. 8 (Hoor en wederhoor): the reporter responds; additional investigation if needed. */
export const SEED_HOOR_EN_WEDERHOOR: Bron = /* @__PURE__ */ seed('art. 8');
/** Seed regeling art. 9 (Externe melding): after an internal report, or directly only in listed cases. */
export const SEED_EXTERNE_MELDING: Bron = /* @__PURE__ */ seed(
  'art. 9',
  'Model 2016: extern melden pas na een interne melding, of direct als een interne melding in redelijkheid niet kan worden gevergd.',
);
/** Seed regeling art. 10 lid 4 (Rechtsbescherming): a measure shortly after a report must be motivated. */
export const SEED_RECHTSBESCHERMING: Bron = /* @__PURE__ */ seed('art. 10 lid 4');
