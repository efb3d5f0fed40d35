// Tests of the package generator (scripts/nieuw-pakket.mjs). Run: `node --test scripts/*.test.mjs` (part of
// the root `npm test`). The generator writes into a temporary copy of the files it wires (--doel), never into
// the real packages/ folder; the generated sources are then type-checked with the repository's TypeScript,
// linted with its biome and, when kern is built and the test kit linked, tested with its vitest.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
const generator = join(wortel, 'scripts', 'nieuw-pakket.mjs');
const NAAM = 'proef-regeling';
const NPM = `@schoolveiligheid/${NAAM}`;

/** Runs the generator; returns its exit code and output. */
function genereer(...args) {
  const r = spawnSync(process.execPath, [generator, ...args], { encoding: 'utf8' });
  return { status: r.status, uitvoer: `${r.stdout}${r.stderr}` };
}

/** Every file under `map`, relative to it, with / as separator. */
function bestandenOnder(map) {
  return readdirSync(map, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) =>
      relative(map, join(e.parentPath ?? e.path, e.name))
        .split('\\')
        .join('/'),
    )
    .sort();
}

let doel;
let pakket;
const lees = (pad) => readFileSync(join(pakket, pad), 'utf8');

before(() => {
  doel = mkdtempSync(join(tmpdir(), 'nieuw-pakket-'));
  // the files the generator wires, and what the generated package's config files point to
  for (const pad of [
    'typedoc.json',
    'README.md',
    'biome.json',
    'tsconfig.base.json',
    'tsup.config.base.ts',
    'vitest.shared.ts',
  ]) {
    cpSync(join(wortel, pad), join(doel, pad));
  }
  for (const pad of ['scripts/size-budgets.json', 'examples/demo.ts']) {
    mkdirSync(dirname(join(doel, pad)), { recursive: true });
    cpSync(join(wortel, pad), join(doel, pad));
  }
  mkdirSync(join(doel, 'packages'));
  // dependencies resolve through the repository's node_modules; the shared vitest config finds the kit's setup
  symlinkSync(join(wortel, 'node_modules'), join(doel, 'node_modules'), 'junction');
  symlinkSync(join(wortel, 'packages', 'testkit'), join(doel, 'packages', 'testkit'), 'junction');
  const r = genereer(
    NAAM,
    '--doel',
    doel,
    '--omschrijving',
    'Een proefregeling voor de test van de generator.',
  );
  assert.equal(r.status, 0, r.uitvoer);
  pakket = join(doel, 'packages', NAAM);
});

after(() => {
  if (doel) rmSync(doel, { recursive: true, force: true });
});

