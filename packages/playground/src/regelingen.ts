// The regulations of the playground as data: per regulation its form fields and how its answer is computed with
// the SDK (the packages' own ESM build, exactly as a vendor's front end imports it). Every answer is a list of
// sections of lines, each line with its source where the SDK gives one; main.ts only renders.
import { type Beveiligingsincident, beoordeelIncident, valideerIncident } from '@schoolveiligheid/datalek';
import gevallen from '@schoolveiligheid/datalek/fixtures/gevallen.json';
import {
  type Bron,
  berekenTermijn,
  bronTekst,
  type IsoDatum,
  leesbareDatum,
  schoolkalender,
} from '@schoolveiligheid/kern';
import { berekenSchorsing } from '@schoolveiligheid/schorsing';

/** A form field: a text or date input, or a choice. */
export interface Veld {
  readonly naam: string;
  readonly label: string;
  readonly soort: 'datum' | 'getal' | 'keuze';
  readonly standaard: string;
  readonly keuzes?: readonly (readonly [waarde: string, label: string])[];
}

/** One line of an answer, with its source. */
export interface Regel {
  readonly tekst: string;
  readonly bron?: string;
}

/** An answer: a heading and sections of lines, or the coded problems of refused input. */
export interface Antwoord {
  readonly kop: string;
  readonly secties: readonly { readonly titel: string; readonly regels: readonly Regel[] }[];
}

/** A regulation of the playground. */
export interface Regeling {
  readonly id: string;
  readonly titel: string;
  readonly omschrijving: string;
  readonly velden: readonly Veld[];
  bereken(invoer: Readonly<Record<string, string>>): Antwoord;
}

const metBron = (tekst: string, b?: Bron): Regel => (b ? { tekst, bron: bronTekst(b) } : { tekst });
const REGIO_KEUZES = [
  ['noord', 'noord'],
  ['midden', 'midden'],
  ['zuid', 'zuid'],
] as const;

function geweigerd(problemen: readonly { code: string; melding: string }[]): Antwoord {
  return {
    kop: 'De invoer is niet geldig',
    secties: [{ titel: 'Problemen', regels: problemen.map((p) => ({ tekst: `[${p.code}] ${p.melding}` })) }],
  };
}

const termijn: Regeling = {
  id: 'termijn',
  titel: 'Termijn (Algemene termijnenwet)',
  omschrijving: 'Een termijn na een gebeurtenis, verlengd door de Algemene termijnenwet waar die geldt.',
  velden: [
    { naam: 'gebeurtenis', label: 'Gebeurtenis (bekendmaking)', soort: 'datum', standaard: '2026-11-20' },
    { naam: 'aantal', label: 'Aantal', soort: 'getal', standaard: '6' },
    {
      naam: 'eenheid',
      label: 'Eenheid',
      soort: 'keuze',
      standaard: 'weken',
      keuzes: [
        ['dagen', 'kalenderdagen'],
        ['werkdagen', 'werkdagen'],
        ['weken', 'weken'],
        ['maanden', 'maanden'],
      ],
    },
    {
      naam: 'grondslag',
      label: 'Soort termijn',
      soort: 'keuze',
      standaard: 'nl-wet',
      keuzes: [
        ['nl-wet', 'Nederlandse wet (Atw geldt)'],
        ['eu', 'Europees recht (Verordening 1182/71)'],
        ['regeling', 'eigen regeling van de school (geen Atw)'],
      ],
    },
  ],
  bereken(v) {
    const t = berekenTermijn({
      gebeurtenis: v.gebeurtenis as IsoDatum,
      duur: { aantal: Number(v.aantal), eenheid: v.eenheid as 'weken' },
      grondslag: v.grondslag as 'nl-wet',
    });
    return {
      kop: `Laatste dag: ${leesbareDatum(t.laatsteDag)}${t.verlengdDoorAtw ? ' (verlengd door de Algemene termijnenwet)' : ''}`,
      secties: [
        { titel: 'Spoor', regels: t.spoor.map((s) => metBron(s.tekst, s.bron)) },
        { titel: 'Bronnen', regels: t.bronnen.map((b) => ({ tekst: bronTekst(b) })) },
      ],
    };
  },
};

