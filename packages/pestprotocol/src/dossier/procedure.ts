import {
  type Beleid,
  type Bron,
  berekenTermijn,
  codeTekst,
  type Dossier,
  type Duur,
  dagnummer,
  type IsoDatum,
  isoDatumSchema,
  type OpenTermijn,
  type Probleem,
  procedure,
  type RolId,
  SchoolveiligheidFout,
  type Stap,
  stapUitCatalogus,
  type TermijnUitkomst,
  termijnStatus,
  type Tijdstip,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { PESTPROTOCOL_BRONNEN as B } from '../bronnen/bronnen.js';
import {
  PESTPROTOCOL_PROBLEEM_CODES,
  PESTPROTOCOL_STAP_CODES,
  PESTPROTOCOL_TERMIJN_CODES,
  type PestprotocolProbleemCode,
  type PestprotocolStapCode,
  type PestprotocolTermijnCode,
} from '../codes/codes.js';
import { controleNaTerugkeer } from '../regels/regels.js';

// The escalation ladder of the seed ("Hulp aan de pester", "Hulp aan de gepeste leerling") as a procedure on
// kern's kernel. The rung (trede) only goes up, one at a time, unless the event records a reason; going down
// is its own event with a required reason. The parents' rung holds two talks: with the bully's parents ("Hulp
// aan de pester": when the agreements do not help) and with the bullied pupil's parents ("Hulp aan de gepeste
// leerling": when the help to the pupil does not help). Either talk reaches the rung from the agreements; the
// rung is complete when both were held, and only a complete rung (or a recorded reason) leads on to external help. The last rung hands the case over to a schorsing dossier by its id
// (the schorsing package checks the WPO 40c grounds); aftercare runs beside the ladder.
// Professional help for the bullied pupil ("Hulp aan de gepeste leerling": "Bij ernstige gevolgen van pesten ...
// Zo nodig wordt hierbij, met toestemming van de ouders/verzorgers, hulp van professionele instellingen
// ingeschakeld") is a second consent track beside the ladder: it never moves a rung, never needs a rung, and a
// refusal by the bullied pupil's parents never leads to schorsing (that route is only the bully's).

/**
 * The rungs of the ladder, in order: reported, talks with the bully and the bullied pupil, agreements (a
 * contract), the talks with the parents of the bully and of the bullied pupil (`gesprek-ouders`: reached by either
 * talk, complete when both were held), external help (with the parents' consent), hand-over to schorsing.
 *
 * @example
 * ```ts
 * import { TREDEN } from '@schoolveiligheid/pestprotocol';
 * TREDEN.indexOf('afspraken'); //=> 2
 * ```
 */
export const TREDEN = /* @__PURE__ */ Object.freeze([
  'gemeld',
  'gesprekken',
  'afspraken',
  'gesprek-ouders',
  'externe-hulp',
  'schorsing',
] as const);

/** A rung of the ladder (see {@link TREDEN}). */
export type Trede = (typeof TREDEN)[number];

const id = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100)
  .describe(
    "A dossier id in the vendor's system: lower-case letters, digits and hyphens; never a name or a BSN.",
  );

const reden = /* @__PURE__ */ z
  .enum(['ernst-en-omvang', 'veiligheid-in-gevaar', 'eerder-doorlopen', 'gedrag-verbeterd-nieuwe-start'])
  .describe(
    'Why a rung is skipped or reset: the seriousness and extent of the bullying (seed), safety at risk, the rung was taken before (elsewhere), or a new start after improvement.',
  );

const gevolg = /* @__PURE__ */ z
  .enum(['eigenwaarde-aangetast', 'voelt-zich-onveilig', 'hulp-school-helpt-niet', 'anders'])
  .describe(
    "The serious consequence found for the bullied pupil: self-esteem damaged (seed, Hulp aan de gepeste leerling), does not feel safe (seed, Bijlage 1), the school's own help does not help (seed, Hulp aan de gepeste leerling), or another consequence recorded in the vendor's system.",
  );

const medewerker = /* @__PURE__ */ z.enum([
  'leerkracht',
  'medewerker',
  'intern-begeleider',
  'directeur',
  'interne-contactpersoon',
  'interne-vertrouwenspersoon',
  'veiligheidscoordinator',
]);

