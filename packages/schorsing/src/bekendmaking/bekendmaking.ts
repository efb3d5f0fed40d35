import {
  amsterdamseDatum,
  type Besluit,
  besluit,
  epochMs,
  type IsoDatum,
  leesbareDatum,
  type Probleem,
  probleem,
  type Resultaat,
  type Tijdstip,
  zoekWaardeOp,
} from '@schoolveiligheid/kern';
import type { SchorsingRedenCode } from '../codes/codes.js';
import {
  controleerDatum,
  controleerKeuze,
  controleerObject,
  controleerTijdstip,
  isObjectInvoer,
} from '../invoer/invoer.js';
import { AWB_3_41, BIJZONDER_ELEKTRONISCH } from '../regels/bronnen.js';
import {
  bezwaarElektronischAlleenGeopend,
  type Denominatie,
  elektronischOntvangen,
  elektronischUitdrukkelijkKenbaar,
  elektronischVerzonden,
} from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

/** How the decision reached the parents: by post, electronically, or handed over (Awb 3:41 lid 1: toezending of uitreiking). */
export type Verzendwijze = 'post' | 'elektronisch' | 'uitreiking';

/**
 * The electronic route: to an address or system of the parents' own (`'eigen-adres'`, for example their e-mail:
 * Awb 2:17 lid 1 first part, 2:19 sub a), or placed in a system of the school where the parents have access to it
 * (`'portaal'`: 2:17 lid 1 second part, 2:19 sub b).
 */
export type ElektronischKanaal = 'eigen-adres' | 'portaal';

/**
 * What the parents made known about being reachable electronically: expressly (a recorded choice for electronic
 * letters), only made known (an e-mail address on a form), or nothing (Awb 2:14 lid 1, from 2026-01-01 art. 2:8).
 */
export type ElektronischeBereikbaarheid = 'uitdrukkelijk-kenbaar' | 'kenbaar' | 'niet-kenbaar';

/** An electronically sent decision: the route, the moment that counts, and what the parents made known. */
export interface ElektronischeVerzending {
  readonly kanaal: ElektronischKanaal;
  /**
   * The moment that counts as sending: when the letter reached a system for which the school bears no
   * responsibility (`'eigen-adres'`), or when it became accessible to the parents (`'portaal'`). An instant with offset.
   */
  readonly moment: Tijdstip;
  readonly bereikbaar: ElektronischeBereikbaarheid;
}

/** Input of {@link bekendmakingsdag}. */
export interface BekendmakingInvoer {
  readonly denominatie: Denominatie;
  /** The day the letter was posted, sent or handed over (the day of the event). */
  readonly verzonden: IsoDatum;
  /** How; absent: as before release 0.3 (the day of sending is the day of the bekendmaking). */
  readonly wijze?: Verzendwijze;
  /** Required when `wijze` is `'elektronisch'`, and only then. */
  readonly elektronisch?: ElektronischeVerzending;
}

const WIJZEN: readonly Verzendwijze[] = ['post', 'elektronisch', 'uitreiking'];
const KANALEN: readonly ElektronischKanaal[] = ['eigen-adres', 'portaal'];
const BEREIKBAAR: readonly ElektronischeBereikbaarheid[] = [
  'uitdrukkelijk-kenbaar',
  'kenbaar',
  'niet-kenbaar',
];

