import { type Besluit, besluit, codeTekst, type Reden } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { MELDCODE_REDEN_CODES, type MeldcodeRedenCode } from '../codes/codes.js';
import { regelVerantwoording } from '../regels/verantwoording.js';
import { VERWIJSINDEX_FUNCTIES } from './functies.data.js';
import { eisGeldig } from './invoer.js';

/**
 * Schema of the question whether a staff member may give a signal in the Verwijsindex: the function, the
 * designation and agreements (Jeugdwet 7.1.1.2, 7.1.3.1), the risks suspected (7.1.4.1 a-l), and the pupil's
 * objection with the professional's recorded reasons.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { signaalAfgifteSchema } from '@schoolveiligheid/meldcode';
 * valideer(signaalAfgifteSchema, { functie: 'intern-begeleider', aangewezen: true, afsprakenGemeente: true, risicos: ['a'] }).ok; //=> true
 * ```
 */
export const signaalAfgifteSchema = /* @__PURE__ */ z
  .strictObject({
    functie: /* @__PURE__ */ z
      .enum(['leerkracht', 'intern-begeleider', 'aandachtsfunctionaris', 'directeur', 'zorgcoordinator'])
      .describe('The function of the staff member who wants to give the signal.'),
    aangewezen: /* @__PURE__ */ z
      .boolean()
      .describe('The school designated this staff member as meldingsbevoegde.'),
    afsprakenGemeente: /* @__PURE__ */ z
      .boolean()
      .describe('The school has written agreements with the municipality (7.1.3.1).'),
    categorieBevestigd: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe(
        'The school checked that the function is a designated category (Besluit Jeugdwet, the regional covenant).',
      ),
    risicos: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']))
      .max(12)
      .describe('The risks of Jeugdwet 7.1.4.1 (a to l) reasonably suspected.'),
    bezwaar: /* @__PURE__ */ z.boolean().optional().describe('The pupil (or parent) objected when told.'),
    redenenVastgelegd: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe('The professional recorded in the school’s own system why the signal is given anyway.'),
  })
  .describe(
    'May this staff member give a Verwijsindex signal: function, designation, agreements, risks, objection.',
  );

/** Input of {@link beoordeelSignaalAfgifte}. */
export type SignaalAfgifte = z.infer<typeof signaalAfgifteSchema>;

/** `toegestaan`, `niet-toegestaan`, or `na-te-gaan` (the function's designation is unconfirmed). */
export type AfgifteUitkomst = 'toegestaan' | 'niet-toegestaan' | 'na-te-gaan';

type Oordeel = 'ja' | 'nee' | 'onbevestigd';

/** The criteria as a table: one row per condition, each with the reason per verdict. */
const CRITERIA: readonly {
  readonly toets: (a: SignaalAfgifte) => Oordeel;
  readonly reden: (a: SignaalAfgifte, o: Oordeel) => MeldcodeRedenCode | undefined;
}[] = [
  {
    toets: (a) =>
      a.categorieBevestigd === true || !VERWIJSINDEX_FUNCTIES.some((f) => f.functie === a.functie)
        ? 'ja'
        : 'onbevestigd',
    reden: (_a, o) =>
      o === 'ja' ? 'FUNCTIE_MELDINGSBEVOEGD_BEVESTIGD' : 'FUNCTIE_MELDINGSBEVOEGD_ONBEVESTIGD',
  },
  {
    toets: (a) => (a.aangewezen ? 'ja' : 'nee'),
    reden: (_a, o) => (o === 'nee' ? 'FUNCTIE_NIET_AANGEWEZEN' : undefined),
  },
  {
    toets: (a) => (a.afsprakenGemeente ? 'ja' : 'nee'),
    reden: (_a, o) => (o === 'nee' ? 'GEEN_AFSPRAKEN_GEMEENTE' : undefined),
  },
  {
    toets: (a) => (a.risicos.length > 0 ? 'ja' : 'nee'),
    reden: (_a, o) => (o === 'ja' ? 'RISICO_VERMOED' : 'GEEN_RISICO'),
  },
  {
    toets: (a) => (a.bezwaar !== true || a.redenenVastgelegd === true ? 'ja' : 'nee'),
    reden: (a, o) =>
      a.bezwaar !== true ? undefined : o === 'ja' ? 'BEZWAAR_REDENEN_VASTGELEGD' : 'BEZWAAR_ZONDER_REDENEN',
  },
];

/**
 * Whether a staff member may give a signal in the Verwijsindex, as a table of sourced criteria: a designated
 * function (unconfirmed for every primary-school function: `na-te-gaan` until the school confirms it with
 * `categorieBevestigd`), designated by the school, written agreements with the municipality, a reasonable
 * suspicion of a risk of Jeugdwet 7.1.4.1 (no consent needed), and, when the pupil objected, the reasons to
 * signal anyway recorded. Any unmet condition makes it `niet-toegestaan`.
 *
 * Throws `ONGELDIGE_INVOER` for input that does not fit {@link signaalAfgifteSchema}.
 *
 * @example
 * ```ts
 * import { beoordeelSignaalAfgifte } from '@schoolveiligheid/meldcode';
 * beoordeelSignaalAfgifte({ functie: 'intern-begeleider', aangewezen: true, afsprakenGemeente: true, risicos: ['a'] }).uitkomst; //=> 'na-te-gaan'
 * beoordeelSignaalAfgifte({ functie: 'intern-begeleider', aangewezen: true, afsprakenGemeente: true, categorieBevestigd: true, risicos: ['e'], bezwaar: true }).uitkomst; //=> 'niet-toegestaan'
 * ```
 */
export function beoordeelSignaalAfgifte(invoer: unknown): Besluit<AfgifteUitkomst, MeldcodeRedenCode> {
  const a = eisGeldig(signaalAfgifteSchema, invoer, 'geen geldige vraag over een signaal');
  const redenen: Reden<MeldcodeRedenCode>[] = [];
  const oordelen = CRITERIA.map(({ toets, reden }) => {
    const o = toets(a);
    const code = reden(a, o);
    if (code) {
      const parameters =
        code === 'FUNCTIE_MELDINGSBEVOEGD_BEVESTIGD' || code === 'FUNCTIE_MELDINGSBEVOEGD_ONBEVESTIGD'
          ? { functie: a.functie }
          : code === 'RISICO_VERMOED'
            ? { aantal: a.risicos.length }
            : {};
      const bron = MELDCODE_REDEN_CODES[code].bron;
      redenen.push({
        code,
        tekst: codeTekst(MELDCODE_REDEN_CODES, code, 'nl', parameters),
        ...(bron ? { bron } : {}),
        parameters,
      });
    }
    return o;
  });
  const uitkomst: AfgifteUitkomst = oordelen.includes('nee')
    ? 'niet-toegestaan'
    : oordelen.includes('onbevestigd')
      ? 'na-te-gaan'
      : 'toegestaan';
  if (uitkomst !== 'niet-toegestaan') {
    const bron = MELDCODE_REDEN_CODES.LEERLING_INFORMEREN.bron;
    redenen.push({
      code: 'LEERLING_INFORMEREN',
      tekst: codeTekst(MELDCODE_REDEN_CODES, 'LEERLING_INFORMEREN'),
      ...(bron ? { bron } : {}),
    });
  }
  return besluit(uitkomst, redenen, regelVerantwoording());
}
