// The datalek procedure declared on kern's procedure kernel: a header schema, an event schema (a discriminated
// union on `type`, schema version 3), upcasts from version 1 (role names of release 0.1) and version 2 (an
// analysis without its stored assessment), and one handler per event type: `controleer` (may refuse the event) and a pure `pasToe` (returns a new state).
import {
  amsterdamseDatum,
  type Beleid,
  type BeleidV1,
  type Bron,
  berekenTermijn,
  bronSchema,
  bedragSchema,
  type Dossier,
  duurSchema,
  type Duur,
  epochMs,
  type IsoDatum,
  type OpenTermijn,
  type Overgang,
  type Probleem,
  procedure,
  type Reden,
  REGEL_ID_PATROON,
  type Stap,
  type TermijnUitkomst,
  type Tijdstip,
  termijnStatus,
  type Verantwoording,
  tijdstipSchema,
  zoekWaardeOp,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import { AVG_5_2, AVG_34_1, AVG_34_3_C, EDPB_9_2022_VERWERKER } from '../bronnen/bronnen.js';
import {
  type DatalekStapCode,
  type DatalekTermijnCode,
  datalekProbleem as probleem,
  STAP_CODES,
} from '../codes/codes.js';
import {
  type DatalekRol,
  MAX_ID,
  MAX_KORT,
  MAX_OMSCHRIJVING,
  MAX_TOELICHTING,
  OUDE_ROLNAMEN,
} from '../incident/begrippen.js';
import { type Beveiligingsincident, beveiligingsincidentSchema } from '../incident/incident.js';
import { type Kennisgeving, kennisgevingSchema } from '../kennisgeving/kennisgeving.js';
import { type Afwijking, afwijkingenVanBesluit } from './afwijking.js';
import { eisOpties, isObject, zonderOngedefinieerd } from '../bewaak.js';
import { alsBeleid, MAX_BELEID_AANTAL } from '../regels/beleid.js';
import {
  analysetermijn,
  meldtermijnAP,
  meldtermijnVerwerker,
  type StartMeldtermijn,
  startMeldtermijnAP,
  termijnBetrokkenen,
  toestemmingCvbVereist,
  urenVan,
} from '../regels/regels.js';

// ---------------------------------------------------------------------------------------------------------
// Header

/** The header of a datalek dossier: its id and, optionally, the school's policy. */
export interface DatalekKop {
  /** Id of the dossier: lower-case letters, digits and hyphens (`dl-2026-001`), never a name. */
  readonly id: string;
  /**
   * The school's policy (for example `SEED_2018_BELEID`), stored with the dossier so every reader applies the
   * same one. `openTermijnen` and `volgendeStappen` may still be given another in their options.
   */
  readonly beleid?: Beleid;
}

const beleidSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: z
        .string()
        .regex(/^[a-z\d][a-z\d-]*$/)
        .max(MAX_ID)
        .meta({ description: 'Stable id of the policy (seed-2018-datalek).' }),
      naam: z.string().min(1).max(MAX_KORT).meta({ description: 'Name of the policy document.' }),
      bron: bronSchema,
      waarden: z
        .record(
          z.string().regex(REGEL_ID_PATROON),
          z
            .object({
              waarde: z.union([
                z.number(),
                z.boolean(),
                z.string().max(MAX_KORT),
                duurSchema.extend({
                  aantal: z
                    .number()
                    .int()
                    .positive()
                    .max(MAX_BELEID_AANTAL)
                    .meta({ description: 'How many units: 1 to 1200.' }),
                }),
                bedragSchema,
              ]),
              bron: bronSchema,
              toelichting: z.string().max(MAX_TOELICHTING).optional(),
            })
            .meta({ description: "The policy's own value for one rule, with the policy's source." }),
        )
        .meta({ description: 'The values the policy sets, by rule id (datalek.analyse.termijn).' }),
    })
    .meta({ description: "A school's policy: only its own values, by rule id." }))();

/**
 * Zod schema of the header of a datalek dossier ({@link DatalekKop}): the id (lower-case letters, digits and
 * hyphens, so no free text) and optionally the school's policy.
 *
 * @example
 * ```ts
 * import { datalekKopSchema } from '@schoolveiligheid/datalek';
 * datalekKopSchema.safeParse({ id: 'dl-2026-001' }).success; //=> true
 * datalekKopSchema.safeParse({ id: 'Juf Jansen' }).success; //=> false
 * ```
 */
export const datalekKopSchema: z.ZodType<DatalekKop> = /* @__PURE__ */ (() =>
  z
    .object({
      id: z
        .string()
        .regex(/^[a-z\d]+(?:-[a-z\d]+)*$/)
        .max(MAX_ID)
        .meta({ description: 'Id of the dossier: lower-case letters, digits and hyphens (dl-2026-001).' }),
      beleid: beleidSchema.optional(),
    })
    .overwrite(zonderOngedefinieerd)
    .meta({
      description: "Header of a datalek dossier: its id and optionally the school's policy.",
    }) as unknown as z.ZodType<DatalekKop>)();

// ---------------------------------------------------------------------------------------------------------
// Events

const persoon = <R extends readonly [DatalekRol, ...DatalekRol[]]>(rollen: R) =>
  z
    .object({ rol: z.enum(rollen), id: z.string().min(1).max(MAX_ID) })
    .meta({ description: 'Who did it, by role (a role id of kern) and id; never a name.' });

