import {
  type Beleid,
  type BeleidsControle,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import {
  SEED_BHV,
  SEED_CALAMITEITENPROTOCOL,
  SEED_CRISISTEAM,
  SEED_STANDPUNT_BESTUUR,
} from '../bronnen/bronnen.js';
import { CALAMITEITEN_REGELS } from '../regels/regels.js';

/**
 * The 2018 seed veiligheidsplan as a policy preset: the seed's own values where it takes a position the law does
 * not. "Te allen tijde aangifte" (stricter than Sv art. 160-161), "personeelsleden voeren geen BIG-handelingen
 * uit" (board policy, stricter than the Wet BIG), "er moet altijd een BHV-er aanwezig zijn" and "maximaal 6
 * mensen" in the crisis team (the same as the values the SDK ships, which come from the seed).
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/calamiteiten';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen.map((b) => [b.regelId, b.oordeel]); //=> [['calamiteiten.aangifte.altijdBijMisdrijf', 'strenger'], ['calamiteiten.medisch.bigDoorPersoneel', 'strenger'], ['calamiteiten.bhv.minimumAanwezig', 'gelijk'], ['calamiteiten.crisisteam.maxLeden', 'gelijk']]
 * ```
 */
export const SEED_2018_BELEID: Beleid = {
  id: 'seed-2018',
  naam: 'Veiligheidsplan 2018: Calamiteiten',
  bron: SEED_CALAMITEITENPROTOCOL,
  waarden: {
    'calamiteiten.aangifte.altijdBijMisdrijf': {
      waarde: true,
      bron: SEED_CALAMITEITENPROTOCOL,
      toelichting:
        'In geval van misdrijven jegens kinderen en/of personeel wordt er te allen tijde aangifte gedaan bij de politie.',
    },
    'calamiteiten.medisch.bigDoorPersoneel': {
      waarde: false,
      bron: SEED_STANDPUNT_BESTUUR,
      toelichting:
        'Het college van bestuur vindt dat personeelsleden geen medische handelingen mogen uitvoeren (Bijlage 12).',
    },
    'calamiteiten.bhv.minimumAanwezig': {
      waarde: 1,
      bron: SEED_BHV,
      toelichting: 'Er moet altijd een BHV-er in een schoolgebouw aanwezig zijn.',
    },
    'calamiteiten.crisisteam.maxLeden': {
      waarde: 6,
      bron: SEED_CRISISTEAM,
      toelichting: 'Om de slagkracht van het crisisteam niet te verzwakken nemen maximaal 6 mensen deel.',
    },
  },
};

/**
 * Compares a policy with the rules as this package ships them today, at `peildatum`: kern's `controleerBeleid`
 * with {@link CALAMITEITEN_REGELS}. Stricter is allowed; laxer or incomparable values are reported with both
 * sources. Throws `BELEID_ONGELDIG` when `beleid` is not a policy, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/calamiteiten';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').conform; //=> true
 * ```
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [CALAMITEITEN_REGELS]);
}
