import {
  type Besluit,
  besluit,
  codeTekst,
  type IsoDatum,
  isoDatumSchema,
  type Reden,
  SchoolveiligheidFout,
  waardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { LEEFTIJD_TELLING } from '../bronnen/bronnen.js';
import { MELDCODE_REDEN_CODES, type MeldcodeRedenCode } from '../codes/codes.js';
import {
  informeerLeeftijdSamen,
  informeerLeeftijdZelf,
  uavgLeeftijdAlleen,
  uavgLeeftijdZelf,
  verwijsindexMaxLeeftijd,
} from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';
import { eisGeldig } from './invoer.js';
import { leeftijdVan } from './tijd.js';

/**
 * Schema of the jeugdige for {@link informeerplicht}: only the date of birth.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { jeugdigeSchema } from '@schoolveiligheid/meldcode';
 * valideer(jeugdigeSchema, { geboortedatum: '2014-09-01' }).ok; //=> true
 * ```
 */
export const jeugdigeSchema = /* @__PURE__ */ z
  .strictObject({
    geboortedatum: isoDatumSchema.describe("The jeugdige's date of birth."),
  })
  .describe('The jeugdige a Verwijsindex melding is about: only the date of birth.');

/** Who is told, or who acts. */
export type Betrokkene = 'jeugdige' | 'wettelijk-vertegenwoordiger';

/** How the AVG rights are exercised: by one alone, by both together, or by each on their own. */
export type Wijze = 'alleen' | 'gezamenlijk' | 'ieder-afzonderlijk';

/** Who exercises the AVG rights (art. 15, 16, 17, 21) and how. */
export interface Uitoefening {
  readonly door: readonly Betrokkene[];
  readonly wijze: Wijze;
}

/** Outcome of {@link informeerplicht}. */
export interface Informeerplicht {
  /** Age in whole years at the peildatum. */
  readonly leeftijd: number;
  /** Who receives the AVG art. 14 notice of a melding (Jeugdwet 7.1.5.1 lid 1). */
  readonly mededelingAan: readonly Betrokkene[];
  /** Who exercises the AVG rights for Verwijsindex data, as the SDK reads it (Jeugdwet 7.1.5.1 lid 2). */
  readonly rechten: Uitoefening;
  /** The general UAVG art. 5 reading at the peildatum, for comparison. */
  readonly rechtenUavg: Uitoefening;
  /** True when the UAVG reading differs from the Jeugdwet's: the open question which prevails. */
  readonly afwijkingUavg: boolean;
}

const VERTEGENWOORDIGER: Uitoefening = { door: ['wettelijk-vertegenwoordiger'], wijze: 'alleen' };
const JEUGDIGE: Uitoefening = { door: ['jeugdige'], wijze: 'alleen' };
const BEIDEN: readonly Betrokkene[] = ['jeugdige', 'wettelijk-vertegenwoordiger'];

function reden(code: MeldcodeRedenCode, parameters: Reden['parameters'] = {}): Reden<MeldcodeRedenCode> {
  const bron = MELDCODE_REDEN_CODES[code].bron;
  return {
    code,
    tekst: codeTekst(MELDCODE_REDEN_CODES, code, 'nl', parameters),
    ...(bron ? { bron } : {}),
    parameters,
  };
}

const gelijk = (a: Uitoefening, b: Uitoefening) =>
  a.wijze === b.wijze && a.door.length === b.door.length && a.door.every((d) => b.door.includes(d));

/**
 * Who must be told about a Verwijsindex melding on a jeugdige and who exercises the AVG rights, at
 * `peildatum`: under 12 the wettelijk vertegenwoordiger; from 12 to 16 both (rights jointly); from 16 the
 * jeugdige (Jeugdwet 7.1.5.1). Beside it the general UAVG art. 5 reading at the same date: until 31 August
 * 2026 the representative for everyone under 16, from 1 September 2026 the child from 12 and the
 * representative too, each on their own. Where they differ the SDK follows the Jeugdwet and flags the open
 * question (`afwijkingUavg`, reason `UAVG_WIJKT_AF`, zekerheid `interpretatie`).
 *
 * Throws `ONGELDIGE_INVOER` for a jeugdige without a valid birth date or a peildatum before birth,
 * `ONGELDIGE_DATUM` for a bad peildatum, `REGEL_NIET_GELDIG` for a peildatum before the UAVG (2018-05-25).
 *
 * @example
 * ```ts
 * import { informeerplicht } from '@schoolveiligheid/meldcode';
 * const voor = informeerplicht({ geboortedatum: '2012-05-01' }, '2026-08-31').uitkomst;
 * [voor.leeftijd, voor.rechten.wijze, voor.rechtenUavg.door]; //=> [14, 'gezamenlijk', ['wettelijk-vertegenwoordiger']]
 * const na = informeerplicht({ geboortedatum: '2012-05-01' }, '2026-09-01').uitkomst;
 * [na.rechten.wijze, na.rechtenUavg.wijze, na.afwijkingUavg]; //=> ['gezamenlijk', 'ieder-afzonderlijk', true]
 * ```
 */
export function informeerplicht(
  jeugdige: unknown,
  peildatum: IsoDatum,
): Besluit<Informeerplicht, MeldcodeRedenCode> {
  const j = eisGeldig(jeugdigeSchema, jeugdige, 'geen geldige jeugdige');
  const peil = eisGeldig(isoDatumSchema, peildatum, 'peildatum');
  if (peil < j.geboortedatum)
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'De peildatum ligt voor de geboortedatum.');
  const leeftijd = leeftijdVan(j.geboortedatum, peil);
  const samen = waardeVoor(informeerLeeftijdSamen, peil).waarde;
  const zelf = waardeVoor(informeerLeeftijdZelf, peil).waarde;
  const uavgZelf = waardeVoor(uavgLeeftijdZelf, peil);
  const uavgAlleen = waardeVoor(uavgLeeftijdAlleen, peil).waarde;
  const maxLeeftijd = waardeVoor(verwijsindexMaxLeeftijd, peil).waarde;

  const redenen: Reden<MeldcodeRedenCode>[] = [];
  let mededelingAan: readonly Betrokkene[];
  let rechten: Uitoefening;
  if (leeftijd < samen) {
    mededelingAan = ['wettelijk-vertegenwoordiger'];
    rechten = VERTEGENWOORDIGER;
    redenen.push(reden('MEDEDELING_VERTEGENWOORDIGER', { leeftijd }), reden('RECHTEN_VERTEGENWOORDIGER'));
  } else if (leeftijd < zelf) {
    mededelingAan = BEIDEN;
    rechten = { door: BEIDEN, wijze: 'gezamenlijk' };
    redenen.push(reden('MEDEDELING_BEIDEN', { leeftijd }), reden('RECHTEN_GEZAMENLIJK'));
  } else {
    mededelingAan = ['jeugdige'];
    rechten = JEUGDIGE;
    redenen.push(reden('MEDEDELING_JEUGDIGE', { leeftijd }), reden('RECHTEN_JEUGDIGE'));
  }
  if (leeftijd >= maxLeeftijd) redenen.push(reden('GEEN_JEUGDIGE', { leeftijd }));

  const rechtenUavg: Uitoefening =
    leeftijd < uavgZelf.waarde
      ? VERTEGENWOORDIGER
      : leeftijd < uavgAlleen
        ? { door: BEIDEN, wijze: 'ieder-afzonderlijk' }
        : JEUGDIGE;
  redenen.push({
    ...reden('UAVG_RECHTEN', { peildatum: peil, uavgDoor: rechtenUavg.door.join(' en ') }),
    bron: uavgZelf.bron,
  });
  const afwijkingUavg = !gelijk(rechten, rechtenUavg);
  if (afwijkingUavg) redenen.push(reden('UAVG_WIJKT_AF'));
  redenen.push({ ...reden('LEEFTIJD_TELLING'), bron: LEEFTIJD_TELLING });
  return besluit(
    { leeftijd, mededelingAan, rechten, rechtenUavg, afwijkingUavg },
    redenen,
    regelVerantwoording(),
  );
}
