import type { BeleidMelding } from '../beleid/beleid.js';
import { FOUT_CODES, type FoutCode } from '../fout/fout.js';
import { PROCEDURE_CODES, type ProcedureProbleemCode } from '../procedure/procedure.js';
import { VALIDATIE_CODES, type ValidatieCode } from '../resultaat/resultaat.js';
import type { SpoorCode } from '../termijn/termijn.js';
import type { CodeCatalogus } from './catalogus.js';

/** Problem codes of `regioVoor`. */
export type RegioProbleemCode =
  | 'REGIO_PROVINCIE_ONBEKEND'
  | 'REGIO_GEMEENTE_NODIG'
  | 'REGIO_GEMEENTE_ONBEKEND'
  | 'REGIO_BETWIST'
  | 'REGIO_KERN_NODIG';

/** Every problem code kern itself can return in a `Resultaat`. */
export type KernProbleemCode = ValidatieCode | ProcedureProbleemCode | RegioProbleemCode | 'BELEID_ONGELDIG';

/**
 * The steps of a deadline trace, in Dutch and English.
 *
 * @example
 * ```ts
 * import { SPOOR_CODES } from '@schoolveiligheid/kern';
 * SPOOR_CODES.ATW_ART_1.en; //=> 'The last day fell on a Saturday, Sunday or public holiday: the term runs to the next working day.'
 * ```
 */
export const SPOOR_CODES: CodeCatalogus<SpoorCode> = /* @__PURE__ */ Object.freeze({
  START: { nl: 'Begin van de termijn.', en: 'Start of the term.' },
  EENHEID: { nl: 'De eenheid waarin geteld wordt.', en: 'The unit the term is counted in.' },
  OVERGESLAGEN: {
    nl: 'Een dag die niet meetelt, met elke reden waarom.',
    en: 'A day that does not count, with every reason why.',
  },
  NOMINAAL_EINDE: {
    nl: 'Het einde vóór een verlenging door de Algemene termijnenwet.',
    en: 'The end before any extension by the General Time Limits Act.',
  },
  MAAND_AFGEKAPT: {
    nl: 'De dag bestaat niet in die maand: de laatste dag van de maand telt.',
    en: 'The day does not exist in that month: the last day of the month counts.',
  },
  OPGESCHORT: {
    nl: 'De termijn stond stil; het einde schuift op.',
    en: 'The term stood still; its end moves.',
  },
  OPSCHORTING_BUITEN_TERMIJN: {
    nl: 'De opschorting valt buiten de lopende termijn.',
    en: 'The suspension falls outside the running term.',
  },
  ZOMERTIJD: {
    nl: 'De klok gaat tussendoor een uur vooruit of terug.',
    en: 'The clock moves an hour forward or back in between.',
  },
  ATW_NIET_VAN_TOEPASSING: {
    nl: 'De Algemene termijnenwet is niet van toepassing.',
    en: 'The General Time Limits Act does not apply.',
  },
  ATW_ART_1: {
    nl: 'De laatste dag viel op een zaterdag, zondag of feestdag: de termijn loopt door tot de volgende werkdag.',
    en: 'The last day fell on a Saturday, Sunday or public holiday: the term runs to the next working day.',
  },
  ATW_ART_2: {
    nl: 'De termijn bevat ten minste twee werkdagen.',
    en: 'The term contains at least two working days.',
  },
  ATW_GEEN_VERLENGING: {
    nl: 'De Algemene termijnenwet is van toepassing maar verlengt niet.',
    en: 'The General Time Limits Act applies but does not extend.',
  },
  GEEN_VERSCHUIVING: {
    nl: 'De termijn schuift niet door naar een werkdag.',
    en: 'The term does not move to a working day.',
  },
  EINDE: { nl: 'Het einde van de termijn.', en: 'The end of the term.' },
});

/**
 * The problem codes of `regioVoor`, in Dutch and English.
 *
 * @example
 * ```ts
 * import { REGIO_CODES } from '@schoolveiligheid/kern';
 * REGIO_CODES.REGIO_KERN_NODIG.en; //=> 'This municipality is split over two regions; give the village.'
 * ```
 */
export const REGIO_CODES: CodeCatalogus<RegioProbleemCode> = /* @__PURE__ */ Object.freeze({
  REGIO_PROVINCIE_ONBEKEND: { nl: 'Onbekende provincie.', en: 'Unknown province.' },
  REGIO_GEMEENTE_NODIG: {
    nl: 'Deze provincie valt in meer dan één vakantieregio; geef de gemeente op.',
    en: 'This province lies in more than one vacation region; give the municipality.',
  },
  REGIO_GEMEENTE_ONBEKEND: {
    nl: 'Onbekende gemeente in deze provincie.',
    en: 'Unknown municipality in this province.',
  },
  REGIO_BETWIST: {
    nl: 'De bronnen zijn het oneens over de regio van deze gemeente.',
    en: 'The sources disagree on the region of this municipality.',
  },
  REGIO_KERN_NODIG: {
    nl: "Deze gemeente valt in twee regio's; geef de kern op.",
    en: 'This municipality is split over two regions; give the village.',
  },
});

/**
 * What `leesBeleid` and `controleerBeleid` note about a stored policy, in Dutch and English.
 *
 * @example
 * ```ts
 * import { BELEID_CODES } from '@schoolveiligheid/kern';
 * BELEID_CODES.KOPIE_WIJKT_AF.en; //=> "The stored copy of the rule differs from today's; today's rule was used."
 * ```
 */
export const BELEID_CODES: CodeCatalogus<BeleidMelding['code'] | 'BELEID_ONGELDIG'> =
  /* @__PURE__ */ Object.freeze({
    OUDE_VORM: {
      nl: 'Het beleid had de vorm van vóór release 0.2 en is omgezet.',
      en: 'The policy had the pre-0.2 shape and was migrated.',
    },
    OUDE_REGEL_ID: {
      nl: 'Het beleid gebruikt een eerder id van de regel.',
      en: 'The policy uses an earlier id of the rule.',
    },
    KOPIE_WIJKT_AF: {
      nl: 'De opgeslagen kopie van de regel wijkt af van de huidige; de huidige is gebruikt.',
      en: "The stored copy of the rule differs from today's; today's rule was used.",
    },
    REGEL_ONBEKEND: { nl: 'Geen register kent deze regel.', en: 'No registry knows this rule.' },
    BELEID_ONGELDIG: {
      nl: 'Het beleid heeft niet de vorm van een beleid.',
      en: 'The policy does not have the shape of a policy.',
    },
  });

/**
 * Every code kern can produce (errors, validation and procedure problems, region problems, policy notes,
 * trace steps) in one catalogue, for vendors that render their own texts.
 *
 * @example
 * ```ts
 * import { KERN_CODES } from '@schoolveiligheid/kern';
 * KERN_CODES.GEBEURTENIS_VOOR_VORIGE.nl; //=> 'Een gebeurtenis kan niet vóór de vorige gebeurtenis liggen.'
 * ```
 */
export const KERN_CODES: CodeCatalogus<
  FoutCode | KernProbleemCode | SpoorCode | RegioProbleemCode | BeleidMelding['code']
> = /* @__PURE__ */ Object.freeze({
  ...VALIDATIE_CODES,
  ...FOUT_CODES,
  ...PROCEDURE_CODES,
  ...REGIO_CODES,
  ...BELEID_CODES,
  ...SPOOR_CODES,
});
