// The shipped JSON Schemas (issue 19), checked with an independent validator (Ajv, draft 2020-12; never zod):
// every file under packages/*/schemas/ compiles, carries its stable `$id`, and every shipped fixture field a
// package maps to a schema validates against it. A package declares the mapping in its package.json, so a
// vendor reads the same table:
//
//   "schoolveiligheid": { "fixtures": { "dossiers.json": {
//     "invoer.kop": "dossierKopSchema",
//     "invoer.gebeurtenissen[]": "gebeurtenisSchema",
//     "invoer.brief": { "volgens": "invoer.soort", "schemas": { "schorsingsbrief": "schorsingsbriefSchema" } } } } }
//
// (`[]`: every element of a list). Run after the build: `node --test scripts/*.test.mjs`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const wortel = new URL('..', import.meta.url).pathname;
const lees = (...pad) => JSON.parse(readFileSync(join(wortel, ...pad), 'utf8'));

/** The values at a dotted path of a case; `naam[]` takes every element of the list. */
function waardenOp(waarde, pad) {
  let huidige = [waarde];
  for (const stuk of pad.split('.')) {
    const lijst = stuk.endsWith('[]');
    const sleutel = lijst ? stuk.slice(0, -2) : stuk;
    huidige = huidige.flatMap((w) => {
      const v = w?.[sleutel];
      if (v === undefined) return [];
      return lijst ? v : [v];
    });
  }
  return huidige;
}

const pakketten = readdirSync(join(wortel, 'packages')).filter((p) =>
  existsSync(join(wortel, 'packages', p, 'schemas', 'index.json')),
);

test('the built packages ship JSON Schemas', () =>
  assert.ok(pakketten.length > 0, 'run npm run build first'));

for (const pakket of pakketten) {
  const pkg = lees('packages', pakket, 'package.json');
  const index = lees('packages', pakket, 'schemas', 'index.json');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const schemas = new Map();

  test(`${pakket}: every schema compiles with Ajv and has a stable $id`, () => {
    assert.ok(pkg.files.includes('schemas'), `${pakket}: package.json files lacks schemas`);
    assert.equal(
      pkg.exports['./schemas/*.json'],
      './schemas/*.json',
      `${pakket}: no ./schemas/*.json export`,
    );
    for (const { naam, $id, bestand } of index.schemas) {
      const schema = lees('packages', pakket, bestand);
      assert.equal(schema.$id, `urn:schoolveiligheid:${pakket}:${pkg.version}:${naam}`);
      assert.equal($id, schema.$id);
      assert.ok(
        typeof schema.description === 'string' && schema.description.length > 0,
        `${naam}: description`,
      );
      schemas.set(naam, ajv.compile(schema));
    }
  });

  for (const [bestand, velden] of Object.entries(pkg.schoolveiligheid?.fixtures ?? {})) {
    test(`${pakket}: fixtures/${bestand} validates against the shipped schemas`, () => {
      assert.ok(pkg.files.includes('fixtures'), `${pakket}: package.json files lacks fixtures`);
      const gevallen = lees('packages', pakket, 'fixtures', bestand);
      let gecontroleerd = 0;
      for (const geval of gevallen) {
        for (const [pad, doel] of Object.entries(velden)) {
          const naam = typeof doel === 'string' ? doel : doel.schemas[waardenOp(geval, doel.volgens)[0]];
          assert.ok(naam, `${bestand} "${geval.naam}": no schema for ${pad}`);
          const valideer = schemas.get(naam);
          assert.ok(valideer, `${pakket} ships no ${naam}`);
          for (const waarde of waardenOp(geval, pad)) {
            gecontroleerd++;
            assert.ok(
              valideer(waarde),
              `${bestand} "${geval.naam}" ${pad} against ${naam}: ${ajv.errorsText(valideer.errors)}`,
            );
          }
        }
      }
      assert.ok(gecontroleerd > 0, `${bestand}: the mapping matched no value`);
    });
  }
}
