import {
  type Besluit,
  type Bron,
  besluit,
  berekenTermijn,
  dagnummer,
  duurTekst,
  type IsoDatum,
  leesbareDatum,
  type Opschorting as KernOpschorting,
  type Probleem,
  plusDagen,
  probleem,
  type Regel,
  type Duur,
  type Resultaat,
  type TermijnUitkomst,
  waardeOp,
} from '@schoolveiligheid/kern';
import {
  controleerDatum,
  controleerKeuze,
  controleerObject,
  isObjectInvoer,
  probleemVan,
} from '../invoer/invoer.js';
import {
  AWB_6_9,
  AWB_6_10,
  AWB_6_11,
  AWB_7_10_LID_4_A,
  AWB_7_10_LID_4_B,
  AWB_7_10_LID_4_C,
  AWB_7_10_LID_2_LEZING,
  RECHTSMIDDEL_SCHORSING,
  WPO_43_OPSCHORTING,
  WPO_63_LID_3_BEZWAARTERMIJN,
  WPO_63_ONTVANGST,
} from '../regels/bronnen.js';
import {
  beslistermijnAwb,
  beslistermijnAwbCommissie,
  beslistermijnBijzonder,
  beslistermijnOpenbaar,
  bezwaartermijnBijzonder,
  bezwaartermijnOpenbaar,
  type Denominatie,
  gpoIndieningstermijn,
  gpoOordeelTermijn,
  opschortingVerzuimherstel,
  postOntvangstAwb,
  verdagingAwb,
} from '../regels/regels.js';
import { termijnVolgens } from '../regels/termijn.js';
import { regelVerantwoording } from '../regels/verantwoording.js';
import type { SchorsingRedenCode } from '../codes/codes.js';

/** The decision a bezwaar is against. */
export type BestredenBesluit = 'schorsing' | 'verwijdering';

/** The grounds for further delay of Awb 7:10 lid 4: sub a, sub b and sub c. */
export type UitstelGrond = 'alle-belanghebbenden' | 'instemming-indiener' | 'wettelijke-procedure';

/**
 * The grounds of further delay (Awb 7:10 lid 4) as a table of sourced criteria: the sub, what it asks, its source.
 *
 * @example
 * ```ts
 * import { UITSTEL_GRONDEN } from '@schoolveiligheid/schorsing';
 * UITSTEL_GRONDEN['wettelijke-procedure'].sub; //=> 'c'
 * UITSTEL_GRONDEN['instemming-indiener'].bron.lid; //=> 4
 * ```
 */
export const UITSTEL_GRONDEN: {
  readonly [G in UitstelGrond]: {
    readonly sub: 'a' | 'b' | 'c';
    readonly tekst: string;
    readonly bron: Bron;
  };
} = /* @__PURE__ */ Object.freeze({
  'alle-belanghebbenden': {
    sub: 'a',
    tekst: 'alle belanghebbenden stemmen ermee in',
    bron: AWB_7_10_LID_4_A,
  },
  'instemming-indiener': {
    sub: 'b',
    tekst: 'de ouders (de indieners) stemmen ermee in en andere belanghebbenden worden niet geschaad',
    bron: AWB_7_10_LID_4_B,
  },
  'wettelijke-procedure': {
    sub: 'c',
    tekst: 'het is nodig in verband met de naleving van wettelijke procedurevoorschriften',
    bron: AWB_7_10_LID_4_C,
  },
});

/** The remedy open to parents: Awb bezwaar (openbaar), WPO 63 bezwaar (bijzonder, verwijdering), or the civil judge. */
export type Rechtsmiddel = 'awb-bezwaar' | 'wpo63-bezwaar' | 'civiele-rechter';

/** Input of {@link berekenBezwaartermijnen}. */
export interface BezwaarInvoer {
  readonly denominatie: Denominatie;
  readonly tegen: BestredenBesluit;
  /** Day the decision was made known to the parents (bekendmaking, mededeling). */
  readonly bekendmaking: IsoDatum;
  /** Day the school received the parents' bezwaar. */
  readonly bezwaarOntvangen?: IsoDatum;
  /**
   * Day the decision was taken (tot stand gekomen). Needed only for a bezwaar received before the bekendmaking:
   * at an openbare school it is then admissible when the decision already existed (Awb 6:10 lid 1 sub a).
   */
  readonly besluitdatum?: IsoDatum;
  /** Day the parents posted the bezwaar (postmark), when it came by post: Awb 6:9 lid 2 for an openbare school. */
  readonly bezwaarTerPost?: IsoDatum;
  /** An advisory committee (Awb 7:13) hears the bezwaar: 12 weeks to decide instead of 6 (Awb path only). */
  readonly adviescommissie?: boolean;
  /** Day the board adjourned its decision in writing (Awb 7:10 lid 3, at most 6 weeks; Awb path only). */
  readonly verdaagdOp?: IsoDatum;
  /**
   * Further delay (Awb 7:10 lid 4; Awb path only): the day the board made it known in writing (lid 5), the new
   * last day of the decision term, and the ground (sub a, b or c).
   */
  readonly uitstel?: { readonly op: IsoDatum; readonly tot: IsoDatum; readonly grond: UitstelGrond };
  /**
   * Requests to repair an omission (Awb 6:6) and their outcome, in date order (Awb path only): the day the parents
   * were asked, the last day of the repair term the board set, and the day the omission was repaired, if it was.
   * The decision term stands still in between (Awb 7:10 lid 2).
   */
  readonly verzuimherstel?: readonly Verzuimherstel[];
  /** Day the parents put the dispute to the Geschillencommissie passend onderwijs (verwijdering only). */
  readonly gpoIngediend?: IsoDatum;
  /** Day of the commission's oordeel. */
  readonly gpoOordeel?: IsoDatum;
  /** Date at which the rules are read; defaults to the bekendmaking. */
  readonly peildatum?: IsoDatum;
}

