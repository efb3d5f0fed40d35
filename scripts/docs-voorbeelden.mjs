// Every TypeScript snippet of the guides runs (issue 19). The ```ts blocks of one guide are one story: they are
// joined, in order, into one module per guide under .doctest/ (their imports merged at the top, so a later block
// uses what an earlier one defined), type-checked with the repository's TypeScript (strict, tsconfig.base.json, the
// packages as a vendor imports them: their built types and JavaScript), then executed. A line
// `expressie; //=> verwacht` asserts deep equality, as in the TSDoc examples. A guide whose code does not compile,
// throws or asserts wrongly fails the run, with the guide's own line. There is no opt-out: what a guide shows in
// TypeScript runs (write data as ```json, commands as ```sh).
//
//   node scripts/docs-voorbeelden.mjs                (after the build; part of `npm test`)
//   node scripts/docs-voorbeelden.mjs datalek.md     (one guide or more; its own folder, so runs may overlap)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';

const wortel = new URL('..', import.meta.url).pathname;
const gekozen = process.argv.slice(2);
const uit = join(
  wortel,
  gekozen.length === 0
    ? '.doctest'
    : `.doctest-${gekozen.join('-').replace(/\W+/g, '_').slice(0, 80)}-${gekozen.length}`,
);

/** The ```ts blocks of one guide: each line with its line number in the guide. */
function blokken(bestand) {
  const regels = readFileSync(join(wortel, 'docs', bestand), 'utf8').split('\n');
  const gevonden = [];
  let huidig;
  regels.forEach((tekst, i) => {
    if (!huidig && /^```(ts|typescript)\s*$/.test(tekst)) huidig = [];
    else if (huidig && tekst.startsWith('```')) {
      gevonden.push(huidig);
      huidig = undefined;
    } else if (huidig) huidig.push({ tekst, regel: i + 1 });
  });
  return gevonden;
}

const IMPORT =
  /^import\s+(type\s+)?(\{[^}]*\}|\*\s+as\s+\w+|\w+)\s+from\s+'([^']+)'(\s+with\s+\{[^}]*\})?;?\s*$/;

/**
 * One module of a guide's blocks: the imports merged at the top (named imports per package as one set; a
 * default or namespace import once), then the code lines in order, each with the guide line it came from.
 */
function module(blokkenVanGids) {
  const namen = new Map();
  const overige = new Set();
  const code = [];
  for (const blok of blokkenVanGids) {
    // an import may span lines: join until it closes
    for (let i = 0; i < blok.length; i++) {
      let { tekst } = blok[i];
      const regel = blok[i].regel;
      if (/^import\s/.test(tekst)) {
        while (!IMPORT.test(tekst) && i + 1 < blok.length) tekst += ` ${blok[++i].tekst.trim()}`;
        const m = IMPORT.exec(tekst);
        if (m?.[2].startsWith('{') && !m[4]) {
          const set = namen.get(m[3]) ?? new Set();
          for (const n of m[2]
            .slice(1, -1)
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean))
            set.add(m[1] ? `type ${n.replace(/^type\s+/, '')}` : n);
          namen.set(m[3], set);
        } else overige.add(tekst);
        continue;
      }
      code.push({ tekst, regel });
    }
  }
  const kop = [
    ...[...namen].map(([pakket, set]) => `import { ${[...set].join(', ')} } from '${pakket}';`),
    ...overige,
  ];
  return { kop, code };
}

/** `expr; //=> value` into an assertion, as the TSDoc doctest does. */
const metAssertie = (regel) => {
  const m = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/.exec(regel);
  return m ? `${m[1]}__verwacht((${m[2]}), (${m[3]}));` : regel;
};

const gidsen = readdirSync(join(wortel, 'docs')).filter(
  (f) => f.endsWith('.md') && (gekozen.length === 0 || gekozen.includes(f)),
);
if (gekozen.length > 0 && gidsen.length !== gekozen.length) {
  console.error(
    `docs-voorbeelden: no such guide in docs/: ${gekozen.filter((g) => !gidsen.includes(g)).join(', ')}`,
  );
  process.exit(1);
}
rmSync(uit, { recursive: true, force: true });
mkdirSync(join(uit, 'typen'), { recursive: true });
mkdirSync(join(uit, 'js'), { recursive: true });

const modules = [];
for (const gids of gidsen) {
  const b = blokken(gids);
  if (b.length === 0) continue;
  const { kop, code } = module(b);
  const naam = gids.replace(/\.md$/, '');
  writeFileSync(
    join(uit, 'typen', `${naam}.ts`),
    [...kop, ...code.map((c) => c.tekst), 'export {};', ''].join('\n'),
  );
  let js;
  try {
    js = transformSync([...kop, ...code.map((c) => metAssertie(c.tekst))].join('\n'), {
      loader: 'ts',
      format: 'esm',
    }).code;
  } catch {
    js = `throw new Error('the code does not compile (see the type errors above)');`;
  }
  writeFileSync(
    join(uit, 'js', `${naam}.mjs`),
    `import { deepStrictEqual as __verwacht } from 'node:assert';\n${js}`,
  );
  modules.push({ gids, naam, kop, code, blokken: b.length });
}
writeFileSync(
  join(uit, 'tsconfig.json'),
  `${JSON.stringify({ extends: '../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['typen/*.ts'] }, null, 2)}\n`,
);

let fouten = 0;
const tsc = spawnSync(
  process.execPath,
  [join(wortel, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(uit, 'tsconfig.json')],
  { encoding: 'utf8' },
);
if (tsc.status !== 0) {
  // tsc names .doctest/typen/<guide>.ts(line,col): map it back to the guide's line
  for (const regel of tsc.stdout.split('\n').filter(Boolean)) {
    const m = /typen\/(.+)\.ts\((\d+),(\d+)\): (.*)$/.exec(regel);
    const mod = m && modules.find((x) => x.naam === m[1]);
    if (!mod) {
      console.error(regel);
      continue;
    }
    fouten++;
    const r = Number(m[2]) - mod.kop.length - 1;
    console.error(`docs/${mod.gids}:${mod.code[r]?.regel ?? '(imports)'}: ${m[4]}`);
  }
  fouten ||= 1;
}

// what the guides print is for a reader, not for this run
const schrijf = console.log;
console.log = () => {};
for (const mod of modules) {
  try {
    await import(pathToFileURL(join(uit, 'js', `${mod.naam}.mjs`)).href);
  } catch (e) {
    fouten++;
    const plek = /\.mjs:(\d+)/.exec(e instanceof Error ? (e.stack ?? '') : '');
    console.error(
      `docs/${mod.gids}${plek ? ` (module line ${plek[1]})` : ''}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

console.log = schrijf;
console.log(
  `docs-voorbeelden: ${modules.reduce((n, m) => n + m.blokken, 0)} snippets of ${modules.length} guides type-checked and run${fouten ? `, ${fouten} failed` : ''}`,
);
process.exit(fouten > 0 ? 1 : 0);
