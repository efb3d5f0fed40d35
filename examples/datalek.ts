// Worked datalek scenarios of @schoolveiligheid/datalek: the decision with its reasons, the seed policy's
// deviations, and the stolen-laptop dossier from the teacher's report to the AP form, with deadline traces.
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
  valideerKennisgeving,
  vergelijkMetWet,
  verwerk,
  volgendeStappen,
} from '@schoolveiligheid/datalek';
import { bronTekst, type Reden, type Tijdstip } from '@schoolveiligheid/kern';

const basis: Beveiligingsincident = {
  id: 'inc-1',
  melder: { rol: 'medewerker', id: 'medewerker-1' },
  ontdektOp: '2026-10-23T14:30:00+02:00',
  soort: 'anders',
  omschrijving: 'Staat in het dossier van de school.',
  persoonsgegevens: 'ja',
  inbreuk: [],
  categorieen: ['identificerend'],
  betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 28 },
  versleuteling: 'geen',
  sleutelGecompromitteerd: 'nee',
  backupAanwezig: true,
  onbeschikbaarUren: 0,
  toegangUitgesloten: 'ja',
  ontvangerBetrouwbaarVerwijderd: false,
  aanwijzingMisbruik: 'nee',
  maatregelen: [],
};

const gevallen: readonly [string, Partial<Beveiligingsincident>][] = [
  [
    'Onversleutelde laptop met zorgnotities van groep 6 gestolen (seed C.6 Deel A)',
    {
      soort: 'diefstal',
      inbreuk: ['vertrouwelijkheid'],
      categorieen: ['identificerend', 'gezondheid-zorg'],
      toegangUitgesloten: 'nee',
      aanwijzingMisbruik: 'ja',
    },
  ],
  [
    'Versleutelde USB-stick kwijt, sleutel veilig, kopie op de server (AP: niet melden)',
    {
      soort: 'verlies',
      inbreuk: ['vertrouwelijkheid'],
      categorieen: ['identificerend', 'gezondheid-zorg'],
      versleuteling: 'stand-der-techniek',
      toegangUitgesloten: 'nee',
    },
  ],
  [
    'Gijzelsoftware op de administratie-pc, back-up binnen 6 uur terug (EDPB 01/2021 casus 01)',
    { soort: 'malware', inbreuk: ['beschikbaarheid'], onbeschikbaarUren: 6 },
  ],
  [
    'Serverruimte een weekend open, toegang tot namenlijsten niet uit te sluiten (seed C.6 Deel A)',
    {
      soort: 'fysieke-toegang',
      inbreuk: ['vertrouwelijkheid'],
      categorieen: ['identificerend', 'contact'],
      toegangUitgesloten: 'onbekend',
    },
  ],
];

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

export function toon(): void {
  console.log('\n# Datalekken (@schoolveiligheid/datalek)');

  for (const [titel, wijziging] of gevallen) {
    const incident = { ...basis, ...wijziging };
    const { uitkomst, redenen } = beoordeelIncident(incident);
    console.log(`\n## ${titel}`);
    console.log(
      `Datalek: ${janee(uitkomst.isDatalek)}; risico: ${uitkomst.risico}; melden bij de AP: ${janee(uitkomst.meldplichtAP)}; betrokkenen informeren: ${janee(uitkomst.betrokkenenInformeren)}`,
    );
    toonRedenen(redenen);
    const v = vergelijkMetWet(incident, SEED_2018_BELEID);
    console.log(
      `Seed-beleid (Wbp-beslisboom): ${v.uitkomst.onderrapportage ? 'rapporteert te weinig' : 'geen onderrapportage'}`,
    );
    toonRedenen(v.redenen);
  }

  console.log('\n## Seed-beleid tegen de wet (controleerBeleid, peildatum 23 november 2026)');
  for (const b of controleerBeleid(SEED_2018_BELEID, '2026-11-23').bevindingen)
    console.log(`  - [${b.oordeel}] ${b.tekst}`);

  console.log('\n## Dossier: een leerkracht meldt op vrijdag 23 oktober 2026 een gestolen laptop');
  const laptop = { ...basis, ...(gevallen[0]?.[1] ?? {}) };
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
}
