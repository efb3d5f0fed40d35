// Worked scenarios of @schoolveiligheid/meldcode, read from the package's own fixtures, so the demo and the tests
// show the same cases: the meldcode route (with the skip-the-parents danger route), the afwegingskader, the
// Verwijsindex dates and the informeerplicht around 1 September 2026, and the seed's 2018 wording checked.
import type { IsoDatum, Tijdstip } from '@schoolveiligheid/kern';
import {
  controleerBeleid,
  doorloopAfwegingskader,
  informeerplicht,
  meldcodeProcedure,
  SEED_2018_BELEID,
  signaalArchief,
  signaalStatus,
} from '@schoolveiligheid/meldcode';
import afwegingen from '../packages/meldcode/fixtures/afwegingskader.json' with { type: 'json' };
import informeren from '../packages/meldcode/fixtures/informeerplicht.json' with { type: 'json' };
import routes from '../packages/meldcode/fixtures/route.json' with { type: 'json' };
import signalen from '../packages/meldcode/fixtures/verwijsindex.json' with { type: 'json' };

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/meldcode ==');
  console.log('\n-- De route (logboek) --');
  for (const geval of routes) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const r = meldcodeProcedure.herspeel(geval.invoer.kop, geval.invoer.gebeurtenissen);
    if (!r.ok) {
      for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
      continue;
    }
    for (const t of meldcodeProcedure.openTermijnen(r.waarde, geval.invoer.nu as Tijdstip))
      console.log(
        `  termijn [${t.code}] ${t.termijn?.laatsteDag ?? ''}${t.status ? ` (${t.status.tekst})` : ''}`,
      );
    for (const s of meldcodeProcedure.volgendeStappen(r.waarde))
      console.log(`  stap [${s.code}] ${s.rol}: ${s.tekst}`);
    const archief = signaalArchief(r.waarde);
    if (archief.uitkomst) for (const a of archief.redenen) console.log(`  archief [${a.code}] ${a.tekst}`);
  }
  console.log('\n-- Het afwegingskader --');
  for (const geval of afwegingen) {
    const invoer = geval.invoer as { antwoorden: unknown; opties?: { variant?: 'onderwijs' | 'algemeen' } };
    const r = doorloopAfwegingskader(invoer.antwoorden, invoer.opties);
    console.log(
      `- ${geval.naam}: ${r.ok ? r.waarde.uitkomst : r.problemen.map((p) => `[${p.code}] ${p.melding}`).join('; ')}`,
    );
  }
  console.log('\n-- De verwijsindex --');
  for (const geval of signalen) {
    try {
      const s = signaalStatus(geval.invoer.signaal, geval.invoer.nu as IsoDatum);
      console.log(`- ${geval.naam}: ${s.uitkomst.fase} (${s.redenen[0]?.tekst})`);
    } catch (e) {
      console.log(`- ${geval.naam}: geweigerd (${(e as Error).message})`);
    }
  }
  console.log('\n-- Informeerplicht --');
  for (const geval of informeren) {
    const b = informeerplicht(geval.invoer.jeugdige, geval.invoer.peildatum as IsoDatum).uitkomst;
    console.log(
      `- ${geval.naam}: mededeling aan ${b.mededelingAan.join(' en ')}; rechten ${b.rechten.wijze} (UAVG: ${b.rechtenUavg.wijze}${b.afwijkingUavg ? ', wijkt af' : ''})`,
    );
  }
  console.log('\n-- Veiligheidsplan 2018 tegen de wet (peildatum 2026-12-02) --');
  for (const b of controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen)
    if (b.oordeel !== 'gelijk') console.log(`- ${b.regelId}: ${b.oordeel}`);
  return routes.length + afwegingen.length + signalen.length + informeren.length + 1;
}
