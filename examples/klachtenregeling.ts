// Worked scenarios of @schoolveiligheid/klachtenregeling, read from the package's own fixtures
// (fixtures/klachten.json, rollen.json, regeling.json and dossiers.json), so the demo and the tests show the
// same cases.
import type { Tijdstip } from '@schoolveiligheid/kern';
import {
  aangifteplichtProcedure,
  beoordeelReikwijdte4a,
  controleerBeleid,
  controleerRegeling,
  controleerRollen,
  klachtProcedure,
  routeerKlacht,
  SEED_2018_BELEID,
  toetsStandpunt,
  valideerKlacht,
} from '@schoolveiligheid/klachtenregeling';
import dossiers from '../packages/klachtenregeling/fixtures/dossiers.json' with { type: 'json' };
import klachten from '../packages/klachtenregeling/fixtures/klachten.json' with { type: 'json' };
import regelingen from '../packages/klachtenregeling/fixtures/regeling.json' with { type: 'json' };
import rollen from '../packages/klachtenregeling/fixtures/rollen.json' with { type: 'json' };

const opties = (invoer: { beleid?: string }) => ('beleid' in invoer ? { beleid: SEED_2018_BELEID } : {});

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/klachtenregeling ==');
  for (const geval of klachten) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const invoer = geval.invoer as {
      functie: string;
      beleid?: string;
      klacht?: unknown;
      routering?: unknown;
      vermoeden?: unknown;
    };
    if (invoer.functie === 'valideerKlacht') {
      const r = valideerKlacht(invoer.klacht, opties(invoer));
      if (r.ok) for (const x of r.waarde.redenen) console.log(`  reden [${x.code}] ${x.tekst}`);
      else for (const p of r.problemen) console.log(`  probleem [${p.code}] ${p.melding}`);
      continue;
    }
    const b =
      invoer.functie === 'routeerKlacht'
        ? routeerKlacht(invoer.routering, opties(invoer))
        : beoordeelReikwijdte4a(invoer.vermoeden, opties(invoer));
    const route = typeof b.uitkomst === 'string' ? b.uitkomst : b.uitkomst.route;
    console.log(`  route: ${route}`);
    for (const x of b.redenen) console.log(`  reden [${x.code}] ${x.tekst}`);
  }
  for (const geval of rollen) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const invoer = geval.invoer as { rollen: unknown; beleid?: unknown };
    const r = controleerRollen(invoer.rollen, invoer.beleid === undefined ? {} : { beleid: invoer.beleid });
    if (!r.ok) {
      for (const p of r.problemen) console.log(`  probleem [${p.code}] ${p.melding}`);
      continue;
    }
    console.log(`  voldoet: ${r.waarde.uitkomst.voldoet ? 'ja' : 'nee'}`);
    for (const x of r.waarde.redenen) console.log(`  reden [${x.code}] ${x.tekst}`);
  }
  for (const geval of regelingen) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const invoer = geval.invoer as { regeling: unknown; beleid?: string };
    const r = controleerRegeling(invoer.regeling, opties(invoer));
    if (!r.ok) {
      for (const p of r.problemen) console.log(`  probleem [${p.code}] ${p.melding}`);
      continue;
    }
    const u = r.waarde.uitkomst;
    console.log(
      `  voldoet: ${u.voldoet ? 'ja' : 'nee'} (rollen ${u.rollen.voldoet ? 'ja' : 'nee'}, commissie ${u.klachtencommissie.route}, schoolgids ${u.schoolgids.voldoet ? 'ja' : 'nee'})`,
    );
    for (const x of r.waarde.redenen) console.log(`  reden [${x.code}] ${x.tekst}`);
  }
  for (const geval of dossiers) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const invoer = geval.invoer as {
      procedure: string;
      beleid?: string;
      kop: unknown;
      gebeurtenissen: unknown[];
      nu: string;
    };
    const nu = invoer.nu as Tijdstip;
    if (invoer.procedure === 'aangifteplicht') {
      const r = aangifteplichtProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
      if (!r.ok) {
        for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
        continue;
      }
      for (const t of aangifteplichtProcedure.openTermijnen(r.waarde, nu))
        console.log(`  termijn [${t.code}] ${t.tekst}`);
      for (const s of aangifteplichtProcedure.volgendeStappen(r.waarde))
        console.log(`  stap [${s.code}] ${s.rol}: ${s.tekst}`);
      continue;
    }
    const r = klachtProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
    if (!r.ok) {
      for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
      continue;
    }
    for (const t of klachtProcedure.openTermijnen(r.waarde, nu, opties(invoer)))
      console.log(
        `  termijn [${t.code}] ${t.tekst}${t.termijn ? ` uiterlijk ${t.termijn.laatsteDag}` : ''}${t.status ? ` (${t.status.tekst})` : ''}`,
      );
    for (const s of klachtProcedure.volgendeStappen(r.waarde, opties(invoer)))
      console.log(`  stap [${s.code}] ${s.rol}: ${s.tekst}`);
    const t = klachtProcedure.toestand(r.waarde);
    if (t.ok && t.waarde.standpunt) {
      const b = toetsStandpunt(r.waarde, opties(invoer));
      console.log(`  standpunt: ${b.uitkomst.status}; ${b.redenen.at(-1)?.tekst}`);
    }
  }
  console.log('\n- Het seed-beleid (Veiligheidsplan 2018) naast de wet, peildatum 2026-12-02');
  for (const b of controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen)
    console.log(`  [${b.oordeel}] ${b.tekst}`);
  return klachten.length + rollen.length + regelingen.length + dossiers.length + 1;
}