/** How the GPO suspended the board's decision term (WPO 43). */
export interface Opschorting {
  readonly vanaf: IsoDatum;
  /** Day of the oordeel; absent while the commission has not yet given it. */
  readonly tot?: IsoDatum;
  /** Calendar days the end moved; absent while suspended. */
  readonly dagen?: number;
  readonly tekst: string;
  readonly bron: Bron;
}

/** A request to repair an omission in the bezwaar (Awb 6:6), as {@link BezwaarInvoer} takes it. */
export interface Verzuimherstel {
  /** Day the board asked the parents to repair the omission. */
  readonly gevraagdOp: IsoDatum;
  /** Last day of the repair term the board set (after `gevraagdOp`). */
  readonly termijnTot: IsoDatum;
  /** Day the omission was repaired; absent while not (yet) repaired. */
  readonly herstelOp?: IsoDatum;
}

/** How the repair of omissions suspended the board's decision term (Awb 7:10 lid 2). */
export interface VerzuimOpschorting {
  /** Each pause: from `van` up to, not including, `tot` (kern's opschorting), for the request of `gevraagdOp`. */
  readonly perioden: readonly {
    readonly gevraagdOp: IsoDatum;
    readonly van: IsoDatum;
    readonly tot: IsoDatum;
  }[];
  /** Calendar days the end of the term moved, before the Atw. */
  readonly dagen: number;
  readonly tekst: string;
  readonly bron: Bron;
}

/** How the board adjourned its decision (Awb 7:10 lid 3). */
export interface Verdaging {
  /** Day the board adjourned, in writing. */
  readonly op: IsoDatum;
  /** Last day of the decision term before the adjournment. */
  readonly oorspronkelijkeLaatsteDag: IsoDatum;
  readonly tekst: string;
  readonly bron: Bron;
}

/** How the board delayed its decision further (Awb 7:10 lid 4). */
export interface Uitstel {
  readonly op: IsoDatum;
  readonly grond: UitstelGrond;
  /** Last day of the decision term before the further delay (after any adjournment). */
  readonly vorigeLaatsteDag: IsoDatum;
  readonly tekst: string;
  readonly bron: Bron;
}

/** The board's decision term on the bezwaar. */
export interface Beslistermijn {
  /** The term; when the GPO suspended it or the board adjourned it, already moved. */
  readonly termijn: TermijnUitkomst;
  /** `true` while the GPO has not given its oordeel: the term does not run and the board must wait. */
  readonly opgeschort: boolean;
  readonly opschorting?: Opschorting;
  readonly verdaging?: Verdaging;
  readonly uitstel?: Uitstel;
  /** The pauses while the parents repaired an omission (Awb 7:10 lid 2), when any was requested. */
  readonly verzuimherstel?: VerzuimOpschorting;
}

/** Outcome of {@link berekenBezwaartermijnen}. */
export interface Bezwaartermijnen {
  readonly rechtsmiddel: Besluit<Rechtsmiddel, SchorsingRedenCode>;
  /** The parents' bezwaartermijn; absent when the only remedy is the civil judge. */
  readonly bezwaartermijn?: TermijnUitkomst;
  /** Whether the bezwaar was on time, with the reasons (Awb 6:9 and 6:11, or receipt only for WPO 63). */
  readonly bezwaarTijdig?: Besluit<boolean, SchorsingRedenCode>;
  /** The parents' term to go to the GPO (its own procedure: no Atw); verwijdering only. */
  readonly gpoIndieningstermijn?: TermijnUitkomst;
  /** The commission's 10 weeks for its oordeel (WPO 43), once a dispute is filed. */
  readonly gpoOordeelTermijn?: TermijnUitkomst;
  /** The board's decision term, once a bezwaar is received. */
  readonly beslistermijn?: Beslistermijn;
}

