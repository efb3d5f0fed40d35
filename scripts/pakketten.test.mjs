// Every regulation package has the same anatomy (issue 7): the kernel functions under the same names, one
// seed preset and its own policy check, code catalogues, and JSON-ready schemas. Run after the build:
// `node --test scripts/*.test.mjs`.
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

const KERNEL = [
  'nieuwDossier',
  'verwerk',
  'verwerkJson',
  'herspeel',
  'leesDossier',
  'toestand',
  'openTermijnen',
  'volgendeStappen',
  'openTermijnenVanAlle',
];
const CATALOGI = ['REDEN_CODES', 'PROBLEEM_CODES', 'TERMIJN_CODES', 'STAP_CODES'];

for (const pakket of pakketten) {
  const module = await import(join(wortel, 'packages', pakket, 'dist', 'index.js'));

  test(`${pakket}: the kernel functions, under the same names as every other package`, () => {
    for (const naam of KERNEL) assert.equal(typeof module[naam], 'function', `${pakket} lacks ${naam}`);
  });

  test(`${pakket}: a seed preset and its own controleerBeleid that reports it against today's law`, () => {
    assert.equal(typeof module.controleerBeleid, 'function');
    assert.equal(typeof module.SEED_2018_BELEID, 'object');
    const controle = module.controleerBeleid(module.SEED_2018_BELEID, '2026-12-02');
    assert.equal(typeof controle.conform, 'boolean');
    assert.ok(controle.bevindingen.length > 0, 'the seed preset sets no value the registry knows');
  });

  test(`${pakket}: code catalogues with Dutch and English text`, () => {
    for (const naam of CATALOGI) {
      const c = module[naam];
      assert.equal(typeof c, 'object', `${pakket} lacks ${naam}`);
      for (const [code, o] of Object.entries(c)) {
        assert.match(code, /^[A-Z][A-Z0-9_]*$/);
        assert.ok(o.nl && o.en, `${pakket} ${naam}.${code} lacks a text`);
      }
    }
  });
}

test('there is at least one regulation package', () => assert.ok(pakketten.length > 0));
