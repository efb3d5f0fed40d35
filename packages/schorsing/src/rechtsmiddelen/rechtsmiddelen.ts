// The remedy information a letter must carry (Awb 3:45 for an openbare school, WPO 63 lid 2 and 3 for a
// bijzondere school's verwijdering, the Geschillencommissie passend onderwijs for a verwijdering: WPO 43), and
// what lies open after the decision on bezwaar (beroep at the rechtbank, or the civil route). Decision tables
// of sourced rows; every number comes from the rule registry.
import {
  type Besluit,
  type Bron,
  besluit,
  type Duur,
  duurTekst,
  type IsoDatum,
  type Probleem,
  type Reden,
  type Regel,
  type Resultaat,
  type TermijnUitkomst,
  waardeOp,
} from '@schoolveiligheid/kern';
import type { SchorsingRedenCode } from '../codes/codes.js';
import { controleerDatum, controleerKeuze, controleerObject, isObjectInvoer } from '../invoer/invoer.js';
import {
  AWB_3_45,
  AWB_6_5,
  AWB_6_16,
  AWB_8_1_RECHTBANK,
  CIVIELE_ROUTE,
  GPO_PROCEDURE,
  RECHTSMIDDEL_SCHORSING,
  VOORNEMEN_GEEN_BESLUIT,
  WPO_43_LID_2_VERWIJDERING,
  WPO_63_LID_2_VERMELDING,
  WPO_63_LID_3,
} from '../regels/bronnen.js';
import {
  beroepBijRechter,
  beroepstermijnOpenbaar,
  beslistermijnBijzonder,
  bezwaartermijnBijzonder,
  bezwaartermijnOpenbaar,
  type Denominatie,
  gpoBevoegdVerwijdering,
  gpoIndieningstermijn,
  gpoOordeelTermijn,
  rechtsmiddelBijzonder,
} from '../regels/regels.js';
import { termijnVolgens } from '../regels/termijn.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

/** The decision a letter is about: a schorsing, the voornemen tot verwijdering, or the definitive verwijdering. */
export type BriefBesluit = 'schorsing' | 'voornemen-verwijdering' | 'verwijdering';

/** Which remedy a clause describes. */
export type ClausuleSoort = 'awb-bezwaar' | 'wpo63-bezwaar' | 'civiele-rechter' | 'nog-geen-besluit';

/**
 * The merge fields the remedy clauses use: the name of the board (bevoegd gezag) the bezwaar goes to.
 *
 * @example
 * ```ts
 * import { CLAUSULE_VELDEN } from '@schoolveiligheid/schorsing';
 * CLAUSULE_VELDEN; //=> ['naamBevoegdGezag']
 * ```
 */
export const CLAUSULE_VELDEN = ['naamBevoegdGezag'] as const;

/** The remedy paragraphs of a letter: Dutch text (may hold `{{naamBevoegdGezag}}`), with the sources cited. */
export interface RechtsmiddelClausule {
  readonly soort: ClausuleSoort;
  /** Paragraphs for the letter; the only merge field is `{{naamBevoegdGezag}}`. */
  readonly alineas: readonly string[];
  /** Every source the paragraphs rest on, in order. */
  readonly bronnen: readonly Bron[];
}

/** Input of {@link rechtsmiddelClausule}. */
export interface ClausuleInvoer {
  readonly denominatie: Denominatie;
  readonly besluit: BriefBesluit;
  /** Date at which the rules are read (the date on the letter). */
  readonly peildatum: IsoDatum;
}

/** One paragraph: its text and the reason (code, source, parameters) it rests on. */
type Alinea = readonly [tekst: string, reden: Reden<SchorsingRedenCode>];

const BESLUIT_WOORD: Readonly<Record<BriefBesluit, string>> = {
  schorsing: 'het besluit tot schorsing',
  'voornemen-verwijdering': 'het voornemen tot verwijdering',
  verwijdering: 'het besluit tot verwijdering',
};

