// Runs a package's tests under three time zones, so an answer never depends on the machine's zone
// (GUIDE.md section 8): `vitest run` once with TZ=Europe/Amsterdam, once with TZ=UTC and once with
// TZ=Pacific/Kiritimati (UTC+14, the date differs from Amsterdam's for half of each day).
//
// Plain Node, no shell syntax, so the package script `node ../../scripts/test-tijdzones.mjs` runs the same
// on Windows, macOS and Linux. Run it from a package directory; extra arguments go to vitest
// (`node ../../scripts/test-tijdzones.mjs src/termijn`). Every zone runs even when an earlier one fails; the
// output streams as it comes, then one summary line per zone. Exit code 1 when any run failed.
//
// TIJDZONES=UTC,Asia/Tokyo overrides the zones (comma separated).
//
// The counts of each zone (vitest's json reporter) are written to `.testuitkomst/samenvatting.json` in the
// package (a turbo output, so a cached run restores it); `scripts/test-totaal.mjs` adds them up into the one
// total line `npm test` ends with.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

const ZONES = (process.env.TIJDZONES ?? 'Europe/Amsterdam,UTC,Pacific/Kiritimati')
  .split(',')
  .map((z) => z.trim())
  .filter(Boolean);

/** vitest's command-line entry, found from the working directory up (npm hoists it to the repository root). */
function vitestBin(vanaf) {
  for (let map = vanaf; ; map = dirname(map)) {
    const pkg = join(map, 'node_modules', 'vitest', 'package.json');
    if (existsSync(pkg)) {
      const { bin } = JSON.parse(readFileSync(pkg, 'utf8'));
      return join(dirname(pkg), typeof bin === 'string' ? bin : bin.vitest);
    }
    if (map === parse(map).root) throw new Error(`vitest is not installed above ${vanaf}; run npm ci first.`);
  }
}

for (const zone of ZONES) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    console.error(`test-tijdzones: unknown time zone ${JSON.stringify(zone)}.`);
    process.exit(2);
  }
}

const bin = vitestBin(process.cwd());
const extra = process.argv.slice(2);
const uitkomstMap = join(process.cwd(), '.testuitkomst');
rmSync(uitkomstMap, { recursive: true, force: true });
mkdirSync(uitkomstMap, { recursive: true });

/** The counts of one zone's run from vitest's json report; absent when the run wrote none. */
function tellingen(bestand) {
  if (!existsSync(bestand)) return undefined;
  const j = JSON.parse(readFileSync(bestand, 'utf8'));
  return {
    geslaagd: j.numPassedTests,
    mislukt: j.numFailedTests,
    overgeslagen: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
  };
}

const uitkomsten = [];
for (const zone of ZONES) {
  console.log(`\n=== vitest run, TZ=${zone} ===\n`);
  const start = Date.now();
  const rapport = join(uitkomstMap, `${zone.replaceAll('/', '_')}.json`);
  const r = spawnSync(
    process.execPath,
    [bin, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${rapport}`, ...extra],
    { stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  const seconden = ((Date.now() - start) / 1000).toFixed(1);
  const status = r.error
    ? `could not start (${r.error.message})`
    : r.status === 0
      ? 'ok'
      : `FAILED (exit ${r.status ?? r.signal})`;
  const telling = tellingen(rapport);
  uitkomsten.push({
    zone,
    ok: !r.error && r.status === 0,
    telling,
    regel: `TZ=${zone.padEnd(20)} ${status} in ${seconden} s${telling ? `: ${telling.geslaagd} passed, ${telling.mislukt} failed` : ''}`,
  });
}

const pakket = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).name;
writeFileSync(
  join(uitkomstMap, 'samenvatting.json'),
  `${JSON.stringify({ pakket, zones: uitkomsten.map(({ zone, ok, telling }) => ({ zone, ok, ...telling })) }, null, 2)}\n`,
);
console.log('\ntest-tijdzones:');
for (const u of uitkomsten) console.log(`  ${u.regel}`);
process.exit(uitkomsten.every((u) => u.ok) ? 0 : 1);
