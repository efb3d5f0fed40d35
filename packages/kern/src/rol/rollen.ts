import { isObject, isObjectOfLijst, ongeldigeInvoer } from '../fout/bewaak.js';
import { SchoolveiligheidFout } from '../fout/fout.js';

/** Which outside body a role is, for roles outside the school. */
export type OrgaanSoort =
  | 'toezicht'
  | 'jeugdzorg'
  | 'privacytoezicht'
  | 'arbeidstoezicht'
  | 'klachten'
  | 'geschillen'
  | 'politie'
  | 'verwerker'
  | 'gemeente';

/** One role of the shared vocabulary: a stable id, a Dutch label, an English gloss, where it comes from. */
export interface RolOmschrijving {
  /** Dutch label for screens and letters. */
  readonly label: string;
  /** English gloss. */
  readonly en: string;
  /** `school`: a person or body of the school; `extern`: an outside body, with its {@link OrgaanSoort}. */
  readonly plaats: 'school' | 'extern';
  /** For outside bodies: what kind of body. */
  readonly soort?: OrgaanSoort;
  /** Where the role is named: the seed's "Taken en functies", or the law. */
  readonly herkomst: string;
}

/**
 * The one role vocabulary of the SDK: the seed's "Taken en functies" and the roles and bodies the law names.
 * Packages use these ids (`rol: 'bevoegd-gezag'`), may add their own with {@link breidRollenUit}, and never
 * rename one. Vendors store these ids: they are a contract.
 *
 * @example
 * ```ts
 * import { ROLLEN } from '@schoolveiligheid/kern';
 * ROLLEN['functionaris-gegevensbescherming'].herkomst; //=> 'AVG art. 37-39'
 * ROLLEN['veilig-thuis'].soort; //=> 'jeugdzorg'
 * ```
 */
export const ROLLEN = /* @__PURE__ */ Object.freeze({
  'bevoegd-gezag': {
    label: 'bevoegd gezag (college van bestuur)',
    en: 'competent authority (school board)',
    plaats: 'school',
    herkomst: 'WPO art. 1, 40, 63; seed Taken en functies',
  },
  directeur: { label: 'directeur', en: 'head teacher', plaats: 'school', herkomst: 'seed Taken en functies' },
  medewerker: {
    label: 'medewerker',
    en: 'staff member',
    plaats: 'school',
    herkomst: 'WPO art. 4a, 14 (personeelsleden)',
  },
  leerkracht: {
    label: 'leerkracht (groepsleraar)',
    en: 'class teacher',
    plaats: 'school',
    herkomst: 'WPO art. 40 lid 11; seed Taken en functies',
  },
  'intern-begeleider': {
    label: 'intern begeleider',
    en: 'special needs coordinator',
    plaats: 'school',
    herkomst: 'seed Taken en functies',
  },
  veiligheidscoordinator: {
    label: 'veiligheidscoördinator',
    en: 'safety coordinator',
    plaats: 'school',
    herkomst: 'WPO art. 4c lid 2; seed Taken en functies',
  },
  'interne-contactpersoon': {
    label: 'interne contactpersoon',
    en: 'internal contact person',
    plaats: 'school',
    herkomst: 'seed Klachtenregeling',
  },
  'interne-vertrouwenspersoon': {
    label: 'interne vertrouwenspersoon',
    en: 'internal confidential adviser',
    plaats: 'school',
    herkomst: 'seed Taken en functies',
  },
  'externe-vertrouwenspersoon': {
    label: 'externe vertrouwenspersoon',
    en: 'external confidential adviser',
    plaats: 'school',
    herkomst: 'seed Klachtenregeling',
  },
  aandachtsfunctionaris: {
    label: 'aandachtsfunctionaris huiselijk geweld en kindermishandeling',
    en: 'designated safeguarding officer',
    plaats: 'school',
    herkomst: 'seed Meldcode',
  },
  privacyfunctionaris: {
    label: 'privacyfunctionaris (privacycoördinator)',
    en: 'privacy officer',
    plaats: 'school',
    herkomst: 'seed Taken en functies',
  },
  'functionaris-gegevensbescherming': {
    label: 'functionaris voor gegevensbescherming (FG)',
    en: 'data protection officer (DPO)',
    plaats: 'school',
    herkomst: 'AVG art. 37-39',
  },
  bhver: {
    label: "bedrijfshulpverlener (BHV'er)",
    en: 'in-house emergency responder',
    plaats: 'school',
    herkomst: 'Arbowet art. 15; seed Taken en functies',
  },
  crisisteam: { label: 'crisisteam', en: 'crisis team', plaats: 'school', herkomst: 'seed Calamiteiten' },
  opvangteam: { label: 'opvangteam', en: 'aftercare team', plaats: 'school', herkomst: 'seed Calamiteiten' },
  communicatiemedewerker: {
    label: 'communicatiemedewerker',
    en: 'communications officer',
    plaats: 'school',
    herkomst: 'seed Datalekken C.6',
  },
  ouders: {
    label: 'ouders of verzorgers',
    en: 'parents or carers',
    plaats: 'school',
    herkomst: 'WPO art. 14, 40',
  },
  leerling: { label: 'leerling', en: 'pupil', plaats: 'school', herkomst: 'WPO' },
  inspectie: {
    label: 'inspectie van het onderwijs',
    en: 'education inspectorate',
    plaats: 'extern',
    soort: 'toezicht',
    herkomst: 'WOT; WPO art. 40c lid 3',
  },
  vertrouwensinspecteur: {
    label: 'vertrouwensinspecteur',
    en: 'confidential inspector',
    plaats: 'extern',
    soort: 'toezicht',
    herkomst: 'WOT art. 3; WPO art. 4a',
  },
  leerplichtambtenaar: {
    label: 'leerplichtambtenaar',
    en: 'school attendance officer',
    plaats: 'extern',
    soort: 'gemeente',
    herkomst: 'Leerplichtwet 1969; seed Schorsing en verwijdering',
  },
  'veilig-thuis': {
    label: 'Veilig Thuis',
    en: 'Veilig Thuis (domestic violence and child abuse advice and reporting centre)',
    plaats: 'extern',
    soort: 'jeugdzorg',
    herkomst: 'Wmo 2015 art. 4.1.1; Besluit verplichte meldcode',
  },
  'autoriteit-persoonsgegevens': {
    label: 'Autoriteit Persoonsgegevens',
    en: 'Dutch Data Protection Authority',
    plaats: 'extern',
    soort: 'privacytoezicht',
    herkomst: 'AVG art. 33; UAVG art. 6',
  },
  arbeidsinspectie: {
    label: 'Nederlandse Arbeidsinspectie',
    en: 'Netherlands Labour Authority',
    plaats: 'extern',
    soort: 'arbeidstoezicht',
    herkomst: 'Arbowet art. 9',
  },
  klachtencommissie: {
    label: 'klachtencommissie',
    en: 'complaints committee',
    plaats: 'extern',
    soort: 'klachten',
    herkomst: 'WPO art. 14',
  },
  geschillencommissie: {
    label: 'Geschillencommissie passend onderwijs',
    en: 'Appropriate Education Disputes Committee',
    plaats: 'extern',
    soort: 'geschillen',
    herkomst: 'WPO art. 43',
  },
  politie: {
    label: 'politie',
    en: 'police',
    plaats: 'extern',
    soort: 'politie',
    herkomst: 'WPO art. 4a (aangifte); seed Calamiteiten',
  },
  verwerker: {
    label: 'verwerker (leverancier)',
    en: 'processor (supplier)',
    plaats: 'extern',
    soort: 'verwerker',
    herkomst: 'AVG art. 28, 33 lid 2',
  },
} as const satisfies Record<string, RolOmschrijving>);

