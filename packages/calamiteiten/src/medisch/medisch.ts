import {
  type Beleid,
  berekenTermijn,
  type Besluit,
  codeTekst,
  type IsoDatum,
  isoDatumSchema,
  plusDagen,
  type Regio,
  type Resultaat,
  SCHOOLVAKANTIES,
  SchoolveiligheidFout,
  type Stap,
  type TaalOpties,
  taalUitOpties,
  type TermijnUitkomst,
  valideer,
  waardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { besluitVan, reden } from '../besluit/besluit.js';
import { SEED_MEDISCH } from '../bronnen/bronnen.js';
import {
  CALAMITEITEN_STAP_CODES,
  CALAMITEITEN_TERMIJN_CODES,
  type CalamiteitenRedenCode,
  type MedicijnStapCode,
} from '../codes/codes.js';
import { medischBigDoorPersoneel, medischEvaluatie } from '../regels/regels.js';
import type { CalamiteitenRol } from '../rollen/rollen.js';

/**
 * Schema of the consent declaration for when a pupil falls ill or is hurt at school (seed Bijlage 8): whom the
 * school calls, in order, when the parents cannot be reached, and the pupil's allergies. People by relation and
 * the vendor's contact ids, never names or numbers in this package.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { toestemmingsverklaringSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(toestemmingsverklaringSchema, { leerlingId: 'leerling-1', ondertekendOp: '2026-09-01', contactvolgorde: [{ contactId: 'contact-1', relatie: 'familie' }], allergieen: [] }).ok; //=> true
 * ```
 */
export const toestemmingsverklaringSchema = /* @__PURE__ */ z
  .object({
    leerlingId: /* @__PURE__ */ z
      .string()
      .regex(/^[a-z\d][a-z\d-]*$/)
      .max(100)
      .meta({ description: "The pupil's id in the vendor's system." }),
    ondertekendOp: isoDatumSchema.meta({ description: 'The day the parents signed.' }),
    contactvolgorde: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          contactId: /* @__PURE__ */ z
            .string()
            .regex(/^[a-z\d][a-z\d-]*$/)
            .max(100)
            .meta({ description: "The contact's id in the vendor's system." }),
          relatie: /* @__PURE__ */ z
            .enum(['ouder-verzorger', 'familie', 'buren', 'anders'])
            .meta({ description: 'Relation to the pupil (e.g. aunt, neighbour).' }),
        }),
      )
      .max(2)
      .meta({
        description:
          'The persons to call, in order, when the first parent cannot be reached (the seed form has two).',
      }),
    allergieen: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().max(80))
      .max(20)
      .meta({ description: 'What the pupil is allergic or hypersensitive to.' }),
  })
  .meta({ description: 'Consent for when a pupil falls ill or is hurt at school (seed Bijlage 8).' });

/** A consent declaration (seed Bijlage 8). */
export type Toestemmingsverklaring = z.infer<typeof toestemmingsverklaringSchema>;

/**
 * Schema of an agreement on a medical action at school (seed Bijlage 9): what kind of action, who performs it, when
 * (daily at set times or only in a described situation), signed and last discussed on which day.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { medischeAfspraakSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(medischeAfspraakSchema, { id: 'afspraak-1', handeling: 'levensreddend', uitvoerder: 'personeelslid', wanneer: 'situatie', ondertekendOp: '2027-06-14' }).ok; //=> true
 * ```
 */
