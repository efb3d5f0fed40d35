import {
  type Beleid,
  type Besluit,
  berekenTermijn,
  besluit,
  type Duur,
  duurTekst,
  type IsoDatum,
  isIsoDatum,
  plusMaanden,
  type Reden,
  SchoolveiligheidFout,
  type TermijnUitkomst,
  waardeVoor,
} from '@schoolveiligheid/kern';
import type { PrivacyRedenCode } from '../codes/codes.js';
import { antwoordtermijn, maximaleTermijn, verlenging } from '../regels/regels.js';
import {
  beleidVoorBerekening,
  isObject,
  ongeldig,
  privacyVerantwoording,
  reden,
} from '../regels/verantwoording.js';

/** Input of {@link berekenAntwoordtermijn}. */
export interface AntwoordtermijnInvoer {
  /** The day the school received the request (the term starts the day after). */
  readonly ontvangenOp: IsoDatum;
  /** The day the data subject was told of the extension, with reasons; absent when there is none. */
  readonly verlengingMeegedeeldOp?: IsoDatum;
  /** The school's policy (for example `SEED_2018_BELEID`); it can shorten the terms, never lengthen them. */
  readonly beleid?: Beleid;
}

/** Outcome of {@link berekenAntwoordtermijn}. */
export interface Antwoordtermijn {
  /** The first term (one month, AVG 12(3)), with its trace. */
  readonly eersteTermijn: TermijnUitkomst;
  /** Whether a timely extension applies. */
  readonly verlengd: boolean;
  /** The extended term, with its trace, when the extension was announced in time. */
  readonly verlengdeTermijn?: TermijnUitkomst;
  /** The last day to answer: the first term's, or the extended term's. */
  readonly laatsteDag: IsoDatum;
  /** Whether "one month, then two" and "three months from receipt" gave different last days (flagged). */
  readonly bronnenOneens: boolean;
}

function termijn(datum: IsoDatum, duur: Duur, wet: boolean, bron: TermijnUitkomst['bronnen'][number]) {
  return berekenTermijn({ gebeurtenis: datum, duur, grondslag: wet ? 'eu' : 'regeling', bron });
}

/** The earlier of two terms (the statute's when they end on the same day). */
function vroegste(wet: TermijnUitkomst, beleid: TermijnUitkomst | undefined): TermijnUitkomst {
  return beleid && beleid.laatsteDag < wet.laatsteDag ? beleid : wet;
}

/**
 * The term to answer a request under AVG arts. 15 to 22 (inzage, rectificatie, aanvulling, verwijdering,
 * beperking, bezwaar, overdraagbaarheid): one month after receipt; with an extension told within that month,
 * two more months, never more than three months after receipt (AVG 12(3)). An EU term: no Algemene
 * termijnenwet; a month without the start day ends on its last day (Verordening 1182/71 art. 3 lid 2 onder c).
 * Where the two readings of the extended end differ (receipt on the 29th to 31st), the earlier day is used and
 * `bronnenOneens` flags it. A policy (the seed's 4 weeks plus 4 weeks) applies where it ends earlier. Throws
 * `ONGELDIGE_DATUM` for a bad date, `ONGELDIGE_INVOER` for a bad shape, `BELEID_ONGELDIG` for a bad policy.
 *
 * @example
 * ```ts
 * import { berekenAntwoordtermijn } from '@schoolveiligheid/privacy';
 * berekenAntwoordtermijn({ ontvangenOp: '2027-01-31' }).uitkomst.laatsteDag; //=> '2027-02-28'
 * const v = berekenAntwoordtermijn({ ontvangenOp: '2027-01-31', verlengingMeegedeeldOp: '2027-02-20' });
 * [v.uitkomst.laatsteDag, v.uitkomst.bronnenOneens]; //=> ['2027-04-28', true]
 * ```
 */
