import {
  type Beleid,
  type BeleidsControle,
  bevries,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import { PESTPROTOCOL_BRONNEN as B, SEED_2018 } from '../bronnen/bronnen.js';
import { PESTPROTOCOL_REGELS } from '../regels/regels.js';

/**
 * The 2018 seed veiligheidsplan as a policy preset: only the seed's own values, by rule id, each with the
 * section it comes from. The seed splits the WPO 4c tasks (the interne contactpersoon is the aanspreekpunt
 * pesten and "niet dezelfde als de veiligheidscoördinator"), which the literal reading of "bij een persoon"
 * does not allow: the check reports it with both sources.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/pestprotocol';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen.map((b) => [b.regelId, b.oordeel]); //=> [['pestprotocol.taken.bijEenPersoon', 'soepeler'], ['pestprotocol.monitoring.perSchooljaar', 'gelijk'], ['pestprotocol.nazorg.controleNaTerugkeer', 'gelijk']]
 * ```
 */
export const SEED_2018_BELEID: Beleid = /* @__PURE__ */ (() =>
  bevries({
    id: 'seed-2018',
    naam: 'Veiligheidsplan 2018: Pestprotocol',
    bron: SEED_2018,
    waarden: {
      'pestprotocol.taken.bijEenPersoon': {
        waarde: false,
        bron: B.SEED_INTERNE_CONTACTPERSOON,
        toelichting:
          'De interne contactpersoon is aanspreekpunt bij pesten en "niet dezelfde als de veiligheidscoördinator", die het pestbeleid coördineert.',
      },
      'pestprotocol.monitoring.perSchooljaar': {
        waarde: 1,
        bron: B.SEED_MONITOREN,
        toelichting: '"minimaal jaarlijks" via de vragenlijsten (ten minste groep 6, 7 en 8).',
      },
      'pestprotocol.nazorg.controleNaTerugkeer': {
        waarde: { aantal: 2, eenheid: 'weken' },
        bron: B.SEED_TERUGKEER,
        toelichting:
          '"Twee weken na terugkeer moet door de directie worden onderzocht of betrokkene zich weer voldoende veilig voelt."',
      },
    },
  }))();

/**
 * Compares a policy (a stored `Beleid`) with the rules as this package ships them, at `peildatum`: kern's
 * `controleerBeleid` with {@link PESTPROTOCOL_REGELS}. Stricter is allowed; laxer or conflicting values are
 * reported with both sources. Throws `BELEID_ONGELDIG` for a non-policy, `ONGELDIGE_DATUM` for a bad date.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/pestprotocol';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').conform; //=> false
 * ```
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [PESTPROTOCOL_REGELS]);
}
