// Installs every package the way a consumer gets it from npm and checks that it loads and type-checks.
//
// For every packages/*/ with a package.json (not private):
//   1. `npm pack` it into a temporary directory (the tarball npm would publish);
//   2. create a throwaway project in another temporary directory and `npm install` that tarball together
//      with the tarballs of the workspace packages it depends on (so @schoolveiligheid/kern comes from its
//      tarball, never from the registry; zod and other dependencies come from the npm cache or registry);
//   3. check (a) ESM: `import` works and every function declared in dist/index.d.ts is a function at run time
//      (for kern also a real berekenTermijn call); (b) CJS: the same with `require`, with the same export
//      names as ESM; (c) TypeScript: a typed use of the package compiled with the repository's own tsc, once
//      with --module node16 --moduleResolution node16 (ESM .ts and CJS .cts) and once with --module esnext
//      --moduleResolution bundler, both --strict --noEmit and without skipLibCheck; (d) exactly one copy of zod
//      is installed (zod is a peer dependency: npm installs it once, for the consumer and the SDK alike).
//      CJS runs with --no-experimental-require-module, so a `require` never loads an ES module (kern bundles
//      the ESM-only dinero.js into its CommonJS build); for kern it also formats an amount (bedragTekst).
//   4. vendor scenarios: a consumer whose own package.json depends on zod 3.25 (the oldest line of the peer
//      range `^3.25 || ^4`, which ships the v4 API as `zod/v4`) and one on zod 4 installs every packed SDK
//      tarball and checks: one zod copy, the consumer's version; a validator and a calculator work; an SDK
//      schema (duurSchema, isoDatumSchema) composes into the vendor's own `z.object` built with the vendor's
//      `zod/v4`, parses, rejects, validates with `valideer` and converts with `z.toJSONSchema`; in ESM, in CJS
//      and with tsc (node16, strict, without skipLibCheck).
// Temporary directories are removed afterwards. Exit code 1 on any failure.
//
// Run: `node scripts/consumer-check.mjs` after `npm run build` (part of `npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wortelJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const start = Date.now();

/** Runs a command; returns its output or throws with the command's own output. */
function voerUit(commando, args, cwd) {
  const r = spawnSync(commando, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    const uitvoer = `${r.stdout ?? ''}${r.stderr ?? ''}`
      .split('\n')
      .filter((regel) => !regel.includes('Unknown user config'))
      .join('\n')
      .trim();
    throw new Error(
      `\`${[commando === process.execPath ? 'node' : commando, ...args].join(' ')}\` failed in ${cwd}:\n${uitvoer}`,
    );
  }
  return r.stdout;
}

/** The zod copies installed in a project: `{ pad, versie }` for every node_modules/zod, nested ones too. */
function zodKopieen(project) {
  const gevonden = [];
  const zoek = (nodeModules) => {
    if (!existsSync(nodeModules)) return;
    for (const e of readdirSync(nodeModules, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name.startsWith('.')) continue;
      const pakketten = e.name.startsWith('@')
        ? readdirSync(join(nodeModules, e.name), { withFileTypes: true })
            .filter((s) => s.isDirectory())
            .map((s) => join(nodeModules, e.name, s.name))
        : [join(nodeModules, e.name)];
      for (const dir of pakketten) {
        const json = join(dir, 'package.json');
        if (e.name === 'zod' && existsSync(json)) {
          gevonden.push({
            pad: relative(project, dir),
            versie: JSON.parse(readFileSync(json, 'utf8')).version,
          });
        }
        zoek(join(dir, 'node_modules'));
      }
    }
  };
  zoek(join(project, 'node_modules'));
  return gevonden;
}

/** Throws unless exactly one zod is installed (and, when given, of version `versie`). */
function eenZod(project, versie) {
  const kopieen = zodKopieen(project);
  if (kopieen.length !== 1) {
    throw new Error(
      `expected exactly one zod, found ${kopieen.length}: ${kopieen.map((k) => `${k.pad}@${k.versie}`).join(', ') || 'none'}`,
    );
  }
  if (versie && kopieen[0].versie !== versie) {
    throw new Error(`expected the consumer's zod ${versie}, found ${kopieen[0].versie}`);
  }
  return kopieen[0].versie;
}

/** Names of the functions a package's dist/index.d.ts declares and exports. */
function functieExports(dts) {
  const exportLijst = [...dts.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((naam) => naam.trim())
      .filter((naam) => naam && !naam.startsWith('type ')),
  );
  const exportNamen = new Set(exportLijst.map((naam) => naam.split(/\s+as\s+/).at(-1)));
  for (const m of dts.matchAll(/export declare function (\w+)/g)) exportNamen.add(m[1]);
  const functies = new Set([...dts.matchAll(/declare function (\w+)/g)].map((m) => m[1]));
  return [...exportNamen].filter((naam) => functies.has(naam)).sort();
}

