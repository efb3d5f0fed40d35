// Type tests: checked by `tsc --noEmit`. Each @ts-expect-error must be an error.
import { type SchorsingDossier, verwerk, verwerkJson } from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';

declare const d: SchorsingDossier;

// A misspelled event type is a compile error on the typed entry.
verwerk(d, {
  // @ts-expect-error 'schorsing-besloot' is not an event type
  type: 'schorsing-besloot',
  datum: '2025-12-17',
  ingangsdatum: '2025-12-18',
  duur: { aantal: 5, eenheid: 'schooldagen' },
});

// So is a missing field of a known event type.
// @ts-expect-error ingangsdatum is missing
verwerk(d, { type: 'schorsing-besloten', datum: '2025-12-17', duur: { aantal: 5, eenheid: 'schooldagen' } });

// And a role that is not a participant.
// @ts-expect-error 'schooldirecteur' is not a role id of kern (the role is 'directeur')
verwerk(d, { type: 'gesprek', datum: '2025-12-16', onderwerp: 'schorsing', deelnemers: ['schooldirecteur'] });

// The raw-JSON entry takes anything: it validates at run time.
verwerkJson(d, { type: 'schorsing-besloot' });

export const goed: Gebeurtenis = {
  type: 'schorsing-besloten',
  datum: '2025-12-17',
  ingangsdatum: '2025-12-18',
  duur: { aantal: 5, eenheid: 'schooldagen' },
};