/** The term of a rule at `peildatum` as text ("6 weken") and as parameters. */
function termijn(r: Regel<Duur>, peildatum: IsoDatum) {
  const w = waardeOp(r, peildatum).waarde;
  return { tekst: duurTekst(w), aantal: w.aantal, eenheid: w.eenheid };
}

/** Awb bezwaar at an openbare school (Awb 3:45: by whom, within which term, at which body), then beroep. */
function awbBezwaar(besluitWoord: string, peildatum: IsoDatum, verwijdering: boolean): Alinea[] {
  const t = termijn(bezwaartermijnOpenbaar, peildatum);
  const rechter = waardeOp(beroepBijRechter, peildatum).waarde;
  const alineas: Alinea[] = [
    [
      `Bent u het niet eens met ${besluitWoord}, dan kunt u binnen ${t.tekst} na de dag waarop het besluit aan u is bekendgemaakt schriftelijk bezwaar maken bij {{naamBevoegdGezag}}, het bevoegd gezag van de school (artikel 3:45, 6:7 en 6:8 Algemene wet bestuursrecht).`,
      {
        code: 'RECHTSMIDDEL_AWB_CLAUSULE',
        tekst: `Een openbare school vermeldt bij het besluit dat binnen ${t.tekst} bezwaar kan worden gemaakt, door wie en bij welk orgaan (Awb 3:45).`,
        bron: AWB_3_45,
        parameters: { aantal: t.aantal, eenheid: t.eenheid },
      },
    ],
    [
      'Uw bezwaarschrift is ondertekend en bevat ten minste uw naam en adres, de datum, een omschrijving van het besluit en de redenen van uw bezwaar (artikel 6:5 Algemene wet bestuursrecht).',
      {
        code: 'RECHTSMIDDEL_BEZWAARSCHRIFT_INHOUD',
        tekst: 'Wat een bezwaarschrift ten minste bevat (Awb 6:5).',
        bron: AWB_6_5,
      },
    ],
    [
      `Een bezwaar schorst de werking van het besluit niet${verwijdering ? ': de datum van verwijdering blijft gelden' : ''} (artikel 6:16 Algemene wet bestuursrecht).`,
      {
        code: 'RECHTSMIDDEL_GEEN_SCHORSENDE_WERKING',
        tekst: 'Bezwaar schorst de werking van het besluit niet (Awb 6:16).',
        bron: AWB_6_16,
      },
    ],
    [
      `Tegen de beslissing op uw bezwaar kunt u daarna beroep instellen bij de ${rechter} (artikel 8:1 en 8:6 Algemene wet bestuursrecht).`,
      {
        code: 'RECHTSMIDDEL_BEROEP_RECHTBANK',
        tekst: `Na de beslissing op bezwaar staat beroep open bij de ${rechter} (Awb 8:1, 8:6 lid 1).`,
        bron: AWB_8_1_RECHTBANK,
        parameters: { rechter },
      },
    ],
  ];
  return alineas;
}

/** WPO 63 lid 3 bezwaar at a bijzondere school (the letter must state it: lid 2, second sentence). */
function wpo63Bezwaar(peildatum: IsoDatum): Alinea[] {
  const t = termijn(bezwaartermijnBijzonder, peildatum);
  const b = termijn(beslistermijnBijzonder, peildatum);
  return [
    [
      `Binnen ${t.tekst} na de mededeling van de beslissing tot verwijdering kunt u bij {{naamBevoegdGezag}}, het bevoegd gezag van de school, schriftelijk uw bezwaren kenbaar maken tegen die beslissing (artikel 63, derde lid, eerste volzin, Wet op het primair onderwijs).`,
      {
        code: 'RECHTSMIDDEL_WPO63_CLAUSULE',
        tekst: `Een bijzondere school vermeldt bij de verwijdering dat de ouders binnen ${t.tekst} na de mededeling schriftelijk bezwaar kunnen maken (WPO 63 lid 2, tweede volzin, en lid 3, eerste volzin).`,
        bron: WPO_63_LID_2_VERMELDING,
        parameters: { aantal: t.aantal, eenheid: t.eenheid },
      },
    ],
    [
      `Het bevoegd gezag hoort u en beslist binnen ${b.tekst} na ontvangst van uw bezwaren (artikel 63, derde lid, Wet op het primair onderwijs).`,
      {
        code: 'RECHTSMIDDEL_WPO63_BESLISTERMIJN',
        tekst: `Het bevoegd gezag hoort de ouders en beslist binnen ${b.tekst} na ontvangst van de bezwaren (WPO 63 lid 3).`,
        bron: WPO_63_LID_3,
        parameters: { aantal: b.aantal, eenheid: b.eenheid },
      },
    ],
  ];
}

