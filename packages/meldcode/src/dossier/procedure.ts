import {
  type Beleid,
  type Besluit,
  type Bron,
  berekenTermijn,
  besluit,
  codeTekst,
  type Duur,
  type Dossier,
  dagnummer,
  type IsoDatum,
  isoDatumSchema,
  type Probleem,
  procedure,
  type Reden,
  type RolId,
  SchoolveiligheidFout,
  type Stap,
  termijnStatus,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import {
  afwegingAntwoordenSchema,
  type AfwegingsUitkomst,
  doorloopAfwegingskader,
  omvatMelding,
} from '../afwegingskader/afwegingskader.js';
import {
  MELDCODE_PROBLEEM_CODES,
  MELDCODE_REDEN_CODES,
  MELDCODE_STAP_CODES,
  MELDCODE_TERMIJN_CODES,
  type MeldcodeProbleemCode,
  type MeldcodeRedenCode,
  type MeldcodeStapCode,
  type MeldcodeTermijnCode,
} from '../codes/codes.js';
import { leesRegel } from '../regels/lees.js';
import {
  archiefBewaartermijn,
  eindverantwoordelijkeBenoemd,
  veiligThuisTerugkoppeling,
} from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

// The meldcode route as a procedure on kern's kernel: the logboek is the event list. Events carry dates, roles
// and known codes only, never free text: a signal is recorded as a fact with where it comes from, the content
// stays in the school's own file.

const school = [
  'leerkracht',
  'intern-begeleider',
  'aandachtsfunctionaris',
  'directeur',
  'veiligheidscoordinator',
] as const;
const schoolRol = /* @__PURE__ */ z.enum(school).describe('The school role that acted.');
const eindverantwoordelijken = [
  'directeur',
  'intern-begeleider',
  'aandachtsfunctionaris',
  'veiligheidscoordinator',
  'bevoegd-gezag',
] as const;

/**
 * Schema of the dossier header: the dossier id and the function with final responsibility for the decision
 * on a melding (Besluit verplichte meldcode art. 2 lid 1 onder c), explicit in every dossier.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { meldcodeKopSchema } from '@schoolveiligheid/meldcode';
 * valideer(meldcodeKopSchema, { id: 'meldcode-1', eindverantwoordelijke: 'directeur' }).ok; //=> true
 * valideer(meldcodeKopSchema, { id: 'meldcode-1' }).ok; //=> false
 * ```
 */
export const meldcodeKopSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z
      .string()
      .regex(/^[a-z\d][a-z\d-]*$/)
      .max(100)
      .describe(
        "The dossier's id in the vendor's system: lower-case letters, digits and hyphens; never a name or a BSN.",
      ),
    eindverantwoordelijke: /* @__PURE__ */ z
      .enum(eindverantwoordelijken)
      .describe(
        'The function with final responsibility for the decision on a melding (Besluit meldcode art. 2 lid 1 c).',
      ),
  })
  .describe('Header of a meldcode dossier: which dossier, and who takes the meld decision.');

const datum = isoDatumSchema.describe('The date it happened (the order key of the logboek).');

/**
 * Schema of the events of a meldcode dossier (the logboek), discriminated on `type`: signals as facts,
 * consultations, talks with pupil and parents (matched to the developmental age), a danger that skips the
 * parents, the weighing, the afwegingskader, the decision, the melding and its follow-up.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { meldcodeGebeurtenisSchema } from '@schoolveiligheid/meldcode';
 * valideer(meldcodeGebeurtenisSchema, { type: 'signaal-vastgelegd', datum: '2026-11-02', rol: 'leerkracht', herkomst: 'eigen-waarneming', feitelijk: true }).ok; //=> true
 * ```
 */
