import type { Opdracht } from './opdracht.js';
import { datalek } from './opdrachten/datalek.js';
import { dossier } from './opdrachten/dossier.js';
import { kalender } from './opdrachten/kalender.js';
import { bezwaartermijnen, schorsing, verwijdering } from './opdrachten/schorsing.js';
import { termijn } from './opdrachten/termijn.js';

/**
 * The command table: one entry per calculator, shared by the command line (`schoolveiligheid <naam>`) and
 * the sidecar (`POST /v1/<naam>`), in the order `lijst` shows them. A package is added with one entry
 * ({@link Opdracht}: naam, omschrijving, invoerSchema, uitvoer, voerUit) and the schema of its answer in
 * `antwoorden.ts` (the OpenAPI document's `200`); a procedure on kern's kernel only needs its line in
 * {@link PROCEDURES} for `dossier`.
 *
 * @example
 * ```ts
 * import { OPDRACHTEN } from '@schoolveiligheid/cli';
 * OPDRACHTEN.map((o) => o.naam); //=> ['termijn', 'kalender', 'datalek', 'schorsing', 'bezwaartermijnen', 'verwijdering', 'dossier']
 * ```
 */
export const OPDRACHTEN: readonly Opdracht[] = /* @__PURE__ */ Object.freeze([
  termijn,
  kalender,
  datalek,
  schorsing,
  bezwaartermijnen,
  verwijdering,
  dossier,
]);
