import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** The version of the package being built, for the receipt (`Verantwoording`) on every answer. */
const versie = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string })
  .version;

const gedeeld: Options = {
  entry: ['src/index.ts'],
  dts: true,
  sourcemap: true,
  // dist is cleaned once below: two configs that clean in parallel delete each other's output
  clean: false,
  treeshake: true,
  target: 'node20',
  define: { __PAKKET_VERSIE__: JSON.stringify(versie) },
};

/** After the ESM build: the JSON Schemas of the exported zod schemas, for vendors in other languages. */
async function schrijfJsonSchemas(): Promise<void> {
  const script = join(process.cwd(), '..', '..', 'scripts', 'json-schemas.mjs');
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`json-schemas failed (exit ${r.status})`);
}

/**
 * The build every package shares: one entry, ESM and CommonJS with type declarations for both.
 * Dependencies and peer dependencies (zod) stay external in both builds, with one exception: dinero.js is
 * ESM-only, so the CommonJS build bundles it (a `require` of kern then never loads an ES module), while the
 * ESM build imports it.
 */
export default defineConfig(() => {
  rmSync(join(process.cwd(), 'dist'), { recursive: true, force: true });
  return [
    { ...gedeeld, format: ['esm'], onSuccess: schrijfJsonSchemas },
    { ...gedeeld, format: ['cjs'], noExternal: [/^dinero\.js(?:\/|$)/] },
  ];
});
