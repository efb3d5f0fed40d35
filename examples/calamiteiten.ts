// Worked scenarios of @schoolveiligheid/calamiteiten, read from the package's own fixtures
// (fixtures/gevallen.json), so the demo and the tests show the same cases.
import {
  beoordeelAangifte,
  calamiteitenProcedure,
  controleerBhvBezetting,
  evaluatiemomenten,
  type NazorgInvoer,
  nazorgPlan,
  SEED_2018_BELEID,
  type SjabloonId,
  valideerCrisisteam,
  vulBriefIn,
} from '@schoolveiligheid/calamiteiten';
import gevallen from '../packages/calamiteiten/fixtures/gevallen.json' with { type: 'json' };

type Geval = { naam: string; bron: string; invoer: Record<string, unknown> & { soort: string } };

function toonGeval(geval: Geval): void {
  console.log(`\n- ${geval.naam}\n  (bron: ${geval.bron})`);
  const i = geval.invoer;
  if (i.soort === 'crisisteam') {
    const r = valideerCrisisteam(i.team);
    if (r.ok) console.log(`  geldig crisisteam van ${r.waarde.leden.length} leden`);
    else for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
  } else if (i.soort === 'nazorg') {
    const plan = nazorgPlan(i.nazorg as NazorgInvoer);
    for (const t of plan.uitkomst.termijnen)
      console.log(`  [${t.code}] ${t.rol}: uiterlijk ${t.termijn.laatsteDag}`);
    for (const r of plan.redenen) console.log(`  reden [${r.code}] ${r.tekst}`);
  } else if (i.soort === 'brief') {
    const r = vulBriefIn(i.sjabloon as SjabloonId, i.velden as Record<string, string>);
    console.log(
      r.ok
        ? r.waarde.tekst.replace(/^/gm, '  | ')
        : `  geweigerd: ${r.problemen.map((p) => p.code).join(', ')}`,
    );
  } else if (i.soort === 'medisch') {
    const r = evaluatiemomenten(i.afspraak, i.regio as 'zuid');
    if (r.ok) for (const m of r.waarde) console.log(`  [${m.code}] ${m.rol}: uiterlijk ${m.uiterlijk}`);
  } else if (i.soort === 'bhv') {
    const r = controleerBhvBezetting(i.rooster);
    if (r.ok)
      for (const g of r.waarde.uitkomst.ongedekt)
        console.log(`  dag ${g.dag} ${g.van}-${g.tot}: ${g.reden.tekst}`);
  }
}

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/calamiteiten ==');
  for (const geval of gevallen as Geval[]) toonGeval(geval);

  console.log('\n- calamiteitenprotocol bij een ongeval: de eerste stappen, met rol en bron');
  const d = calamiteitenProcedure.nieuwDossier({ id: 'calamiteit-1', soort: 'ongeval' });
  const na = d.ok
    ? calamiteitenProcedure.verwerk(d.waarde, {
        type: 'gemeld',
        tijdstip: '2026-12-02T10:00:00+01:00',
        rol: 'medewerker',
      })
    : d;
  if (na.ok)
    for (const s of calamiteitenProcedure.volgendeStappen(na.waarde).slice(0, 4))
      console.log(`  stap [${s.code}] ${s.rol}: ${s.tekst}`);

  console.log(
    '\n- geweld gemeld op vrijdag 18 december 2026 14:00: de nazorgtermijnen in het dossier (Bijlage 18)',
  );
  const g = calamiteitenProcedure.nieuwDossier({ id: 'calamiteit-2', soort: 'geweld' });
  const gemeld = g.ok
    ? calamiteitenProcedure.verwerk(g.waarde, {
        type: 'gemeld',
        tijdstip: '2026-12-18T14:00:00+01:00',
        rol: 'medewerker',
      })
    : g;
  if (gemeld.ok)
    for (const t of calamiteitenProcedure.openTermijnen(gemeld.waarde, '2026-12-21T10:00:00+01:00'))
      console.log(`  [${t.code}] ${t.rol}: uiterlijk ${t.termijn?.laatsteDag} (${t.status?.tekst})`);

  console.log('\n- aangifte bij een ander misdrijf: wet (Sv 161) en het seed-beleid ("te allen tijde")');
  for (const b of [
    beoordeelAangifte('ander-misdrijf', '2026-12-02'),
    beoordeelAangifte('ander-misdrijf', '2026-12-02', SEED_2018_BELEID),
  ])
    console.log(`  ${b.uitkomst.aangifte}: ${b.redenen.map((r) => r.code).join(', ')}`);
  return gevallen.length + 2;
}