const schorsing: Regeling = {
  id: 'schorsing',
  titel: 'Schorsing (WPO art. 40c)',
  omschrijving:
    'Een schorsing van een aantal schooldagen: welke dagen, wanneer terug, en moet de inspectie het weten?',
  velden: [
    { naam: 'ingangsdatum', label: 'Eerste dag van de schorsing', soort: 'datum', standaard: '2025-12-18' },
    { naam: 'aantal', label: 'Aantal schooldagen', soort: 'getal', standaard: '5' },
    {
      naam: 'regio',
      label: 'Regio (schoolvakanties)',
      soort: 'keuze',
      standaard: 'noord',
      keuzes: REGIO_KEUZES,
    },
    { naam: 'besluitdatum', label: 'Datum van het besluit', soort: 'datum', standaard: '2025-12-17' },
  ],
  bereken(v) {
    const r = berekenSchorsing({
      ingangsdatum: v.ingangsdatum as IsoDatum,
      duur: { aantal: Number(v.aantal), eenheid: 'schooldagen' },
      kalender: schoolkalender({ regio: v.regio as 'noord' }),
      besluitdatum: v.besluitdatum as IsoDatum,
    });
    if (!r.ok) return geweigerd(r.problemen);
    const s = r.waarde;
    return {
      kop: `Terug op school: ${leesbareDatum(s.terugOp)}`,
      secties: [
        { titel: 'Schooldagen', regels: s.schooldagen.map((d) => ({ tekst: leesbareDatum(d) })) },
        { titel: 'Redenen', regels: s.redenen.map((x) => metBron(x.tekst, x.bron)) },
        {
          titel: `Melding aan de inspectie: ${s.meldingInspectie.uitkomst ? 'ja' : 'nee'}`,
          regels: s.meldingInspectie.redenen.map((x) => metBron(x.tekst, x.bron)),
        },
      ],
    };
  },
};

/** The stolen-laptop case of the datalek package's worked cases, as the base the form changes. */
const laptop = gevallen.find((g) => g.naam.startsWith('onversleutelde laptop'));

const datalek: Regeling = {
  id: 'datalek',
  titel: 'Datalek (AVG art. 33 en 34)',
  omschrijving:
    'Een gestolen laptop met gegevens van leerlingen: is het een datalek, moet de school melden bij de AP, en moeten de ouders het weten?',
  velden: [
    {
      naam: 'versleuteling',
      label: 'Versleuteling',
      soort: 'keuze',
      standaard: 'geen',
      keuzes: [
        ['geen', 'geen'],
        ['verouderd', 'verouderd'],
        ['stand-der-techniek', 'volgens de stand van de techniek'],
      ],
    },
    {
      naam: 'gegevens',
      label: 'Gegevens',
      soort: 'keuze',
      standaard: 'zorg',
      keuzes: [
        ['zorg', 'namen en zorgnotities'],
        ['namen', 'alleen namen en groepen'],
      ],
    },
    {
      naam: 'aanwijzingMisbruik',
      label: 'Aanwijzing voor misbruik',
      soort: 'keuze',
      standaard: 'ja',
      keuzes: [
        ['ja', 'ja'],
        ['nee', 'nee'],
        ['onbekend', 'onbekend'],
      ],
    },
    { naam: 'aantal', label: 'Aantal leerlingen', soort: 'getal', standaard: '28' },
  ],
  bereken(v) {
    const basis = laptop?.invoer.incident as Beveiligingsincident | undefined;
    const gelezen = valideerIncident({
      ...basis,
      versleuteling: v.versleuteling,
      categorieen: v.gegevens === 'zorg' ? ['identificerend', 'gezondheid-zorg'] : ['identificerend'],
      aanwijzingMisbruik: v.aanwijzingMisbruik,
      betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: Number(v.aantal) },
    });
    if (!gelezen.ok) return geweigerd(gelezen.problemen);
    const { uitkomst, redenen } = beoordeelIncident(gelezen.waarde);
    const janee = (b: boolean) => (b ? 'ja' : 'nee');
    return {
      kop: `Melden bij de AP: ${janee(uitkomst.meldplichtAP)}; ouders informeren: ${janee(uitkomst.betrokkenenInformeren)}`,
      secties: [
        {
          titel: `Datalek: ${janee(uitkomst.isDatalek)}; risico: ${uitkomst.risico}`,
          regels: redenen.map((x) => metBron(x.tekst, x.bron)),
        },
      ],
    };
  },
};

/** The regulations, in the order of the menu. */
export const REGELINGEN: readonly Regeling[] = [termijn, schorsing, datalek];