/** The electronic part of an input: its shape, and whether it matches the wijze. */
function controleerElektronisch(
  wijze: unknown,
  e: unknown,
  pad: readonly (string | number)[],
  momentVeld: string,
  keuzes: readonly (readonly [string, readonly string[]])[],
): Probleem[] {
  if (wijze === 'elektronisch' && e === undefined)
    return [
      {
        code: 'ELEKTRONISCH_GEGEVENS_ONTBREKEN',
        pad: [...pad],
        melding:
          'Bij elektronische verzending hoort het kanaal, het tijdstip dat als verzending geldt en wat de ouders kenbaar maakten.',
      },
    ];
  if (e === undefined) return [];
  if (wijze !== undefined && wijze !== 'elektronisch')
    return [
      {
        code: 'ELEKTRONISCH_WIJZE_ONJUIST',
        pad: ['wijze'],
        melding: 'Gegevens van elektronische verzending horen alleen bij de wijze "elektronisch".',
      },
    ];
  const vorm = controleerObject(e, [...pad]);
  if (vorm.length || !isObjectInvoer(e)) return vorm;
  return [
    ...controleerTijdstip(e[momentVeld], [...pad, momentVeld]),
    ...keuzes.flatMap(([veld, toegestaan]) => controleerKeuze(e[veld], [...pad, veld], toegestaan)),
  ];
}

/** The day of an instant in Europe/Amsterdam (whatever the process time zone). */
function dagVan(moment: Tijdstip): IsoDatum {
  return amsterdamseDatum(epochMs(moment));
}

/**
 * The day a schorsing or verwijdering decision was made known to the parents (bekendmaking, mededeling), from
 * which the bezwaartermijn runs the day after (Awb 6:8 lid 1), with the reasons. By post or handed over: the day
 * of sending or handing over (Awb 3:41 lid 1). Electronically at an openbare school: the day of the moment that
 * counts as sending under the Awb in force on the day of sending (art. 2:17 lid 1 until 2025-12-31, art. 2:19 from
 * 2026-01-01), and only when the parents made known they are reachable that way (art. 2:14 lid 1; from 2026-01-01
 * expressly, art. 2:8). A bijzondere school is not under the Awb: the same day by analogy, no consent asked
 * (the SDK's reading).
 *
 * @example
 * ```ts
 * import { bekendmakingsdag } from '@schoolveiligheid/schorsing';
 * // e-mailed on Friday 6 March 2026 at 23:50, reaching the parents' mail provider after midnight
 * const r = bekendmakingsdag({ denominatie: 'openbaar', verzonden: '2026-03-06', wijze: 'elektronisch',
 *   elektronisch: { kanaal: 'eigen-adres', moment: '2026-03-07T00:05:00+01:00', bereikbaar: 'uitdrukkelijk-kenbaar' } });
 * r.ok && r.waarde.uitkomst; //=> '2026-03-07'
 * r.ok && r.waarde.redenen[0]?.bron?.artikel; //=> 'art. 2:19'
 * // the same in 2025 needed only "kenbaar", under art. 2:14 lid 1; in 2026 it must be "uitdrukkelijk"
 * const e = { kanaal: 'portaal', moment: '2026-03-06T10:00:00+01:00', bereikbaar: 'kenbaar' } as const;
 * bekendmakingsdag({ denominatie: 'openbaar', verzonden: '2026-03-06', wijze: 'elektronisch', elektronisch: e }).ok; //=> false
 * ```
 */
