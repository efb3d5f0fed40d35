// The rule registries of every package, checked together (issue 7 item 4). Run after the build:
// `node --test scripts/*.test.mjs`.
// - each regulation package exports exactly one registry (a frozen `RegelRegister`);
// - rule ids are unique across packages and follow `<pakket>.<begrip>.<naam>`;
// - every rule is read by non-test code (a rule only the policy check reads is dead law);
// - no legal number sits in decision code: numbers outside rules are calendar facts or carry a
//   `geen-rechtsgetal` comment saying why they are not law.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const wortel = new URL('..', import.meta.url).pathname;
const pakketten = readdirSync(join(wortel, 'packages')).filter((p) => {
  try {
    const pkg = JSON.parse(readFileSync(join(wortel, 'packages', p, 'package.json'), 'utf8'));
    return !pkg.private && p !== 'kern' && !p.startsWith('cli');
  } catch {
    return false;
  }
});

function bronbestanden(map) {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return e.name.endsWith('.ts') && !/\.(test|prop\.test|typetest)\.ts$/.test(e.name) ? [pad] : [];
  });
}

const isRegister = (w) =>
  typeof w === 'object' &&
  w !== null &&
  typeof w.pakket === 'string' &&
  typeof w.regels === 'object' &&
  typeof w.vorigeIds === 'object';

const gelezen = await Promise.all(
  pakketten.map(async (p) => {
    try {
      const module = await import(join(wortel, 'packages', p, 'dist', 'index.js'));
      return { pakket: p, gevonden: Object.entries(module).filter(([, w]) => isRegister(w)) };
    } catch (e) {
      return { pakket: p, fout: String(e) };
    }
  }),
);
// a package that is not built fails its own test below; the others are still checked
const registers = gelezen.filter((r) => !r.fout);
for (const { pakket, fout } of gelezen.filter((r) => r.fout))
  test(`${pakket}: its build loads (run npm run build first)`, () => assert.fail(fout));

test('every regulation package exports exactly one frozen rule registry named after it', () => {
  for (const { pakket, gevonden } of registers) {
    assert.equal(gevonden.length, 1, `${pakket}: ${gevonden.length} registers`);
    const [, register] = gevonden[0];
    assert.equal(register.pakket, pakket);
    assert.ok(
      Object.isFrozen(register) && Object.isFrozen(register.regels),
      `${pakket}: register not frozen`,
    );
  }
});

test('rule ids are unique across packages and follow <pakket>.<begrip>.<naam>', () => {
  const gezien = new Map();
  for (const { pakket, gevonden } of registers) {
    for (const id of Object.keys(gevonden[0][1].regels)) {
      assert.match(id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/, id);
      assert.ok(id.startsWith(`${pakket}.`), `${id} is not in package ${pakket}`);
      assert.ok(!gezien.has(id), `${id} in ${pakket} and ${gezien.get(id)}`);
      gezien.set(id, pakket);
    }
  }
  assert.ok(gezien.size > 0);
});

test('every rule is read by non-test code, not only by the registry and the seed policy', () => {
  for (const { pakket } of registers) {
    const bestanden = bronbestanden(join(wortel, 'packages', pakket, 'src')).map((b) => ({
      b,
      tekst: readFileSync(b, 'utf8'),
    }));
    const alle = bestanden.map((x) => x.tekst).join('\n');
    const namen = [
      ...alle.matchAll(/export const (\w+)(?::[^=]+)? = (?:\/\* @__PURE__ \*\/ )?regel(?:<[^>]*>)?\(/g),
    ].map((m) => m[1]);
    assert.ok(namen.length > 0, `${pakket}: no rules found`);
    const gebruik = bestanden.filter(({ b }) => !/(index|seed2018)\.ts$/.test(b));
    for (const naam of namen) {
      const keer = gebruik.reduce(
        (n, { tekst }) => n + (tekst.match(new RegExp(`\\b${naam}\\b`, 'g'))?.length ?? 0),
        0,
      );
      // declaration + registry entry = 2; anything above is a reader
      assert.ok(keer > 2, `${pakket}: rule ${naam} is read by nothing but the registry or the seed policy`);
    }
  }
});

// Numbers that are facts of the calendar or of computing, never law.
const GEEN_RECHT = new Set([
  '0',
  '1',
  '2',
  '10',
  '16',
  '24',
  '60',
  '100',
  '1000',
  '3600000',
  '86400000',
  '60000',
]);

test('no legal number in decision code: numbers live in rules with their source', () => {
  const fouten = [];
  for (const { pakket } of registers) {
    for (const b of bronbestanden(join(wortel, 'packages', pakket, 'src'))) {
      if (
        /[\\/](regels|bronnen|codes|testhulp|fuzz)[\\/]|\.data\.ts$|pakket\.ts$|arbitraries\.ts$|seed2018\.ts$/.test(
          b,
        )
      )
        continue;
      const regels = readFileSync(b, 'utf8').split('\n');
      let inCommentaar = false;
      regels.forEach((regel, i) => {
        const t = regel.trim();
        if (t.startsWith('/*')) inCommentaar = true;
        const commentaar = inCommentaar || t.startsWith('//') || t.startsWith('*');
        if (t.includes('*/')) inCommentaar = false;
        if (commentaar || regel.includes('geen-rechtsgetal')) return;
        const zonderTekst = regel
          .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
          // regular expressions and data-shape limits (lengths, sizes) are not law
          .replace(/(?<=[(=,:]\s*)\/(?:[^/\\\n]|\\.)+\/[dgimsuy]*/g, '//')
          .replace(/\.(?:max|min|length|slice|padStart|toFixed|repeat)\([^)]*\)/g, '.x()');
        for (const m of zonderTekst.matchAll(/(?<![\w.])(\d[\d_]*(?:\.\d+)?)(?![\w])/g)) {
          const getal = m[1].replaceAll('_', '');
          if (!GEEN_RECHT.has(getal)) fouten.push(`${b.slice(wortel.length)}:${i + 1}: ${getal}`);
        }
      });
    }
  }
  assert.deepEqual(fouten, []);
});
