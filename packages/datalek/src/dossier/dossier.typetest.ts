// Type tests: checked by `tsc --noEmit` (not run by vitest). Each @ts-expect-error must be an error.
import type { Tijdstip } from '@schoolveiligheid/kern';
import type { DatalekDossier, Gebeurtenis } from '../index.js';
import { openTermijnen, verwerk, verwerkJson } from '../index.js';

declare const d: DatalekDossier;
const tijdstip: Tijdstip = '2026-11-23T10:00:00+01:00';

// A misspelled event type is a compile error on the typed entry.
// @ts-expect-error 'geslotenn' is not an event type
verwerk(d, { type: 'geslotenn', tijdstip, door: { rol: 'directeur', id: 'directeur' } });

// A role name of release 0.1 is a compile error too: roles are kern's ids.
// @ts-expect-error 'schooldirecteur' became 'directeur'
verwerk(d, { type: 'gesloten', tijdstip, door: { rol: 'schooldirecteur', id: 'directeur' } });

// A role that may not do this step (a pupil closing the dossier) does not compile.
// @ts-expect-error only the directeur or the privacyfunctionaris closes a dossier
verwerk(d, { type: 'gesloten', tijdstip, door: { rol: 'leerling', id: 'leerling-1' } });

// The raw-JSON entry takes anything: it validates (and upcasts) at run time.
verwerkJson(d, { type: 'geslotenn' });

// An hour term needs an instant, not a date.
// @ts-expect-error '2026-11-23' is an IsoDatum, not a Tijdstip
openTermijnen(d, '2026-11-23');

// Term and step codes are closed unions.
const code: 'ANALYSE' | 'MELDING_AP' | 'KENNISGEVING_BETROKKENEN' | undefined = openTermijnen(d, tijdstip)[0]
  ?.code;

export const goed: Gebeurtenis = { type: 'gesloten', tijdstip, door: { rol: 'directeur', id: 'directeur' } };
export { code };
