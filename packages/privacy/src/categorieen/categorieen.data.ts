// Bijlage 13 of the 2018 seed ("Categorieën persoonsgegevens die verwerkt worden"), as data: per kind of data
// subject the categories (letter as in the seed) and the fields a vendor's data model maps onto them.

/** The kinds of data subject Bijlage 13 distinguishes. */
export type Betrokkene = 'leerling' | 'ouder' | 'sollicitant' | 'medewerker';

/** The fields the SDK knows, named as an LVS data model would (never the data itself). */
export type Gegevensveld =
  | 'naam'
  | 'voornamen'
  | 'voorletters'
  | 'titulatuur'
  | 'geslacht'
  | 'geboortedatum'
  | 'adres'
  | 'postcode'
  | 'woonplaats'
  | 'telefoonnummer'
  | 'e-mailadres'
  | 'bankrekeningnummer'
  | 'bsn'
  | 'onderwijsnummer'
  | 'eck-id'
  | 'administratienummer'
  | 'nationaliteit'
  | 'geboorteplaats'
  | 'gezondheid'
  | 'welzijn'
  | 'godsdienst'
  | 'onderwijsverloop'
  | 'studieresultaten'
  | 'groepsindeling'
  | 'leermiddelen'
  | 'ouderbijdrage'
  | 'opleiding'
  | 'beroep'
  | 'relatie-tot-kind'
  | 'burgerlijke-staat'
  | 'sollicitatiefunctie'
  | 'dienstverband'
  | 'vorige-dienstbetrekkingen'
  | 'ouders-minderjarige-werknemer'
  | 'aanwezigheid-verlof'
  | 'aard-ziekte'
  | 'arbeidsomstandigheden'
  | 'gezinsleden'
  | 'beoordeling'
  | 'foto'
  | 'ras'
  | 'politieke-voorkeur'
  | 'strafrechtelijk';

/** One category of Bijlage 13: its letter, a Dutch description and the fields it covers. */
export interface Gegevenscategorie {
  /** Number and letter as in the seed: `1a`, `2e`, `4g`. */
  readonly code: string;
  /** What the seed says, shortened. */
  readonly omschrijving: string;
  /** The fields in the category. */
  readonly velden: readonly Gegevensveld[];
}

const NAW: readonly Gegevensveld[] = [
  'naam',
  'voornamen',
  'voorletters',
  'titulatuur',
  'geslacht',
  'geboortedatum',
  'adres',
  'postcode',
  'woonplaats',
  'telefoonnummer',
  'e-mailadres',
  'bankrekeningnummer',
];

