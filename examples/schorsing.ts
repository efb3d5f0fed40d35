// Worked scenarios of @schoolveiligheid/schorsing, read from the package's own fixtures (packages/schorsing/
// fixtures/*.json, shipped in the tarball), so the demo and the package's tests show the same cases. Each is
// printed with its outcome, reasons and deadline traces, and the source of the expected answer.
import {
  bronTekst,
  type IsoDatum,
  leesbareDatum,
  type Reden,
  type SchoolkalenderInstellingen,
  schoolkalender,
  type TermijnUitkomst,
  type Tijdstip,
  termijnStatus,
} from '@schoolveiligheid/kern';
import {
  type BezwaarInvoer,
  berekenBezwaartermijnen,
  berekenSchorsing,
  beoordeelVerwijdering,
  controleerBeleid,
  herspeel,
  openTermijnen,
  SEED_2018_BELEID,
  type SchorsingDossier,
  type SchorsingInvoer,
  type VerwijderingsVoorwaarden,
  valideerSchorsingsbrief,
  valideerVerwijderingsbrief,
  volgendeStappen,
} from '@schoolveiligheid/schorsing';
import bezwaartermijnen from '@schoolveiligheid/schorsing/fixtures/bezwaartermijnen.json' with {
  type: 'json',
};
import brieven from '@schoolveiligheid/schorsing/fixtures/brieven.json' with { type: 'json' };
import dossiers from '@schoolveiligheid/schorsing/fixtures/dossiers.json' with { type: 'json' };
import schorsingen from '@schoolveiligheid/schorsing/fixtures/schorsingen.json' with { type: 'json' };
import verwijderingen from '@schoolveiligheid/schorsing/fixtures/verwijderingen.json' with { type: 'json' };

/** The input of a case of schorsingen.json: a {@link SchorsingInvoer} as JSON, the calendar as its settings. */
type SchorsingGeval = Omit<SchorsingInvoer, 'kalender' | 'beleid' | 'peildatum'> & {
  readonly kalender: SchoolkalenderInstellingen;
};

/** A case of the fixtures: what it shows, where the expected answer comes from, and a note. */
interface Geval {
  readonly naam: string;
  readonly bron: string;
  readonly toelichting?: string;
}

function kop(geval: Geval): void {
  console.log(`\n## ${geval.naam}`);
}

function herkomst(geval: Geval): void {
  if (geval.toelichting) console.log(`  Toelichting: ${geval.toelichting}`);
  console.log(`  Bron van de uitkomst: ${geval.bron}`);
}

function redenen(lijst: readonly Reden[], inspringing = '  '): void {
  for (const r of lijst)
    console.log(`${inspringing}- [${r.code}] ${r.tekst}${r.bron ? ` (${bronTekst(r.bron)})` : ''}`);
}

function termijn(titel: string, t: TermijnUitkomst, nu?: Tijdstip): void {
  console.log(
    `  ${titel}: laatste dag ${leesbareDatum(t.laatsteDag)}${t.verlengdDoorAtw ? ' (verlengd door de Algemene termijnenwet)' : ''}`,
  );
  if (nu) console.log(`    stand op ${nu}: ${termijnStatus(t, nu).tekst}`);
  for (const stap of t.spoor) console.log(`    · [${stap.code}] ${stap.tekst}`);
}

function geweigerd(problemen: readonly { code: string; melding: string }[]): void {
  for (const p of problemen) console.log(`  Geweigerd: [${p.code}] ${p.melding}`);
}

function schorsing(r: ReturnType<typeof berekenSchorsing>): void {
  if (!r.ok) {
    geweigerd(r.problemen);
    return;
  }
  const s = r.waarde;
  console.log(`  Schooldagen: ${s.schooldagen.map(leesbareDatum).join(', ')}`);
  console.log(`  Laatste dag ${leesbareDatum(s.laatsteDag)}; terug op school ${leesbareDatum(s.terugOp)}.`);
  redenen(s.redenen);
  console.log(`  Melding inspectie: ${s.meldingInspectie.uitkomst ? 'ja' : 'nee'}`);
  redenen(s.meldingInspectie.redenen, '    ');
  if (s.meldingInspectie.termijn) termijn('Signaaltermijn melding inspectie', s.meldingInspectie.termijn);
  for (const w of s.waarschuwingen) console.log(`  Let op: ${w}`);
}

function brief(invoer: (typeof brieven)[number]['invoer']): void {
  const context = { kalender: schoolkalender(invoer.kalender as SchoolkalenderInstellingen) };
  const r =
    invoer.soort === 'schorsingsbrief'
      ? valideerSchorsingsbrief(invoer.brief, context)
      : valideerVerwijderingsbrief(invoer.brief, context);
  if (r.ok) console.log('  De brief is volledig en klopt met de schoolkalender en de wet.');
  else for (const p of r.problemen) console.log(`  - [${p.code}] ${p.melding}`);
}