function rechtsmiddelVoor(
  denominatie: Denominatie,
  tegen: BestredenBesluit,
  peildatum: IsoDatum,
): Besluit<Rechtsmiddel, SchorsingRedenCode> {
  const v = regelVerantwoording();
  if (denominatie === 'openbaar') {
    const termijn = waardeOp(bezwaartermijnOpenbaar, peildatum).waarde;
    return besluit(
      'awb-bezwaar',
      [
        {
          code: 'RECHTSMIDDEL_AWB',
          tekst: `Een openbare school is een bestuursorgaan: tegen de ${tegen} staat bezwaar open bij het bevoegd gezag binnen ${duurTekst(termijn)}, te rekenen vanaf de dag na de bekendmaking (Awb).`,
          bron: RECHTSMIDDEL_SCHORSING,
          parameters: { tegen, aantal: termijn.aantal, eenheid: termijn.eenheid },
        },
      ],
      v,
    );
  }
  if (tegen === 'verwijdering') {
    const termijn = waardeOp(bezwaartermijnBijzonder, peildatum).waarde;
    return besluit(
      'wpo63-bezwaar',
      [
        {
          code: 'RECHTSMIDDEL_WPO63',
          tekst: `Bijzondere school: tegen de verwijdering kunnen de ouders binnen ${duurTekst(termijn)} na de mededeling schriftelijk bezwaar maken bij het bevoegd gezag (WPO 63 lid 3).`,
          bron: WPO_63_LID_3_BEZWAARTERMIJN,
          parameters: { tegen, aantal: termijn.aantal, eenheid: termijn.eenheid },
        },
      ],
      v,
    );
  }
  return besluit(
    'civiele-rechter',
    [
      {
        code: 'RECHTSMIDDEL_CIVIELE_RECHTER',
        tekst:
          'Bijzondere school: tegen een schorsing staat geen wettelijk bezwaar open; de ouders kunnen naar de civiele rechter.',
        bron: RECHTSMIDDEL_SCHORSING,
        parameters: { tegen },
      },
    ],
    v,
  );
}

/**
 * The terms after a schorsing or verwijdering decision, for an openbare or bijzondere school side by side:
 * the parents' bezwaartermijn (6 weeks from the day after the bekendmaking, Atw applies), the GPO filing
 * term (6 weeks, the commission's own rule: no Atw), the commission's 10 weeks, and the board's decision
 * term: openbaar 4 weeks after the end of the bezwaartermijn (WPO 40 lid 12), bijzonder 4 weeks after receipt
 * of the bezwaar (WPO 63 lid 3), a schorsing at an openbare school 6 weeks after the end of the
 * bezwaartermijn (Awb 7:10; 12 with an advisory committee, plus at most 6 when adjourned). A dispute at the
 * GPO suspends the decision term until its oordeel (WPO 43). `bezwaarTijdig` applies Awb 6:9 and 6:11, and
 * Awb 6:10 lid 1 sub a: a bezwaar received before the bekendmaking is on time when the decision already existed
 * (give `besluitdatum`; openbaar only, the Awb does not apply to a bijzondere school).
 *
 * @example
 * ```ts
 * import { berekenBezwaartermijnen } from '@schoolveiligheid/schorsing';
 * // verwijdering made known on Thursday 2 April 2026: six weeks end on Hemelvaartsdag, the Atw moves the end
 * const r = berekenBezwaartermijnen({ denominatie: 'openbaar', tegen: 'verwijdering', bekendmaking: '2026-04-02', bezwaarOntvangen: '2026-05-11' });
 * r.ok && r.waarde.bezwaartermijn?.laatsteDag; //=> '2026-05-18'
 * r.ok && r.waarde.beslistermijn?.termijn.laatsteDag; //=> '2026-06-15'
 * // a bezwaar one day before the letter, the decision taken two days before: not too early (Awb 6:10)
 * const vroeg = berekenBezwaartermijnen({ denominatie: 'openbaar', tegen: 'schorsing', bekendmaking: '2026-03-04', besluitdatum: '2026-03-02', bezwaarOntvangen: '2026-03-03' });
 * vroeg.ok && vroeg.waarde.bezwaarTijdig?.uitkomst; //=> true
 * ```
 */
