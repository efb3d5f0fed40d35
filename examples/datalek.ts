// Worked datalek scenarios of @schoolveiligheid/datalek, taken from the worked cases the package ships
// (fixtures/gevallen.json, each with the source of its expected answer): the decision with its reasons, the seed
// policy's deviations, and the stolen-laptop dossier from the teacher's report to the AP form, with deadline traces.
import {
  apMeldingUitIncident,
  bewaarMinimaalTot,
  type Beveiligingsincident,
  beoordeelIncident,
  controleerApMelding,
  controleerBeleid,
  type DatalekDossier,
  type Gebeurtenis,
  nieuwDossier,
  openTermijnen,
  registerExport,
  SEED_2018_BELEID,
  valideerIncident,
  valideerKennisgeving,
  vergelijkMetWet,
  verwerk,
  volgendeStappen,
} from '@schoolveiligheid/datalek';
import gevallen from '@schoolveiligheid/datalek/fixtures/gevallen.json' with { type: 'json' };
import { bronTekst, type IsoDatum, type Reden, type Tijdstip } from '@schoolveiligheid/kern';

/** The worked cases shown, by name; the first is the dossier below. */
const GETOOND = [
  'onversleutelde laptop met zorgnotities van groep 6 gestolen, ontdekt vrijdag 23 oktober 2026 om 14.30 uur',
  'versleutelde USB-stick kwijt, sleutel veilig, kopie op de server',
  'gijzelsoftware op de administratie-pc, back-up binnen 6 uur terug, geen exfiltratie',
  'serverruimte een weekend open, niet uit te sluiten dat iemand bij de namenlijsten kon',
] as const;

interface Geval {
  readonly naam: string;
  readonly bron: string;
  readonly peildatum: IsoDatum;
  readonly incident: Beveiligingsincident;
  readonly verwacht: (typeof gevallen)[number]['verwacht'];
}

/** A worked case of the shipped fixtures, its incident validated as a vendor validates stored JSON. */
function geval(naam: string): Geval {
  const g = gevallen.find((x) => x.naam === naam);
  if (!g) throw new Error(`Geen uitgewerkt geval "${naam}" in fixtures/gevallen.json`);
  const incident = valideerIncident(g.invoer.incident);
  if (!incident.ok) throw new Error(`Geval geweigerd: ${incident.problemen.map((p) => p.code).join(', ')}`);
  return { ...g, peildatum: g.peildatum as IsoDatum, incident: incident.waarde };
}

const janee = (b: boolean) => (b ? 'ja' : 'nee');

function toonRedenen(redenen: readonly Reden[]): void {
  for (const r of redenen)
    console.log(`  - [${r.code}] ${r.tekst}${r.bron ? ` (${bronTekst(r.bron)})` : ''}`);
}

function toonTermijnen(dossier: DatalekDossier, nu: Tijdstip): void {
  console.log(`Open termijnen op ${nu}:`);
  for (const t of openTermijnen(dossier, nu)) {
    const stand =
      t.termijn && t.status
        ? `vervalt ${t.termijn.vervaltOp}, ${t.status.tekst}`
        : 'zonder onredelijke vertraging';
    console.log(`  * [${t.code}] ${t.tekst} [${t.rol}] ${stand}${t.bron ? ` (${bronTekst(t.bron)})` : ''}`);
    for (const s of t.termijn?.spoor ?? []) console.log(`      - [${s.code}] ${s.tekst}`);
  }
}

function stap(dossier: DatalekDossier, gebeurtenis: Gebeurtenis): DatalekDossier {
  const r = verwerk(dossier, gebeurtenis);
  if (!r.ok) throw new Error(`Gebeurtenis geweigerd: ${r.problemen.map((p) => p.code).join(', ')}`);
  return r.waarde;
}