function bezwaar(invoer: BezwaarInvoer): void {
  const r = berekenBezwaartermijnen(invoer);
  if (!r.ok) {
    geweigerd(r.problemen);
    return;
  }
  const t = r.waarde;
  redenen(t.rechtsmiddel.redenen);
  if (t.bezwaartermijn) termijn('Bezwaartermijn', t.bezwaartermijn);
  if (t.bezwaarTijdig) {
    console.log(`  Bezwaar op tijd: ${t.bezwaarTijdig.uitkomst ? 'ja' : 'nee'}`);
    redenen(t.bezwaarTijdig.redenen);
  }
  if (t.gpoIndieningstermijn)
    termijn('Termijn Geschillencommissie passend onderwijs', t.gpoIndieningstermijn);
  if (t.gpoOordeelTermijn) termijn('Oordeel van de Geschillencommissie', t.gpoOordeelTermijn);
  if (t.beslistermijn) {
    for (const uitleg of [t.beslistermijn.verdaging?.tekst, t.beslistermijn.opschorting?.tekst])
      if (uitleg) console.log(`  ${uitleg}`);
    termijn('Beslistermijn bevoegd gezag', t.beslistermijn.termijn);
  }
}

function toonDossier(d: SchorsingDossier, nu: Tijdstip): void {
  console.log(`  Open termijnen op ${nu}:`);
  for (const t of openTermijnen(d, nu)) {
    const einde = t.termijn ? leesbareDatum(t.termijn.laatsteDag) : 'nog geen einddatum';
    console.log(`  - ${t.tekst} (${t.rol}): ${einde}, ${t.status?.tekst ?? 'opgeschort'}`);
    for (const o of t.opschorting ?? [])
      console.log(`      stond stil van ${leesbareDatum(o.van)} tot ${leesbareDatum(o.tot)}: ${o.reden}`);
  }
  console.log('  Volgende stappen:');
  for (const s of volgendeStappen(d)) console.log(`  - ${s.rol}: ${s.tekst}`);
}

/** The days of a computed schorsing, to show cases with the same outcome (one per region) once. */
const dagen = (r: ReturnType<typeof berekenSchorsing>) =>
  r.ok ? JSON.stringify([r.waarde.schooldagen, r.waarde.terugOp]) : JSON.stringify(r.problemen);

/** Prints the worked cases; returns how many scenarios it showed. */
export function toon(): number {
  console.log('# Schorsing en verwijdering (@schoolveiligheid/schorsing)');

  const berekend = schorsingen.map((geval) => {
    const { kalender, ...rest } = geval.invoer as SchorsingGeval;
    const r = berekenSchorsing({
      ...rest,
      kalender: schoolkalender(kalender),
      peildatum: geval.peildatum as IsoDatum,
    });
    return { geval, r };
  });
  let getoond = 0;
  for (const [i, { geval, r }] of berekend.entries()) {
    const vorige = berekend[i - 1];
    if (vorige && dagen(vorige.r) === dagen(r)) continue; // shown above, with this case named
    kop(geval);
    schorsing(r);
    const zelfde = berekend.slice(i + 1).filter((b) => dagen(b.r) === dagen(r));
    for (const b of zelfde) console.log(`  Dezelfde uitkomst: ${b.geval.naam}`);
    herkomst(geval);
    getoond++;
  }

  for (const geval of brieven) {
    kop(geval);
    brief(geval.invoer);
    herkomst(geval);
  }

  for (const geval of verwijderingen) {
    kop(geval);
    const oordeel = beoordeelVerwijdering(geval.invoer as VerwijderingsVoorwaarden);
    console.log(`  Verwijderen toegestaan: ${oordeel.uitkomst ? 'ja' : 'nee'}`);
    redenen(oordeel.redenen);
    herkomst(geval);
  }

  for (const geval of bezwaartermijnen) {
    kop(geval);
    bezwaar(geval.invoer as BezwaarInvoer);
    herkomst(geval);
  }

  for (const geval of dossiers) {
    kop(geval);
    const d = herspeel(geval.invoer.kop, geval.invoer.gebeurtenissen);
    if (d.ok) toonDossier(d.waarde, geval.invoer.nu as Tijdstip);
    else geweigerd(d.problemen);
    herkomst(geval);
  }

  console.log('\n## Veiligheidsplan 2018 (seed) tegen de wet op 23 november 2026');
  const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
  console.log(`  Conform de wet: ${controle.conform ? 'ja' : 'nee'}`);
  for (const b of controle.bevindingen) console.log(`  - [${b.oordeel}] ${b.tekst}`);
  return getoond + brieven.length + verwijderingen.length + bezwaartermijnen.length + dossiers.length + 1;
}
