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
  'verwerkAlle',
  'herspeel',
  'leesDossier',
  'toestand',
  'openTermijnen',
  'volgendeStappen',
  'openTermijnenVanAlle',
];
/** The catalogues every package has, unprefixed (`PROBLEEM_CODES`) or with the package's prefix (`MELDCODE_PROBLEEM_CODES`). */
const CATALOGI = ['PROBLEEM_CODES', 'TERMIJN_CODES', 'STAP_CODES'];

/** `meldcode` → `MELDCODE`, `pest-protocol` → `PEST_PROTOCOL`: the prefix of a package's catalogues. */
const prefix = (p) => p.replaceAll('-', '_').toUpperCase();

for (const pakket of pakketten) {
  let module;
  try {
    module = await import(join(wortel, 'packages', pakket, 'dist', 'index.js'));
  } catch (e) {
    test(`${pakket}: its build loads (run npm run build first)`, () => assert.fail(String(e)));
    continue;
  }

  test(`${pakket}: its procedures on kern's kernel, with the kernel functions under the same names as every other package`, () => {
    // one procedure is named after the package (meldcodeProcedure); a package with more names each after its
    // dossier (klachtProcedure and aangifteplichtProcedure in klachtenregeling)
    const procedures = Object.entries(module).filter(([naam]) => naam.endsWith('Procedure'));
    assert.ok(procedures.length > 0, `${pakket} exports no procedure (…Procedure)`);
    for (const [naam, procedure] of procedures)
      for (const functie of KERNEL)
        assert.equal(typeof procedure[functie], 'function', `${pakket} ${naam} lacks ${functie}`);
    // a package that also exports them one by one (datalek, schorsing) exports them all
    if (KERNEL.some((naam) => naam in module))
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
    for (const naam of CATALOGI)
      assert.ok(
        typeof (module[naam] ?? module[`${prefix(pakket)}_${naam}`]) === 'object',
        `${pakket} lacks ${naam} (or ${prefix(pakket)}_${naam})`,
      );
    for (const [naam, c] of Object.entries(module)) {
      if (!naam.endsWith('_CODES')) continue;
      for (const [code, o] of Object.entries(c)) {
        assert.match(code, /^[A-Z][A-Z0-9_]*$/);
        assert.ok(o.nl && o.en, `${pakket} ${naam}.${code} lacks a text`);
      }
    }
  });
}

test('there is at least one regulation package', () => assert.ok(pakketten.length > 0));
