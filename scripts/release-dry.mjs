// `npm run release:dry`: what each published package would put on npm, without publishing. Runs
// `npm pack --dry-run --json` in every packages/*/ that is not private (its `prepack` copies the LICENSE in),
// lists the files per package and checks that each tarball carries what a vendor needs: LICENSE, README.md,
// package.json, the build (dist/index.js, dist/index.cjs and their types) and, when the package has them, its
// fixtures/*.json and schemas/*.json; and nothing from src/ or tests. Exit code 1 when a file is missing or a
// source or test file would be published. Part of `npm test`.
//
//   node scripts/release-dry.mjs [--stil]     (--stil: only the summary line per package)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
const stil = process.argv.includes('--stil');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const VERPLICHT = [
  'LICENSE',
  'README.md',
  'package.json',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
];
const VERBODEN = [/^src\//, /\.test\./, /^bench\//, /^tsconfig/, /^vitest\.config/];

let fouten = 0;
for (const naam of readdirSync(join(wortel, 'packages')).sort()) {
  const map = join(wortel, 'packages', naam);
  if (!existsSync(join(map, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(map, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts=false'], {
    cwd: map,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    console.error(`${pkg.name}: npm pack failed\n${r.stderr}`);
    fouten++;
    continue;
  }
  const [uitkomst] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
  const bestanden = uitkomst.files.map((f) => f.path).sort();
  const ontbreekt = [...VERPLICHT];
  for (const sub of ['fixtures', 'schemas'])
    if (existsSync(join(map, sub)))
      for (const f of readdirSync(join(map, sub)).filter((x) => x.endsWith('.json')))
        ontbreekt.push(`${sub}/${f}`);
  const mist = ontbreekt.filter((f) => !bestanden.includes(f));
  const teVeel = bestanden.filter((f) => VERBODEN.some((v) => v.test(f)));
  console.log(
    `${pkg.name}@${pkg.version}: ${bestanden.length} files, ${(uitkomst.size / 1024).toFixed(1)} kB packed${mist.length || teVeel.length ? '' : ', complete'}`,
  );
  if (!stil) for (const f of bestanden) console.log(`  ${f}`);
  for (const f of mist) console.error(`  MISSING ${f}`);
  for (const f of teVeel) console.error(`  SHOULD NOT BE PUBLISHED ${f}`);
  fouten += mist.length + teVeel.length;
}
process.exit(fouten > 0 ? 1 : 0);