/** Prints the worked cases and the dossier; returns how many scenarios it showed. */
export function toon(): number {
  console.log('\n# Datalekken (@schoolveiligheid/datalek)');

  for (const { naam, bron, peildatum, incident, verwacht } of GETOOND.map(geval)) {
    const { uitkomst, redenen } = beoordeelIncident(incident, { peildatum });
    console.log(`\n## ${naam}`);
    console.log(`Bron van het verwachte antwoord: ${bron}`);
    console.log(
      `Datalek: ${janee(uitkomst.isDatalek)}; risico: ${uitkomst.risico}; melden bij de AP: ${janee(uitkomst.meldplichtAP)}; betrokkenen informeren: ${janee(uitkomst.betrokkenenInformeren)}`,
    );
    const zoalsVerwacht = Object.entries(verwacht.wet).every(
      ([veld, waarde]) => uitkomst[veld as keyof typeof uitkomst] === waarde,
    );
    console.log(`Zoals het uitgewerkte geval verwacht: ${janee(zoalsVerwacht)}`);
    toonRedenen(redenen);
    const v = vergelijkMetWet(incident, SEED_2018_BELEID, peildatum);
    console.log(
      `Seed-beleid (Wbp-beslisboom): ${v.uitkomst.onderrapportage ? 'rapporteert te weinig' : 'geen onderrapportage'}`,
    );
    toonRedenen(v.redenen);
  }

  console.log('\n## Seed-beleid tegen de wet (controleerBeleid, peildatum 23 november 2026)');
  for (const b of controleerBeleid(SEED_2018_BELEID, '2026-11-23').bevindingen)
    console.log(`  - [${b.oordeel}] ${b.tekst}`);

  console.log('\n## Dossier: een leerkracht meldt op vrijdag 23 oktober 2026 een gestolen laptop');
  const laptop = geval(GETOOND[0]).incident;
  const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
  // the school's policy travels in the dossier's header, so every reader applies the same one
  const leeg = nieuwDossier({ id: 'dl-2026-001', beleid: SEED_2018_BELEID });
  if (!leeg.ok) throw new Error(`Dossier geweigerd: ${leeg.problemen.map((p) => p.code).join(', ')}`);
  let d = stap(leeg.waarde, {
    type: 'gemeld',
    tijdstip: '2026-10-23T15:00:00+02:00',
    door: { rol: 'medewerker', id: 'medewerker-1' },
    incident: laptop,
  });
  toonTermijnen(d, '2026-10-23T16:00:00+02:00');
  const beoordeling = beoordeelIncident(laptop).uitkomst;
  d = stap(d, {
    type: 'geanalyseerd',
    tijdstip: '2026-10-23T19:00:00+02:00',
    door: pf,
    uitkomst: beoordeling,
  });
  console.log('Volgende stappen na de analyse (seed-beleid):');
  for (const s of volgendeStappen(d)) console.log(`  - [${s.code}] ${s.tekst} [${s.rol}]`);
  toonTermijnen(d, '2026-10-25T12:00:00+01:00');

  console.log('AP-meldformulier, vooraf ingevuld uit de registratie; nog open:');
  const concept = apMeldingUitIncident(laptop, beoordeling);
  const controle = controleerApMelding(concept);
  for (const p of controle.ok ? [] : controle.problemen) console.log(`  - ${p.melding}`);

  const bericht = valideerKennisgeving({
    aard: 'Op vrijdag is een laptop van school gestolen. Daarop stonden notities over de zorg voor leerlingen van groep 6.',
    contactpunt: 'Heeft u vragen? Mail de privacyfunctionaris van de stichting.',
    gevolgen: 'Iemand kan lezen welke extra hulp uw kind krijgt.',
    maatregelen: 'We hebben aangifte gedaan. Alle laptops van school worden nu versleuteld.',
    advies: 'Krijgt u een vreemd bericht over uw kind? Meld het bij de school.',
  });
  console.log(`Bericht aan ouders volgens AVG art. 34 lid 2: ${bericht.ok ? 'in orde' : 'aanpassen'}`);

  d = stap(d, { type: 'ap-gemeld', tijdstip: '2026-10-24T11:00:00+02:00', door: pf, volledig: true });
  d = stap(d, {
    type: 'betrokkenen-geinformeerd',
    tijdstip: '2026-10-26T10:00:00+01:00',
    door: { rol: 'communicatiemedewerker', id: 'communicatie' },
    aantal: 28,
    wijze: 'individueel',
  });
  const directeur = { rol: 'directeur', id: 'directeur' } as const;
  const gesloten = verwerk(d, { type: 'gesloten', tijdstip: '2026-10-26T11:00:00+01:00', door: directeur });
  console.log(
    `Dossier sluiten zonder maatregelen: ${gesloten.ok ? 'gelukt' : `geweigerd (${gesloten.problemen.map((p) => p.code).join(', ')})`}`,
  );
  d = stap(d, {
    type: 'herstelmaatregel',
    tijdstip: '2026-10-26T12:00:00+01:00',
    door: directeur,
    omschrijving: 'Account geblokkeerd.',
  });
  d = stap(d, {
    type: 'preventieve-maatregel',
    tijdstip: '2026-10-27T12:00:00+01:00',
    door: directeur,
    omschrijving: 'Laptops versleuteld.',
  });
  d = stap(d, { type: 'gesloten', tijdstip: '2026-10-27T13:00:00+01:00', door: directeur });

  const bewaar = bewaarMinimaalTot(d);
  console.log(
    `Dossier gesloten; de melding wordt bewaard tot ten minste ${bewaar?.laatsteDag ?? '-'} (seed: 3 jaar).`,
  );

  const register = registerExport([d]);
  console.log(
    `Register (geanonimiseerd): ${register.aantalDatalekken} datalek, ${register.perUitkomst.gemeldBijAP} gemeld bij de AP, mediaan ${register.tijdTotMeldingAP.mediaanUren ?? '-'} uur tot de melding (${register.verantwoording.pakket} ${register.verantwoording.versie}).`,
  );
  return GETOOND.length + 2; // the cases, the policy check, the dossier
}
