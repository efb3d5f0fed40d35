/**
 * `@schoolveiligheid/cli`: the SDK for back ends in any language. The command line `schoolveiligheid
 * <opdracht>` (JSON on stdin or as options, JSON on stdout, `--uitleg` for the reasons as text) and the HTTP
 * sidecar `schoolveiligheid serve` (`POST /v1/<opdracht>`, `GET /openapi.json`, `GET /health`) answer from
 * one command table.
 *
 * - The table: {@link OPDRACHTEN} (one {@link Opdracht} per calculator) and {@link PROCEDURES} (the dossiers
 *   `dossier` reads); {@link lijst} gives their input schemas.
 * - Pure cores: {@link voerUit} (one command, JSON in, JSON out), {@link draaiCli} (the command line),
 *   {@link behandel} (one HTTP request), {@link uitleg} (an answer as readable Dutch text).
 * - The server: {@link maakServer}; its document: {@link openApiDocument}.
 * - Codes: {@link CLI_CODES}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/cli
 */

export type { CliOpties, CliUitkomst } from './cli.js';
export { draaiCli } from './cli.js';
export type { CliProbleemCode } from './codes.js';
export { CLI_CODES } from './codes.js';
export { openApiDocument } from './openapi.js';
export type { MetNu, Opdracht } from './opdracht.js';
export type { DossierProcedure } from './opdrachten/dossier.js';
export { PROCEDURES } from './opdrachten/dossier.js';
export { PAKKET } from './pakket.js';
export type { JsonSchema } from './schema.js';
export type { HttpAntwoord, ServerOpties, Verzoek } from './server.js';
export { behandel, MAX_LICHAAM, maakServer } from './server.js';
export { OPDRACHTEN } from './tabel.js';
export { uitleg } from './uitleg.js';
export type { OpdrachtBeschrijving, Uitkomst, VoerUitOpties } from './uitvoering.js';
export { lijst, voerUit } from './uitvoering.js';