export function berekenAntwoordtermijn(
  invoer: AntwoordtermijnInvoer,
): Besluit<Antwoordtermijn, PrivacyRedenCode> {
  if (!isObject(invoer)) ongeldig('Geef de ontvangstdatum van het verzoek (ontvangenOp).');
  const { ontvangenOp, verlengingMeegedeeldOp } = invoer;
  if (
    !isIsoDatum(ontvangenOp) ||
    (verlengingMeegedeeldOp !== undefined && !isIsoDatum(verlengingMeegedeeldOp))
  )
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige datum; verwacht JJJJ-MM-DD.');
  if (verlengingMeegedeeldOp !== undefined && verlengingMeegedeeldOp < ontvangenOp)
    ongeldig('De verlenging kan niet vóór de ontvangst van het verzoek zijn meegedeeld.');
  const beleid = beleidVoorBerekening(invoer.beleid);
  const redenen: Reden<PrivacyRedenCode>[] = [];

  const eersteWet = waardeVoor(antwoordtermijn, ontvangenOp);
  const eersteEigen = waardeVoor(antwoordtermijn, ontvangenOp, beleid);
  const eersteW = termijn(ontvangenOp, eersteWet.waarde, true, eersteWet.bron);
  const eersteB =
    eersteEigen.herkomst === 'beleid'
      ? termijn(ontvangenOp, eersteEigen.waarde, false, eersteEigen.bron)
      : undefined;
  const eerste = vroegste(eersteW, eersteB);
  const eersteUitBeleid = eerste !== eersteW;
  redenen.push(
    reden('ANTWOORD_BINNEN_TERMIJN', {
      laatsteDag: eerste.laatsteDag,
      duur: duurTekst(eersteUitBeleid ? eersteEigen.waarde : eersteWet.waarde),
    }),
  );
  if (eersteUitBeleid)
    redenen.push(reden('TERMIJN_UIT_BELEID', { duur: duurTekst(eersteEigen.waarde) }, eersteEigen.bron));

  if (verlengingMeegedeeldOp === undefined)
    return besluit(
      { eersteTermijn: eerste, verlengd: false, laatsteDag: eerste.laatsteDag, bronnenOneens: false },
      redenen,
      privacyVerantwoording(),
    );
  if (verlengingMeegedeeldOp > eerste.laatsteDag) {
    redenen.push(reden('VERLENGING_TE_LAAT', { eersteLaatsteDag: eerste.laatsteDag }));
    return besluit(
      { eersteTermijn: eerste, verlengd: false, laatsteDag: eerste.laatsteDag, bronnenOneens: false },
      redenen,
      privacyVerantwoording(),
    );
  }

  // The statute: one month then two more (from the first term's end), capped by three months from receipt.
  const verlengingWet = waardeVoor(verlenging, ontvangenOp);
  const maximum = waardeVoor(maximaleTermijn, ontvangenOp);
  const viaEerste = termijn(eersteW.laatsteDag, verlengingWet.waarde, true, verlengingWet.bron);
  const viaOntvangst = termijn(ontvangenOp, maximum.waarde, true, maximum.bron);
  const wet = vroegste(viaOntvangst, viaEerste);
  const bronnenOneens = viaEerste.laatsteDag !== viaOntvangst.laatsteDag;
  // A policy's extension runs from the end of the first term it set.
  const verlengingEigen = waardeVoor(verlenging, ontvangenOp, beleid);
  const eigen =
    eersteUitBeleid || verlengingEigen.herkomst === 'beleid'
      ? termijn(eerste.laatsteDag, verlengingEigen.waarde, false, verlengingEigen.bron)
      : undefined;
  const verlengd = vroegste(wet, eigen);
  redenen.push(reden('VERLENGING_TIJDIG', { laatsteDag: verlengd.laatsteDag }));
  if (verlengd !== wet)
    redenen.push(
      reden('TERMIJN_UIT_BELEID', { duur: duurTekst(verlengingEigen.waarde) }, verlengingEigen.bron),
    );
  else if (bronnenOneens)
    redenen.push(
      reden('VERLENGD_EINDE_BRONNEN_ONEENS', {
        viaEersteTermijn: viaEerste.laatsteDag,
        viaOntvangst: viaOntvangst.laatsteDag,
      }),
    );
  return besluit(
    {
      eersteTermijn: eerste,
      verlengd: true,
      verlengdeTermijn: verlengd,
      laatsteDag: verlengd.laatsteDag,
      bronnenOneens: verlengd === wet && bronnenOneens,
    },
    redenen,
    privacyVerantwoording(),
  );
}

/**
 * The outer limit of an answer for a request received on `ontvangenOp`: three months after receipt, clamped to
 * the month's end (AVG 12(3)). No answer term of {@link berekenAntwoordtermijn} ends later.
 *
 * @example
 * ```ts
 * import { uitersteAntwoorddag } from '@schoolveiligheid/privacy';
 * uitersteAntwoorddag('2026-11-30'); //=> '2027-02-28'
 * ```
 */
export function uitersteAntwoorddag(ontvangenOp: IsoDatum): IsoDatum {
  if (!isIsoDatum(ontvangenOp))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige datum; verwacht JJJJ-MM-DD.');
  return plusMaanden(ontvangenOp, waardeVoor(maximaleTermijn, ontvangenOp).waarde.aantal);
}