export function berekenBezwaartermijnen(invoer: BezwaarInvoer): Resultaat<Bezwaartermijnen> {
  const ruw: unknown = invoer;
  if (!isObjectInvoer(ruw)) return { ok: false, problemen: controleerObject(ruw, []) };
  const fouten = [
    ...controleerKeuze(invoer.denominatie, ['denominatie'], ['openbaar', 'bijzonder']),
    ...controleerKeuze(invoer.tegen, ['tegen'], ['schorsing', 'verwijdering']),
    ...controleerDatum(invoer.bekendmaking, ['bekendmaking']),
    ...(
      [
        'bezwaarOntvangen',
        'besluitdatum',
        'bezwaarTerPost',
        'verdaagdOp',
        'gpoIngediend',
        'gpoOordeel',
        'peildatum',
      ] as const
    ).flatMap((veld) => controleerDatum(invoer[veld], [veld], false)),
  ];
  if (fouten.length) return { ok: false, problemen: fouten };
  const {
    denominatie,
    tegen,
    bekendmaking,
    bezwaarOntvangen,
    bezwaarTerPost,
    verdaagdOp,
    gpoIngediend,
    gpoOordeel,
  } = invoer;
  const awbBeslistermijn = denominatie === 'openbaar' && tegen === 'schorsing';
  const peildatum = invoer.peildatum ?? bekendmaking;
  if (tegen === 'schorsing' && (gpoIngediend || gpoOordeel)) {
    return probleem(
      'GPO_ALLEEN_VERWIJDERING',
      ['gpoIngediend'],
      'De Geschillencommissie passend onderwijs oordeelt over verwijdering, niet over schorsing.',
    );
  }
  if (gpoOordeel && !gpoIngediend) {
    return probleem(
      'GPO_OORDEEL_ZONDER_GESCHIL',
      ['gpoOordeel'],
      'Er is een oordeel van de commissie zonder datum van indiening.',
    );
  }
  if (gpoIngediend && gpoOordeel && gpoOordeel < gpoIngediend) {
    return probleem(
      'GPO_OORDEEL_VOOR_INDIENING',
      ['gpoOordeel'],
      'Het oordeel van de commissie ligt voor de indiening.',
    );
  }
  const uitstel = invoer.uitstel;
  if (uitstel !== undefined) {
    const fout = [
      ...controleerObject(uitstel, ['uitstel']),
      ...(isObjectInvoer(uitstel)
        ? [
            ...controleerDatum(uitstel.op, ['uitstel', 'op']),
            ...controleerDatum(uitstel.tot, ['uitstel', 'tot']),
            ...controleerKeuze(uitstel.grond, ['uitstel', 'grond'], Object.keys(UITSTEL_GRONDEN)),
          ]
        : []),
    ];
    if (fout.length) return { ok: false, problemen: fout };
  }
  const herstel = invoer.verzuimherstel;
  if (herstel !== undefined) {
    const fout = controleerVerzuimherstel(herstel, bezwaarOntvangen);
    if (fout.length) return { ok: false, problemen: fout };
  }
  if ((invoer.adviescommissie || verdaagdOp || uitstel || herstel?.length) && !awbBeslistermijn) {
    const veld = uitstel
      ? 'uitstel'
      : verdaagdOp
        ? 'verdaagdOp'
        : herstel?.length
          ? 'verzuimherstel'
          : 'adviescommissie';
    return probleem(
      'ALLEEN_AWB_BESLISTERMIJN',
      [veld],
      tegen === 'verwijdering' && denominatie === 'openbaar'
        ? 'Op bezwaar tegen een verwijdering beslist een openbare school in afwijking van Awb 7:10 binnen 4 weken (WPO 40 lid 12); verdaging en verder uitstel gelden daar volgens de SDK niet.'
        : 'Een adviescommissie, verdaging en verder uitstel (Awb 7:10) rekent de SDK alleen bij bezwaar tegen een schorsing door een openbare school; een bijzondere school valt niet onder de Awb (WPO 63 lid 3).',
    );
  }
  if (uitstel && (!bezwaarOntvangen || uitstel.op < bezwaarOntvangen)) {
    return probleem(
      'VERDAGING_ZONDER_BEZWAAR',
      ['uitstel', 'op'],
      'Uitstellen kan alleen na ontvangst van het bezwaar.',
    );
  }
  if (verdaagdOp && (!bezwaarOntvangen || verdaagdOp < bezwaarOntvangen)) {
    return probleem(
      'VERDAGING_ZONDER_BEZWAAR',
      ['verdaagdOp'],
      'Verdagen kan alleen na ontvangst van het bezwaar.',
    );
  }
  if (bezwaarTerPost && (!bezwaarOntvangen || bezwaarTerPost > bezwaarOntvangen)) {
    return probleem(
      'TER_POST_ZONDER_ONTVANGST',
      ['bezwaarTerPost'],
      'Een datum van verzending per post hoort bij een ontvangen bezwaar en ligt niet na de ontvangst.',
    );
  }
  // Awb 6:10 lid 1 sub a: a bezwaar before the bekendmaking is admissible when the decision already existed
  // (openbaar: the Awb applies); the receipt, and a postmark, then come before the term, and that is no ground
  const besluitdatum = invoer.besluitdatum;
  const teVroeg = bezwaarOntvangen !== undefined && bezwaarOntvangen < bekendmaking;
  if (
    teVroeg &&
    denominatie === 'openbaar' &&
    besluitdatum !== undefined &&
    besluitdatum > bezwaarOntvangen
  ) {
    return probleem(
      'BEZWAAR_VOOR_BESLUIT',
      ['bezwaarOntvangen'],
      'Het bezwaar kwam binnen voordat het besluit was genomen; of de ouders redelijkerwijs konden menen dat het al bestond (Awb 6:10 lid 1 sub b), weegt het bevoegd gezag zelf.',
    );
  }
  const voorBekendmaking = teVroeg && denominatie === 'openbaar' && besluitdatum !== undefined;
  for (const [veld, datum] of [
    ['bezwaarOntvangen', bezwaarOntvangen],
    ['bezwaarTerPost', bezwaarTerPost],
    ['gpoIngediend', gpoIngediend],
  ] as const) {
    if (datum && datum < bekendmaking && !(voorBekendmaking && veld !== 'gpoIngediend')) {
      return probleem(
        'DATUM_VOOR_BEKENDMAKING',
        [veld],
        denominatie === 'openbaar' && veld !== 'gpoIngediend'
          ? 'Deze datum ligt voor de bekendmaking van het besluit; geef de besluitdatum op: bestond het besluit toen al, dan is het bezwaar niet te vroeg (Awb 6:10).'
          : 'Deze datum ligt voor de bekendmaking van het besluit.',
      );
    }
  }
  const rechtsmiddel = rechtsmiddelVoor(denominatie, tegen, peildatum);
  if (rechtsmiddel.uitkomst === 'civiele-rechter') return { ok: true, waarde: { rechtsmiddel } };

  const bezwaartermijn = termijnVolgens(
    denominatie === 'openbaar' ? bezwaartermijnOpenbaar : bezwaartermijnBijzonder,
    bekendmaking,
    peildatum,
  );
  const uit: {
    -readonly [K in keyof Bezwaartermijnen]: Bezwaartermijnen[K];
  } = { rechtsmiddel, bezwaartermijn };
  if (bezwaarOntvangen && voorBekendmaking) {
    uit.bezwaarTijdig = besluit(
      true,
      [
        {
          code: 'BEZWAAR_VOOR_BEKENDMAKING',
          tekst: `Het bezwaar kwam binnen vóór de bekendmaking (${leesbareDatum(bekendmaking)}), maar het besluit bestond al: het is niet te vroeg en niet niet-ontvankelijk (Awb 6:10 lid 1 sub a). De behandeling mag wachten tot de termijn begint (lid 2).`,
          bron: AWB_6_10,
          parameters: {
            ontvangen: bezwaarOntvangen,
            bekendmaking,
            besluitdatum: besluitdatum ?? bekendmaking,
          },
        },
      ],
      regelVerantwoording(),
    );
  } else if (bezwaarOntvangen) {
    uit.bezwaarTijdig = tijdigheid(
      rechtsmiddel.uitkomst,
      bezwaartermijn.laatsteDag,
      bezwaarOntvangen,
      bezwaarTerPost,
      peildatum,
    );
  }
  if (tegen === 'verwijdering') {
    uit.gpoIndieningstermijn = termijnVolgens(gpoIndieningstermijn, bekendmaking, peildatum, 'regeling');
    if (gpoIngediend) uit.gpoOordeelTermijn = termijnVolgens(gpoOordeelTermijn, gpoIngediend, peildatum);
  }
  if (bezwaarOntvangen && awbBeslistermijn) {
    const r = invoer.adviescommissie ? beslistermijnAwbCommissie : beslistermijnAwb;
    const pauzes = opschortingenVoorHerstel(
      herstel ?? [],
      waardeOp(opschortingVerzuimherstel, peildatum).bron,
    );
    const termijn = termijnVolgens(r, bezwaartermijn.laatsteDag, peildatum, 'nl-wet', pauzes);
    let beslis: Beslistermijn;
    if (!verdaagdOp) {
      beslis = { termijn, opgeschort: false };
    } else if (verdaagdOp > termijn.laatsteDag) {
      return probleem(
        'VERDAGING_NA_TERMIJN',
        ['verdaagdOp'],
        'De beslissing is pas verdaagd nadat de beslistermijn al was verstreken.',
        { laatsteDag: termijn.laatsteDag },
      );
    } else {
      beslis = verdaagd(bezwaartermijn.laatsteDag, r, peildatum, verdaagdOp, termijn, pauzes);
    }
    if (pauzes.length) {
      const zonder = berekenTermijn({
        gebeurtenis: bezwaartermijn.laatsteDag,
        duur: verdaagdOp ? somVerdaagd(r, peildatum) : waardeOp(r, peildatum).waarde,
        grondslag: 'nl-wet',
      });
      beslis = {
        ...beslis,
        verzuimherstel: verzuimOpschorting(herstel ?? [], pauzes, zonder, beslis.termijn),
      };
    }
    if (uitstel) {
      const vorige = beslis.termijn.laatsteDag;
      if (uitstel.op > vorige)
        return probleem(
          'VERDAGING_NA_TERMIJN',
          ['uitstel', 'op'],
          'Het verdere uitstel is pas meegedeeld nadat de beslistermijn al was verstreken.',
          { laatsteDag: vorige },
        );
      if (uitstel.tot <= vorige)
        return probleem(
          'UITSTEL_NIET_LATER',
          ['uitstel', 'tot'],
          'Verder uitstel (Awb 7:10 lid 4) schuift de laatste dag op; de opgegeven dag ligt niet na de huidige laatste dag.',
          { laatsteDag: vorige },
        );
      beslis = uitgesteld(beslis, uitstel);
    }
    uit.beslistermijn = beslis;
  } else if (bezwaarOntvangen) {
    const [gebeurtenis, r] =
      denominatie === 'bijzonder'
        ? [bezwaarOntvangen, beslistermijnBijzonder]
        : [bezwaartermijn.laatsteDag, beslistermijnOpenbaar];
    uit.beslistermijn = beslistermijnMetOpschorting(gebeurtenis, r, peildatum, gpoIngediend, gpoOordeel);
  }
  return { ok: true, waarde: uit };
}