/**
 * Schema of the dossier header (`kop`): which case. Never names: the pupils are in the vendor's system.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { pestprotocolKopSchema } from '@schoolveiligheid/pestprotocol';
 * valideer(pestprotocolKopSchema, { id: 'pestzaak-1' }).ok; //=> true
 * ```
 */
export const pestprotocolKopSchema = /* @__PURE__ */ z
  .object({ id })
  .describe('Header of a pestprotocol dossier: which case.');

/**
 * Schema of the events of a pestprotocol dossier, discriminated on `type`. Each event carries the date it
 * happened (the order key) and the role that acted; never free text that could hold personal data.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { pestprotocolGebeurtenisSchema } from '@schoolveiligheid/pestprotocol';
 * valideer(pestprotocolGebeurtenisSchema, { type: 'zaak-gemeld', datum: '2026-11-02', rol: 'leerkracht', methode: 'confronterend' }).ok; //=> true
 * ```
 */
export const pestprotocolGebeurtenisSchema = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('zaak-gemeld'),
        datum: isoDatumSchema,
        rol: medewerker,
        methode: /* @__PURE__ */ z.enum(['confronterend', 'niet-confronterend']),
      })
      .describe('The case was recorded on datum, with the method chosen (see kiesMethode).'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('gesprek-gevoerd'),
        datum: isoDatumSchema,
        rol: medewerker,
        met: /* @__PURE__ */ z.enum(['pester', 'gepeste', 'ouders-pester', 'ouders-gepeste']),
        reden: /* @__PURE__ */ reden.optional(),
      })
      .describe('A talk with the bully, the bullied pupil, or the parents of either.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('afspraken-vastgelegd'),
        datum: isoDatumSchema,
        rol: medewerker,
        evaluatieOp: isoDatumSchema,
        maatregelenBijHerhaling: /* @__PURE__ */ z
          .boolean()
          .describe('The contract states the measures taken when the bullying happens again.'),
        reden: /* @__PURE__ */ reden.optional(),
      })
      .describe('Agreements with the bully (a contract), with the evaluation date.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('evaluatie'),
        datum: isoDatumSchema,
        rol: medewerker,
        uitkomst: /* @__PURE__ */ z.enum(['gedrag-veranderd', 'pesten-houdt-aan']),
      })
      .describe('The behaviour was evaluated: changed enough, or the bullying goes on.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('toestemming-externe-hulp'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['ouders']),
        gegeven: /* @__PURE__ */ z.boolean(),
        reden: /* @__PURE__ */ reden.optional(),
      })
      .describe("The bully's parents answered the request for consent to external help."),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('externe-hulp-ingeschakeld'),
        datum: isoDatumSchema,
        rol: medewerker,
      })
      .describe('External help was called in (with consent).'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('onveilige-situatie-vastgesteld'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['directeur']),
      })
      .describe('The school management found that the bully persists so that an unsafe situation exists.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('overgedragen-aan-schorsing'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['directeur', 'bevoegd-gezag']),
        schorsingDossierId: id,
        reden: /* @__PURE__ */ reden.optional(),
      })
      .describe('The case was handed over to the schorsing dossier with this id (package schorsing).'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('ladder-teruggezet'),
        datum: isoDatumSchema,
        rol: medewerker,
        naarTrede: /* @__PURE__ */ z.enum(['gesprekken', 'afspraken', 'gesprek-ouders', 'externe-hulp']),
        reden,
      })
      .describe('The ladder was set back to a lower rung, with the reason (required).'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('terugkeer-gepeste'),
        datum: isoDatumSchema,
        rol: medewerker,
      })
      .describe('The bullied pupil returned to school; the aftercare check term starts.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('veiligheid-nagegaan'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['directeur']),
        voeltZichVeilig: /* @__PURE__ */ z.boolean(),
      })
      .describe('The head checked whether the returned pupil feels safe enough again.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('afgesloten'),
        datum: isoDatumSchema,
        rol: medewerker,
        reden: /* @__PURE__ */ z.enum(['pesten-gestopt', 'overgedragen', 'leerling-vertrokken']),
      })
      .describe('The case was closed.'),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('ernstige-gevolgen-vastgesteld'),
        datum: isoDatumSchema,
        rol: medewerker,
        gevolg,
      })
      .describe(
        'The school found that the bullying has serious consequences for the bullied pupil, and which.',
      ),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('toestemming-professionele-hulp-gevraagd'),
        datum: isoDatumSchema,
        rol: medewerker,
      })
      .describe("The bullied pupil's parents were asked for consent to professional help for the pupil."),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('toestemming-professionele-hulp'),
        datum: isoDatumSchema,
        rol: /* @__PURE__ */ z.enum(['ouders']),
        gegeven: /* @__PURE__ */ z.boolean(),
      })
      .describe("The bullied pupil's parents answered the request for consent to professional help."),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('professionele-hulp-ingeschakeld'),
        datum: isoDatumSchema,
        rol: medewerker,
      })
      .describe('Professional help for the bullied pupil was called in (with the parents consent).'),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('professionele-hulp-geevalueerd'),
        datum: isoDatumSchema,
        rol: medewerker,
        uitkomst: /* @__PURE__ */ z.enum(['hulp-loopt-door', 'eigenwaarde-hersteld']),
      })
      .describe(
        'The professional help was evaluated: it goes on, or the pupil found their self-esteem again.',
      ),
  ])
  .describe('An event of a pestprotocol dossier, discriminated on type.');

