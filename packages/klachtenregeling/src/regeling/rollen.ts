import {
  type Beleid,
  type Besluit,
  besluit,
  type IsoDatum,
  isoDatumSchema,
  type Reden,
  type Resultaat,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { KlachtenregelingRedenCode } from '../codes/codes.js';
import { leesControle, probleemVan, reden } from '../gedeeld/gedeeld.js';
import {
  contactpersoonNietInDirectie,
  regelVerantwoording,
  vertrouwenspersoonPersoneel,
} from '../regels/regels.js';

// The school-level check of the klachtenregeling's roles: who is the interne contactpersoon, and is that
// person not a member of the directie (seed art. 2 lid 1, a rule of the regeling, not of WPO art. 14). Persons
// are ids in the vendor's system, never names; the answer repeats only those ids.

/** A person's id in the vendor's system (also read by the regeling check). */
export const persoonId = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100)
  .meta({
    description:
      "A person's id in the vendor's system: lower-case letters, digits and hyphens; never a name.",
  });

/** The fields of a role assignment, shared by {@link rollenSchema} and the regeling's strict schema. */
export const rolVelden = {
  directie: /* @__PURE__ */ z
    .array(persoonId)
    .max(100)
    .meta({ description: 'The members of the school management (directie), by id.' }),
  contactpersonen: /* @__PURE__ */ z
    .array(persoonId)
    .max(100)
    .meta({ description: 'The interne contactpersonen (aanspreekpunt bij klachten), by id.' }),
  externeVertrouwenspersoon: /* @__PURE__ */ z.boolean().meta({
    description: 'The school can call on an externe vertrouwenspersoon (seed art. 3; in the seed: the GGD).',
  }),
  vertrouwenspersoonPersoneel: /* @__PURE__ */ z.boolean().optional().meta({
    description:
      'Staff can turn to an internal vertrouwenspersoon (seed: the vertrouwenspersoon voor personeel). Optional: inputs stored before the field existed give the same answers.',
  }),
};

/**
 * Schema of a school's assignment of the klachtenregeling's roles: the members of the directie and the
 * interne contactpersonen (the aanspreekpunt bij klachten; PROO calls the role "interne vertrouwenspersoon"),
 * by id, whether the school can call on an externe vertrouwenspersoon (seed art. 3; outside the school, so
 * only a yes or no) and, optionally, whether staff have an internal vertrouwenspersoon (seed, Taken en functies).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { rollenSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(rollenSchema, { peildatum: '2026-12-02', directie: ['p-1'], contactpersonen: ['p-2'], externeVertrouwenspersoon: true }).ok; //=> true
 * ```
 */
export const rollenSchema = /* @__PURE__ */ z
  .object({ peildatum: isoDatumSchema, ...rolVelden })
  .meta({ description: "A school's assignment of the klachtenregeling's roles (seed art. 2), by id." });

/** Input of {@link controleerRollen}. */
export type Rollen = z.infer<typeof rollenSchema>;

/** Outcome of {@link controleerRollen}. */
export interface RollenControle {
  /** The roles meet the regeling (the policy's version of it, when one is given). */
  readonly voldoet: boolean;
  /** How many distinct interne contactpersonen the school has. */
  readonly contactpersonen: number;
  /** The ids of the contactpersonen who are also members of the directie. */
  readonly inDirectie: readonly string[];
}

/** The role fields as read (without the peildatum). */
export type RolToewijzing = Omit<Rollen, 'peildatum'>;

/**
 * The roles check on input already read: `undefined` when the registry has no rule at `peildatum`. Shared
 * with the regeling check, so both give the same answer on the same roles.
 */
