import {
  bronSchema,
  duurSchema,
  isoDatumSchema,
  schoolkalenderInstellingenSchema,
} from '@schoolveiligheid/kern';
import { z } from 'zod';
import { schoolpleinverbodSchema } from '../schoolpleinverbod/schoolpleinverbod.js';

const rolId = () => z.string().regex(/^[a-z]+-[0-9a-z-]+$/, { message: 'rol-id' });

/**
 * Who takes part in a talk or hearing.
 *
 * @example
 * ```ts
 * import { DEELNEMERS } from '@schoolveiligheid/schorsing';
 * DEELNEMERS.includes('leerkracht'); //=> true
 * ```
 */
export const DEELNEMERS = ['leerling', 'ouders', 'leerkracht', 'directeur', 'bevoegd-gezag'] as const;

/**
 * Zod schema of every dossier event: a discriminated union on `type`.
 *
 * @example
 * ```ts
 * import { gebeurtenisSchema } from '@schoolveiligheid/schorsing';
 * gebeurtenisSchema.safeParse({ type: 'gpo-oordeel', datum: '2026-06-01' }).success; //=> true
 * gebeurtenisSchema.safeParse({ type: 'onbekend', datum: '2026-06-01' }).success; //=> false
 * ```
 */
export const gebeurtenisSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    /** A talk or hearing (seed step 1; WPO 40 lid 11; hearing on bezwaar). */
    z.object({
      type: z.literal('gesprek'),
      datum: isoDatumSchema,
      onderwerp: z.enum(['schorsing', 'verwijdering', 'bezwaar']),
      deelnemers: z.array(z.enum(DEELNEMERS)).min(1),
    }),
    /** The board decides to suspend the pupil. */
    z.object({
      type: z.literal('schorsing-besloten'),
      datum: isoDatumSchema,
      ingangsdatum: isoDatumSchema,
      duur: duurSchema,
    }),
    /** The schorsing letter is sent to the parents (WPO 40c lid 2): the bekendmaking. */
    z.object({ type: z.literal('schorsingsbrief-verzonden'), datum: isoDatumSchema }),
    /** The inspectie or the leerplichtambtenaar was told, with the inspectie's registration number. */
    z.object({
      type: z.literal('melding'),
      datum: isoDatumSchema,
      aan: z.enum(['inspectie', 'leerplichtambtenaar']),
      betreft: z.enum(['schorsing', 'verwijdering']),
      registratienummer: z.string().trim().min(1).max(40).optional(),
    }),
    /** Schoolwork during the schorsing is arranged (seed step 5). */
    z.object({ type: z.literal('schoolwerk-geregeld'), datum: isoDatumSchema }),
    /** The documented, research-based file is in place. */
    z.object({ type: z.literal('onderzoeksdossier-vastgelegd'), datum: isoDatumSchema }),
    /** The voornemen tot verwijdering is made known in writing with reasons. */
    z.object({ type: z.literal('voornemen-verwijdering'), datum: isoDatumSchema }),
    /** Another school agreed to admit the pupil. */
    z.object({
      type: z.literal('ontvangende-school'),
      datum: isoDatumSchema,
      schoolId: rolId(),
      schriftelijkBevestigd: z.boolean(),
      bereidPer: isoDatumSchema,
    }),
    /** The definitive verwijdering decision, made known on `datum`. */
    z.object({
      type: z.literal('verwijdering-besloten'),
      datum: isoDatumSchema,
      verwijderingsdatum: isoDatumSchema,
    }),
    /** The parents' bezwaar was received. */
    z.object({
      type: z.literal('bezwaar-ingediend'),
      datum: isoDatumSchema,
      tegen: z.enum(['schorsing', 'verwijdering']),
      /** Postmark date when the bezwaar came by post (Awb 6:9 lid 2, openbare school). */
      terPost: isoDatumSchema.optional(),
    }),
    /** The parents put the verwijdering to the Geschillencommissie passend onderwijs. */
    z.object({ type: z.literal('geschil-gpo-ingediend'), datum: isoDatumSchema }),
    /** The commission's oordeel (an advice, not binding). */
    z.object({ type: z.literal('gpo-oordeel'), datum: isoDatumSchema }),
    /** The board adjourned its decision on the bezwaar in writing (Awb 7:10 lid 3; openbare school, schorsing). */
    z.object({
      type: z.literal('beslissing-verdaagd'),
      datum: isoDatumSchema,
      tegen: z.enum(['schorsing', 'verwijdering']),
    }),
    /** The board's decision on the bezwaar. */
    z.object({
      type: z.literal('beslissing-op-bezwaar'),
      datum: isoDatumSchema,
      tegen: z.enum(['schorsing', 'verwijdering']),
      uitkomst: z.enum(['gehandhaafd', 'herroepen']),
    }),
    /** A crisisplaats (for example at an SBO school), instead of or next to schorsing/verwijdering. */
    z.object({
      type: z.literal('crisisplaatsing'),
      datum: isoDatumSchema,
      route: z.enum(['in-plaats-van', 'naast']),
      schoolId: rolId(),
    }),
    /** The crisisplaatsing ends, with where the pupil goes. */
    z.object({
      type: z.literal('crisisplaatsing-beeindigd'),
      datum: isoDatumSchema,
      vervolg: z.enum(['terug-naar-school', 'andere-reguliere-school', 'sbo-of-so']),
    }),
    /** A school(plein)verbod for a parent. */
    z.object({
      type: z.literal('schoolpleinverbod'),
      datum: isoDatumSchema,
      verbod: schoolpleinverbodSchema,
    }),
    /** The wijkagent was told about the latest schoolpleinverbod. */
    z.object({ type: z.literal('wijkagent-geinformeerd'), datum: isoDatumSchema, kopieBrief: z.boolean() }),
  ]))();

/** One event in a schorsing/verwijdering dossier. */
export type Gebeurtenis = z.output<typeof gebeurtenisSchema>;

/** The `type` of a {@link Gebeurtenis}. */
export type GebeurtenisType = Gebeurtenis['type'];

const regelSchema = () =>
  z.object({
    id: z.string(),
    omschrijving: z.string(),
    strenger: z.enum(['lager', 'hoger', 'exact']),
    waarden: z.array(z.object({ geldigVanaf: isoDatumSchema, waarde: z.unknown(), bron: bronSchema })),
  });

/**
 * Zod schema of the data that opens a dossier (see `nieuwDossier`).
 *
 * @example
 * ```ts
 * import { dossierKopSchema } from '@schoolveiligheid/schorsing';
 * dossierKopSchema.safeParse({ id: 'd-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'midden' } }).success; //=> true
 * ```
 */
export const dossierKopSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Vendor's id of the dossier. */
    id: z.string().trim().min(1).max(80),
    /** Role id of the pupil (`leerling-1`). */
    leerling: rolId(),
    denominatie: z.enum(['openbaar', 'bijzonder']),
    /** The board has an advisory committee for bezwaar (Awb 7:13): 12 weeks to decide on a schorsing bezwaar. */
    bezwaarcommissie: z.boolean().optional(),
    /** Settings of the school's calendar (kern `schoolkalender`). */
    kalender: schoolkalenderInstellingenSchema,
    /** Optional school policy (for example the seed preset). */
    beleid: z
      .object({
        id: z.string(),
        naam: z.string(),
        bron: bronSchema,
        waarden: z.array(
          z.object({
            regel: regelSchema(),
            waarde: z.unknown(),
            bron: bronSchema,
            toelichting: z.string().optional(),
          }),
        ),
      })
      .optional(),
  }))();