export const meldcodeGebeurtenisSchema = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('signaal-vastgelegd'),
        datum,
        rol: schoolRol,
        herkomst: /* @__PURE__ */ z
          .enum(['eigen-waarneming', 'uitspraak-leerling', 'informatie-ouders', 'informatie-derden'])
          .describe('Where the signal comes from: own observation kept apart from what others said.'),
        feitelijk: /* @__PURE__ */ z
          .literal(true)
          .describe('The signal is recorded as what was seen or heard, not as an interpretation.'),
      })
      .describe('Step 1: a signal recorded as a fact (in the school file; here only that and where from).'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('consultatie-gevoerd'),
        datum,
        rol: schoolRol,
        met: /* @__PURE__ */ z
          .enum([
            'collega',
            'intern-begeleider',
            'aandachtsfunctionaris',
            'veilig-thuis-anoniem',
            'veilig-thuis',
            'jeugdarts',
            'letselduiding',
          ])
          .describe(
            'Whom was consulted: a colleague, the IB, the aandachtsfunctionaris, Veilig Thuis (anonymously), an expert.',
          ),
      })
      .describe('Step 2: collegial consultation or advice.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('gevaar-vastgesteld'),
        datum,
        rol: schoolRol,
        reden: /* @__PURE__ */ z
          .enum(['concrete-aanwijzingen', 'eergerelateerd-geweld', 'disclosure'])
          .describe('Why talking with the parents could endanger the pupil.'),
      })
      .describe(
        'A talk with the parents could endanger the pupil: the parents are skipped, Veilig Thuis is contacted directly.',
      ),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('gesprek-gevoerd'),
        datum,
        rol: schoolRol,
        met: /* @__PURE__ */ z
          .enum(['leerling', 'ouders'])
          .describe('With the pupil or with the parents or carers.'),
        afgestemdOpOntwikkelingsleeftijd: /* @__PURE__ */ z
          .boolean()
          .optional()
          .describe('For a talk with the pupil: matched to the developmental age (required).'),
      })
      .describe('Step 3: a talk with the pupil or the parents.'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('weging-ondersteuningsteam'), datum, rol: schoolRol })
      .describe('The support team weighed signals, advice and talks (onderwijs route step 3).'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('afweging-vastgelegd'),
        datum,
        rol: schoolRol,
        antwoorden: afwegingAntwoordenSchema,
      })
      .describe('Step 4: the answers to the afwegingskader.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('besluit-genomen'),
        datum,
        rol: /* @__PURE__ */ z
          .enum(eindverantwoordelijken)
          .describe('Who decided: must be the header’s eindverantwoordelijke.'),
        besluit: /* @__PURE__ */ z
          .enum(['afsluiten', 'melden', 'hulp-organiseren', 'melden-en-hulp'])
          .describe('The decision: first on a melding, then on help.'),
        informeertOuders: /* @__PURE__ */ z
          .enum(school)
          .optional()
          .describe('Who informs the parents of the outcome and any melding.'),
      })
      .describe('Step 5: the decision, by the function with final responsibility.'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('melding-gedaan'), datum, rol: schoolRol })
      .describe('The school reported to Veilig Thuis.'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('ouders-geinformeerd'), datum, rol: schoolRol })
      .describe('The parents were informed of the melding.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('terugkoppeling-ontvangen'),
        datum,
        rol: schoolRol,
        uitkomst: /* @__PURE__ */ z
          .enum(['opgepakt', 'niet-opgepakt', 'advies'])
          .describe('What Veilig Thuis reported back: it takes the melding up, it does not, or advice.'),
      })
      .describe('Veilig Thuis reported back to the school.'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('vervolgafspraken-vastgelegd'), datum, rol: schoolRol })
      .describe('The school recorded what it does itself after the melding or with the help.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('evaluatie-gehouden'),
        datum,
        rol: schoolRol,
        uitkomst: /* @__PURE__ */ z
          .enum(['voortzetten', 'afsluiten', 'opnieuw-wegen'])
          .describe('Continue the help, close, or weigh again (afweging 5).'),
      })
      .describe('Follow-up: the effects of the help were evaluated.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('signaal-gearchiveerd'),
        datum,
        rol: schoolRol,
        reden: /* @__PURE__ */ z
          .enum(['eenmalig', 'ontkracht'])
          .describe('Why the route closes: the signal was one-off, or the suspicion was refuted.'),
      })
      .describe(
        'After steps 1 and 2 the signal turned out one-off or unfounded: the route closes, the signal is archived.',
      ),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('dossier-afgesloten'),
        datum,
        rol: /* @__PURE__ */ z.enum(eindverantwoordelijken),
      })
      .describe('The dossier was closed.'),
  ])
  .describe('An event of the meldcode logboek, discriminated on type.');

/** The header of a meldcode dossier. */
export type MeldcodeKop = z.infer<typeof meldcodeKopSchema>;

/** An event of a meldcode dossier. */
export type MeldcodeGebeurtenis = z.infer<typeof meldcodeGebeurtenisSchema>;

/** A stored meldcode dossier: plain JSON, the state is derived. */
export type MeldcodeDossier = Dossier<MeldcodeKop, MeldcodeGebeurtenis>;

/** Why the parents are skipped. */
export type GevaarReden = 'concrete-aanwijzingen' | 'eergerelateerd-geweld' | 'disclosure';

/** Why a signal was archived after steps 1 and 2: one-off, or the suspicion refuted. */
export type ArchiefReden = 'eenmalig' | 'ontkracht';