/** Zod schema of the outcome of `beoordeelIncident`, as an analysis event stores it. */
export const beoordelingSchema = /* @__PURE__ */ (() =>
  z
    .object({
      isDatalek: z.boolean(),
      risico: z.enum(['geen', 'risico', 'hoog']),
      meldplichtAP: z.boolean(),
      betrokkenenInformeren: z.boolean(),
      openbareMededeling: z.boolean(),
      beslisboom: z.enum(['avg-2018', 'wbp-2016']),
    })
    .meta({ description: 'The outcome of the decision (beoordeelIncident).' }))();

/** The largest number of reasons a stored assessment may hold: far above the few dozen `beoordeelIncident` gives. */
const MAX_REDENEN = 200; // geen-rechtsgetal: a bound on stored data

/**
 * The full assessment as `beoordeelIncident` gave it, stored on the analysis event (schema version 3): its
 * outcome, every reason with its source and parameters (the ENISA explanation among them), and the receipt
 * (package release and rules hash) of the release that computed it.
 */
export interface OpgeslagenBeoordeling {
  readonly uitkomst: Beoordeling;
  /** The reasons; a code is a string, so that an assessment of a later release with new codes still reads. */
  readonly redenen: readonly Reden[];
  readonly verantwoording: Verantwoording;
}

const opgeslagenBeoordelingSchema: z.ZodType<OpgeslagenBeoordeling> = /* @__PURE__ */ (() =>
  z
    .object({
      uitkomst: beoordelingSchema,
      redenen: z
        .array(
          z
            .object({
              code: z
                .string()
                .regex(/^[A-Z][A-Z\d]*(?:_[A-Z\d]+)*$/)
                .max(MAX_ID)
                .meta({ description: 'Code of the reason (REDEN_CODES).' }),
              tekst: z.string().max(MAX_TOELICHTING).meta({ description: 'The Dutch sentence.' }),
              bron: bronSchema.optional(),
              parameters: z
                .record(z.string().max(MAX_ID), z.union([z.string().max(MAX_KORT), z.number(), z.boolean()]))
                .optional()
                .meta({ description: 'The values in the sentence (never free text).' }),
            })
            .meta({ description: 'One reason of the assessment, with its source.' }),
        )
        .max(MAX_REDENEN)
        .meta({ description: 'Every reason of the assessment, in order.' }),
      verantwoording: z
        .object({
          pakket: z.string().max(MAX_KORT),
          versie: z.string().max(MAX_ID),
          gegevens: z.string().max(MAX_ID),
        })
        .meta({ description: 'The release and the rules hash that computed the assessment.' }),
    })
    .meta({
      description:
        'The full assessment of beoordeelIncident (outcome, reasons with sources, receipt), as it was computed; never recomputed on replay.',
    }) as unknown as z.ZodType<OpgeslagenBeoordeling>)();

const maatregel = /* @__PURE__ */ (() =>
  z.string().min(1).max(MAX_OMSCHRIJVING).meta({ description: 'The measure (stored, never echoed).' }))();

const tijdstip = /* @__PURE__ */ (() =>
  tijdstipSchema.meta({ description: 'When it happened: an ISO 8601 instant with offset.' }))();

/** The processor route of AVG 33(2): the breach started at the school's verwerker (the LVS or cloud supplier). */
export interface VerwerkerRoute {
  /**
   * When the verwerker informed the school: the school's awareness, from which the 72 hours of AVG 33(1) run
   * (EDPB 9/2022). `incident.ontdektOp` is then when the verwerker discovered the breach.
   */
  readonly schoolGeinformeerdOp: Tijdstip;
}

const verwerkerSchema = /* @__PURE__ */ (() =>
  z
    .object({
      schoolGeinformeerdOp: tijdstipSchema.meta({
        description:
          "When the processor informed the school (AVG 33(2)): the school's awareness; the 72 hours of AVG 33(1) run from it.",
      }),
    })
    .meta({
      description:
        'The breach started at the processor (LVS or cloud supplier); incident.ontdektOp is then its discovery by the processor.',
    }))();

/** The schema version the kernel stamps on a stored event (absent: version 1, release 0.1). */
const versie = /* @__PURE__ */ (() =>
  z.number().int().min(1).optional().meta({
    description: 'Schema version of the stored event (3 today); absent for events of release 0.1.',
  }))();

/**
 * One event type: its `type`, when it happened (`tijdstip`), the schema version the kernel stamps on it, who
 * did it (by one of `rollen`) and the fields of its own.
 */
const gebeurtenis = <
  T extends string,
  R extends readonly [DatalekRol, ...DatalekRol[]],
  V extends z.core.$ZodLooseShape = Record<never, never>,
>(
  type: T,
  rollen: R,
  description: string,
  velden: V = {} as V,
) =>
  z
    .object({ type: z.literal(type), tijdstip, versie, door: persoon(rollen), ...velden })
    .meta({ description });

