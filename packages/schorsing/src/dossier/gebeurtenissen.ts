import {
  type Beleid,
  bedragSchema,
  bronSchema,
  duurSchema,
  isoDatumSchema,
  REGEL_ID_PATROON,
  type RolId,
  type SchoolkalenderInstellingen,
  schoolkalenderInstellingenSchema,
  tijdstipSchema,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { denominatieSchema, rolIdSchema } from '../invoer/schemas.js';
import type { Denominatie } from '../regels/regels.js';
import { schoolpleinverbodSchema } from '../schoolpleinverbod/schoolpleinverbod.js';

/**
 * Who takes part in a talk or hearing: ids of kern's role vocabulary (`ROLLEN`).
 *
 * @example
 * ```ts
 * import { DEELNEMERS } from '@schoolveiligheid/schorsing';
 * import { isRolId } from '@schoolveiligheid/kern';
 * DEELNEMERS.includes('leerkracht'); //=> true
 * DEELNEMERS.every(isRolId); //=> true
 * ```
 */
export const DEELNEMERS = [
  'leerling',
  'ouders',
  'leerkracht',
  'directeur',
  'bevoegd-gezag',
] as const satisfies readonly RolId[];

/**
 * Zod schema of every dossier event: a discriminated union on `type`. Each event has a `datum` (the day it
 * happened; events are added in date order) and may carry the schema `versie` the kernel stamps on it.
 *
 * @example
 * ```ts
 * import { gebeurtenisSchema } from '@schoolveiligheid/schorsing';
 * gebeurtenisSchema.safeParse({ type: 'gpo-oordeel', datum: '2026-06-01' }).success; //=> true
 * gebeurtenisSchema.safeParse({ type: 'onbekend', datum: '2026-06-01' }).success; //=> false
 * ```
 */
export const gebeurtenisSchema = /* @__PURE__ */ (() => {
  const datum = isoDatumSchema.meta({ description: 'The day the event happened.' });
  const versie = z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'Schema version of the stored event, set by the procedure kernel (absent: 1).' });
  const tegen = z
    .enum(['schorsing', 'verwijdering'])
    .meta({ description: 'The decision the bezwaar is against.' });
  const schorsingNummer = z
    .number()
    .int()
    .min(1)
    .max(1000) // geen-rechtsgetal
    .optional()
    .meta({
      description:
        'Which schorsing of the dossier the bezwaar is against, counted from 1 in the order they were decided (tegen: schorsing). Absent: the latest schorsing, as in dossiers stored before it existed.',
    });
  /** One event type: its `type`, the `datum` and `versie` every event has, its own fields, its description. */
  const soort = <T extends string, V extends z.ZodRawShape = Record<never, never>>(
    type: T,
    description: string,
    velden: V = {} as V,
  ) => z.object({ type: z.literal(type), datum, versie, ...velden }).meta({ description });
  const keuze = <const W extends readonly [string, ...string[]]>(waarden: W, description: string) =>
    z.enum(waarden).meta({ description });
  // how a decision reached the parents (Awb 3:41 lid 1; electronic: Awb afdeling 2.3 as in force on the day)
  const bekendmaking = {
    wijze: keuze(
      ['post', 'elektronisch', 'uitreiking'],
      'How the decision reached the parents: by post, electronically or handed over. Absent: as before release 0.3 (datum is the day of the bekendmaking).',
    ).optional(),
    elektronisch: z
      .object({
        kanaal: keuze(
          ['eigen-adres', 'portaal'],
          "To an address or system of the parents' own (their e-mail), or placed in a school system the parents have access to (a parent portal).",
        ),
        moment: tijdstipSchema.meta({
          description:
            'The moment that counts as sending: when the letter reached a system the school bears no responsibility for (eigen-adres), or became accessible to the parents (portaal). Awb 2:17 lid 1 until 2025-12-31, 2:19 from 2026-01-01.',
        }),
        bereikbaar: keuze(
          ['uitdrukkelijk-kenbaar', 'kenbaar', 'niet-kenbaar'],
          'What the parents made known about being reachable electronically (Awb 2:14 lid 1; from 2026-01-01 expressly, art. 2:8).',
        ),
      })
      .optional()
      .meta({ description: 'Required with wijze elektronisch, and only then.' }),
  };
  const herstelVan = {
    tegen,
    schorsingNummer,
  };
  return z
    .discriminatedUnion('type', [
      soort('gesprek', 'A talk or hearing (seed step 1; WPO 40 lid 11; hearing on bezwaar).', {
        onderwerp: keuze(['schorsing', 'verwijdering', 'bezwaar'], 'What the talk or hearing is about.'),
        deelnemers: z
          .array(z.enum(DEELNEMERS))
          .min(1)
          .meta({ description: 'Who took part, as kern role ids.' }),
      }),
      soort('schorsing-besloten', 'The board decides to suspend the pupil (WPO 40c).', {
        ingangsdatum: isoDatumSchema.meta({ description: 'First day the pupil is excluded (a school day).' }),
        duur: duurSchema,
        ingangsmoment: tijdstipSchema.optional().meta({
          description:
            'The moment the schorsing takes effect, an instant with offset on the ingangsdatum (for example "met onmiddellijke ingang" at 12:15). Optional; the ingangsdatum counts as a whole day either way.',
        }),
        redenAansluitend: z.string().trim().min(1).max(2000).optional().meta({
          description:
            'Why this schorsing may follow an earlier one without a school day in between although together they exceed the maximum (WPO 40c lid 1). Stored, never repeated in messages; the notice to the inspectie must mention it.',
        }),
      }),
      soort(
        'schorsingsbrief-verzonden',
        'The schorsing letter is sent to the parents (WPO 40c lid 2): the bekendmaking, on datum or, when sent electronically, on the day of the moment that counts as sending.',
        bekendmaking,
      ),
      soort('melding', 'The inspectie or the leerplichtambtenaar was told of a schorsing or verwijdering.', {
        aan: keuze(['inspectie', 'leerplichtambtenaar'], 'Who was told, as a kern role id.'),
        betreft: keuze(['schorsing', 'verwijdering'], 'Which decision the notice is about.'),
        registratienummer: z
          .string()
          .trim()
          .min(1)
          .max(40)
          .optional()
          .meta({ description: "The registration number of the inspectie's acknowledgement." }),
      }),
      soort('schoolwerk-geregeld', 'Schoolwork during the schorsing is arranged (seed step 5).'),
      soort(
        'onderzoeksdossier-vastgelegd',
        'The documented, research-based file is in place (seed E.2 Verwijdering).',
      ),
      soort(
        'voornemen-verwijdering',
        'The voornemen tot verwijdering is made known in writing with reasons.',
      ),
      soort('ontvangende-school', 'Another school agreed to admit the pupil (WPO 40 lid 11).', {
        schoolId: rolIdSchema().meta({ description: "Vendor's id of the receiving school (school-2)." }),
        schriftelijkBevestigd: z.boolean().meta({ description: 'The school confirmed in writing.' }),
        bereidPer: isoDatumSchema.meta({ description: 'From which day the school admits the pupil.' }),
      }),
      soort(
        'school-benaderd',
        'A school was approached to admit the pupil, or answered (WPO 40 lid 11): one row of the inventory. A later event for the same school records its new answer.',
        {
          schoolId: rolIdSchema().meta({ description: "Vendor's id of the school approached (school-2)." }),
          antwoord: keuze(
            ['bereid', 'niet-bereid', 'geen-antwoord'],
            'The answer of the school so far: willing, not willing, or no answer yet.',
          ),
          bereidPer: isoDatumSchema
            .optional()
            .meta({ description: 'From which day a willing school admits the pupil.' }),
          schriftelijkBevestigd: z
            .boolean()
            .optional()
            .meta({ description: 'A willing school confirmed in writing (policy).' }),
        },
      ),
      soort(
        'schorsing-opgeheven',
        'The board lifts a schorsing early: the pupil is back on terugOp; the remaining days no longer count.',
        {
          schorsingNummer: schorsingNummer.meta({
            description:
              'Which schorsing of the dossier is lifted, counted from 1 in the order they were decided. Absent: the latest.',
          }),
          terugOp: isoDatumSchema.meta({
            description:
              'The school day the pupil is back, after the first and at the latest on the last day.',
          }),
        },
      ),
      soort(
        'schorsing-ingetrokken',
        'The board revokes a schorsing decision (made known to the parents on datum): no notice to the inspectie and no bezwaartermijn any more; school days already missed keep counting.',
        {
          schorsingNummer: schorsingNummer.meta({
            description:
              'Which schorsing of the dossier is revoked, counted from 1 in the order they were decided. Absent: the latest.',
          }),
        },
      ),
      soort(
        'verwijdering-besloten',
        'The definitive verwijdering decision, made known on datum or, when sent electronically, on the day of the moment that counts as sending.',
        {
          verwijderingsdatum: isoDatumSchema.meta({ description: 'From which day the pupil is removed.' }),
          ...bekendmaking,
        },
      ),
      soort('bezwaar-ingediend', "The parents' bezwaar was received on datum.", {
        tegen,
        schorsingNummer,
        terPost: isoDatumSchema.optional().meta({
          description: 'Postmark date when the bezwaar came by post (Awb 6:9 lid 2, openbare school).',
        }),
        elektronisch: z
          .object({
            moment: tijdstipSchema.meta({
              description:
                "The moment the bezwaar reached the school's system (from 2026-01-01 also: became accessible to it), on datum (Awb 2:17 lid 2; 2:20).",
            }),
            kanaalGeopend: z.boolean().meta({
              description:
                'The board made known that a bezwaar may be sent by this route (Awb 2:15 lid 1; from 2026-01-01 art. 2:14 with WPO 4d).',
            }),
          })
          .optional()
          .meta({ description: 'When the bezwaar came electronically.' }),
      }),
      soort(
        'verzuim-herstel-gevraagd',
        'The board asked the parents to repair an omission in their bezwaar (Awb 6:6) by a set day; the Awb decision term stands still from the next day (Awb 7:10 lid 2).',
        {
          ...herstelVan,
          hersteltermijnTot: isoDatumSchema.meta({
            description: 'The last day of the repair term the board set.',
          }),
        },
      ),
      soort(
        'verzuim-hersteld',
        'The parents repaired the omission on datum: the decision term runs again (Awb 7:10 lid 2).',
        herstelVan,
      ),
      soort(
        'geschil-gpo-ingediend',
        'The parents put the verwijdering to the Geschillencommissie passend onderwijs.',
      ),
      soort('gpo-oordeel', "The commission's oordeel (an advice, not binding; WPO 43)."),
      soort(
        'beslissing-verdaagd',
        'The board adjourned its decision on the bezwaar in writing (Awb 7:10 lid 3).',
        { tegen, schorsingNummer },
      ),
      soort(
        'beslissing-uitgesteld',
        'The board made known in writing (Awb 7:10 lid 5) that its decision on the bezwaar is delayed further, to tot (Awb 7:10 lid 4; openbare school, bezwaar against a schorsing).',
        {
          tegen,
          schorsingNummer,
          grond: keuze(
            ['alle-belanghebbenden', 'instemming-indiener', 'wettelijke-procedure'],
            'Awb 7:10 lid 4 sub a (all interested parties consent), sub b (the parents consent and no one else is harmed) or sub c (needed to comply with statutory procedural rules).',
          ),
          tot: isoDatumSchema.meta({ description: 'The new last day of the decision term.' }),
        },
      ),
      soort(
        'stukken-ter-inzage',
        'From datum the bezwaar and all documents lie for inspection by the parents (Awb 7:4 lid 2).',
        { tegen, schorsingNummer },
      ),
      soort('hoorzitting', 'The hearing on the bezwaar (Awb 7:2; bijzonder, verwijdering: WPO 63 lid 3).', {
        tegen,
        schorsingNummer,
        deelnemers: z.array(z.enum(DEELNEMERS)).min(1).meta({
          description: 'Who took part, as kern role ids; the parents must be among them to count as heard.',
        }),
      }),
      soort(
        'horen-achterwege',
        'The board records why it does not hear the parents on the bezwaar (Awb 7:3), a ground the decision on the bezwaar must state (Awb 7:12 lid 1).',
        {
          tegen,
          schorsingNummer,
          grond: keuze(
            [
              'kennelijk-niet-ontvankelijk',
              'kennelijk-ongegrond',
              'afgezien',
              'geen-reactie',
              'volledig-tegemoetgekomen',
            ],
            'Awb 7:3 sub a (the bezwaar is manifestly inadmissible), sub b (manifestly unfounded), sub c (the parents declared they waive the hearing), sub d (they did not say within the term the board set that they want to be heard; give reactietermijnTot) or sub e (the bezwaar is granted in full; the decision must then revoke).',
          ),
          reactietermijnTot: isoDatumSchema.optional().meta({
            description:
              'Awb 7:3 sub d: the last day of the reasonable term the board set for the parents to say they want to be heard; required with grond geen-reactie, and past on datum.',
          }),
        },
      ),
      soort(
        'inzage-achterwege',
        'The parents agreed that the documents need not lie for inspection before the hearing (Awb 7:4 lid 5).',
        { tegen, schorsingNummer },
      ),
      soort('hoorverslag', 'The report of the hearing is made (Awb 7:7).', { tegen, schorsingNummer }),
      soort('beslissing-op-bezwaar', "The board's decision on the bezwaar.", {
        tegen,
        schorsingNummer,
        uitkomst: keuze(['gehandhaafd', 'herroepen'], 'Whether the decision was upheld or revoked.'),
      }),
      soort(
        'crisisplaatsing',
        'A crisisplaats (for example at an SBO school), instead of or next to the procedure.',
        {
          route: keuze(
            ['in-plaats-van', 'naast'],
            'Instead of, or next to, the schorsing or verwijdering procedure.',
          ),
          schoolId: rolIdSchema().meta({ description: "Vendor's id of the school with the crisisplaats." }),
        },
      ),
      soort('crisisplaatsing-beeindigd', 'The crisisplaatsing ends, with where the pupil goes.', {
        vervolg: keuze(
          ['terug-naar-school', 'andere-reguliere-school', 'sbo-of-so'],
          'Where the pupil goes after the crisisplaats.',
        ),
      }),
      soort('schoolpleinverbod', 'A school(plein)verbod for a parent (seed E.2).', {
        verbod: schoolpleinverbodSchema,
      }),
      soort('wijkagent-geinformeerd', 'The wijkagent (police) was told about the latest schoolpleinverbod.', {
        kopieBrief: z.boolean().meta({ description: 'The wijkagent got a copy of the letter.' }),
      }),
    ])
    .meta({ description: 'One event in a schorsing or verwijdering dossier, discriminated on type.' });
})();

