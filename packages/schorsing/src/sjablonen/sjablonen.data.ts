// The seed's model letters (Bijlage 20) and schoolgids texts (Bijlage 21) as pure data: paragraphs with
// `{{veld}}` merge fields, and the remedy clause as a placeholder part filled per denominatie at render time
// (rechtsmiddelen.ts). No personal data: the seed's dotted blanks are merge fields, the board's name too.
// Where a template departs from the seed's words, `afwijkingen` says where and why.
import type { BriefBesluit } from '../rechtsmiddelen/rechtsmiddelen.js';

/**
 * The ids of the letter templates, in the seed's order: the three model letters of Bijlage 20 and the
 * schoolgids text of Bijlage 21.
 *
 * @example
 * ```ts
 * import { SJABLOON_IDS } from '@schoolveiligheid/schorsing';
 * SJABLOON_IDS; //=> ['schorsingsbrief', 'voornemen-verwijdering', 'besluit-verwijdering', 'schoolgids-schorsing-verwijdering']
 * ```
 */
export const SJABLOON_IDS = [
  'schorsingsbrief',
  'voornemen-verwijdering',
  'besluit-verwijdering',
  'schoolgids-schorsing-verwijdering',
] as const;

/** The id of one template. */
export type SjabloonId = (typeof SJABLOON_IDS)[number];

/** The kind of value a merge field takes, which decides how it is checked and rendered. */
export type VeldSoort = 'tekst' | 'alinea' | 'datum' | 'aantal';

/** One part of a template: a paragraph (single newlines stay line breaks), or the remedy clause of a decision. */
export type SjabloonDeel = string | { readonly rechtsmiddel: BriefBesluit };

/** One template as data. */
export interface SjabloonData {
  /** Where in the seed it comes from. */
  readonly bijlage: 'Bijlage 20' | 'Bijlage 21';
  /** The seed's heading of the model. */
  readonly titel: string;
  readonly delen: readonly SjabloonDeel[];
  /** Where the template departs from the seed's text, and why. */
  readonly afwijkingen: readonly string[];
}

