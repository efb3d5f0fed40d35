import type { Bron, CodeCatalogus, RolId } from '@schoolveiligheid/kern';
import { PESTPROTOCOL_BRONNEN as B } from '../bronnen/bronnen.js';

// The gedragscode of the seed ("Gedragscode – Ongewenst gedrag", Bijlage 1): the four categories of
// grensoverschrijdend gedrag, the sanctions and, per offender, the route with the registration it triggers.

/** A category of grensoverschrijdend gedrag (seed gedragscode, categories 1-4). */
export type GedragscodeCategorie = 'verbaal-geweld' | 'dreigen' | 'vernieling' | 'fysiek-geweld';

/**
 * The four categories of the seed's gedragscode.
 *
 * @example
 * ```ts
 * import { GEDRAGSCODE_CATEGORIEEN } from '@schoolveiligheid/pestprotocol';
 * GEDRAGSCODE_CATEGORIEEN['fysiek-geweld'].nl.startsWith('Categorie 4'); //=> true
 * ```
 */
export const GEDRAGSCODE_CATEGORIEEN: CodeCatalogus<GedragscodeCategorie> = /* @__PURE__ */ Object.freeze({
  'verbaal-geweld': {
    nl: 'Categorie 1. Verbaal geweld: uitschelden, schreeuwen, discrimineren.',
    en: 'Category 1. Verbal violence: name-calling, shouting, discriminating.',
    bron: B.SEED_GEDRAGSCODE,
  },
  dreigen: {
    nl: 'Categorie 2. Dreigen met geweld in woord en gebaar tegen personen of gebouwen, ook dreigen met een mes.',
    en: 'Category 2. Threatening violence in word or gesture against persons or buildings, including with a knife.',
    bron: B.SEED_GEDRAGSCODE,
  },
  vernieling: {
    nl: 'Categorie 3. Het (proberen te) vernielen van persoonlijke bezittingen, inventaris of gebouw.',
    en: 'Category 3. (Attempted) destruction of personal belongings, equipment or the building.',
    bron: B.SEED_GEDRAGSCODE,
  },
  'fysiek-geweld': {
    nl: 'Categorie 4. Fysiek geweld: op enigerlei wijze pijn of letsel toebrengen (schoppen, slaan, vastpakken, gericht gooien).',
    en: 'Category 4. Physical violence: causing pain or injury in any way (kicking, hitting, grabbing, throwing at someone).',
    bron: B.SEED_GEDRAGSCODE,
  },
});

/** A sanction of the gedragscode. */
export type Sanctie = 'waarschuwing' | 'gele-kaart' | 'rode-kaart' | 'rechtspositionele-maatregel';

/**
 * The sanctions of the seed's Bijlage 1. The rode kaart is a proposal to the board to remove the person from
 * school or to ban them from the premises: for a pupil that is a verwijdering, with its own WPO procedure (the
 * `schorsing` package).
 *
 * @example
 * ```ts
 * import { SANCTIES } from '@schoolveiligheid/pestprotocol';
 * SANCTIES['gele-kaart'].en; //=> 'Yellow card: a formal warning in the letter with the sanction.'
 * ```
 */
export const SANCTIES: CodeCatalogus<Sanctie> = /* @__PURE__ */ Object.freeze({
  waarschuwing: {
    nl: 'Waarschuwing.',
    en: 'Warning.',
    bron: B.SEED_BIJLAGE_1,
  },
  'gele-kaart': {
    nl: 'Gele kaart: een formele waarschuwing in de brief met de sanctie.',
    en: 'Yellow card: a formal warning in the letter with the sanction.',
    bron: B.SEED_BIJLAGE_1,
  },
  'rode-kaart': {
    nl: 'Rode kaart: voorstel aan het bestuur om betrokkene van school te verwijderen of de toegang tot de school te ontzeggen.',
    en: 'Red card: a proposal to the board to remove the person from school or to ban them from the premises.',
    bron: B.SEED_BIJLAGE_1,
  },
  'rechtspositionele-maatregel': {
    nl: 'Rechtspositionele maatregel voor een personeelslid, bijvoorbeeld een waarschuwing of schorsing.',
    en: 'An employment measure for a staff member, for example a warning or suspension.',
    bron: B.SEED_BIJLAGE_1,
  },
});

/** Who did it. */
export type Dader = 'personeel' | 'leerling' | 'ouder' | 'derde';

/** A sanction with who proposes it and who decides. */
export interface SanctieBevoegdheid {
  readonly sanctie: Sanctie;
  /** Who decides (kern's role vocabulary). */
  readonly beslist: RolId;
  /** Who proposes, when another role decides. */
  readonly voorstel?: RolId;
  readonly bron: Bron;
}

/** The route per offender: the first steps, and the sanctions with who decides. */
export interface DaderRoute {
  /** The ordered first steps (codes of {@link ROUTE_STAPPEN}). */
  readonly stappen: readonly RouteStap[];
  readonly sancties: readonly SanctieBevoegdheid[];
}

/** A step of a gedragscode route. */
export type RouteStap =
  | 'SLACHTOFFER_MELDT_BIJ_DIRECTIE'
  | 'GESPREK_MET_PERSONEELSLID'
  | 'ORDEGESPREK'
  | 'ERNST_WEGEN'
  | 'MELDINGSFORMULIER'
  | 'DOSSIER_BIJHOUDEN'
  | 'BRIEF_MET_SANCTIE'
  | 'LEIDINGGEVENDE_INFORMEREN'
  | 'GROEPSLEERKRACHT_INFORMEREN'
  | 'MELDEN_BIJ_BESTUUR';