/** One event in a schorsing/verwijdering dossier. */
export type Gebeurtenis = z.output<typeof gebeurtenisSchema>;

/** The `type` of a {@link Gebeurtenis}. */
export type GebeurtenisType = Gebeurtenis['type'];

/**
 * The header of a schorsing dossier (`kop`): the school's data, validated by {@link dossierKopSchema}.
 * The policy is stored in kern's {@link Beleid} shape: only its own values, by rule id.
 */
export interface SchorsingKop {
  /** Vendor's id of the dossier. */
  readonly id: string;
  /** Role id of the pupil (`leerling-1`). */
  readonly leerling: string;
  readonly denominatie: Denominatie;
  /** The board has an advisory committee for bezwaar (Awb 7:13): 12 weeks to decide on a schorsing bezwaar. */
  readonly bezwaarcommissie?: boolean;
  /** Settings of the school's calendar (kern `schoolkalender`). */
  readonly kalender: SchoolkalenderInstellingen;
  /** Optional school policy (for example the seed preset). */
  readonly beleid?: Beleid;
  /** The pupil has an ontwikkelingsperspectief (WPO 40a): optional context. */
  readonly ontwikkelingsperspectief?: boolean;
  /** Vendor's id of the school's samenwerkingsverband passend onderwijs (`swv-po-2801`): optional context. */
  readonly samenwerkingsverband?: string;
}