/**
 * Awb 6:9: on time when received by the last day, or (by post) posted by the last day and received within a week
 * after it; late otherwise, and then Awb 6:11 still spares an excusable delay. A WPO 63 bezwaar counts receipt only.
 */
function tijdigheid(
  rechtsmiddel: Rechtsmiddel,
  laatsteDag: IsoDatum,
  ontvangen: IsoDatum,
  terPost: IsoDatum | undefined,
  peildatum: IsoDatum,
): Besluit<boolean, SchorsingRedenCode> {
  const v = regelVerantwoording();
  const einde = leesbareDatum(laatsteDag);
  const datums = { laatsteDag, ontvangen, ...(terPost ? { terPost } : {}) };
  if (ontvangen <= laatsteDag) {
    return besluit(
      true,
      [
        {
          code: 'BEZWAAR_ONTVANGEN_BINNEN_TERMIJN',
          tekst: `Het bezwaar is ontvangen op of voor de laatste dag van de termijn (${einde}).`,
          bron: rechtsmiddel === 'awb-bezwaar' ? AWB_6_9 : WPO_63_ONTVANGST,
          parameters: datums,
        },
      ],
      v,
    );
  }
  if (rechtsmiddel !== 'awb-bezwaar') {
    return besluit(
      false,
      [
        {
          code: 'BEZWAAR_TE_LAAT_ONTVANGEN',
          tekst: `Het bezwaar is na de laatste dag van de termijn (${einde}) ontvangen; voor een bijzondere school telt alleen de ontvangst.`,
          bron: WPO_63_ONTVANGST,
          parameters: datums,
        },
      ],
      v,
    );
  }
  // Awb 6:9 lid 2: "uiterlijk een week na afloop van de termijn", read as calendar days (see the rule)
  const week = waardeOp(postOntvangstAwb, peildatum).waarde;
  const uiterlijkOntvangen = plusDagen(laatsteDag, week.aantal);
  const opTijdGepost = terPost !== undefined && terPost <= laatsteDag;
  if (opTijdGepost && ontvangen <= uiterlijkOntvangen) {
    return besluit(
      true,
      [
        {
          code: 'BEZWAAR_TIJDIG_TER_POST',
          tekst: `Het bezwaar is uiterlijk op de laatste dag (${einde}) op de post gedaan en binnen een week daarna ontvangen.`,
          bron: AWB_6_9,
          parameters: { ...datums, uiterlijkOntvangen },
        },
      ],
      v,
    );
  }
  return besluit(
    false,
    [
      {
        code: opTijdGepost ? 'BEZWAAR_POST_TE_LAAT_ONTVANGEN' : 'BEZWAAR_TE_LAAT',
        tekst: opTijdGepost
          ? `Het bezwaar is op tijd op de post gedaan, maar pas na ${leesbareDatum(uiterlijkOntvangen)} ontvangen.`
          : `Het bezwaar is na de laatste dag van de termijn (${einde}) ingediend.`,
        bron: AWB_6_9,
        parameters: opTijdGepost ? { ...datums, uiterlijkOntvangen } : datums,
      },
      {
        code: 'VERSCHOONBAAR_BEOORDELEN',
        tekst:
          'Voordat het bezwaar niet-ontvankelijk wordt verklaard: ga na of de ouders redelijkerwijs niet in verzuim waren (verschoonbare termijnoverschrijding).',
        bron: AWB_6_11,
      },
    ],
    v,
  );
}

