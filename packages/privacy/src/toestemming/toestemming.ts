import {
  type Besluit,
  besluit,
  type IsoDatum,
  isIsoDatum,
  SchoolveiligheidFout,
  waardeOp,
} from '@schoolveiligheid/kern';
import type { PrivacyRedenCode } from '../codes/codes.js';
import { leeftijdIntrekking, leeftijdZelfstandig } from '../regels/regels.js';
import {
  geldendeWaarde,
  isObject,
  ongeldig,
  privacyVerantwoording,
  reden,
} from '../regels/verantwoording.js';

/** What consent is asked for (the seed names these: photos, social media, external support, research). */
export type ToestemmingsDoel =
  | 'beeldmateriaal'
  | 'sociale-media'
  | 'adressenlijst'
  | 'zorgbegeleiding'
  | 'onderzoek'
  | 'verstrekking-derde';

/** Who gave or withdrew consent. */
export type ToestemmingsGever = 'betrokkene' | 'wettelijk-vertegenwoordiger';

/** One entry of the consent register: given by whom, for what, withdrawn when. */
export interface Toestemming {
  /** The pupil's id in the vendor's system (never a name or a BSN). */
  readonly leerling: string;
  /** What the consent is for. */
  readonly doel: ToestemmingsDoel;
  /** The day consent was given. */
  readonly gegevenOp: IsoDatum;
  /** Who gave it. */
  readonly gegevenDoor: ToestemmingsGever;
  /** The pupil's age on `gegevenOp` (whole years). */
  readonly leeftijdBijGeven: number;
  /** The day it was withdrawn, if so. */
  readonly ingetrokkenOp?: IsoDatum;
  /** Who withdrew it. */
  readonly ingetrokkenDoor?: ToestemmingsGever;
  /** The pupil's age on `ingetrokkenOp`. */
  readonly leeftijdBijIntrekking?: number;
}

const DOELEN: readonly ToestemmingsDoel[] = [
  'beeldmateriaal',
  'sociale-media',
  'adressenlijst',
  'zorgbegeleiding',
  'onderzoek',
  'verstrekking-derde',
];

function isToestemming(t: unknown): t is Toestemming {
  return (
    isObject(t) &&
    typeof t.leerling === 'string' &&
    DOELEN.includes(t.doel as ToestemmingsDoel) &&
    isIsoDatum(t.gegevenOp) &&
    (t.gegevenDoor === 'betrokkene' || t.gegevenDoor === 'wettelijk-vertegenwoordiger') &&
    Number.isInteger(t.leeftijdBijGeven) &&
    (t.ingetrokkenOp === undefined || isIsoDatum(t.ingetrokkenOp))
  );
}

/** Outcome of {@link geldigeToestemming}. */
export interface ToestemmingsOordeel {
  /** Whether valid consent for the purpose stands on the date. */
  readonly geldig: boolean;
  /** The position in the register of the entry that decided, if any. */
  readonly regel?: number;
}

/**
 * Whether the consent register holds valid consent for `leerling` and `doel` on `peildatum`, date-effective:
 * the latest consent given by then counts; one given by a pupil under 16 is not valid (UAVG 5 lid 1: the
 * representative consents); a withdrawal counts from its day when made by the representative, or by the pupil
 * aged 12 or older from 2026-09-01 (UAVG 5 lid 3 onder b; before that only the representative could withdraw).
 * Throws `ONGELDIGE_INVOER` or `ONGELDIGE_DATUM` for bad input.
 *
 * @example
 * ```ts
 * import { geldigeToestemming } from '@schoolveiligheid/privacy';
 * const register = [{ leerling: 'll-1', doel: 'beeldmateriaal', gegevenOp: '2025-09-01', gegevenDoor: 'wettelijk-vertegenwoordiger',
 *   leeftijdBijGeven: 12, ingetrokkenOp: '2026-10-01', ingetrokkenDoor: 'betrokkene', leeftijdBijIntrekking: 13 }] as const;
 * geldigeToestemming(register, 'll-1', 'beeldmateriaal', '2026-09-30').uitkomst.geldig; //=> true
 * geldigeToestemming(register, 'll-1', 'beeldmateriaal', '2026-10-01').uitkomst.geldig; //=> false
 * ```
 */
export function geldigeToestemming(
  register: readonly Toestemming[],
  leerling: string,
  doel: ToestemmingsDoel,
  peildatum: IsoDatum,
): Besluit<ToestemmingsOordeel, PrivacyRedenCode> {
  if (!Array.isArray(register) || register.length > 1_000_000) ongeldig('Geef het register als lijst.'); // geen-rechtsgetal: an input bound on the register
  if (typeof leerling !== 'string' || !DOELEN.includes(doel)) ongeldig('Geef een leerling-id en een doel.');
  if (!isIsoDatum(peildatum)) throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige peildatum.');
  const v = privacyVerantwoording();
  let index = -1;
  register.forEach((t, i) => {
    if (!isToestemming(t))
      ongeldig('Een regel van het register mist leerling, doel, datum, gever of leeftijd.');
    if (t.leerling === leerling && t.doel === doel && t.gegevenOp <= peildatum) {
      const vorige = index >= 0 ? register[index] : undefined;
      if (!vorige || vorige.gegevenOp <= t.gegevenOp) index = i;
    }
  });
  if (index < 0) return besluit({ geldig: false }, [reden('NOG_GEEN_TOESTEMMING')], v);
  const t = register[index] as Toestemming;
  const zelf = waardeOp(leeftijdZelfstandig, t.gegevenOp);
  if (t.gegevenDoor === 'betrokkene' && t.leeftijdBijGeven < zelf.waarde)
    return besluit(
      { geldig: false, regel: index },
      [reden('TOESTEMMING_DOOR_ONBEVOEGDE', { grens: zelf.waarde }, zelf.bron)],
      v,
    );
  if (t.ingetrokkenOp !== undefined && t.ingetrokkenOp <= peildatum) {
    const doorKind = t.ingetrokkenDoor === 'betrokkene';
    const leeftijd = t.leeftijdBijIntrekking ?? 0;
    const grens = geldendeWaarde(leeftijdIntrekking, t.ingetrokkenOp);
    const zelfBijIntrekking = waardeOp(leeftijdZelfstandig, t.ingetrokkenOp).waarde;
    const bevoegd =
      !doorKind || leeftijd >= zelfBijIntrekking || (grens?.waarde != null && leeftijd >= grens.waarde);
    if (bevoegd)
      return besluit(
        { geldig: false, regel: index },
        [reden('TOESTEMMING_INGETROKKEN', { datum: t.ingetrokkenOp }, doorKind ? grens?.bron : undefined)],
        v,
      );
    return besluit(
      { geldig: true, regel: index },
      [
        reden('TOESTEMMING_GELDIG'),
        reden('INTREKKING_NIET_BEVOEGD', { leeftijd: `${leeftijd} jaar` }, grens?.bron),
      ],
      v,
    );
  }
  return besluit({ geldig: true, regel: index }, [reden('TOESTEMMING_GELDIG')], v);
}
