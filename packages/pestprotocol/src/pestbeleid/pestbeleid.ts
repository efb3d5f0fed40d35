import {
  type Besluit,
  type Bron,
  besluit,
  isoDatumSchema,
  type Reden,
  type Resultaat,
  valideer,
  zoekWaardeOp,
  taalUitOpties,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { PESTPROTOCOL_BRONNEN as B } from '../bronnen/bronnen.js';
import type { PestprotocolRedenCode } from '../codes/codes.js';
import { pestprotocolVerantwoording, probleem, reden } from '../intern.js';
import {
  aanspreekpuntBelegd,
  coordinatieBelegd,
  monitorPerSchooljaar,
  takenBijEenPersoon,
} from '../regels/regels.js';

const id = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100)
  .describe("An id in the vendor's system: lower-case letters, digits and hyphens; never a name.");

/**
 * Schema of a school's anti-bullying arrangements. Persons are ids in the vendor's system, never names.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { pestbeleidSchema } from '@schoolveiligheid/pestprotocol';
 * const school = { peildatum: '2026-12-02', coordinatorId: 'p-1', aanspreekpuntId: 'p-1', inSchoolgids: true, antiPestprotocol: true, schoolregels: true, sanctiebeleid: true, monitoring: { afnamesPerSchooljaar: 1 } };
 * valideer(pestbeleidSchema, school).ok; //=> true
 * ```
 */
export const pestbeleidSchema = /* @__PURE__ */ z
  .object({
    peildatum: isoDatumSchema,
    coordinatorId: /* @__PURE__ */ id
      .optional()
      .describe('Who coordinates the anti-bullying policy (WPO 4c lid 1 c 1°); absent: not assigned.'),
    aanspreekpuntId: /* @__PURE__ */ id
      .optional()
      .describe('Who is the aanspreekpunt pesten (WPO 4c lid 1 c 2°); absent: not assigned.'),
    inSchoolgids: /* @__PURE__ */ z.boolean().describe('The schoolgids names who holds these tasks.'),
    antiPestprotocol: /* @__PURE__ */ z.boolean().describe('The school has an anti-pestprotocol.'),
    schoolregels: /* @__PURE__ */ z.boolean().describe('The school has rules and agreements on bullying.'),
    sanctiebeleid: /* @__PURE__ */ z.boolean().describe('The school has a sanction policy.'),
    monitoring: /* @__PURE__ */ z
      .object({
        afnamesPerSchooljaar: /* @__PURE__ */ z
          .number()
          .int()
          .min(0)
          .max(100)
          .describe('How many times per schooljaar the safety monitor is scheduled.'),
        monitoringDossierId: /* @__PURE__ */ id
          .optional()
          .describe('The id of the monitoring dossier (package monitoring), linked by data.'),
      })
      .strict()
      .describe('The scheduled safety monitoring (WPO 4c lid 1 b).'),
  })
  .strict()
  .describe("A school's anti-bullying arrangements, for controleerPestbeleid.");

/** A school's anti-bullying arrangements (see {@link pestbeleidSchema}). */
export type Pestbeleid = z.infer<typeof pestbeleidSchema>;

/** One reading of "bij een persoon" (WPO 4c lid 1 onder c) and whether the school complies under it. */
export interface Lezing {
  /** `een-persoon`: both tasks with one and the same person; `taken-verdeeld`: assigned, possibly split. */
  readonly lezing: 'een-persoon' | 'taken-verdeeld';
  readonly voldoet: boolean;
  readonly bron: Bron;
}

/** The answer of {@link controleerPestbeleid}. */
export interface PestbeleidControle {
  /** WPO 4c: `betwist` when the two readings of "bij een persoon" disagree. */
  readonly wettelijk: 'voldoet' | 'voldoet-niet' | 'betwist';
  /** Both readings, with their sources: never one chosen silently. */
  readonly lezingen: readonly Lezing[];
  /** The protocol's own requirements (seed): protocol, rules and sanction policy exist. */
  readonly protocol: 'voldoet' | 'voldoet-niet';
  /** The monitoring dossier the check linked to, when given. */
  readonly monitoringDossierId?: string;
}

