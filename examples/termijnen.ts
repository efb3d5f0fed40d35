// Worked deadline scenarios of @schoolveiligheid/kern, read from the package's own fixtures
// (packages/kern/fixtures/termijnen.json, shipped in the tarball), so the demo and kern's tests show the same
// cases. Each is printed with its trace and the source of the expected answer.
import {
  berekenTermijn,
  bronTekst,
  leesbareDatum,
  type SchoolkalenderInstellingen,
  schoolkalender,
  type TermijnInvoer,
  type TermijnUitkomst,
  termijnStatus,
  type Tijdstip,
} from '@schoolveiligheid/kern';
import gevallen from '@schoolveiligheid/kern/fixtures/termijnen.json' with { type: 'json' };

/**
 * The input of a case: a {@link TermijnInvoer} as JSON, with the school calendar as its settings (built here
 * with `schoolkalender`), and optionally the moment `nu` to show the term's status at.
 */
type TermijnGeval = Omit<TermijnInvoer, 'kalender'> & {
  readonly kalender?: SchoolkalenderInstellingen;
  readonly nu?: Tijdstip;
};

/** Prints a computed term: outcome, trace and sources. */
export function toonTermijn(titel: string, t: TermijnUitkomst, nu?: Tijdstip): void {
  console.log(`\n## ${titel}`);
  console.log(`Laatste dag: ${leesbareDatum(t.laatsteDag)}  (vervalt op ${t.vervaltOp})`);
  console.log(`Verlengd door de Algemene termijnenwet: ${t.verlengdDoorAtw ? 'ja' : 'nee'}`);
  if (nu) console.log(`Stand op ${nu}: ${termijnStatus(t, nu).tekst}`);
  console.log('Spoor:');
  for (const stap of t.spoor) console.log(`  - [${stap.code}] ${stap.tekst}`);
  console.log(`Bronnen: ${t.bronnen.map(bronTekst).join('; ')}`);
  for (const w of t.waarschuwingen) console.log(`Let op: ${w}`);
}

/** Prints the worked cases; returns how many scenarios it showed. */
export function toon(): number {
  console.log('# Termijnen (@schoolveiligheid/kern)');
  for (const geval of gevallen) {
    const { nu, kalender, ...termijn } = geval.invoer as TermijnGeval;
    const t = berekenTermijn(kalender ? { ...termijn, kalender: schoolkalender(kalender) } : termijn);
    toonTermijn(geval.naam, t, nu);
    if ('toelichting' in geval) console.log(`Toelichting: ${geval.toelichting}`);
    console.log(`Bron van de uitkomst: ${geval.bron}`);
  }
  return gevallen.length;
}