export function bekendmakingsdag(
  invoer: BekendmakingInvoer,
): Resultaat<Besluit<IsoDatum, SchorsingRedenCode>> {
  const ruw: unknown = invoer;
  if (!isObjectInvoer(ruw)) return { ok: false, problemen: controleerObject(ruw, []) };
  const fouten = [
    ...controleerKeuze(invoer.denominatie, ['denominatie'], ['openbaar', 'bijzonder']),
    ...controleerDatum(invoer.verzonden, ['verzonden']),
    ...(invoer.wijze === undefined ? [] : controleerKeuze(invoer.wijze, ['wijze'], WIJZEN)),
  ];
  if (fouten.length) return { ok: false, problemen: fouten };
  const elektronischFouten = controleerElektronisch(
    invoer.wijze,
    invoer.elektronisch,
    ['elektronisch'],
    'moment',
    [
      ['kanaal', KANALEN],
      ['bereikbaar', BEREIKBAAR],
    ],
  );
  if (elektronischFouten.length) return { ok: false, problemen: elektronischFouten };
  const { denominatie, verzonden, elektronisch } = invoer;
  const v = regelVerantwoording();
  const openbaar = denominatie === 'openbaar';
  if (!elektronisch) {
    const uitreiking = invoer.wijze === 'uitreiking';
    return {
      ok: true,
      waarde: besluit(
        verzonden,
        [
          openbaar
            ? {
                code: uitreiking ? 'BEKENDMAKING_UITREIKING' : 'BEKENDMAKING_TOEZENDING',
                tekst: `Het besluit is bekendgemaakt door ${uitreiking ? 'uitreiking' : 'toezending'} op ${leesbareDatum(verzonden)} (Awb 3:41 lid 1); de bezwaartermijn begint de dag daarna (Awb 6:8 lid 1).`,
                bron: AWB_3_41,
                parameters: { verzonden },
              }
            : {
                code: 'BEKENDMAKING_BIJZONDER',
                tekst: `Bijzondere school: de brief is op ${leesbareDatum(verzonden)} ${uitreiking ? 'uitgereikt' : 'verzonden'}; dat is de dag van de mededeling (geen Awb; lezing van de SDK).`,
                bron: BIJZONDER_ELEKTRONISCH,
                parameters: { verzonden },
              },
        ],
        v,
      ),
    };
  }
  const dag = dagVan(elektronisch.moment);
  if (dag < verzonden)
    return probleem(
      'ELEKTRONISCH_MOMENT_VOOR_VERZENDING',
      ['elektronisch', 'moment'],
      'Het tijdstip dat als verzending geldt, ligt vóór de dag van verzending.',
    );
  if (!openbaar) {
    return {
      ok: true,
      waarde: besluit(
        dag,
        [
          {
            code: 'BEKENDMAKING_ELEKTRONISCH_BIJZONDER',
            tekst: `Bijzondere school: de brief is langs elektronische weg verzonden en telt als meegedeeld op ${leesbareDatum(dag)}, de dag waarop hij het systeem van de ouders bereikte of voor hen toegankelijk werd (geen Awb; lezing van de SDK).`,
            bron: BIJZONDER_ELEKTRONISCH,
            parameters: { verzonden, bekendmaking: dag, kanaal: elektronisch.kanaal },
          },
        ],
        v,
      ),
    };
  }
  const moment = zoekWaardeOp(elektronischVerzonden, verzonden);
  const kenbaar = zoekWaardeOp(elektronischUitdrukkelijkKenbaar, verzonden);
  if (!moment || !kenbaar)
    return probleem(
      'ELEKTRONISCH_VOOR_AWB',
      ['verzonden'],
      'Op deze dag kende de Awb nog geen regeling voor elektronisch verkeer (afdeling 2.3, gelezen vanaf de tekst van 2004-07-01).',
    );
  const uitdrukkelijk = kenbaar.waarde;
  const artikelKenbaar = kenbaar.bron.artikel ?? 'Awb';
  if (
    elektronisch.bereikbaar === 'niet-kenbaar' ||
    (uitdrukkelijk && elektronisch.bereikbaar !== 'uitdrukkelijk-kenbaar')
  )
    return probleem(
      'ELEKTRONISCH_NIET_KENBAAR',
      ['elektronisch', 'bereikbaar'],
      `Een openbare school kan een besluit alleen elektronisch verzenden als de ouders ${uitdrukkelijk ? 'uitdrukkelijk ' : ''}kenbaar hebben gemaakt dat zij langs deze weg bereikbaar zijn (Awb ${artikelKenbaar.replace('art. ', '')}); verzend de brief per post of reik hem uit.`,
      { artikel: artikelKenbaar, uitdrukkelijk },
    );
  const portaal = elektronisch.kanaal === 'portaal';
  const artikel = moment.bron.artikel ?? 'Awb';
  return {
    ok: true,
    waarde: besluit(
      dag,
      [
        {
          code: portaal ? 'BEKENDMAKING_ELEKTRONISCH_TOEGANKELIJK' : 'BEKENDMAKING_ELEKTRONISCH',
          tekst: portaal
            ? `Het besluit is in een systeem geplaatst waarin de ouders toegang hebben; als tijdstip van verzending geldt het moment waarop het voor hen toegankelijk werd (Awb ${artikel.replace('art. ', '')}, tekst geldend op ${leesbareDatum(verzonden)}): bekendgemaakt op ${leesbareDatum(dag)}.`
            : `Het besluit is langs elektronische weg verzonden; als tijdstip van verzending geldt het moment waarop het een systeem bereikte waarvoor de school geen verantwoordelijkheid draagt (Awb ${artikel.replace('art. ', '')}, tekst geldend op ${leesbareDatum(verzonden)}): bekendgemaakt op ${leesbareDatum(dag)}.`,
          bron: moment.bron,
          parameters: { verzonden, bekendmaking: dag, artikel },
        },
        {
          code: 'ELEKTRONISCH_KENBAAR',
          tekst: `De ouders hebben ${elektronisch.bereikbaar === 'uitdrukkelijk-kenbaar' ? 'uitdrukkelijk ' : ''}kenbaar gemaakt dat zij elektronisch bereikbaar zijn (Awb ${artikelKenbaar.replace('art. ', '')}).`,
          bron: kenbaar.bron,
          parameters: { artikel: artikelKenbaar, uitdrukkelijk },
        },
      ],
      v,
    ),
  };
}

