import {
  bedragSchema,
  type IsoDatum,
  isoDatumSchema,
  type RolId,
  ROLLEN,
  type Tijdstip,
  valideer,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { datumVan, eisNu, ID_PATROON, waardeOfFout } from '../bewaak.js';

const rolSchema = /* @__PURE__ */ z
  .string()
  .refine((r) => Object.hasOwn(ROLLEN, r))
  .describe("A role id from kern's ROLLEN.");

/**
 * Schema of the RI&E plan van aanpak of the seed's Bijlage 3 (Arbowet art. 5 lid 3: a plan with terms): per
 * item the knelpunt, the maatregel, the SMART doel, who coordinates (a role), who executes (roles), the target
 * date, cost and time, who is informed when, how it is evaluated, and when it was done.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { planVanAanpakSchema } from '@schoolveiligheid/monitoring';
 * valideer(planVanAanpakSchema, [{ id: 'pva-1', knelpunt: 'Trap zonder leuning', maatregel: 'Leuning plaatsen', doel: 'Leuning voor 1 maart', coordinatie: 'directeur', streefdatum: '2027-03-01' }]).ok; //=> true
 * ```
 */
export const planVanAanpakSchema = /* @__PURE__ */ z
  .array(
    /* @__PURE__ */ z
      .object({
        id: /* @__PURE__ */ z.string().regex(ID_PATROON).describe('The item id.'),
        knelpunt: /* @__PURE__ */ z.string().min(1).max(500).describe('Knelpunt (omschrijving).'),
        maatregel: /* @__PURE__ */ z.string().min(1).max(500).describe('Maatregel (te nemen actie).'),
        doel: /* @__PURE__ */ z.string().min(1).max(500).describe('Doelstelling (SMART).'),
        coordinatie: rolSchema.describe('Coördinatie: who is responsible (a role).'),
        uitvoering: /* @__PURE__ */ z
          .array(rolSchema)
          .max(10)
          .optional()
          .describe('Werkzaamheden: who executes.'),
        streefdatum: /* @__PURE__ */ isoDatumSchema.describe('Gereed: the target date.'),
        kosten: /* @__PURE__ */ bedragSchema.optional().describe('Kosten.'),
        tijdUren: /* @__PURE__ */ z.number().nonnegative().max(100_000).optional().describe('Tijd (hours).'),
        voorlichting: /* @__PURE__ */ z
          .array(
            /* @__PURE__ */ z
              .object({ rol: rolSchema, op: isoDatumSchema })
              .describe('Who is informed, when.'),
          )
          .max(20)
          .optional()
          .describe('Voorlichting: who is informed when.'),
        evaluatie: /* @__PURE__ */ z.string().max(500).optional().describe('Evaluatie: how it is evaluated.'),
        gereedOp: /* @__PURE__ */ isoDatumSchema.optional().describe('When the measure was completed.'),
      })
      .describe('One item of the plan van aanpak.'),
  )
  .max(1000)
  .describe('The RI&E plan van aanpak of Bijlage 3.');

/** A plan van aanpak of Bijlage 3. */
export type PlanVanAanpak = z.infer<typeof planVanAanpakSchema>;

/** The status of one item of the plan at `nu`. */
export interface PlanVanAanpakStatus {
  readonly id: string;
  readonly rol: RolId;
  readonly streefdatum: IsoDatum;
  readonly status: 'gereed' | 'open' | 'verlopen';
}

/**
 * The items of a plan van aanpak with their status at `nu` (done, open, overdue past the target date) and the
 * responsible role, overdue first. Throws `ONGELDIGE_INVOER` for a plan outside {@link planVanAanpakSchema},
 * `ONGELDIG_TIJDSTIP` for a bad `nu`.
 *
 * @example
 * ```ts
 * import { bewaakPlanVanAanpak } from '@schoolveiligheid/monitoring';
 * const plan = [{ id: 'pva-1', knelpunt: 'Trap', maatregel: 'Leuning', doel: 'Leuning voor 1 maart', coordinatie: 'directeur', streefdatum: '2026-03-01' }];
 * bewaakPlanVanAanpak(plan, '2026-12-02T09:00:00+01:00').map((i) => i.status); //=> ['verlopen']
 * ```
 */
export function bewaakPlanVanAanpak(plan: PlanVanAanpak, nu: Tijdstip): PlanVanAanpakStatus[] {
  const p = waardeOfFout(valideer(planVanAanpakSchema, plan), 'Het plan van aanpak');
  const vandaag = datumVan(eisNu(nu));
  const orde = { verlopen: 0, open: 1, gereed: 2 } as const;
  return p
    .map((i) => ({
      id: i.id,
      rol: i.coordinatie as RolId,
      streefdatum: i.streefdatum,
      status: (i.gereedOp
        ? 'gereed'
        : vandaag > i.streefdatum
          ? 'verlopen'
          : 'open') as PlanVanAanpakStatus['status'],
    }))
    .sort(
      (a, b) =>
        orde[a.status] - orde[b.status] ||
        (a.streefdatum < b.streefdatum ? -1 : a.streefdatum > b.streefdatum ? 1 : 0),
    );
}