/**
 * Awb 7:10 lid 3: the decision term plus at most 6 weeks, counted as one term from the end of the bezwaartermijn,
 * so the Atw applies up to 12 weeks in total and not beyond (Atw art. 4).
 */
function verdaagd(
  gebeurtenis: IsoDatum,
  r: Regel<Duur>,
  peildatum: IsoDatum,
  op: IsoDatum,
  oorspronkelijk: TermijnUitkomst,
  opschortingen: readonly KernOpschorting[] = [],
): Beslistermijn {
  const extra = waardeOp(verdagingAwb, peildatum);
  const termijn = berekenTermijn({
    gebeurtenis,
    duur: somVerdaagd(r, peildatum),
    grondslag: 'nl-wet',
    bron: extra.bron,
    opschortingen,
  });
  return {
    termijn,
    opgeschort: false,
    verdaging: {
      op,
      oorspronkelijkeLaatsteDag: oorspronkelijk.laatsteDag,
      tekst: `Het bevoegd gezag heeft de beslissing op ${leesbareDatum(op)} verdaagd met ${duurTekst(extra.waarde)}: de laatste dag wordt ${leesbareDatum(termijn.laatsteDag)} in plaats van ${leesbareDatum(oorspronkelijk.laatsteDag)}.`,
      bron: extra.bron,
    },
  };
}