/** A bijzondere school after the decision on bezwaar: the civil judge (its board is no bestuursorgaan). */
function civielNaBezwaar(): Alinea[] {
  return [
    [
      'Na de beslissing op uw bezwaar kunt u het geschil voorleggen aan de burgerlijke rechter, bij spoed in kort geding.',
      {
        code: 'RECHTSMIDDEL_CIVIELE_ROUTE',
        tekst:
          'Bijzondere school: na de beslissing op bezwaar staat de weg naar de burgerlijke rechter open (kort geding bij spoed); geen beroep bij de bestuursrechter.',
        bron: CIVIELE_ROUTE,
      },
    ],
  ];
}

/** The Geschillencommissie passend onderwijs for a verwijdering (WPO 43 lid 2 sub a), at every school. */
function gpo(peildatum: IsoDatum): Alinea[] {
  if (!waardeOp(gpoBevoegdVerwijdering, peildatum).waarde) return [];
  const oordeel = termijn(gpoOordeelTermijn, peildatum);
  const indienen = termijn(gpoIndieningstermijn, peildatum);
  return [
    [
      `U kunt het geschil over de verwijdering ook voorleggen aan de Geschillencommissie passend onderwijs (artikel 43, tweede lid, Wet op het primair onderwijs). De commissie brengt binnen ${oordeel.tekst} een oordeel uit; heeft u ook bezwaar gemaakt, dan beslist het bevoegd gezag daarop pas nadat de commissie heeft geoordeeld (artikel 43, derde en vierde lid). Volgens de procedure van de commissie dient u het geschil in binnen ${indienen.tekst}; vakanties verlengen die termijn niet.`,
      {
        code: 'RECHTSMIDDEL_GPO_VERWIJDERING',
        tekst: `Over een verwijdering kunnen de ouders ook de Geschillencommissie passend onderwijs vragen (WPO 43 lid 2 onder a); zij oordeelt binnen ${oordeel.tekst}, het verzoek volgens haar procedure binnen ${indienen.tekst}.`,
        bron: WPO_43_LID_2_VERWIJDERING,
        parameters: {
          oordeelAantal: oordeel.aantal,
          oordeelEenheid: oordeel.eenheid,
          indienAantal: indienen.aantal,
          indienEenheid: indienen.eenheid,
          indienBron: GPO_PROCEDURE.titel,
        },
      },
    ],
  ];
}

/** A bijzondere school's schorsing: no statutory bezwaar; the civil judge. */
function civielTegenSchorsing(): Alinea[] {
  return [
    [
      'Tegen een schorsing door een bijzondere school staat geen wettelijke bezwaarprocedure open. Bent u het niet eens met het besluit tot schorsing, dan kunt u contact opnemen met {{naamBevoegdGezag}}; u kunt het besluit ook voorleggen aan de burgerlijke rechter, bij spoed in kort geding.',
      {
        code: 'RECHTSMIDDEL_CIVIELE_RECHTER',
        tekst:
          'Bijzondere school: tegen een schorsing staat geen wettelijk bezwaar open; de ouders kunnen naar de civiele rechter.',
        bron: RECHTSMIDDEL_SCHORSING,
        parameters: { tegen: 'schorsing' },
      },
    ],
  ];
}