/** Input of {@link elektronischeOntvangst}. */
export interface OntvangstInvoer {
  readonly denominatie: Denominatie;
  /** The day the school received the bezwaar (the day of the event). */
  readonly ontvangen: IsoDatum;
  /** The moment the bezwaar reached the school's system (or, from 2026-01-01, became accessible to it). */
  readonly moment: Tijdstip;
  /** The school made known that parents may send a bezwaar by this route (Awb 2:15 lid 1; from 2026-01-01 art. 2:14 with WPO 4d). */
  readonly kanaalGeopend: boolean;
}

/**
 * A bezwaar the school received electronically: the moment that counts as receipt (Awb 2:17 lid 2 until
 * 2025-12-31, art. 2:20 from 2026-01-01) must fall on the day recorded as received, and `uitkomst` says whether it
 * came by a route the board opened. Parents have no right to send it by another electronic route: Awb 2:15 lid 1,
 * and from 2026-01-01 WPO 4d, which excludes the right of Awb 2:13 lid 1 between parents and the board. The SDK
 * does not refuse such a bezwaar: it flags it, for the board to weigh (and, if it chooses, ask the parents to send
 * it in writing). A bijzondere school is not under the Awb (`true`, the SDK's reading).
 *
 * @example
 * ```ts
 * import { elektronischeOntvangst } from '@schoolveiligheid/schorsing';
 * const r = elektronischeOntvangst({ denominatie: 'openbaar', ontvangen: '2026-03-09', moment: '2026-03-09T21:30:00+01:00', kanaalGeopend: false });
 * r.ok && r.waarde.uitkomst; //=> false
 * r.ok && r.waarde.redenen[1]?.bron?.artikel; //=> 'art. 4d'
 * ```
 */
