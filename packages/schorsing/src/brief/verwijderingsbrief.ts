import { duurSchema, duurTekst, isoDatumSchema, type Resultaat, waardeOp } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { type Controle, controleer, probleemVan } from '../invoer/invoer.js';
import { denominatieSchema, vrijeTekstSchema } from '../invoer/schemas.js';
import { bezwaartermijnBijzonder, bezwaartermijnOpenbaar } from '../regels/regels.js';
import { type BriefContext, briefVelden, schorsingVolgensBrief, valideerBrief } from './brief.js';

/**
 * Zod schema of the letter with the definitive verwijdering decision (the seed's list in E.2 step 4-5 and
 * Bijlage 20 "besluit tot verwijdering"): the date, the receiving school and why it fits, the consultation
 * with the parents, the inventory of schools matching the support need, the travel time, any interim
 * schorsing, the interim support, and how to object and go to the Geschillencommissie passend onderwijs.
 * Schools are identified by an id, never by name in messages.
 *
 * @example
 * ```ts
 * import { verwijderingsbriefSchema } from '@schoolveiligheid/schorsing';
 * verwijderingsbriefSchema.safeParse({}).success; //=> false
 * ```
 */
export const verwijderingsbriefSchema = /* @__PURE__ */ (() => {
  const { datum, aan, kopieAan } = briefVelden();
  return z
    .object({
      denominatie: denominatieSchema(),
      datum,
      voornemenDatum: isoDatumSchema.meta({ description: 'Date of the earlier letter with the voornemen.' }),
      aan,
      kopieAan,
      verwijderingsdatum: isoDatumSchema.meta({ description: 'From which day the pupil is removed.' }),
      ontvangendeSchool: z
        .object({
          id: vrijeTekstSchema("Vendor's id of the school (school-2)."),
          bereidPer: isoDatumSchema.meta({ description: 'From which day that school admits the pupil.' }),
          motivering: vrijeTekstSchema("Why the school matches the pupil's support need."),
        })
        .meta({ description: 'The school that agreed to admit the pupil.' }),
      reistijdMinuten: z
        .number()
        .int()
        .nonnegative()
        .meta({ description: 'Travel time to the receiving school, in minutes.' }),
      overlegOuders: z
        .object({ datum: isoDatumSchema, uitkomst: z.string().trim().min(1) })
        .meta({ description: 'Consultation with the parents about the candidate schools.' }),
      inventarisatieScholen: z.boolean().meta({
        description: "An inventory of schools whose support profile matches the pupil's need took place.",
      }),
      tussentijdseSchorsing: z.object({ ingangsdatum: isoDatumSchema, duur: duurSchema }).nullable().meta({
        description: 'Schorsing until the verwijderingsdatum, or null when the pupil comes to school.',
      }),
      ondersteuningTussentijds: vrijeTekstSchema(
        'How the school meets the support need until the verwijdering.',
      ),
      bezwaar: z
        .object({
          termijnWeken: z.number().int().positive(),
          vanaf: z.enum(['bekendmaking', 'dagtekening']),
        })
        .meta({ description: 'The bezwaartermijn in weeks and from when the letter says it runs.' }),
      geschillencommissie: z
        .object({
          vermeld: z.boolean(),
          termijnWeken: z.number().int().positive().optional(),
        })
        .meta({ description: 'Whether the letter mentions the Geschillencommissie passend onderwijs.' }),
    })
    .meta({
      description:
        'The letter with the definitive verwijdering decision (seed E.2 stap 4-5, Bijlage 20; WPO 40 lid 11, 63).',
    });
})();

/** A definitive-verwijdering letter as validated by {@link valideerVerwijderingsbrief}. */
export type Verwijderingsbrief = z.output<typeof verwijderingsbriefSchema>;

/** The checks of the letter's own fields, in the order the problems are listed: before the interim schorsing. */
const VOORAF: readonly Controle<Verwijderingsbrief>[] = [
  {
    code: 'VERWIJDERINGSBRIEF_VOORNEMEN_NA_BESLUIT',
    pad: ['voornemenDatum'],
    fout: (b) => b.voornemenDatum > b.datum,
    melding: 'Het voornemen moet vóór het definitieve besluit liggen.',
  },
  {
    code: 'VERWIJDERINGSBRIEF_VERWIJDERING_VOOR_BESLUIT',
    pad: ['verwijderingsdatum'],
    fout: (b) => b.verwijderingsdatum < b.datum,
    melding: 'De verwijdering kan niet ingaan vóór de datum van het besluit.',
  },
  {
    code: 'VERWIJDERINGSBRIEF_SCHOOL_NIET_BEREID_OP_DATUM',
    pad: ['ontvangendeSchool', 'bereidPer'],
    fout: (b) => b.ontvangendeSchool.bereidPer > b.verwijderingsdatum,
    melding:
      'De ontvangende school neemt de leerling pas na de verwijderingsdatum op; er mag geen gat vallen (WPO 40 lid 11).',
  },
  {
    code: 'VERWIJDERINGSBRIEF_GEEN_INVENTARISATIE',
    pad: ['inventarisatieScholen'],
    fout: (b) => !b.inventarisatieScholen,
    melding:
      'De brief maakt niet zichtbaar dat scholen met een passend ondersteuningsprofiel zijn geïnventariseerd.',
  },
];

