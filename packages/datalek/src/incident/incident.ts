import { epochMs, type Resultaat, tijdstipSchema, valideer } from '@schoolveiligheid/kern';
import { z } from 'zod';
import {
  BETROKKENENGROEPEN,
  GEGEVENSCATEGORIEEN,
  INBREUKSOORTEN,
  INCIDENTSOORTEN,
  ROLLEN,
} from './begrippen.js';

/**
 * Zod schema of a {@link Rol}.
 *
 * @example
 * ```ts
 * import { rolSchema } from '@schoolveiligheid/datalek';
 * rolSchema.safeParse('college-van-bestuur').success; //=> true
 * rolSchema.safeParse('conciërge').success; //=> false
 * ```
 */
export const rolSchema = /* @__PURE__ */ (() => z.enum(ROLLEN))();

const janeeOnbekend = /* @__PURE__ */ (() => z.enum(['ja', 'nee', 'onbekend']))();

/** `ja`, `nee` or `onbekend`: an unknown fact counts towards reporting (AP: "bij twijfel melden"). */
export type JaNeeOnbekend = z.infer<typeof janeeOnbekend>;

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
      id: z.string().min(1).max(64),
      /** Who reported it, by role and id (`medewerker`, `medewerker-7`). */
      melder: z.object({ rol: rolSchema, id: z.string().min(1).max(64) }),
      /** When a staff member of the school discovered it: the 72 hours run from here (EDPB 9/2022, conservative). */
      ontdektOp: tijdstipSchema,
      /** When the breach itself happened, if known (AP form vraag 28). */
      voorgevallenOp: tijdstipSchema.optional(),
      soort: z.enum(INCIDENTSOORTEN),
      omschrijving: z.string().max(4000),
      locatie: z.string().max(200).optional(),
      hardwareTag: z.string().max(64).optional(),
      software: z.string().max(200).optional(),
      /** Are personal data involved? */
      persoonsgegevens: janeeOnbekend,
      inbreuk: z.array(z.enum(INBREUKSOORTEN)),
      categorieen: z.array(z.enum(GEGEVENSCATEGORIEEN)),
      betrokkenen: z.object({
        groepen: z.array(z.enum(BETROKKENENGROEPEN)),
        /** Children or otherwise vulnerable people (AVG overweging 75). */
        kwetsbaar: z.boolean(),
        /** Approximate number of data subjects. */
        aantal: z.number().int().nonnegative(),
        /** Approximate number of records. */
        aantalRecords: z.number().int().nonnegative().optional(),
      }),
      /** Encryption of the data concerned. */
      versleuteling: z.enum(['geen', 'verouderd', 'stand-der-techniek']),
      /** Is the key (or password) compromised? */
      sleutelGecompromitteerd: janeeOnbekend,
      backupAanwezig: z.boolean(),
      /** How long the data were (or will be) unavailable, in hours; absent when not known or lost for good. */
      onbeschikbaarUren: z.number().nonnegative().optional(),
      /** Can unauthorised access be excluded? */
      toegangUitgesloten: janeeOnbekend,
      /** A trustworthy recipient (a wrong but known colleague school, say) confirmed deletion. */
      ontvangerBetrouwbaarVerwijderd: z.boolean(),
      /** Evidence of exfiltration or malicious intent (theft, hacking, data offered online). */
      aanwijzingMisbruik: janeeOnbekend,
      /** Mitigations already taken (stored, never echoed). */
      maatregelen: z.array(z.string().max(500)),
      /** AVG 34(3)(b): follow-up measures make the high risk no longer likely. */
      hoogRisicoWeggenomen: z.boolean().optional(),
      /** AVG 34(3)(c): informing each data subject would take disproportionate effort. */
      onevenredigeInspanning: z.boolean().optional(),
      /** Seed Stap 4 only: weighty reasons not to inform (the safety of others). Not an AVG exception. */
      zwaarwegendeRedenen: z.boolean().optional(),
    })
    .superRefine((inc, ctx) => {
      if (inc.voorgevallenOp && epochMs(inc.voorgevallenOp) > epochMs(inc.ontdektOp)) {
        ctx.addIssue({
          code: 'custom',
          path: ['voorgevallenOp'],
          message: 'voorgevallen na ontdekking',
          params: {
            code: 'VOORGEVALLEN_NA_ONTDEKKING',
            melding: 'Het incident kan niet na de ontdekking zijn voorgevallen.',
          },
        });
      }
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
