import { breidRollenUit, type RolId } from '@schoolveiligheid/kern';

/**
 * The shared role vocabulary of kern plus this package's own roles (the seed's crisis team members and the
 * functions the grief and medical protocols name), added with kern's `breidRollenUit`; never a renamed role.
 *
 * @example
 * ```ts
 * import { CALAMITEITEN_ROLLEN } from '@schoolveiligheid/calamiteiten';
 * CALAMITEITEN_ROLLEN['hrm-beleidsmedewerker'].herkomst; //=> 'seed Taken en functies: het crisisteam'
 * CALAMITEITEN_ROLLEN.crisisteam.label; //=> 'crisisteam'
 * ```
 */
export const CALAMITEITEN_ROLLEN = /* @__PURE__ */ breidRollenUit({
  bestuurssecretariaat: {
    label: 'bestuurssecretariaat',
    en: 'board secretariat',
    plaats: 'school',
    herkomst: 'seed Taken en functies: het crisisteam',
  },
  'sbo-directeur': {
    label: 'directeur van de SBO-school',
    en: 'head of the special primary school',
    plaats: 'school',
    herkomst: 'seed Taken en functies: het crisisteam',
  },
  'coordinator-groeiacademie': {
    label: 'coördinator GroeiAcademie',
    en: 'coordinator of the staff academy',
    plaats: 'school',
    herkomst: 'seed Taken en functies: het crisisteam',
  },
  'hrm-beleidsmedewerker': {
    label: 'HRM-beleidsmedewerker',
    en: 'HR policy officer',
    plaats: 'school',
    herkomst: 'seed Taken en functies: het crisisteam',
  },
  'directeur-andere-school': {
    label: 'directeur van een andere school met ervaring met een soortgelijke crisis',
    en: 'head of another school with experience of a similar crisis',
    plaats: 'school',
    herkomst: 'seed Taken en functies: het crisisteam',
  },
  vertrouwensarts: {
    label: 'vertrouwensarts',
    en: 'confidential doctor',
    plaats: 'extern',
    soort: 'jeugdzorg',
    herkomst: 'seed Taken en functies: het crisisteam',
  },
  bouwcoordinator: {
    label: 'coördinator van de bouw',
    en: 'year-group coordinator',
    plaats: 'school',
    herkomst: 'seed F.1 Protocol rouw en verdriet',
  },
  bedrijfsarts: {
    label: 'bedrijfsarts (arbo-arts)',
    en: 'occupational physician',
    plaats: 'extern',
    soort: 'arbeidstoezicht',
    herkomst: 'Arbowet art. 14; seed Bijlage 19',
  },
  medezeggenschapsraad: {
    label: 'medezeggenschapsraad (MR)',
    en: 'participation council',
    plaats: 'school',
    herkomst: 'seed Bijlage 17 en 19',
  },
  huisarts: {
    label: 'huisarts of specialist van de leerling',
    en: "the pupil's general practitioner or specialist",
    plaats: 'extern',
    soort: 'jeugdzorg',
    herkomst: 'seed Bijlage 10',
  },
});

/** A role id of {@link CALAMITEITEN_ROLLEN}: kern's roles and this package's own. */
export type CalamiteitenRol = RolId | Exclude<keyof typeof CALAMITEITEN_ROLLEN, RolId>;
