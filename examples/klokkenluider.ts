// Worked scenarios of @schoolveiligheid/klokkenluider, read from the package's own fixtures
// (packages/klokkenluider/fixtures/gevallen.json, shipped in the tarball), so the demo and the package's tests
// show the same cases: each with its outcome, its reasons and the source of the expected answer.
import { bronTekst, leesbareDatum, type IsoDatum, type Reden, type Tijdstip } from '@schoolveiligheid/kern';
import {
  beoordeelMelder,
  controleerBeleid,
  controleerMaatregelen,
  correspondentieAan,
  herspeel,
  magExternMelden,
  magOpenbaarMaken,
  type Openbaarmaking,
  openTermijnen,
  procedurePlicht,
  type Relatie,
  SEED_2018_BELEID,
  volgendeStappen,
  wieMagIdentiteitZien,
} from '@schoolveiligheid/klokkenluider';
import gevallen from '../packages/klokkenluider/fixtures/gevallen.json' with { type: 'json' };

interface Invoer {
  readonly vraag: string;
  readonly kop?: unknown;
  readonly gebeurtenissen?: readonly unknown[];
  readonly nu?: string;
  readonly beleid?: string;
  readonly omstandigheden?: Openbaarmaking;
  readonly personen?: readonly string[];
  readonly relatie?: string;
  readonly aantallen?: readonly number[];
}

const reden = (r: Reden) => `    - [${r.code}] ${r.tekst}${r.bron ? ` (${bronTekst(r.bron)})` : ''}`;

function toonGeval(invoer: Invoer, peildatum: IsoDatum): void {
  const opties = invoer.beleid === 'seed-2018' ? { beleid: SEED_2018_BELEID } : {};
  if (invoer.vraag === 'melder') {
    const b = beoordeelMelder(invoer.relatie as Relatie, peildatum);
    const s = beoordeelMelder(invoer.relatie as Relatie, peildatum, { beleid: SEED_2018_BELEID });
    console.log(
      `  wet: interne procedure ${b.uitkomst.interneProcedure}; seed-regeling: ${s.uitkomst.interneProcedure}`,
    );
    for (const r of b.redenen) console.log(reden(r));
    return;
  }
  if (invoer.vraag === 'beleid') {
    for (const b of controleerBeleid(SEED_2018_BELEID, peildatum).bevindingen)
      console.log(`  ${b.oordeel}: ${b.tekst}`);
    return;
  }
  if (invoer.vraag === 'plicht') {
    for (const n of invoer.aantallen ?? [])
      console.log(`  ${n} werknemers: ${procedurePlicht(n, peildatum).redenen[0]?.tekst}`);
    return;
  }
  const r = herspeel(invoer.kop, invoer.gebeurtenissen ?? []);
  if (!r.ok) {
    for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
    return;
  }
  const d = r.waarde;
  if (invoer.vraag === 'termijnen') {
    for (const t of openTermijnen(d, invoer.nu as Tijdstip, opties)) {
      const datum = t.termijn ? leesbareDatum(t.termijn.laatsteDag) : 'geen datum';
      const atw = t.atw ? `; met de Atw ${leesbareDatum(t.atw.metAtw)} (open vraag)` : '';
      console.log(
        `  termijn [${t.code}] ${t.rol}: uiterlijk ${datum}${atw}${t.status ? `, ${t.status.fase}` : ''}`,
      );
      if (t.zonderBevestiging) console.log(`    let op: ${t.zonderBevestiging.bron.toelichting}`);
    }
  }
  if (invoer.vraag === 'extern') {
    const b = magExternMelden(d, opties);
    console.log(`  extern melden beschermd: ${b.uitkomst.beschermd ? 'ja' : 'nee'}`);
    for (const x of b.redenen) console.log(reden(x));
  }
  if (invoer.vraag === 'openbaar') {
    const b = magOpenbaarMaken(d, invoer.omstandigheden as Openbaarmaking);
    console.log(`  openbaarmaking beschermd: ${b.uitkomst ? 'ja' : 'nee'}`);
    for (const x of b.redenen) console.log(reden(x));
  }
  if (invoer.vraag === 'identiteit') {
    for (const id of invoer.personen ?? [])
      console.log(
        `  ${id} mag de identiteit zien: ${wieMagIdentiteitZien(d, { id }).uitkomst ? 'ja' : 'nee'}`,
      );
    console.log(`  correspondentie aan: ${correspondentieAan(d).uitkomst}`);
  }
  if (invoer.vraag === 'maatregelen') {
    const c = controleerMaatregelen(d);
    if (c.ok) console.log('  geen maatregel zonder motivering');
    else
      for (const p of c.problemen) console.log(`  [${p.code}] gebeurtenis ${String(p.pad[1])}: ${p.melding}`);
  }
  for (const s of volgendeStappen(d, opties)) console.log(`  stap [${s.code}] ${s.rol}: ${s.tekst}`);
}

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/klokkenluider ==');
  for (const geval of gevallen) {
    console.log(`\n- ${geval.naam}\n  (bron: ${geval.bron})`);
    toonGeval(geval.invoer as Invoer, geval.peildatum as IsoDatum);
  }
  return gevallen.length;
}
