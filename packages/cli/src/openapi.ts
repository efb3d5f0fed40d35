import { antwoordComponenten, UITVOER_SCHEMAS } from './antwoorden.js';
import { PAKKET } from './pakket.js';
import { invoerJsonSchema, type JsonSchema } from './schema.js';
import { OPDRACHTEN } from './tabel.js';

/** The `$ref` of a component schema. */
const ref = (naam: string) => ({ $ref: `#/components/schemas/${naam}` });

/** `termijn` → `Termijn`, `bezwaar-termijnen` → `BezwaarTermijnen`: component names. */
const componentNaam = (naam: string) =>
  naam
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

const PROBLEEM: JsonSchema = {
  type: 'object',
  description:
    'A coded problem: a stable code, the path into the input, a Dutch melding that never repeats the input, and the limits behind it.',
  required: ['code', 'pad', 'melding'],
  properties: {
    code: {
      type: 'string',
      description: "Stable code from kern's or the package's catalogue, or CLI_CODES.",
    },
    pad: { type: 'array', items: { type: ['string', 'integer'] }, description: 'Path into the input.' },
    melding: { type: 'string', description: 'Dutch message for people.' },
    parameters: {
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean'] },
      description: 'The values the melding is built from (limits, dates), never personal data.',
    },
  },
};

const GEWEIGERD: JsonSchema = {
  type: 'object',
  description: "A refusal, kern's Resultaat with ok: false.",
  required: ['ok', 'problemen'],
  properties: { ok: { const: false }, problemen: { type: 'array', items: ref('Probleem') } },
};

/** The answer of a command on success: `{ ok: true, waarde }`, `waarde` by its schema (`antwoorden.ts`). */
const gelukt = (uitvoer: string, waarde?: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['ok', 'waarde'],
  properties: { ok: { const: true }, waarde: { description: uitvoer, ...(waarde ?? { type: 'object' }) } },
});

const weigering = (description: string) => ({ description, content: json(ref('Geweigerd')) });

/**
 * The OpenAPI 3.1 document of the sidecar (`GET /openapi.json`), generated from the command table: one
 * `POST /v1/<naam>` per command with its input schema (`z.toJSONSchema` of its zod schema) and the schema of
 * its answer (Termijn, Besluit, OpenTermijn, Stap, ... as components), plus `/v1/lijst`, `/health` and
 * `/openapi.json`. Every refusal has kern's `Resultaat` shape with coded problems.
 *
 * @example
 * ```ts
 * import { openApiDocument } from '@schoolveiligheid/cli';
 * const doc = openApiDocument();
 * doc.openapi; //=> '3.1.0'
 * Object.keys(doc.paths).includes('/v1/termijn'); //=> true
 * Object.keys(doc.components.schemas).includes('Termijn'); //=> true
 * ```
 */
export function openApiDocument(): {
  readonly openapi: '3.1.0';
  readonly info: JsonSchema;
  readonly paths: Readonly<Record<string, JsonSchema>>;
  readonly components: { readonly schemas: Readonly<Record<string, JsonSchema>> };
} {
  const schemas: Record<string, JsonSchema> = {
    Probleem: PROBLEEM,
    Geweigerd: GEWEIGERD,
    ...antwoordComponenten(),
  };
  const paths: Record<string, JsonSchema> = {};
  for (const o of OPDRACHTEN) {
    const naam = `${componentNaam(o.naam)}Invoer`;
    schemas[naam] = invoerJsonSchema(o);
    paths[`/v1/${o.naam}`] = {
      post: {
        operationId: o.naam,
        summary: o.omschrijving,
        description: `${o.omschrijving}${o.nuUitKlok ? ' Without nu in the body the server uses its own clock (Europe/Amsterdam) and says which nu it used.' : ''}`,
        requestBody: { required: true, content: json(ref(naam)) },
        responses: {
          '200': { description: 'The answer.', content: json(gelukt(o.uitvoer, UITVOER_SCHEMAS[o.naam])) },
          '400': weigering(
            'The body is not JSON, or nests deeper than 64 levels (ONGELDIGE_JSON, JSON_TE_DIEP).',
          ),
          '413': weigering('The body is larger than the server accepts (VERZOEK_TE_GROOT).'),
          '415': weigering('The body is not sent as application/json (VERKEERD_INHOUDSTYPE).'),
          '422': weigering('The input is refused: coded problems of the schema or the library.'),
          '500': weigering('An internal error (INTERNE_FOUT); never a stack trace.'),
        },
      },
    };
  }
  paths['/v1/lijst'] = {
    post: {
      operationId: 'lijst',
      summary: 'The commands and the JSON Schema of their input.',
      requestBody: { required: false, content: json({ type: 'object' }) },
      responses: { '200': { description: 'The list.', content: json(gelukt('{ opdrachten: [...] }')) } },
    },
  };
  paths['/health'] = {
    get: {
      operationId: 'health',
      summary: 'Liveness: the package and its release.',
      responses: {
        '200': {
          description: 'The server runs.',
          content: json({
            type: 'object',
            required: ['status', 'pakket', 'versie'],
            properties: { status: { const: 'ok' }, pakket: { type: 'string' }, versie: { type: 'string' } },
          }),
        },
      },
    },
  };
  paths['/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'This document.',
      responses: { '200': { description: 'The OpenAPI 3.1 document.', content: json({ type: 'object' }) } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'schoolveiligheid sidecar',
      version: PAKKET.versie,
      summary: 'Dutch primary-school safety regulation as a local HTTP service: JSON in, JSON out.',
      description:
        'The calculators of the @schoolveiligheid SDK for back ends in any language. Stateless; bind it to 127.0.0.1. Every answer is JSON in the Resultaat shape: { ok: true, waarde } or { ok: false, problemen }.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    paths,
    components: { schemas },
  };
}
