import { type Duur, type Regel, type RegelRegister, regel, regelRegister } from '@schoolveiligheid/kern';
import {
  AFWEGINGSKADER,
  AFWEGINGSKADER_ONDERWIJS,
  AFWEGINGSKADER_SINDS,
  JEUGDWET_7_1_2_3,
  JEUGDWET_7_1_4_5_LID_2,
  JEUGDWET_7_1_4_6,
  JEUGDWET_7_1_5_1,
  MELDCODE_ELEMENTEN,
  MELDCODE_STAPPEN,
  MELDCODE_TEKST_2018,
  PORAAD_BEWAARTERMIJNEN,
  UAVG_5_TOT_2026,
  UAVG_5_VANAF_2026,
  VEILIG_THUIS_TERUGKOPPELING,
} from '../bronnen/bronnen.js';

/** Months in a year: a calendar fact, for terms and ages the law states in years. */
export const MAANDEN_PER_JAAR = 12; // geen-rechtsgetal: months in a calendar year

/**
 * Whether the meldcode must contain an afwegingskader used in steps 4 and 5 (Besluit verplichte meldcode art. 2
 * lid 1 onder b): not in the 2018 text, mandatory since 1 January 2019.
 *
 * @example
 * ```ts
 * import { afwegingskaderVerplicht } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(afwegingskaderVerplicht, '2018-09-01').waarde; //=> false
 * waardeOp(afwegingskaderVerplicht, '2026-12-02').waarde; //=> true
 * ```
 */
export const afwegingskaderVerplicht: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'meldcode.afwegingskader.verplicht',
  omschrijving: 'De meldcode bevat een afwegingskader dat in stap 4 en 5 wordt gebruikt',
  strenger: 'hoger',
  waarden: [
    { geldigVanaf: '2013-07-01', waarde: false, bron: MELDCODE_TEKST_2018 },
    { geldigVanaf: '2019-01-01', waarde: true, bron: AFWEGINGSKADER_SINDS },
    { geldigVanaf: '2020-10-01', waarde: true, bron: MELDCODE_ELEMENTEN },
  ],
});

/**
 * The wording of step 5: since 2019 the decision on a melding comes first, then the decision on help
 * (`melden-dan-hulp`); the 2018 text read "zelf hulp bieden of hulp organiseren dan wel melden"
 * (`hulp-of-melden`). Any other wording conflicts.
 *
 * @example
 * ```ts
 * import { stap5Formulering } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(stap5Formulering, '2026-12-02').waarde; //=> 'melden-dan-hulp'
 * ```
 */
export const stap5Formulering: Regel<string> = /* @__PURE__ */ regel({
  id: 'meldcode.stappen.stap5',
  omschrijving: 'Formulering van stap 5: eerst beslissen over melden, dan over hulp',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: '2013-07-01', waarde: 'hulp-of-melden', bron: MELDCODE_TEKST_2018 },
    { geldigVanaf: '2019-01-01', waarde: 'melden-dan-hulp', bron: MELDCODE_STAPPEN },
  ],
});

/**
 * Whether the meldcode names the function with final responsibility for the decision on a melding (Besluit
 * verplichte meldcode art. 2 lid 1 onder c). A meldcode dossier header names it (`eindverantwoordelijke`).
 *
 * @example
 * ```ts
 * import { eindverantwoordelijkeBenoemd } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(eindverantwoordelijkeBenoemd, '2026-12-02').waarde; //=> true
 * ```
 */
export const eindverantwoordelijkeBenoemd: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'meldcode.taken.eindverantwoordelijke',
  omschrijving: 'De meldcode benoemt de functie die eindverantwoordelijk is voor het besluit tot melden',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2013-07-01', waarde: true, bron: MELDCODE_ELEMENTEN }],
});

/**
 * Acute or structural unsafety (afweging 2) always means melden at Veilig Thuis: the professional meld-norm of
 * the afwegingskader.
 *
 * @example
 * ```ts
 * import { onveiligheidIsMelden } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(onveiligheidIsMelden, '2026-12-02').bron.zekerheid; //=> 'secundair'
 * ```
 */
export const onveiligheidIsMelden: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'meldcode.afwegingskader.onveiligheidIsMelden',
  omschrijving: 'Bij acute of structurele onveiligheid wordt altijd gemeld bij Veilig Thuis',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2019-01-01', waarde: true, bron: AFWEGINGSKADER }],
});

/**
 * In the onderwijs variant of the afwegingskader, doubt at afweging 2 counts as yes: melden.
 *
 * @example
 * ```ts
 * import { twijfelIsJa } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(twijfelIsJa, '2026-12-02').waarde; //=> true
 * ```
 */
export const twijfelIsJa: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'meldcode.afwegingskader.twijfelIsJa',
  omschrijving: 'Onderwijsvariant: twijfel over acute of structurele onveiligheid telt als ja (melden)',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '2019-01-01', waarde: true, bron: AFWEGINGSKADER_ONDERWIJS }],
});