/** A voornemen: not yet the decision; the parents may give their view, the remedy lies against the decision. */
function voornemen(): Alinea[] {
  return [
    [
      'Dit is een voornemen en nog geen besluit. U kunt uw mening over het voornemen laten weten aan {{naamBevoegdGezag}}. Tegen het definitieve besluit tot verwijdering kunt u bezwaar maken; hoe en binnen welke termijn staat in de brief met dat besluit.',
      {
        code: 'RECHTSMIDDEL_VOORNEMEN',
        tekst:
          'Tegen een voornemen tot verwijdering staat nog geen bezwaar open; wel tegen het definitieve besluit (lezing van de SDK).',
        bron: VOORNEMEN_GEEN_BESLUIT,
      },
    ],
  ];
}

/** The decision table: one row per denominatie and decision, each a list of sourced paragraphs. */
const CLAUSULES: Readonly<
  Record<
    Denominatie,
    Readonly<Record<BriefBesluit, { soort: ClausuleSoort; alineas: (p: IsoDatum) => Alinea[] }>>
  >
> = {
  openbaar: {
    schorsing: { soort: 'awb-bezwaar', alineas: (p) => awbBezwaar(BESLUIT_WOORD.schorsing, p, false) },
    'voornemen-verwijdering': { soort: 'nog-geen-besluit', alineas: () => voornemen() },
    verwijdering: {
      soort: 'awb-bezwaar',
      alineas: (p) => [...awbBezwaar(BESLUIT_WOORD.verwijdering, p, true), ...gpo(p)],
    },
  },
  bijzonder: {
    schorsing: { soort: 'civiele-rechter', alineas: () => civielTegenSchorsing() },
    'voornemen-verwijdering': { soort: 'nog-geen-besluit', alineas: () => voornemen() },
    verwijdering: {
      soort: 'wpo63-bezwaar',
      alineas: (p) => [...wpo63Bezwaar(p), ...gpo(p), ...civielNaBezwaar()],
    },
  },
};

const BESLUITEN: readonly BriefBesluit[] = ['schorsing', 'voornemen-verwijdering', 'verwijdering'];

function controleerInvoer(ruw: unknown, velden: (r: Record<string, unknown>) => Probleem[]): Probleem[] {
  if (!isObjectInvoer(ruw)) return controleerObject(ruw, []);
  return velden(ruw);
}

/**
 * The remedy paragraphs a letter about `besluit` must carry, per denominatie, with the reasons and sources:
 * an openbare school the bezwaarclausule of Awb 3:45 (bezwaar within 6 weeks, Awb 6:7 and 6:8, at the bevoegd
 * gezag; then beroep at the rechtbank, Awb 8:1 and 8:6); a bijzondere school's verwijdering the bezwaar of WPO
 * 63 lid 3 first sentence (the letter must state it: lid 2), then the civil route; for a verwijdering at any
 * school also the Geschillencommissie passend onderwijs (WPO 43 lid 2 sub a); a bijzondere school's schorsing
 * the civil judge; a voornemen only that the remedy lies against the definitive decision. Bad input gives coded
 * problems.
 *
 * @example
 * ```ts
 * import { rechtsmiddelClausule } from '@schoolveiligheid/schorsing';
 * const o = rechtsmiddelClausule({ denominatie: 'openbaar', besluit: 'schorsing', peildatum: '2026-03-02' });
 * o.ok && o.waarde.uitkomst.soort; //=> 'awb-bezwaar'
 * o.ok && o.waarde.uitkomst.bronnen[0]?.artikel; //=> 'art. 3:45 lid 1-2'
 * const b = rechtsmiddelClausule({ denominatie: 'bijzonder', besluit: 'verwijdering', peildatum: '2026-03-02' });
 * b.ok && b.waarde.uitkomst.bronnen.map((x) => x.artikel); //=> ['art. 63 lid 2', 'art. 63 lid 3', 'art. 43 lid 2', 'art. 1 en 55']
 * ```
 */
