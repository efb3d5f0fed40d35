import {
  inhoudHash,
  type Kalender,
  registerVerantwoording,
  type Verantwoording,
  verantwoording,
} from '@schoolveiligheid/kern';
import { PAKKET } from '../pakket.js';
import { SCHORSING_REGELS } from './regels.js';

/** The receipt of a decision of this package: its name, version and the content hash of its rule registry. */
export function regelVerantwoording(): Verantwoording {
  return registerVerantwoording(PAKKET.naam, PAKKET.versie, SCHORSING_REGELS);
}

/**
 * The receipt of an answer that also used a school calendar (a schorsing counted in school days): the hash
 * covers the rule registry and the calendar's own content hash (vacations, feestdagen, studiedagen).
 */
export function kalenderVerantwoording(kalender: Kalender): Verantwoording {
  return verantwoording(
    PAKKET.naam,
    PAKKET.versie,
    inhoudHash({ regels: regelVerantwoording().gegevens, kalender: kalender.inhoudHash() }),
  );
}
