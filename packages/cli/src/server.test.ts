// The sidecar on loopback (127.0.0.1, port 0): the same worked cases answered exactly as the libraries answer
// them, and the bounds of a request (413, 415, 400, 404, 405), through a real socket.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPDRACHTEN } from './tabel.js';
import { behandel, MAX_LICHAAM, maakServer } from './server.js';
import { beperkt, dossierScenario, type Scenario, scenarios } from './testhulp/scenarios.js';

const SCENARIOS = scenarios();
const VAST_NU = '2026-10-28T09:00:00+01:00';

let server: Server;
let basis = '';

beforeAll(async () => {
  server = maakServer({ klok: () => VAST_NU, maxLichaam: MAX_LICHAAM });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((klaar) => server.close(klaar));
});

/** The JSON of an answer, in the shape the tests read. */
interface Json {
  readonly ok: boolean;
  readonly waarde: { readonly nu: string };
  readonly problemen: readonly { readonly code: string }[];
}
const lees = async (r: Response) => (await r.json()) as Json;

const post = (pad: string, lichaam: string, type = 'application/json') =>
  fetch(`${basis}${pad}`, { method: 'POST', headers: { 'content-type': type }, body: lichaam });

describe('POST /v1/<opdracht>: the shipped worked cases, as the library answers them', () => {
  let antwoorden: { status: number; json: unknown }[] = [];
  beforeAll(async () => {
    antwoorden = await beperkt(
      SCENARIOS.map((s) => async () => {
        const r = await post(`/v1/${s.opdracht}`, JSON.stringify(s.invoer));
        return { status: r.status, json: await r.json() };
      }),
      8,
    );
  });

  it.each(SCENARIOS.map((s, i) => [s.naam, s, i] as const))('%s', (_naam, s: Scenario, i) => {
    const a = antwoorden[i];
    expect(a?.json).toEqual(s.verwacht);
    expect(a?.status).toBe((s.verwacht as { ok: boolean }).ok ? 200 : 422);
  });
});

describe('the sidecar: routes and bounds', () => {
  it('GET /health', async () => {
    const r = await fetch(`${basis}/health`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await r.json()).toMatchObject({ status: 'ok', pakket: '@schoolveiligheid/cli' });
  });

  it('GET /openapi.json: OpenAPI 3.1, valid JSON, a path with an input schema for every command', async () => {
    const r = await fetch(`${basis}/openapi.json`);
    expect(r.status).toBe(200);
    const tekst = await r.text();
    const doc = JSON.parse(tekst);
    expect(doc.openapi).toBe('3.1.0');
    for (const o of OPDRACHTEN) {
      const post = doc.paths[`/v1/${o.naam}`]?.post;
      expect(post?.operationId, o.naam).toBe(o.naam);
      const ref: string = post.requestBody.content['application/json'].schema.$ref;
      const naam = ref.replace('#/components/schemas/', '');
      expect(doc.components.schemas[naam]?.type, o.naam).toBe('object');
    }
    // every reference resolves inside the document
    for (const [, ref] of tekst.matchAll(/"\$ref": ?"([^"]+)"/g)) {
      expect(ref?.startsWith('#/components/schemas/'), ref).toBe(true);
      expect(doc.components.schemas[(ref as string).split('/').at(-1) as string], ref).toBeDefined();
    }
  });

  it('413 for a body over the limit, read no further than needed', async () => {
    const r = await post('/v1/termijn', JSON.stringify({ x: 'a'.repeat(MAX_LICHAAM) }));
    expect(r.status).toBe(413);
    expect((await lees(r)).problemen[0]?.code).toBe('VERZOEK_TE_GROOT');
  });

  it('415 without Content-Type: application/json', async () => {
    const r = await post('/v1/termijn', '{}', 'text/plain');
    expect([r.status, (await lees(r)).problemen[0]?.code]).toEqual([415, 'VERKEERD_INHOUDSTYPE']);
  });

  it('400 with a coded problem for JSON that does not parse or nests too deep', async () => {
    const kapot = await post('/v1/termijn', '{ "gebeurtenis": ');
    expect([kapot.status, (await lees(kapot)).problemen[0]?.code]).toEqual([400, 'ONGELDIGE_JSON']);
    const diep = await post('/v1/termijn', `${'['.repeat(100)}${']'.repeat(100)}`);
    expect([diep.status, (await lees(diep)).problemen[0]?.code]).toEqual([400, 'JSON_TE_DIEP']);
  });

  it('404 for an unknown path or command, 405 for another method', async () => {
    for (const pad of ['/', '/v1/onbekend', '/v2/termijn', '/v1/termijn/extra']) {
      const r = await post(pad, '{}');
      expect([pad, r.status, (await lees(r)).problemen[0]?.code]).toEqual([pad, 404, 'ONBEKEND_PAD']);
    }
    const get = await fetch(`${basis}/v1/termijn`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('422 with the coded problems for refused input, nothing of the input echoed', async () => {
    const r = await post(
      '/v1/datalek',
      JSON.stringify({ incident: { id: 'Jan Jansen', omschrijving: '111222333' } }),
    );
    const tekst = await r.text();
    expect(r.status).toBe(422);
    expect(tekst).not.toContain('Jan Jansen');
    expect(tekst).not.toContain('111222333');
  });

  it('takes nu from the request, and the server clock only without one', async () => {
    const s = dossierScenario(SCENARIOS);
    const { nu, ...zonder } = s.invoer as Record<string, unknown>;
    const met = await lees(await post('/v1/dossier', JSON.stringify(s.invoer)));
    const zonderNu = await lees(await post('/v1/dossier', JSON.stringify(zonder)));
    expect([met.waarde.nu, zonderNu.waarde.nu]).toEqual([nu, VAST_NU]);
  });

  it('behandel answers the same without a socket', () => {
    const [s] = SCENARIOS;
    const a = behandel({
      methode: 'POST',
      pad: `/v1/${s?.opdracht}?x=1`,
      inhoudstype: 'application/json; charset=utf-8',
      lichaam: JSON.stringify(s?.invoer),
    });
    expect([a.status, JSON.parse(a.lichaam)]).toEqual([200, s?.verwacht]);
    expect(
      behandel({
        methode: 'POST',
        pad: '/v1/termijn',
        inhoudstype: 'application/json',
        lichaam: 'x'.repeat(MAX_LICHAAM + 1),
      }).status,
    ).toBe(413);
    expect(behandel({ methode: 'POST', pad: '/v1/termijn', lichaam: '{}' }).status).toBe(415);
    expect(behandel({ methode: 'POST', pad: '/v1/lijst' }).status).toBe(200);
  });
});