/** The header of a pestprotocol dossier. */
export type PestprotocolKop = z.infer<typeof pestprotocolKopSchema>;

/** An event of a pestprotocol dossier. */
export type PestprotocolGebeurtenis = z.infer<typeof pestprotocolGebeurtenisSchema>;

/** A stored pestprotocol dossier: plain JSON, the state is derived. */
export type PestprotocolDossier = Dossier<PestprotocolKop, PestprotocolGebeurtenis>;

/**
 * The bullied pupil's consent track (seed, Hulp aan de gepeste leerling): beside the ladder, never a rung.
 * `toestemming` is the parents' answer to the latest request (`gevraagdOp`); null while it is open or never asked.
 * A finding after the evaluation `eigenwaarde-hersteld` starts a new round (the earlier one stays in the events).
 */
export interface HulpGepeste {
  /** The latest finding of serious consequences, with the consequence found. */
  readonly ernstigeGevolgen: {
    readonly op: IsoDatum;
    readonly gevolg: 'eigenwaarde-aangetast' | 'voelt-zich-onveilig' | 'hulp-school-helpt-niet' | 'anders';
  } | null;
  readonly gevraagdOp: IsoDatum | null;
  readonly toestemming: 'gegeven' | 'geweigerd' | null;
  /** When professional help was (last) called in; stays set for the rest of the round. */
  readonly ingeschakeldOp: IsoDatum | null;
  readonly evaluatie: {
    readonly op: IsoDatum;
    readonly uitkomst: 'hulp-loopt-door' | 'eigenwaarde-hersteld';
  } | null;
}

/** The state derived from the events. */
export interface PestprotocolToestand {
  readonly gemeldOp: IsoDatum | null;
  readonly methode: 'confronterend' | 'niet-confronterend' | null;
  /** The highest rung reached (index in {@link TREDEN}); -1 before the report. */
  readonly trede: number;
  /** The rung at which an evaluation found that the bullying goes on; null otherwise. */
  readonly aanhoudendOpTrede: number | null;
  readonly gesprekPester: boolean;
  readonly gesprekGepeste: boolean;
  /** The talk with the bully's parents was held (seed, Hulp aan de pester); cleared by a reset below the parents' rung. */
  readonly gesprekOudersPester: boolean;
  /** The talk with the bullied pupil's parents was held (seed, Hulp aan de gepeste leerling); cleared likewise. */
  readonly gesprekOudersGepeste: boolean;
  readonly afspraken: { readonly datum: IsoDatum; readonly evaluatieOp: IsoDatum } | null;
  readonly laatsteEvaluatieOp: IsoDatum | null;
  readonly toestemming: 'gegeven' | 'geweigerd' | null;
  readonly externeHulpOp: IsoDatum | null;
  readonly onveiligOp: IsoDatum | null;
  /** The schorsing dossier the case was handed to (package schorsing), by id. */
  readonly schorsingDossierId: string | null;
  /** How many rung changes were made with a recorded reason (skips and resets). */
  readonly afwijkingen: number;
  readonly terugkeerOp: IsoDatum | null;
  readonly nagegaan: { readonly op: IsoDatum; readonly veilig: boolean } | null;
  readonly afgeslotenOp: IsoDatum | null;
  /** Professional help for the bullied pupil with the consent of the pupil's parents; independent of the rung. */
  readonly hulpGepeste: HulpGepeste;
}

