import {
  type Beleid,
  type BeleidsControle,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import {
  SEED_2018,
  SEED_AANSLUITING,
  SEED_EIGEN_AFHANDELING,
  SEED_KLAGER,
  SEED_SCHOOLGIDS,
  SEED_STAPPENPLAN,
  SEED_TERMIJN_INDIENEN,
  SEED_VERLENGING,
  SEED_VERTROUWENSPERSOON_PERSONEEL,
} from '../bronnen/bronnen.js';
import { KLACHTENREGELING_REGELS } from '../regels/regels.js';

/**
 * The 2018 seed veiligheidsplan as a policy preset: only the seed's own values, by rule id, each with its
 * section. Its klachtenregeling (art. 1, 5 and 7) and its Stappenplan seksuele intimidatie en misbruik: a
 * wider circle of complainants (stricter: allowed), the one-year filing term (equal), the board's own handling
 * of 4 weeks and an extension of at most 4 weeks announced within the first 4 (additions: the law sets no
 * number), the 4a route only for minor pupils (laxer: a conflict; the law prevails), and three requirements of
 * its regeling that the law does not make (stricter: allowed): the schoolgids names the contact person, the
 * vertrouwenspersoon and the commission's address (Inleiding), the board is affiliated with the LKC (art. 4
 * lid 2), and staff have a vertrouwenspersoon voor personeel (Taken en functies).
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/klachtenregeling';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen.map((b) => b.oordeel); //=> ['strenger', 'gelijk', 'aanvulling', 'aanvulling', 'strenger', 'soepeler', 'strenger', 'strenger', 'strenger']
 * ```
 */
export const SEED_2018_BELEID: Beleid = {
  id: 'seed-2018',
  naam: 'Veiligheidsplan 2018: Klachtenregeling en Stappenplan seksuele intimidatie en misbruik',
  bron: SEED_2018,
  waarden: {
    'klachtenregeling.klager.ruimereKring': { waarde: true, bron: SEED_KLAGER },
    'klachtenregeling.klacht.indieningstermijn': {
      waarde: { aantal: 12, eenheid: 'maanden' }, // geen-rechtsgetal: the seed's "binnen een jaar"
      bron: SEED_TERMIJN_INDIENEN,
    },
    'klachtenregeling.afhandeling.eigenAfhandeling': {
      waarde: { aantal: 4, eenheid: 'weken' }, // geen-rechtsgetal: the seed's art. 5 lid 6
      bron: SEED_EIGEN_AFHANDELING,
    },
    'klachtenregeling.standpunt.maxVerlenging': {
      waarde: { aantal: 4, eenheid: 'weken' }, // geen-rechtsgetal: the seed's art. 7 lid 2
      bron: SEED_VERLENGING,
    },
    'klachtenregeling.standpunt.verlengingVoorAfloop': { waarde: true, bron: SEED_VERLENGING },
    'klachtenregeling.seksueelMisdrijf.alleenMinderjarigen': { waarde: true, bron: SEED_STAPPENPLAN },
    'klachtenregeling.schoolgids.gegevensVermeld': { waarde: true, bron: SEED_SCHOOLGIDS },
    'klachtenregeling.klachtencommissie.aansluitingVerplicht': { waarde: true, bron: SEED_AANSLUITING },
    'klachtenregeling.vertrouwenspersoon.personeel': {
      waarde: true,
      bron: SEED_VERTROUWENSPERSOON_PERSONEEL,
    },
  },
};

/**
 * Compares a policy (a stored `Beleid`, also of the pre-0.2 shape) with the law as this package ships it
 * today, at `peildatum`: kern's `controleerBeleid` with {@link KLACHTENREGELING_REGELS}. Stricter than the law
 * is allowed; laxer or incomparable values are reported with both sources. Throws `BELEID_ONGELDIG` when
 * `beleid` is not a policy, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/klachtenregeling';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').conform; //=> false
 * ```
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [KLACHTENREGELING_REGELS]);
}