/**
 * Zod schema of the events of a datalek dossier (schema version 3), a discriminated union on `type`: `gemeld`
 * (internal report), `geanalyseerd` (the decision the school follows, since version 3 with the full assessment
 * of `beoordeelIncident` and the board's motivation, optionally with an updated registration), `cvb-toestemming`,
 * `ap-gemeld`, `vervolgmelding`, `betrokkenen-geinformeerd`, `herstelmaatregel`, `preventieve-maatregel`,
 * `gesloten`. A breach that started at the processor (AVG 33(2)) carries `verwerker: { schoolGeinformeerdOp }`
 * on `gemeld` (optional: events stored without it read as before). Who may do what follows the seed's roles (C.6 Deel A-E), as kern role ids. Events stored by
 * release 0.1 (version 1, role names `schooldirecteur` and `college-van-bestuur`) are upcast on reading; an
 * analysis of version 2 reads as a decision without a stored assessment. `betrokkenen-geinformeerd` may store
 * the message as sent (`bericht`, the parts of AVG 34(2)).
 *
 * @example
 * ```ts
 * import { gebeurtenisSchema } from '@schoolveiligheid/datalek';
 * gebeurtenisSchema.safeParse({ type: 'gesloten', tijdstip: '2026-11-23T10:00:00+01:00', door: { rol: 'leerling', id: 'leerling-1' } }).success; //=> false
 * gebeurtenisSchema.safeParse({ type: 'gesloten', tijdstip: '2026-11-23T10:00:00+01:00', door: { rol: 'directeur', id: 'directeur' } }).success; //=> true
 * ```
 */
export const gebeurtenisSchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('type', [
      gebeurtenis(
        'gemeld',
        ['medewerker', 'leerling', 'directeur', 'privacyfunctionaris', 'verwerker'],
        'The internal report of a security incident (seed Deel A); opens the dossier.',
        { incident: beveiligingsincidentSchema, verwerker: verwerkerSchema.optional() },
      ),
      gebeurtenis(
        'geanalyseerd',
        ['privacyfunctionaris', 'directeur'],
        'The analysis: is it a datalek, how high is the risk, what must be done.',
        {
          uitkomst: beoordelingSchema.meta({
            description:
              "The decision the school follows (the board's decision): the assessment's outcome, or one that departs from it with a motivation.",
          }),
          beoordeling: opgeslagenBeoordelingSchema.optional(),
          motivering: z.string().trim().min(1).max(MAX_TOELICHTING).optional().meta({
            description:
              "The board's motivation of the decision; required when it does less than the stored assessment (stored, never echoed).",
          }),
          incident: beveiligingsincidentSchema
            .optional()
            .meta({ description: 'The registration as completed by the analysis (seed Deel C Stap 1).' }),
        },
      ),
      gebeurtenis(
        'cvb-toestemming',
        ['bevoegd-gezag'],
        'Consent of the bevoegd gezag to the AP report (seed Deel C Stap 5; policy only).',
      ),
      gebeurtenis(
        'ap-gemeld',
        ['privacyfunctionaris', 'bevoegd-gezag'],
        'The report to the Autoriteit Persoonsgegevens (AVG 33).',
        {
          meldnummer: z
            .string()
            .max(MAX_ID)
            .optional()
            .meta({ description: 'The number the AP gave the report.' }),
          volledig: z
            .boolean()
            .meta({ description: 'false for a phased report (AVG 33(4)): a follow-up must complete it.' }),
          redenVertraging: z
            .string()
            .min(1)
            .max(MAX_TOELICHTING)
            .optional()
            .meta({ description: 'Required when the report is made after the 72 hours (AVG 33(1)).' }),
        },
      ),
      gebeurtenis(
        'vervolgmelding',
        ['privacyfunctionaris', 'bevoegd-gezag'],
        'A follow-up report to the AP (AVG 33(4)).',
        {
          volledig: z.boolean().meta({ description: 'Whether the report is now complete.' }),
          ingetrokken: z.boolean().optional().meta({ description: 'The report was withdrawn.' }),
        },
      ),
      gebeurtenis(
        'betrokkenen-geinformeerd',
        ['communicatiemedewerker', 'privacyfunctionaris', 'directeur'],
        'The data subjects were informed (AVG 34).',
        {
          aantal: z
            .number()
            .int()
            .nonnegative()
            .meta({ description: 'How many data subjects were informed.' }),
          wijze: z
            .enum(['individueel', 'openbare-mededeling'])
            .meta({ description: 'Individually or by public communication (AVG 34(3)(c)).' }),
          bericht: kennisgevingSchema.optional().meta({
            description:
              'The message as sent to the data subjects, in the parts of AVG 34(2) (stored, never echoed).',
          }),
        },
      ),
      gebeurtenis(
        'herstelmaatregel',
        ['directeur', 'privacyfunctionaris', 'medewerker', 'verwerker'],
        'A recovery measure was taken (seed Deel B Stap 3).',
        { omschrijving: maatregel },
      ),
      gebeurtenis(
        'preventieve-maatregel',
        ['directeur', 'privacyfunctionaris', 'bevoegd-gezag'],
        'A preventive measure was taken (seed Deel B Stap 4).',
        { omschrijving: maatregel },
      ),
      gebeurtenis(
        'gesloten',
        ['directeur', 'privacyfunctionaris'],
        'The dossier was closed; it accepts no more events.',
      ),
    ])
    .overwrite(zonderOngedefinieerd)
    .meta({ description: 'An event of a datalek dossier (schema version 3), by type.' }))();

/** An event of a datalek dossier; see {@link gebeurtenisSchema}. */
export type Gebeurtenis = z.infer<typeof gebeurtenisSchema>;