/** Options of `openTermijnen` and `volgendeStappen`. */
export interface PestprotocolOpties {
  /** The school's policy, when it sets its own values (see `SEED_2018_BELEID`). */
  readonly beleid?: Beleid;
}

const probleem = (code: PestprotocolProbleemCode, veld = 'type'): Probleem => ({
  code,
  pad: [veld],
  melding: codeTekst(PESTPROTOCOL_PROBLEEM_CODES, code),
});

const GEEN_HULP: HulpGepeste = /* @__PURE__ */ Object.freeze({
  ernstigeGevolgen: null,
  gevraagdOp: null,
  toestemming: null,
  ingeschakeldOp: null,
  evaluatie: null,
});

const tredeIndex = (t: Trede): number => TREDEN.indexOf(t);

const OUDERS = /* @__PURE__ */ tredeIndex('gesprek-ouders');

/** Both talks of the parents' rung were held (seed: Hulp aan de pester; Hulp aan de gepeste leerling). */
const oudersCompleet = (t: PestprotocolToestand): boolean => t.gesprekOudersPester && t.gesprekOudersGepeste;

/**
 * The rung an event stands for in state t, if any. The talk with the bullied pupil's parents follows the pupil's
 * own track ("als het bovenstaande niet helpt" after the help to the pupil), so before the agreements it is
 * recorded without raising the rung; from the agreements on it is a talk of the parents' rung, like the talk
 * with the bully's parents.
 */
function tredeVan(t: PestprotocolToestand, g: PestprotocolGebeurtenis): number | undefined {
  switch (g.type) {
    case 'zaak-gemeld':
      return tredeIndex('gemeld');
    case 'gesprek-gevoerd':
      if (g.met === 'ouders-pester') return OUDERS;
      if (g.met === 'ouders-gepeste') return t.trede >= tredeIndex('afspraken') ? OUDERS : undefined;
      return tredeIndex('gesprekken');
    case 'afspraken-vastgelegd':
      return tredeIndex('afspraken');
    case 'toestemming-externe-hulp':
    case 'externe-hulp-ingeschakeld':
      return tredeIndex('externe-hulp');
    case 'overgedragen-aan-schorsing':
      return tredeIndex('schorsing');
    default:
      return undefined;
  }
}

const heeftReden = (g: PestprotocolGebeurtenis): boolean => 'reden' in g && g.reden !== undefined;

/** The ladder's own checks: reported first, no skipped rung without a reason, the seed's conditions. */
function controleer(t: PestprotocolToestand, g: PestprotocolGebeurtenis): Probleem[] {
  if (g.type === 'zaak-gemeld') return t.gemeldOp === null ? [] : [probleem('AL_GEMELD')];
  if (t.gemeldOp === null) return [probleem('NOG_NIET_GEMELD')];
  const uit: Probleem[] = [];
  const r = tredeVan(t, g);
  // A refused consent on the external-help rung is itself the reason to go on to schorsing; after the ladder
  // was reset below that rung, an earlier refusal no longer is (the seed's "nieuwe start").
  const naWeigering = g.type === 'overgedragen-aan-schorsing' && t.trede === tredeIndex('externe-hulp');
  if (r !== undefined && r > t.trede + 1 && !heeftReden(g) && !naWeigering)
    uit.push(probleem('TREDE_OVERGESLAGEN', 'reden'));
  // Leaving the parents' rung upward needs both talks (seed, both Hulp sections) or a recorded reason.
  if (r !== undefined && r > t.trede && t.trede === OUDERS && !oudersCompleet(t) && !heeftReden(g))
    uit.push(probleem('OUDERGESPREK_ONTBREEKT', 'reden'));
  switch (g.type) {
    case 'afspraken-vastgelegd':
      if (dagnummer(g.evaluatieOp) < dagnummer(g.datum))
        uit.push(probleem('EVALUATIEDATUM_VOOR_AFSPRAAK', 'evaluatieOp'));
      break;
    case 'externe-hulp-ingeschakeld':
      if (t.toestemming !== 'gegeven') uit.push(probleem('GEEN_TOESTEMMING'));
      break;
    case 'overgedragen-aan-schorsing':
      if (t.schorsingDossierId !== null) uit.push(probleem('AL_OVERGEDRAGEN'));
      if (t.onveiligOp === null) uit.push(probleem('GEEN_ONVEILIGE_SITUATIE'));
      if (t.toestemming !== 'geweigerd' && !heeftReden(g))
        uit.push(probleem('TOESTEMMING_NIET_GEWEIGERD', 'reden'));
      break;
    case 'ladder-teruggezet':
      if (tredeIndex(g.naarTrede) >= t.trede) uit.push(probleem('TREDE_NIET_LAGER', 'naarTrede'));
      break;
    case 'veiligheid-nagegaan':
      if (t.terugkeerOp === null) uit.push(probleem('GEEN_TERUGKEER'));
      break;
    case 'toestemming-professionele-hulp-gevraagd':
      if (t.hulpGepeste.ernstigeGevolgen === null) uit.push(probleem('GEEN_ERNSTIGE_GEVOLGEN'));
      break;
    case 'toestemming-professionele-hulp':
      if (t.hulpGepeste.gevraagdOp === null || t.hulpGepeste.toestemming !== null)
        uit.push(probleem('TOESTEMMING_NIET_GEVRAAGD'));
      break;
    case 'professionele-hulp-ingeschakeld':
      // No reason overrides this: the seed makes the parents' consent the condition ("met toestemming").
      if (t.hulpGepeste.toestemming !== 'gegeven') uit.push(probleem('GEEN_TOESTEMMING_OUDERS_GEPESTE'));
      break;
    case 'professionele-hulp-geevalueerd':
      if (t.hulpGepeste.ingeschakeldOp === null) uit.push(probleem('GEEN_PROFESSIONELE_HULP'));
      break;
    default:
      break;
  }
  return uit;
}

