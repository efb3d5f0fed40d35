import {
  type Besluit,
  besluit,
  type IsoDatum,
  isIsoDatum,
  isoDatumSchema,
  type Parameters,
  type Resultaat,
  SchoolveiligheidFout,
  valideer,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { SchorsingRedenCode } from '../codes/codes.js';
import { type Controle, controleer, probleemVan } from '../invoer/invoer.js';
import { rolIdSchema, vrijeTekstSchema } from '../invoer/schemas.js';
import { seedBron } from '../regels/bronnen.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

/**
 * Zod schema of a school(plein)verbod for a parent (seed E.2 "School(plein)verbod voor de ouders"): written,
 * with the reason and how long it lasts, and the wijkagent informed with a copy of the letter. The parent is
 * identified by a role id (`ouder-1`).
 *
 * @example
 * ```ts
 * import { schoolpleinverbodSchema } from '@schoolveiligheid/schorsing';
 * schoolpleinverbodSchema.shape.reikwijdte.options; //=> ['schoolplein', 'school', 'school-en-schoolplein']
 * ```
 */
export const schoolpleinverbodSchema = /* @__PURE__ */ (() =>
  z
    .object({
      betrokkene: rolIdSchema().meta({ description: 'Role id of the parent (ouder-1); never a name.' }),
      datum: isoDatumSchema.meta({ description: 'Date of the letter.' }),
      reikwijdte: z
        .enum(['schoolplein', 'school', 'school-en-schoolplein'])
        .meta({ description: 'Only the schoolplein, the school building, or both.' }),
      schriftelijk: z.boolean().meta({ description: 'The ban is communicated in writing.' }),
      reden: vrijeTekstSchema('Why: free text, checked for presence only and never echoed.'),
      van: isoDatumSchema.meta({ description: 'First day of the ban.' }),
      tot: isoDatumSchema
        .optional()
        .meta({ description: 'Last day of the ban; the seed allows no ban without an end.' }),
      wijkagent: z
        .object({ geinformeerd: z.boolean(), kopieBrief: z.boolean() })
        .meta({ description: 'The wijkagent (police) was informed and got a copy of the letter.' }),
    })
    .meta({
      description:
        'A school(plein)verbod for a parent (seed E.2): written, with reason and duration, the wijkagent informed with a copy.',
    }))();

/** A schoolpleinverbod as validated by {@link valideerSchoolpleinverbod}. */
export type Schoolpleinverbod = z.output<typeof schoolpleinverbodSchema>;

/** The checks of a schoolpleinverbod (seed E.2 "School(plein)verbod voor de ouders"), in the order they are listed. */
const CONTROLES: readonly Controle<Schoolpleinverbod>[] = [
  {
    code: 'SCHOOLPLEINVERBOD_NIET_SCHRIFTELIJK',
    pad: ['schriftelijk'],
    fout: (v) => !v.schriftelijk,
    melding: 'Een schoolpleinverbod wordt schriftelijk meegedeeld.',
  },
  {
    code: 'SCHOOLPLEINVERBOD_GEEN_DUUR',
    pad: ['tot'],
    fout: (v) => v.tot === undefined,
    melding: 'Vermeld hoe lang het verbod duurt (een einddatum).',
  },
  {
    code: 'SCHOOLPLEINVERBOD_EINDE_VOOR_BEGIN',
    pad: ['tot'],
    fout: (v) => v.tot !== undefined && v.tot < v.van,
    melding: 'De einddatum ligt vóór de begindatum.',
  },
  {
    code: 'SCHOOLPLEINVERBOD_BEGIN_VOOR_BRIEF',
    pad: ['van'],
    fout: (v) => v.van < v.datum,
    melding: 'Het verbod kan niet ingaan vóór de datum van de brief.',
  },
  {
    code: 'SCHOOLPLEINVERBOD_WIJKAGENT_NIET_GEINFORMEERD',
    pad: ['wijkagent', 'geinformeerd'],
    fout: (v) => !v.wijkagent.geinformeerd,
    melding: 'Informeer de wijkagent over het verbod.',
  },
  {
    code: 'SCHOOLPLEINVERBOD_GEEN_KOPIE_WIJKAGENT',
    pad: ['wijkagent', 'kopieBrief'],
    fout: (v) => !v.wijkagent.kopieBrief,
    melding: 'De wijkagent krijgt een kopie van de brief aan de ouder.',
  },
];

/**
 * Validates a schoolpleinverbod for a parent: written, with reason and duration (an end date not before the
 * start), the wijkagent informed and given a copy. The legal basis is the school's own policy (the seed);
 * no statutory rule for it is modelled.
 *
 * @example
 * ```ts
 * import { valideerSchoolpleinverbod } from '@schoolveiligheid/schorsing';
 * const verbod = { betrokkene: 'ouder-1', datum: '2026-03-02', reikwijdte: 'schoolplein', schriftelijk: true,
 *   reden: 'Zie dossier.', van: '2026-03-03', tot: '2026-03-31', wijkagent: { geinformeerd: true, kopieBrief: false } };
 * const r = valideerSchoolpleinverbod(verbod);
 * r.ok ? [] : r.problemen.map((x) => x.code); //=> ['SCHOOLPLEINVERBOD_GEEN_KOPIE_WIJKAGENT']
 * ```
 */
export function valideerSchoolpleinverbod(invoer: unknown): Resultaat<Schoolpleinverbod> {
  const basis = valideer(schoolpleinverbodSchema, invoer);
  if (!basis.ok) {
    return {
      ok: false,
      problemen: basis.problemen.map((x) =>
        x.pad[0] === 'betrokkene' && x.code === 'ONGELDIG_FORMAAT'
          ? probleemVan(
              'SCHOOLPLEINVERBOD_GEEN_ROL_ID',
              x.pad,
              'Identificeer de ouder met een rol-id (bijvoorbeeld ouder-1), niet met een naam.',
            )
          : x,
      ),
    };
  }
  const lijst = controleer(basis.waarde, CONTROLES);
  return lijst.length ? { ok: false, problemen: lijst } : { ok: true, waarde: basis.waarde };
}

/**
 * Whether a (validated) schoolpleinverbod applies on a date, with the reason.
 *
 * @example
 * ```ts
 * import { schoolpleinverbodGeldt } from '@schoolveiligheid/schorsing';
 * const verbod = { betrokkene: 'ouder-1', datum: '2026-03-02', reikwijdte: 'schoolplein', schriftelijk: true,
 *   reden: 'Zie dossier.', van: '2026-03-03', tot: '2026-03-31', wijkagent: { geinformeerd: true, kopieBrief: true } } as const;
 * schoolpleinverbodGeldt(verbod, '2026-03-15').uitkomst; //=> true
 * schoolpleinverbodGeldt(verbod, '2026-04-01').uitkomst; //=> false
 * ```
 */
export function schoolpleinverbodGeldt(
  verbod: Schoolpleinverbod,
  datum: IsoDatum,
): Besluit<boolean, SchorsingRedenCode> {
  if (!schoolpleinverbodSchema.safeParse(verbod).success)
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'Een schoolpleinverbod wordt eerst gecontroleerd met valideerSchoolpleinverbod.',
    );
  if (!isIsoDatum(datum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'De datum is geen geldige datum (JJJJ-MM-DD).');
  const bron = seedBron('E.2 School(plein)verbod voor de ouders');
  const uitkomst = (code: SchorsingRedenCode, tekst: string, parameters: Parameters) =>
    besluit(code === 'VERBOD_GELDT', [{ code, tekst, bron, parameters }], regelVerantwoording());
  if (datum < verbod.van)
    return uitkomst('VERBOD_NOG_NIET_INGEGAAN', 'Het verbod is nog niet ingegaan.', {
      datum,
      van: verbod.van,
    });
  if (verbod.tot && datum > verbod.tot)
    return uitkomst('VERBOD_AFGELOPEN', 'Het verbod is afgelopen.', { datum, tot: verbod.tot });
  const plek = {
    schoolplein: 'het schoolplein',
    school: 'de school',
    'school-en-schoolplein': 'de school en het schoolplein',
  };
  return uitkomst('VERBOD_GELDT', `Het verbod geldt voor ${plek[verbod.reikwijdte]}.`, {
    datum,
    reikwijdte: verbod.reikwijdte,
  });
}