/** A datalek dossier as stored: the kernel's `{ procedure, versie, kop, gebeurtenissen }`. Plain JSON, frozen. */
export type DatalekDossier = Dossier<DatalekKop, Gebeurtenis>;

// ---------------------------------------------------------------------------------------------------------
// State

/** The state of a dossier without events. */
export interface LeegDossier {
  readonly fase: 'nieuw';
}

/** The state of a dossier once the incident is reported, derived from its events. */
export interface DossierToestand {
  readonly fase: 'gemeld' | 'geanalyseerd' | 'gemeld-bij-ap' | 'gesloten';
  readonly incident: Beveiligingsincident;
  /** The internal report (seed "melding"). */
  readonly gemeldOp: Tijdstip;
  /**
   * When the school became aware: the discovery (`incident.ontdektOp`), or, when the breach started at the
   * processor, the moment the processor informed the school (`verwerker.schoolGeinformeerdOp`, AVG 33(2)).
   */
  readonly bewustOp: Tijdstip;
  /** Present when the breach started at the processor (AVG 33(2)). */
  readonly verwerker?: VerwerkerRoute;
  /** The decision the school follows (the analysis event's `uitkomst`). */
  readonly beoordeling?: Beoordeling;
  /**
   * The assessment stored with the last analysis (schema version 3), as `beoordeelIncident` gave it; absent for
   * an analysis stored before version 3, which kept only the outcome (never recomputed on replay).
   */
  readonly opgeslagenBeoordeling?: OpgeslagenBeoordeling;
  /**
   * Where the decision does less than the stored assessment ({@link afwijkingenVanBesluit}); present exactly
   * when an assessment is stored, empty when the decision follows it.
   */
  readonly afwijkingen?: readonly Afwijking[];
  /** The board's motivation of the decision. */
  readonly motivering?: string;
  readonly cvbToestemmingOp?: Tijdstip;
  readonly apGemeldOp?: Tijdstip;
  /** The AP report is complete (no phased report still open). */
  readonly apMeldingVolledig: boolean;
  readonly betrokkenenGeinformeerdOp?: Tijdstip;
  /** The message as sent to the data subjects (the first informing event that stored one). */
  readonly bericht?: Kennisgeving;
  readonly herstelmaatregelen: number;
  readonly preventieveMaatregelen: number;
  readonly geslotenOp?: Tijdstip;
}

/** The state of a datalek dossier: `{ fase: 'nieuw' }` before the report, then a {@link DossierToestand}. */
export type DatalekToestand = LeegDossier | DossierToestand;

/** Options of `openTermijnen` and `volgendeStappen`. */
export interface DossierOpties {
  /**
   * A school's policy, instead of the one in the dossier's header; the seed preset adds the 8-hour analysis,
   * the 1-week term for data subjects and the consent of the bevoegd gezag.
   */
  readonly beleid?: Beleid | BeleidV1;
}

/** An open term of a datalek dossier: kern's shape with this package's codes and roles. */
export type DatalekOpenTermijn = OpenTermijn<DatalekTermijnCode, DatalekRol>;

/** A next step of a datalek dossier: kern's shape with this package's codes and roles. */
export type DatalekStap = Stap<DatalekStapCode, DatalekRol>;

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

const UUR_MS = 3_600_000;

/** The date whose law applies to a dossier: the Amsterdam date of the internal report. */
export function peildatumVan(t: DossierToestand): IsoDatum {
  return amsterdamseDatum(epochMs(t.gemeldOp));
}

/** The AP term as the statute sets it at a peildatum (rules `meldtermijnAP`, `startMeldtermijnAP`). */
export interface ApRegel {
  readonly duur: Duur;
  readonly bron: Bron;
  /** From when it runs: awareness (AVG 33(1)) or, before the AVG named it, also awareness. */
  readonly vanaf: StartMeldtermijn;
  /** Its length in milliseconds (72 clock hours). */
  readonly duurMs: number;
}

/** The AP term of a dossier as the statute sets it (rules `meldtermijnAP`, `startMeldtermijnAP`). */
interface ApTermijn {
  readonly start: Tijdstip;
  /** The start is the moment the processor informed the school (AVG 33(2)), not the discovery. */
  readonly viaVerwerker: boolean;
  readonly duur: Duur;
  readonly bron: Bron;
  /** The first instant after the term, in epoch ms. */
  readonly vervaltMs: number;
}

/** The statutory AP term at `peildatum`; a policy never moves it. `undefined` before the meldplicht (2016). */
export function apRegelOp(peildatum: IsoDatum): ApRegel | undefined {
  const duur = zoekWaardeOp(meldtermijnAP, peildatum);
  if (!duur) return undefined;
  // Before the AVG no rule names the start; the discovery is then taken, as under the AVG.
  const vanaf = zoekWaardeOp(startMeldtermijnAP, peildatum)?.waarde ?? 'bewustwording';
  return {
    duur: duur.waarde,
    bron: duur.bron,
    vanaf,
    duurMs: urenVan(duur.waarde, meldtermijnAP.id) * UUR_MS,
  };
}

/**
 * The statutory AP term of a dossier: its duration (72 hours) and start (awareness, AVG 33(1)), read from the
 * rules at the dossier's peildatum (give it when already known); a policy never moves it. `undefined` before
 * the meldplicht existed (2016).
 */
