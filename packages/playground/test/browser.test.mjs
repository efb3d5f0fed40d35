// The playground in a real browser (issue 19): Debian's Chromium, driven by playwright-core (no browser
// download), against the built page served on loopback. It fills each regulation's form, checks that the page
// shows what the library itself answers for the same input, and saves a screenshot to test-results/. A missing
// browser fails the test (CHROMIUM=<path> overrides /usr/bin/chromium); it is never skipped. Run after the build:
// `npm test` in this folder, or from the root `npm test`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { beoordeelIncident, valideerIncident } from '@schoolveiligheid/datalek';
import gevallen from '@schoolveiligheid/datalek/fixtures/gevallen.json' with { type: 'json' };
import { berekenTermijn, leesbareDatum, schoolkalender } from '@schoolveiligheid/kern';
import { berekenSchorsing } from '@schoolveiligheid/schorsing';
import { chromium } from 'playwright-core';

const map = new URL('..', import.meta.url).pathname;
const dist = join(map, 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SOORT = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

let server;
let browser;
let adres;

before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'build the playground first (npm run build)');
  assert.ok(
    existsSync(CHROMIUM),
    `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium)`,
  );
  server = createServer((verzoek, antwoord) => {
    const pad = normalize(decodeURIComponent(new URL(verzoek.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const bestand = join(dist, pad === '/' ? 'index.html' : pad);
    if (!bestand.startsWith(dist) || !existsSync(bestand)) {
      antwoord.writeHead(404).end();
      return;
    }
    antwoord.writeHead(200, { 'content-type': SOORT[extname(bestand)] ?? 'application/octet-stream' });
    antwoord.end(readFileSync(bestand));
  });
  await new Promise((klaar) => server.listen(0, '127.0.0.1', klaar));
  adres = `http://127.0.0.1:${server.address().port}/`;
  const alsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: alsRoot ? ['--no-sandbox'] : [] });
});

after(async () => {
  await browser?.close();
  await new Promise((klaar) => (server ? server.close(klaar) : klaar()));
});

/** Opens the page, picks a regulation, fills the fields and returns the answer's heading and list items. */
async function bereken(regeling, velden) {
  const pagina = await browser.newPage();
  const fouten = [];
  pagina.on('pageerror', (e) => fouten.push(e.message));
  await pagina.goto(adres);
  await pagina.selectOption('#regeling', regeling);
  for (const [naam, waarde] of Object.entries(velden)) {
    const veld = pagina.locator(`#veld-${naam}`);
    if ((await veld.evaluate((e) => e.tagName)) === 'SELECT') await veld.selectOption(waarde);
    else await veld.fill(waarde);
  }
  await pagina.click('#bereken');
  await pagina.waitForSelector('#antwoord');
  const kop = await pagina.textContent('#antwoord');
  const regels = await pagina.locator('#uitkomst li').allTextContents();
  assert.deepEqual(fouten, [], 'the page threw');
  return { pagina, kop, regels };
}

test('termijn: a bezwaar of 6 weeks from Friday 20 November 2026 ends on Monday 4 January 2027 (Atw art. 1)', async () => {
  const { pagina, kop, regels } = await bereken('termijn', {
    gebeurtenis: '2026-11-20',
    aantal: '6',
    eenheid: 'weken',
  });
  const t = berekenTermijn({
    gebeurtenis: '2026-11-20',
    duur: { aantal: 6, eenheid: 'weken' },
    grondslag: 'nl-wet',
  });
  assert.equal(t.laatsteDag, '2027-01-04');
  assert.match(kop, new RegExp(leesbareDatum(t.laatsteDag)));
  for (const stap of t.spoor)
    assert.ok(
      regels.some((r) => r.startsWith(stap.tekst)),
      `trace step ${stap.code}`,
    );
  mkdirSync(join(map, 'test-results'), { recursive: true });
  await pagina.screenshot({ path: join(map, 'test-results', 'playground.png'), fullPage: true });
  assert.ok(existsSync(join(map, 'test-results', 'playground.png')));
});

test('schorsing: 5 school days from 18 December 2025 in regio noord, back on 8 January 2026 (WPO art. 40c)', async () => {
  const invoer = { ingangsdatum: '2025-12-18', aantal: '5', regio: 'noord', besluitdatum: '2025-12-17' };
  const { kop, regels } = await bereken('schorsing', invoer);
  const r = berekenSchorsing({
    ingangsdatum: '2025-12-18',
    duur: { aantal: 5, eenheid: 'schooldagen' },
    kalender: schoolkalender({ regio: 'noord' }),
    besluitdatum: '2025-12-17',
  });
  assert.ok(r.ok);
  assert.equal(r.waarde.terugOp, '2026-01-08');
  assert.match(kop, new RegExp(leesbareDatum(r.waarde.terugOp)));
  for (const d of r.waarde.schooldagen) assert.ok(regels.includes(leesbareDatum(d)), d);
});

test('datalek: the unencrypted stolen laptop must be reported to the AP (AVG art. 33)', async () => {
  const { kop, regels } = await bereken('datalek', { versleuteling: 'geen', aanwijzingMisbruik: 'ja' });
  const laptop = gevallen.find((g) => g.naam.startsWith('onversleutelde laptop'));
  const incident = valideerIncident(laptop.invoer.incident);
  assert.ok(incident.ok);
  const { uitkomst, redenen } = beoordeelIncident(incident.waarde);
  assert.equal(uitkomst.meldplichtAP, true);
  assert.match(kop, /Melden bij de AP: ja/);
  for (const r of redenen)
    assert.ok(
      regels.some((x) => x.startsWith(r.tekst)),
      r.code,
    );
});