/** The bullied pupil's track after an event of that track; the ladder's fields are never touched. */
function pasHulpToe(h: HulpGepeste, g: PestprotocolGebeurtenis): HulpGepeste {
  switch (g.type) {
    case 'ernstige-gevolgen-vastgesteld': {
      // After the pupil found their self-esteem again, a new finding starts a new round of the track.
      const basis = h.evaluatie?.uitkomst === 'eigenwaarde-hersteld' ? GEEN_HULP : h;
      return { ...basis, ernstigeGevolgen: { op: g.datum, gevolg: g.gevolg } };
    }
    case 'toestemming-professionele-hulp-gevraagd':
      return { ...h, gevraagdOp: g.datum, toestemming: null };
    case 'toestemming-professionele-hulp':
      return { ...h, toestemming: g.gegeven ? 'gegeven' : 'geweigerd' };
    case 'professionele-hulp-ingeschakeld':
      return { ...h, ingeschakeldOp: g.datum, evaluatie: null };
    case 'professionele-hulp-geevalueerd':
      return { ...h, evaluatie: { op: g.datum, uitkomst: g.uitkomst } };
    default:
      return h;
  }
}

/** The state after an accepted event: the rung only rises, except by a reset with its reason. */
function pasToe(t: PestprotocolToestand, g: PestprotocolGebeurtenis): PestprotocolToestand {
  const r = tredeVan(t, g);
  const hoger = r !== undefined && r > t.trede;
  // A skip, or leaving an incomplete parents' rung, is a deviation (accepted only with its reason).
  const onvolledig = t.trede === OUDERS && !oudersCompleet(t);
  const basis: PestprotocolToestand = hoger
    ? {
        ...t,
        trede: r,
        aanhoudendOpTrede: null,
        afwijkingen: t.afwijkingen + (r > t.trede + 1 || onvolledig ? 1 : 0),
      }
    : t;
  switch (g.type) {
    case 'zaak-gemeld':
      return { ...basis, gemeldOp: g.datum, methode: g.methode };
    case 'gesprek-gevoerd': {
      const na: PestprotocolToestand = {
        ...basis,
        gesprekPester: basis.gesprekPester || g.met === 'pester',
        gesprekGepeste: basis.gesprekGepeste || g.met === 'gepeste',
        gesprekOudersPester: basis.gesprekOudersPester || g.met === 'ouders-pester',
        gesprekOudersGepeste: basis.gesprekOudersGepeste || g.met === 'ouders-gepeste',
      };
      // The talk that completes the parents' rung starts a new evaluation: whether the bullying goes on is
      // judged after both talks (seed, Hulp aan de pester: "Als het pestgedrag ... blijft voortduren").
      const voltooit = na.trede === OUDERS && oudersCompleet(na) && !oudersCompleet(basis);
      return voltooit ? { ...na, aanhoudendOpTrede: null } : na;
    }
    case 'afspraken-vastgelegd':
      return { ...basis, afspraken: { datum: g.datum, evaluatieOp: g.evaluatieOp } };
    case 'evaluatie':
      return {
        ...basis,
        laatsteEvaluatieOp: g.datum,
        aanhoudendOpTrede: g.uitkomst === 'pesten-houdt-aan' ? basis.trede : null,
      };
    case 'toestemming-externe-hulp':
      return { ...basis, toestemming: g.gegeven ? 'gegeven' : 'geweigerd' };
    case 'externe-hulp-ingeschakeld':
      return { ...basis, externeHulpOp: g.datum };
    case 'onveilige-situatie-vastgesteld':
      return { ...basis, onveiligOp: g.datum };
    case 'overgedragen-aan-schorsing':
      return { ...basis, schorsingDossierId: g.schorsingDossierId };
    case 'ladder-teruggezet': {
      const naar = tredeIndex(g.naarTrede);
      // Set back below the parents' rung, the parents are talked to again when the ladder reaches it again.
      const opnieuw = naar < OUDERS ? { gesprekOudersPester: false, gesprekOudersGepeste: false } : {};
      return {
        ...basis,
        ...opnieuw,
        trede: naar,
        aanhoudendOpTrede: null,
        afwijkingen: basis.afwijkingen + 1,
      };
    }
    case 'terugkeer-gepeste':
      return { ...basis, terugkeerOp: g.datum, nagegaan: null };
    case 'veiligheid-nagegaan':
      return { ...basis, nagegaan: { op: g.datum, veilig: g.voeltZichVeilig } };
    case 'afgesloten':
      return { ...basis, afgeslotenOp: g.datum };
    case 'ernstige-gevolgen-vastgesteld':
    case 'toestemming-professionele-hulp-gevraagd':
    case 'toestemming-professionele-hulp':
    case 'professionele-hulp-ingeschakeld':
    case 'professionele-hulp-geevalueerd':
      return { ...basis, hulpGepeste: pasHulpToe(basis.hulpGepeste, g) };
  }
}

