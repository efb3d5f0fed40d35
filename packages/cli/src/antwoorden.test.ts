import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { UITVOER_SCHEMAS } from './antwoorden.js';
import { openApiDocument } from './openapi.js';
import { OPDRACHTEN } from './tabel.js';
import { scenarios } from './testhulp/scenarios.js';

// The OpenAPI document's answer schemas hold for what the libraries answer: every worked case of the shipped
// fixtures (scenarios.ts) that succeeds validates against the `200` schema of its command, with Ajv (not zod),
// the way a Java or C# client generated from the document reads it.

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: 'sidecar', components: doc.components }, 'sidecar');

/** The `200` schema of a command, its component refs pointing into the registered document. */
function antwoordSchema(naam: string) {
  const pad = doc.paths[`/v1/${naam}`] as {
    post: { responses: { '200': { content: { 'application/json': { schema: unknown } } } } };
  };
  const tekst = JSON.stringify(pad.post.responses['200'].content['application/json'].schema);
  return JSON.parse(tekst.replaceAll('"#/components/schemas/', '"sidecar#/components/schemas/'));
}

describe('the answer schemas of the OpenAPI document', () => {
  it('has one for every command of the table', () => {
    expect(OPDRACHTEN.map((o) => o.naam).filter((n) => !UITVOER_SCHEMAS[n])).toEqual([]);
  });

  const gelukt = scenarios().filter((s) => (s.verwacht as { ok: boolean }).ok);
  it('covers every command that has worked cases', () => {
    expect(new Set(gelukt.map((s) => s.opdracht)).size).toBeGreaterThanOrEqual(6);
  });

  for (const s of gelukt)
    it(`${s.opdracht}: ${s.naam}`, () => {
      const valideer = ajv.compile(antwoordSchema(s.opdracht));
      const goed = valideer(s.verwacht);
      expect(goed, JSON.stringify(valideer.errors?.slice(0, 3))).toBe(true);
    });

  it('refuses an answer without its required fields (the schemas can fail)', () => {
    const valideer = ajv.compile(antwoordSchema('termijn'));
    expect(valideer({ ok: true, waarde: { laatsteDag: '2027-01-04' } })).toBe(false);
    const besluit = ajv.compile(antwoordSchema('datalek'));
    expect(besluit({ ok: true, waarde: { uitkomst: {}, redenen: [], verantwoording: {} } })).toBe(false);
  });
});