/** The state derived from the logboek (flags and latest values only: it does not grow with the events). */
export interface MeldcodeToestand {
  readonly eersteSignaal: IsoDatum | null;
  readonly signalen: number;
  readonly collegiaalOverlegd: boolean;
  readonly gesprekLeerling: boolean;
  readonly gesprekOuders: boolean;
  /** The recorded reason to skip the parents, if any. */
  readonly gevaar: GevaarReden | null;
  /** After the danger: the aandachtsfunctionaris (or IB) was consulted. */
  readonly aandachtsfunctionarisNaGevaar: boolean;
  /** After the danger: Veilig Thuis was contacted. */
  readonly veiligThuisNaGevaar: boolean;
  readonly gewogen: boolean;
  /** The outcome of the afwegingskader as recorded. */
  readonly afweging: AfwegingsUitkomst | null;
  readonly besluit: AfwegingsUitkomst | null;
  readonly informeertOuders: RolId | null;
  readonly gemeldOp: IsoDatum | null;
  readonly oudersGeinformeerd: boolean;
  readonly terugkoppeling: 'opgepakt' | 'niet-opgepakt' | 'advies' | null;
  readonly vervolgafspraken: boolean;
  readonly laatsteEvaluatie: 'voortzetten' | 'afsluiten' | 'opnieuw-wegen' | null;
  /** The signal was archived after steps 1 and 2: when and why (the route is then closed). */
  readonly archief: { readonly datum: IsoDatum; readonly reden: ArchiefReden } | null;
  readonly afgesloten: boolean;
}

/**
 * The parents at one next step ("in gesprek met ouders" at every step of the seed's onderwijs route): whether the
 * school talks with them at this step, and the sourced reason; with a recorded danger they are left out and the
 * reason names it.
 */
export interface OudersBijStap {
  /** The next step (as in `volgendeStappen`). */
  readonly stap: MeldcodeStapCode;
  /** `true`: the school is in conversation with the parents at this step; `false`: not, for the reason given. */
  readonly inGesprek: boolean;
  /** What the step asks of the parents, or why they are left out, with its source. */
  readonly reden: Reden<MeldcodeRedenCode>;
}

/** A signal archived after steps 1 and 2, with its retention in the pupil file. */
export interface SignaalArchief {
  /** The date the route closed with the signal archived. */
  readonly datum: IsoDatum;
  /** Why: one-off, or the suspicion refuted. */
  readonly reden: ArchiefReden;
  /** How long after the pupil leaves the school the archived signal is kept; `null` when no term is known. */
  readonly bewaartermijn: Duur | null;
  /** The retention counts from the pupil's leaving the school (`uitschrijving`), a date the dossier does not hold. */
  readonly bewaartermijnVanaf: 'vertrek-leerling';
}

/** Options of `openTermijnen` and `volgendeStappen`. */
export interface MeldcodeOpties {
  /** The school's policy, when it sets its own values (see `SEED_2018_BELEID`). */
  readonly beleid?: Beleid;
}

const LEEG: MeldcodeToestand = {
  eersteSignaal: null,
  signalen: 0,
  collegiaalOverlegd: false,
  gesprekLeerling: false,
  gesprekOuders: false,
  gevaar: null,
  aandachtsfunctionarisNaGevaar: false,
  veiligThuisNaGevaar: false,
  gewogen: false,
  afweging: null,
  besluit: null,
  informeertOuders: null,
  gemeldOp: null,
  oudersGeinformeerd: false,
  terugkoppeling: null,
  vervolgafspraken: false,
  laatsteEvaluatie: null,
  archief: null,
  afgesloten: false,
};

const probleem = (code: MeldcodeProbleemCode, pad: readonly (string | number)[] = ['type']): Probleem => ({
  code,
  pad: [...pad],
  melding: codeTekst(MELDCODE_PROBLEEM_CODES, code),
});

const alsNiet = (voorwaarde: boolean, code: MeldcodeProbleemCode, pad?: readonly (string | number)[]) =>
  voorwaarde ? [] : [probleem(code, pad)];

const metSignaal = (t: MeldcodeToestand) => alsNiet(t.signalen > 0, 'GEEN_SIGNAAL');

/** One row of the next-steps table: when the step is due, who does it. */
interface StapRij {
  readonly code: MeldcodeStapCode;
  readonly rol: (t: MeldcodeToestand, kop: MeldcodeKop) => RolId;
  readonly wanneer: (t: MeldcodeToestand) => boolean;
  readonly termijnCode?: MeldcodeTermijnCode;
}

const inGevaar = (t: MeldcodeToestand) => t.gevaar !== null;
const gewoon = (t: MeldcodeToestand) => t.gevaar === null && t.besluit === null;
const metHulp = (b: AfwegingsUitkomst | null) => b === 'hulp-organiseren' || b === 'melden-en-hulp';

