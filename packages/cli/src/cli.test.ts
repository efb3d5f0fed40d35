// End to end: the built command line (`node dist/bin.js`) on the worked cases kern, datalek and schorsing ship,
// answering exactly what the libraries answer when called directly; the exit codes; `--uitleg`.
import { beforeAll, describe, expect, it } from 'vitest';
import { beperkt, draai, dossierScenario, eisBuild, type Scenario, scenarios } from './testhulp/scenarios.js';

const SCENARIOS = scenarios();

/** Every sentence of an answer (tekst and melding), for the `--uitleg` test. */
function zinnen(w: unknown, uit: string[] = []): string[] {
  if (Array.isArray(w)) for (const x of w) zinnen(x, uit);
  else if (typeof w === 'object' && w !== null)
    for (const [k, v] of Object.entries(w)) {
      if ((k === 'tekst' || k === 'melding') && typeof v === 'string') uit.push(v);
      else zinnen(v, uit);
    }
  return uit;
}

describe('schoolveiligheid <opdracht>: the shipped worked cases, as the library answers them', () => {
  let antwoorden: { code: number | null; stdout: string; stderr: string }[] = [];
  // The setup starts one process per shipped case (about 170, and growing with the fixtures); on a loaded 2-core
  // runner that once took more than 120 s. It may take up to 10 minutes: the tests assert answers, never time.
  beforeAll(async () => {
    eisBuild();
    antwoorden = await beperkt(SCENARIOS.map((s) => () => draai([s.opdracht], JSON.stringify(s.invoer))));
  }, 600_000);

  it('has scenarios of every package and command', () => {
    expect(new Set(SCENARIOS.map((s) => s.opdracht))).toEqual(
      new Set(['termijn', 'datalek', 'schorsing', 'bezwaartermijnen', 'verwijdering', 'dossier']),
    );
  });

  it.each(SCENARIOS.map((s, i) => [s.naam, s, i] as const))('%s', (_naam, s: Scenario, i) => {
    const a = antwoorden[i];
    if (!a) throw new Error('no answer');
    const json = JSON.parse(a.stdout);
    expect(json).toEqual(s.verwacht);
    expect(a.code).toBe(json.ok ? 0 : 1);
    expect(a.stderr).toBe('');
  });
});

describe('schoolveiligheid: input, exit codes and --uitleg', () => {
  beforeAll(eisBuild);
  const termijn = SCENARIOS.find((s) => s.opdracht === 'termijn' && (s.invoer as { nu?: string }).nu);
  if (!termijn) throw new Error('no termijn scenario with nu');

  it('reads --invoer and options the same as stdin', async () => {
    const viaInvoer = await draai(['termijn', '--invoer', JSON.stringify(termijn.invoer)]);
    expect(JSON.parse(viaInvoer.stdout)).toEqual(termijn.verwacht);
    const { gebeurtenis, duur, grondslag, nu } = termijn.invoer as Record<string, string>;
    if (!grondslag || !nu) throw new Error('the termijn scenario has no grondslag or nu');
    const velden = await draai([
      'termijn',
      `--gebeurtenis=${gebeurtenis}`,
      '--duur',
      JSON.stringify(duur),
      '--grondslag',
      grondslag,
      '--nu',
      nu,
      ...Object.entries(termijn.invoer as object)
        .filter(([k]) => !['gebeurtenis', 'duur', 'grondslag', 'nu'].includes(k))
        .flatMap(([k, v]) => [`--${k}`, JSON.stringify(v)]),
    ]);
    expect([velden.code, JSON.parse(velden.stdout)]).toEqual([0, termijn.verwacht]);
  });

  it('--uitleg prints every reason and trace step of the answer, and no JSON', async () => {
    // the first case of each command, and a refusal
    const gekozen = [...new Map(SCENARIOS.map((x) => [x.opdracht, x])).values()];
    const geweigerd = SCENARIOS.find((x) => (x.verwacht as { ok: boolean }).ok === false);
    if (geweigerd) gekozen.push(geweigerd);
    const uitleg = await beperkt(
      gekozen.map((s) => () => draai([s.opdracht, '--uitleg'], JSON.stringify(s.invoer))),
    );
    for (const [i, s] of gekozen.entries()) {
      const tekst = uitleg[i]?.stdout ?? '';
      expect(tekst.startsWith((s.verwacht as { ok: boolean }).ok ? 'Uitkomst:' : 'Geweigerd:'), s.naam).toBe(
        true,
      );
      const lijst = zinnen(s.verwacht);
      expect(lijst.length, s.naam).toBeGreaterThan(0);
      for (const zin of lijst) expect(tekst, s.naam).toContain(zin);
    }
  }, 120_000);

  it('exit 1 with coded problems for refused input; nothing of the input in them', async () => {
    const a = await draai(['datalek'], JSON.stringify({ incident: { id: 'Jan Jansen 111222333' } }));
    expect(a.code).toBe(1);
    const json = JSON.parse(a.stdout);
    expect(json.ok).toBe(false);
    expect(json.problemen.length).toBeGreaterThan(0);
    expect(a.stdout).not.toContain('Jan Jansen');
    expect(a.stdout).not.toContain('111222333');
    const kapot = await draai(['termijn'], '{ "gebeurtenis": ');
    expect([kapot.code, JSON.parse(kapot.stdout).problemen[0].code]).toEqual([1, 'ONGELDIGE_JSON']);
  });

  it('exit 2 for misuse: unknown command, unknown option, no input', async () => {
    const onbekend = await draai(['termijnen'], '{}');
    expect([onbekend.code, JSON.parse(onbekend.stdout).problemen[0].code]).toEqual([2, 'ONBEKENDE_OPDRACHT']);
    const optie = await draai(['termijn', 'los']);
    expect([optie.code, JSON.parse(optie.stdout).problemen[0].code]).toEqual([2, 'ONGELDIGE_OPTIE']);
    const leeg = await draai(['termijn'], '');
    expect([leeg.code, JSON.parse(leeg.stdout).problemen[0].code]).toEqual([2, 'GEEN_INVOER']);
    expect(leeg.stderr).toContain('--help');
  });

  it('a thrown SDK error becomes its coded problem, never a stack', async () => {
    const a = await draai(
      ['schorsing'],
      JSON.stringify({
        ingangsdatum: '2045-01-09',
        duur: { aantal: 2, eenheid: 'schooldagen' },
        kalender: { regio: 'noord' },
      }),
    );
    expect(a.code).toBe(1);
    expect(a.stdout).not.toMatch(/\bat \S+ \(/);
    expect(JSON.parse(a.stdout).problemen.map((p: { code: string }) => p.code)).toEqual([
      'KALENDER_BUITEN_BEREIK',
    ]);
  });

  it('dossier takes nu from the clock when the input has none, and says which', async () => {
    const { nu: _nu, ...zonder } = dossierScenario(SCENARIOS).invoer as Record<string, unknown>;
    const a = await draai(['dossier'], JSON.stringify(zonder));
    const json = JSON.parse(a.stdout);
    expect(a.code).toBe(0);
    expect(json.waarde.nu).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  it('lijst, --help and --versie', async () => {
    const lijst = JSON.parse((await draai(['lijst'])).stdout);
    expect(lijst.waarde.opdrachten.map((o: { naam: string }) => o.naam)).toContain('dossier');
    const hulp = await draai(['--help']);
    expect([hulp.code, hulp.stdout]).toEqual([0, expect.stringContaining('Exit codes')]);
    const versie = await draai(['--versie']);
    expect(versie.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
