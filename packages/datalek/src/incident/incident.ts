import { epochMs, isTijdstip, type Resultaat, tijdstipSchema, valideer } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { zonderOngedefinieerd } from '../bewaak.js';
import { PROBLEEM_CODES } from '../codes/codes.js';
import { DATALEK_ROLLEN, INCIDENT_KEUZES as keuze, INCIDENT_LENGTES as lengte } from './begrippen.js';

/**
 * Zod schema of a {@link DatalekRol}: a role id of kern's vocabulary that the datalek procedure uses.
 *
 * @example
 * ```ts
 * import { rolSchema } from '@schoolveiligheid/datalek';
 * rolSchema.safeParse('bevoegd-gezag').success; //=> true
 * rolSchema.safeParse('conciërge').success; //=> false
 * ```
 */
export const rolSchema = /* @__PURE__ */ (() =>
  z.enum(DATALEK_ROLLEN).meta({ description: 'A role in the datalek procedure (a role id of kern).' }))();

const janeeOnbekend = /* @__PURE__ */ (() => z.enum(keuze.janee))();

/** `ja`, `nee` or `onbekend`: an unknown fact counts towards reporting (AP: "bij twijfel melden"). */
export type JaNeeOnbekend = z.infer<typeof janeeOnbekend>;

const id = /* @__PURE__ */ (() => z.string().min(1).max(lengte.id))();

/**
 * Zod schema of a security incident (beveiligingsincident) as the seed's Stap 2 registers it, plus what the
 * AVG risk assessment needs. People appear by role and id only; free text (`omschrijving`) is stored but
 * never repeated in any message of the SDK.
 *
 * @example
 * ```ts
 * import { beveiligingsincidentSchema } from '@schoolveiligheid/datalek';
 * const r = beveiligingsincidentSchema.safeParse({ id: 'inc-1' });
 * r.success; //=> false
 * ```
 */
