import {
  type Bron,
  berekenTermijn,
  type Duur,
  type IsoDatum,
  type OpenTermijn,
  SchoolveiligheidFout,
  type TermijnUitkomst,
  zoekWaardeOp,
} from '@schoolveiligheid/kern';
import { WBK_ATW_VRAAG, WBK_GEEN_BEVESTIGING } from '../bronnen/bronnen.js';
import type { KlokkenluiderTermijnCode } from '../codes/codes.js';
import { bevestigingstermijn, terugkoppelingstermijn } from '../regels/regels.js';
import type { KlokkenluiderRol } from '../rollen/rollen.js';

// The statutory terms of Wbk art. 2 lid 2 onder h and i, computed twice: without the Algemene termijnenwet
// (the conservative date the SDK reports as the term) and with it (beside it), because whether the Atw
// extends a term of an employer's internal procedure is an open question.

/** The open Atw question on a statutory term: the conservative date and the Atw date beside it. */
export interface AtwVraag {
  /** Always `open`: the question is not settled. */
  readonly vraag: 'open';
  /** The last day without any Atw extension: the date the SDK holds the employer to. */
  readonly conservatief: IsoDatum;
  /** The last day if the Atw applies (art. 1 lid 1, art. 2). */
  readonly metAtw: IsoDatum;
  /** The term computed with the Atw, with its own trace. */
  readonly termijnMetAtw: TermijnUitkomst;
  /** Why the question is open and what the SDK does. */
  readonly bron: Bron;
}

/** An open term of a klokkenluider dossier: kern's shape plus the Atw question on a statutory term. */
export interface KlokkenluiderOpenTermijn extends OpenTermijn<KlokkenluiderTermijnCode, KlokkenluiderRol> {
  /** For the Wbk terms: the conservative date (in `termijn`) and the Atw date beside it. */
  readonly atw?: AtwVraag;
  /**
   * For the feedback term when no acknowledgement was sent yet: counted from the end of the seven-day
   * acknowledgement term (flagged `onbevestigd`: the Wbk does not say).
   */
  readonly zonderBevestiging?: { readonly vanaf: IsoDatum; readonly bron: Bron };
}

const ATW_VRAAG_TEKST =
  'Of de Algemene termijnenwet deze termijn verlengt, is een open vraag: de SDK rekent zonder verlenging (conservatief) en noemt de Atw-datum ernaast.';

/** A statutory Wbk term, conservative and with the Atw; undefined outside the calendar range. */
export function wbkTermijn(
  gebeurtenis: IsoDatum,
  duur: Duur,
  bron: Bron,
): { readonly termijn: TermijnUitkomst; readonly atw: AtwVraag } | undefined {
  try {
    const metAtw = berekenTermijn({ gebeurtenis, duur, grondslag: 'nl-wet', bron });
    const zonder = berekenTermijn({ gebeurtenis, duur, grondslag: 'regeling', bron });
    const termijn: TermijnUitkomst = {
      ...zonder,
      spoor: zonder.spoor.map((s) =>
        s.code === 'ATW_NIET_VAN_TOEPASSING' ? { ...s, tekst: ATW_VRAAG_TEKST, bron: WBK_ATW_VRAAG } : s,
      ),
      bronnen: [...zonder.bronnen, WBK_ATW_VRAAG],
      waarschuwingen: [...zonder.waarschuwingen, ATW_VRAAG_TEKST],
    };
    return {
      termijn,
      atw: {
        vraag: 'open',
        conservatief: termijn.laatsteDag,
        metAtw: metAtw.laatsteDag,
        termijnMetAtw: metAtw,
        bron: WBK_ATW_VRAAG,
      },
    };
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return undefined;
    throw e;
  }
}

/** A term the policy sets (a school regeling: never extended by the Atw); undefined when it sets none. */
export function beleidsTermijn(
  gebeurtenis: IsoDatum,
  regelWaarde: { readonly waarde: Duur; readonly bron: Bron } | undefined,
): TermijnUitkomst | undefined {
  if (!regelWaarde) return undefined;
  try {
    return berekenTermijn({
      gebeurtenis,
      duur: regelWaarde.waarde,
      grondslag: 'regeling',
      bron: regelWaarde.bron,
    });
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return undefined;
    throw e;
  }
}

/**
 * The acknowledgement term of a report received on `ontvangen`: always the statute's (a regeling adds its own
 * terms; it cannot lengthen or drop the statutory ones).
 */
export function bevestigingsTermijnVan(ontvangen: IsoDatum) {
  const w = zoekWaardeOp(bevestigingstermijn, ontvangen);
  return w ? { regel: w, ...wbkTermijn(ontvangen, w.waarde, w.bron) } : undefined;
}

/**
 * The feedback term: three months after the acknowledgement was sent; without one, from the conservative end
 * of the acknowledgement term (flagged).
 */
export function terugkoppelingsTermijnVan(ontvangen: IsoDatum, bevestigdOp: IsoDatum | null) {
  const w = zoekWaardeOp(terugkoppelingstermijn, ontvangen);
  if (!w) return undefined;
  if (bevestigdOp !== null) {
    const t = wbkTermijn(bevestigdOp, w.waarde, w.bron);
    return t ? { regel: w, ...t } : undefined;
  }
  const bevestiging = bevestigingsTermijnVan(ontvangen);
  const vanaf = bevestiging?.termijn?.laatsteDag;
  if (!vanaf) return undefined;
  const t = wbkTermijn(vanaf, w.waarde, WBK_GEEN_BEVESTIGING);
  return t ? { regel: w, ...t, zonderBevestiging: { vanaf, bron: WBK_GEEN_BEVESTIGING } } : undefined;
}