export function apTermijnVan(t: DossierToestand, peildatum = peildatumVan(t)): ApTermijn | undefined {
  const regel = apRegelOp(peildatum);
  if (!regel) return undefined;
  const start = regel.vanaf === 'interne-melding' ? t.gemeldOp : t.bewustOp;
  return {
    start,
    viaVerwerker: regel.vanaf === 'bewustwording' && t.verwerker !== undefined,
    duur: regel.duur,
    bron: regel.bron,
    vervaltMs: epochMs(start) + regel.duurMs,
  };
}

/** The school's awareness: the processor's message in the processor route, else the discovery. */
function bewustVan(incident: Beveiligingsincident, verwerker: VerwerkerRoute | undefined): Tijdstip {
  return verwerker ? verwerker.schoolGeinformeerdOp : incident.ontdektOp;
}

/**
 * The processor route (AVG 33(2)): the term of the verwerkersovereenkomst (a policy value of
 * `meldtermijnVerwerker`; the statute sets none), counted from the processor's discovery, and whether the
 * processor informed the school after it. `undefined` outside the processor route or without a contract term.
 */
export function verwerkerTermijnVan(
  t: DossierToestand,
  beleid: Beleid | undefined,
): { readonly termijn: TermijnUitkomst; readonly bron: Bron; readonly teLaat: boolean } | undefined {
  if (!t.verwerker) return undefined;
  const contract = zoekWaardeVoor(meldtermijnVerwerker, peildatumVan(t), beleid);
  if (!contract) return undefined;
  const termijn = berekenTermijn({
    gebeurtenis: t.incident.ontdektOp,
    duur: contract.waarde,
    grondslag: 'regeling',
    bron: contract.bron,
  });
  // Late when the message came at or after the first instant past the term (`vervaltOp`).
  const teLaat = epochMs(t.verwerker.schoolGeinformeerdOp) >= epochMs(termijn.vervaltOp);
  return { termijn, bron: contract.bron, teLaat };
}

/** The trace of the AP term in the processor route: why it starts when the processor informed the school. */
function metVerwerkerStart(termijn: TermijnUitkomst, start: Tijdstip): TermijnUitkomst {
  const [eigen, ...overige] = termijn.bronnen;
  const [begin] = termijn.spoor;
  if (!begin) return termijn;
  return {
    ...termijn,
    spoor: [
      {
        // The kernel's own start code: the step explains where the counted start comes from.
        code: begin.code,
        tekst:
          'Het datalek begon bij de verwerker. De school is zich bewust van het datalek vanaf het moment dat de verwerker haar informeerde (AVG art. 33 lid 2); daar beginnen de 72 uur van AVG art. 33 lid 1, niet bij de ontdekking door de verwerker.',
        datum: amsterdamseDatum(epochMs(start)),
        bron: EDPB_9_2022_VERWERKER,
      },
      ...termijn.spoor,
    ],
    bronnen: eigen ? [eigen, EDPB_9_2022_VERWERKER, ...overige] : [EDPB_9_2022_VERWERKER],
  };
}

/**
 * The options of `openTermijnen`, `volgendeStappen` and `bewaarMinimaalTot`, checked: absent or an object whose
 * `beleid` is a policy (validated and, from the release-0.1 shape, migrated). Throws `ONGELDIGE_INVOER` for
 * options that are not an object (`null`) and `BELEID_ONGELDIG` for a policy that is not one.
 */
export function dossierOpties(opties: unknown): DossierOpties {
  const beleid = alsBeleid(eisOpties(opties).beleid);
  return beleid ? { beleid } : {};
}

function beleidVan(kop: DatalekKop, opties: DossierOpties): Beleid | undefined {
  return alsBeleid(opties.beleid ?? kop.beleid);
}

type Handler<E> = Overgang<DatalekKop, E, DatalekToestand>;

/** A handler for an event that needs a reported incident: refuses it on an empty dossier. */
function naMelding<E>(overgang: {
  readonly controleer?: (t: DossierToestand, g: E) => Probleem[];
  readonly pasToe: (t: DossierToestand, g: E) => DossierToestand;
}): Handler<E> {
  return {
    controleer: (t, g) =>
      t.fase === 'nieuw' ? [probleem('NOG_NIET_GEMELD', ['type'])] : (overgang.controleer?.(t, g) ?? []),
    pasToe: (t, g) => (t.fase === 'nieuw' ? t : overgang.pasToe(t, g)),
  };
}

/**
 * The order of the processor route: the processor discovered the breach (`incident.ontdektOp`), then informed
 * the school, then the school reported it internally.
 */
function verwerkerProblemen(
  verwerker: VerwerkerRoute,
  incident: Beveiligingsincident,
  gemeldOp: Tijdstip,
  pad: readonly string[],
): Probleem[] {
  // `pad` names the field that is out of order: the processor's message or, in an analysis, the discovery.
  const bericht = epochMs(verwerker.schoolGeinformeerdOp);
  if (bericht < epochMs(incident.ontdektOp)) return [probleem('VERWERKER_BERICHT_VOOR_ONTDEKKING', pad)];
  if (epochMs(gemeldOp) < bericht) return [probleem('MELDING_VOOR_BERICHT_VERWERKER', pad)];
  return [];
}