/** The decision term plus the adjournment of Awb 7:10 lid 3, as one duration (both in weeks, regels.test.ts). */
function somVerdaagd(r: Regel<Duur>, peildatum: IsoDatum): Duur {
  const basis = waardeOp(r, peildatum).waarde;
  const extra = waardeOp(verdagingAwb, peildatum).waarde;
  return { aantal: basis.aantal + extra.aantal, eenheid: basis.eenheid };
}

const MAX_HERSTELVERZOEKEN = 20; // geen-rechtsgetal: a bound on the input, not a legal number

/** The repair requests of a bezwaar: dates, each repair term after its request, in order and not overlapping. */
function controleerVerzuimherstel(herstel: unknown, ontvangen: IsoDatum | undefined): Probleem[] {
  if (!Array.isArray(herstel) || herstel.length > MAX_HERSTELVERZOEKEN)
    return [
      probleemVan(
        'VERKEERD_TYPE',
        ['verzuimherstel'],
        'Verkeerd soort waarde; verwacht een lijst (ten hoogste 20).',
        {
          verwacht: 'array',
        },
      ),
    ];
  let vorigEinde: IsoDatum | undefined;
  for (const [i, h] of herstel.entries()) {
    const pad = ['verzuimherstel', i];
    const vorm = controleerObject(h, pad);
    if (vorm.length || !isObjectInvoer(h)) return vorm;
    const datums = [
      ...controleerDatum(h.gevraagdOp, [...pad, 'gevraagdOp']),
      ...controleerDatum(h.termijnTot, [...pad, 'termijnTot']),
      ...controleerDatum(h.herstelOp, [...pad, 'herstelOp'], false),
    ];
    if (datums.length) return datums;
    const { gevraagdOp, termijnTot, herstelOp } = h as unknown as Verzuimherstel;
    if (!ontvangen || gevraagdOp < ontvangen)
      return [
        probleemVan(
          'VERDAGING_ZONDER_BEZWAAR',
          [...pad, 'gevraagdOp'],
          'Om herstel van een verzuim vragen kan alleen na ontvangst van het bezwaar.',
        ),
      ];
    if (termijnTot <= gevraagdOp)
      return [
        probleemVan(
          'HERSTELTERMIJN_NIET_NA_VERZOEK',
          [...pad, 'termijnTot'],
          'De hersteltermijn eindigt niet na het verzoek om herstel.',
        ),
      ];
    if (herstelOp !== undefined && herstelOp < gevraagdOp)
      return [
        probleemVan(
          'HERSTEL_VOOR_VERZOEK',
          [...pad, 'herstelOp'],
          'Het verzuim is hersteld vóór het verzoek daartoe.',
        ),
      ];
    if (vorigEinde !== undefined && gevraagdOp < vorigEinde)
      return [
        probleemVan(
          'HERSTEL_LOOPT_AL',
          [...pad, 'gevraagdOp'],
          'Een nieuw verzoek om herstel valt binnen de vorige hersteltermijn; een termijn kan niet twee keer tegelijk stilstaan.',
        ),
      ];
    vorigEinde = eindeHerstel(h as unknown as Verzuimherstel);
  }
  return [];
}

/** The day the pause of a repair request ends: the repair, or the last day of the repair term if that came first. */
function eindeHerstel(h: Verzuimherstel): IsoDatum {
  return h.herstelOp !== undefined && h.herstelOp < h.termijnTot ? h.herstelOp : h.termijnTot;
}

/** Kern's suspensions for the repair requests (Awb 7:10 lid 2, counted as AWB_7_10_LID_2_LEZING says). */
function opschortingenVoorHerstel(herstel: readonly Verzuimherstel[], bron: Bron): KernOpschorting[] {
  return herstel.map((h) => {
    const van = plusDagen(h.gevraagdOp, 1);
    const einde = eindeHerstel(h);
    // dates as ISO strings: compared as text, so no Math.max
    const tot = dagnummer(einde) > dagnummer(van) ? einde : van;
    return { van, tot, reden: 'herstel van een verzuim, Awb 7:10 lid 2', bron };
  });
}

