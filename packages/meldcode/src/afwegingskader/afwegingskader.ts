import {
  type Besluit,
  type Bron,
  besluit,
  codeTekst,
  type IsoDatum,
  isoDatumSchema,
  type Probleem,
  type Reden,
  type Regel,
  type Resultaat,
  SchoolveiligheidFout,
  type Taal,
  valideer,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { AFWEGINGSKADER, AFWEGINGSKADER_ONDERWIJS, MELDCODE_STAPPEN } from '../bronnen/bronnen.js';
import {
  MELDCODE_PROBLEEM_CODES,
  MELDCODE_REDEN_CODES,
  type MeldcodeProbleemCode,
  type MeldcodeRedenCode,
} from '../codes/codes.js';
import {
  afwegingskaderVerplicht,
  onveiligheidIsMelden,
  stap5Formulering,
  twijfelIsJa,
} from '../regels/regels.js';
import { leesRegel } from '../regels/lees.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

const jaNee = /* @__PURE__ */ z.enum(['ja', 'nee']);

/**
 * Schema of the answers to the five afwegingen. Each is optional: the decision asks only what its path needs,
 * and a needed answer that is missing is the problem `AFWEGING_ONBEANTWOORD`, never a default.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { afwegingAntwoordenSchema } from '@schoolveiligheid/meldcode';
 * valideer(afwegingAntwoordenSchema, { vermoeden: 'ja', veiligheid: 'twijfel' }).ok; //=> true
 * ```
 */
export const afwegingAntwoordenSchema = /* @__PURE__ */ z
  .strictObject({
    vermoeden: jaNee
      .optional()
      .describe('Afweging 1: is er een vermoeden van huiselijk geweld of kindermishandeling?'),
    veiligheid: /* @__PURE__ */ z
      .enum(['ja', 'nee', 'twijfel'])
      .optional()
      .describe(
        'Afweging 2: is er acute of structurele onveiligheid? (twijfel telt in het onderwijs als ja)',
      ),
    hulpMogelijk: jaNee
      .optional()
      .describe(
        'Afweging 3: kan de school (of iemand anders in de school of een ketenpartner) effectieve hulp bieden of organiseren?',
      ),
    hulpAanvaard: jaNee
      .optional()
      .describe('Afweging 4: aanvaarden de betrokkenen de hulp en werken zij mee?'),
    resultaat: jaNee
      .optional()
      .describe(
        'Afweging 5: leidt de hulp binnen de afgesproken termijn tot duurzame veiligheid? Leeg zolang de termijn loopt.',
      ),
  })
  .describe(
    'The answers to the five afwegingen of the afwegingskader meldcode, each ja/nee (afweging 2 also twijfel).',
  );

/** The answers to the afwegingen. */
export type AfwegingAntwoorden = z.infer<typeof afwegingAntwoordenSchema>;

/** Outcome of the afwegingskader. */
export type AfwegingsUitkomst = 'afsluiten' | 'melden' | 'hulp-organiseren' | 'melden-en-hulp';

/** Options of {@link doorloopAfwegingskader}. */
export interface AfwegingOpties {
  /** `onderwijs` (default: the Afwegingskader Meldcode Onderwijs, doubt counts as yes) or `algemeen`. */
  readonly variant?: 'onderwijs' | 'algemeen';
  /** The date at which the rules are read (default: the current rules). */
  readonly peildatum?: IsoDatum;
  /** Language of problem messages. */
  readonly taal?: Taal;
}

const optiesSchema = /* @__PURE__ */ z.strictObject({
  variant: /* @__PURE__ */ z.enum(['onderwijs', 'algemeen']).optional(),
  peildatum: isoDatumSchema.optional(),
  taal: /* @__PURE__ */ z.enum(['nl', 'en']).optional(),
});

type Vraag = keyof AfwegingAntwoorden;
type Gevolg = 'verder' | AfwegingsUitkomst;

/** One afweging as a row of the decision table: the question, what each answer leads to, the source. */
interface Afweging {
  readonly nummer: number;
  readonly vraag: Vraag;
  readonly reden: MeldcodeRedenCode;
  readonly gevolg: { readonly ja: Gevolg; readonly nee: Gevolg };
  /** The outcome while the question cannot be answered yet (afweging 5 during the agreed term). */
  readonly zolangOpen?: AfwegingsUitkomst;
  readonly bron: Bron;
}

/**
 * The afwegingskader as a decision table (Rijksoverheid/NJI model; onderwijs variant for afweging 2 and 3):
 * one row per afweging, each answer leading to the next row or to an outcome.
 */
const AFWEGINGEN: readonly Afweging[] = [
  {
    nummer: 1, // geen-rechtsgetal: the afweging's number in the afwegingskader
    vraag: 'vermoeden',
    reden: 'AFWEGING_VERMOEDEN',
    gevolg: { ja: 'verder', nee: 'afsluiten' },
    bron: AFWEGINGSKADER,
  }, // geen-rechtsgetal: afweging number
  {
    nummer: 2, // geen-rechtsgetal: the afweging's number in the afwegingskader
    vraag: 'veiligheid',
    reden: 'AFWEGING_VEILIGHEID',
    gevolg: { ja: 'melden', nee: 'verder' },
    bron: AFWEGINGSKADER,
  }, // geen-rechtsgetal: afweging number
  {
    nummer: 3, // geen-rechtsgetal: the afweging's number in the afwegingskader
    vraag: 'hulpMogelijk',
    reden: 'AFWEGING_HULP',
    gevolg: { ja: 'verder', nee: 'melden' },
    bron: AFWEGINGSKADER_ONDERWIJS,
  }, // geen-rechtsgetal: afweging number
  {
    nummer: 4, // geen-rechtsgetal: the afweging's number in the afwegingskader
    vraag: 'hulpAanvaard',
    reden: 'AFWEGING_AANVAARDING',
    gevolg: { ja: 'verder', nee: 'melden' },
    bron: AFWEGINGSKADER,
  }, // geen-rechtsgetal: afweging number
  {
    nummer: 5, // geen-rechtsgetal: the afweging's number in the afwegingskader
    vraag: 'resultaat',
    reden: 'AFWEGING_RESULTAAT',
    gevolg: { ja: 'afsluiten', nee: 'melden' },
    zolangOpen: 'hulp-organiseren',
    bron: AFWEGINGSKADER,
  },
];

const UITKOMST_REDEN: Readonly<Record<AfwegingsUitkomst, MeldcodeRedenCode>> = {
  afsluiten: 'UITKOMST_AFSLUITEN',
  melden: 'UITKOMST_MELDEN',
  'hulp-organiseren': 'UITKOMST_HULP_ORGANISEREN',
  'melden-en-hulp': 'UITKOMST_MELDEN_EN_HULP',
};

function reden(
  code: MeldcodeRedenCode,
  bron: Bron,
  parameters?: Reden['parameters'],
): Reden<MeldcodeRedenCode> {
  return {
    code,
    tekst: codeTekst(MELDCODE_REDEN_CODES, code, 'nl', parameters ?? {}),
    bron,
    ...(parameters ? { parameters } : {}),
  };
}

function onbeantwoord(
  a: Afweging,
  taal: Taal,
  code: MeldcodeProbleemCode = 'AFWEGING_ONBEANTWOORD',
): Probleem {
  return {
    code,
    pad: ['antwoorden', a.vraag],
    melding: codeTekst(MELDCODE_PROBLEEM_CODES, code, taal, { afweging: a.nummer }),
    parameters: { afweging: a.nummer },
  };
}

/**
 * Goes through the afwegingskader of the meldcode (Besluit verplichte meldcode art. 2 lid 2 steps 4 and 5)
 * as a decision table and returns the outcome with a reason per afweging and its source:
 *
 * 1. no suspicion: `afsluiten`;
 * 2. acute or structural unsafety (onderwijs: also doubt): always `melden`; afwegingen 3 and 4 are then gone
 *    through together with Veilig Thuis, and help offered and accepted makes it `melden-en-hulp`;
 * 3. no effective help possible: `melden`; 4. help not accepted: `melden`;
 * 5. while the agreed term runs: `hulp-organiseren`; help that works: `afsluiten` (with agreements on
 *    monitoring); help that does not: `melden`.
 *
 * A question the path needs that has no answer is the problem `AFWEGING_ONBEANTWOORD`; doubt in the
 * `algemeen` variant is `AFWEGING_TWIJFEL_RAADPLEEG_VEILIG_THUIS`. Bad input gives validation problems.
 *
 * @example
 * ```ts
 * import { doorloopAfwegingskader } from '@schoolveiligheid/meldcode';
 * const r = doorloopAfwegingskader({ vermoeden: 'ja', veiligheid: 'twijfel' });
 * r.ok ? r.waarde.uitkomst : r.problemen; //=> 'melden'
 * const h = doorloopAfwegingskader({ vermoeden: 'ja', veiligheid: 'nee', hulpMogelijk: 'ja', hulpAanvaard: 'ja' });
 * h.ok ? h.waarde.uitkomst : h.problemen; //=> 'hulp-organiseren'
 * const o = doorloopAfwegingskader({ vermoeden: 'ja' });
 * o.ok ? o.waarde : o.problemen.map((p) => p.code); //=> ['AFWEGING_ONBEANTWOORD']
 * ```
 */
export function doorloopAfwegingskader(
  antwoorden: unknown,
  opties?: AfwegingOpties,
): Resultaat<Besluit<AfwegingsUitkomst, MeldcodeRedenCode>> {
  const o = valideer(optiesSchema, opties ?? {});
  if (!o.ok) return { ok: false, problemen: o.problemen.map((p) => ({ ...p, pad: ['opties', ...p.pad] })) };
  const taal: Taal = o.waarde.taal ?? 'nl';
  const a = valideer(afwegingAntwoordenSchema, antwoorden, { taal });
  if (!a.ok)
    return { ok: false, problemen: a.problemen.map((p) => ({ ...p, pad: ['antwoorden', ...p.pad] })) };
  const peildatum = o.waarde.peildatum;
  const lees = (r: Regel<boolean>) => leesRegel(r, peildatum);
  const variant = o.waarde.variant ?? 'onderwijs';
  const twijfelTelt = variant === 'onderwijs' && lees(twijfelIsJa)?.waarde === true;
  const antwoord = a.waarde;
  const redenen: Reden<MeldcodeRedenCode>[] = [];
  const verplicht = lees(afwegingskaderVerplicht);
  if (verplicht && verplicht.waarde === false)
    redenen.push(
      reden('AFWEGINGSKADER_NIET_VERPLICHT', verplicht.bron, peildatum ? { peildatum } : undefined),
    );

  let uitkomst: AfwegingsUitkomst | undefined;
  for (const rij of AFWEGINGEN) {
    const gegeven = antwoord[rij.vraag];
    if (gegeven === undefined) {
      if (rij.zolangOpen) {
        redenen.push(reden('AFWEGING_RESULTAAT_LOOPT', rij.bron, { afweging: rij.nummer }));
        uitkomst = rij.zolangOpen;
        break;
      }
      return { ok: false, problemen: [onbeantwoord(rij, taal)] };
    }
    let telAls: 'ja' | 'nee' = gegeven === 'twijfel' ? 'ja' : gegeven;
    if (gegeven === 'twijfel') {
      if (!twijfelTelt)
        return { ok: false, problemen: [onbeantwoord(rij, taal, 'AFWEGING_TWIJFEL_RAADPLEEG_VEILIG_THUIS')] };
      redenen.push(reden('TWIJFEL_TELT_ALS_JA', AFWEGINGSKADER_ONDERWIJS, { afweging: rij.nummer }));
      telAls = 'ja';
    }
    redenen.push(reden(rij.reden, rij.bron, { afweging: rij.nummer, antwoord: telAls }));
    const gevolg = rij.gevolg[telAls];
    if (gevolg === 'verder') continue;
    uitkomst = gevolg;
    if (rij.vraag === 'veiligheid') {
      const norm = lees(onveiligheidIsMelden);
      redenen.push(reden('ONVEILIGHEID_ALTIJD_MELDEN', norm?.bron ?? AFWEGINGSKADER));
      // afwegingen 3 and 4 together with Veilig Thuis: help offered and accepted comes on top of the melding
      if (antwoord.hulpMogelijk === 'ja' && antwoord.hulpAanvaard === 'ja') uitkomst = 'melden-en-hulp';
    }
    break;
  }
  // every row ends in an outcome or a problem (afweging 5 has one while open): never a default
  if (uitkomst === undefined)
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Het afwegingskader heeft geen uitkomst.');
  const definitief: AfwegingsUitkomst = uitkomst;
  // step 5 as worded at the peildatum: since 2019 first the melding, then help (the 2018 text the other way round)
  const stap5 = leesRegel(stap5Formulering, peildatum);
  redenen.push(reden(UITKOMST_REDEN[definitief], stap5?.bron ?? MELDCODE_STAPPEN));
  return { ok: true, waarde: besluit(definitief, redenen, regelVerantwoording()) };
}

/**
 * True when an outcome of the afwegingskader includes a melding at Veilig Thuis.
 *
 * @example
 * ```ts
 * import { omvatMelding } from '@schoolveiligheid/meldcode';
 * omvatMelding('melden-en-hulp'); //=> true
 * omvatMelding('hulp-organiseren'); //=> false
 * ```
 */
export function omvatMelding(uitkomst: unknown): boolean {
  return uitkomst === 'melden' || uitkomst === 'melden-en-hulp';
}
