// Test support (not exported): the worked cases the libraries ship (kern, datalek and schorsing fixtures, the
// kit's format { naam, bron, peildatum, invoer, verwacht }) as commands of the command table, each with the
// answer the library gives when called directly. The CLI test and the server test run the same list.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  beoordeelIncident,
  nieuwDossier as nieuwDatalekDossier,
  openTermijnen as datalekTermijnen,
  SEED_2018_BELEID as DATALEK_SEED,
  toestand as datalekToestand,
  vanOudeVorm as datalekVanOudeVorm,
  verwerkAlle as datalekVerwerkAlle,
  volgendeStappen as datalekStappen,
} from '@schoolveiligheid/datalek';
import {
  berekenTermijn,
  isTijdstip,
  type Resultaat,
  type SchoolkalenderInstellingen,
  SchoolveiligheidFout,
  schoolkalender,
  type TermijnInvoer,
  type Tijdstip,
  termijnStatus,
} from '@schoolveiligheid/kern';
import {
  type BezwaarInvoer,
  beoordeelVerwijdering,
  berekenBezwaartermijnen,
  berekenSchorsing,
  herspeel,
  openTermijnen,
  type SchorsingInvoer,
  schorsingProcedure,
  toestand,
  type VerwijderingsVoorwaarden,
  volgendeStappen,
} from '@schoolveiligheid/schorsing';
import { aangifteplichtProcedure, klachtProcedure } from '@schoolveiligheid/klachtenregeling';
import { klokkenluiderProcedure } from '@schoolveiligheid/klokkenluider';
import { meldcodeProcedure } from '@schoolveiligheid/meldcode';
import { pestprotocolProcedure } from '@schoolveiligheid/pestprotocol';
import { privacyProcedure } from '@schoolveiligheid/privacy';
import { type Fixture, leesFixtures } from '@schoolveiligheid/testkit';
import { PROCEDURES } from '../opdrachten/dossier.js';

const require = createRequire(import.meta.url);

/** A fixture file shipped by a package, by its public subpath (`@schoolveiligheid/kern/fixtures/termijnen.json`). */
function fixtures<I>(subpad: string): readonly Fixture<I>[] {
  return leesFixtures<I>(require.resolve(subpad));
}

/** One command run on a worked case: the input sent, and the JSON the library answers called directly. */
export interface Scenario {
  readonly naam: string;
  readonly opdracht: string;
  readonly invoer: unknown;
  /** The library's answer in kern's `Resultaat` shape, through a JSON round trip. */
  readonly verwacht: unknown;
}

const json = (w: unknown): unknown => JSON.parse(JSON.stringify(w));
const alsResultaat = (w: unknown): Resultaat<unknown> => ({ ok: true, waarde: w });

/**
 * The library's answer through a JSON round trip; an error it throws on misuse (kern's `SchoolveiligheidFout`,
 * such as a date outside the known calendar) as the coded problem the command answers with.
 */
function roep(bereken: () => unknown): unknown {
  try {
    return json(bereken());
  } catch (fout) {
    if (!(fout instanceof SchoolveiligheidFout)) throw fout;
    const heeftDetails = Object.keys(fout.details).length > 0;
    return json({
      ok: false,
      problemen: [
        {
          code: fout.code,
          pad: [],
          melding: fout.message,
          ...(heeftDetails ? { parameters: fout.details } : {}),
        },
      ],
    });
  }
}

type TermijnGeval = Omit<TermijnInvoer, 'kalender'> & {
  readonly kalender?: SchoolkalenderInstellingen;
  readonly nu?: Tijdstip;
};

type SchorsingGeval = Omit<SchorsingInvoer, 'kalender'> & { readonly kalender: SchoolkalenderInstellingen };

interface DossierGeval {
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
}

/** The datalek dossier of release 0.1 (its stolen-laptop case) and a moment after it closed. */
const DATALEK_OUD = require('@schoolveiligheid/datalek/fixtures/dossier-v0.1.json') as {
  opgeslagen: unknown;
};

/**
 * The dossier fixtures of the packages on kern's kernel (`{ kop, gebeurtenissen, nu }`, with `procedure` where a
 * package has two), each stored as a dossier and read by the `dossier` command; the answer expected is the
 * package's own: `leesDossier`, `toestand`, `openTermijnen`, `volgendeStappen` (a refused replay: its problems).
 */
const KERNEL_DOSSIERS: readonly { readonly fixture: string; readonly procedure: string }[] = [
  { fixture: '@schoolveiligheid/meldcode/fixtures/route.json', procedure: 'meldcode' },
  { fixture: '@schoolveiligheid/klachtenregeling/fixtures/dossiers.json', procedure: 'klacht' },
  { fixture: '@schoolveiligheid/klokkenluider/fixtures/gevallen.json', procedure: 'klokkenluider' },
  { fixture: '@schoolveiligheid/pestprotocol/fixtures/ladder.json', procedure: 'pestprotocol' },
  { fixture: '@schoolveiligheid/privacy/fixtures/verzoeken.json', procedure: 'privacy' },
];