export const medischeAfspraakSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z
      .string()
      .regex(/^[a-z\d][a-z\d-]*$/)
      .max(100)
      .meta({ description: "The agreement's id in the vendor's system." }),
    handeling: /* @__PURE__ */ z.enum(['geen-big', 'big', 'levensreddend']).meta({
      description:
        'No medical risk (outside the Wet BIG), a BIG-handeling, or a life-saving BIG-handeling (acute allergy, shock).',
    }),
    uitvoerder: /* @__PURE__ */ z.enum(['ouder', 'derde', 'personeelslid']).meta({
      description: 'Who performs it: a parent, a third person the parents name, or a staff member.',
    }),
    wanneer: /* @__PURE__ */ z
      .enum(['dagelijks', 'situatie'])
      .meta({ description: 'Daily at set times, or only in a described situation (shock, allergy, acute).' }),
    tijdstippen: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/))
      .max(4)
      .optional()
      .meta({ description: 'For daily actions: the times (HH:MM), at most four as on the seed form.' }),
    ondertekendOp: isoDatumSchema.meta({ description: 'The day parents and school signed.' }),
    laatstBesprokenOp: isoDatumSchema
      .optional()
      .meta({ description: 'The last time the agreement was discussed.' }),
  })
  .meta({ description: 'An agreement on a medical action at school (seed Bijlage 9).' });

/** An agreement on a medical action (seed Bijlage 9). */
export type MedischeAfspraak = z.infer<typeof medischeAfspraakSchema>;

/** A review of an agreement that falls due. */
export interface Evaluatiemoment {
  /** Which review. */
  readonly code: 'MEDISCH_EVALUATIE_DRIE_MAANDEN' | 'MEDISCH_EVALUATIE_SCHOOLJAAR';
  /** The parents take the initiative (Bijlage 9, c and d). */
  readonly rol: CalamiteitenRol;
  /** Dutch description. */
  readonly tekst: string;
  /** The day it falls due. */
  readonly uiterlijk: IsoDatum;
  /** The computed term with its trace, for the three-month review. */
  readonly termijn?: TermijnUitkomst;
}

/**
 * The reviews an agreement on a medical action falls due for: at least once every three months after it was
 * signed or last discussed (Bijlage 9, c), and at the start of the next school year in the school's region
 * (Bijlage 9, d: the first Monday after the zomervakantie). Validates the agreement first (Dutch messages;
 * `{ taal: 'en' }` for English).
 *
 * @example
 * ```ts
 * import { evaluatiemomenten } from '@schoolveiligheid/calamiteiten';
 * const r = evaluatiemomenten({ id: 'afspraak-1', handeling: 'levensreddend', uitvoerder: 'personeelslid', wanneer: 'situatie', ondertekendOp: '2027-06-14' }, 'zuid');
 * r.ok ? r.waarde.map((m) => [m.code, m.uiterlijk]) : []; //=> [['MEDISCH_EVALUATIE_SCHOOLJAAR', '2027-09-06'], ['MEDISCH_EVALUATIE_DRIE_MAANDEN', '2027-09-14']]
 * ```
 */
export function evaluatiemomenten(
  afspraak: unknown,
  regio: Regio,
  beleid?: Beleid,
  opties?: TaalOpties,
): Resultaat<readonly Evaluatiemoment[]> {
  if (regio !== 'noord' && regio !== 'midden' && regio !== 'zuid')
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Onbekende regio; kies noord, midden of zuid.');
  const basis = valideer(medischeAfspraakSchema, afspraak, { taal: taalUitOpties(opties) });
  if (!basis.ok) return basis;
  const vanaf = basis.waarde.laatstBesprokenOp ?? basis.waarde.ondertekendOp;
  const regel = waardeVoor(medischEvaluatie, vanaf, beleid);
  const termijn = berekenTermijn({
    gebeurtenis: vanaf,
    duur: regel.waarde,
    grondslag: 'regeling',
    bron: regel.bron,
  });
  const momenten: Evaluatiemoment[] = [
    {
      code: 'MEDISCH_EVALUATIE_DRIE_MAANDEN',
      rol: 'ouders',
      tekst: codeTekst(CALAMITEITEN_TERMIJN_CODES, 'MEDISCH_EVALUATIE_DRIE_MAANDEN'),
      uiterlijk: termijn.laatsteDag,
      termijn,
    },
  ];
  const start = Object.values(SCHOOLVAKANTIES.schooljaren)
    .map((jaar) => plusDagen(jaar.zomervakantie[regio].tot, 1))
    .filter((d) => d > vanaf)
    .sort()[0];
  if (start)
    momenten.push({
      code: 'MEDISCH_EVALUATIE_SCHOOLJAAR',
      rol: 'ouders',
      tekst: codeTekst(CALAMITEITEN_TERMIJN_CODES, 'MEDISCH_EVALUATIE_SCHOOLJAAR'),
      uiterlijk: start,
    });
  return { ok: true, waarde: momenten.sort((a, b) => (a.uiterlijk < b.uiterlijk ? -1 : 1)) };
}

