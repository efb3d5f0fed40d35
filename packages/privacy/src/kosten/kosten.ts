import {
  type Bedrag,
  type Beleid,
  type Besluit,
  bedragTekst,
  besluit,
  type IsoDatum,
  isBedrag,
  isIsoDatum,
  type Reden,
  SchoolveiligheidFout,
  vergelijkBedragen,
  waardeVoor,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import type { PrivacyRedenCode } from '../codes/codes.js';
import { inzageKosten, kopieKosten } from '../regels/regels.js';
import {
  beleidVoorBerekening,
  isObject,
  ongeldig,
  privacyVerantwoording,
  reden,
} from '../regels/verantwoording.js';

/** What a fee is asked for (AVG 12(5), 15(3)). */
export type KostenGrond =
  | 'inzage'
  | 'eerste-kopie'
  | 'verdere-kopie'
  | 'kennelijk-ongegrond'
  | 'buitensporig';

const GRONDEN: readonly KostenGrond[] = [
  'inzage',
  'eerste-kopie',
  'verdere-kopie',
  'kennelijk-ongegrond',
  'buitensporig',
];

/** The Dutch words for a ground in a reason. */
const GROND_TEKST: Record<KostenGrond, string> = {
  inzage: 'inzage',
  'eerste-kopie': 'een eerste kopie',
  'verdere-kopie': 'verdere kopieën',
  'kennelijk-ongegrond': 'een kennelijk ongegrond verzoek',
  buitensporig: 'een buitensporig verzoek',
};

/** Input of {@link beoordeelKosten}. */
export interface KostenInvoer {
  /** What the fee is for. */
  readonly grond: KostenGrond;
  /** The amount the school asks, as kern's `Bedrag` (whole cents). */
  readonly gevraagd: Bedrag;
  /** The day of the request. */
  readonly peildatum: IsoDatum;
  /** The school's policy (the seed's EUR 25 is laxer than the law and does not apply). */
  readonly beleid?: Beleid;
}

/** Outcome of {@link beoordeelKosten}. */
export interface KostenOordeel {
  /** Whether the amount may be asked. */
  readonly toegestaan: boolean;
  /** The highest amount allowed; null when the law sets no ceiling (a reasonable fee). */
  readonly maximum: Bedrag | null;
}

/**
 * Whether a fee may be asked for a rights request: access and a first copy are free (AVG 15(3)), a reasonable
 * fee based on administrative costs only for further copies or a manifestly unfounded or excessive request
 * (AVG 12(5); the school bears the burden of proof). A policy amount applies only where it is lower. Throws
 * `ONGELDIGE_INVOER`, `ONGELDIGE_DATUM` or `BELEID_ONGELDIG` for bad input.
 *
 * @example
 * ```ts
 * import { beoordeelKosten } from '@schoolveiligheid/privacy';
 * const b = beoordeelKosten({ grond: 'eerste-kopie', gevraagd: { centen: 2500, valuta: 'EUR' }, peildatum: '2026-12-02' });
 * b.uitkomst; //=> { toegestaan: false, maximum: { centen: 0, valuta: 'EUR' } }
 * ```
 */
export function beoordeelKosten(invoer: KostenInvoer): Besluit<KostenOordeel, PrivacyRedenCode> {
  if (!isObject(invoer) || !GRONDEN.includes(invoer.grond as KostenGrond) || !isBedrag(invoer.gevraagd))
    ongeldig(
      'Geef grond (inzage, eerste-kopie, verdere-kopie, kennelijk-ongegrond, buitensporig) en een bedrag.',
    );
  if (!isIsoDatum(invoer.peildatum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige peildatum.');
  const beleid = beleidVoorBerekening(invoer.beleid);
  const { grond, gevraagd, peildatum } = invoer;
  const redenen: Reden<PrivacyRedenCode>[] = [];
  let maximum: Bedrag | null;
  if (grond === 'inzage' || grond === 'eerste-kopie') {
    const wet = waardeVoor(inzageKosten, peildatum);
    const eigen = waardeVoor(inzageKosten, peildatum, beleid);
    maximum = vergelijkBedragen(eigen.waarde, wet.waarde) < 0 ? eigen.waarde : wet.waarde;
    redenen.push(reden('INZAGE_KOSTELOOS', undefined, wet.bron));
  } else {
    const eigen = zoekWaardeVoor(kopieKosten, peildatum, beleid);
    maximum = eigen ? eigen.waarde : null;
    redenen.push(reden('VERGOEDING_TOEGESTAAN', { grond: GROND_TEKST[grond] }));
  }
  const toegestaan = maximum === null || vergelijkBedragen(gevraagd, maximum) <= 0;
  if (!toegestaan && maximum)
    redenen.push(
      reden('VERGOEDING_TE_HOOG', { gevraagd: bedragTekst(gevraagd), toegestaan: bedragTekst(maximum) }),
    );
  return besluit({ toegestaan, maximum }, redenen, privacyVerantwoording());
}
