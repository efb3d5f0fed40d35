import { JAREN_BEREIK, SchoolveiligheidFout, type Verantwoording } from '@schoolveiligheid/kern';
import { type KlachtDossier, klachtProcedure } from '../dossier/klacht.js';
import { regelVerantwoording } from '../regels/regels.js';

/** The annual figures of seed art. 8 lid 3: counts only, never a person or a dossier id. */
export interface Jaarcijfers {
  readonly jaar: number;
  /** Complaints filed in the year (informal talks that never became a complaint are not counted). */
  readonly aantalKlachten: number;
  /** The commission's oordeel on those complaints; `geenOordeel` when none was received (yet). */
  readonly adviezen: {
    readonly gegrond: number;
    readonly deelsGegrond: number;
    readonly ongegrond: number;
    readonly nietOntvankelijk: number;
    readonly geenOordeel: number;
  };
  /** Stored dossiers that could not be read and were left out (check them). */
  readonly nietLeesbaar: number;
  readonly verantwoording: Verantwoording;
}

const SLEUTEL = {
  gegrond: 'gegrond',
  'deels-gegrond': 'deelsGegrond',
  ongegrond: 'ongegrond',
  'niet-ontvankelijk': 'nietOntvankelijk',
} as const;

/**
 * The anonymised annual figures for the jaarverslag (seed Klachtenregeling art. 8 lid 3): the number of
 * complaints filed in `jaar` and the commission's advice on them, as counts. Reads stored klacht dossiers
 * (any that cannot be read are counted in `nietLeesbaar`, never echoed). Throws `ONGELDIGE_INVOER` when
 * `dossiers` is not a list or `jaar` not a year in 1900-2199.
 *
 * @example
 * ```ts
 * import { jaarcijfers } from '@schoolveiligheid/klachtenregeling';
 * const d = (id: string, datum: string, oordeel?: string) => ({ procedure: 'klacht', versie: 1, kop: { id }, gebeurtenissen: [
 *   { type: 'klacht-ingediend', datum, bij: 'klachtencommissie', aangeklaagde: 'personeelslid' },
 *   ...(oordeel ? [{ type: 'oordeel-ontvangen', datum, oordeel }] : []) ] });
 * const c = jaarcijfers([d('k-1', '2026-03-01', 'gegrond'), d('k-2', '2026-05-01'), d('k-3', '2025-05-01', 'ongegrond')], 2026);
 * [c.aantalKlachten, c.adviezen.gegrond, c.adviezen.geenOordeel]; //=> [2, 1, 1]
 * ```
 */
export function jaarcijfers(dossiers: unknown, jaar: number): Jaarcijfers {
  if (!Array.isArray(dossiers))
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Geef de dossiers als lijst.');
  if (!Number.isInteger(jaar) || jaar < JAREN_BEREIK.van || jaar > JAREN_BEREIK.tot)
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'Het jaar is een geheel getal van 1900 tot en met 2199.',
    );
  const adviezen = { gegrond: 0, deelsGegrond: 0, ongegrond: 0, nietOntvankelijk: 0, geenOordeel: 0 };
  let aantalKlachten = 0;
  let nietLeesbaar = 0;
  const prefix = `${jaar}-`;
  for (const ruw of dossiers) {
    const gelezen = klachtProcedure.leesDossier(ruw as KlachtDossier);
    const t = gelezen.ok ? klachtProcedure.toestand(gelezen.waarde) : gelezen;
    if (!t.ok) {
      nietLeesbaar++;
      continue;
    }
    if (!t.waarde.ingediendOp?.startsWith(prefix)) continue;
    aantalKlachten++;
    const oordeel = t.waarde.oordeel?.uitkomst;
    if (oordeel) adviezen[SLEUTEL[oordeel]]++;
    else adviezen.geenOordeel++;
  }
  return { jaar, aantalKlachten, adviezen, nietLeesbaar, verantwoording: regelVerantwoording() };
}