/** A term counted on the calendar without the Algemene termijnenwet (school protocol, not statute). */
function protocolTermijn(van: IsoDatum, duur: Duur, bron: Bron): TermijnUitkomst | undefined {
  try {
    return berekenTermijn({ gebeurtenis: van, duur, grondslag: 'regeling', bron });
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return undefined;
    throw e;
  }
}

function termijn(
  code: PestprotocolTermijnCode,
  rol: RolId,
  nu: Tijdstip,
  bron: Bron,
  uitkomst: TermijnUitkomst | undefined,
): OpenTermijn<PestprotocolTermijnCode> {
  const tekst = codeTekst(PESTPROTOCOL_TERMIJN_CODES, code);
  return uitkomst
    ? { code, rol, tekst, bron, termijn: uitkomst, status: termijnStatus(uitkomst, nu) }
    : { code, rol, tekst, bron };
}

function openTermijnen(
  t: PestprotocolToestand,
  nu: Tijdstip,
  opties: PestprotocolOpties,
): OpenTermijn<PestprotocolTermijnCode>[] {
  if (t.gemeldOp === null || t.afgeslotenOp !== null) return [];
  const uit: OpenTermijn<PestprotocolTermijnCode>[] = [];
  const a = t.afspraken;
  if (a && (t.laatsteEvaluatieOp === null || dagnummer(t.laatsteEvaluatieOp) < dagnummer(a.datum))) {
    const dagen = dagnummer(a.evaluatieOp) - dagnummer(a.datum);
    uit.push(
      termijn(
        'EVALUATIE_AFSPRAKEN',
        'leerkracht',
        nu,
        B.SEED_HULP_PESTER,
        protocolTermijn(a.datum, { aantal: dagen, eenheid: 'kalenderdagen' }, B.SEED_HULP_PESTER),
      ),
    );
  }
  if (t.terugkeerOp !== null && t.nagegaan === null) {
    const waarde = zoekWaardeVoor(controleNaTerugkeer, t.terugkeerOp, opties.beleid);
    const bron = waarde?.bron ?? B.SEED_TERUGKEER;
    uit.push(
      termijn(
        'CONTROLE_NA_TERUGKEER',
        'directeur',
        nu,
        bron,
        waarde ? protocolTermijn(t.terugkeerOp, waarde.waarde, bron) : undefined,
      ),
    );
  }
  return uit;
}