/** The version each procedure writes into a new dossier. */
const VERSIES: Readonly<Record<string, number>> = {
  meldcode: meldcodeProcedure.definitie.versie,
  klacht: klachtProcedure.definitie.versie,
  aangifteplicht: aangifteplichtProcedure.definitie.versie,
  klokkenluider: klokkenluiderProcedure.definitie.versie,
  pestprotocol: pestprotocolProcedure.definitie.versie,
  privacy: privacyProcedure.definitie.versie,
};

function kernelDossiers(): Scenario[] {
  const lijst: Scenario[] = [];
  for (const { fixture, procedure: standaard } of KERNEL_DOSSIERS)
    for (const f of fixtures<DossierGeval & { readonly procedure?: string }>(fixture)) {
      const { kop, gebeurtenissen, nu } = f.invoer;
      if (!isTijdstip(nu)) continue; // a case that asks another question than the open terms
      const naam = f.invoer.procedure ?? standaard;
      const p = PROCEDURES[naam];
      if (!p) throw new Error(`${fixture}: no procedure ${naam}`);
      const opgeslagen = { procedure: naam, versie: VERSIES[naam], kop, gebeurtenissen };
      const gelezen = p.lees(opgeslagen);
      const t = gelezen.ok ? p.toestand(gelezen.waarde as never) : undefined;
      lijst.push({
        naam: `${naam} ${fixture.split('/').pop()}: ${f.naam}`,
        opdracht: 'dossier',
        invoer: { dossier: opgeslagen, nu },
        verwacht: json(
          gelezen.ok
            ? alsResultaat({
                procedure: naam,
                id: gelezen.waarde.kop.id,
                nu,
                toestand: t?.ok ? t.waarde : undefined,
                openTermijnen: p.openTermijnen(gelezen.waarde as never, nu),
                volgendeStappen: p.volgendeStappen(gelezen.waarde as never),
              })
            : { ok: false, problemen: gelezen.problemen.map((x) => ({ ...x, pad: ['dossier', ...x.pad] })) },
        ),
      });
    }
  return lijst;
}

/** Every scenario: the shipped worked cases of kern, datalek and schorsing, two dossiers of datalek, and the
 * dossier fixtures of the packages on the kernel. */