/** The suspension record of the repair requests: the pauses, the days the end moved, and a sentence for the parents. */
function verzuimOpschorting(
  herstel: readonly Verzuimherstel[],
  pauzes: readonly KernOpschorting[],
  zonder: TermijnUitkomst,
  met: TermijnUitkomst,
): VerzuimOpschorting {
  const dagen = dagnummer(met.nominaleLaatsteDag) - dagnummer(zonder.nominaleLaatsteDag);
  return {
    perioden: pauzes.map((p, i) => ({ gevraagdOp: herstel[i]?.gevraagdOp ?? p.van, van: p.van, tot: p.tot })),
    dagen,
    tekst:
      dagen === 0
        ? 'Het herstel van een verzuim viel buiten de lopende beslistermijn; die schuift niet op (Awb 7:10 lid 2).'
        : `De beslistermijn stond ${dagen} dagen stil tijdens het herstel van een verzuim (Awb 7:10 lid 2): de laatste dag wordt ${leesbareDatum(met.laatsteDag)} in plaats van ${leesbareDatum(zonder.laatsteDag)}.`,
    bron: AWB_7_10_LID_2_LEZING,
  };
}

/**
 * Awb 7:10 lid 4: the new last day the board made known, counted as calendar days after the previous last day,
 * without the Atw (the day is given, not computed), with the ground's source.
 */
function uitgesteld(
  vorig: Beslistermijn,
  u: { readonly op: IsoDatum; readonly tot: IsoDatum; readonly grond: UitstelGrond },
): Beslistermijn {
  const vorigeLaatsteDag = vorig.termijn.laatsteDag;
  const grond = UITSTEL_GRONDEN[u.grond];
  const termijn = berekenTermijn({
    gebeurtenis: vorigeLaatsteDag,
    duur: { aantal: dagnummer(u.tot) - dagnummer(vorigeLaatsteDag), eenheid: 'kalenderdagen' },
    grondslag: 'regeling',
    bron: grond.bron,
  });
  return {
    ...vorig,
    termijn,
    uitstel: {
      op: u.op,
      grond: u.grond,
      vorigeLaatsteDag,
      tekst: `Het bevoegd gezag heeft op ${leesbareDatum(u.op)} verder uitstel meegedeeld tot ${leesbareDatum(u.tot)} in plaats van ${leesbareDatum(vorigeLaatsteDag)}: ${grond.tekst} (Awb 7:10 lid 4 sub ${grond.sub}).`,
      bron: grond.bron,
    },
  };
}

function beslistermijnMetOpschorting(
  gebeurtenis: IsoDatum,
  r: Regel<Duur>,
  peildatum: IsoDatum,
  gpoIngediend: IsoDatum | undefined,
  gpoOordeel: IsoDatum | undefined,
): Beslistermijn {
  const gewoon = termijnVolgens(r, gebeurtenis, peildatum);
  if (!gpoIngediend) return { termijn: gewoon, opgeschort: false };
  const startTermijn = plusDagen(gebeurtenis, 1);
  const vanaf = gpoIngediend > startTermijn ? gpoIngediend : startTermijn;
  if (!gpoOordeel) {
    return {
      termijn: gewoon,
      opgeschort: true,
      opschorting: {
        vanaf,
        tekst: `De beslistermijn is opgeschort vanaf ${leesbareDatum(vanaf)} tot het oordeel van de Geschillencommissie passend onderwijs; het bevoegd gezag beslist pas daarna.`,
        bron: WPO_43_OPSCHORTING,
      },
    };
  }
  // kern moves the end by the suspended days and puts the suspension in the trace
  const termijn = termijnVolgens(r, gebeurtenis, peildatum, 'nl-wet', [
    {
      van: gpoIngediend,
      tot: gpoOordeel,
      reden: 'geschil bij de Geschillencommissie passend onderwijs',
      bron: WPO_43_OPSCHORTING,
    },
  ]);
  const dagen = dagnummer(termijn.nominaleLaatsteDag) - dagnummer(gewoon.nominaleLaatsteDag);
  return {
    termijn,
    opgeschort: false,
    opschorting: {
      vanaf,
      tot: gpoOordeel,
      dagen,
      tekst:
        dagen === 0
          ? 'Het geschil bij de Geschillencommissie passend onderwijs viel buiten de lopende beslistermijn; die schuift niet op.'
          : `De beslistermijn was ${dagen} dagen opgeschort (van ${leesbareDatum(vanaf)} tot het oordeel op ${leesbareDatum(gpoOordeel)}); het einde schuift evenveel dagen op.`,
      bron: WPO_43_OPSCHORTING,
    },
  };
}