function stap(
  code: PestprotocolStapCode,
  rol: RolId,
  termijnCode?: PestprotocolTermijnCode,
): Stap<PestprotocolStapCode> {
  return stapUitCatalogus(PESTPROTOCOL_STAP_CODES, code, rol, termijnCode);
}

/** The talks of the parents' rung not yet held: the bully's parents, then the bullied pupil's parents. */
function oudergesprekken(t: PestprotocolToestand): Stap<PestprotocolStapCode>[] {
  return [
    ...(t.gesprekOudersPester ? [] : [stap('GESPREK_OUDERS_PESTER', 'leerkracht')]),
    ...(t.gesprekOudersGepeste ? [] : [stap('GESPREK_OUDERS_GEPESTE', 'leerkracht')]),
  ];
}

/**
 * The bullied pupil's consent track (seed, Hulp aan de gepeste leerling): once serious consequences are found,
 * the teacher supports the pupil with the parents and asks the parents' consent; with consent the professional
 * help is called in and then evaluated; on refusal the school goes on with its own support (interpretatie: the
 * seed is silent there) and never towards schorsing.
 */
function hulpStappen(h: HulpGepeste): Stap<PestprotocolStapCode>[] {
  if (h.ernstigeGevolgen === null || h.evaluatie?.uitkomst === 'eigenwaarde-hersteld') return [];
  if (h.ingeschakeldOp !== null)
    return [stap('STEUN_GEPESTE', 'leerkracht'), stap('PROFESSIONELE_HULP_EVALUEREN', 'intern-begeleider')];
  if (h.toestemming === 'geweigerd') return [stap('STEUN_ZONDER_PROFESSIONELE_HULP', 'leerkracht')];
  if (h.toestemming === 'gegeven')
    return [stap('STEUN_GEPESTE', 'leerkracht'), stap('PROFESSIONELE_HULP_INSCHAKELEN', 'intern-begeleider')];
  if (h.gevraagdOp !== null) return [stap('STEUN_GEPESTE', 'leerkracht')];
  return [stap('STEUN_GEPESTE', 'leerkracht'), stap('TOESTEMMING_PROFESSIONELE_HULP_VRAGEN', 'leerkracht')];
}

/** The ladder's next rung (never a skipped one), the bullied pupil's consent track and the aftercare steps. */
function volgendeStappen(t: PestprotocolToestand): Stap<PestprotocolStapCode>[] {
  if (t.gemeldOp === null) return [stap('ZAAK_MELDEN', 'leerkracht')];
  if (t.afgeslotenOp !== null) return [];
  const uit: Stap<PestprotocolStapCode>[] = [];
  if (!t.gesprekGepeste) uit.push(stap('GESPREK_GEPESTE', 'leerkracht'));
  const aanhoudend = t.aanhoudendOpTrede === t.trede;
  switch (TREDEN[t.trede]) {
    case 'gemeld':
    case 'gesprekken':
      if (!t.gesprekPester) uit.push(stap('GESPREK_PESTER', 'leerkracht'));
      else uit.push(stap('AFSPRAKEN_VASTLEGGEN', 'leerkracht'));
      break;
    case 'afspraken':
      if (aanhoudend) uit.push(...oudergesprekken(t));
      else uit.push(stap('EVALUEREN', 'leerkracht', 'EVALUATIE_AFSPRAKEN'));
      break;
    case 'gesprek-ouders':
      if (!oudersCompleet(t)) uit.push(...oudergesprekken(t));
      else uit.push(aanhoudend ? stap('TOESTEMMING_VRAGEN', 'leerkracht') : stap('EVALUEREN', 'leerkracht'));
      break;
    case 'externe-hulp':
      if (t.toestemming === 'geweigerd')
        uit.push(
          t.onveiligOp === null
            ? stap('ONVEILIGHEID_BEOORDELEN', 'directeur')
            : stap('OVERDRAGEN_AAN_SCHORSING', 'directeur'),
        );
      else if (t.toestemming === null) uit.push(stap('TOESTEMMING_VRAGEN', 'leerkracht'));
      else
        uit.push(
          t.externeHulpOp === null
            ? stap('EXTERNE_HULP_INSCHAKELEN', 'intern-begeleider')
            : stap('EVALUEREN', 'leerkracht'),
        );
      break;
    default:
      break;
  }
  uit.push(...hulpStappen(t.hulpGepeste));
  if (t.terugkeerOp !== null && t.nagegaan === null)
    uit.push(stap('VEILIGHEID_NAGAAN', 'directeur', 'CONTROLE_NA_TERUGKEER'));
  if (t.nagegaan !== null && !t.nagegaan.veilig) uit.push(stap('AANVULLENDE_MAATREGELEN', 'directeur'));
  return uit;
}

