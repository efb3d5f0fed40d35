import {
  type Beleid,
  type BeleidsControle,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import { SEED_2018, SEED_2018_24_UUR } from '../bronnen/bronnen.js';
import { MONITORING_REGELS } from '../regels/regels.js';
import type { SchoolMonitoring } from '../planning/planning.js';

/**
 * The 2018 seed veiligheidsplan as a policy preset, by rule id: monitoring at least yearly ("minimaal
 * jaarlijks"), the list for more than 3 workdays, no delivery to the inspectie (the 2018 plan communicates the
 * results to team, Vensters, schoolgids and website only: laxer than WPO art. 4c lid 4 today), and hospital
 * admission only "binnen 24 uur" (Protocol agressie en geweld; not in Arbowet art. 9: laxer).
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/monitoring';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen.map((b) => [b.regelId, b.oordeel]); //=> [['monitoring.monitor.afnamesPerSchooljaar', 'gelijk'], ['monitoring.monitor.aanleveringInspectie', 'soepeler'], ['monitoring.arbowet.elkeOpnameMeldplichtig', 'soepeler'], ['monitoring.arbowet.registerVerzuimWerkdagen', 'gelijk']]
 * ```
 */
export const SEED_2018_BELEID: Beleid = {
  id: 'seed-2018',
  naam: 'Veiligheidsplan 2018: Monitoren en incidenten',
  bron: SEED_2018,
  waarden: {
    'monitoring.monitor.afnamesPerSchooljaar': {
      waarde: 1,
      bron: SEED_2018,
      toelichting: 'Monitoren: "minimaal jaarlijks getoetst".',
    },
    'monitoring.monitor.aanleveringInspectie': {
      waarde: false,
      bron: SEED_2018,
      toelichting:
        'Ritme van monitoren: communiceren met team, Vensters PO, schoolgids, website; geen aanlevering aan de inspectie.',
    },
    'monitoring.arbowet.elkeOpnameMeldplichtig': {
      waarde: false,
      bron: SEED_2018_24_UUR,
      toelichting: '"opname in een ziekenhuis binnen 24 uur na het ongeval".',
    },
    'monitoring.arbowet.registerVerzuimWerkdagen': {
      waarde: 3,
      bron: SEED_2018,
      toelichting: 'Incidenten op school: "verzuim van meer dan drie werkdagen".',
    },
  },
};

/**
 * The seed's monitoring rhythm ("Ritme van monitoren") as settings for `monitoringsplanning`: the pupil monitor
 * in February, the staff monitor and the RI&E every two years (the last quickscan in March 2017). Add the
 * school's own id and what was done.
 *
 * @example
 * ```ts
 * import { SEED_2018_RITME } from '@schoolveiligheid/monitoring';
 * SEED_2018_RITME.rie?.intervalMaanden; //=> 24
 * ```
 */
export const SEED_2018_RITME: Omit<SchoolMonitoring, 'id'> = {
  afnamemaand: 2,
  personeelsmonitor: { laatsteOp: '2017-03-31', intervalMaanden: 24 },
  rie: { laatsteOp: '2017-03-31', intervalMaanden: 24 },
};

/**
 * Compares a policy with the law as this package ships it today, at `peildatum` (kern's `controleerBeleid`
 * with {@link MONITORING_REGELS}). Stricter is allowed; laxer or incomparable values are reported with both
 * sources. Throws `BELEID_ONGELDIG` when `beleid` is not a policy, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/monitoring';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').conform; //=> false
 * ```
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [MONITORING_REGELS]);
}