const nietGeanalyseerd = (t: DossierToestand): Probleem[] =>
  t.beoordeling ? [] : [probleem('NIET_GEANALYSEERD', ['type'])];

// ---------------------------------------------------------------------------------------------------------
// Upcast from schema version 1 (release 0.1): role names

function nieuweRol(rol: unknown): unknown {
  return typeof rol === 'string' && Object.hasOwn(OUDE_ROLNAMEN, rol) ? OUDE_ROLNAMEN[rol] : rol;
}

function metNieuweRol(persoon: unknown): unknown {
  return isObject(persoon) ? { ...persoon, rol: nieuweRol(persoon.rol) } : persoon;
}

/** Version 1 to 2: `schooldirecteur` became `directeur`, `college-van-bestuur` became `bevoegd-gezag`. */
function rollenVanVersie1(oud: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const uit: Record<string, unknown> = { ...oud };
  if (isObject(oud.door)) uit.door = metNieuweRol(oud.door);
  if (isObject(oud.incident)) uit.incident = { ...oud.incident, melder: metNieuweRol(oud.incident.melder) };
  return uit;
}

/**
 * Version 2 to 3: an analysis of version 2 kept only the outcome (`uitkomst`). It stays the decision the
 * dossier follows; no assessment and no motivation are added (the assessment is not recomputed: this
 * release's rules may differ from the ones that were applied), so the state has no `opgeslagenBeoordeling`
 * and no `afwijkingen`, and every answer stays as version 2 gave it. The message of an informing event was
 * not stored before version 3 and stays absent. Every other event is the same in both versions.
 */
function vanVersie2(oud: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { ...oud };
}

// ---------------------------------------------------------------------------------------------------------
// Open terms and next steps

function openTermijnenVan(
  t: DatalekToestand,
  kop: DatalekKop,
  nu: Tijdstip,
  ruweOpties: DossierOpties,
): DatalekOpenTermijn[] {
  const opties = dossierOpties(ruweOpties);
  if (t.fase === 'nieuw' || t.fase === 'gesloten') return [];
  const beleid = beleidVan(kop, opties);
  const peildatum = peildatumVan(t);
  const uit: DatalekOpenTermijn[] = [];
  const met = (termijn: TermijnUitkomst) => ({ termijn, status: termijnStatus(termijn, nu) });

  const analyse = zoekWaardeVoor(analysetermijn, peildatum, beleid);
  if (!t.beoordeling && analyse) {
    uit.push({
      code: 'ANALYSE',
      rol: 'privacyfunctionaris',
      tekst: 'Bepaal of er sprake is van een datalek en of het gemeld moet worden.',
      bron: analyse.bron,
      ...met(
        berekenTermijn({
          gebeurtenis: t.gemeldOp,
          duur: analyse.waarde,
          grondslag: 'regeling',
          bron: analyse.bron,
        }),
      ),
    });
  }

  const b = t.beoordeling;
  const ap = apTermijnVan(t);
  if (ap && !t.apGemeldOp && (!b || b.meldplichtAP)) {
    const termijn = berekenTermijn({ gebeurtenis: ap.start, duur: ap.duur, grondslag: 'eu', bron: ap.bron });
    const tekst = b
      ? 'Meld het datalek bij de Autoriteit Persoonsgegevens; na afloop van de termijn met de redenen voor de vertraging.'
      : 'Zolang de analyse niet anders uitwijst, loopt de termijn voor de melding bij de Autoriteit Persoonsgegevens.';
    uit.push({
      code: 'MELDING_AP',
      rol: 'privacyfunctionaris',
      tekst: ap.viaVerwerker
        ? `${tekst} De termijn loopt vanaf het moment dat de verwerker de school informeerde (AVG art. 33 lid 2).`
        : tekst,
      bron: ap.bron,
      ...met(ap.viaVerwerker ? metVerwerkerStart(termijn, ap.start) : termijn),
    });
  }

  if (b?.betrokkenenInformeren && !t.betrokkenenGeinformeerdOp) {
    const termijn = zoekWaardeVoor(termijnBetrokkenen, peildatum, beleid);
    const tekst = b.openbareMededeling
      ? 'Doe een openbare mededeling over het datalek, in duidelijke en eenvoudige taal.'
      : 'Informeer de betrokkenen over het datalek, in duidelijke en eenvoudige taal.';
    uit.push(
      termijn
        ? {
            code: 'KENNISGEVING_BETROKKENEN',
            rol: 'communicatiemedewerker',
            tekst,
            bron: termijn.bron,
            ...met(
              berekenTermijn({
                gebeurtenis: t.gemeldOp,
                duur: termijn.waarde,
                grondslag: 'regeling',
                bron: termijn.bron,
              }),
            ),
          }
        : {
            code: 'KENNISGEVING_BETROKKENEN',
            rol: 'communicatiemedewerker',
            tekst: `${tekst} Zonder onredelijke vertraging; de AVG noemt geen vaste termijn.`,
            bron: b.openbareMededeling ? AVG_34_3_C : AVG_34_1,
          },
    );
  }
  return uit;
}

function stap(
  code: DatalekStapCode,
  rol: DatalekRol,
  extra: { bron?: Bron; termijnCode?: DatalekTermijnCode } = {},
): DatalekStap {
  const bron = extra.bron ?? STAP_CODES[code].bron;
  return {
    code,
    rol,
    tekst: STAP_CODES[code].nl,
    ...(bron ? { bron } : {}),
    ...(extra.termijnCode ? { termijnCode: extra.termijnCode } : {}),
  };
}

