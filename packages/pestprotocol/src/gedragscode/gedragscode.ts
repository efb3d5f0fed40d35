import {
  type Besluit,
  besluit,
  type Reden,
  type Resultaat,
  valideer,
  taalUitOpties,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { PestprotocolRedenCode } from '../codes/codes.js';
import { pestprotocolVerantwoording, reden } from '../intern.js';
import {
  DADER_ROUTES,
  type Dader,
  type GedragscodeCategorie,
  type RouteStap,
  type SanctieBevoegdheid,
} from './gedragscode.data.js';

/**
 * Schema of an incident under the gedragscode: its category, who did it, and the facts that change the route.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { gedragscodeMeldingSchema } from '@schoolveiligheid/pestprotocol';
 * valideer(gedragscodeMeldingSchema, { categorie: 'dreigen', dader: 'ouder' }).ok; //=> true
 * ```
 */
export const gedragscodeMeldingSchema = /* @__PURE__ */ z
  .object({
    categorie: /* @__PURE__ */ z
      .enum(['verbaal-geweld', 'dreigen', 'vernieling', 'fysiek-geweld'])
      .describe('Category 1-4 of the gedragscode.'),
    dader: /* @__PURE__ */ z
      .enum(['personeel', 'leerling', 'ouder', 'derde'])
      .describe('Who did it: a staff member, a pupil, a parent or a third party.'),
    seksueleIntimidatie: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe('Sexual harassment was involved (for staff: straight to the board; see also WPO 4a).'),
    herhaling: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe('The same person did it before (a repetition).'),
    wetsovertreding: /* @__PURE__ */ z.boolean().optional().describe('The behaviour is a criminal offence.'),
  })
  .strict()
  .describe('An incident under the gedragscode, for gedragscodeRoute.');

/** An incident under the gedragscode (see {@link gedragscodeMeldingSchema}). */
export type GedragscodeMelding = z.infer<typeof gedragscodeMeldingSchema>;

/** The route of {@link gedragscodeRoute}. */
export interface GedragscodeRoute {
  readonly categorie: GedragscodeCategorie;
  readonly dader: Dader;
  /** The ordered steps, ending with the report to the board when that applies. */
  readonly stappen: readonly RouteStap[];
  /** What the incident triggers: always the school's incident register (no statutory duty to report). */
  readonly registratie: 'incidentenregistratie';
  /** Does the head report it to the board? */
  readonly meldenBijBestuur: boolean;
  /** Police report: the board reports it, or makes sure the victim does; `null` when no offence. */
  readonly aangifte: 'bestuur-doet-aangifte' | 'slachtoffer-doet-aangifte' | null;
  /** The sanctions that are possible, with who proposes and who decides. */
  readonly sancties: readonly SanctieBevoegdheid[];
}

interface Rij {
  readonly geldt: (m: GedragscodeMelding) => boolean;
  readonly reden: PestprotocolRedenCode;
  readonly bestuur?: true;
  readonly aangifte?: GedragscodeRoute['aangifte'];
}

/** When the board comes in and who reports to the police (seed Bijlage 1), as a table. */
const TABEL: readonly Rij[] = [
  { geldt: () => true, reden: 'REGISTRATIE_INCIDENT' },
  {
    geldt: (m) =>
      m.dader === 'personeel' && (m.categorie === 'fysiek-geweld' || m.seksueleIntimidatie === true),
    reden: 'BESTUUR_INGESCHAKELD',
    bestuur: true,
  },
  { geldt: (m) => m.herhaling === true, reden: 'HERHALING_NAAR_BESTUUR', bestuur: true },
  {
    geldt: (m) => m.wetsovertreding === true && m.dader !== 'personeel',
    reden: 'AANGIFTE_DOOR_BESTUUR',
    aangifte: 'bestuur-doet-aangifte',
  },
  {
    geldt: (m) => m.wetsovertreding === true && m.dader === 'personeel',
    reden: 'AANGIFTE_BEVORDEREN',
    aangifte: 'slachtoffer-doet-aangifte',
  },
  { geldt: () => true, reden: 'SANCTIE_BRIEF' },
];

/**
 * The gedragscode route of an incident: the steps per offender (staff, pupil, parent, third party), the
 * registration it triggers, whether the board comes in, the police report, and the sanctions with who decides
 * (warning and yellow card by the head; the red card is a proposal to the board). Sexual offences by staff also
 * fall under the meld-, overleg- and aangifteplicht (WPO 4a, the klachtenregeling package).
 *
 * @example
 * ```ts
 * import { gedragscodeRoute } from '@schoolveiligheid/pestprotocol';
 * const r = gedragscodeRoute({ categorie: 'fysiek-geweld', dader: 'personeel' });
 * r.ok && r.waarde.uitkomst.meldenBijBestuur; //=> true
 * r.ok && r.waarde.uitkomst.sancties.map((s) => s.beslist); //=> ['bevoegd-gezag']
 * ```
 */
export function gedragscodeRoute(
  melding: unknown,
  opties?: { readonly taal?: 'nl' | 'en' },
): Resultaat<Besluit<GedragscodeRoute, PestprotocolRedenCode>> {
  const invoer = valideer(gedragscodeMeldingSchema, melding, { taal: taalUitOpties(opties) });
  if (!invoer.ok) return invoer;
  const m = invoer.waarde;
  const rijen = TABEL.filter((r) => r.geldt(m));
  const redenen: Reden<PestprotocolRedenCode>[] = rijen.map((r) => reden(r.reden));
  const meldenBijBestuur = rijen.some((r) => r.bestuur);
  const route = DADER_ROUTES[m.dader];
  return {
    ok: true,
    waarde: besluit(
      {
        categorie: m.categorie,
        dader: m.dader,
        stappen: meldenBijBestuur ? [...route.stappen, 'MELDEN_BIJ_BESTUUR'] : route.stappen,
        registratie: 'incidentenregistratie',
        meldenBijBestuur,
        aangifte: rijen.find((r) => r.aangifte)?.aangifte ?? null,
        sancties: route.sancties,
      },
      redenen,
      pestprotocolVerantwoording(),
    ),
  };
}
