import { breidRollenUit, type RolId } from '@schoolveiligheid/kern';

/**
 * kern's role vocabulary with the roles of the Wet bescherming klokkenluiders and the seed regeling added
 * (never renamed): the reporter, the adviser in confidence, the investigator, the internal supervisory body,
 * the superior, the designated official and the Huis voor Klokkenluiders.
 *
 * @example
 * ```ts
 * import { KLOKKENLUIDER_ROLLEN } from '@schoolveiligheid/klokkenluider';
 * KLOKKENLUIDER_ROLLEN.toezichthouder.en; //=> 'internal supervisory body'
 * KLOKKENLUIDER_ROLLEN['bevoegd-gezag'].plaats; //=> 'school'
 * ```
 */
export const KLOKKENLUIDER_ROLLEN = /* @__PURE__ */ breidRollenUit({
  melder: {
    label: 'melder',
    en: 'reporting person',
    plaats: 'school',
    herkomst: 'Wbk art. 1; seed Klokkenluidersregeling art. 1 onder f',
  },
  adviseur: {
    label: 'adviseur (in vertrouwen geraadpleegd)',
    en: 'adviser consulted in confidence',
    plaats: 'school',
    herkomst: 'Wbk art. 2 lid 2 onder g; seed Klokkenluidersregeling art. 1 onder d',
  },
  onderzoeker: {
    label: 'onderzoeker',
    en: 'investigator',
    plaats: 'school',
    herkomst: 'seed Klokkenluidersregeling art. 1 onder h, art. 6',
  },
  toezichthouder: {
    label: 'toezichthouder (intern toezicht op het bestuur)',
    en: 'internal supervisory body',
    plaats: 'school',
    herkomst: 'seed Klokkenluidersregeling art. 1 onder c, art. 3',
  },
  leidinggevende: {
    label: 'leidinggevende',
    en: 'superior',
    plaats: 'school',
    herkomst: 'seed Klokkenluidersregeling art. 3 lid 1 onder a',
  },
  klokkenluidersfunctionaris: {
    label: 'aangewezen onafhankelijke functionaris',
    en: 'designated independent official',
    plaats: 'school',
    herkomst: 'Wbk art. 2 lid 2 onder d',
  },
  'huis-voor-klokkenluiders': {
    label: 'Huis voor Klokkenluiders',
    en: 'Dutch Whistleblowers Authority',
    plaats: 'extern',
    soort: 'toezicht',
    herkomst: 'Wbk art. 2c onder 5°, art. 3',
  },
});

/** A role id of this package: kern's vocabulary plus the package's own. */
export type KlokkenluiderRol = RolId | Exclude<keyof typeof KLOKKENLUIDER_ROLLEN, RolId>;