/**
 * Zod schema of the header that opens a dossier (see `nieuwDossier`). A policy (`beleid`) has kern's shape:
 * its own values by rule id (`{ 'schorsing.schorsing.maxDuur': { waarde, bron } }`). Dossiers stored with a
 * policy of the old shape (a list with a copy of each rule) are migrated when read (`leesDossier`,
 * `vanOudeVorm`).
 *
 * @example
 * ```ts
 * import { dossierKopSchema } from '@schoolveiligheid/schorsing';
 * dossierKopSchema.safeParse({ id: 'd-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'midden' } }).success; //=> true
 * ```
 */
export const dossierKopSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: z.string().trim().min(1).max(80).meta({ description: "Vendor's id of the dossier." }),
      leerling: rolIdSchema().meta({ description: 'Role id of the pupil (leerling-1); never a name.' }),
      denominatie: denominatieSchema(),
      bezwaarcommissie: z.boolean().optional().meta({
        description: 'The board has an advisory committee for bezwaar (Awb 7:13): 12 weeks to decide.',
      }),
      kalender: schoolkalenderInstellingenSchema,
      beleid: z
        .object({
          id: z
            .string()
            .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
            .meta({ description: 'Stable id of the policy (seed-2018).' }),
          naam: z.string().min(1).max(200).meta({ description: 'Name of the policy document.' }),
          bron: bronSchema,
          waarden: z
            .record(
              z.string().regex(REGEL_ID_PATROON),
              z
                .object({
                  waarde: z
                    .union([z.number(), z.boolean(), z.string().max(200), duurSchema, bedragSchema])
                    .meta({ description: 'The value the policy sets for the rule.' }),
                  bron: bronSchema,
                  toelichting: z
                    .string()
                    .max(2000)
                    .optional()
                    .meta({ description: 'Why the school chose it.' }),
                })
                .meta({ description: "One value of the policy, with the policy's own source." }),
            )
            .meta({ description: 'The values the policy sets, by rule id (schorsing.schorsing.maxDuur).' }),
        })
        .optional()
        .meta({
          description: "The school's own policy on top of the statute (for example the seed preset).",
        }),
      ontwikkelingsperspectief: z.boolean().optional().meta({
        description:
          'The pupil has an ontwikkelingsperspectief (WPO 40a): a verwijdering then involves the samenwerkingsverband, and an OPP dispute can go to the Geschillencommissie (WPO 43 lid 2).',
      }),
      samenwerkingsverband: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
        .optional()
        .meta({
          description:
            "Vendor's id of the school's samenwerkingsverband passend onderwijs (swv-po-2801); never a name.",
        }),
    })
    .meta({
      description:
        'The header of a schorsing dossier: the pupil as a role id, the denominatie, the school calendar and policy.',
    }))();