/**
 * Checks a school's anti-bullying arrangements: the coordination of the policy and the aanspreekpunt pesten
 * are assigned (WPO 4c lid 1 onder c) and named in the schoolgids, monitoring is scheduled at least as often
 * as the rule says (WPO 4c lid 1 onder b; Besluit bekostiging WPO 34.6a), and the anti-pestprotocol, rules and
 * sanction policy exist (seed). Whether both tasks must sit with one person is contested: both readings are
 * reported with their sources, and the statutory answer is `betwist` when they disagree.
 *
 * @example
 * ```ts
 * import { controleerPestbeleid } from '@schoolveiligheid/pestprotocol';
 * const school = { peildatum: '2026-12-02', coordinatorId: 'coordinator-1', aanspreekpuntId: 'contactpersoon-2', inSchoolgids: true, antiPestprotocol: true, schoolregels: true, sanctiebeleid: true, monitoring: { afnamesPerSchooljaar: 1, monitoringDossierId: 'monitor-2026' } };
 * const r = controleerPestbeleid(school);
 * r.ok && r.waarde.uitkomst.wettelijk; //=> 'betwist'
 * r.ok && r.waarde.uitkomst.lezingen.map((l) => [l.lezing, l.voldoet]); //=> [['een-persoon', false], ['taken-verdeeld', true]]
 * ```
 */
export function controleerPestbeleid(
  school: unknown,
  opties?: { readonly taal?: 'nl' | 'en' },
): Resultaat<Besluit<PestbeleidControle, PestprotocolRedenCode>> {
  const taal = taalUitOpties(opties);
  const invoer = valideer(pestbeleidSchema, school, { taal });
  if (!invoer.ok) return invoer;
  const s = invoer.waarde;
  const coordinatie = zoekWaardeOp(coordinatieBelegd, s.peildatum);
  const aanspreekpunt = zoekWaardeOp(aanspreekpuntBelegd, s.peildatum);
  const eenPersoon = zoekWaardeOp(takenBijEenPersoon, s.peildatum);
  if (!coordinatie || !aanspreekpunt || !eenPersoon)
    return { ok: false, problemen: [probleem('PEILDATUM_VOOR_WPO_4C', ['peildatum'], taal)] };
  const minimum = zoekWaardeOp(monitorPerSchooljaar, s.peildatum)?.waarde;

  const redenen: Reden<PestprotocolRedenCode>[] = [];
  const beide = s.coordinatorId !== undefined && s.aanspreekpuntId !== undefined;
  const zelfde = beide && s.coordinatorId === s.aanspreekpuntId;
  redenen.push(reden(s.coordinatorId === undefined ? 'COORDINATIE_NIET_BELEGD' : 'COORDINATIE_BELEGD'));
  redenen.push(reden(s.aanspreekpuntId === undefined ? 'AANSPREEKPUNT_NIET_BELEGD' : 'AANSPREEKPUNT_BELEGD'));
  const lezingen: Lezing[] = [
    { lezing: 'een-persoon', voldoet: zelfde, bron: eenPersoon.bron },
    { lezing: 'taken-verdeeld', voldoet: beide, bron: B.SECTOR_TAKEN_VERDEELD },
  ];
  redenen.push(reden(zelfde ? 'LEZING_EEN_PERSOON_VOLDOET' : 'LEZING_EEN_PERSOON_VOLDOET_NIET'));
  redenen.push(reden(beide ? 'LEZING_VERDEELD_VOLDOET' : 'LEZING_VERDEELD_VOLDOET_NIET'));
  redenen.push(reden(s.inSchoolgids ? 'SCHOOLGIDS_VERMELDT' : 'SCHOOLGIDS_VERMELDT_NIET'));

  const afnames = s.monitoring.afnamesPerSchooljaar;
  const monitoringVoldoet = minimum === undefined ? afnames > 0 : afnames >= minimum;
  const parameters = { afnames, minimum: minimum ?? 1 }; // geen-rechtsgetal: before the Besluit, any monitoring counts
  redenen.push(reden(monitoringVoldoet ? 'MONITORING_GEPLAND' : 'MONITORING_ONVOLDOENDE', parameters));

  const overig = s.inSchoolgids && monitoringVoldoet;
  const wettelijk = !overig || !beide ? 'voldoet-niet' : zelfde ? 'voldoet' : 'betwist';

  redenen.push(reden(s.antiPestprotocol ? 'PROTOCOL_AANWEZIG' : 'PROTOCOL_ONTBREEKT'));
  redenen.push(reden(s.schoolregels ? 'SCHOOLREGELS_AANWEZIG' : 'SCHOOLREGELS_ONTBREKEN'));
  redenen.push(reden(s.sanctiebeleid ? 'SANCTIEBELEID_AANWEZIG' : 'SANCTIEBELEID_ONTBREEKT'));
  const protocol = s.antiPestprotocol && s.schoolregels && s.sanctiebeleid ? 'voldoet' : 'voldoet-niet';

  return {
    ok: true,
    waarde: besluit(
      {
        wettelijk,
        lezingen,
        protocol,
        ...(s.monitoring.monitoringDossierId
          ? { monitoringDossierId: s.monitoring.monitoringDossierId }
          : {}),
      },
      redenen,
      pestprotocolVerantwoording(),
    ),
  };
}
