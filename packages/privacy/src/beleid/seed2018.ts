import {
  type Beleid,
  type BeleidsControle,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import { SEED_2018, SEED_PRIVACYREGLEMENT_15, SEED_VERWERKING } from '../bronnen/bronnen.js';
import { PRIVACY_REGELS } from '../regels/regels.js';

/**
 * The 2018 seed veiligheidsplan as a policy preset: only the seed's own values, by rule id, each with the
 * section it comes from: the answer term of 4 weeks plus 4 weeks and the EUR 25 inzage fee (Privacyreglement
 * art. 15), 5 years for the leerlingdossier, the yearly review of roles and renewal of passwords (Verwerking
 * leerlinggegevens).
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/privacy';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen.map((b) => [b.regelId, b.oordeel]); //=> [['privacy.verzoek.antwoordtermijn', 'afwijkend'], ['privacy.verzoek.verlenging', 'afwijkend'], ['privacy.kosten.inzage', 'soepeler'], ['privacy.bewaren.leerlingdossier', 'soepeler'], ['privacy.toegang.rollenHerbeoordeling', 'aanvulling'], ['privacy.toegang.wachtwoordVernieuwing', 'aanvulling']]
 * ```
 */
export const SEED_2018_BELEID: Beleid = {
  id: 'seed-2018',
  naam: 'Veiligheidsplan 2018: Privacyreglement en Verwerking leerlinggegevens',
  bron: SEED_2018,
  waarden: {
    'privacy.verzoek.antwoordtermijn': {
      waarde: { aantal: 4, eenheid: 'weken' }, // geen-rechtsgetal: the seed's own term (policy, not law)
      bron: SEED_PRIVACYREGLEMENT_15,
      toelichting: 'Art. 15.2: binnen 4 weken na ontvangst (Wbp-termijn).',
    },
    'privacy.verzoek.verlenging': {
      waarde: { aantal: 4, eenheid: 'weken' }, // geen-rechtsgetal: the seed's own term
      bron: SEED_PRIVACYREGLEMENT_15,
      toelichting: 'Art. 15.2: verlengen met maximaal 4 weken.',
    },
    'privacy.kosten.inzage': {
      waarde: { centen: 2500, valuta: 'EUR' }, // geen-rechtsgetal: the seed's fee (Wbp era), not law
      bron: SEED_PRIVACYREGLEMENT_15,
      toelichting: 'Art. 15.1 a: kostprijs van maximaal EUR 25; onder de AVG is inzage kosteloos.',
    },
    'privacy.bewaren.leerlingdossier': {
      waarde: { aantal: 60, eenheid: 'maanden' }, // geen-rechtsgetal: the seed's 5 years
      bron: SEED_VERWERKING,
      toelichting: 'Bewaartermijn leerlinggegevens: na uitschrijving na 5 jaar vernietigd.',
    },
    'privacy.toegang.rollenHerbeoordeling': {
      waarde: { aantal: 12, eenheid: 'maanden' }, // geen-rechtsgetal: "jaarlijks gecontroleerd"
      bron: SEED_VERWERKING,
      toelichting: 'Toegang tot leerlinggegevens: de toegekende rollen worden jaarlijks gecontroleerd.',
    },
    'privacy.toegang.wachtwoordVernieuwing': {
      waarde: { aantal: 12, eenheid: 'maanden' }, // geen-rechtsgetal: "jaarlijks vernieuwd"
      bron: SEED_VERWERKING,
      toelichting: 'Toegangsbeveiliging: inloggegevens worden jaarlijks vernieuwd.',
    },
  },
};

/**
 * Compares a policy (a stored `Beleid`, also of the pre-0.2 shape) with the law as this package ships it today,
 * at `peildatum`: kern's `controleerBeleid` with {@link PRIVACY_REGELS}. Stricter than the law is allowed; laxer
 * or incomparable values (4 weeks against 1 month) are reported with both sources. Throws `BELEID_ONGELDIG` when
 * `beleid` is not a policy, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/privacy';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').conform; //=> false
 * ```
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [PRIVACY_REGELS]);
}
