// Worked scenarios of @schoolveiligheid/pestprotocol, read from the package's own fixtures (shipped in the
// tarball), so the demo and the tests show the same cases: plagen or pesten, the method, the ladder up to the
// hand-over to schorsing, the bullied pupil's consent track (professional help with the consent of the pupil's
// parents; a refusal never leads to schorsing), aftercare, the gedragscode route and the WPO 4c check with both
// readings.
import type { Tijdstip } from '@schoolveiligheid/kern';
import {
  antiPestContract,
  classificeerGedrag,
  controleerPestbeleid,
  gedragscodeRoute,
  kiesMethode,
  pestprotocolProcedure,
  TREDEN,
} from '@schoolveiligheid/pestprotocol';
import gedrag from '../packages/pestprotocol/fixtures/gedrag.json' with { type: 'json' };
import gedragscode from '../packages/pestprotocol/fixtures/gedragscode.json' with { type: 'json' };
import ladder from '../packages/pestprotocol/fixtures/ladder.json' with { type: 'json' };
import methode from '../packages/pestprotocol/fixtures/methode.json' with { type: 'json' };
import pestbeleid from '../packages/pestprotocol/fixtures/pestbeleid.json' with { type: 'json' };

type Uitkomst =
  | { ok: true; waarde: { redenen: readonly { code: string; tekst: string }[] } }
  | { ok: false; problemen: readonly { code: string; melding: string }[] };

function redenen(r: Uitkomst): void {
  if (!r.ok) {
    for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
    return;
  }
  for (const x of r.waarde.redenen) console.log(`  reden [${x.code}] ${x.tekst}`);
}

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/pestprotocol ==');
  console.log('\n-- Plagen of pesten --');
  for (const geval of gedrag) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const r = classificeerGedrag(geval.invoer);
    if (r.ok) console.log(`  uitkomst: ${r.waarde.uitkomst.gedrag}`);
    redenen(r);
  }
  console.log('\n-- De methode --');
  for (const geval of methode) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const r = kiesMethode(geval.invoer);
    if (!r.ok) continue;
    for (const s of r.waarde.uitkomst.stappen) console.log(`  ${s.volgorde}. [${s.code}] ${s.nl}`);
  }
  console.log('\n-- De escalatieladder --');
  for (const geval of ladder) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const r = pestprotocolProcedure.herspeel(geval.invoer.kop, geval.invoer.gebeurtenissen);
    if (!r.ok) {
      for (const p of r.problemen) console.log(`  geweigerd: [${p.code}] ${p.melding}`);
      continue;
    }
    const t = pestprotocolProcedure.toestand(r.waarde);
    if (t.ok) {
      console.log(`  trede: ${TREDEN[t.waarde.trede]}`);
      if (t.waarde.schorsingDossierId)
        console.log(`  overgedragen aan schorsingsdossier ${t.waarde.schorsingDossierId}`);
      const h = t.waarde.hulpGepeste;
      if (h.ernstigeGevolgen)
        console.log(
          `  hulp aan de gepeste leerling: ernstige gevolgen (${h.ernstigeGevolgen.gevolg}) op ${h.ernstigeGevolgen.op}; toestemming ouders gepeste: ${h.toestemming ?? (h.gevraagdOp ? 'gevraagd, antwoord open' : 'nog niet gevraagd')}${h.ingeschakeldOp ? `; professionele hulp sinds ${h.ingeschakeldOp}` : ''}`,
        );
    }
    for (const x of pestprotocolProcedure.openTermijnen(r.waarde, geval.invoer.nu as Tijdstip))
      console.log(`  termijn [${x.code}] ${x.tekst}${x.status ? ` (${x.status.tekst})` : ''}`);
    for (const s of pestprotocolProcedure.volgendeStappen(r.waarde))
      console.log(`  stap [${s.code}] ${s.rol}: ${s.tekst}`);
  }
  console.log('\n-- Gedragscode --');
  for (const geval of gedragscode) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const r = gedragscodeRoute(geval.invoer);
    if (r.ok)
      console.log(
        `  sancties: ${r.waarde.uitkomst.sancties.map((s) => `${s.sanctie} (beslist: ${s.beslist})`).join(', ')}`,
      );
    redenen(r);
  }
  console.log('\n-- WPO art. 4c op schoolniveau --');
  for (const geval of pestbeleid) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const r = controleerPestbeleid(geval.invoer);
    if (r.ok) {
      const u = r.waarde.uitkomst;
      console.log(`  wettelijk: ${u.wettelijk}; protocol: ${u.protocol}`);
      for (const l of u.lezingen)
        console.log(`  lezing ${l.lezing}: ${l.voldoet ? 'voldoet' : 'voldoet niet'} (${l.bron.titel})`);
    }
    redenen(r);
  }
  console.log('\n-- Anti-pestcontract (Bijlage 2) met een eigen afspraak van de klas --');
  const c = antiPestContract({ aanvullingen: ['Ik zal niemand uitlachen.'] });
  if (c.ok) for (const u of c.waarde.uitspraken) console.log(`  · ${u}`);
  return gedrag.length + methode.length + ladder.length + gedragscode.length + pestbeleid.length + 1;
}