/** Every merge field: its kind and its meaning (Dutch and English), so a vendor can build a form. */
export const VELDEN = {
  naamLeerling: { soort: 'tekst', nl: 'Naam van de leerling.', en: "The pupil's name." },
  geboortedatumLeerling: { soort: 'datum', nl: 'Geboortedatum van de leerling.', en: "The pupil's date of birth." },
  adresOuders: { soort: 'tekst', nl: 'Adres van de ouders (één regel).', en: "The parents' address (one line)." },
  gemeente: {
    soort: 'tekst',
    nl: 'Gemeente van de leerplichtambtenaar die een kopie krijgt.',
    en: 'Municipality of the leerplichtambtenaar who gets a copy.',
  },
  naamBevoegdGezag: {
    soort: 'tekst',
    nl: 'Naam van het bevoegd gezag (schoolbestuur); daar wordt bezwaar gemaakt.',
    en: 'Name of the bevoegd gezag (school board); objections go there.',
  },
  naamSchool: { soort: 'tekst', nl: 'Naam van de school.', en: 'Name of the school.' },
  datumBrief: {
    soort: 'datum',
    nl: 'Datum van de brief (dagtekening); daarop worden de regels gelezen.',
    en: 'Date of the letter; the rules are read at it.',
  },
  ingangsdatum: { soort: 'datum', nl: 'Eerste dag van de schorsing.', en: 'First day of the schorsing.' },
  aantalSchooldagen: {
    soort: 'aantal',
    nl: 'Duur van de schorsing in schooldagen.',
    en: 'Length of the schorsing in school days.',
  },
  laatsteDag: {
    soort: 'datum',
    nl: 'Laatste dag van de schorsing ("tot en met"), zoals berekenSchorsing hem geeft.',
    en: 'Last day of the schorsing ("up to and including"), as berekenSchorsing gives it.',
  },
  datumOverleg: {
    soort: 'datum',
    nl: 'Datum van het overleg met ouders, leerling, groepsleerkracht en directeur vooraf.',
    en: 'Date of the talk beforehand with parents, pupil, teacher and head.',
  },
  datumGedrag: { soort: 'datum', nl: 'Datum van het gedrag dat tot de schorsing leidde.', en: 'Date of the behaviour.' },
  beschrijvingGedrag: {
    soort: 'alinea',
    nl: 'Beschrijving van het gedrag en de redenen van de schorsing (WPO 40c lid 1: met opgave van redenen).',
    en: 'Description of the behaviour and the reasons (WPO 40c(1): with reasons).',
  },
  datumGesprekNa: {
    soort: 'datum',
    nl: 'Datum van het gesprek over de stappen na de schorsing.',
    en: 'Date of the talk about the steps after the schorsing.',
  },
  datumGesprek: {
    soort: 'datum',
    nl: 'Datum van het gesprek met ouders, leerling, groepsleerkracht en directeur (horen, WPO 40 lid 11).',
    en: 'Date of the talk with parents, pupil, teacher and head (hearing, WPO 40(11)).',
  },
  redenVoornemen: {
    soort: 'alinea',
    nl: 'De redenen voor het voornemen tot verwijdering.',
    en: 'The reasons for the intention to expel.',
  },
  datumVoornemen: {
    soort: 'datum',
    nl: 'Datum van de brief over het voornemen tot verwijdering.',
    en: 'Date of the letter about the intention to expel.',
  },
  verwijderingsdatum: {
    soort: 'datum',
    nl: 'Datum waarop de verwijdering ingaat.',
    en: 'Date the expulsion takes effect.',
  },
  naamOntvangendeSchool: {
    soort: 'tekst',
    nl: 'Naam van de school of scholen die bereid zijn de leerling toe te laten (WPO 40 lid 11).',
    en: 'Name of the school or schools willing to admit the pupil (WPO 40(11)).',
  },
  motiveringOntvangendeSchool: {
    soort: 'alinea',
    nl: 'Waarom die school aansluit bij de onderwijsondersteuningsbehoefte van de leerling.',
    en: "Why that school meets the pupil's support needs.",
  },
  reistijd: { soort: 'tekst', nl: 'De reistijd naar die school.', en: 'The travel time to that school.' },
  uitkomstOverleg: {
    soort: 'alinea',
    nl: 'Wat uit het overleg met de ouders over de scholen naar voren kwam.',
    en: 'What came out of the talk with the parents about the schools.',
  },
  regelingTotVerwijdering: {
    soort: 'alinea',
    nl: 'Wat er tot de verwijderingsdatum gebeurt: de leerling komt normaal naar school, of is van ... tot ... geschorst (ten hoogste één week).',
    en: 'What happens until the expulsion date: the pupil attends as normal, or is suspended from ... to ... (at most one week).',
  },
  ondersteuning: {
    soort: 'alinea',
    nl: 'Hoe de school tot de verwijdering tegemoetkomt aan de onderwijsondersteuningsbehoefte.',
    en: "How the school meets the pupil's support needs until the expulsion.",
  },
  naamOndertekenaar: { soort: 'tekst', nl: 'Naam van wie ondertekent.', en: 'Name of the signatory.' },
  functieOndertekenaar: {
    soort: 'tekst',
    nl: 'Functie van wie ondertekent (bijvoorbeeld lid of voorzitter van het college van bestuur).',
    en: 'Position of the signatory (for example member or chair of the board).',
  },
} as const satisfies Record<string, { readonly soort: VeldSoort; readonly nl: string; readonly en: string }>;

/** The name of a merge field. */
export type VeldNaam = keyof typeof VELDEN;

const KOP_OUDERS = 'Aan de ouders/voogd van {{naamLeerling}} (geboren {{geboortedatumLeerling}})\n{{adresOuders}}';
const ONDERTEKENING = 'Met vriendelijke groet,\n\n{{naamOndertekenaar}}\n{{functieOndertekenaar}} van {{naamBevoegdGezag}}';

