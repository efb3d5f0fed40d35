import {
  duurSchema,
  duurTekst,
  isoDatumSchema,
  type Probleem,
  type Resultaat,
  valideer,
  waardeOp,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { SchorsingProbleemCode } from '../codes/codes.js';
import { isKalender, isObjectInvoer, ontbrekendeKopieen, probleemVan } from '../invoer/invoer.js';
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { bezwaartermijnBijzonder, bezwaartermijnOpenbaar } from '../regels/regels.js';
import { berekenSchorsing } from '../schorsing/schorsing.js';
import { type BriefContext, KOPIE_ROLLEN, type KopieRol } from './schorsingsbrief.js';

/** The copies the safety plan (step 8) asks for, with the code of each missing one. */
const VERPLICHTE_KOPIEEN: readonly (readonly [KopieRol, SchorsingProbleemCode])[] = [
  ['leerplichtambtenaar', 'VERWIJDERINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT'],
  ['inspectie', 'VERWIJDERINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT'],
];

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
export const verwijderingsbriefSchema = /* @__PURE__ */ (() =>
  z
    .object({
      denominatie: z
        .enum(['openbaar', 'bijzonder'])
        .meta({ description: 'Openbaar (public law, Awb) or bijzonder (private law, WPO 63).' }),
      datum: isoDatumSchema.meta({ description: 'Date on the letter (dagtekening).' }),
      voornemenDatum: isoDatumSchema.meta({ description: 'Date of the earlier letter with the voornemen.' }),
      aan: z
        .array(z.enum(['ouders', 'voogd', 'verzorgers']))
        .min(1)
        .meta({ description: 'Addressees: the parents, guardian or carers.' }),
      kopieAan: z.array(z.enum(KOPIE_ROLLEN)).meta({ description: 'Roles that get a copy (kern role ids).' }),
      verwijderingsdatum: isoDatumSchema.meta({ description: 'From which day the pupil is removed.' }),
      ontvangendeSchool: z
        .object({
          id: z.string().trim().min(1).meta({ description: "Vendor's id of the school (school-2)." }),
          bereidPer: isoDatumSchema.meta({ description: 'From which day that school admits the pupil.' }),
          motivering: z
            .string()
            .trim()
            .min(1)
            .meta({ description: "Why the school matches the pupil's support need." }),
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
      ondersteuningTussentijds: z
        .string()
        .trim()
        .min(1)
        .meta({ description: 'How the school meets the support need until the verwijdering.' }),
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
    }))();

/** A definitive-verwijdering letter as validated by {@link valideerVerwijderingsbrief}. */
export type Verwijderingsbrief = z.output<typeof verwijderingsbriefSchema>;

const p = probleemVan;

/**
 * Validates the letter with the definitive verwijdering decision: every element of the seed's list must be
 * there, the receiving school must admit the pupil by the verwijderingsdatum (WPO 40 lid 11), the voornemen
 * must come first, an interim schorsing must stay within the maximum and end by the verwijderingsdatum, the
 * bezwaartermijn must be 6 weeks from the bekendmaking (Awb 6:7-6:8; WPO 63 lid 2), and the Geschillencommissie
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
  if (!isObjectInvoer(context) || !isKalender(context.kalender))
    throw new SchoolveiligheidFout(
      'KALENDER_VEREIST',
      'Een brief wordt gecontroleerd met de schoolkalender van de school: geef { kalender: schoolkalender(...) } mee.',
    );
  const basis = valideer(verwijderingsbriefSchema, invoer);
  if (!basis.ok) return basis;
  const brief = basis.waarde;
  const lijst: Probleem[] = [];
  if (brief.voornemenDatum > brief.datum) {
    lijst.push(
      p(
        'VERWIJDERINGSBRIEF_VOORNEMEN_NA_BESLUIT',
        ['voornemenDatum'],
        'Het voornemen moet vóór het definitieve besluit liggen.',
      ),
    );
  }
  if (brief.verwijderingsdatum < brief.datum) {
    lijst.push(
      p(
        'VERWIJDERINGSBRIEF_VERWIJDERING_VOOR_BESLUIT',
        ['verwijderingsdatum'],
        'De verwijdering kan niet ingaan vóór de datum van het besluit.',
      ),
    );
  }
  if (brief.ontvangendeSchool.bereidPer > brief.verwijderingsdatum) {
    lijst.push(
      p(
        'VERWIJDERINGSBRIEF_SCHOOL_NIET_BEREID_OP_DATUM',
        ['ontvangendeSchool', 'bereidPer'],
        'De ontvangende school neemt de leerling pas na de verwijderingsdatum op; er mag geen gat vallen (WPO 40 lid 11).',
      ),
    );
  }
  if (!brief.inventarisatieScholen) {
    lijst.push(
      p(
        'VERWIJDERINGSBRIEF_GEEN_INVENTARISATIE',
        ['inventarisatieScholen'],
        'De brief maakt niet zichtbaar dat scholen met een passend ondersteuningsprofiel zijn geïnventariseerd.',
      ),
    );
  }
  if (brief.tussentijdseSchorsing) {
    const s = berekenSchorsing({
      ingangsdatum: brief.tussentijdseSchorsing.ingangsdatum,
      duur: brief.tussentijdseSchorsing.duur,
      kalender: context.kalender,
      besluitdatum: brief.datum,
      ...(context.beleid ? { beleid: context.beleid } : {}),
    });
    if (!s.ok) {
      lijst.push(...s.problemen.map((x) => ({ ...x, pad: ['tussentijdseSchorsing', ...x.pad] })));
    } else if (s.waarde.laatsteDag >= brief.verwijderingsdatum) {
      lijst.push(
        p(
          'VERWIJDERINGSBRIEF_SCHORSING_NA_VERWIJDERING',
          ['tussentijdseSchorsing'],
          'De tussentijdse schorsing loopt tot aan de verwijdering en eindigt vóór de verwijderingsdatum.',
        ),
      );
    }
  }
  const termijn = waardeOp(
    brief.denominatie === 'openbaar' ? bezwaartermijnOpenbaar : bezwaartermijnBijzonder,
    brief.datum,
  ).waarde;
  if (termijn.eenheid !== 'weken' || brief.bezwaar.termijnWeken !== termijn.aantal) {
    lijst.push(
      p(
        'VERWIJDERINGSBRIEF_BEZWAARTERMIJN_ONJUIST',
        ['bezwaar', 'termijnWeken'],
        `De bezwaartermijn is ${duurTekst(termijn)}.`,
        { aantal: termijn.aantal, eenheid: termijn.eenheid },
      ),
    );
  }
  if (brief.bezwaar.vanaf !== 'bekendmaking') {
    lijst.push(
      p(
        'VERWIJDERINGSBRIEF_BEZWAAR_START_ONJUIST',
        ['bezwaar', 'vanaf'],
        'De bezwaartermijn loopt vanaf de dag na de bekendmaking (verzending of uitreiking), niet vanaf de datum op de brief.',
      ),
    );
  }
  if (!brief.geschillencommissie.vermeld) {
    lijst.push(
      p(
        'VERWIJDERINGSBRIEF_GPO_ONTBREEKT',
        ['geschillencommissie'],
        'Vermeld dat de ouders het geschil ook aan de Geschillencommissie passend onderwijs kunnen voorleggen.',
      ),
    );
  }
  lijst.push(...ontbrekendeKopieen(brief.kopieAan, VERPLICHTE_KOPIEEN, 'het veiligheidsplan (stap 8)'));
  return lijst.length ? { ok: false, problemen: lijst } : { ok: true, waarde: brief };
}