const BEGIN: PestprotocolToestand = /* @__PURE__ */ Object.freeze({
  gemeldOp: null,
  methode: null,
  trede: -1,
  aanhoudendOpTrede: null,
  gesprekPester: false,
  gesprekGepeste: false,
  gesprekOudersPester: false,
  gesprekOudersGepeste: false,
  afspraken: null,
  laatsteEvaluatieOp: null,
  toestemming: null,
  externeHulpOp: null,
  onveiligOp: null,
  schorsingDossierId: null,
  afwijkingen: 0,
  terugkeerOp: null,
  nagegaan: null,
  afgeslotenOp: null,
  hulpGepeste: GEEN_HULP,
});

const overgang = { controleer, pasToe };

/**
 * The escalation ladder on kern's kernel: `nieuwDossier`, `verwerk` (typed events), `verwerkJson` (stored JSON),
 * `verwerkAlle` (a batch), `herspeel`, `leesDossier`, `toestand`, `openTermijnen(dossier, nu, { beleid })`,
 * `volgendeStappen(dossier)` and the batch sweep `openTermijnenVanAlle`. The rung never goes down and never
 * skips one unless the event records a reason; the parents' rung leads on only when both parents' talks were held
 * (or with a reason); the step to schorsing needs the parents' refusal of external
 * help (or a recorded reason) and the finding of an unsafe situation, and names the schorsing dossier by id.
 * Beside the ladder runs the bullied pupil's consent track (`hulpGepeste`): after `ernstige-gevolgen-vastgesteld`
 * the parents are asked, professional help needs their consent (`GEEN_TOESTEMMING_OUDERS_GEPESTE` otherwise, no
 * reason overrides it), and their refusal leads to the school's own support, never to schorsing.
 *
 * @example
 * ```ts
 * import { pestprotocolProcedure } from '@schoolveiligheid/pestprotocol';
 * const d = pestprotocolProcedure.herspeel({ id: 'pestzaak-1' }, [
 *   { type: 'zaak-gemeld', datum: '2026-11-02', rol: 'leerkracht', methode: 'confronterend' },
 *   { type: 'gesprek-gevoerd', datum: '2026-11-03', rol: 'leerkracht', met: 'pester' },
 * ]);
 * d.ok && pestprotocolProcedure.volgendeStappen(d.waarde).map((s) => s.code); //=> ['GESPREK_GEPESTE', 'AFSPRAKEN_VASTLEGGEN']
 * ```
 */
export const pestprotocolProcedure = /* @__PURE__ */ procedure<
  PestprotocolKop,
  PestprotocolGebeurtenis,
  PestprotocolToestand,
  PestprotocolOpties,
  PestprotocolTermijnCode,
  PestprotocolStapCode
>({
  naam: 'pestprotocol',
  versie: 1,
  kop: pestprotocolKopSchema,
  gebeurtenis: pestprotocolGebeurtenisSchema,
  begin: () => BEGIN,
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.afgeslotenOp !== null,
  overgangen: {
    'zaak-gemeld': overgang,
    'gesprek-gevoerd': overgang,
    'afspraken-vastgelegd': overgang,
    evaluatie: overgang,
    'toestemming-externe-hulp': overgang,
    'externe-hulp-ingeschakeld': overgang,
    'onveilige-situatie-vastgesteld': overgang,
    'overgedragen-aan-schorsing': overgang,
    'ladder-teruggezet': overgang,
    'terugkeer-gepeste': overgang,
    'veiligheid-nagegaan': overgang,
    afgesloten: overgang,
    'ernstige-gevolgen-vastgesteld': overgang,
    'toestemming-professionele-hulp-gevraagd': overgang,
    'toestemming-professionele-hulp': overgang,
    'professionele-hulp-ingeschakeld': overgang,
    'professionele-hulp-geevalueerd': overgang,
  },
  openTermijnen: (t, _kop, nu, opties) => openTermijnen(t, nu, opties),
  volgendeStappen: (t) => volgendeStappen(t),
});