describe('nieuw-pakket', () => {
  test('writes the house anatomy', () => {
    assert.deepEqual(bestandenOnder(pakket), [
      'README.md',
      'bench/schaal.bench.ts',
      'fixtures/voorbeeld.json',
      'package.json',
      'src/beleid/seed2018.ts',
      'src/bronnen/bronnen.ts',
      'src/codes/codes.ts',
      'src/dossier/procedure.prop.test.ts',
      'src/dossier/procedure.test.ts',
      'src/dossier/procedure.ts',
      'src/fuzz.test.ts',
      'src/index.ts',
      'src/pakket.ts',
      'src/regels/regels.ts',
      'src/schemas.test.ts',
      'src/voorbeelden.test.ts',
      'tsconfig.json',
      'tsup.config.ts',
      'vitest.config.ts',
    ]);
    assert.ok(existsSync(join(doel, 'docs', `${NAAM}.md`)));
    assert.ok(existsSync(join(doel, 'examples', `${NAAM}.ts`)));
  });

  test('package.json has the fields, scripts and exports of the other packages', () => {
    const pkg = JSON.parse(lees('package.json'));
    const kern = JSON.parse(readFileSync(join(wortel, 'packages', 'kern', 'package.json'), 'utf8'));
    const datalek = JSON.parse(readFileSync(join(wortel, 'packages', 'datalek', 'package.json'), 'utf8'));
    assert.equal(pkg.name, NPM);
    assert.equal(pkg.description, 'Een proefregeling voor de test van de generator.');
    assert.equal(pkg.private, undefined);
    for (const veld of [
      'license',
      'type',
      'sideEffects',
      'engines',
      'main',
      'module',
      'types',
      'exports',
      'publishConfig',
    ])
      assert.deepEqual(pkg[veld], datalek[veld], veld);
    assert.deepEqual(Object.keys(pkg.scripts).sort(), Object.keys(datalek.scripts).sort());
    assert.equal(pkg.scripts.test, 'node ../../scripts/test-tijdzones.mjs');
    for (const script of Object.values(pkg.scripts)) assert.doesNotMatch(script, /\b[A-Z_]+=|\$|`|;/, script);
    assert.deepEqual(pkg.files, ['dist', 'fixtures', 'schemas', 'README.md']);
    assert.deepEqual(pkg.peerDependencies, kern.peerDependencies);
    assert.equal(pkg.dependencies['@schoolveiligheid/kern'], `^${kern.version}`);
    assert.ok(pkg.devDependencies['@schoolveiligheid/testkit']);
    assert.equal(
      pkg.dependencies['@schoolveiligheid/testkit'],
      undefined,
      'the kit is a dev dependency only',
    );
  });

  test('the sources have the essentials: curated index, version constant, registry, preset, procedure, codes', () => {
    const index = lees('src/index.ts');
    const zonderCommentaar = index.replace(/\/\*\*[\s\S]*?\*\//g, '').trim();
    for (const regel of zonderCommentaar.split(/;\n/))
      assert.match(regel.trim(), /^export (type )?\{[\s\S]*\} from '\.\/[^']+\.js'/, regel);
    assert.match(index, /@packageDocumentation/);
    assert.match(lees('src/pakket.ts'), /declare const __PAKKET_VERSIE__: string \| undefined;/);
    assert.match(lees('src/pakket.ts'), /naam: '@schoolveiligheid\/proef-regeling'/);
    const regels = lees('src/regels/regels.ts');
    assert.match(regels, /id: 'proef-regeling\.aanvraag\.beslistermijn'/);
    assert.match(
      regels,
      /export const PROEF_REGELING_REGELS: RegelRegister = \/\* @__PURE__ \*\/ regelRegister\('proef-regeling', \[/,
    );
    assert.match(lees('src/bronnen/bronnen.ts'), /bron\('awb', \{/);
    const seed = lees('src/beleid/seed2018.ts');
    assert.match(seed, /export const SEED_2018_BELEID: Beleid = \{/);
    assert.match(seed, /waarden: \{\s+'proef-regeling\.aanvraag\.beslistermijn': \{/);
    assert.match(seed, /controleerTegenRegisters\(beleid, peildatum, \[PROEF_REGELING_REGELS\]\)/);
    const procedure = lees('src/dossier/procedure.ts');
    assert.match(procedure, /export const proefRegelingProcedure = \/\* @__PURE__ \*\/ procedure</);
    assert.match(procedure, /\.meta\(\{ description:/);
    assert.match(procedure, /import \* as z from 'zod\/v4';/);
    for (const type of ['aanvraag-ontvangen', 'stuk-ontvangen', 'besluit-genomen'])
      assert.match(procedure, new RegExp(`'${type}': \\{\\s+controleer:`), type);
    assert.match(lees('src/codes/codes.ts'), /CodeCatalogus<ProefRegelingProbleemCode>/);
    assert.doesNotMatch(Object.values(bestandenOnder(pakket)).map(lees).join('\n'), /TODO/);
    assert.match(lees('src/dossier/procedure.prop.test.ts'), /dossierWetten\(proefRegelingProcedure/);
    assert.match(lees('src/dossier/procedure.test.ts'), /draaiFixtures</);
    assert.match(lees('src/voorbeelden.test.ts'), /draaiVoorbeelden\(/);
  });

  test('the fixture has the kit format and the guide stub has front matter', () => {
    const fixtures = JSON.parse(lees('fixtures/voorbeeld.json'));
    assert.ok(Array.isArray(fixtures) && fixtures.length > 0);
    for (const f of fixtures) {
      assert.deepEqual(Object.keys(f), ['naam', 'bron', 'peildatum', 'invoer', 'verwacht']);
      assert.match(f.peildatum, /^\d{4}-\d{2}-\d{2}$/);
    }
    assert.match(
      readFileSync(join(doel, 'docs', `${NAAM}.md`), 'utf8'),
      /^---\ntitle: Proef regeling\n---\n/,
    );
  });

  test('wires typedoc, the size budget, the README table and the demo', () => {
    const typedoc = JSON.parse(readFileSync(join(doel, 'typedoc.json'), 'utf8'));
    const gedekt = typedoc.entryPoints.some(
      (e) => e === `packages/${NAAM}/src/index.ts` || e === 'packages/*/src/index.ts',
    );
    assert.ok(gedekt, 'an entry point covers the package');
    assert.ok(typedoc.packagesRequiringDocumentation.includes(NPM));
    const { budgets } = JSON.parse(readFileSync(join(doel, 'scripts', 'size-budgets.json'), 'utf8'));
    const budget = budgets.find((b) => b.package === NAAM);
    assert.ok(budget && Number.isInteger(budget.gzipBytes) && budget.exports === '*');
    const readme = readFileSync(join(doel, 'README.md'), 'utf8');
    assert.match(
      readme,
      /\| \[`@schoolveiligheid\/proef-regeling`\]\(packages\/proef-regeling\/README\.md\) \| Een proefregeling/,
    );
    const demo = readFileSync(join(doel, 'examples', 'demo.ts'), 'utf8');
    assert.match(demo, /import \{ toon as proefRegeling \} from '\.\/proef-regeling\.js';/);
    assert.match(demo, /\n {2}\{ pakket: 'proef-regeling', toon: proefRegeling \},\n\];/);
    assert.match(readFileSync(join(doel, 'examples', `${NAAM}.ts`), 'utf8'), /fixtures\/voorbeeld\.json/);
  });

  test('refuses an existing package and names that are not lower-case words', () => {
    const opnieuw = genereer(NAAM, '--doel', doel);
    assert.notEqual(opnieuw.status, 0);
    assert.match(opnieuw.uitvoer, /already exists/);
    assert.match(genereer('kern', '--doel', doel).uitvoer, /already exists/);
    for (const fout of [
      'Meldcode',
      'meld_code',
      'meld code',
      '-meldcode',
      'meldcode-',
      'meld2code',
      'ab',
      '../x',
    ]) {
      const r = genereer(fout, '--doel', doel);
      assert.notEqual(r.status, 0, fout);
      assert.match(r.uitvoer, /not a package name/, fout);
      assert.ok(!existsSync(join(doel, 'packages', fout)), fout);
    }
    assert.notEqual(genereer('--doel', doel).status, 0, 'a name is required');
  });

  test('the generated sources and demo type-check with the repository TypeScript', () => {
    const tsconfig = join(doel, 'tsconfig.controle.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: join(wortel, 'tsconfig.base.json'),
        compilerOptions: {
          noEmit: true,
          typeRoots: [join(wortel, 'node_modules', '@types')],
          paths: {
            '@schoolveiligheid/kern': [join(wortel, 'packages', 'kern', 'src', 'index.ts')],
            '@schoolveiligheid/testkit': [join(wortel, 'packages', 'testkit', 'src', 'index.ts')],
            [NPM]: [join(pakket, 'src', 'index.ts')],
          },
        },
        include: [
          join(pakket, 'src', '**', '*.ts'),
          join(pakket, 'bench', '*.ts'),
          join(pakket, '*.config.ts'),
          join(doel, 'examples', `${NAAM}.ts`),
        ],
      }),
    );
    const r = spawnSync(
      process.execPath,
      [join(wortel, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', tsconfig],
      {
        encoding: 'utf8',
      },
    );
    const eigen = `${r.stdout}${r.stderr}`
      .split('\n')
      .filter((regel) => regel.includes(NAAM) || regel.includes('tsconfig.controle'));
    assert.deepEqual(eigen, [], 'type errors in the generated package');
    if (r.status !== 0)
      console.log(`# errors outside the generated package (kern or the kit being edited):\n${r.stdout}`);
  });

  test('the generated code is formatted and linted as the repository requires (biome)', () => {
    const biome = join(wortel, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
    const r = spawnSync(process.execPath, [biome, 'check', `packages/${NAAM}`, `examples/${NAAM}.ts`], {
      cwd: doel,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  });

  const kernGebouwd = existsSync(join(wortel, 'packages', 'kern', 'dist', 'index.js'));
  const kitGekoppeld = existsSync(
    join(wortel, 'node_modules', '@schoolveiligheid', 'testkit', 'package.json'),
  );
  test('the generated package passes its own tests (vitest)', {
    skip: !kernGebouwd
      ? 'kern is not built (npm run build)'
      : !kitGekoppeld
        ? 'the test kit is not linked (npm run lock)'
        : false,
  }, () => {
    const vitest = join(wortel, 'node_modules', 'vitest', 'vitest.mjs');
    const r = spawnSync(process.execPath, [vitest, 'run'], {
      cwd: pakket,
      encoding: 'utf8',
      env: { ...process.env, FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? '50' },
    });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  });
});
