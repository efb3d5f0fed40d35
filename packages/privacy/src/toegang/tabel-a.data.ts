// Tabel A of the 2018 seed ("Toegangsrechten in ParnasSys voor medewerkers van De Groeiling"), as data: function,
// ParnasSys role, work and level of access, with its footnotes. Bijlage 16 (the rights per ParnasSys role) is only
// images in the seed, so the actions per kind of work are the SDK's reading (interpretation).

/** The functions of Tabel A (bovenschools, school, and the extra roles at school level). */
export type Functie =
  | 'college-van-bestuur'
  | 'medewerker-onderwijskwaliteit'
  | 'onderwijsspecialist'
  | 'orthopedagoog'
  | 'leerlingondersteuner'
  | 'bovenschoolse-ict'
  | 'leerkracht'
  | 'invalleerkracht'
  | 'lio-stagiaire'
  | 'directeur'
  | 'intern-begeleider'
  | 'administratief-medewerker'
  | 'administratief-medewerker-groep'
  | 'beheerder-lvs'
  | 'rapport-en-toetsenmaker';

/** Level of access (footnote 2): all pupils of a group, of a school, of several schools, of the foundation. */
export type Niveau = 'groep' | 'school' | 'meerdere-scholen' | 'stichting';

/** What a staff member does with a pupil's data. */
export type Actie = 'raadplegen' | 'vastleggen' | 'zorggegevens' | 'administreren' | 'beheren';

/** The kinds of work in Tabel A. */
export type Werkzaamheden =
  | 'sturing-en-beleid'
  | 'beleid'
  | 'leerlingzorg'
  | 'beheer'
  | 'verzorgen-onderwijs'
  | 'administratietaken'
  | 'rapporten-en-toetsen';

/** One row of an access matrix. */
export interface Matrixrij {
  /** The function (Tabel A). */
  readonly functie: Functie;
  /** The role in the LVS (ParnasSys in the seed). */
  readonly lvsRol: string;
  /** The work the function does. */
  readonly werkzaamheden: Werkzaamheden;
  /** The widest level of access. */
  readonly niveau: Niveau;
  /** The actions the work needs. */
  readonly acties: readonly Actie[];
  /** An extra role on top of a function (Tabel A "Extra rollen op schoolniveau", footnote 3). */
  readonly extra?: boolean;
  /** True where the seed's table is cut off (rapport- en toetsenmaker). */
  readonly onbevestigd?: boolean;
}

/** The actions per kind of work (interpretation: Bijlage 16 is not in the seed's text). */
export const ACTIES_PER_WERK_DATA: Readonly<Record<Werkzaamheden, readonly Actie[]>> = {
  'sturing-en-beleid': ['raadplegen'],
  beleid: ['raadplegen'],
  leerlingzorg: ['raadplegen', 'vastleggen', 'zorggegevens'],
  beheer: ['raadplegen', 'beheren'],
  'verzorgen-onderwijs': ['raadplegen', 'vastleggen'],
  administratietaken: ['raadplegen', 'administreren'],
  'rapporten-en-toetsen': ['raadplegen', 'vastleggen'],
};

const rij = (
  functie: Functie,
  lvsRol: string,
  werkzaamheden: Werkzaamheden,
  niveau: Niveau,
  extra?: { readonly extra?: boolean; readonly onbevestigd?: boolean },
): Matrixrij => ({ functie, lvsRol, werkzaamheden, niveau, acties: ACTIES_PER_WERK_DATA[werkzaamheden], ...extra });

/** Tabel A with the ParnasSys role names. */
export const TABEL_A_DATA: readonly Matrixrij[] = [
  rij('college-van-bestuur', 'Monitororganisatie beheerder', 'sturing-en-beleid', 'stichting'),
  rij('medewerker-onderwijskwaliteit', 'Monitororganisatie stafmedewerker', 'beleid', 'stichting'),
  rij('onderwijsspecialist', 'Monitororganisatie stafmedewerker', 'leerlingzorg', 'meerdere-scholen'),
  rij('orthopedagoog', 'Monitororganisatie stafmedewerker', 'leerlingzorg', 'meerdere-scholen'),
  rij('leerlingondersteuner', 'Monitororganisatie stafmedewerker', 'leerlingzorg', 'meerdere-scholen'),
  rij('bovenschoolse-ict', 'Applicatiebeheerder', 'beheer', 'stichting'),
  rij('leerkracht', 'Leerkracht', 'verzorgen-onderwijs', 'school'),
  rij('invalleerkracht', 'Leerkracht beperkt', 'verzorgen-onderwijs', 'groep'),
  rij('lio-stagiaire', 'Leerkracht beperkt', 'verzorgen-onderwijs', 'groep'),
  rij('directeur', 'Applicatiebeheerder', 'sturing-en-beleid', 'school'),
  rij('intern-begeleider', 'Intern begeleider', 'leerlingzorg', 'school'),
  rij('administratief-medewerker', 'Administratie', 'administratietaken', 'school'),
  rij('administratief-medewerker-groep', 'Leerkracht', 'verzorgen-onderwijs', 'groep', { extra: true }),
  rij('beheerder-lvs', 'Applicatiebeheerder', 'beheer', 'school', { extra: true }),
  rij('rapport-en-toetsenmaker', 'Rapport- en toetsenmaker', 'rapporten-en-toetsen', 'school', {
    extra: true,
    onbevestigd: true,
  }),
];
