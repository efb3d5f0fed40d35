import { registerVerantwoording, type Verantwoording } from '@schoolveiligheid/kern';
import { PAKKET } from '../pakket.js';
import { MELDCODE_REGELS } from './regels.js';

/** The receipt of a decision of this package: its name, version and the content hash of its rule registry. */
export function regelVerantwoording(): Verantwoording {
  return registerVerantwoording(PAKKET.naam, PAKKET.versie, MELDCODE_REGELS);
}
