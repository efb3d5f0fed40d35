import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { naarAmsterdamsTijdstip, SchoolveiligheidFout, type Tijdstip } from '@schoolveiligheid/kern';
import { type CliProbleemCode, cliProbleem } from './codes.js';
import { leesJson, naarJson } from './json.js';
import { openApiDocument } from './openapi.js';
import { PAKKET } from './pakket.js';
import { type Uitkomst, voerUit, weigering, zoekOpdracht } from './uitvoering.js';

/**
 * The largest request body the server reads by default: 1 MiB. A larger one is answered with 413.
 *
 * @example
 * ```ts
 * import { MAX_LICHAAM } from '@schoolveiligheid/cli';
 * MAX_LICHAAM; //=> 1048576
 * ```
 */
export const MAX_LICHAAM = 1_048_576;

/** An HTTP request as {@link behandel} sees it: plain data, so it can be tested without a socket. */
export interface Verzoek {
  /** `GET`, `POST`, ... */
  readonly methode: string;
  /** The request target: `/v1/termijn`; a query string is ignored. */
  readonly pad: string;
  /** The `Content-Type` header, if any. */
  readonly inhoudstype?: string;
  /** The body as text. */
  readonly lichaam?: string;
}

/** The answer of {@link behandel}: status, headers and the JSON body as text. */
export interface HttpAntwoord {
  readonly status: number;
  readonly kopteksten: Readonly<Record<string, string>>;
  readonly lichaam: string;
}

/** Options of {@link behandel} and {@link maakServer}. */
export interface ServerOpties {
  /** The clock for requests without `nu` (commands that need one); without it such a request must carry `nu`. */
  readonly klok?: () => Tijdstip;
  /** Largest body in bytes (UTF-8); default {@link MAX_LICHAAM}. A larger one gets 413. */
  readonly maxLichaam?: number;
}

const KOPTEKSTEN = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

const antwoord = (status: number, waarde: unknown, extra: Record<string, string> = {}): HttpAntwoord => ({
  status,
  kopteksten: { ...KOPTEKSTEN, ...extra },
  lichaam: naarJson(waarde),
});

const van = (u: Uitkomst): HttpAntwoord => antwoord(u.status, u.json);

const geweigerd = (status: number, code: CliProbleemCode, extra: Record<string, string> = {}) =>
  antwoord(status, weigering(1, status, [cliProbleem(code)]).json, extra);

function opties(o: unknown): { klok?: () => Tijdstip; maxLichaam: number } {
  if (o === undefined) return { maxLichaam: MAX_LICHAAM };
  if (typeof o !== 'object' || o === null)
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Geef de opties van de server als object.');
  const { klok, maxLichaam } = o as ServerOpties;
  if (klok !== undefined && typeof klok !== 'function')
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'De klok is een functie die een tijdstip geeft.');
  if (maxLichaam !== undefined && !(Number.isSafeInteger(maxLichaam) && maxLichaam > 0))
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'maxLichaam is een geheel aantal bytes van 1 of meer.',
    );
  return { ...(klok ? { klok } : {}), maxLichaam: maxLichaam ?? MAX_LICHAAM };
}

const isJson = (inhoudstype: unknown) =>
  typeof inhoudstype === 'string' && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(inhoudstype.trim());

/**
 * Answers one request, purely: the routes of the sidecar without a socket. `GET /health`, `GET /openapi.json`,
 * `POST /v1/<opdracht>` with a JSON body (the same JSON as the command line). 404 for an unknown path or
 * command, 405 for another method, 415 without `Content-Type: application/json`, 413 for a body over the
 * limit, 400 for JSON that does not parse, 422 for refused input. Never throws for any request; options
 * that are not options throw kern's `SchoolveiligheidFout` (`ONGELDIGE_INVOER`).
 *
 * @example
 * ```ts
 * import { behandel } from '@schoolveiligheid/cli';
 * const a = behandel({ methode: 'POST', pad: '/v1/termijn', inhoudstype: 'application/json',
 *   lichaam: JSON.stringify({ gebeurtenis: '2026-12-01', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' }) });
 * [a.status, JSON.parse(a.lichaam).waarde.laatsteDag]; //=> [200, '2027-01-12']
 * behandel({ methode: 'POST', pad: '/v1/termijn', inhoudstype: 'text/plain', lichaam: '{}' }).status; //=> 415
 * behandel({ methode: 'POST', pad: '/v1/termijn', inhoudstype: 'application/json', lichaam: '{ kapot' }).status; //=> 400
 * behandel({ methode: 'GET', pad: '/onbekend' }).status; //=> 404
 * JSON.parse(behandel({ methode: 'GET', pad: '/health' }).lichaam).status; //=> 'ok'
 * ```
 */