/**
 * The term in which Veilig Thuis decides whether it takes a melding up and reports back to the school: five
 * working days in a regional protocol, flagged `onbevestigd` as a national rule. When it passes without a
 * word, the dossier asks the school to call Veilig Thuis.
 *
 * @example
 * ```ts
 * import { veiligThuisTerugkoppeling } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(veiligThuisTerugkoppeling, '2026-12-02').waarde; //=> { aantal: 5, eenheid: 'werkdagen' }
 * ```
 */
export const veiligThuisTerugkoppeling: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'meldcode.veiligThuis.terugkoppeling',
  omschrijving: 'Termijn waarin Veilig Thuis besluit of het een melding oppakt en terugkoppelt',
  strenger: 'lager',
  waarden: [
    {
      geldigVanaf: '2015-01-01',
      waarde: { aantal: 5, eenheid: 'werkdagen' },
      bron: VEILIG_THUIS_TERUGKOPPELING,
    },
  ],
});

/**
 * The longest a Verwijsindex melding stays active: two years after it was made (Jeugdwet 7.1.4.5 lid 2
 * onder a), counted as 24 calendar months. A new melding may be made after it.
 *
 * @example
 * ```ts
 * import { signaalMaxActief } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(signaalMaxActief, '2026-12-02').waarde; //=> { aantal: 24, eenheid: 'maanden' }
 * ```
 */
export const signaalMaxActief: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'meldcode.verwijsindex.maxActief',
  omschrijving: 'Een melding in de verwijsindex wordt ten hoogste twee jaar nadat zij is gedaan verwijderd',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: '2015-01-01', waarde: { aantal: 24, eenheid: 'maanden' }, bron: JEUGDWET_7_1_4_5_LID_2 },
  ],
});

/**
 * Whether an active melding may be extended past its term: no, the statute removes it at the latest after two
 * years; a new melding may be made. (The seed's Bijlage 31 says the professional can extend it.)
 *
 * @example
 * ```ts
 * import { signaalVerlengbaar } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(signaalVerlengbaar, '2026-12-02').waarde; //=> false
 * ```
 */
export const signaalVerlengbaar: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'meldcode.verwijsindex.verlengbaar',
  omschrijving: 'Een actieve melding kan worden verlengd voorbij de twee jaar',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2015-01-01', waarde: false, bron: JEUGDWET_7_1_4_5_LID_2 }],
});

/**
 * The term of the historisch meldingenarchief: five years from the removal (Jeugdwet 7.1.4.6 lid 1), as 60
 * calendar months; destroyed earlier at 23 or death.
 *
 * @example
 * ```ts
 * import { archiefTermijn } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(archiefTermijn, '2026-12-02').waarde; //=> { aantal: 60, eenheid: 'maanden' }
 * ```
 */
export const archiefTermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'meldcode.verwijsindex.archieftermijn',
  omschrijving: 'Een verwijderde melding blijft vijf jaar in het historisch meldingenarchief',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: '2015-01-01', waarde: { aantal: 60, eenheid: 'maanden' }, bron: JEUGDWET_7_1_4_6 },
  ],
});

/**
 * The age at which a melding and its archive entry are removed: from the day the jeugdige turns 23 (Jeugdwet
 * 7.1.4.5 lid 2 onder b; 7.1.4.6 lid 1).
 *
 * @example
 * ```ts
 * import { verwijsindexMaxLeeftijd } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(verwijsindexMaxLeeftijd, '2026-12-02').waarde; //=> 23
 * ```
 */
export const verwijsindexMaxLeeftijd: Regel<number> = /* @__PURE__ */ regel({
  id: 'meldcode.verwijsindex.maxLeeftijd',
  omschrijving: 'Leeftijd waarop een melding en de archivering ervan vervallen',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2015-01-01', waarde: 23, bron: JEUGDWET_7_1_4_5_LID_2 }],
});

/**
 * How many meldingen make a match: two or more on the same jeugdige, the same home address or a common parent
 * (Jeugdwet 7.1.2.3 lid 1 onder c-e).
 *
 * @example
 * ```ts
 * import { matchMinimum } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(matchMinimum, '2026-12-02').waarde; //=> 2
 * ```
 */
export const matchMinimum: Regel<number> = /* @__PURE__ */ regel({
  id: 'meldcode.verwijsindex.matchMinimum',
  omschrijving: 'Aantal meldingen dat een signaal (match) oplevert',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2015-01-01', waarde: 2, bron: JEUGDWET_7_1_2_3 }],
});

/**
 * From this age the jeugdige itself is told about a melding, together with the representative (Jeugdwet
 * 7.1.5.1 lid 1); below it only the representative.
 *
 * @example
 * ```ts
 * import { informeerLeeftijdSamen } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(informeerLeeftijdSamen, '2026-12-02').waarde; //=> 12
 * ```
 */
