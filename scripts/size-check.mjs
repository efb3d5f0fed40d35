// Bundle-size budgets for the built packages (GUIDE.md section 9: importing one function must not pull in
// the others). Modelled on zod's packages/treeshake/bundle-size.test.ts: byte ceilings per fixture plus a
// list of strings that must not appear in the bundle.
//
// For every budget in scripts/size-budgets.json this bundles a one-line entry such as
//   export { berekenTermijn } from '<repo>/packages/kern/dist/index.js';
// with esbuild (bundle, minify, format esm, platform neutral unless the budget says `platform: "node"`, as for
// the CLI, whose server imports Node's http: what a vendor's bundler does, dependencies
// such as zod included), gzips it (zlib level 9) and compares with the budget in bytes. It then checks that
// none of the budget's `mustNotAppear` strings occur in the minified bundle.
//
// When a budget fails it explains why: which packages and files contribute bytes, and, for a leak that only
// exists in the single-file dist, which source module has module-scope code a bundler cannot drop (a call
// at top level that no bundler can prove free of side effects) and which forbidden strings it carries.
//
// Run: `node scripts/size-check.mjs` after `npm run build` (part of `npm test`). Exit code 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { budgets } = JSON.parse(readFileSync(join(root, 'scripts', 'size-budgets.json'), 'utf8'));

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const rel = (p) => relative(root, p) || p;

function entryCode(bestand, exports) {
  const spec = JSON.stringify(bestand);
  return exports === '*' ? `export * from ${spec};` : `export { ${exports.join(', ')} } from ${spec};`;
}

/** Bundles `contents` the way a consumer's bundler would; returns the minified text, its sizes and the metafile. */
async function bundel(contents, plugins = [], platform = 'neutral') {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: '<entry>' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const bytes = result.outputFiles[0].contents;
  return {
    text: result.outputFiles[0].text,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    metafile: result.metafile,
  };
}

function bytesPerPakket(metafile) {
  const perPakket = new Map();
  for (const [bestand, info] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(bestand);
    const sleutel = m ? m[1] : bestand;
    perPakket.set(sleutel, (perPakket.get(sleutel) ?? 0) + info.bytesInOutput);
  }
  return [...perPakket].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
}

/** Inputs (with bytes in the output) whose source text contains `tekst`. */
function inputsMet(metafile, tekst) {
  const inOutput = Object.values(metafile.outputs)[0].inputs;
  return Object.keys(inOutput).filter((bestand) => {
    if (inOutput[bestand].bytesInOutput === 0 || bestand.startsWith('<')) return false;
    try {
      return readFileSync(join(root, bestand), 'utf8').includes(tekst);
    } catch {
      return false;
    }
  });
}

/**
 * Import chain from the entry to `doel` in an esbuild metafile, walking back through importers that put
 * code in the bundle (a barrel that only re-exports is used only when no such importer exists).
 */
function importketen(metafile, doel) {
  const inOutput = Object.values(metafile.outputs)[0].inputs;
  const keten = [doel];
  for (let huidig = doel; ; ) {
    const importeurs = Object.entries(metafile.inputs)
      .filter(([pad, info]) => !keten.includes(pad) && info.imports.some((i) => i.path === huidig))
      .map(([pad]) => pad);
    const volgende = importeurs.find((p) => (inOutput[p]?.bytesInOutput ?? 0) > 0) ?? importeurs[0];
    if (!volgende) return keten;
    keten.unshift(volgende);
    huidig = volgende;
  }
}

function bronModules(map) {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronModules(pad);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [pad] : [];
  });
}

/**
 * Explains a failed budget. Prints which packages make up the bundle, then bundles the same entry from the
 * package's TypeScript sources (module by module, so `sideEffects: false` applies per module as it would
 * if dist kept its modules). If the source bundle is clean, the leak comes from dist being one file: every
 * source module is then bundled on its own as if it had side effects, which keeps exactly the module-scope
 * code a bundler cannot drop once the modules are merged; the modules that keep code are reported with the
 * forbidden strings and packages they bring along.
 */