/** A medical action to decide on. */
export interface MedischeHandeling {
  /** `geen-big` (no medical risk), `big` (a voorbehouden handeling), `levensreddend` (a life-saving BIG-handeling). */
  readonly soort: 'geen-big' | 'big' | 'levensreddend';
  /** True in an emergency: then everyone helps. */
  readonly noodsituatie: boolean;
  /** The day of the action (for the competence statement and the rules in force). */
  readonly datum: IsoDatum;
}

/** The person who would perform it. */
export interface UitvoerendPersoon {
  /** `personeelslid`, `ouder` (or a third person the parents name), or `big-bevoegd` (a doctor or qualified nurse). */
  readonly soort: 'personeelslid' | 'ouder' | 'big-bevoegd';
  /** Whether the person agrees to perform it (staff may refuse, seed Bijlage 11). */
  readonly instemming: boolean;
  /** Whether a doctor instructed it (Wet BIG art. 35). */
  readonly opdrachtVanArts?: boolean;
  /** Last day of the competence statement (bekwaamheidsverklaring), if any. */
  readonly bekwaamTot?: IsoDatum;
  /** Whether an individual, recorded agreement with school and parents exists (Bijlage 9 and 12). */
  readonly individueleAfspraak?: boolean;
}

const isDatum = (w: unknown): w is IsoDatum => isoDatumSchema.safeParse(w).success;

/** The criteria, in order: the first row that applies decides. Each row names its reasons. */
const CRITERIA: readonly {
  readonly geldt: (h: MedischeHandeling, p: UitvoerendPersoon, bigDoorPersoneel: boolean) => boolean;
  readonly mag: boolean;
  readonly redenen: readonly CalamiteitenRedenCode[];
}[] = [
  { geldt: (h) => h.noodsituatie, mag: true, redenen: ['NOODSITUATIE'] },
  { geldt: (_h, p) => !p.instemming, mag: false, redenen: ['NIET_VRIJWILLIG'] },
  { geldt: (h) => h.soort === 'geen-big', mag: true, redenen: ['GEEN_BIG_HANDELING'] },
  { geldt: (_h, p) => p.soort === 'big-bevoegd', mag: true, redenen: ['BIG_BEVOEGD'] },
  { geldt: (_h, p) => p.soort === 'ouder', mag: true, redenen: ['OUDER_OF_DERDE_VOERT_UIT'] },
  {
    geldt: (h, p) => p.opdrachtVanArts !== true || p.bekwaamTot === undefined || p.bekwaamTot < h.datum,
    mag: false,
    redenen: ['BIG_ZONDER_OPDRACHT_OF_BEKWAAMHEID'],
  },
  { geldt: (_h, _p, big) => big, mag: true, redenen: ['BIG_IN_OPDRACHT_EN_BEKWAAM'] },
  {
    geldt: (h, p) => h.soort === 'levensreddend' && p.individueleAfspraak === true,
    mag: true,
    redenen: ['BIG_IN_OPDRACHT_EN_BEKWAAM', 'BELEID_LEVENSREDDEND_UITZONDERING'],
  },
  {
    geldt: () => true,
    mag: false,
    redenen: ['BIG_IN_OPDRACHT_EN_BEKWAAM', 'BELEID_GEEN_BIG_DOOR_PERSONEEL'],
  },
];

