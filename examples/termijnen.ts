// Worked deadline scenarios of @schoolveiligheid/kern, printed with their traces.
import {
  berekenTermijn,
  bronTekst,
  leesbareDatum,
  schoolkalender,
  type TermijnInvoer,
  type TermijnUitkomst,
  termijnStatus,
  type Tijdstip,
} from '@schoolveiligheid/kern';

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

function bereken(titel: string, invoer: TermijnInvoer, nu?: Tijdstip): void {
  toonTermijn(titel, berekenTermijn(invoer), nu);
}

export function toon(): void {
  console.log('# Termijnen (@schoolveiligheid/kern)');

  bereken(
    'Schorsing van 5 schooldagen, besluit op woensdag 16 december 2026, vlak voor de kerstvakantie (regio midden)',
    {
      gebeurtenis: '2026-12-16',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      grondslag: 'regeling',
      kalender: schoolkalender({ regio: 'midden' }),
      bron: {
        titel: 'Veiligheidsplan 2018',
        artikel: 'E.2 Schorsing (5 schooldagen)',
        zekerheid: 'secundair',
      },
    },
  );

  bereken(
    'Bezwaartermijn van 6 weken tegen een besluit bekendgemaakt op vrijdag 20 november 2026',
    {
      gebeurtenis: '2026-11-20',
      duur: { aantal: 6, eenheid: 'weken' },
      grondslag: 'nl-wet',
      bron: {
        titel: 'Algemene wet bestuursrecht',
        artikel: 'art. 6:7',
        bwb: 'BWBR0005537',
        url: 'https://wetten.overheid.nl/BWBR0005537/2026-01-01#Hoofdstuk6',
        zekerheid: 'wettekst',
      },
    },
    '2026-12-31T10:00:00+01:00',
  );

  bereken(
    'Datalek: melding aan de Autoriteit Persoonsgegevens binnen 72 uur, ontdekt op vrijdag 23 oktober 2026 14:30 (einde zomertijd)',
    {
      gebeurtenis: '2026-10-23T14:30:00+02:00',
      duur: { aantal: 72, eenheid: 'uren' },
      grondslag: 'eu',
      bron: {
        titel: 'Algemene verordening gegevensbescherming',
        artikel: 'art. 33 lid 1',
        zekerheid: 'secundair',
      },
    },
    '2026-10-26T09:00:00+01:00',
  );

  bereken('Atw art. 2: een termijn van 3 dagen vanaf donderdag 24 december 2026', {
    gebeurtenis: '2026-12-24',
    duur: { aantal: 3, eenheid: 'kalenderdagen' },
    grondslag: 'nl-wet',
  });
}