/**
 * The steps of the gedragscode routes (seed Bijlage 1).
 *
 * @example
 * ```ts
 * import { ROUTE_STAPPEN } from '@schoolveiligheid/pestprotocol';
 * ROUTE_STAPPEN.ORDEGESPREK.nl; //=> 'De directie voert zo spoedig mogelijk een ordegesprek met betrokkene.'
 * ```
 */
export const ROUTE_STAPPEN: CodeCatalogus<RouteStap> = /* @__PURE__ */ Object.freeze({
  SLACHTOFFER_MELDT_BIJ_DIRECTIE: {
    nl: 'Het slachtoffer meldt het incident bij de directie.',
    en: 'The victim reports the incident to the head.',
    bron: B.SEED_BIJLAGE_1,
  },
  GESPREK_MET_PERSONEELSLID: {
    nl: 'De directie nodigt het personeelslid onmiddellijk uit voor een gesprek.',
    en: 'The head invites the staff member for a talk at once.',
    bron: B.SEED_BIJLAGE_1,
  },
  ORDEGESPREK: {
    nl: 'De directie voert zo spoedig mogelijk een ordegesprek met betrokkene.',
    en: 'The head holds a talk on order with the person as soon as possible.',
    bron: B.SEED_BIJLAGE_1,
  },
  ERNST_WEGEN: {
    nl: 'De directie weegt de ernst van het voorval en bespreekt die met betrokkenen.',
    en: 'The head weighs the seriousness of the incident and discusses it with those involved.',
    bron: B.SEED_BIJLAGE_1,
  },
  MELDINGSFORMULIER: {
    nl: 'De betrokkene vult het meldingsformulier in; de directie regelt met de veiligheidscoördinator de registratie.',
    en: 'The person involved fills in the report form; the head arranges the registration with the safety coordinator.',
    bron: B.SEED_BIJLAGE_1,
  },
  DOSSIER_BIJHOUDEN: {
    nl: 'De directie houdt van elk voorval een dossier bij.',
    en: 'The head keeps a file of every incident.',
    bron: B.SEED_BIJLAGE_1,
  },
  BRIEF_MET_SANCTIE: {
    nl: 'De directie deelt mee dat er een brief volgt met daarin de sanctie.',
    en: 'The head announces a letter stating the sanction.',
    bron: B.SEED_BIJLAGE_1,
  },
  LEIDINGGEVENDE_INFORMEREN: {
    nl: 'De directie stelt de direct leidinggevende op de hoogte van het voorval en de afspraken.',
    en: 'The head informs the direct manager of the incident and the agreements.',
    bron: B.SEED_BIJLAGE_1,
  },
  GROEPSLEERKRACHT_INFORMEREN: {
    nl: 'De directie stelt de groepsleerkracht op de hoogte van het voorval en de afspraken.',
    en: 'The head informs the class teacher of the incident and the agreements.',
    bron: B.SEED_BIJLAGE_1,
  },
  MELDEN_BIJ_BESTUUR: {
    nl: 'De directie meldt het voorval bij het bestuur, dat bepaalt of en welke maatregelen worden genomen.',
    en: 'The head reports the incident to the board, which decides whether and which measures are taken.',
    bron: B.SEED_BIJLAGE_1,
  },
});

const LEERLING_OUDER_DERDE: DaderRoute = {
  stappen: [
    'SLACHTOFFER_MELDT_BIJ_DIRECTIE',
    'ORDEGESPREK',
    'ERNST_WEGEN',
    'MELDINGSFORMULIER',
    'BRIEF_MET_SANCTIE',
    'GROEPSLEERKRACHT_INFORMEREN',
  ],
  sancties: [
    { sanctie: 'waarschuwing', beslist: 'directeur', bron: B.SEED_BIJLAGE_1 },
    { sanctie: 'gele-kaart', beslist: 'directeur', bron: B.SEED_BIJLAGE_1 },
    { sanctie: 'rode-kaart', voorstel: 'directeur', beslist: 'bevoegd-gezag', bron: B.SEED_BIJLAGE_1 },
  ],
};

/**
 * The route of the gedragscode per offender (seed Bijlage 1): staff, pupil, parent, third party.
 *
 * @example
 * ```ts
 * import { DADER_ROUTES } from '@schoolveiligheid/pestprotocol';
 * DADER_ROUTES.ouder.sancties.map((s) => `${s.sanctie}:${s.beslist}`); //=> ['waarschuwing:directeur', 'gele-kaart:directeur', 'rode-kaart:bevoegd-gezag']
 * ```
 */
export const DADER_ROUTES: Readonly<Record<Dader, DaderRoute>> = /* @__PURE__ */ (() =>
  Object.freeze({
    personeel: {
      stappen: [
        'SLACHTOFFER_MELDT_BIJ_DIRECTIE',
        'GESPREK_MET_PERSONEELSLID',
        'ERNST_WEGEN',
        'MELDINGSFORMULIER',
        'DOSSIER_BIJHOUDEN',
        'BRIEF_MET_SANCTIE',
        'LEIDINGGEVENDE_INFORMEREN',
      ],
      sancties: [
        {
          sanctie: 'rechtspositionele-maatregel',
          voorstel: 'directeur',
          beslist: 'bevoegd-gezag',
          bron: B.SEED_BIJLAGE_1,
        },
      ],
    },
    leerling: LEERLING_OUDER_DERDE,
    ouder: LEERLING_OUDER_DERDE,
    derde: LEERLING_OUDER_DERDE,
  } satisfies Record<Dader, DaderRoute>))();
