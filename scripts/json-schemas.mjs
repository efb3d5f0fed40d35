// The JSON Schemas of a package, generated in its build (tsup's onSuccess, tsup.config.base.ts) for vendors
// who do not run TypeScript: every export of the built package whose name ends in `Schema` (a zod schema) is
// converted with zod's own `z.toJSONSchema` (draft 2020-12, the input side: what a vendor sends) and written
// to `schemas/<naam>.json` with a stable `$id` (`urn:schoolveiligheid:<pakket>:<versie>:<naam>`), plus
// `schemas/index.json` listing them. The folder is shipped in the tarball (`files`) and exported as
// `<pakket>/schemas/*.json`; git ignores it (it is build output). scripts/schemas.test.mjs validates the
// shipped fixtures against these files with an independent validator (Ajv).
//
//   node ../../scripts/json-schemas.mjs      (from a package folder, after the ESM build)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/v4';

const map = process.cwd();
const pkg = JSON.parse(readFileSync(join(map, 'package.json'), 'utf8'));
const pakket = pkg.name.replace(/^@schoolveiligheid\//, '');
const module = await import(pathToFileURL(join(map, 'dist', 'index.js')).href);
const isZod = (w) => typeof w === 'object' && w !== null && '_zod' in w;

const uit = join(map, 'schemas');
rmSync(uit, { recursive: true, force: true });
const lijst = [];
for (const [naam, schema] of Object.entries(module).sort(([a], [b]) => a.localeCompare(b))) {
  if (!naam.endsWith('Schema') || !isZod(schema)) continue;
  const $id = `urn:schoolveiligheid:${pakket}:${pkg.version}:${naam}`;
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  mkdirSync(uit, { recursive: true });
  writeFileSync(join(uit, `${naam}.json`), `${JSON.stringify({ ...json, $id }, null, 2)}\n`);
  lijst.push({ naam, $id, bestand: `schemas/${naam}.json`, omschrijving: json.description ?? '' });
}
if (lijst.length > 0)
  writeFileSync(
    join(uit, 'index.json'),
    `${JSON.stringify({ pakket: pkg.name, versie: pkg.version, schemas: lijst }, null, 2)}\n`,
  );
console.log(`json-schemas: ${pkg.name}: ${lijst.length} schemas in schemas/`);