// --- discover the packages --------------------------------------------------------------------------------

const pakketMap = join(root, 'packages');
const pakketten = readdirSync(pakketMap, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(pakketMap, e.name, 'package.json')))
  .map((e) => {
    const dir = join(pakketMap, e.name);
    return {
      dir,
      map: relative(root, dir),
      json: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
    };
  })
  .filter((p) => !p.json.private);
const perNaam = new Map(pakketten.map((p) => [p.json.name, p]));

const fouten = [];
const tmpPack = mkdtempSync(join(tmpdir(), 'sv-pack-'));
const tarball = new Map();
const geldig = [];

for (const p of pakketten) {
  const dts = join(p.dir, 'dist', 'index.d.ts');
  if (!existsSync(join(p.dir, 'dist'))) {
    fouten.push(
      `${p.map}: no dist/ directory; build it first (\`npm test\` runs the build before this script).`,
    );
    continue;
  }
  try {
    const [info] = JSON.parse(voerUit(npm, ['pack', '--json', '--pack-destination', tmpPack], p.dir));
    const inTarball = new Set(info.files.map((f) => f.path));
    const ontbrekend = JSON.stringify(p.json.exports ?? {})
      .match(/"\.\/[^"]+"/g)
      ?.map((s) => s.slice(3, -1))
      .filter((pad) => pad !== 'package.json' && !pad.includes('*') && !inTarball.has(pad));
    if (ontbrekend?.length) {
      fouten.push(`${p.map}: the tarball lacks files its "exports" point to: ${ontbrekend.join(', ')}`);
      continue;
    }
    if (!existsSync(dts)) {
      fouten.push(`${p.map}: dist/index.d.ts is missing.`);
      continue;
    }
    tarball.set(p.json.name, join(tmpPack, info.filename));
    geldig.push({ ...p, functies: functieExports(readFileSync(dts, 'utf8')) });
  } catch (e) {
    fouten.push(`${p.map}: npm pack failed: ${e.message}`);
  }
}

/** The package and the workspace packages it depends on, transitively. */
function metAfhankelijkheden(naam, gezien = new Set()) {
  if (gezien.has(naam)) return gezien;
  gezien.add(naam);
  const json = perNaam.get(naam)?.json ?? {};
  for (const dep of Object.keys({ ...json.dependencies, ...json.peerDependencies })) {
    if (perNaam.has(dep)) metAfhankelijkheden(dep, gezien);
  }
  return gezien;
}

// --- one throwaway consumer project per package -------------------------------------------------------------