function volgendeStappenVan(t: DatalekToestand, kop: DatalekKop, ruweOpties: DossierOpties): DatalekStap[] {
  const opties = dossierOpties(ruweOpties);
  if (t.fase === 'nieuw') return [stap('MELDEN', 'medewerker')];
  if (t.fase === 'gesloten') return [];
  const beleid = beleidVan(kop, opties);
  const stappen: DatalekStap[] = [];
  const b = t.beoordeling;
  if (!b) {
    const analyse = zoekWaardeVoor(analysetermijn, peildatumVan(t), beleid);
    stappen.push(stap('ANALYSEREN', 'privacyfunctionaris', analyse ? { termijnCode: 'ANALYSE' } : {}));
  }
  if ((!b || b.meldplichtAP) && !t.apGemeldOp) {
    const cvb = zoekWaardeVoor(toestemmingCvbVereist, peildatumVan(t), beleid);
    if (cvb?.waarde && !t.cvbToestemmingOp)
      stappen.push(stap('TOESTEMMING_CVB', 'bevoegd-gezag', { bron: cvb.bron }));
    stappen.push(
      stap('MELDEN_AP', 'privacyfunctionaris', apTermijnVan(t) ? { termijnCode: 'MELDING_AP' } : {}),
    );
  }
  if (t.apGemeldOp && !t.apMeldingVolledig) stappen.push(stap('VERVOLGMELDING', 'privacyfunctionaris'));
  if (b?.betrokkenenInformeren && !t.betrokkenenGeinformeerdOp) {
    stappen.push(
      stap(
        b.openbareMededeling ? 'OPENBARE_MEDEDELING' : 'INFORMEREN_BETROKKENEN',
        'communicatiemedewerker',
        {
          termijnCode: 'KENNISGEVING_BETROKKENEN',
        },
      ),
    );
  }
  if (t.herstelmaatregelen === 0) stappen.push(stap('HERSTELMAATREGEL', 'directeur'));
  if (t.preventieveMaatregelen === 0) stappen.push(stap('PREVENTIEVE_MAATREGEL', 'directeur'));
  if (stappen.length === 0) stappen.push(stap('SLUITEN', 'directeur'));
  // Flags: shown while the dossier is open, never holding back its closing.
  const verwerker = verwerkerTermijnVan(t, beleid);
  if (verwerker?.teLaat)
    stappen.unshift(stap('VERWERKER_TE_LAAT', 'privacyfunctionaris', { bron: verwerker.bron }));
  if (t.afwijkingen && t.afwijkingen.length > 0)
    stappen.unshift(stap('BESLUIT_WIJKT_AF_VAN_BEOORDELING', 'bevoegd-gezag', { bron: AVG_5_2 }));
  return stappen;
}

// ---------------------------------------------------------------------------------------------------------
// The procedure

/**
 * The datalek procedure on kern's kernel (`procedure`): header {@link datalekKopSchema}, events
 * {@link gebeurtenisSchema} (version 3, upcast from versions 1 and 2), one handler per event type, time order on
 * `tijdstip`, closed after `gesloten`. The package's `nieuwDossier`, `verwerk`, `herspeel`, `toestand`,
 * `openTermijnen` and the others are its functions; it is exported for generic tools (sweeps, test kits).
 *
 * @example
 * ```ts
 * import { datalekProcedure } from '@schoolveiligheid/datalek';
 * datalekProcedure.definitie.naam; //=> 'datalek'
 * datalekProcedure.definitie.versie; //=> 3
 * ```
 */
export const datalekProcedure = /* @__PURE__ */ procedure<
  DatalekKop,
  Gebeurtenis,
  DatalekToestand,
  DossierOpties,
  DatalekTermijnCode,
  DatalekStapCode,
  DatalekRol