export function beoordeelRollen(
  rollen: RolToewijzing,
  peildatum: IsoDatum,
  beleid: Beleid | undefined,
): { uitkomst: RollenControle; redenen: Reden<KlachtenregelingRedenCode>[] } | undefined {
  const regel = zoekWaardeVoor(contactpersoonNietInDirectie, peildatum, beleid);
  const personeelRegel = zoekWaardeVoor(vertrouwenspersoonPersoneel, peildatum, beleid);
  if (regel === undefined || personeelRegel === undefined) return undefined;
  const { directie, contactpersonen, externeVertrouwenspersoon } = rollen;
  const personen = [...new Set(contactpersonen)];
  const leiding = new Set(directie);
  const inDirectie = personen.filter((p) => leiding.has(p));
  const redenen: Reden<KlachtenregelingRedenCode>[] = [];
  redenen.push(
    personen.length > 0
      ? reden('CONTACTPERSOON_BELEGD', { aantal: personen.length })
      : reden('GEEN_CONTACTPERSOON'),
  );
  if (inDirectie.length === 0) {
    if (personen.length > 0) redenen.push(reden('CONTACTPERSOON_NIET_IN_DIRECTIE'));
  } else if (regel.waarde) {
    redenen.push(reden('CONTACTPERSOON_IN_DIRECTIE', { aantal: inDirectie.length }, regel.bron));
  } else {
    redenen.push(reden('CONTACTPERSOON_IN_DIRECTIE_BELEID', { aantal: inDirectie.length }, regel.bron));
  }
  redenen.push(reden(externeVertrouwenspersoon ? 'VERTROUWENSPERSOON_BELEGD' : 'GEEN_VERTROUWENSPERSOON'));
  // The vertrouwenspersoon for staff: a reason only when the input says something or the policy asks for
  // one, so inputs stored before the field existed keep their answer.
  const personeel = rollen.vertrouwenspersoonPersoneel;
  const personeelOntbreekt = personeelRegel.waarde && personeel !== true;
  if (personeel === true) redenen.push(reden('VERTROUWENSPERSOON_PERSONEEL_BELEGD'));
  else if (personeelRegel.waarde)
    redenen.push(reden('GEEN_VERTROUWENSPERSOON_PERSONEEL', undefined, personeelRegel.bron));
  else if (personeel === false)
    redenen.push(reden('VERTROUWENSPERSOON_PERSONEEL_NIET_VEREIST', undefined, personeelRegel.bron));
  const voldoet =
    personen.length > 0 &&
    (inDirectie.length === 0 || !regel.waarde) &&
    externeVertrouwenspersoon &&
    !personeelOntbreekt;
  return { uitkomst: { voldoet, contactpersonen: personen.length, inDirectie }, redenen };
}

/**
 * Checks a school's roles under its klachtenregeling, as a decision with reasons: at least one interne
 * contactpersoon, an externe vertrouwenspersoon (seed art. 3), and no contactpersoon who is a member of the
 * directie (rule `klachtenregeling.contactpersoon.nietInDirectie`, seed art. 2 lid 1, `secundair`: the
 * regeling's rule, WPO art. 14 knows no contact person). A policy that sets that rule to `false` turns the
 * finding into a reason without failing the check. The vertrouwenspersoon for staff
 * (`vertrouwenspersoonPersoneel`, rule `klachtenregeling.vertrouwenspersoon.personeel`): the law asks none
 * (`interpretatie`), the seed preset does; without the field and without such a policy nothing changes. Bad
 * input gives coded problems (Dutch, or English with `{ taal: 'en' }`).
 *
 * @example
 * ```ts
 * import { controleerRollen, SEED_2018_BELEID } from '@schoolveiligheid/klachtenregeling';
 * const r = controleerRollen({ peildatum: '2026-12-02', directie: ['p-1'], contactpersonen: ['p-1'], externeVertrouwenspersoon: true });
 * r.ok && r.waarde.uitkomst; //=> { voldoet: false, contactpersonen: 1, inDirectie: ['p-1'] }
 * r.ok && r.waarde.redenen.map((x) => x.code); //=> ['CONTACTPERSOON_BELEGD', 'CONTACTPERSOON_IN_DIRECTIE', 'VERTROUWENSPERSOON_BELEGD']
 * const s = controleerRollen({ peildatum: '2026-12-02', directie: ['p-1'], contactpersonen: ['p-2'], externeVertrouwenspersoon: true, vertrouwenspersoonPersoneel: false }, { beleid: SEED_2018_BELEID });
 * s.ok && s.waarde.redenen.at(-1)?.code; //=> 'GEEN_VERTROUWENSPERSOON_PERSONEEL'
 * ```
 */
export function controleerRollen(
  rollen: unknown,
  opties?: { readonly beleid?: unknown; readonly taal?: 'nl' | 'en' },
): Resultaat<Besluit<RollenControle, KlachtenregelingRedenCode>> {
  const gelezen = leesControle(rollenSchema, rollen, opties);
  if (!gelezen.ok) return gelezen;
  const { invoer, beleid, taal } = gelezen.waarde;
  const { peildatum, ...toewijzing } = invoer;
  const b = beoordeelRollen(toewijzing, peildatum as IsoDatum, beleid);
  if (b === undefined)
    return { ok: false, problemen: [probleemVan('DATUM_BUITEN_BEREIK', ['peildatum'], taal)] };
  return { ok: true, waarde: besluit(b.uitkomst, b.redenen, regelVerantwoording()) };
}