export function scenarios(): Scenario[] {
  const lijst: Scenario[] = [];
  for (const f of fixtures<TermijnGeval>('@schoolveiligheid/kern/fixtures/termijnen.json')) {
    const { nu, kalender, ...termijn } = f.invoer;
    const verwacht = roep(() => {
      const t = berekenTermijn(kalender ? { ...termijn, kalender: schoolkalender(kalender) } : termijn);
      return alsResultaat(nu ? { ...t, status: termijnStatus(t, nu) } : t);
    });
    lijst.push({
      naam: `kern termijnen.json: ${f.naam}`,
      opdracht: 'termijn',
      invoer: f.invoer,
      verwacht,
    });
  }
  const gevallen = fixtures<{ incident: Parameters<typeof beoordeelIncident>[0] }>(
    '@schoolveiligheid/datalek/fixtures/gevallen.json',
  );
  for (const [i, f] of gevallen.entries()) {
    const { peildatum } = f;
    lijst.push({
      naam: `datalek gevallen.json: ${f.naam}`,
      opdracht: 'datalek',
      invoer: { incident: f.invoer.incident, peildatum },
      verwacht: roep(() => alsResultaat(beoordeelIncident(f.invoer.incident, { peildatum }))),
    });
    if (i < 4)
      lijst.push({
        naam: `datalek gevallen.json, seed policy: ${f.naam}`,
        opdracht: 'datalek',
        invoer: { incident: f.invoer.incident, peildatum, beleid: 'seed-2018' },
        verwacht: json(
          alsResultaat(beoordeelIncident(f.invoer.incident, { peildatum, beleid: DATALEK_SEED })),
        ),
      });
  }
  for (const f of fixtures<SchorsingGeval>('@schoolveiligheid/schorsing/fixtures/schorsingen.json')) {
    const invoer = { ...f.invoer, peildatum: f.peildatum };
    lijst.push({
      naam: `schorsing schorsingen.json: ${f.naam}`,
      opdracht: 'schorsing',
      invoer,
      verwacht: roep(() => berekenSchorsing({ ...invoer, kalender: schoolkalender(f.invoer.kalender) })),
    });
  }
  for (const f of fixtures<BezwaarInvoer>('@schoolveiligheid/schorsing/fixtures/bezwaartermijnen.json'))
    lijst.push({
      naam: `schorsing bezwaartermijnen.json: ${f.naam}`,
      opdracht: 'bezwaartermijnen',
      invoer: f.invoer,
      verwacht: roep(() => berekenBezwaartermijnen(f.invoer)),
    });
  for (const f of fixtures<VerwijderingsVoorwaarden>(
    '@schoolveiligheid/schorsing/fixtures/verwijderingen.json',
  ))
    lijst.push({
      naam: `schorsing verwijderingen.json: ${f.naam}`,
      opdracht: 'verwijdering',
      invoer: f.invoer,
      verwacht: roep(() => alsResultaat(beoordeelVerwijdering(f.invoer))),
    });
  for (const f of fixtures<DossierGeval>('@schoolveiligheid/schorsing/fixtures/dossiers.json')) {
    const { kop, gebeurtenissen, nu } = f.invoer;
    const d = herspeel(kop, gebeurtenissen);
    if (!d.ok) throw new Error(`dossiers.json: ${f.naam} does not replay`);
    const t = toestand(d.waarde);
    lijst.push({
      naam: `schorsing dossiers.json: ${f.naam}`,
      opdracht: 'dossier',
      invoer: {
        dossier: { procedure: 'schorsing', versie: schorsingProcedure.definitie.versie, kop, gebeurtenissen },
        nu,
      },
      verwacht: json(
        alsResultaat({
          procedure: 'schorsing',
          id: d.waarde.kop.id,
          nu,
          toestand: t.ok ? t.waarde : undefined,
          openTermijnen: openTermijnen(d.waarde, nu),
          volgendeStappen: volgendeStappen(d.waarde),
        }),
      ),
    });
  }
  const nu = '2026-10-28T09:00:00+01:00';
  const oud = datalekVanOudeVorm(DATALEK_OUD.opgeslagen);
  if (!oud.ok) throw new Error('dossier-v0.1.json does not migrate');
  const oudeToestand = datalekToestand(oud.waarde);
  lijst.push({
    naam: 'datalek dossier-v0.1.json: the dossier of release 0.1, migrated',
    opdracht: 'dossier',
    invoer: { procedure: 'datalek', dossier: DATALEK_OUD.opgeslagen, nu },
    verwacht: json(
      alsResultaat({
        procedure: 'datalek',
        id: oud.waarde.kop.id,
        nu,
        toestand: oudeToestand.ok ? oudeToestand.waarde : undefined,
        openTermijnen: datalekTermijnen(oud.waarde, nu),
        volgendeStappen: datalekStappen(oud.waarde),
      }),
    ),
  });
  const eerste = gevallen.find((f) => f.naam.startsWith('onversleutelde laptop met zorgnotities'));
  const leeg = nieuwDatalekDossier({ id: 'dl-2026-009' });
  if (!eerste || !leeg.ok) throw new Error('no datalek case to build a dossier from');
  const gemeld = [
    {
      type: 'gemeld',
      tijdstip: '2026-10-23T15:00:00+02:00',
      door: { rol: 'medewerker', id: 'medewerker-1' },
      incident: eerste.invoer.incident,
    },
  ];
  const bijgewerkt = datalekVerwerkAlle(leeg.waarde, gemeld);
  if (!bijgewerkt.ok)
    throw new Error(`the datalek event is refused: ${bijgewerkt.problemen.map((p) => p.code).join(', ')}`);
  const bijgewerkteToestand = datalekToestand(bijgewerkt.waarde);
  const toen = '2026-10-23T16:00:00+02:00';
  lijst.push({
    naam: 'datalek: an event appended to a new dossier',
    opdracht: 'dossier',
    invoer: { dossier: leeg.waarde, gebeurtenissen: gemeld, nu: toen },
    verwacht: json(
      alsResultaat({
        procedure: 'datalek',
        id: 'dl-2026-009',
        nu: toen,
        toestand: bijgewerkteToestand.ok ? bijgewerkteToestand.waarde : undefined,
        openTermijnen: datalekTermijnen(bijgewerkt.waarde, toen),
        volgendeStappen: datalekStappen(bijgewerkt.waarde),
        dossier: bijgewerkt.waarde,
      }),
    ),
  });
  lijst.push(...kernelDossiers());
  return lijst;
}

/** The first `dossier` scenario. */
export function dossierScenario(lijst: readonly Scenario[]): Scenario {
  const s = lijst.find((x) => x.opdracht === 'dossier');
  if (!s) throw new Error('no dossier scenario');
  return s;
}

/** The built command line. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** Fails with a clear message when the package is not built: the end-to-end tests run `node dist/bin.js`. */
export function eisBuild(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the package first (npx tsup).`);
}

/** Runs `node dist/bin.js ...args` with `stdin` piped in; resolves with its exit code and output. */
export function draai(
  args: readonly string[],
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((klaar, mislukt) => {
    const kind = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    kind.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    kind.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    kind.on('error', mislukt);
    kind.on('close', (code) => klaar({ code, stdout, stderr }));
    kind.stdin.end(stdin ?? '');
  });
}

/** Runs `taken` with at most `tegelijk` at a time, in order of the results. */
export async function beperkt<T>(taken: readonly (() => Promise<T>)[], tegelijk = 4): Promise<T[]> {
  const uit: T[] = new Array(taken.length);
  let volgende = 0;
  async function werker(): Promise<void> {
    while (volgende < taken.length) {
      const i = volgende++;
      uit[i] = await (taken[i] as () => Promise<T>)();
    }
  }
  await Promise.all(Array.from({ length: Math.min(tegelijk, taken.length) }, werker));
  return uit;
}