/**
 * "In gesprek met ouders" at every step (seed 2018, Stappen in de ondersteuningsroute: in primary education the
 * talk is always also with the parents, and the school stays in conversation with pupil and parents throughout):
 * what each step asks of the parents in the ordinary route, one sourced reason per step code.
 */
const OUDERS_BIJ_STAP: Readonly<Record<MeldcodeStapCode, MeldcodeRedenCode>> = {
  SIGNALEN_VASTLEGGEN: 'OUDERS_SIGNALEN_BESPREKEN',
  COLLEGIAAL_OVERLEGGEN: 'OUDERS_IN_GESPREK_BLIJVEN',
  GESPREK_MET_LEERLING: 'OUDERS_GESPREK_VOEREN',
  GESPREK_MET_OUDERS: 'OUDERS_GESPREK_VOEREN',
  WEGEN_IN_ONDERSTEUNINGSTEAM: 'OUDERS_IN_WEGING',
  AFWEGINGSKADER_DOORLOPEN: 'OUDERS_IN_WEGING',
  BESLUIT_NEMEN: 'OUDERS_BIJ_BESLUIT',
  AANDACHTSFUNCTIONARIS_DIRECT_RAADPLEGEN: 'OUDERS_NIET_BIJ_GEVAAR',
  VEILIG_THUIS_DIRECT_CONTACTEREN: 'OUDERS_NIET_BIJ_GEVAAR',
  MELDEN_BIJ_VEILIG_THUIS: 'OUDERS_BIJ_BESLUIT',
  OUDERS_INFORMEREN: 'OUDERS_BIJ_BESLUIT',
  OUDERS_AFSTEMMEN_MET_VEILIG_THUIS: 'OUDERS_VIA_VEILIG_THUIS',
  TERUGKOPPELING_NAVRAGEN: 'OUDERS_IN_GESPREK_BLIJVEN',
  VERVOLGAFSPRAKEN_VASTLEGGEN: 'OUDERS_IN_GESPREK_BLIJVEN',
  HULP_VOLGEN_EN_EVALUEREN: 'OUDERS_BIJ_VOLGEN',
  DOSSIER_AFSLUITEN: 'OUDERS_IN_GESPREK_BLIJVEN',
};