/** Bijlage 13 per data subject. */
export const CATEGORIEEN_DATA: Readonly<Record<Betrokkene, readonly Gegevenscategorie[]>> = {
  leerling: [
    {
      code: '1a',
      omschrijving: 'naam, voornamen, voorletters, geslacht, geboortedatum, adres, postcode, woonplaats',
      velden: ['naam', 'voornamen', 'voorletters', 'geslacht', 'geboortedatum', 'adres', 'postcode', 'woonplaats'],
    },
    { code: '1b', omschrijving: 'het persoonsgebonden nummer', velden: ['bsn', 'onderwijsnummer', 'eck-id'] },
    { code: '1c', omschrijving: 'nationaliteit en geboorteplaats', velden: ['nationaliteit', 'geboorteplaats'] },
    { code: '1d', omschrijving: 'gezondheid of welzijn van de leerling', velden: ['gezondheid', 'welzijn'] },
    { code: '1e', omschrijving: 'godsdienst of levensovertuiging, voor zover nodig voor het onderwijs', velden: ['godsdienst'] },
    { code: '1f', omschrijving: 'aard en verloop van het onderwijs, studieresultaten', velden: ['onderwijsverloop', 'studieresultaten'] },
    { code: '1g', omschrijving: 'organisatie van het onderwijs en leermiddelen', velden: ['groepsindeling', 'leermiddelen'] },
    { code: '1h', omschrijving: 'inschrijvingsgelden, bijdragen en vergoedingen', velden: ['ouderbijdrage'] },
  ],
  ouder: [
    { code: '2a', omschrijving: 'naam, adres, communicatiegegevens en bankrekeningnummer', velden: NAW },
    { code: '2b', omschrijving: 'nationaliteit en geboorteplaats', velden: ['nationaliteit', 'geboorteplaats'] },
    { code: '2c', omschrijving: 'hoogst genoten opleiding en diploma', velden: ['opleiding'] },
    { code: '2d', omschrijving: 'beroep', velden: ['beroep'] },
    { code: '2e', omschrijving: 'relatie tot het kind', velden: ['relatie-tot-kind'] },
    { code: '2f', omschrijving: 'burgerlijke staat', velden: ['burgerlijke-staat'] },
  ],
  sollicitant: [
    { code: '3a', omschrijving: 'naam, adres, communicatiegegevens en rekeningnummer', velden: NAW },
    { code: '3b', omschrijving: 'een administratienummer', velden: ['administratienummer'] },
    { code: '3c', omschrijving: 'nationaliteit en geboorteplaats', velden: ['nationaliteit', 'geboorteplaats'] },
    { code: '3d', omschrijving: 'gevolgde en te volgen opleidingen, cursussen en stages', velden: ['opleiding'] },
    { code: '3e', omschrijving: 'de functie waarnaar gesolliciteerd is', velden: ['sollicitatiefunctie'] },
    { code: '3f', omschrijving: 'huidige dienstbetrekking en de beëindiging ervan', velden: ['dienstverband'] },
    { code: '3g', omschrijving: 'vorige dienstbetrekkingen en de beëindiging ervan', velden: ['vorige-dienstbetrekkingen'] },
  ],
  medewerker: [
    { code: '4a', omschrijving: 'naam, adres, communicatiegegevens en rekeningnummer', velden: NAW },
    { code: '4b', omschrijving: 'een administratienummer', velden: ['administratienummer'] },
    { code: '4c', omschrijving: 'nationaliteit en geboorteplaats', velden: ['nationaliteit', 'geboorteplaats'] },
    { code: '4d', omschrijving: 'gegevens van ouders van minderjarige werknemers', velden: ['ouders-minderjarige-werknemer'] },
    { code: '4e', omschrijving: 'gevolgde en te volgen opleidingen, cursussen en stages', velden: ['opleiding'] },
    { code: '4f', omschrijving: 'functie en dienstverband', velden: ['dienstverband'] },
    {
      code: '4g',
      omschrijving: 'aanwezigheid en afwezigheid (verlof, ziekte), niet de aard van de ziekte',
      velden: ['aanwezigheid-verlof'],
    },
    { code: '4h', omschrijving: 'arbeidsomstandigheden', velden: ['arbeidsomstandigheden'] },
    { code: '4i', omschrijving: 'gezinsleden, voor een overeengekomen arbeidsvoorwaarde', velden: ['gezinsleden'] },
    { code: '4j', omschrijving: 'personeelsbeoordeling en loopbaanbegeleiding', velden: ['beoordeling'] },
  ],
};

/** The fields that are special categories (AVG art. 9) or criminal data (art. 10). */
export const BIJZONDERE_VELDEN_DATA: readonly Gegevensveld[] = [
  'gezondheid',
  'godsdienst',
  'aard-ziekte',
  'ras',
  'politieke-voorkeur',
  'strafrechtelijk',
];

/** Every field the SDK knows. */
export const GEGEVENSVELDEN_DATA: readonly Gegevensveld[] = [
  ...NAW,
  'bsn',
  'onderwijsnummer',
  'eck-id',
  'administratienummer',
  'nationaliteit',
  'geboorteplaats',
  'gezondheid',
  'welzijn',
  'godsdienst',
  'onderwijsverloop',
  'studieresultaten',
  'groepsindeling',
  'leermiddelen',
  'ouderbijdrage',
  'opleiding',
  'beroep',
  'relatie-tot-kind',
  'burgerlijke-staat',
  'sollicitatiefunctie',
  'dienstverband',
  'vorige-dienstbetrekkingen',
  'ouders-minderjarige-werknemer',
  'aanwezigheid-verlof',
  'aard-ziekte',
  'arbeidsomstandigheden',
  'gezinsleden',
  'beoordeling',
  'foto',
  'ras',
  'politieke-voorkeur',
  'strafrechtelijk',
];
