import {
  type Besluit,
  besluit,
  type IsoDatum,
  isoDatumSchema,
  type Reden,
  type Resultaat,
  valideer,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { KlachtenregelingRedenCode } from '../codes/codes.js';
import { beleidVoorBerekening, probleemVan, reden, taalUitOpties } from '../gedeeld/gedeeld.js';
import { contactpersoonNietInDirectie, regelVerantwoording } from '../regels/regels.js';

// The school-level check of the klachtenregeling's roles: who is the interne contactpersoon, and is that
// person not a member of the directie (seed art. 2 lid 1, a rule of the regeling, not of WPO art. 14). Persons
// are ids in the vendor's system, never names; the answer repeats only those ids.

const id = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100)
  .meta({
    description:
      "A person's id in the vendor's system: lower-case letters, digits and hyphens; never a name.",
  });

/**
 * Schema of a school's assignment of the klachtenregeling's roles: the members of the directie and the
 * interne contactpersonen (the aanspreekpunt bij klachten; PROO calls the role "interne vertrouwenspersoon"),
 * by id, and whether the school can call on an externe vertrouwenspersoon (seed art. 3; outside the school, so
 * only a yes or no).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { rollenSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(rollenSchema, { peildatum: '2026-12-02', directie: ['p-1'], contactpersonen: ['p-2'], externeVertrouwenspersoon: true }).ok; //=> true
 * ```
 */
export const rollenSchema = /* @__PURE__ */ z
  .object({
    peildatum: isoDatumSchema,
    directie: /* @__PURE__ */ z
      .array(id)
      .max(100)
      .meta({ description: 'The members of the school management (directie), by id.' }),
    contactpersonen: /* @__PURE__ */ z
      .array(id)
      .max(100)
      .meta({ description: 'The interne contactpersonen (aanspreekpunt bij klachten), by id.' }),
    externeVertrouwenspersoon: /* @__PURE__ */ z.boolean().meta({
      description:
        'The school can call on an externe vertrouwenspersoon (seed art. 3; in the seed: the GGD).',
    }),
  })
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

/**
 * Checks a school's roles under its klachtenregeling, as a decision with reasons: at least one interne
 * contactpersoon, an externe vertrouwenspersoon (seed art. 3), and no contactpersoon who is a member of the
 * directie (rule
 * `klachtenregeling.contactpersoon.nietInDirectie`, seed art. 2 lid 1, `secundair`: the regeling's rule, WPO
 * art. 14 knows no contact person). A policy that sets the rule to `false` turns the finding into a reason
 * without failing the check. Bad input gives coded problems (Dutch, or English with `{ taal: 'en' }`).
 *
 * @example
 * ```ts
 * import { controleerRollen } from '@schoolveiligheid/klachtenregeling';
 * const r = controleerRollen({ peildatum: '2026-12-02', directie: ['p-1'], contactpersonen: ['p-1'], externeVertrouwenspersoon: true });
 * r.ok && r.waarde.uitkomst; //=> { voldoet: false, contactpersonen: 1, inDirectie: ['p-1'] }
 * r.ok && r.waarde.redenen.map((x) => x.code); //=> ['CONTACTPERSOON_BELEGD', 'CONTACTPERSOON_IN_DIRECTIE', 'VERTROUWENSPERSOON_BELEGD']
 * ```
 */
export function controleerRollen(
  rollen: unknown,
  opties?: { readonly beleid?: unknown; readonly taal?: 'nl' | 'en' },
): Resultaat<Besluit<RollenControle, KlachtenregelingRedenCode>> {
  const taal = taalUitOpties(opties);
  if (opties !== undefined && (typeof opties !== 'object' || opties === null || Array.isArray(opties)))
    return { ok: false, problemen: [probleemVan('OPTIES_ONGELDIG', [], taal)] };
  const gelezen = valideer(rollenSchema, rollen, { taal });
  if (!gelezen.ok) return gelezen;
  const beleid = beleidVoorBerekening(opties?.beleid);
  if (!beleid.ok) return beleid;
  const { peildatum, directie, contactpersonen, externeVertrouwenspersoon } = gelezen.waarde;
  const regel = zoekWaardeVoor(contactpersoonNietInDirectie, peildatum as IsoDatum, beleid.waarde);
  if (regel === undefined)
    return { ok: false, problemen: [probleemVan('DATUM_BUITEN_BEREIK', ['peildatum'], taal)] };
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
  const voldoet =
    personen.length > 0 && (inDirectie.length === 0 || !regel.waarde) && externeVertrouwenspersoon;
  return {
    ok: true,
    waarde: besluit(
      { voldoet, contactpersonen: personen.length, inDirectie },
      redenen,
      regelVerantwoording(),
    ),
  };
}