/** The checks of how the letter says the parents can object: after the bezwaartermijn. */
const BEZWAAR: readonly Controle<Verwijderingsbrief>[] = [
  {
    code: 'VERWIJDERINGSBRIEF_BEZWAAR_START_ONJUIST',
    pad: ['bezwaar', 'vanaf'],
    fout: (b) => b.bezwaar.vanaf !== 'bekendmaking',
    melding:
      'De bezwaartermijn loopt vanaf de dag na de bekendmaking (verzending of uitreiking), niet vanaf de datum op de brief.',
  },
  {
    code: 'VERWIJDERINGSBRIEF_GPO_ONTBREEKT',
    pad: ['geschillencommissie'],
    fout: (b) => !b.geschillencommissie.vermeld,
    melding:
      'Vermeld dat de ouders het geschil ook aan de Geschillencommissie passend onderwijs kunnen voorleggen.',
  },
];

/**
 * Validates the letter with the definitive verwijdering decision: every element of the seed's list must be
 * there, the receiving school must admit the pupil by the verwijderingsdatum (WPO 40 lid 11), the voornemen
 * must come first, an interim schorsing must stay within the maximum and end by the verwijderingsdatum, the
 * bezwaartermijn must be 6 weeks from the bekendmaking (Awb 6:7-6:8; WPO 63 lid 3, first sentence), and the Geschillencommissie
 * passend onderwijs must be mentioned. Copies go to the leerplichtambtenaar and the inspectie (seed step 8;
 * a statutory duty for PO is not confirmed).
 *
 * @example
 * ```ts
 * import { valideerVerwijderingsbrief } from '@schoolveiligheid/schorsing';
 * import { schoolkalender } from '@schoolveiligheid/kern';
 * const brief = {
 *   denominatie: 'openbaar', datum: '2026-04-02', voornemenDatum: '2026-02-10', aan: ['ouders'],
 *   kopieAan: ['leerplichtambtenaar', 'inspectie'], verwijderingsdatum: '2026-04-20',
 *   ontvangendeSchool: { id: 'school-2', bereidPer: '2026-04-20', motivering: 'Past bij de ondersteuningsbehoefte.' },
 *   reistijdMinuten: 15, overlegOuders: { datum: '2026-03-12', uitkomst: 'Besproken.' }, inventarisatieScholen: true,
 *   tussentijdseSchorsing: null, ondersteuningTussentijds: 'Extra begeleiding in de groep.',
 *   bezwaar: { termijnWeken: 6, vanaf: 'dagtekening' }, geschillencommissie: { vermeld: true, termijnWeken: 6 },
 * };
 * const r = valideerVerwijderingsbrief(brief, { kalender: schoolkalender({ regio: 'zuid' }) });
 * r.ok ? [] : r.problemen.map((x) => x.code); //=> ['VERWIJDERINGSBRIEF_BEZWAAR_START_ONJUIST']
 * ```
 */
export function valideerVerwijderingsbrief(
  invoer: unknown,
  context: BriefContext,
): Resultaat<Verwijderingsbrief> {
  return valideerBrief('verwijderingsbrief', verwijderingsbriefSchema, invoer, context, (brief, kopieen) => {
    const termijn = waardeOp(
      brief.denominatie === 'openbaar' ? bezwaartermijnOpenbaar : bezwaartermijnBijzonder,
      brief.datum,
    ).waarde;
    return [
      ...controleer(brief, VOORAF),
      ...tussentijdseSchorsing(brief, context),
      ...(termijn.eenheid !== 'weken' || brief.bezwaar.termijnWeken !== termijn.aantal
        ? [
            probleemVan(
              'VERWIJDERINGSBRIEF_BEZWAARTERMIJN_ONJUIST',
              ['bezwaar', 'termijnWeken'],
              `De bezwaartermijn is ${duurTekst(termijn)}.`,
              { aantal: termijn.aantal, eenheid: termijn.eenheid },
            ),
          ]
        : []),
      ...controleer(brief, BEZWAAR),
      ...kopieen,
    ];
  });
}

/** An interim schorsing stays within the maximum and ends before the verwijderingsdatum. */
function tussentijdseSchorsing(brief: Verwijderingsbrief, context: BriefContext) {
  if (!brief.tussentijdseSchorsing) return [];
  const s = schorsingVolgensBrief(brief.tussentijdseSchorsing, brief.datum, context);
  if (!s.ok) return s.problemen.map((x) => ({ ...x, pad: ['tussentijdseSchorsing', ...x.pad] }));
  return s.waarde.laatsteDag >= brief.verwijderingsdatum
    ? [
        probleemVan(
          'VERWIJDERINGSBRIEF_SCHORSING_NA_VERWIJDERING',
          ['tussentijdseSchorsing'],
          'De tussentijdse schorsing loopt tot aan de verwijdering en eindigt vóór de verwijderingsdatum.',
        ),
      ]
    : [];
}
