import {
  type Besluit,
  besluit,
  type IsoDatum,
  isIsoDatum,
  SchoolveiligheidFout,
  waardeOp,
} from '@schoolveiligheid/kern';
import { UAVG_5_OUD } from '../bronnen/bronnen.js';
import type { PrivacyRedenCode } from '../codes/codes.js';
import {
  leeftijdMedeUitoefening,
  leeftijdVerwijsindexGezamenlijk,
  leeftijdZelfstandig,
} from '../regels/regels.js';
import {
  geldendeWaarde,
  isObject,
  ongeldig,
  privacyVerantwoording,
  reden,
} from '../regels/verantwoording.js';

/** Who makes a request: the data subject, the legal representative, or both together. */
export type Verzoeker = 'betrokkene' | 'wettelijk-vertegenwoordiger' | 'samen';

/** Input of {@link wieOefentUit}. */
export interface UitoefeningInvoer {
  /** The data subject's age in whole years on `peildatum` (the day the request is made). */
  readonly leeftijd: number;
  /** The day that decides which law applies: the day of the request. */
  readonly peildatum: IsoDatum;
  /** True when the request concerns data in the Verwijsindex (Jeugdwet art. 7.1.5.1 lid 2). */
  readonly verwijsindex?: boolean;
}

/** Who may exercise the rights of AVG ch. III for the data subject. */
export interface Uitoefening {
  /** The data subject alone may. */
  readonly betrokkene: boolean;
  /** The legal representative alone may. */
  readonly vertegenwoordiger: boolean;
  /** Only the data subject and the representative together may (Verwijsindex, 12 to 15). */
  readonly samen: boolean;
}

/**
 * Who may exercise a data subject's rights (inzage, rectificatie, verwijdering …) on `peildatum`, by age:
 * until 2026-08-31 the representative for anyone under 16 (UAVG 5 old); from 2026-09-01 the representative
 * under 12, the child and also the representative from 12 to 15, the data subject alone from 16 (UAVG 5 lid 4).
 * For Verwijsindex data a 12-to-15-year-old and the representative act together (Jeugdwet 7.1.5.1 lid 2,
 * flagged as interpretation). Throws `ONGELDIGE_INVOER` or `ONGELDIGE_DATUM` for bad input.
 *
 * @example
 * ```ts
 * import { wieOefentUit } from '@schoolveiligheid/privacy';
 * wieOefentUit({ leeftijd: 13, peildatum: '2026-08-31' }).uitkomst; //=> { betrokkene: false, vertegenwoordiger: true, samen: false }
 * wieOefentUit({ leeftijd: 13, peildatum: '2026-09-01' }).uitkomst; //=> { betrokkene: true, vertegenwoordiger: true, samen: false }
 * ```
 */
export function wieOefentUit(invoer: UitoefeningInvoer): Besluit<Uitoefening, PrivacyRedenCode> {
  if (!isObject(invoer)) ongeldig('Geef leeftijd en peildatum.');
  const { leeftijd, peildatum } = invoer;
  const HOOGSTE_LEEFTIJD = 150; // geen-rechtsgetal: an input bound on an age
  if (!Number.isInteger(leeftijd) || (leeftijd as number) < 0 || (leeftijd as number) > HOOGSTE_LEEFTIJD)
    ongeldig('De leeftijd is een geheel aantal jaren.');
  if (!isIsoDatum(peildatum)) throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige peildatum.');
  const zelf = waardeOp(leeftijdZelfstandig, peildatum);
  const mede = geldendeWaarde(leeftijdMedeUitoefening, peildatum);
  const gezamenlijk = waardeOp(leeftijdVerwijsindexGezamenlijk, peildatum);
  const v = privacyVerantwoording();
  const jaar = `${leeftijd} jaar`;
  if (leeftijd >= zelf.waarde)
    return besluit(
      { betrokkene: true, vertegenwoordiger: false, samen: false },
      [reden('ZELFSTANDIG', { leeftijd: jaar, grens: zelf.waarde }, zelf.bron)],
      v,
    );
  if (invoer.verwijsindex === true && leeftijd >= gezamenlijk.waarde)
    return besluit(
      { betrokkene: false, vertegenwoordiger: false, samen: true },
      [reden('VERWIJSINDEX_GEZAMENLIJK')],
      v,
    );
  if (mede && mede.waarde !== null && leeftijd >= mede.waarde)
    return besluit(
      { betrokkene: true, vertegenwoordiger: true, samen: false },
      [reden('KIND_EN_VERTEGENWOORDIGER', { leeftijd: jaar }, mede.bron)],
      v,
    );
  return besluit(
    { betrokkene: false, vertegenwoordiger: true, samen: false },
    [reden('VERTEGENWOORDIGER_ALLEEN', { leeftijd: jaar }, mede?.bron ?? UAVG_5_OUD)],
    v,
  );
}

/**
 * Whether `verzoeker` may make the request: {@link wieOefentUit} applied to who asked. `samen` is always allowed.
 *
 * @example
 * ```ts
 * import { magVerzoekDoen } from '@schoolveiligheid/privacy';
 * magVerzoekDoen('betrokkene', { leeftijd: 13, peildatum: '2026-08-31' }).uitkomst; //=> false
 * magVerzoekDoen('betrokkene', { leeftijd: 13, peildatum: '2026-09-01' }).uitkomst; //=> true
 * ```
 */
export function magVerzoekDoen(
  verzoeker: Verzoeker,
  invoer: UitoefeningInvoer,
): Besluit<boolean, PrivacyRedenCode> {
  if (verzoeker !== 'betrokkene' && verzoeker !== 'wettelijk-vertegenwoordiger' && verzoeker !== 'samen')
    ongeldig('De verzoeker is betrokkene, wettelijk-vertegenwoordiger of samen.');
  const wie = wieOefentUit(invoer);
  const mag =
    verzoeker === 'samen' ||
    (verzoeker === 'betrokkene' ? wie.uitkomst.betrokkene : wie.uitkomst.vertegenwoordiger);
  return besluit(mag, wie.redenen, wie.verantwoording);
}