/**
 * May this person perform this medical action at school? By law (Wet BIG): an action without medical risk, yes
 * with consent; a BIG-handeling only by a qualified person, or on a doctor's instruction by someone competent;
 * an emergency is always an exception. The seed board's policy ({@link SEED_2018_BELEID}) adds that staff perform
 * no BIG-handelingen, except a life-saving one under an individual agreement. Returns the answer with its reasons.
 * Throws `ONGELDIGE_INVOER` for malformed input.
 *
 * @example
 * ```ts
 * import { magMedischeHandelingUitvoeren, SEED_2018_BELEID } from '@schoolveiligheid/calamiteiten';
 * const handeling = { soort: 'big', noodsituatie: false, datum: '2026-12-02' } as const;
 * const leraar = { soort: 'personeelslid', instemming: true, opdrachtVanArts: true, bekwaamTot: '2027-06-30' } as const;
 * magMedischeHandelingUitvoeren(handeling, leraar).uitkomst; //=> true
 * magMedischeHandelingUitvoeren(handeling, leraar, SEED_2018_BELEID).redenen.map((r) => r.code); //=> ['BIG_IN_OPDRACHT_EN_BEKWAAM', 'BELEID_GEEN_BIG_DOOR_PERSONEEL']
 * magMedischeHandelingUitvoeren({ ...handeling, noodsituatie: true }, leraar, SEED_2018_BELEID).uitkomst; //=> true
 * ```
 */
export function magMedischeHandelingUitvoeren(
  handeling: MedischeHandeling,
  persoon: UitvoerendPersoon,
  beleid?: Beleid,
): Besluit<boolean, CalamiteitenRedenCode> {
  const h = handeling as Partial<MedischeHandeling> | null;
  const p = persoon as Partial<UitvoerendPersoon> | null;
  if (
    h === null ||
    typeof h !== 'object' ||
    !['geen-big', 'big', 'levensreddend'].includes(h.soort as string) ||
    typeof h.noodsituatie !== 'boolean' ||
    !isDatum(h.datum) ||
    p === null ||
    typeof p !== 'object' ||
    !['personeelslid', 'ouder', 'big-bevoegd'].includes(p.soort as string) ||
    typeof p.instemming !== 'boolean' ||
    (p.bekwaamTot !== undefined && !isDatum(p.bekwaamTot))
  )
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Geef de handeling en de persoon zoals beschreven.');
  const big = waardeVoor(medischBigDoorPersoneel, h.datum, beleid).waarde;
  const rij = CRITERIA.find((c) => c.geldt(handeling, persoon, big)) as (typeof CRITERIA)[number];
  return besluitVan(
    rij.mag,
    rij.redenen.map((c) => reden(c)),
  );
}

const MEDICIJN_STAPPEN: readonly (readonly [MedicijnStapCode, CalamiteitenRol])[] = [
  ['MEDICIJN_LEERLING_NIET_ALLEEN', 'medewerker'],
  ['MEDICIJN_BHV_WAARSCHUWEN', 'medewerker'],
  ['MEDICIJN_HUISARTS_BELLEN', 'medewerker'],
  ['MEDICIJN_112_BIJ_ERNST', 'medewerker'],
  ['MEDICIJN_OORZAAK_DOORGEVEN', 'medewerker'],
  ['MEDICIJN_GEGEVENS_BIJ_DE_HAND', 'medewerker'],
  ['MEDICIJN_OUDERS_BELLEN', 'directeur'],
];

/**
 * The steps of seed Bijlage 10 when a calamity happens with medication or a medical action, in order, each with
 * the role that does it.
 *
 * @example
 * ```ts
 * import { stappenBijMedicijnCalamiteit } from '@schoolveiligheid/calamiteiten';
 * stappenBijMedicijnCalamiteit().map((s) => s.code)[1]; //=> 'MEDICIJN_BHV_WAARSCHUWEN'
 * ```
 */
export function stappenBijMedicijnCalamiteit(): readonly Stap<MedicijnStapCode, CalamiteitenRol>[] {
  return MEDICIJN_STAPPEN.map(([code, rol]) => ({
    code,
    rol,
    tekst: codeTekst(CALAMITEITEN_STAP_CODES, code),
    bron: SEED_MEDISCH,
  }));
}
