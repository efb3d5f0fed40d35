import {
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
  aansluitingVerplicht,
  eenCommissieRoute,
  regelVerantwoording,
  schoolgidsGegevens,
  schoolgidsKlachtenregeling,
} from '../regels/regels.js';
import { beoordeelRollen, persoonId, type RollenControle, rolVelden } from './rollen.js';

// The school-level check of the whole klachtenregeling: its roles (as controleerRollen), the one commission
// route it chooses (the landelijke klachtencommissie it is affiliated with, or its own; never both, never the
// landelijke as an appeal) and what its schoolgids says about it (WPO art. 13 lid 1 onder f; the seed's
// regeling asks for the names and the commission's address). Decisions as small tables of sourced rules.

/**
 * Strict schema of a school's klachtenregeling as the SDK checks it: the roles (as in {@link rollenSchema},
 * without the peildatum), the commission route and what the schoolgids names. Persons are ids, never names;
 * everything else is a yes or no. Unknown fields are refused.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { regelingSchema } from '@schoolveiligheid/klachtenregeling';
 * const r = valideer(regelingSchema, {
 *   peildatum: '2026-12-03',
 *   rollen: { directie: ['p-1'], contactpersonen: ['p-2'], externeVertrouwenspersoon: true },
 *   klachtencommissie: { landelijk: true, eigen: false, beroepBijLandelijke: false },
 *   schoolgids: { klachtenregeling: true, contactpersonen: ['p-2'], vertrouwenspersoon: true, adresKlachtencommissie: true },
 * });
 * r.ok; //=> true
 * ```
 */
export const regelingSchema = /* @__PURE__ */ z
  .strictObject({
    peildatum: isoDatumSchema,
    rollen: /* @__PURE__ */ z
      .strictObject(rolVelden)
      .meta({ description: "The regeling's roles, by id (as rollenSchema, without the peildatum)." }),
    klachtencommissie: /* @__PURE__ */ z
      .strictObject({
        landelijk: /* @__PURE__ */ z.boolean().meta({
          description:
            'The regeling sends complaints to the landelijke klachtencommissie the board is affiliated with.',
        }),
        eigen: /* @__PURE__ */ z.boolean().meta({
          description: 'The regeling sets up its own klachtencommissie (WPO art. 14 lid 2 onder a, lid 4).',
        }),
        beroepBijLandelijke: /* @__PURE__ */ z.boolean().meta({
          description:
            'The regeling lets a complainant go to the landelijke klachtencommissie after its own commission has ruled.',
        }),
      })
      .meta({ description: 'The commission route the regeling chooses.' }),
    schoolgids: /* @__PURE__ */ z
      .strictObject({
        klachtenregeling: /* @__PURE__ */ z.boolean().meta({
          description: 'The schoolgids informs about the klachtenregeling (WPO art. 13 lid 1 onder f).',
        }),
        contactpersonen: /* @__PURE__ */ z.array(persoonId).max(100).meta({
          description: 'The persons the schoolgids names as interne contactpersoon, by id.',
        }),
        vertrouwenspersoon: /* @__PURE__ */ z.boolean().meta({
          description: 'The schoolgids names the (externe) vertrouwenspersoon.',
        }),
        adresKlachtencommissie: /* @__PURE__ */ z.boolean().meta({
          description: 'The schoolgids gives the address of the klachtencommissie.',
        }),
      })
      .meta({
        description: 'What the schoolgids says about the klachtenregeling (no names: ids and yes/no).',
      }),
  })
  .meta({
    description:
      "A school's klachtenregeling: roles, commission route and schoolgids (WPO art. 13 and 14; seed Klachtenregeling).",
  });

/** Input of {@link controleerRegeling}. */
export type Regeling = z.infer<typeof regelingSchema>;

/** The commission route a regeling chooses; `meer-routes` when it names more than one or an appeal. */
export type KlachtencommissieRoute = 'landelijk' | 'eigen' | 'geen' | 'meer-routes';

/** What a schoolgids can lack. */
export type SchoolgidsGegeven =
  | 'klachtenregeling'
  | 'contactpersoon'
  | 'vertrouwenspersoon'
  | 'adresKlachtencommissie';

/** Outcome of {@link controleerRegeling}. */
export interface RegelingControle {
  /** Roles, commission route and schoolgids all meet the law and the policy given. */
  readonly voldoet: boolean;
  /** The roles, as {@link controleerRollen} answers for the same roles. */
  readonly rollen: RollenControle;
  /** The commission route. */
  readonly klachtencommissie: { readonly voldoet: boolean; readonly route: KlachtencommissieRoute };
  /**
   * The schoolgids: what it lacks (whether or not the law or the policy asks for it) and the ids it names as
   * contactpersoon who are not an interne contactpersoon.
   */
  readonly schoolgids: {
    readonly voldoet: boolean;
    readonly ontbreekt: readonly SchoolgidsGegeven[];
    readonly nietContactpersoon: readonly string[];
  };
}

