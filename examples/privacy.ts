// Worked scenarios of @schoolveiligheid/privacy, read from the package's own fixtures (shipped in the tarball), so
// the demo and the tests show the same cases: rights requests and their terms, who exercises a minor's rights
// before and after 2026-09-01, fees, sharing, consent, retention, and Tabel A's roles in and outside their reach.
import type { Tijdstip } from '@schoolveiligheid/kern';
import {
  beoordeelKosten,
  bewaartermijn,
  controleerVerwerking,
  geldigeToestemming,
  magToegang,
  magVerstrekken,
  privacyProcedure,
  SEED_2018_BELEID,
  wieOefentUit,
} from '@schoolveiligheid/privacy';
import besluiten from '../packages/privacy/fixtures/besluiten.json' with { type: 'json' };
import toegang from '../packages/privacy/fixtures/toegang.json' with { type: 'json' };
import verzoeken from '../packages/privacy/fixtures/verzoeken.json' with { type: 'json' };

/** The decisions the fixtures name, called with their stored arguments (`"seed-2018"` is the preset). */
const BESLUITEN: Record<string, (...a: never[]) => { redenen: readonly { code: string; tekst: string }[] }> =
  {
    wieOefentUit,
    beoordeelKosten,
    magVerstrekken,
    bewaartermijn,
    controleerVerwerking,
    geldigeToestemming,
  };

function metBeleid(w: unknown): unknown {
  if (Array.isArray(w)) return w.map(metBeleid);
  if (w !== null && typeof w === 'object')
    return Object.fromEntries(
      Object.entries(w).map(([k, v]) => [
        k,
        k === 'beleid' && v === 'seed-2018' ? SEED_2018_BELEID : metBeleid(v),
      ]),
    );
  return w;
}

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/privacy ==');
  console.log('\n-- Verzoeken van betrokkenen (AVG art. 12 lid 3) --');
  for (const geval of verzoeken) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const r = privacyProcedure.herspeel(geval.invoer.kop, geval.invoer.gebeurtenissen);
    if (!r.ok) {
      for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
      continue;
    }
    const opties = 'beleid' in geval.invoer ? { beleid: SEED_2018_BELEID } : {};
    const nu = geval.invoer.nu as Tijdstip;
    for (const t of privacyProcedure.openTermijnen(r.waarde, nu, opties))
      console.log(
        `  termijn [${t.code}] ${t.tekst}${t.termijn ? ` Uiterlijk ${t.termijn.laatsteDag}.` : ''}`,
      );
    for (const s of privacyProcedure.volgendeStappen(r.waarde, opties))
      console.log(`  stap [${s.code}] ${s.tekst}`);
  }
  console.log('\n-- Vertegenwoordiging, kosten, verstrekking, toestemming, bewaren --');
  for (const geval of besluiten) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const f = BESLUITEN[geval.invoer.functie];
    if (!f) continue;
    const b = f(...(metBeleid(geval.invoer.argumenten) as never[]));
    for (const x of b.redenen) console.log(`  reden [${x.code}] ${x.tekst}`);
  }
  console.log('\n-- Tabel A: wie mag welke leerling zien (standaard geweigerd) --');
  for (const geval of toegang) {
    const { medewerker, leerling, actie, nu } = geval.invoer;
    const b = magToegang(
      medewerker as Parameters<typeof magToegang>[0],
      leerling,
      actie as Parameters<typeof magToegang>[2],
      nu as Tijdstip,
    );
    console.log(
      `- ${geval.naam}: ${b.uitkomst.toegang ? 'toegang' : 'geweigerd'} [${b.redenen.map((r) => r.code).join(', ')}]`,
    );
  }
  return verzoeken.length + besluiten.length + toegang.length;
}