/** Id of a role in the shared vocabulary {@link ROLLEN}. */
export type RolId = keyof typeof ROLLEN;

/**
 * Adds a package's own roles to the shared vocabulary. Throws `ONGELDIGE_INVOER` when a role id is already in
 * {@link ROLLEN} (a package may not redefine or rename a shared role) or does not have the id form.
 *
 * @example
 * ```ts
 * import { breidRollenUit } from '@schoolveiligheid/kern';
 * const rollen = breidRollenUit({ mediator: { label: 'mediator', en: 'mediator', plaats: 'extern', herkomst: 'seed Klachtenregeling' } });
 * rollen.mediator.label; //=> 'mediator'
 * rollen.directeur.en; //=> 'head teacher'
 * ```
 */
export function breidRollenUit<E extends Record<string, RolOmschrijving>>(
  eigen: E,
): Readonly<typeof ROLLEN & E> {
  if (!isObject(eigen)) ongeldigeInvoer('Geef de eigen rollen als object van rol-id naar omschrijving.');
  for (const [id, r] of Object.entries(eigen) as [string, unknown][]) {
    const o = r as Partial<RolOmschrijving> | null;
    if (!isObjectOfLijst(o) || typeof o.label !== 'string' || typeof o.en !== 'string')
      ongeldigeInvoer('Een rol heeft een Nederlands label en een Engelse omschrijving.');
    if (Object.hasOwn(ROLLEN, id))
      throw new SchoolveiligheidFout(
        'ONGELDIGE_INVOER',
        'Een gedeelde rol mag een pakket niet opnieuw definiëren.',
        { rol: id },
      );
    if (!/^[a-z][a-z-]*$/.test(id)) ongeldigeInvoer('Een rol-id bestaat uit kleine letters en streepjes.');
  }
  return Object.freeze({ ...ROLLEN, ...eigen });
}

/**
 * True when `waarde` is a role id of the shared vocabulary.
 *
 * @example
 * ```ts
 * import { isRolId } from '@schoolveiligheid/kern';
 * isRolId('bevoegd-gezag'); //=> true
 * isRolId('schooldirecteur'); //=> false
 * ```
 */
export function isRolId(waarde: unknown): waarde is RolId {
  return typeof waarde === 'string' && Object.hasOwn(ROLLEN, waarde);
}