>({
  naam: 'datalek',
  versie: 3, // geen-rechtsgetal: the schema version of the stored events
  kop: datalekKopSchema,
  gebeurtenis: gebeurtenisSchema,
  opwaarderen: { gebeurtenis: [rollenVanVersie1, vanVersie2] },
  begin: (): DatalekToestand => ({ fase: 'nieuw' }),
  moment: (g) => epochMs(g.tijdstip),
  gesloten: (t) => t.fase === 'gesloten',
  overgangen: {
    gemeld: {
      controleer: (t, g) => {
        if (t.fase !== 'nieuw') return [probleem('AL_GEMELD', ['type'])];
        const lijst =
          epochMs(g.tijdstip) < epochMs(g.incident.ontdektOp)
            ? [probleem('MELDING_VOOR_ONTDEKKING', ['tijdstip'])]
            : [];
        if (g.verwerker)
          lijst.push(
            ...verwerkerProblemen(g.verwerker, g.incident, g.tijdstip, ['verwerker', 'schoolGeinformeerdOp']),
          );
        return lijst;
      },
      pasToe: (_t, g) => ({
        fase: 'gemeld',
        incident: g.incident,
        gemeldOp: g.tijdstip,
        bewustOp: bewustVan(g.incident, g.verwerker),
        ...(g.verwerker ? { verwerker: g.verwerker } : {}),
        apMeldingVolledig: false,
        herstelmaatregelen: 0,
        preventieveMaatregelen: 0,
      }),
    },
    geanalyseerd: /* @__PURE__ */ naMelding({
      controleer: (t, g) => {
        const lijst: Probleem[] = [];
        if (g.beoordeling && !g.motivering) {
          const [eerste] = afwijkingenVanBesluit(g.uitkomst, g.beoordeling.uitkomst);
          // the motivation is never echoed: the problem names the aspect, a code
          if (eerste) lijst.push(probleem('MOTIVERING_ONTBREEKT', ['motivering'], { aspect: eerste.aspect }));
        }
        if (!g.incident) return lijst;
        if (epochMs(g.incident.ontdektOp) > epochMs(t.gemeldOp))
          return [...lijst, probleem('MELDING_VOOR_ONTDEKKING', ['incident', 'ontdektOp'])];
        return t.verwerker
          ? [...lijst, ...verwerkerProblemen(t.verwerker, g.incident, t.gemeldOp, ['incident', 'ontdektOp'])]
          : lijst;
      },
      pasToe: (t, g) => {
        // a new analysis replaces the record of the previous one
        const { opgeslagenBeoordeling: _b, afwijkingen: _a, motivering: _m, ...rest } = t;
        return {
          ...rest,
          beoordeling: g.uitkomst,
          ...(g.beoordeling
            ? {
                opgeslagenBeoordeling: g.beoordeling,
                afwijkingen: afwijkingenVanBesluit(g.uitkomst, g.beoordeling.uitkomst),
              }
            : {}),
          ...(g.motivering ? { motivering: g.motivering } : {}),
          ...(g.incident ? { incident: g.incident, bewustOp: bewustVan(g.incident, t.verwerker) } : {}),
          fase: t.fase === 'gemeld' ? 'geanalyseerd' : t.fase,
        };
      },
    }),
    'cvb-toestemming': /* @__PURE__ */ naMelding({
      controleer: nietGeanalyseerd,
      pasToe: (t, g) => ({ ...t, cvbToestemmingOp: g.tijdstip }),
    }),
    'ap-gemeld': /* @__PURE__ */ naMelding({
      controleer: (t, g) => {
        const lijst = nietGeanalyseerd(t);
        if (t.apGemeldOp) lijst.push(probleem('AL_GEMELD_BIJ_AP', ['type']));
        const ap = apTermijnVan(t);
        if (ap && epochMs(g.tijdstip) > ap.vervaltMs && !g.redenVertraging)
          lijst.push(
            probleem('REDEN_VERTRAGING_ONTBREEKT', ['redenVertraging'], {
              aantal: ap.duur.aantal,
              eenheid: ap.duur.eenheid,
            }),
          );
        return lijst;
      },
      pasToe: (t, g) => ({
        ...t,
        apGemeldOp: g.tijdstip,
        apMeldingVolledig: g.volledig,
        fase: 'gemeld-bij-ap',
      }),
    }),
    vervolgmelding: /* @__PURE__ */ naMelding({
      controleer: (t) => (t.apGemeldOp ? [] : [probleem('NOG_NIET_BIJ_AP', ['type'])]),
      pasToe: (t, g) => ({ ...t, apMeldingVolledig: g.volledig || g.ingetrokken === true }),
    }),
    'betrokkenen-geinformeerd': /* @__PURE__ */ naMelding({
      pasToe: (t, g) => ({
        ...t,
        betrokkenenGeinformeerdOp: t.betrokkenenGeinformeerdOp ?? g.tijdstip,
        ...(!t.bericht && g.bericht ? { bericht: g.bericht } : {}),
      }),
    }),
    herstelmaatregel: /* @__PURE__ */ naMelding({
      pasToe: (t) => ({ ...t, herstelmaatregelen: t.herstelmaatregelen + 1 }),
    }),
    'preventieve-maatregel': /* @__PURE__ */ naMelding({
      pasToe: (t) => ({ ...t, preventieveMaatregelen: t.preventieveMaatregelen + 1 }),
    }),
    gesloten: /* @__PURE__ */ naMelding({
      controleer: (t) => {
        const b = t.beoordeling;
        const lijst = b ? [] : [probleem('NIET_GEANALYSEERD', ['type'])];
        if (t.herstelmaatregelen === 0) lijst.push(probleem('HERSTELMAATREGEL_ONTBREEKT', ['type']));
        if (t.preventieveMaatregelen === 0) lijst.push(probleem('PREVENTIEVE_MAATREGEL_ONTBREEKT', ['type']));
        if (b?.meldplichtAP && !t.apGemeldOp) lijst.push(probleem('AP_MELDING_ONTBREEKT', ['type']));
        if (t.apGemeldOp && !t.apMeldingVolledig) lijst.push(probleem('VERVOLGMELDING_ONTBREEKT', ['type']));
        if (b?.betrokkenenInformeren && !t.betrokkenenGeinformeerdOp)
          lijst.push(probleem('BETROKKENEN_NIET_GEINFORMEERD', ['type']));
        return lijst;
      },
      pasToe: (t, g) => ({ ...t, geslotenOp: g.tijdstip, fase: 'gesloten' }),
    }),
  },
  openTermijnen: openTermijnenVan,
  volgendeStappen: volgendeStappenVan,
});