export function behandel(verzoek: Verzoek, serverOpties?: ServerOpties): HttpAntwoord {
  try {
    const o = opties(serverOpties);
    if (typeof verzoek !== 'object' || verzoek === null) return geweigerd(400, 'ONGELDIGE_JSON');
    const { methode, pad, inhoudstype, lichaam } = verzoek;
    const route = typeof pad === 'string' ? (pad.split('?')[0] as string) : '';
    const get = methode === 'GET' || methode === 'HEAD';
    if (route === '/health') {
      if (!get) return geweigerd(405, 'METHODE_NIET_TOEGESTAAN', { allow: 'GET' });
      return antwoord(200, { status: 'ok', pakket: PAKKET.naam, versie: PAKKET.versie });
    }
    if (route === '/openapi.json') {
      if (!get) return geweigerd(405, 'METHODE_NIET_TOEGESTAAN', { allow: 'GET' });
      return antwoord(200, openApiDocument());
    }
    const m = /^\/v1\/([a-z]+(?:-[a-z]+)*)\/?$/.exec(route);
    if (!m) return geweigerd(404, 'ONBEKEND_PAD');
    const naam = m[1] as string;
    if (naam !== 'lijst' && !zoekOpdracht(naam)) return geweigerd(404, 'ONBEKEND_PAD');
    if (methode !== 'POST') return geweigerd(405, 'METHODE_NIET_TOEGESTAAN', { allow: 'POST' });
    const tekst = typeof lichaam === 'string' ? lichaam : '';
    if (Buffer.byteLength(tekst, 'utf8') > o.maxLichaam) return geweigerd(413, 'VERZOEK_TE_GROOT');
    if (naam === 'lijst' && tekst.trim() === '') return van(voerUit('lijst', {}));
    if (!isJson(inhoudstype)) return geweigerd(415, 'VERKEERD_INHOUDSTYPE');
    const json = leesJson(tekst);
    if (!json.ok) return antwoord(400, json);
    return van(voerUit(naam, json.waarde, o.klok ? { klok: o.klok } : {}));
  } catch (fout) {
    if (fout instanceof SchoolveiligheidFout) throw fout;
    return geweigerd(500, 'INTERNE_FOUT');
  }
}

/** The system clock in Europe/Amsterdam: the server's default for requests without `nu`. */
function systeemklok(): Tijdstip {
  return naarAmsterdamsTijdstip(Date.now());
}

/** Reads a body up to `max` bytes; past it, drains the rest (up to 8 times the limit) and reports `te groot`. */
function leesLichaam(req: IncomingMessage, max: number, klaar: (lichaam: string | undefined) => void): void {
  const lengte = Number(req.headers['content-length']);
  const delen: Buffer[] = [];
  let gelezen = 0;
  let teGroot = Number.isFinite(lengte) && lengte > max;
  req.on('data', (deel: Buffer) => {
    gelezen += deel.length;
    if (gelezen > max) teGroot = true;
    if (gelezen > 8 * max) req.destroy();
    else if (!teGroot) delen.push(deel);
  });
  req.on('end', () => klaar(teGroot ? undefined : Buffer.concat(delen).toString('utf8')));
  req.on('error', () => klaar(undefined));
}

/**
 * The sidecar as a Node `http.Server` (not yet listening): every request is answered by {@link behandel},
 * with the body read up to `maxLichaam` bytes (413 beyond it, without buffering the rest). Stateless. Without
 * `opties.klok` the server's own clock (Europe/Amsterdam) answers requests that need `nu` and lack it. Call
 * `listen(poort, '127.0.0.1')` yourself: a sidecar belongs on loopback.
 *
 * @example
 * ```ts
 * import { maakServer } from '@schoolveiligheid/cli';
 * const server = maakServer({ maxLichaam: 65_536 });
 * server.listening; //=> false
 * ```
 */
export function maakServer(serverOpties?: ServerOpties): Server {
  const o = opties(serverOpties);
  const klok = o.klok ?? systeemklok;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let beantwoord = false;
    const stuur = (a: HttpAntwoord) => {
      if (beantwoord || res.headersSent) return;
      beantwoord = true;
      res.writeHead(a.status, a.kopteksten);
      res.end(req.method === 'HEAD' ? undefined : a.lichaam);
    };
    leesLichaam(req, o.maxLichaam, (lichaam) => {
      stuur(
        lichaam === undefined
          ? geweigerd(413, 'VERZOEK_TE_GROOT', { connection: 'close' })
          : behandel(
              {
                methode: req.method ?? '',
                pad: req.url ?? '',
                ...(req.headers['content-type'] ? { inhoudstype: req.headers['content-type'] } : {}),
                lichaam,
              },
              { klok, maxLichaam: o.maxLichaam },
            ),
      );
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}