export function rechtsmiddelClausule(
  invoer: ClausuleInvoer,
): Resultaat<Besluit<RechtsmiddelClausule, SchorsingRedenCode>> {
  const problemen = controleerInvoer(invoer, (r) => [
    ...controleerKeuze(r.denominatie, ['denominatie'], ['openbaar', 'bijzonder']),
    ...controleerKeuze(r.besluit, ['besluit'], BESLUITEN),
    ...controleerDatum(r.peildatum, ['peildatum']),
  ]);
  if (problemen.length) return { ok: false, problemen };
  const rij = CLAUSULES[invoer.denominatie][invoer.besluit];
  const alineas = rij.alineas(invoer.peildatum);
  const redenen = alineas.map(([, reden]) => reden);
  return {
    ok: true,
    waarde: besluit(
      {
        soort: rij.soort,
        alineas: alineas.map(([tekst]) => tekst),
        bronnen: redenen.flatMap((r) => (r.bron ? [r.bron] : [])),
      },
      redenen,
      regelVerantwoording(),
    ),
  };
}

/** Input of {@link rechtsmiddelenNaBeslissingOpBezwaar}. */
export interface NaBezwaarInvoer {
  readonly denominatie: Denominatie;
  /** The decision the bezwaar was against. */
  readonly tegen: 'schorsing' | 'verwijdering';
  /** Day the decision on bezwaar was made known to the parents (bekendmaking). */
  readonly bekendmaking: IsoDatum;
  /** Date at which the rules are read; defaults to the bekendmaking. */
  readonly peildatum?: IsoDatum;
}

/** What lies open after the decision on bezwaar. */
export interface RechtsmiddelenNaBezwaar {
  /** `'beroep-rechtbank'` (openbaar) or `'civiele-rechter'` (bijzonder), with the reasons and sources. */
  readonly rechtsmiddel: Besluit<'beroep-rechtbank' | 'civiele-rechter', SchorsingRedenCode>;
  /** The beroep term (openbaar): 6 weeks from the day after the bekendmaking (Awb 6:7, 6:8), with its trace. */
  readonly beroepstermijn?: TermijnUitkomst;
  /** The paragraph for the letter with the decision on bezwaar (Awb 3:45 for an openbare school). */
  readonly alineas: readonly string[];
}

/**
 * The remedy after the decision on bezwaar, as a decision with reasons: at an openbare school beroep at the
 * rechtbank (Awb 8:1, 8:6 lid 1) within 6 weeks from the day after the bekendmaking (Awb 6:7, 6:8 lid 1; the
 * Atw applies), the term computed by kern with its trace; at a bijzondere school the civil route (its board is
 * no bestuursorgaan; the Geschillencommissie's oordeel is an advice). Bad input gives coded problems.
 *
 * @example
 * ```ts
 * import { rechtsmiddelenNaBeslissingOpBezwaar } from '@schoolveiligheid/schorsing';
 * // decision on bezwaar made known on Thursday 2 April 2026: six weeks end on Hemelvaartsdag 14 May, the Atw moves it
 * const o = rechtsmiddelenNaBeslissingOpBezwaar({ denominatie: 'openbaar', tegen: 'verwijdering', bekendmaking: '2026-04-02' });
 * o.ok && o.waarde.rechtsmiddel.uitkomst; //=> 'beroep-rechtbank'
 * o.ok && o.waarde.beroepstermijn?.laatsteDag; //=> '2026-05-18'
 * const b = rechtsmiddelenNaBeslissingOpBezwaar({ denominatie: 'bijzonder', tegen: 'verwijdering', bekendmaking: '2026-04-02' });
 * b.ok && [b.waarde.rechtsmiddel.uitkomst, b.waarde.beroepstermijn]; //=> ['civiele-rechter', undefined]
 * ```
 */