export const informeerLeeftijdSamen: Regel<number> = /* @__PURE__ */ regel({
  id: 'meldcode.informeerplicht.leeftijdSamen',
  omschrijving: 'Vanaf deze leeftijd worden jeugdige en wettelijk vertegenwoordiger beiden geïnformeerd',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2015-01-01', waarde: 12, bron: JEUGDWET_7_1_5_1 }],
});

/**
 * From this age the Jeugdwet no longer involves the representative: the jeugdige is told and acts alone
 * (Jeugdwet 7.1.5.1 is silent from 16; the AVG's default applies).
 *
 * @example
 * ```ts
 * import { informeerLeeftijdZelf } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(informeerLeeftijdZelf, '2026-12-02').waarde; //=> 16
 * ```
 */
export const informeerLeeftijdZelf: Regel<number> = /* @__PURE__ */ regel({
  id: 'meldcode.informeerplicht.leeftijdZelf',
  omschrijving:
    'Vanaf deze leeftijd wordt alleen de jeugdige geïnformeerd en oefent hij zijn rechten zelf uit',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2015-01-01', waarde: 16, bron: JEUGDWET_7_1_5_1 }],
});

/**
 * The age from which a child exercises its AVG rights itself under the UAVG (art. 5): 16 until 31 August 2026
 * (the representative for everyone younger), 12 from 1 September 2026 (from 12 to 16 the child and also the
 * representative).
 *
 * @example
 * ```ts
 * import { uavgLeeftijdZelf } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(uavgLeeftijdZelf, '2026-08-31').waarde; //=> 16
 * waardeOp(uavgLeeftijdZelf, '2026-09-01').waarde; //=> 12
 * ```
 */
export const uavgLeeftijdZelf: Regel<number> = /* @__PURE__ */ regel({
  id: 'meldcode.avgRechten.leeftijdZelf',
  omschrijving: 'Vanaf deze leeftijd oefent een kind zijn AVG-rechten zelf uit (UAVG art. 5)',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: '2018-05-25', waarde: 16, bron: UAVG_5_TOT_2026 },
    { geldigVanaf: '2026-09-01', waarde: 12, bron: UAVG_5_VANAF_2026 },
  ],
});

/**
 * The age from which the representative no longer exercises the child's AVG rights (UAVG art. 5; AVG art. 8
 * default 16).
 *
 * @example
 * ```ts
 * import { uavgLeeftijdAlleen } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(uavgLeeftijdAlleen, '2026-12-02').waarde; //=> 16
 * ```
 */
export const uavgLeeftijdAlleen: Regel<number> = /* @__PURE__ */ regel({
  id: 'meldcode.avgRechten.leeftijdAlleen',
  omschrijving: 'Vanaf deze leeftijd oefent het kind zijn AVG-rechten alleen uit, zonder vertegenwoordiger',
  strenger: 'exact',
  waarden: [
    { geldigVanaf: '2018-05-25', waarde: 16, bron: UAVG_5_TOT_2026 },
    { geldigVanaf: '2026-09-01', waarde: 16, bron: UAVG_5_VANAF_2026 },
  ],
});

/**
 * How long an archived meldcode signal (one-off or refuted after steps 1 and 2) stays in the pupil file: it is
 * part of the leerlingdossier, kept 2 years (24 calendar months) after the pupil leaves (PO-Raad sector
 * guidance, the same term as `privacy.bewaren.leerlingdossier`). The seed keeps pupil data 5 years.
 *
 * @example
 * ```ts
 * import { archiefBewaartermijn } from '@schoolveiligheid/meldcode';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(archiefBewaartermijn, '2026-12-02').waarde; //=> { aantal: 24, eenheid: 'maanden' }
 * ```
 */
export const archiefBewaartermijn: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'meldcode.archief.bewaartermijn',
  omschrijving:
    'Een gearchiveerd signaal blijft in het leerlingdossier tot twee jaar na het vertrek van de leerling',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: '2018-05-25', waarde: { aantal: 24, eenheid: 'maanden' }, bron: PORAAD_BEWAARTERMIJNEN },
  ],
});

/**
 * The rules of `@schoolveiligheid/meldcode` as one registry: ids unique, each starting with `meldcode.`.
 *
 * @example
 * ```ts
 * import { MELDCODE_REGELS } from '@schoolveiligheid/meldcode';
 * Object.keys(MELDCODE_REGELS.regels).length; //=> 16
 * ```
 */
export const MELDCODE_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('meldcode', [
  afwegingskaderVerplicht,
  stap5Formulering,
  eindverantwoordelijkeBenoemd,
  onveiligheidIsMelden,
  twijfelIsJa,
  veiligThuisTerugkoppeling,
  signaalMaxActief,
  signaalVerlengbaar,
  archiefTermijn,
  verwijsindexMaxLeeftijd,
  matchMinimum,
  informeerLeeftijdSamen,
  informeerLeeftijdZelf,
  uavgLeeftijdZelf,
  uavgLeeftijdAlleen,
  archiefBewaartermijn,
]);
