import {
  type Beleid,
  type BeleidsControle,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import {
  SEED_2018,
  SEED_BEGRIPPEN,
  SEED_EXTERNE_MELDING,
  SEED_GEEN_ONDERZOEK,
  SEED_INTERNE_MELDING,
  SEED_STANDPUNT,
  SEED_VASTLEGGEN,
  SEED_VERTROUWELIJKHEID,
} from '../bronnen/bronnen.js';
import { KLOKKENLUIDER_REGELS } from '../regels/regels.js';

/**
 * The seed's Klokkenluidersregeling (the 2016 model in the 2018 veiligheidsplan) as a policy preset: only its
 * own values, by rule id, each with the article it comes from. It lacks the acknowledgement, the 3-month cap,
 * the register and the designated officials (laxer: reported); it requires an internal report before going
 * outside (art. 9: conflicts with the Wbk); it keeps the identity confidential unless the reporter consents
 * *in writing* and opens the procedure to former workers and work outside employment (stricter: allowed); it
 * sets its own terms of two weeks (no investigation) and six weeks (standpunt), which the Wbk does not set.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/klokkenluider';
 * const c = controleerBeleid(SEED_2018_BELEID, '2026-12-02');
 * c.conform; //=> false
 * c.bevindingen.find((b) => b.regelId === 'klokkenluider.extern.eerstInternMelden')?.oordeel; //=> 'afwijkend'
 * c.bevindingen.find((b) => b.regelId === 'klokkenluider.identiteit.schriftelijkeToestemming')?.oordeel; //=> 'strenger'
 * ```
 */
export const SEED_2018_BELEID: Beleid = {
  id: 'seed-2018',
  naam: 'Veiligheidsplan 2018: Klokkenluidersregeling (model 2016)',
  bron: SEED_2018,
  waarden: {
    'klokkenluider.ontvangst.bevestigingVerplicht': {
      waarde: false,
      bron: SEED_VASTLEGGEN,
      toelichting:
        'De regeling legt de melding vast en geeft een afschrift, maar kent geen ontvangstbevestiging.',
    },
    'klokkenluider.terugkoppeling.begrensd': {
      waarde: false,
      bron: SEED_STANDPUNT,
      toelichting: 'Standpunt binnen zes weken, of een gemotiveerde latere termijn zonder maximum.',
    },
    'klokkenluider.procedure.register': {
      waarde: false,
      bron: SEED_VASTLEGGEN,
      toelichting: 'De regeling kent geen register van meldingen.',
    },
    'klokkenluider.procedure.aangewezenFunctionarissen': {
      waarde: false,
      bron: SEED_INTERNE_MELDING,
      toelichting:
        'Melden bij iedere hogere leidinggevende of de toezichthouder; geen aangewezen onafhankelijke functionaris.',
    },
    'klokkenluider.extern.eerstInternMelden': {
      waarde: true,
      bron: SEED_EXTERNE_MELDING,
      toelichting: 'Extern melden na een interne melding, of direct alleen in de genoemde gevallen.',
    },
    'klokkenluider.identiteit.schriftelijkeToestemming': {
      waarde: true,
      bron: SEED_VERTROUWELIJKHEID,
      toelichting: 'Geen bekendmaking zonder uitdrukkelijke schriftelijke instemming van de melder.',
    },
    'klokkenluider.procedure.openVoorNietWerknemers': {
      waarde: true,
      bron: SEED_BEGRIPPEN,
      toelichting: 'Werknemer omvat wie arbeid heeft verricht en wie anders dan uit dienstbetrekking werkt.',
    },
    'klokkenluider.onderzoek.geenOnderzoekTermijn': {
      waarde: { aantal: 2, eenheid: 'weken' },
      bron: SEED_GEEN_ONDERZOEK,
    },
    'klokkenluider.standpunt.termijn': {
      waarde: { aantal: 6, eenheid: 'weken' },
      bron: SEED_STANDPUNT,
    },
  },
};

/**
 * Compares a policy (a stored `Beleid`, also of the pre-0.2 shape) with the law as this package ships it
 * today, at `peildatum`: kern's `controleerBeleid` with this package's registry. Stricter than the law is
 * allowed; laxer or conflicting values are reported with both sources; the regeling's own terms are
 * `aanvulling`. Throws `BELEID_ONGELDIG` when `beleid` is not a policy, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/klokkenluider';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen.filter((b) => b.oordeel === 'soepeler').length; //=> 4
 * ```
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [KLOKKENLUIDER_REGELS]);
}