type R = Reden<KlachtenregelingRedenCode>;

/**
 * Checks a school's klachtenregeling as a decision with reasons, on top of {@link controleerRollen}:
 *
 * - **Roles**: the same answer as `controleerRollen` (contactpersoon not in the directie, externe and, when
 *   the policy asks, an internal vertrouwenspersoon for staff).
 * - **One commission route** (rule `klachtenregeling.klachtencommissie.eenRoute`, LKC, `secundair`): the
 *   landelijke klachtencommissie the board is affiliated with, or its own commission (WPO art. 14 lid 2 onder
 *   a); never both, never the landelijke as an appeal after its own. No commission at all fails
 *   (`GEEN_KLACHTENCOMMISSIE`).
 * - **Affiliation** (rule `klachtenregeling.klachtencommissie.aansluitingVerplicht`): the law does not require
 *   it (WPO art. 14 read in full; lid 3 is about replacing other regulations); the seed preset does.
 * - **Schoolgids**: information about the klachtenregeling is statute (WPO art. 13 lid 1 onder f; a policy
 *   cannot lift it). Naming the contactpersoon and the vertrouwenspersoon and giving the commission's address
 *   is the seed's regeling (rule `klachtenregeling.schoolgids.gegevensVermeld`, `false` in the law): with the
 *   seed preset a missing item fails, without it the gap is a reason.
 *
 * Bad input gives coded problems (Dutch, or English with `{ taal: 'en' }`); unknown fields are refused.
 *
 * @example
 * ```ts
 * import { controleerRegeling, SEED_2018_BELEID } from '@schoolveiligheid/klachtenregeling';
 * const regeling = {
 *   peildatum: '2026-12-03',
 *   rollen: { directie: ['p-1'], contactpersonen: ['p-2'], externeVertrouwenspersoon: true, vertrouwenspersoonPersoneel: true },
 *   klachtencommissie: { landelijk: false, eigen: true, beroepBijLandelijke: true },
 *   schoolgids: { klachtenregeling: true, contactpersonen: ['p-2'], vertrouwenspersoon: true, adresKlachtencommissie: false },
 * };
 * const wet = controleerRegeling(regeling);
 * wet.ok && wet.waarde.uitkomst.klachtencommissie; //=> { voldoet: false, route: 'meer-routes' }
 * wet.ok && wet.waarde.uitkomst.schoolgids.voldoet; //=> true
 * const seed = controleerRegeling(regeling, { beleid: SEED_2018_BELEID });
 * seed.ok && seed.waarde.uitkomst.schoolgids.ontbreekt; //=> ['adresKlachtencommissie']
 * seed.ok && seed.waarde.uitkomst.schoolgids.voldoet; //=> false
 * ```
 */