export function rechtsmiddelenNaBeslissingOpBezwaar(
  invoer: NaBezwaarInvoer,
): Resultaat<RechtsmiddelenNaBezwaar> {
  const problemen = controleerInvoer(invoer, (r) => [
    ...controleerKeuze(r.denominatie, ['denominatie'], ['openbaar', 'bijzonder']),
    ...controleerKeuze(r.tegen, ['tegen'], ['schorsing', 'verwijdering']),
    ...controleerDatum(r.bekendmaking, ['bekendmaking']),
    ...controleerDatum(r.peildatum, ['peildatum'], false),
  ]);
  if (problemen.length) return { ok: false, problemen };
  const { denominatie, tegen, bekendmaking } = invoer;
  const peildatum = invoer.peildatum ?? bekendmaking;
  const v = regelVerantwoording();
  if (denominatie === 'openbaar') {
    const t = termijn(beroepstermijnOpenbaar, peildatum);
    const rechter = waardeOp(beroepBijRechter, peildatum).waarde;
    const beroepstermijn = termijnVolgens(beroepstermijnOpenbaar, bekendmaking, peildatum);
    return {
      ok: true,
      waarde: {
        rechtsmiddel: besluit(
          'beroep-rechtbank',
          [
            {
              code: 'RECHTSMIDDEL_BEROEP_RECHTBANK',
              tekst: `Na de beslissing op bezwaar staat beroep open bij de ${rechter} (Awb 8:1, 8:6 lid 1).`,
              bron: AWB_8_1_RECHTBANK,
              parameters: { rechter, tegen },
            },
            {
              code: 'BEROEPSTERMIJN',
              tekst: `De beroepstermijn is ${t.tekst}, te rekenen vanaf de dag na de bekendmaking van de beslissing op bezwaar (Awb 6:7, 6:8 lid 1); laatste dag ${beroepstermijn.laatsteDag}.`,
              bron: waardeOp(beroepstermijnOpenbaar, peildatum).bron,
              parameters: {
                aantal: t.aantal,
                eenheid: t.eenheid,
                bekendmaking,
                laatsteDag: beroepstermijn.laatsteDag,
              },
            },
            {
              code: 'RECHTSMIDDEL_AWB_CLAUSULE',
              tekst: `De beslissing op bezwaar vermeldt dat binnen ${t.tekst} beroep kan worden ingesteld en bij welke rechter (Awb 3:45).`,
              bron: AWB_3_45,
              parameters: { aantal: t.aantal, eenheid: t.eenheid },
            },
          ],
          v,
        ),
        beroepstermijn,
        alineas: [
          `Bent u het niet eens met deze beslissing op uw bezwaar, dan kunt u binnen ${t.tekst} na de dag waarop zij aan u is bekendgemaakt beroep instellen bij de ${rechter} (artikel 3:45, 6:7, 6:8, 8:1 en 8:6 Algemene wet bestuursrecht). Welke rechtbank dat is, volgt uit artikel 8:7 Algemene wet bestuursrecht.`,
        ],
      },
    };
  }
  const route = waardeOp(rechtsmiddelBijzonder, peildatum);
  return {
    ok: true,
    waarde: {
      rechtsmiddel: besluit(
        'civiele-rechter',
        [
          {
            code: 'RECHTSMIDDEL_CIVIELE_ROUTE',
            tekst:
              tegen === 'verwijdering'
                ? 'Bijzondere school: na de beslissing op bezwaar (WPO 63 lid 3) staat geen beroep bij de bestuursrechter open maar de weg naar de burgerlijke rechter (kort geding bij spoed); het oordeel van de Geschillencommissie is een advies.'
                : 'Bijzondere school: tegen een schorsing staat geen wettelijk bezwaar of beroep open; de ouders kunnen naar de burgerlijke rechter (kort geding bij spoed).',
            bron: route.bron,
            parameters: { tegen, route: route.waarde },
          },
          {
            code: 'GEEN_WETTELIJKE_BEROEPSTERMIJN',
            tekst:
              'Voor de gang naar de burgerlijke rechter geldt geen wettelijke termijn als in de Awb; de SDK berekent er geen.',
            bron: CIVIELE_ROUTE,
          },
        ],
        v,
      ),
      alineas: [
        tegen === 'verwijdering'
          ? 'Bent u het niet eens met deze beslissing op uw bezwaar, dan kunt u het geschil voorleggen aan de burgerlijke rechter, bij spoed in kort geding.'
          : 'Bent u het niet eens met het besluit tot schorsing, dan kunt u het voorleggen aan de burgerlijke rechter, bij spoed in kort geding.',
      ],
    },
  };
}