export function elektronischeOntvangst(
  invoer: OntvangstInvoer,
): Resultaat<Besluit<boolean, SchorsingRedenCode>> {
  const ruw: unknown = invoer;
  if (!isObjectInvoer(ruw)) return { ok: false, problemen: controleerObject(ruw, []) };
  const fouten = [
    ...controleerKeuze(invoer.denominatie, ['denominatie'], ['openbaar', 'bijzonder']),
    ...controleerDatum(invoer.ontvangen, ['ontvangen']),
    ...controleerTijdstip(invoer.moment, ['moment']),
    ...(typeof invoer.kanaalGeopend === 'boolean'
      ? []
      : [
          {
            code: 'VERKEERD_TYPE',
            pad: ['kanaalGeopend'],
            melding: 'Verkeerd soort waarde; verwacht waar of onwaar.',
            parameters: { verwacht: 'boolean' },
          },
        ]),
  ];
  if (fouten.length) return { ok: false, problemen: fouten };
  const { denominatie, ontvangen, moment, kanaalGeopend } = invoer;
  if (dagVan(moment) !== ontvangen)
    return probleem(
      'ONTVANGSTMOMENT_ANDERE_DAG',
      ['moment'],
      'Het tijdstip van elektronische ontvangst valt (in Nederlandse tijd) niet op de dag die als ontvangst is vastgelegd.',
    );
  const v = regelVerantwoording();
  if (denominatie === 'bijzonder')
    return {
      ok: true,
      waarde: besluit(
        true,
        [
          {
            code: 'BEZWAAR_ELEKTRONISCH_BIJZONDER',
            tekst: `Bijzondere school: het bezwaar is op ${leesbareDatum(ontvangen)} elektronisch ontvangen; de Awb-regels voor elektronisch verkeer gelden hier niet (lezing van de SDK).`,
            bron: BIJZONDER_ELEKTRONISCH,
            parameters: { ontvangen },
          },
        ],
        v,
      ),
    };
  const ontvangst = zoekWaardeOp(elektronischOntvangen, ontvangen);
  const kanaal = zoekWaardeOp(bezwaarElektronischAlleenGeopend, ontvangen);
  if (!ontvangst || !kanaal)
    return probleem(
      'ELEKTRONISCH_VOOR_AWB',
      ['ontvangen'],
      'Op deze dag kende de Awb nog geen regeling voor elektronisch verkeer (afdeling 2.3, gelezen vanaf de tekst van 2004-07-01).',
    );
  const artikel = ontvangst.bron.artikel ?? 'Awb';
  const grond = kanaal.bron;
  const wpo4d = grond.wet === 'wpo';
  const geldig = kanaalGeopend || !kanaal.waarde;
  return {
    ok: true,
    waarde: besluit(
      geldig,
      [
        {
          code: 'BEZWAAR_ELEKTRONISCH_ONTVANGEN',
          tekst: `Het bezwaar is langs elektronische weg ontvangen op ${leesbareDatum(ontvangen)}: het tijdstip waarop het het systeem van de school bereikte${ontvangst.waarde === 'bereikt-systeem' ? '' : ' of voor haar toegankelijk werd'} (Awb ${artikel.replace('art. ', '')}).`,
          bron: ontvangst.bron,
          parameters: { ontvangen, artikel },
        },
        geldig
          ? {
              code: 'BEZWAAR_ELEKTRONISCH_KANAAL_GEOPEND',
              tekst:
                'Het bezwaar kwam langs een elektronische weg die het bevoegd gezag voor bezwaar heeft opengesteld.',
              bron: grond,
            }
          : {
              code: 'BEZWAAR_ELEKTRONISCH_KANAAL_NIET_GEOPEND',
              tekst: wpo4d
                ? 'Het bezwaar kwam langs een elektronische weg die het bevoegd gezag niet heeft opengesteld. Het recht om elektronisch bezwaar te maken (Awb 2:13 lid 1) geldt niet tussen ouders en het bevoegd gezag (WPO 4d); dan kan het alleen langs een opengestelde weg (Awb 2:14). Het bevoegd gezag weegt zelf hoe het verdergaat; de SDK telt de ontvangst wel.'
                : 'Het bezwaar kwam langs een elektronische weg die het bevoegd gezag niet heeft opengesteld; elektronisch indienen kan alleen langs een opengestelde weg (Awb 2:15 lid 1). Het bevoegd gezag weegt zelf hoe het verdergaat; de SDK telt de ontvangst wel.',
              bron: grond,
            },
      ],
      v,
    ),
  };
}