export function controleerRegeling(
  regeling: unknown,
  opties?: { readonly beleid?: unknown; readonly taal?: 'nl' | 'en' },
): Resultaat<Besluit<RegelingControle, KlachtenregelingRedenCode>> {
  const gelezen = leesControle(regelingSchema, regeling, opties);
  if (!gelezen.ok) return gelezen;
  const { invoer, beleid, taal } = gelezen.waarde;
  const { rollen, klachtencommissie, schoolgids } = invoer;
  const peildatum = invoer.peildatum as IsoDatum;
  const rol = beoordeelRollen(rollen, peildatum, beleid);
  const eenRoute = zoekWaardeVoor(eenCommissieRoute, peildatum, beleid);
  const aansluiting = zoekWaardeVoor(aansluitingVerplicht, peildatum, beleid);
  // statute: the policy is not consulted, a school cannot lift the schoolgids' duty
  const informatie = zoekWaardeVoor(schoolgidsKlachtenregeling, peildatum, undefined);
  const gegevens = zoekWaardeVoor(schoolgidsGegevens, peildatum, beleid);
  if (!rol || !eenRoute || !aansluiting || !informatie || !gegevens)
    return { ok: false, problemen: [probleemVan('DATUM_BUITEN_BEREIK', ['peildatum'], taal)] };

  // The commission route.
  const { landelijk, eigen, beroepBijLandelijke } = klachtencommissie;
  const commissieRedenen: R[] = [];
  let route: KlachtencommissieRoute;
  if (!landelijk && !eigen) {
    route = 'geen';
    commissieRedenen.push(reden('GEEN_KLACHTENCOMMISSIE'));
  } else if ((landelijk && eigen) || beroepBijLandelijke) {
    route = 'meer-routes';
    if (!eenRoute.waarde)
      commissieRedenen.push(reden('KLACHTENCOMMISSIE_TWEE_ROUTES_BELEID', undefined, eenRoute.bron));
    else {
      if (landelijk && eigen)
        commissieRedenen.push(reden('KLACHTENCOMMISSIE_TWEE_ROUTES', undefined, eenRoute.bron));
      if (beroepBijLandelijke)
        commissieRedenen.push(reden('KLACHTENCOMMISSIE_BEROEP', undefined, eenRoute.bron));
    }
  } else {
    route = landelijk ? 'landelijk' : 'eigen';
    commissieRedenen.push(reden(landelijk ? 'KLACHTENCOMMISSIE_LANDELIJK' : 'KLACHTENCOMMISSIE_EIGEN'));
  }
  const aansluitingOntbreekt = aansluiting.waarde && !landelijk;
  if (aansluitingOntbreekt) commissieRedenen.push(reden('AANSLUITING_VEREIST', undefined, aansluiting.bron));
  else if (!aansluiting.waarde && eigen && !landelijk)
    commissieRedenen.push(reden('AANSLUITING_NIET_VERPLICHT', undefined, aansluiting.bron));
  const commissieVoldoet =
    route !== 'geen' && (route !== 'meer-routes' || !eenRoute.waarde) && !aansluitingOntbreekt;

  // The schoolgids.
  const contactpersonen = new Set(rollen.contactpersonen);
  const genoemd = [...new Set(schoolgids.contactpersonen)];
  const nietContactpersoon = genoemd.filter((p) => !contactpersonen.has(p));
  const gegevensTabel: readonly [SchoolgidsGegeven, boolean, KlachtenregelingRedenCode][] = [
    ['contactpersoon', genoemd.length > nietContactpersoon.length, 'SCHOOLGIDS_CONTACTPERSOON_ONTBREEKT'],
    ['vertrouwenspersoon', schoolgids.vertrouwenspersoon, 'SCHOOLGIDS_VERTROUWENSPERSOON_ONTBREEKT'],
    ['adresKlachtencommissie', schoolgids.adresKlachtencommissie, 'SCHOOLGIDS_ADRES_ONTBREEKT'],
  ];
  const missend = gegevensTabel.filter(([, aanwezig]) => !aanwezig);
  const gidsRedenen: R[] = [];
  const informatieOntbreekt = informatie.waarde && !schoolgids.klachtenregeling;
  if (schoolgids.klachtenregeling) gidsRedenen.push(reden('SCHOOLGIDS_KLACHTENREGELING'));
  else if (informatieOntbreekt)
    gidsRedenen.push(reden('SCHOOLGIDS_ZONDER_KLACHTENREGELING', undefined, informatie.bron));
  if (missend.length === 0 && nietContactpersoon.length === 0)
    gidsRedenen.push(reden('SCHOOLGIDS_GEGEVENS_VERMELD'));
  else if (gegevens.waarde)
    for (const [, , code] of missend) gidsRedenen.push(reden(code, undefined, gegevens.bron));
  else if (missend.length > 0)
    gidsRedenen.push(reden('SCHOOLGIDS_GEGEVENS_NIET_VEREIST', { aantal: missend.length }, gegevens.bron));
  if (nietContactpersoon.length > 0)
    gidsRedenen.push(
      reden(
        'SCHOOLGIDS_NOEMT_ANDERE',
        { aantal: nietContactpersoon.length },
        gegevens.waarde ? gegevens.bron : undefined,
      ),
    );
  const ontbreekt: SchoolgidsGegeven[] = [
    ...(schoolgids.klachtenregeling ? [] : (['klachtenregeling'] as const)),
    ...missend.map(([g]) => g),
  ];
  const gidsVoldoet =
    !informatieOntbreekt && (!gegevens.waarde || (missend.length === 0 && nietContactpersoon.length === 0));

  return {
    ok: true,
    waarde: besluit(
      {
        voldoet: rol.uitkomst.voldoet && commissieVoldoet && gidsVoldoet,
        rollen: rol.uitkomst,
        klachtencommissie: { voldoet: commissieVoldoet, route },
        schoolgids: { voldoet: gidsVoldoet, ontbreekt, nietContactpersoon },
      },
      [...rol.redenen, ...commissieRedenen, ...gidsRedenen],
      regelVerantwoording(),
    ),
  };
}