export const beveiligingsincidentSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: id.meta({ description: 'Id of the incident in the school register.' }),
      melder: z
        .object({ rol: rolSchema, id })
        .meta({ description: 'Who reported it, by role and id (medewerker, medewerker-7).' }),
      ontdektOp: tijdstipSchema.meta({
        description:
          'When a staff member of the school discovered it: the 72 hours run from here (EDPB 9/2022, conservative).',
      }),
      voorgevallenOp: tijdstipSchema
        .optional()
        .meta({ description: 'When the breach itself happened, if known (AP form question 28).' }),
      soort: z.enum(keuze.soort).meta({ description: 'What kind of incident.' }),
      omschrijving: z
        .string()
        .max(lengte.omschrijving)
        .meta({ description: 'Free description: stored, never repeated in a message.' }),
      locatie: z.string().max(lengte.locatie).optional().meta({ description: 'Where it happened.' }),
      hardwareTag: z
        .string()
        .max(lengte.hardwareTag)
        .optional()
        .meta({ description: 'Asset tag of the device concerned.' }),
      software: z.string().max(lengte.software).optional().meta({ description: 'The software concerned.' }),
      persoonsgegevens: janeeOnbekend.meta({ description: 'Are personal data involved?' }),
      inbreuk: z.array(z.enum(keuze.inbreuk)).meta({
        description:
          'The kinds of breach: confidentiality, integrity, availability (EDPB 9/2022), or onbekend (counts as all three).',
      }),
      categorieen: z.array(z.enum(keuze.categorie)).meta({
        description: 'The data categories involved; onbekend counts as data of a sensitive nature.',
      }),
      betrokkenen: z
        .object({
          groepen: z.array(z.enum(keuze.groep)).meta({ description: 'Groups of data subjects.' }),
          kwetsbaar: z.union([z.boolean(), z.literal('onbekend')]).meta({
            description: 'Children or otherwise vulnerable people (AVG recital 75); onbekend counts as yes.',
          }),
          aantal: z
            .number()
            .int()
            .nonnegative()
            .meta({ description: 'Approximate number of data subjects: the scale of the breach.' }),
          aantalRecords: z
            .number()
            .int()
            .nonnegative()
            .optional()
            .meta({ description: 'Approximate number of records.' }),
        })
        .meta({ description: 'The data subjects.' }),
      versleuteling: z.enum(keuze.versleuteling).meta({
        description: 'Encryption or hashing of the data concerned, outdated or to the state of the art.',
      }),
      sleutelGecompromitteerd: janeeOnbekend.meta({ description: 'Is the key (or password) compromised?' }),
      backupAanwezig: z.boolean().meta({ description: 'Is there a recent backup?' }),
      gegevensIntact: z.boolean().optional().meta({
        description:
          'The school verified that it still holds the data complete and unaltered (apart from any backup).',
      }),
      onbeschikbaarUren: z.number().nonnegative().optional().meta({
        description:
          'How long the data were (or will be) unavailable, in hours; absent when unknown or lost for good.',
      }),
      gevolgOnbeschikbaarheid: z.enum(keuze.gevolg).optional().meta({
        description:
          'What the unavailability caused: nothing, hindrance, or care or support of a pupil delayed.',
      }),
      toegangUitgesloten: janeeOnbekend.meta({ description: 'Can unauthorised access be excluded?' }),
      ontvangerBetrouwbaarVerwijderd: z.boolean().meta({
        description:
          'Release 0.1 shape: a trustworthy recipient confirmed deletion. Read only when `ontvanger` is absent.',
      }),
      ontvanger: z
        .object({
          soort: z.enum(keuze.ontvanger).meta({ description: 'Who received the data.' }),
          bereik: z.enum(keuze.bereik).meta({ description: 'How widely the data were disclosed.' }),
          verwijderingBevestigd: z
            .boolean()
            .meta({ description: 'The recipient confirmed that the data were deleted.' }),
        })
        .optional()
        .meta({ description: 'Who received data disclosed by mistake, how widely, and confirmed deletion.' }),
      aanwijzingMisbruik: janeeOnbekend.meta({
        description:
          'Evidence of malicious intent (theft, hacking, data offered online). Release 0.1 also entered exfiltration here.',
      }),
      exfiltratie: z.enum(keuze.exfiltratie).optional().meta({
        description: 'Were the data copied out of the school’s control: uitgesloten, mogelijk or bevestigd.',
      }),
      identificeerbaarheid: z.enum(keuze.identificeerbaarheid).optional().meta({
        description:
          'How easily the data subjects can be identified (ENISA levels); absent: directly (maximaal).',
      }),
      maatregelen: z
        .array(z.string().max(lengte.maatregel))
        .meta({ description: 'Mitigations already taken (stored, never echoed).' }),
      hoogRisicoWeggenomen: z
        .boolean()
        .optional()
        .meta({ description: 'AVG 34(3)(b): follow-up measures make the high risk no longer likely.' }),
      onevenredigeInspanning: z.boolean().optional().meta({
        description: 'AVG 34(3)(c): informing each data subject would take disproportionate effort.',
      }),
      zwaarwegendeRedenen: z.boolean().optional().meta({
        description:
          'Seed Stap 4 only: weighty reasons not to inform (the safety of others). Not an AVG exception.',
      }),
    })
    .superRefine((inc, ctx) => {
      // zod runs this refinement even when a field already failed: compare only two valid instants
      // (issue 8: a stored `voorgevallenOp: '2026-02-30T10:00:00Z'` made the schema throw)
      if (
        isTijdstip(inc.voorgevallenOp) &&
        isTijdstip(inc.ontdektOp) &&
        epochMs(inc.voorgevallenOp) > epochMs(inc.ontdektOp)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['voorgevallenOp'],
          message: 'voorgevallen na ontdekking',
          params: {
            code: 'VOORGEVALLEN_NA_ONTDEKKING',
            melding: PROBLEEM_CODES.VOORGEVALLEN_NA_ONTDEKKING,
          },
        });
      }
    })
    .overwrite(zonderOngedefinieerd)
    .meta({
      description:
        'A security incident (beveiligingsincident) as the school registers it (seed C.6 Stap 2), with what the AVG risk assessment needs. People appear by role and id only.',
    }))();

/** A security incident; see {@link beveiligingsincidentSchema}. */
export type Beveiligingsincident = z.infer<typeof beveiligingsincidentSchema>;

/**
 * Validates an incident registration and returns coded Dutch problems (never echoing the input).
 *
 * @example
 * ```ts
 * import { valideerIncident } from '@schoolveiligheid/datalek';
 * const r = valideerIncident({ id: 'inc-1', melder: { rol: 'conciërge', id: 'x' } });
 * r.ok; //=> false
 * r.ok ? [] : r.problemen.some((p) => p.pad.join('.') === 'melder.rol'); //=> true
 * ```
 */
export function valideerIncident(invoer: unknown): Resultaat<Beveiligingsincident> {
  return valideer(beveiligingsincidentSchema, invoer);
}
