import {
  type Besluit,
  besluit,
  type IsoDatum,
  isIsoDatum,
  type Reden,
  SchoolveiligheidFout,
  valideer,
  waardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { KlachtenregelingRedenCode } from '../codes/codes.js';
import { beleidUitOpties, reden } from '../gedeeld/gedeeld.js';
import { alleenMinderjarigen, regelVerantwoording } from '../regels/regels.js';

/**
 * Schema of what the SDK needs to know to place a suspicion: who the victim is, who the suspected offender
 * is, what kind of act, and (for the seed's narrower route only) whether the pupil is a minor.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { vermoedenSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(vermoedenSchema, { slachtoffer: 'leerling-van-de-school', pleger: 'leerling', feit: 'seksueel-misdrijf' }).ok; //=> true
 * ```
 */
export const vermoedenSchema = /* @__PURE__ */ z
  .object({
    slachtoffer: /* @__PURE__ */ z
      .enum(['leerling-van-de-school', 'geen-leerling'])
      .meta({ description: 'Whether the victim is a pupil of the school.' }),
    pleger: /* @__PURE__ */ z.enum(['met-taken-belast', 'leerling', 'ouder', 'derde']).meta({
      description:
        'A person with tasks for the school (staff, intern, volunteer), a pupil, a parent, someone else.',
    }),
    feit: /* @__PURE__ */ z
      .enum(['seksueel-misdrijf', 'ander-grensoverschrijdend-gedrag'])
      .meta({ description: 'A possible sexual offence (Titel XIV Sr) or other transgressive behaviour.' }),
    minderjarig: /* @__PURE__ */ z
      .boolean()
      .optional()
      .meta({ description: 'Whether the pupil is a minor (the law does not ask).' }),
  })
  .meta({ description: 'A suspicion, as the scope check of WPO art. 4a needs it: groups, never names.' });

/** Input of {@link beoordeelReikwijdte4a}. */
export type Vermoeden = z.infer<typeof vermoedenSchema>;

/** Where a suspicion goes. */
export type Route4a = 'wpo-4a' | 'meldcode-of-pestprotocol' | 'meldcode' | 'buiten-4a';

/** One row of the scope table: when it applies, the route, the reasons. */
interface Rij {
  readonly route: Route4a;
  readonly geldt: (v: Vermoeden) => boolean;
  readonly redenen: readonly KlachtenregelingRedenCode[];
}

/** The scope table of WPO art. 4a lid 1: the first row that applies decides. */
const REIKWIJDTE: readonly Rij[] = [
  {
    route: 'buiten-4a',
    geldt: (v) => v.slachtoffer === 'geen-leerling',
    redenen: ['SLACHTOFFER_GEEN_LEERLING'],
  },
  {
    route: 'meldcode-of-pestprotocol',
    geldt: (v) => v.pleger === 'leerling',
    redenen: ['SLACHTOFFER_LEERLING', 'PLEGER_LEERLING'],
  },
  {
    route: 'meldcode',
    geldt: (v) => v.pleger !== 'met-taken-belast',
    redenen: ['SLACHTOFFER_LEERLING', 'PLEGER_ANDER'],
  },
  {
    route: 'buiten-4a',
    geldt: (v) => v.feit !== 'seksueel-misdrijf',
    redenen: ['SLACHTOFFER_LEERLING', 'PLEGER_MET_TAKEN_BELAST', 'GEEN_SEKSUEEL_MISDRIJF'],
  },
  { route: 'wpo-4a', geldt: () => true, redenen: ['SLACHTOFFER_LEERLING', 'PLEGER_MET_TAKEN_BELAST'] },
];

/** The scope decision on validated input (shared with the dossier, which decides by the statute). */
export function reikwijdteVan(v: Vermoeden): {
  readonly route: Route4a;
  readonly redenen: readonly KlachtenregelingRedenCode[];
} {
  const rij = REIKWIJDTE.find((r) => r.geldt(v)) as Rij; // the last row always applies
  return { route: rij.route, redenen: rij.redenen };
}

/**
 * Whether a suspicion falls under the meld-, overleg- en aangifteplicht of WPO art. 4a, as a decision with
 * reasons: the victim any pupil of the school (no age limit), the suspected offender a person with tasks for
 * the school, the act a possible sexual offence. Pupil against pupil goes to the pestprotocol or the meldcode
 * instead. A policy that limits the route to minor pupils (the seed) is reported and overruled by the law.
 * Throws `ONGELDIGE_INVOER` on input that does not fit {@link vermoedenSchema}, `BELEID_ONGELDIG`,
 * `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { beoordeelReikwijdte4a } from '@schoolveiligheid/klachtenregeling';
 * beoordeelReikwijdte4a({ slachtoffer: 'leerling-van-de-school', pleger: 'leerling', feit: 'seksueel-misdrijf' }).uitkomst; //=> 'meldcode-of-pestprotocol'
 * beoordeelReikwijdte4a({ slachtoffer: 'leerling-van-de-school', pleger: 'met-taken-belast', feit: 'seksueel-misdrijf', minderjarig: false }).uitkomst; //=> 'wpo-4a'
 * ```
 */
export function beoordeelReikwijdte4a(
  vermoeden: unknown,
  opties?: { readonly beleid?: unknown; readonly peildatum?: IsoDatum },
): Besluit<Route4a, KlachtenregelingRedenCode> {
  const gelezen = valideer(vermoedenSchema, vermoeden);
  if (!gelezen.ok)
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Het vermoeden heeft niet de verwachte vorm.', {
      problemen: gelezen.problemen.length,
    });
  const beleid = beleidUitOpties(opties);
  const peildatum = opties?.peildatum ?? '2026-08-01'; // geen-rechtsgetal: the consolidation read
  if (!isIsoDatum(peildatum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'De peildatum is geen geldige datum (JJJJ-MM-DD).');
  const v = gelezen.waarde;
  const { route, redenen: codes } = reikwijdteVan(v);
  const redenen: Reden<KlachtenregelingRedenCode>[] = codes.map((c) => reden(c));
  if (
    route === 'wpo-4a' &&
    v.minderjarig === false &&
    waardeVoor(alleenMinderjarigen, peildatum, beleid).waarde !==
      waardeVoor(alleenMinderjarigen, peildatum).waarde
  )
    redenen.push(reden('BELEID_ALLEEN_MINDERJARIGEN'));
  return besluit(route, redenen, regelVerantwoording());
}
