// Worked scenarios of @schoolveiligheid/schorsing, printed with their outcome, reasons and deadline traces.
import {
  bronTekst,
  leesbareDatum,
  type Reden,
  type Regio,
  schoolkalender,
  type TermijnUitkomst,
  type Tijdstip,
  termijnStatus,
} from '@schoolveiligheid/kern';
import {
  berekenBezwaartermijnen,
  berekenSchorsing,
  beoordeelVerwijdering,
  controleerBeleid,
  type Gebeurtenis,
  nieuwDossier,
  openTermijnen,
  SEED_2018_BELEID,
  type SchorsingDossier,
  type SchorsingInvoer,
  valideerSchorsingsbrief,
  verwerk,
  volgendeStappen,
} from '@schoolveiligheid/schorsing';

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

function schorsing(titel: string, invoer: SchorsingInvoer): void {
  console.log(`\n## ${titel}`);
  const r = berekenSchorsing(invoer);
  if (!r.ok) {
    for (const p of r.problemen) console.log(`  Geweigerd: [${p.code}] ${p.melding}`);
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

function dossier(
  denominatie: 'openbaar' | 'bijzonder',
  gebeurtenissen: readonly Gebeurtenis[],
): SchorsingDossier {
  const d = nieuwDossier({
    id: `voorbeeld-${denominatie}`,
    leerling: 'leerling-1',
    denominatie,
    kalender: { regio: 'noord' },
  });
  if (!d.ok) throw new Error('dossier');
  return gebeurtenissen.reduce<SchorsingDossier>((acc, g) => {
    const r = verwerk(acc, g);
    if (!r.ok) {
      for (const p of r.problemen) console.log(`  Gebeurtenis ${g.type} geweigerd: [${p.code}] ${p.melding}`);
      return acc;
    }
    return r.waarde;
  }, d.waarde);
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

export function toon(): void {
  console.log('# Schorsing en verwijdering (@schoolveiligheid/schorsing)');

  for (const regio of ['noord', 'midden', 'zuid'] as Regio[]) {
    schorsing(
      `Schorsing van 5 schooldagen vanaf donderdag 18 december 2025, vlak voor de kerstvakantie (regio ${regio})`,
      {
        ingangsdatum: '2025-12-18',
        duur: { aantal: 5, eenheid: 'schooldagen' },
        kalender: schoolkalender({ regio }),
        besluitdatum: '2025-12-17',
      },
    );
  }
  schorsing(
    'Schorsing van 5 schooldagen vanaf donderdag 9 oktober 2025, regio zuid (herfstvakantie vanaf 11 oktober)',
    {
      ingangsdatum: '2025-10-09',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      kalender: schoolkalender({ regio: 'zuid' }),
    },
  );
  schorsing(
    'Schorsing van 5 schooldagen vanaf maandag 9 maart 2026 met een studiedag op woensdag 11 maart (regio midden)',
    {
      ingangsdatum: '2026-03-09',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      kalender: schoolkalender({
        regio: 'midden',
        vrijeDagen: [{ datum: '2026-03-11', soort: 'studiedag' }],
      }),
    },
  );
  schorsing('Schorsing van 1 schooldag op dinsdag 3 februari 2026: geen melding aan de inspectie', {
    ingangsdatum: '2026-02-03',
    duur: { aantal: 1, eenheid: 'schooldagen' },
    kalender: schoolkalender({ regio: 'noord' }),
  });
  schorsing('Schorsing van 6 schooldagen: langer dan een week, dus geweigerd', {
    ingangsdatum: '2026-02-03',
    duur: { aantal: 6, eenheid: 'schooldagen' },
    kalender: schoolkalender({ regio: 'noord' }),
  });

  console.log('\n## Schorsingsbrief van een openbare school die alleen de rechter noemt (model Bijlage 20)');
  const brief = valideerSchorsingsbrief(
    {
      denominatie: 'openbaar',
      datum: '2025-12-17',
      aan: ['ouders'],
      kopieAan: ['leerplichtambtenaar', 'bevoegd-gezag', 'inspectie'],
      redenen: 'Beschrijving van het gedrag.',
      ingangsdatum: '2025-12-18',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      laatsteDag: '2025-12-24',
      andereMaatregelen: 'Geen.',
      schoolwerk: 'Huiswerk via de leerkracht.',
      rechtsmiddel: { soort: 'civiele-rechter' },
    },
    { kalender: schoolkalender({ regio: 'noord' }) },
  );
  if (!brief.ok) for (const p of brief.problemen) console.log(`  - [${p.code}] ${p.melding}`);

  console.log(
    '\n## Voorwaarden voor verwijdering: 8 weken gezocht, maar geen school die de leerling wil toelaten',
  );
  const oordeel = beoordeelVerwijdering({
    denominatie: 'openbaar',
    gehoord: { leerkracht: true, ouders: true, leerling: true },
    onderzoeksdossier: true,
    voornemenBekendgemaakt: true,
    ontvangendeSchool: false,
    wekenGezocht: 8,
  });
  console.log(`  Verwijderen toegestaan: ${oordeel.uitkomst ? 'ja' : 'nee'}`);
  redenen(oordeel.redenen);

  for (const denominatie of ['openbaar', 'bijzonder'] as const) {
    console.log(
      `\n## Verwijdering bekendgemaakt op donderdag 2 april 2026, ${denominatie === 'openbaar' ? 'openbare' : 'bijzondere'} school; bezwaar op maandag 18 mei op de post, ontvangen op woensdag 20 mei`,
    );
    const r = berekenBezwaartermijnen({
      denominatie,
      tegen: 'verwijdering',
      bekendmaking: '2026-04-02',
      bezwaarOntvangen: '2026-05-20',
      bezwaarTerPost: '2026-05-18',
    });
    if (!r.ok) continue;
    redenen(r.waarde.rechtsmiddel.redenen);
    if (r.waarde.bezwaartermijn) termijn('Bezwaartermijn', r.waarde.bezwaartermijn);
    if (r.waarde.bezwaarTijdig) {
      console.log(`  Bezwaar op tijd: ${r.waarde.bezwaarTijdig.uitkomst ? 'ja' : 'nee'}`);
      redenen(r.waarde.bezwaarTijdig.redenen);
    }
    if (r.waarde.gpoIndieningstermijn)
      termijn('Termijn Geschillencommissie passend onderwijs', r.waarde.gpoIndieningstermijn);
    if (r.waarde.beslistermijn) termijn('Beslistermijn bevoegd gezag', r.waarde.beslistermijn.termijn);
  }

  console.log(
    '\n## Schorsing bij een openbare school met een bezwaaradviescommissie: het bestuur verdaagt de beslissing (Awb 7:10)',
  );
  const verdaagd = berekenBezwaartermijnen({
    denominatie: 'openbaar',
    tegen: 'schorsing',
    bekendmaking: '2025-11-10',
    bezwaarOntvangen: '2025-11-24',
    adviescommissie: true,
    verdaagdOp: '2026-03-16',
  });
  if (verdaagd.ok && verdaagd.waarde.beslistermijn?.verdaging) {
    console.log(`  ${verdaagd.waarde.beslistermijn.verdaging.tekst}`);
    termijn(
      'Beslistermijn na verdaging (18 weken, eindigt op Koningsdag; de Atw geldt niet boven 12 weken)',
      verdaagd.waarde.beslistermijn.termijn,
    );
  }

  console.log(
    '\n## Dossier: verwijdering met bezwaar en geschil bij de Geschillencommissie (openbare school)',
  );
  const procedure: Gebeurtenis[] = [
    {
      type: 'gesprek',
      datum: '2026-02-02',
      onderwerp: 'verwijdering',
      deelnemers: ['leerkracht', 'ouders', 'leerling', 'bevoegd-gezag'],
    },
    { type: 'onderzoeksdossier-vastgelegd', datum: '2026-02-03' },
    { type: 'voornemen-verwijdering', datum: '2026-02-10' },
    {
      type: 'ontvangende-school',
      datum: '2026-03-20',
      schoolId: 'school-2',
      schriftelijkBevestigd: true,
      bereidPer: '2026-04-20',
    },
    { type: 'verwijdering-besloten', datum: '2026-04-02', verwijderingsdatum: '2026-04-20' },
    { type: 'melding', datum: '2026-04-03', aan: 'inspectie', betreft: 'verwijdering' },
    { type: 'melding', datum: '2026-04-03', aan: 'leerplichtambtenaar', betreft: 'verwijdering' },
    { type: 'bezwaar-ingediend', datum: '2026-05-11', tegen: 'verwijdering' },
    { type: 'geschil-gpo-ingediend', datum: '2026-05-12' },
  ];
  const d = dossier('openbaar', procedure);
  toonDossier(d, '2026-05-20T09:00:00+02:00');
  const naOordeel = dossier('openbaar', [...procedure, { type: 'gpo-oordeel', datum: '2026-07-01' }]);
  toonDossier(naOordeel, '2026-07-01T12:00:00+02:00');

  console.log('\n## Veiligheidsplan 2018 (seed) tegen de wet op 23 november 2026');
  const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
  console.log(`  Conform de wet: ${controle.conform ? 'ja' : 'nee'}`);
  for (const b of controle.bevindingen) console.log(`  - [${b.oordeel}] ${b.tekst}`);
}
