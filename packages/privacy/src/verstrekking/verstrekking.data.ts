// Bijlage 14 of the 2018 seed ("Overzicht van gegevens die verstrekt worden aan derden"), as data. An asterisk
// in the seed marks a statutory provision. The seed's table is cut off after "TSO": its categories are
// not in the text, so the row is flagged.

/** Recipients the SDK knows. `ggd` is not in Bijlage 14: a provision to it needs its own basis. */
export type Ontvanger =
  | 'duo'
  | 'educatieve-uitgeverij'
  | 'school'
  | 'externe-onderwijsspecialist'
  | 'samenwerkingsverband'
  | 'tso'
  | 'ggd'
  | 'opleiding';

/** Purposes of a provision. */
export type VerstrekkingsDoel =
  | 'bekostiging'
  | 'digitale-leermiddelen'
  | 'overdracht-leerlingdossier'
  | 'zorgbegeleiding'
  | 'toelaatbaarheidsverklaring'
  | 'tussenschoolse-opvang'
  | 'jeugdgezondheidszorg'
  | 'studie-onderzoek';

/** The lawful bases of AVG art. 6 lid 1, as the seed names them. */
export type Grondslag =
  | 'toestemming'
  | 'overeenkomst'
  | 'wettelijke-plicht'
  | 'publieke-taak'
  | 'gerechtvaardigd-belang';

/** One row of the register of recipients. */
export interface Verstrekkingsregel {
  /** Who receives. */
  readonly ontvanger: Ontvanger;
  /** For what. */
  readonly doel: VerstrekkingsDoel;
  /** The categories of Bijlage 13 (leerling) that go. */
  readonly categorieen: readonly string[];
  /** The basis the seed gives (Delen leerlinggegevens). */
  readonly grondslag: Grondslag;
  /** Marked statutory (*) in the seed. */
  readonly wettelijk: boolean;
  /** True where the seed's text is incomplete. */
  readonly onbevestigd?: boolean;
}

/** Bijlage 14 with the bases of "Delen leerlinggegevens". */
export const VERSTREKKINGEN_DATA: readonly Verstrekkingsregel[] = [
  { ontvanger: 'duo', doel: 'bekostiging', categorieen: ['1a', '1b', '1c', '1f'], grondslag: 'wettelijke-plicht', wettelijk: true },
  { ontvanger: 'educatieve-uitgeverij', doel: 'digitale-leermiddelen', categorieen: ['1g'], grondslag: 'gerechtvaardigd-belang', wettelijk: false },
  {
    ontvanger: 'school',
    doel: 'overdracht-leerlingdossier',
    categorieen: ['1a', '1b', '1c', '1d', '1f'],
    grondslag: 'wettelijke-plicht',
    wettelijk: true,
  },
  {
    ontvanger: 'externe-onderwijsspecialist',
    doel: 'zorgbegeleiding',
    categorieen: ['1a', '1b', '1c', '1d', '1f'],
    grondslag: 'toestemming',
    wettelijk: false,
  },
  {
    ontvanger: 'samenwerkingsverband',
    doel: 'toelaatbaarheidsverklaring',
    categorieen: ['1a', '1b', '1c', '1d', '1f'],
    grondslag: 'publieke-taak',
    wettelijk: true,
  },
  { ontvanger: 'tso', doel: 'tussenschoolse-opvang', categorieen: ['1a'], grondslag: 'overeenkomst', wettelijk: false, onbevestigd: true },
];
