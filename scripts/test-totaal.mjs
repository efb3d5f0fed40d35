// The last line of `npm test`: the vitest counts of every package (each run under three time zones by
// scripts/test-tijdzones.mjs, which writes packages/<p>/.testuitkomst/samenvatting.json) added up, one line
// per package and one total line. A package with its own runner (the playground's browser test, node --test)
// is named, and its result is in turbo's output above (a failure there stops npm test before this line). Exit code 1 when a package has no summary (its tests did not run) or a
// count of failures.
//
//   node scripts/test-totaal.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
const pakketten = readdirSync(join(wortel, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(wortel, 'packages', d.name, 'package.json')))
  .map((d) => d.name)
  .sort();

let geslaagd = 0;
let mislukt = 0;
let overgeslagen = 0;
let zonder = 0;
console.log('\nTests per package (vitest; passed / failed / skipped, summed over the time zones):');
for (const p of pakketten) {
  const pkg = JSON.parse(readFileSync(join(wortel, 'packages', p, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  if (!/test-tijdzones/.test(pkg.scripts.test)) {
    console.log(`  ${p.padEnd(18)} own runner (${pkg.scripts.test}): its result is above`);
    continue;
  }
  const bestand = join(wortel, 'packages', p, '.testuitkomst', 'samenvatting.json');
  if (!existsSync(bestand)) {
    zonder++;
    console.log(`  ${p.padEnd(18)} no summary (did its tests run?)`);
    continue;
  }
  const { zones } = JSON.parse(readFileSync(bestand, 'utf8'));
  const som = (k) => zones.reduce((n, z) => n + (z[k] ?? 0), 0);
  geslaagd += som('geslaagd');
  mislukt += som('mislukt') + zones.filter((z) => !z.ok && !z.mislukt).length;
  overgeslagen += som('overgeslagen');
  console.log(
    `  ${p.padEnd(18)} ${String(som('geslaagd')).padStart(6)} / ${som('mislukt')} / ${som('overgeslagen')}  (${zones.length} zones)`,
  );
}
console.log(
  `\nnpm test: ${geslaagd} passed, ${mislukt} failed, ${overgeslagen} skipped${zonder ? `, ${zonder} packages without a summary` : ''}`,
);
process.exit(mislukt > 0 || zonder > 0 ? 1 : 0);
