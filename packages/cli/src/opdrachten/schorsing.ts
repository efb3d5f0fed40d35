import {
  duurSchema,
  isoDatumSchema,
  ok,
  type SchoolkalenderInstellingen,
  schoolkalender,
  schoolkalenderInstellingenSchema,
} from '@schoolveiligheid/kern';
import {
  type BezwaarInvoer,
  beoordeelVerwijdering,
  berekenBezwaartermijnen,
  berekenSchorsing,
  SEED_2018_BELEID,
  type SchorsingInvoer,
  type VerwijderingsVoorwaarden,
  verwijderingsVoorwaardenSchema,
} from '@schoolveiligheid/schorsing';
import * as z from 'zod/v4';
import { opdracht } from '../opdracht.js';
import { beleidSchema, datumVeld } from './gedeeld.js';

function schorsingSchema() {
  return z
    .strictObject({
      ingangsdatum: isoDatumSchema.meta({
        description: 'First day the pupil is excluded; it counts itself.',
      }),
      duur: duurSchema,
      kalender: schoolkalenderInstellingenSchema,
      peildatum: datumVeld('Date at which the rules are read; default: the ingangsdatum.'),
      besluitdatum: datumVeld("Date of the board's decision; default: the ingangsdatum."),
      beleid: beleidSchema().optional(),
    })
    .meta({
      description: 'A schorsing: first day, duration, the school calendar settings, optionally a policy.',
    });
}

function bezwaarSchema() {
  return z
    .strictObject({
      denominatie: z.enum(['openbaar', 'bijzonder']).meta({ description: 'Openbare or bijzondere school.' }),
      tegen: z
        .enum(['schorsing', 'verwijdering'])
        .meta({ description: 'The decision the bezwaar is against.' }),
      bekendmaking: isoDatumSchema.meta({ description: 'Day the decision was made known to the parents.' }),
      bezwaarOntvangen: datumVeld("Day the school received the parents' bezwaar."),
      bezwaarTerPost: datumVeld('Day the parents posted the bezwaar (postmark).'),
      adviescommissie: z
        .boolean()
        .optional()
        .meta({ description: 'An advisory committee (Awb 7:13) hears the bezwaar.' }),
      verdaagdOp: datumVeld('Day the board adjourned its decision in writing (Awb 7:10 lid 3).'),
      gpoIngediend: datumVeld('Day the parents went to the Geschillencommissie passend onderwijs.'),
      gpoOordeel: datumVeld("Day of the commission's oordeel."),
      peildatum: datumVeld('Date at which the rules are read; default: the bekendmaking.'),
    })
    .meta({ description: 'A schorsing or verwijdering decision and what happened after it.' });
}

/** `schorsing`: schorsing's `berekenSchorsing` on the school calendar built from its settings. */
export const schorsing = /* @__PURE__ */ opdracht({
  naam: 'schorsing',
  omschrijving:
    'A schorsing (WPO art. 40c): the school days it covers, its last day and return, the one-week maximum, and whether the inspectie must be told, with reasons.',
  invoerSchema: /* @__PURE__ */ schorsingSchema(),
  uitvoer:
    "schorsing's Schorsing (berekenSchorsing): laatsteDag, terugOp, schooldagen, meldingInspectie, redenen, ...",
  voerUit: ({ kalender, beleid, ...rest }) =>
    berekenSchorsing({
      ...rest,
      kalender: schoolkalender(kalender as SchoolkalenderInstellingen),
      ...(beleid ? { beleid: beleid === 'seed-2018' ? SEED_2018_BELEID : beleid } : {}),
    } as SchorsingInvoer),
});

/** `bezwaartermijnen`: schorsing's `berekenBezwaartermijnen`. */
export const bezwaartermijnen = /* @__PURE__ */ opdracht({
  naam: 'bezwaartermijnen',
  omschrijving:
    "The terms after a schorsing or verwijdering: the parents' bezwaartermijn, the Geschillencommissie's terms and the board's beslistermijn (Awb, WPO art. 40, 43, 63), with traces.",
  invoerSchema: /* @__PURE__ */ bezwaarSchema(),
  uitvoer:
    "schorsing's Bezwaartermijnen (berekenBezwaartermijnen): rechtsmiddel, bezwaartermijn, bezwaarTijdig, gpo terms, beslistermijn.",
  voerUit: (invoer) => berekenBezwaartermijnen(invoer as BezwaarInvoer),
});

/** `verwijdering`: schorsing's `beoordeelVerwijdering` (the preconditions of a verwijdering). */
export const verwijdering = /* @__PURE__ */ opdracht({
  naam: 'verwijdering',
  omschrijving:
    'Whether a verwijdering may be decided (WPO art. 40): the preconditions (hearing, another school, the investigation file) as a decision with reasons.',
  invoerSchema: verwijderingsVoorwaardenSchema,
  uitvoer: "schorsing's Besluit<boolean> (beoordeelVerwijdering): { uitkomst, redenen, verantwoording }.",
  voerUit: (invoer) => ok(beoordeelVerwijdering(invoer as VerwijderingsVoorwaarden)),
});