const samenvatting = [];
for (const p of geldig) {
  const naam = p.json.name;
  const nodig = [...metAfhankelijkheden(naam)];
  const zonderTarball = nodig.filter((n) => !tarball.has(n));
  if (zonderTarball.length > 0) {
    fouten.push(
      `${p.map}: cannot install without the tarball of ${zonderTarball.join(', ')} (see the errors above).`,
    );
    continue;
  }
  if (p.functies.length === 0) {
    fouten.push(`${p.map}: dist/index.d.ts exports no function; nothing to check.`);
    continue;
  }
  const project = mkdtempSync(join(tmpdir(), 'sv-consumer-'));
  const stap = (label, fn) => {
    try {
      fn();
      return 'ok';
    } catch (e) {
      fouten.push(`${p.map}, ${label}: ${e.message}`);
      return 'FAIL';
    }
  };
  try {
    writeFileSync(
      join(project, 'package.json'),
      `${JSON.stringify({ name: 'schoolveiligheid-consumer-check', private: true, type: 'module' }, null, 2)}\n`,
    );
    const install = stap('npm install', () =>
      voerUit(
        npm,
        [
          'install',
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--ignore-scripts',
          ...nodig.map((n) => tarball.get(n)),
          // a command-line tool or server (it has a `bin`) is used from Node: its consumer has Node's types
          ...(p.json.bin ? [`@types/node@${wortelJson.devDependencies['@types/node']}`] : []),
        ],
        project,
      ),
    );
    if (install !== 'ok') {
      samenvatting.push(`  ${naam}: npm install FAIL`);
      continue;
    }

    const functies = JSON.stringify(p.functies);
    const isKern = naam === '@schoolveiligheid/kern';
    const kernRooktest = `
const uitkomst = m.berekenTermijn({ gebeurtenis: '2026-05-01', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' });
if (typeof uitkomst.laatsteDag !== 'string') throw new Error('berekenTermijn gave no laatsteDag');
const tekst = m.bedragTekst(m.euroCenten(123456));
if (tekst !== '€ 1.234,56') throw new Error('bedragTekst gave ' + tekst);`;
    const controle = `
const fout = ${functies}.filter((naam) => typeof m[naam] !== 'function');
if (fout.length) throw new Error('not functions: ' + fout.join(', '));${isKern ? kernRooktest : ''}
console.log(JSON.stringify(Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort()));
`;
    writeFileSync(join(project, 'esm.mjs'), `import * as m from '${naam}';${controle}`);
    writeFileSync(join(project, 'cjs.cjs'), `const m = require('${naam}');${controle}`);
    let esmNamen;
    const esm = stap('ESM import', () => {
      esmNamen = voerUit(process.execPath, ['esm.mjs'], project).trim();
    });
    const cjs = stap('CJS require', () => {
      // without require(esm): a CommonJS consumer must never need to load an ES module
      const cjsNamen = voerUit(
        process.execPath,
        ['--no-experimental-require-module', 'cjs.cjs'],
        project,
      ).trim();
      if (esmNamen && cjsNamen !== esmNamen) {
        throw new Error(`ESM and CJS export different names:\n  ESM ${esmNamen}\n  CJS ${cjsNamen}`);
      }
    });

    // TypeScript: a typed use of the package (kern) or a namespace import (others), in ESM and CJS form
    const tsCode = isKern
      ? `import { berekenTermijn, type TermijnUitkomst } from '@schoolveiligheid/kern';
const uitkomst: TermijnUitkomst = berekenTermijn({ gebeurtenis: '2026-05-01', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' });
const laatsteDag: string = uitkomst.laatsteDag;
// @ts-expect-error an unknown unit must not compile (proves the types are not \`any\`)
berekenTermijn({ gebeurtenis: '2026-05-01', duur: { aantal: 6, eenheid: 'jaren' }, grondslag: 'nl-wet' });
export const gebruikt: readonly unknown[] = [laatsteDag];
`
      : `import * as pakket from '${naam}';
import { ${p.functies[0]} } from '${naam}';
const f: (...args: never[]) => unknown = ${p.functies[0]};
export const gebruikt: readonly unknown[] = [pakket, f];
`;
    writeFileSync(join(project, 'check.ts'), tsCode);
    writeFileSync(join(project, 'check.cts'), tsCode);
    const tscBasis = ['--noEmit', '--strict', '--target', 'es2022', '--pretty', 'false'];
    const node16 = stap('tsc --module node16', () =>
      voerUit(
        process.execPath,
        [tsc, ...tscBasis, '--module', 'node16', '--moduleResolution', 'node16', 'check.ts', 'check.cts'],
        project,
      ),
    );
    const bundler = stap('tsc --moduleResolution bundler', () =>
      voerUit(
        process.execPath,
        [tsc, ...tscBasis, '--module', 'esnext', '--moduleResolution', 'bundler', 'check.ts'],
        project,
      ),
    );
    let zodVersie = '';
    const zod = stap('one zod', () => {
      zodVersie = eenZod(project);
    });
    samenvatting.push(
      `  ${naam} (+ ${nodig.length - 1} workspace dep${nodig.length === 2 ? '' : 's'}): ESM ${esm}, CJS ${cjs}, ` +
        `tsc node16 ${node16}, tsc bundler ${bundler}, one zod ${zod}${zodVersie ? ` (${zodVersie})` : ''} ` +
        `(${p.functies.length} function exports checked)`,
    );
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
// --- vendor scenarios: the consumer brings its own zod ---------------------------------------------------

// The newest zod 3.25 (`npm view zod@3.25 version`, 2026-12): the oldest line the peer range allows.
const VENDOR_ZOD = [
  { label: 'zod 3.25', spec: '3.25.76', versie: '3.25.76' },
  { label: 'zod 4', spec: '^4.1.0' },
];

/** The vendor's own code, ESM or CJS: its own zod/v4 schema around kern's schemas. */
function vendorCode(cjs) {
  const imports = cjs
    ? `const z = require('zod/v4');
const { berekenTermijn, bedragTekst, duurSchema, euroCenten, isoDatumSchema, valideer } = require('@schoolveiligheid/kern');`
    : `import * as z from 'zod/v4';
import { berekenTermijn, bedragTekst, duurSchema, euroCenten, isoDatumSchema, valideer } from '@schoolveiligheid/kern';`;
  return `${imports}
const verwacht = (naam, ok) => { if (!ok) throw new Error(naam); };
const eigen = z.object({ duur: duurSchema, datum: isoDatumSchema, notitie: z.string().max(20).optional() });
const goed = eigen.safeParse({ duur: { aantal: 6, eenheid: 'weken' }, datum: '2026-05-01' });
verwacht('the composed schema parses', goed.success && goed.data.duur.aantal === 6);
verwacht('the composed schema rejects', !eigen.safeParse({ duur: { aantal: 0, eenheid: 'weken' }, datum: '2026-02-30' }).success);
const r = valideer(eigen, { duur: { aantal: 'zes', eenheid: 'weken' }, datum: '2026-02-30' }, { taal: 'en' });
verwacht('valideer gives coded problems: ' + JSON.stringify(r),
  !r.ok && r.problemen.map((p) => p.code).join() === 'VERKEERD_TYPE,ONGELDIGE_DATUM' &&
  r.problemen[0].melding === 'Wrong kind of value; expected number.');
verwacht('zod/v4 is the API valideer was built for', valideer(duurSchema, { aantal: 0, eenheid: 'weken' }).ok === false);
const json = z.toJSONSchema(eigen);
verwacht('z.toJSONSchema of the composed schema', json.properties.datum.format === 'date' && json.properties.duur.type === 'object');
const uitkomst = berekenTermijn({ gebeurtenis: '2026-05-01', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' });
verwacht('berekenTermijn', typeof uitkomst.laatsteDag === 'string');
verwacht('bedragTekst', bedragTekst(euroCenten(2500)) === '€ 25,00');
console.log('ok');
`;
}

const vendorTs = `import * as z from 'zod/v4';
import { duurSchema, isoDatumSchema, valideer, type IsoDatum } from '@schoolveiligheid/kern';
const eigen = z.object({ duur: duurSchema, datum: isoDatumSchema });
const r = valideer(eigen, {});
const datum: IsoDatum | undefined = r.ok ? r.waarde.datum : undefined;
const aantal: number | undefined = r.ok ? r.waarde.duur.aantal : undefined;
// @ts-expect-error the output of isoDatumSchema is an IsoDatum, not any string
const geenDatum: \`\${number}-\${number}-\${number}\` = r.ok ? r.waarde.duur.eenheid : '2026-01-01';
export const gebruikt: readonly unknown[] = [datum, aantal, geenDatum];
`;

if (tarball.has('@schoolveiligheid/kern')) {
  const alle = geldig.map((p) => tarball.get(p.json.name));
  for (const { label, spec, versie } of VENDOR_ZOD) {
    const project = mkdtempSync(join(tmpdir(), 'sv-vendor-'));
    const uitkomsten = [];
    const stap = (naam, fn) => {
      try {
        fn();
        uitkomsten.push(`${naam} ok`);
      } catch (e) {
        fouten.push(`vendor on ${label}, ${naam}: ${e.message}`);
        uitkomsten.push(`${naam} FAIL`);
      }
    };
    try {
      writeFileSync(
        join(project, 'package.json'),
        `${JSON.stringify({ name: 'schoolveiligheid-vendor-check', private: true, type: 'module', dependencies: { zod: spec } }, null, 2)}\n`,
      );
      stap('npm install', () =>
        voerUit(
          npm,
          [
            'install',
            '--no-audit',
            '--no-fund',
            '--prefer-offline',
            '--ignore-scripts',
            `zod@${spec}`,
            ...alle,
          ],
          project,
        ),
      );
      if (uitkomsten[0] === 'npm install ok') {
        let gevonden = '';
        stap('one zod', () => {
          gevonden = eenZod(project, versie);
        });
        writeFileSync(join(project, 'vendor.mjs'), vendorCode(false));
        writeFileSync(join(project, 'vendor.cjs'), vendorCode(true));
        writeFileSync(join(project, 'vendor.ts'), vendorTs);
        stap('ESM', () => voerUit(process.execPath, ['vendor.mjs'], project));
        stap('CJS', () =>
          voerUit(process.execPath, ['--no-experimental-require-module', 'vendor.cjs'], project),
        );
        stap('tsc node16', () =>
          voerUit(
            process.execPath,
            [
              tsc,
              '--noEmit',
              '--strict',
              '--target',
              'es2022',
              '--pretty',
              'false',
              '--module',
              'node16',
              '--moduleResolution',
              'node16',
              'vendor.ts',
            ],
            project,
          ),
        );
        uitkomsten.splice(1, 0, `zod ${gevonden || '?'}`);
      }
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
    samenvatting.push(
      `  vendor on ${label} (${alle.length} SDK tarball${alle.length === 1 ? '' : 's'}): ${uitkomsten.join(', ')}`,
    );
  }
}

rmSync(tmpPack, { recursive: true, force: true });

console.log(
  `consumer-check: ${geldig.length} of ${pakketten.length} package(s) packed (${((Date.now() - start) / 1000).toFixed(1)} s)`,
);
for (const regel of samenvatting) console.log(regel);
if (fouten.length > 0) {
  console.error(`\nconsumer-check failed (${fouten.length}):`);
  for (const f of fouten) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('consumer-check: all packages install, import, require and type-check as a consumer would.');
