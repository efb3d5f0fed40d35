// The zod building blocks the package's schemas share (letters, the schoolpleinverbod, dossier events and
// header, the verwijdering preconditions). Functions, not constants: each schema builds its own pieces inside
// its `@__PURE__` initialiser, so importing a calculator never pulls in zod.
import * as z from 'zod/v4';

/** Free text a vendor fills in (reasons, measures, motivation): checked for presence only, never echoed. */
export function vrijeTekstSchema(description: string) {
  return z.string().trim().min(1).meta({ description });
}

/** A role id (`leerling-1`, `ouder-1`, `school-2`): never a name. */
export function rolIdSchema() {
  return z.string().regex(/^[a-z]+-[0-9a-z-]+$/, { message: 'rol-id' });
}

/** Whether the school is openbaar or bijzonder; the description says which law applies to it. */
export function denominatieSchema(
  description = 'Openbaar (public law, Awb) or bijzonder (private law, WPO 63).',
) {
  return z.enum(['openbaar', 'bijzonder']).meta({ description });
}