async function verklaar(budget, gemeten, gevonden) {
  console.log('    bundle composition (minified bytes before gzip):');
  for (const [pakket, bytes] of bytesPerPakket(gemeten.metafile).slice(0, 6)) {
    console.log(`      ${kB(bytes).padStart(9)}  ${pakket}`);
  }
  for (const tekst of gevonden) {
    const bestanden = inputsMet(gemeten.metafile, tekst);
    console.log(
      `    '${tekst}' comes from: ${bestanden.length > 0 ? bestanden.join(', ') : '(not found in any input)'}`,
    );
  }
  const srcIndex = join(root, 'packages', budget.package, 'src', 'index.ts');
  if (!existsSync(srcIndex)) return;
  const uitBron = await bundel(entryCode(srcIndex, budget.exports), [], budget.platform);
  const bronGevonden = (budget.mustNotAppear ?? []).filter((t) => uitBron.text.includes(t));
  console.log(
    `    the same entry bundled from ${rel(srcIndex)} (modules kept apart): ${kB(uitBron.gzip)} gzip (${uitBron.gzip} bytes)` +
      (bronGevonden.length > 0
        ? `, still contains ${bronGevonden.map((t) => `'${t}'`).join(', ')}`
        : ', clean'),
  );
  // strings the sources pull in through a real import chain
  for (const tekst of bronGevonden) {
    for (const bestand of inputsMet(uitBron.metafile, tekst)) {
      console.log(`    import chain to '${tekst}': ${importketen(uitBron.metafile, bestand).join(' -> ')}`);
    }
  }
  const alleenInDist = gevonden.filter((t) => !bronGevonden.includes(t));
  if (alleenInDist.length === 0 && (uitBron.gzip > budget.gzipBytes || gemeten.gzip <= budget.gzipBytes))
    return;
  console.log(
    '    => the leak comes from dist being a single file. Source modules with module-scope code that',
  );
  console.log('       no bundler can drop once merged (a top-level call not marked /* @__PURE__ */):');
  const bronMap = join(root, 'packages', budget.package, 'src');
  for (const module of bronModules(bronMap)) {
    const forceer = {
      name: 'alleen-deze-module-met-bijwerkingen',
      setup(b) {
        b.onResolve({ filter: /./ }, (args) =>
          args.path === module ? { path: module, sideEffects: true } : undefined,
        );
      },
    };
    let r;
    try {
      r = await bundel(`import ${JSON.stringify(module)};`, [forceer], budget.platform);
    } catch {
      continue;
    }
    if (r.raw === 0) continue;
    const draagt = (budget.mustNotAppear ?? []).filter((t) => r.text.includes(t));
    const pakketten = bytesPerPakket(r.metafile)
      .map(([p]) => p)
      .filter((p) => !p.startsWith('packages/'));
    console.log(
      `       ${rel(module)}: keeps ${kB(r.gzip)} gzip` +
        (pakketten.length > 0 ? `, pulls in ${pakketten.join(', ')}` : '') +
        (draagt.length > 0 ? `, carries ${draagt.map((t) => `'${t}'`).join(', ')}` : ''),
    );
  }
}

const fouten = [];
console.log('Bundle sizes (esbuild, minified, gzip level 9; dependencies included):');
console.log(
  `  ${'budget'.padEnd(34)} ${'minified'.padStart(10)} ${'gzip'.padStart(10)} ${'budget'.padStart(10)}  result`,
);
for (const budget of budgets) {
  const dist = join(root, 'packages', budget.package, 'dist', 'index.js');
  if (!existsSync(dist)) {
    fouten.push(`${budget.name}: ${rel(dist)} is missing; run \`npm run build\` first.`);
    console.log(`  ${budget.name.padEnd(34)} (no dist)`);
    continue;
  }
  let gemeten;
  try {
    gemeten = await bundel(entryCode(dist, budget.exports), [], budget.platform);
  } catch (e) {
    fouten.push(`${budget.name}: esbuild could not bundle it: ${e.message}`);
    continue;
  }
  const gevonden = (budget.mustNotAppear ?? []).filter((t) => gemeten.text.includes(t));
  const teGroot = gemeten.gzip > budget.gzipBytes;
  const ok = !teGroot && gevonden.length === 0;
  console.log(
    `  ${budget.name.padEnd(34)} ${kB(gemeten.raw).padStart(10)} ${kB(gemeten.gzip).padStart(10)} ${kB(budget.gzipBytes).padStart(10)}  ` +
      `${ok ? 'ok' : 'FAIL'} (${gemeten.gzip} of ${budget.gzipBytes} bytes, ${((100 * gemeten.gzip) / budget.gzipBytes).toFixed(0)}%)`,
  );
  if (teGroot)
    fouten.push(
      `${budget.name}: ${gemeten.gzip} bytes gzip exceeds the budget of ${budget.gzipBytes} bytes.`,
    );
  if (gevonden.length > 0) {
    fouten.push(
      `${budget.name}: the bundle contains ${gevonden.map((t) => `'${t}'`).join(', ')} (mustNotAppear).`,
    );
    console.log(`    must not appear, but does: ${gevonden.map((t) => `'${t}'`).join(', ')}`);
  }
  if (!ok) await verklaar(budget, gemeten, gevonden);
}

const metBudget = new Set(budgets.map((b) => b.package));
const zonderBudget = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter(
    (e) =>
      e.isDirectory() && existsSync(join(root, 'packages', e.name, 'package.json')) && !metBudget.has(e.name),
  )
  .map((e) => e.name);
if (zonderBudget.length > 0) {
  console.log(
    `  note: no budget yet for packages/${zonderBudget.join(', packages/')} (add them to scripts/size-budgets.json)`,
  );
}

if (fouten.length > 0) {
  console.error(`\nsize-check failed (${fouten.length}):`);
  for (const f of fouten) console.error(`  - ${f}`);
  console.error('Budgets live in scripts/size-budgets.json; raise one only when the growth is intended.');
  process.exit(1);
}
console.log('size-check: all budgets met.');
