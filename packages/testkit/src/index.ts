/**
 * `@schoolveiligheid/testkit` (private, not published): what every package of the SDK tests with.
 *
 * - {@link draaiVoorbeelden}: runs the TSDoc `@example` blocks of a package as tests.
 * - {@link configureerFastCheck}: the fast-check setup (more runs under `CI`, `FC_NUM_RUNS`, `FC_SEED`); the
 *   vitest setup file `@schoolveiligheid/testkit/vitest-setup` applies it.
 * - Generators: {@link isoDatum}, {@link tijdstip}, {@link schoolkalenderInstellingen}, {@link rolId},
 *   {@link persoonlijkeTekst} with {@link PERSOONLIJKE_MARKERS} and {@link bevatPersoonsgegevens}.
 * - Worked cases: {@link fixtureSchema}, {@link leesFixtures}, {@link draaiFixtures}.
 * - The generic dossier laws: {@link dossierWetten}, {@link vouwWetten}, {@link telVouwen}.
 * - The fuzz property of every export: {@link fuzzExports}; the JSON Schema law: {@link jsonSchemaWetten}.
 * - The scaling measurement of `npm run bench`: {@link meetSchaal}.
 *
 * @packageDocumentation
 * @module @schoolveiligheid/testkit
 */

export type { Voorbeeld } from './doctest.js';
export { draaiVoorbeelden, exportsZonderVoorbeeld, naarUitvoerbaar, voorbeeldenUit } from './doctest.js';
export type { FastCheckInstellingen } from './fastcheck/instellingen.js';
export { configureerFastCheck, fastCheckInstellingen, STANDAARD_RUNS } from './fastcheck/instellingen.js';
export type { DraaiOpties, Fixture } from './fixtures/fixtures.js';
export { draaiFixtures, fixtureSchema, leesFixtures } from './fixtures/fixtures.js';
export type { DatumBereik, TijdstipOpties } from './generatoren/datum.js';
export {
  amsterdamOffsetMinuten,
  datumVanDagnummer,
  isoDatum,
  metOffset,
  schoolkalenderBereik,
  GENERATOREN_VANAF,
  schooljarenBereik,
  tijdstip,
  zomertijdWissels,
} from './generatoren/datum.js';
export type { SchoolkalenderOpties } from './generatoren/kalender.js';
export { schoolkalenderInstellingen } from './generatoren/kalender.js';
export {
  alleTeksten,
  bevatPersoonsgegevens,
  gevondenPersoonsgegevens,
  isElfproef,
  metPersoonlijkeTekst,
  nepBsn,
  PERSOONLIJKE_MARKERS,
  persoonlijkeTekst,
} from './generatoren/persoonlijk.js';
export type { RolOpties } from './generatoren/rol.js';
export { rolId } from './generatoren/rol.js';
export type { DossierWettenOpties, GeteldeProcedure, VouwWettenOpties } from './wetten/dossierwetten.js';
export { dossierWetten, isSdkFout, telVouwen, vouwWetten } from './wetten/dossierwetten.js';
export type { FuzzOpties } from './fuzz/fuzz.js';
export { FUZZ_MARKERS, fuzzExports, fuzzWaarde, zwareInvoer } from './fuzz/fuzz.js';
export { jsonSchemaWetten, schemasVan } from './schema/jsonschema.js';
export type { SchaalOpties, SchaalRij, SchaalUitkomst } from './bench/schaal.js';
export { bouwDossier, bouwDossierInEens, meetSchaal, vasteReeks } from './bench/schaal.js';
export { foutCode } from './fout/fout.js';
export type { VoorbeeldOpties } from './doctest.js';
