// Worked scenarios of @schoolveiligheid/cli: the same shipped cases a Java, C# or PHP back end sends, once as the
// command line computes them (`voerUit`, what `schoolveiligheid <opdracht>` prints) and once through the HTTP
// sidecar (`behandel`, what `POST /v1/<opdracht>` answers, without opening a port); both give the same JSON, and
// `uitleg` prints the reasons and trace as `--uitleg` does.
import { behandel, uitleg, voerUit } from '@schoolveiligheid/cli';
import { privacyProcedure } from '@schoolveiligheid/privacy';
import incidenten from '../packages/datalek/fixtures/gevallen.json' with { type: 'json' };
import termijnen from '../packages/kern/fixtures/termijnen.json' with { type: 'json' };
import verzoeken from '../packages/privacy/fixtures/verzoeken.json' with { type: 'json' };

/** The requests of the demo: a deadline, a datalek decision and a stored privacy dossier read at its `nu`. */
function verzoekenVanDemo(): { naam: string; opdracht: string; invoer: unknown }[] {
  const termijn = termijnen[0];
  const incident = incidenten[0];
  const verzoek = verzoeken[0];
  if (!termijn || !incident || !verzoek) throw new Error('fixtures ontbreken');
  return [
    { naam: termijn.naam, opdracht: 'termijn', invoer: termijn.invoer },
    {
      naam: incident.naam,
      opdracht: 'datalek',
      invoer: { incident: incident.invoer.incident, peildatum: incident.peildatum },
    },
    {
      naam: verzoek.naam,
      opdracht: 'dossier',
      invoer: {
        dossier: {
          procedure: 'privacy',
          versie: privacyProcedure.definitie.versie,
          kop: verzoek.invoer.kop,
          gebeurtenissen: verzoek.invoer.gebeurtenissen,
        },
        nu: verzoek.invoer.nu,
      },
    },
  ];
}

/** Prints the scenarios; returns how many it showed (for the demo's summary). */
export function toon(): number {
  console.log('\n== @schoolveiligheid/cli ==');
  const lijst = verzoekenVanDemo();
  for (const { naam, opdracht, invoer } of lijst) {
    const cli = voerUit(opdracht, invoer);
    const http = behandel({
      methode: 'POST',
      pad: `/v1/${opdracht}`,
      inhoudstype: 'application/json',
      lichaam: JSON.stringify(invoer),
    });
    const gelijk = JSON.stringify(cli.json) === JSON.stringify(JSON.parse(http.lichaam));
    console.log(`\n- schoolveiligheid ${opdracht} (${naam})`);
    console.log(
      `  exit ${cli.code}, POST /v1/${opdracht} status ${http.status}, zelfde JSON: ${gelijk ? 'ja' : 'NEE'}`,
    );
    for (const regel of uitleg(cli).split('\n').slice(0, 6)) console.log(`  ${regel}`);
  }
  return lijst.length;
}