/** The four templates. */
export const SJABLONEN: Readonly<Record<SjabloonId, SjabloonData>> = {
  schorsingsbrief: {
    bijlage: 'Bijlage 20',
    titel: 'Brief in verband met schorsing',
    delen: [
      KOP_OUDERS,
      'c.c.\n- de leerplichtambtenaar van de gemeente {{gemeente}}\n- {{naamBevoegdGezag}}\n- de inspectie van het onderwijs',
      'Datum: {{datumBrief}}\nBetreft: schorsing van {{naamLeerling}}',
      'Geachte ouders/voogd,',
      'Hierbij deel ik u officieel mee dat ik heb besloten uw kind {{naamLeerling}} met ingang van {{ingangsdatum}} voor de duur van {{aantalSchooldagen}} schooldagen (tot en met {{laatsteDag}}) de toegang tot {{naamSchool}} te ontzeggen.',
      'Wij hebben hierover op {{datumOverleg}} overleg gevoerd met u, uw kind, de groepsleerkracht en de directeur.',
      'De schorsing is een direct gevolg van het gedrag dat uw kind op {{datumGedrag}} aan de dag legde:\n{{beschrijvingGedrag}}',
      'U moet deze schorsing zien als een nadrukkelijke waarschuwing. Als het beschreven gedrag blijft bestaan, kan een langere schorsing en eventueel verwijdering van school volgen.',
      'Op {{datumGesprekNa}} nodig ik u uit voor een gesprek over de stappen na de schorsing.',
      'Tijdens de schorsing zorgen wij voor huiswerk dat uw kind kan maken.',
      { rechtsmiddel: 'schorsing' },
      'Ik ga ervan uit dat ik u hiermee volledig heb ingelicht.',
      ONDERTEKENING,
    ],
    afwijkingen: [
      'De rechtsmiddelenclausule ontbreekt in het model; zij is toegevoegd per denominatie (openbaar: Awb 3:45; bijzonder: de burgerlijke rechter).',
      '"Met onmiddellijke ingang van" is "met ingang van": de ingangsdatum is een merge field.',
      '"Zoon/dochter/pupil" is "uw kind"; de kopie aan het bestuur noemt het bevoegd gezag bij naam (merge field).',
      '"Zal schorsing voor langere termijn volgen" is "kan een langere schorsing volgen": een schorsing duurt ten hoogste één week (WPO 40c lid 1).',
    ],
  },
  'voornemen-verwijdering': {
    bijlage: 'Bijlage 20',
    titel: 'Model brief in verband met voornemen tot verwijdering',
    delen: [
      KOP_OUDERS,
      'c.c.\n- de leerplichtambtenaar van de gemeente {{gemeente}}\n- de inspectie van het onderwijs',
      'Datum: {{datumBrief}}\nBetreft: voornemen tot verwijdering van {{naamLeerling}}',
      'Geachte ouders/voogd,',
      'Hierbij deel ik u mee dat wij het voornemen hebben uw kind {{naamLeerling}} van {{naamSchool}} te verwijderen.',
      'Wij hebben hierover op {{datumGesprek}} een gesprek gevoerd met u, uw kind, de groepsleerkracht en de directeur.',
      'De reden voor ons voornemen is:\n{{redenVoornemen}}',
      'In de komende periode zoeken wij in samenspraak met u een andere school voor uw kind die aansluit bij zijn of haar onderwijsbehoeften. Ik raad u aan hier ook zelf actief mee bezig te gaan.',
      'De leerplichtambtenaar van de gemeente en de inspectie van het onderwijs zijn hiervan op de hoogte.',
      'Zodra een school is gevonden die uw kind wil toelaten, nemen wij een definitieve beslissing over de verwijdering. U krijgt daarover te zijner tijd schriftelijk bericht.',
      { rechtsmiddel: 'voornemen-verwijdering' },
      ONDERTEKENING,
    ],
    afwijkingen: [
      'Toegevoegd: dat dit nog geen besluit is, dat de ouders hun mening kunnen geven en dat bezwaar openstaat tegen het definitieve besluit.',
      'Een afzonderlijk voornemen vraagt de wet niet (WPO 40 lid 11); het is de procedure van het veiligheidsplan.',
    ],
  },
  'besluit-verwijdering': {
    bijlage: 'Bijlage 20',
    titel: 'Model brief in verband met besluit tot verwijdering leerling',
    delen: [
      KOP_OUDERS,
      'c.c.\n- de leerplichtambtenaar van de gemeente {{gemeente}}\n- de inspectie van het onderwijs',
      'Datum: {{datumBrief}}\nBetreft: besluit tot verwijdering van {{naamLeerling}}',
      'Geachte ouders/voogd,',
      'In aansluiting op onze brief van {{datumVoornemen}} deel ik u mee dat wij definitief hebben besloten uw kind {{naamLeerling}} per {{verwijderingsdatum}} van {{naamSchool}} te verwijderen.',
      '{{naamOntvangendeSchool}} is bereid uw kind per die datum toe te laten. Wij zijn van mening dat deze school aansluit bij de onderwijsondersteuningsbehoefte van uw kind, omdat:\n{{motiveringOntvangendeSchool}}',
      'De reistijd naar deze school bedraagt {{reistijd}}.',
      'Met u is overleg gevoerd over de scholen die voor uw kind in aanmerking komen. Daarbij is naar voren gekomen:\n{{uitkomstOverleg}}',
      'Tot uw kind van onze school wordt verwijderd, geldt het volgende:\n{{regelingTotVerwijdering}}',
      'In de periode dat uw kind nog op onze school onderwijs volgt, proberen wij zo goed mogelijk tegemoet te komen aan zijn of haar onderwijsondersteuningsbehoefte. Dit doen wij door:\n{{ondersteuning}}',
      { rechtsmiddel: 'verwijdering' },
      ONDERTEKENING,
    ],
    afwijkingen: [
      'De rechtsmiddelenclausule van het model ("binnen 6 weken na dagtekening ... bezwaar", "vakanties meegerekend") is vervangen per denominatie: openbaar telt de termijn vanaf de dag na de bekendmaking (Awb 6:8 lid 1), bijzonder "binnen 6 weken na de mededeling" (WPO 63 lid 3, eerste volzin), met de Geschillencommissie passend onderwijs (WPO 43 lid 2 onder a).',
      '"Lopende een eventuele bezwaarprocedure blijft de datum van verwijdering ongewijzigd" staat voor de openbare school in de clausule (Awb 6:16).',
      'Het model noemt in "Betreft" het voornemen; dit is het besluit.',
    ],
  },
  'schoolgids-schorsing-verwijdering': {
    bijlage: 'Bijlage 21',
    titel: 'Voorbeeld teksten schorsing en verwijdering voor in de schoolgids',
    delen: [
      'Schorsing en verwijdering',
      'Schorsing en verwijdering kunnen om drie redenen worden gebruikt:\n- als strafmaatregel;\n- als maatregel om de veiligheid en orde in de school te handhaven;\n- als middel om aan te geven dat de school niet langer garant kan staan voor een verantwoorde kwaliteit van de zorg en begeleiding voor het kind.',
      'Van schorsing is sprake als het kind tijdelijk de toegang tot de school wordt ontzegd. Het bevoegd gezag kan een leerling met opgave van redenen voor ten hoogste één week schorsen (artikel 40c Wet op het primair onderwijs). Het besluit tot schorsing wordt schriftelijk aan de ouders bekendgemaakt. Voorafgaand vindt een gesprek plaats van het bevoegd gezag met de ouders, het kind, de betrokken leerkracht en de directeur. Een schorsing van meer dan één dag meldt het bevoegd gezag schriftelijk en met redenen aan de inspectie.',
      'De school stelt de leerling in staat, bijvoorbeeld door het opgeven van huiswerk, het onderwijs tijdens de schorsing zo veel mogelijk voort te zetten.',
      { rechtsmiddel: 'schorsing' },
      'Verwijdering is een maatregel bij een zo ernstige situatie dat {{naamBevoegdGezag}} concludeert dat de relatie tussen school en leerling (ouders) onherstelbaar verstoord is; de leerling wordt definitief de toegang tot de school ontzegd en moet naar een andere school.',
      'Een leerling definitief verwijderen kan alleen wanneer het bevoegd gezag ervoor heeft gezorgd dat een andere school bereid is de leerling toe te laten (artikel 40, elfde lid, Wet op het primair onderwijs).',
      'De procedure is als volgt:\n1. De directeur van de school informeert het bevoegd gezag.\n2. Het bevoegd gezag hoort de betrokken groepsleerkracht en de ouders, en ook de leerling.\n3. Het bevoegd gezag maakt het voornemen tot verwijdering schriftelijk en met opgave van redenen bekend aan de ouders.\n4. De school zoekt in overleg met de ouders een andere passende school.\n5. Als een passende school is gevonden, deelt het bevoegd gezag het definitieve besluit tot verwijdering schriftelijk aan de ouders mee.\n6. Na de datum van verwijdering hoeft de school de leerling niet langer toe te laten.',
      { rechtsmiddel: 'verwijdering' },
      'Het oordeel van de Geschillencommissie passend onderwijs is niet bindend. Het bevoegd gezag deelt na het oordeel zo spoedig mogelijk aan de ouders en de commissie mee wat het met het oordeel doet; wijkt het af, dan vermeldt het de reden.',
    ],
    afwijkingen: [
      '"Ouders kunnen slechts bezwaar maken tegen een schorsing door het besluit voor te leggen aan de rechter" geldt alleen voor een bijzondere school; de tekst is vervangen door de clausule per denominatie (openbaar: bezwaar volgens de Awb).',
      'De bezwaartermijn (stap 6 van het model) staat in de clausule per denominatie; "1 week (5 schooldagen)" is "ten hoogste één week": 5 schooldagen is de lezing van de SDK, geen wettekst.',
      'Stap 2: de wet vraagt het horen van de groepsleraar en de ouders (WPO 40 lid 11); het horen van de leerling is schoolbeleid.',
      'De contactgegevens van de commissie uit de voetnoot van het model zijn weggelaten.',
      'De naam van het schoolbestuur is een merge field.',
    ],
  },
};
