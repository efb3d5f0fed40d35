import {
  dagnummer,
  leesBeleid,
  type Opwaardering,
  type Procedure,
  procedure,
  SchoolveiligheidFout,
} from '@schoolveiligheid/kern';
import type * as z from 'zod/v4';
import type { SchorsingRol, SchorsingStapCode, SchorsingTermijnCode } from '../codes/codes.js';
import { SCHORSING_REGELS } from '../regels/regels.js';
import {
  dossierKopSchema,
  type Gebeurtenis,
  gebeurtenisSchema,
  type SchorsingKop,
} from './gebeurtenissen.js';
import { bezwaarOvergangen } from './overgangen/bezwaar.js';
import { overigeOvergangen } from './overgangen/overig.js';
import { schorsingOvergangen } from './overgangen/schorsing.js';
import { verwijderingOvergangen } from './overgangen/verwijdering.js';
import { stappenVan } from './stappen.js';
import { termijnenVan } from './termijnen.js';
import { LEGE_TOESTAND, type Toestand } from './toestand.js';

/**
 * Header version 1 to 2: a policy stored in the pre-0.2 shape (a list with a copy of each rule, old rule
 * ids) becomes kern's shape (its own values by today's rule id), through kern's `leesBeleid` with this
 * package's registry. A policy it cannot read makes the upcast fail (`OPWAARDERING_MISLUKT`).
 */
const kopNaarVersie2: Opwaardering = (oud) => {
  if (oud.beleid === undefined) return { ...oud };
  const gelezen = leesBeleid(oud.beleid, [SCHORSING_REGELS]);
  if (!gelezen.ok)
    throw new SchoolveiligheidFout('BELEID_ONGELDIG', 'Het opgeslagen beleid kon niet worden omgezet.');
  return { ...oud, beleid: gelezen.waarde.beleid };
};

/** Events version 1 to 2: unchanged (version 2 changed only the header's policy shape). */
const gebeurtenisNaarVersie2: Opwaardering = (oud) => ({ ...oud });

/** The schorsing procedure on kern's kernel: see {@link schorsingProcedure}. */
export type SchorsingProcedure = Procedure<
  SchorsingKop,
  Gebeurtenis,
  Toestand,
  Record<string, never>,
  SchorsingTermijnCode,
  SchorsingStapCode,
  SchorsingRol
>;

/**
 * The schorsing/verwijdering procedure declared on kern's procedure kernel: the header and event schemas,
 * one handler per event type (`controleer` gives coded problems, `pasToe` folds purely; see
 * `src/dossier/overgangen/`), the date order of events (`GEBEURTENIS_VOOR_VORIGE`), and the two questions
 * every procedure answers. Schema version 2: the header stores its policy in kern's shape; dossiers stored by
 * release 0.1 (version 1) are upcast when read. The package exports its functions under the kernel's names
 * (`nieuwDossier`, `verwerk`, ...).
 *
 * @example
 * ```ts
 * import { schorsingProcedure } from '@schoolveiligheid/schorsing';
 * schorsingProcedure.definitie.naam; //=> 'schorsing'
 * schorsingProcedure.definitie.versie; //=> 2
 * ```
 */
export const schorsingProcedure: SchorsingProcedure = /* @__PURE__ */ (() =>
  procedure({
    naam: 'schorsing',
    versie: 2,
    // the schema's output is SchorsingKop; zod types optional fields as `T | undefined`, kern without
    kop: dossierKopSchema as unknown as z.ZodType<SchorsingKop>,
    gebeurtenis: gebeurtenisSchema,
    opwaarderen: { kop: [kopNaarVersie2], gebeurtenis: [gebeurtenisNaarVersie2] },
    begin: () => LEGE_TOESTAND,
    moment: (g) => dagnummer(g.datum),
    overgangen: {
      ...schorsingOvergangen,
      ...verwijderingOvergangen,
      ...bezwaarOvergangen,
      ...overigeOvergangen,
    },
    openTermijnen: (t, kop, nu) => termijnenVan(t, kop, nu),
    volgendeStappen: (t, kop) => stappenVan(t, kop),
  }))();
