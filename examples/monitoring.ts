// Worked scenarios of @schoolveiligheid/monitoring, read from the package's own fixtures (fixtures/*.json), so the
// demo and the tests show the same cases.
import type { IsoDatum, Tijdstip } from '@schoolveiligheid/kern';
import {
  aggregeerVragenlijst,
  arbowetMeldplicht,
  jaarverslag,
  jaarverslagCsv,
  monitoringsplanning,
  type Ongeval,
  SEED_2018_BELEID,
  type SchoolMonitoring,
} from '@schoolveiligheid/monitoring';
import meldplicht from '../packages/monitoring/fixtures/meldplicht.json' with { type: 'json' };
import planning from '../packages/monitoring/fixtures/planning.json' with { type: 'json' };
import vragenlijst from '../packages/monitoring/fixtures/vragenlijst.json' with { type: 'json' };

/** Prints the worked cases; returns how many scenarios it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/monitoring ==');
  for (const geval of planning) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const i = geval.invoer as { school: SchoolMonitoring; schooljaar: string; nu?: Tijdstip };
    const p = monitoringsplanning(i.school, i.schooljaar, i.nu ? { nu: i.nu } : {});
    for (const item of p.items)
      console.log(
        `  [${item.code}] ${item.rol}, uiterlijk ${item.uiterlijk ?? 'onverwijld'}: ${item.status} (${item.bron.zekerheid})`,
      );
  }
  for (const geval of meldplicht) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const i = geval.invoer as { ongeval: Ongeval; beleid?: string };
    const b = arbowetMeldplicht(i.ongeval, i.beleid ? { beleid: SEED_2018_BELEID } : {});
    console.log(
      `  meldplichtig: ${b.uitkomst.meldplichtig ? `ja, ${b.uitkomst.meldtermijn} vanaf ${b.uitkomst.meldenVanaf}` : 'nee'}`,
    );
    for (const r of b.redenen) console.log(`  reden [${r.code}] ${r.tekst}`);
  }
  console.log(
    '\n- jaarverslag 2025-2026 (seed 2018, Incidentenregistratie: analyse met MR en bestuur), als CSV',
  );
  const v = jaarverslag(
    [
      {
        id: 'inc-1',
        datum: '2025-10-06',
        getroffene: 'leerling',
        categorie: 'grove-pesterij',
        behandeling: 'geen',
      },
      {
        id: 'inc-2',
        datum: '2025-10-20',
        getroffene: 'werknemer',
        categorie: 'bedreiging',
        behandeling: 'geen',
      },
      {
        id: 'inc-3',
        datum: '2026-03-12',
        getroffene: 'leerling',
        categorie: 'vernieling-diefstal',
        subtype: 'vernieling',
        behandeling: 'geen',
        schade: [{ soort: 'materieel', kosten: { centen: 35000, valuta: 'EUR' } }],
      },
    ],
    { van: '2025-08-01', tot: '2026-07-31' },
  );
  for (const regel of jaarverslagCsv(v).split('\n')) console.log(`  ${regel}`);
  for (const geval of vragenlijst) {
    console.log(`\n- ${geval.naam} (bron: ${geval.bron})`);
    const antwoorden = geval.invoer.groepen.flatMap(({ bestuur, school, groep, aantal }) =>
      Array.from({ length: aantal }, () => ({ bestuur, school, groep, schalen: { veiligheidsbeleving: 3 } })),
    );
    const r = aggregeerVragenlijst(antwoorden, { peildatum: geval.invoer.peildatum as IsoDatum });
    for (const c of r.cellen) console.log(`  ${c.niveau} ${c.sleutel}: ${c.aantal} antwoorden`);
    for (const reden of r.redenen) console.log(`  reden [${reden.code}] ${reden.tekst}`);
  }
  return planning.length + meldplicht.length + 1 + vragenlijst.length;
}