function reden(
  code: MeldcodeRedenCode,
  bron?: Bron,
  parameters?: Reden['parameters'],
): Reden<MeldcodeRedenCode> {
  const b = bron ?? MELDCODE_REDEN_CODES[code].bron;
  return {
    code,
    tekst: codeTekst(MELDCODE_REDEN_CODES, code, 'nl', parameters ?? {}),
    ...(b ? { bron: b } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

/** What a next step asks of the parents, or why they are left out: a recorded danger overrides every step. */
function oudersBij(t: MeldcodeToestand, stap: MeldcodeStapCode): OudersBijStap {
  if (t.gevaar === null) return { stap, inGesprek: true, reden: reden(OUDERS_BIJ_STAP[stap]) };
  const viaVeiligThuis = t.veiligThuisNaGevaar || t.gemeldOp !== null;
  return {
    stap,
    inGesprek: false,
    reden: reden(viaVeiligThuis ? 'OUDERS_VIA_VEILIG_THUIS' : 'OUDERS_NIET_BIJ_GEVAAR', undefined, {
      gevaar: t.gevaar,
    }),
  };
}

/**
 * The next steps as a table, in order. In the danger route (a recorded reason to skip the parents) no step
 * involves the parents: the aandachtsfunctionaris is consulted at once and contacts Veilig Thuis directly.
 */
const STAPPEN: readonly StapRij[] = [
  { code: 'SIGNALEN_VASTLEGGEN', rol: () => 'leerkracht', wanneer: (t) => t.signalen === 0 },
  {
    code: 'AANDACHTSFUNCTIONARIS_DIRECT_RAADPLEGEN',
    rol: () => 'leerkracht',
    wanneer: (t) => inGevaar(t) && !t.aandachtsfunctionarisNaGevaar && t.gemeldOp === null,
  },
  {
    code: 'VEILIG_THUIS_DIRECT_CONTACTEREN',
    rol: () => 'aandachtsfunctionaris',
    wanneer: (t) => inGevaar(t) && !t.veiligThuisNaGevaar && t.gemeldOp === null,
  },
  {
    code: 'OUDERS_AFSTEMMEN_MET_VEILIG_THUIS',
    rol: () => 'aandachtsfunctionaris',
    wanneer: (t) => inGevaar(t) && (t.veiligThuisNaGevaar || t.gemeldOp !== null) && !t.oudersGeinformeerd,
  },
  {
    code: 'COLLEGIAAL_OVERLEGGEN',
    rol: () => 'leerkracht',
    wanneer: (t) => gewoon(t) && t.signalen > 0 && !t.collegiaalOverlegd,
  },
  {
    code: 'GESPREK_MET_LEERLING',
    rol: () => 'leerkracht',
    wanneer: (t) => gewoon(t) && t.signalen > 0 && !t.gesprekLeerling,
  },
  {
    code: 'GESPREK_MET_OUDERS',
    rol: () => 'leerkracht',
    wanneer: (t) => gewoon(t) && t.signalen > 0 && !t.gesprekOuders,
  },
  {
    code: 'WEGEN_IN_ONDERSTEUNINGSTEAM',
    rol: () => 'intern-begeleider',
    wanneer: (t) => gewoon(t) && t.signalen > 0 && !t.gewogen,
  },
  {
    code: 'AFWEGINGSKADER_DOORLOPEN',
    rol: () => 'aandachtsfunctionaris',
    wanneer: (t) => gewoon(t) && t.signalen > 0 && t.afweging === null,
  },
  {
    code: 'BESLUIT_NEMEN',
    rol: (_t, kop) => kop.eindverantwoordelijke,
    wanneer: (t) => gewoon(t) && t.signalen > 0,
  },
  {
    code: 'MELDEN_BIJ_VEILIG_THUIS',
    rol: () => 'aandachtsfunctionaris',
    wanneer: (t) => !inGevaar(t) && omvatMelding(t.besluit) && t.gemeldOp === null,
  },
  {
    code: 'OUDERS_INFORMEREN',
    rol: (t, kop) => t.informeertOuders ?? kop.eindverantwoordelijke,
    wanneer: (t) => !inGevaar(t) && t.gemeldOp !== null && !t.oudersGeinformeerd,
  },
  {
    code: 'TERUGKOPPELING_NAVRAGEN',
    rol: () => 'aandachtsfunctionaris',
    wanneer: (t) => t.gemeldOp !== null && t.terugkoppeling === null,
    termijnCode: 'TERUGKOPPELING_VEILIG_THUIS',
  },
  {
    code: 'VERVOLGAFSPRAKEN_VASTLEGGEN',
    rol: () => 'intern-begeleider',
    wanneer: (t) => (t.gemeldOp !== null || metHulp(t.besluit)) && !t.vervolgafspraken,
  },
  {
    code: 'HULP_VOLGEN_EN_EVALUEREN',
    rol: () => 'intern-begeleider',
    wanneer: (t) => metHulp(t.besluit) && t.laatsteEvaluatie !== 'afsluiten',
  },
  {
    code: 'DOSSIER_AFSLUITEN',
    rol: (_t, kop) => kop.eindverantwoordelijke,
    wanneer: (t) =>
      t.besluit === 'afsluiten' ||
      t.laatsteEvaluatie === 'afsluiten' ||
      (t.besluit === 'melden' && t.terugkoppeling !== null && t.vervolgafspraken),
  },
];

/**
 * The meldcode route on kern's procedure kernel (Besluit verplichte meldcode art. 2 lid 2; the seed's onderwijs
 * route): `nieuwDossier`, `verwerk`, `verwerkJson`, `verwerkAlle`, `herspeel`, `leesDossier`, `toestand`,
 * `openTermijnen(dossier, nu, { beleid })` (Veilig Thuis' term to report back, flagged `onbevestigd`) and
 * `volgendeStappen(dossier)`. The decision must be taken by the header's `eindverantwoordelijke`; when the
 * afwegingskader leads to melden, a decision without a melding is refused. A recorded danger
 * (`gevaar-vastgesteld`: concrete indications, eergerelateerd geweld, disclosure) takes the parents out of the
 * next steps: the aandachtsfunctionaris is consulted at once and contacts Veilig Thuis directly.
 *
 * @example
 * ```ts
 * import { meldcodeProcedure } from '@schoolveiligheid/meldcode';
 * const d = meldcodeProcedure.herspeel({ id: 'meldcode-1', eindverantwoordelijke: 'directeur' }, [
 *   { type: 'signaal-vastgelegd', datum: '2026-11-02', rol: 'leerkracht', herkomst: 'uitspraak-leerling', feitelijk: true },
 *   { type: 'gevaar-vastgesteld', datum: '2026-11-02', rol: 'leerkracht', reden: 'disclosure' },
 * ]);
 * d.ok ? meldcodeProcedure.volgendeStappen(d.waarde).map((s) => s.code) : d.problemen; //=> ['AANDACHTSFUNCTIONARIS_DIRECT_RAADPLEGEN', 'VEILIG_THUIS_DIRECT_CONTACTEREN']
 * ```
 */
export const meldcodeProcedure = /* @__PURE__ */ procedure<
  MeldcodeKop,
  MeldcodeGebeurtenis,
  MeldcodeToestand,
  MeldcodeOpties,
  MeldcodeTermijnCode,
  MeldcodeStapCode
>({
  naam: 'meldcode',
  versie: 1,
  kop: meldcodeKopSchema,
  gebeurtenis: meldcodeGebeurtenisSchema,
  begin: () => LEEG,
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.afgesloten,
  overgangen: {
    'signaal-vastgelegd': {
      pasToe: (t, g) => ({ ...t, signalen: t.signalen + 1, eersteSignaal: t.eersteSignaal ?? g.datum }),
    },
    'consultatie-gevoerd': {
      controleer: metSignaal,
      pasToe: (t, g) => ({
        ...t,
        collegiaalOverlegd: t.collegiaalOverlegd || g.met !== 'letselduiding',
        aandachtsfunctionarisNaGevaar:
          t.aandachtsfunctionarisNaGevaar ||
          (t.gevaar !== null && (g.met === 'aandachtsfunctionaris' || g.met === 'intern-begeleider')),
        veiligThuisNaGevaar:
          t.veiligThuisNaGevaar ||
          (t.gevaar !== null && (g.met === 'veilig-thuis' || g.met === 'veilig-thuis-anoniem')),
      }),
    },
    'gevaar-vastgesteld': {
      controleer: metSignaal,
      pasToe: (t, g) => ({
        ...t,
        gevaar: t.gevaar ?? g.reden,
        aandachtsfunctionarisNaGevaar:
          t.aandachtsfunctionarisNaGevaar ||
          g.rol === 'aandachtsfunctionaris' ||
          g.rol === 'intern-begeleider',
      }),
    },
    'gesprek-gevoerd': {
      controleer: (t, g) => [
        ...metSignaal(t),
        ...alsNiet(
          g.met !== 'leerling' || g.afgestemdOpOntwikkelingsleeftijd === true,
          'GESPREK_NIET_AFGESTEMD',
          ['afgestemdOpOntwikkelingsleeftijd'],
        ),
      ],
      pasToe: (t, g) =>
        g.met === 'leerling' ? { ...t, gesprekLeerling: true } : { ...t, gesprekOuders: true },
    },
    'weging-ondersteuningsteam': { controleer: metSignaal, pasToe: (t) => ({ ...t, gewogen: true }) },
    'afweging-vastgelegd': {
      controleer: (t, g) => {
        const r = doorloopAfwegingskader(g.antwoorden, { peildatum: g.datum });
        return [
          ...metSignaal(t),
          ...alsNiet(t.besluit === null, 'BESLUIT_AL_GENOMEN'),
          ...(r.ok ? [] : r.problemen),
        ];
      },
      pasToe: (t, g) => {
        const r = doorloopAfwegingskader(g.antwoorden, { peildatum: g.datum });
        if (!r.ok) throw new SchoolveiligheidFout('DOSSIER_ONGELDIG', 'De afweging is niet volledig.');
        return { ...t, afweging: r.waarde.uitkomst };
      },
    },
    'besluit-genomen': {
      controleer: (t, g, kop) => [
        ...metSignaal(t),
        ...alsNiet(t.besluit === null, 'BESLUIT_AL_GENOMEN'),
        ...alsNiet(g.rol === kop.eindverantwoordelijke, 'BESLUIT_NIET_DOOR_EINDVERANTWOORDELIJKE', ['rol']),
        ...alsNiet(!omvatMelding(t.afweging) || omvatMelding(g.besluit), 'BESLUIT_ZONDER_MELDING', [
          'besluit',
        ]),
      ],
      pasToe: (t, g) => ({ ...t, besluit: g.besluit, informeertOuders: g.informeertOuders ?? null }),
    },
    'melding-gedaan': {
      controleer: (t) => [
        ...metSignaal(t),
        ...alsNiet(t.gemeldOp === null, 'AL_GEMELD'),
        ...alsNiet(t.gevaar !== null || omvatMelding(t.besluit), 'GEEN_BESLUIT_TOT_MELDEN'),
      ],
      pasToe: (t, g) => ({
        ...t,
        gemeldOp: g.datum,
        veiligThuisNaGevaar: t.veiligThuisNaGevaar || t.gevaar !== null,
      }),
    },
    'ouders-geinformeerd': {
      controleer: (t) => alsNiet(t.gemeldOp !== null, 'NOG_NIET_GEMELD'),
      pasToe: (t) => ({ ...t, oudersGeinformeerd: true }),
    },
    'terugkoppeling-ontvangen': {
      controleer: (t) => alsNiet(t.gemeldOp !== null, 'NOG_NIET_GEMELD'),
      pasToe: (t, g) => ({ ...t, terugkoppeling: g.uitkomst }),
    },
    'vervolgafspraken-vastgelegd': {
      controleer: (t) => alsNiet(t.gemeldOp !== null || metHulp(t.besluit), 'NOG_NIET_GEMELD'),
      pasToe: (t) => ({ ...t, vervolgafspraken: true }),
    },
    'evaluatie-gehouden': {
      controleer: (t) => alsNiet(metHulp(t.besluit), 'GEEN_HULP_BESLOTEN'),
      pasToe: (t, g) =>
        g.uitkomst === 'opnieuw-wegen'
          ? { ...t, laatsteEvaluatie: g.uitkomst, afweging: null, besluit: null, informeertOuders: null }
          : { ...t, laatsteEvaluatie: g.uitkomst },
    },
    'signaal-gearchiveerd': {
      controleer: (t) => [
        ...metSignaal(t),
        ...alsNiet(t.gevaar === null, 'ARCHIVEREN_BIJ_GEVAAR'),
        ...alsNiet(
          !t.gewogen && t.afweging === null && t.besluit === null && t.gemeldOp === null,
          'ARCHIVEREN_NA_WEGING',
        ),
        ...alsNiet(t.collegiaalOverlegd, 'ARCHIVEREN_ZONDER_OVERLEG'),
      ],
      pasToe: (t, g) => ({ ...t, archief: { datum: g.datum, reden: g.reden }, afgesloten: true }),
    },
    'dossier-afgesloten': {
      controleer: (t, g, kop) => [
        ...metSignaal(t),
        ...alsNiet(g.rol === kop.eindverantwoordelijke, 'BESLUIT_NIET_DOOR_EINDVERANTWOORDELIJKE', ['rol']),
      ],
      pasToe: (t) => ({ ...t, afgesloten: true }),
    },
  },
  openTermijnen: (t, _kop, nu, opties) => {
    if (t.gemeldOp === null || t.terugkoppeling !== null) return [];
    const tekst = codeTekst(MELDCODE_TERMIJN_CODES, 'TERUGKOPPELING_VEILIG_THUIS');
    const waarde = zoekWaardeVoor(veiligThuisTerugkoppeling, t.gemeldOp, opties.beleid);
    if (!waarde) return [{ code: 'TERUGKOPPELING_VEILIG_THUIS', rol: 'veilig-thuis', tekst }];
    try {
      const termijn = berekenTermijn({
        gebeurtenis: t.gemeldOp,
        duur: waarde.waarde,
        grondslag: 'nl-wet',
        bron: waarde.bron,
      });
      return [
        {
          code: 'TERUGKOPPELING_VEILIG_THUIS',
          rol: 'veilig-thuis',
          tekst,
          bron: waarde.bron,
          termijn,
          status: termijnStatus(termijn, nu),
        },
      ];
    } catch (e) {
      // outside the work calendar's range: the duty stands, its date cannot be computed
      if (e instanceof SchoolveiligheidFout)
        return [{ code: 'TERUGKOPPELING_VEILIG_THUIS', rol: 'veilig-thuis', tekst, bron: waarde.bron }];
      throw e;
    }
  },
  volgendeStappen: (t, kop) =>
    t.afgesloten
      ? []
      : STAPPEN.filter((s) => s.wanneer(t)).map((s): Stap<MeldcodeStapCode> => {
          const bron = MELDCODE_STAP_CODES[s.code].bron;
          return {
            code: s.code,
            rol: s.rol(t, kop),
            tekst: `${codeTekst(MELDCODE_STAP_CODES, s.code)} ${oudersBij(t, s.code).reden.tekst}`,
            ...(s.code === 'BESLUIT_NEMEN'
              ? { bron: eindverantwoordelijkeBenoemd.waarden[0]?.bron ?? bron }
              : bron
                ? { bron }
                : {}),
            ...(s.termijnCode ? { termijnCode: s.termijnCode } : {}),
          };
        }),
});

/**
 * "In gesprek met ouders" at every next step: for each step of `volgendeStappen(dossier)`, in the same order,
 * whether the school talks with the parents at that step and why (seed 2018, Stappen in de ondersteuningsroute).
 * After `gevaar-vastgesteld` no step has the parents in conversation: the reason names the danger
 * (`OUDERS_NIET_BIJ_GEVAAR`), and once Veilig Thuis is involved the parents are approached only as agreed with
 * it (`OUDERS_VIA_VEILIG_THUIS`). Throws `DOSSIER_ONGELDIG` on misuse.
 *
 * @example
 * ```ts
 * import { meldcodeProcedure, oudersPerStap } from '@schoolveiligheid/meldcode';
 * const kop = { id: 'meldcode-1', eindverantwoordelijke: 'directeur' } as const;
 * const signaal = { type: 'signaal-vastgelegd', datum: '2026-11-02', rol: 'leerkracht', herkomst: 'eigen-waarneming', feitelijk: true } as const;
 * const d = meldcodeProcedure.herspeel(kop, [signaal]);
 * d.ok ? oudersPerStap(d.waarde).map((o) => o.reden.code).slice(0, 2) : d.problemen; //=> ['OUDERS_IN_GESPREK_BLIJVEN', 'OUDERS_GESPREK_VOEREN']
 * const g = meldcodeProcedure.herspeel(kop, [signaal, { type: 'gevaar-vastgesteld', datum: '2026-11-02', rol: 'leerkracht', reden: 'disclosure' }]);
 * g.ok ? oudersPerStap(g.waarde).map((o) => [o.inGesprek, o.reden.parameters?.gevaar]) : g.problemen; //=> [[false, 'disclosure'], [false, 'disclosure']]
 * ```
 */
export function oudersPerStap(dossier: MeldcodeDossier): OudersBijStap[] {
  const stappen = meldcodeProcedure.volgendeStappen(dossier);
  const t = meldcodeProcedure.toestand(dossier);
  if (!t.ok) throw new SchoolveiligheidFout('DOSSIER_ONGELDIG', 'Het dossier is niet geldig.');
  return stappen.map((s) => oudersBij(t.waarde, s.code));
}

/**
 * The archive of a one-off or refuted signal: when the route closed with `signaal-gearchiveerd` (allowed after
 * collegial consultation, before any weighing, decision or melding, and never with a recorded danger), the date,
 * the coded reason and the retention in the pupil file (`meldcode.archief.bewaartermijn`: 2 years after the
 * pupil leaves, PO-Raad sector guidance, `secundair`; a policy such as `SEED_2018_BELEID` may set its own).
 * Not archived: `uitkomst` is `null` with the reason `NIET_GEARCHIVEERD`. Throws `DOSSIER_ONGELDIG` on misuse.
 *
 * @example
 * ```ts
 * import { meldcodeProcedure, signaalArchief } from '@schoolveiligheid/meldcode';
 * const d = meldcodeProcedure.herspeel({ id: 'meldcode-1', eindverantwoordelijke: 'directeur' }, [
 *   { type: 'signaal-vastgelegd', datum: '2026-11-02', rol: 'leerkracht', herkomst: 'eigen-waarneming', feitelijk: true },
 *   { type: 'consultatie-gevoerd', datum: '2026-11-03', rol: 'leerkracht', met: 'intern-begeleider' },
 *   { type: 'signaal-gearchiveerd', datum: '2026-11-04', rol: 'intern-begeleider', reden: 'eenmalig' },
 * ]);
 * const a = d.ok ? signaalArchief(d.waarde) : null;
 * [a?.uitkomst?.reden, a?.uitkomst?.bewaartermijn, a?.redenen.map((r) => r.code)]; //=> ['eenmalig', { aantal: 24, eenheid: 'maanden' }, ['ARCHIEF_EENMALIG', 'ARCHIEF_BEWAARTERMIJN']]
 * ```
 */
export function signaalArchief(
  dossier: MeldcodeDossier,
  opties?: MeldcodeOpties,
): Besluit<SignaalArchief | null, MeldcodeRedenCode> {
  const t = meldcodeProcedure.toestand(dossier);
  if (!t.ok) throw new SchoolveiligheidFout('DOSSIER_ONGELDIG', 'Het dossier is niet geldig.');
  const archief = t.waarde.archief;
  if (archief === null) return besluit(null, [reden('NIET_GEARCHIVEERD')], regelVerantwoording());
  const beleid = typeof opties === 'object' && opties !== null ? opties.beleid : undefined;
  const termijn = leesRegel(archiefBewaartermijn, archief.datum, beleid);
  const waarom = reden(archief.reden === 'eenmalig' ? 'ARCHIEF_EENMALIG' : 'ARCHIEF_ONTKRACHT', undefined, {
    datum: archief.datum,
  });
  return besluit(
    {
      datum: archief.datum,
      reden: archief.reden,
      bewaartermijn: termijn ? termijn.waarde : null,
      bewaartermijnVanaf: 'vertrek-leerling',
    },
    [
      waarom,
      termijn
        ? reden('ARCHIEF_BEWAARTERMIJN', termijn.bron, {
            aantal: termijn.waarde.aantal,
            eenheid: termijn.waarde.eenheid,
          })
        : reden('ARCHIEF_BEWAARTERMIJN_ONBEKEND'),
    ],
    regelVerantwoording(),
  );
}
