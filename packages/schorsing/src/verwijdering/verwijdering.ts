import {
  type Beleid,
  type Besluit,
  type Bron,
  besluit,
  type IsoDatum,
  isIsoDatum,
  isoDatumSchema,
  type Reden,
  type Regel,
  SchoolveiligheidFout,
  waardeVoor,
} from '@schoolveiligheid/kern';
import { beleidVoorBerekening } from '../beleid/beleid.js';
import { isObjectInvoer } from '../invoer/invoer.js';
import { denominatieSchema } from '../invoer/schemas.js';
import * as z from 'zod/v4';
import type { SchorsingProbleemCode, SchorsingStapCode, VerwijderingsRedenCode } from '../codes/codes.js';
import { WPO_40_LID_11, WPO_40_LID_11_EN_63_LID_2, WPO_40_LID_11_INVENTARIS } from '../regels/bronnen.js';
import {
  type Denominatie,
  verwijderingLeerlingHoren,
  verwijderingOnderzoeksdossier,
  verwijderingSchriftelijkeBevestiging,
  verwijderingVoornemenVooraf,
} from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

/** The answer of a school approached to admit the pupil (WPO 40 lid 11). */
export type AntwoordSchool = 'bereid' | 'niet-bereid' | 'geen-antwoord';

/** One school approached for a verwijdering: which school, when, and its answer (WPO 40 lid 11). */
export interface BenaderdeSchool {
  /** Vendor's id of the school (`school-2`); never a name. */
  readonly schoolId: string;
  /** The day the school was approached. */
  readonly benaderdOp: IsoDatum;
  readonly antwoord: AntwoordSchool;
  /** The day of the answer, when there is one. */
  readonly antwoordOp?: IsoDatum;
  /** From which day a willing school admits the pupil. */
  readonly bereidPer?: IsoDatum;
  /** The school confirmed in writing (policy). */
  readonly schriftelijkBevestigd?: boolean;
}

/**
 * What is known before a definitive verwijdering: the input of {@link beoordeelVerwijdering}. The statute asks
 * only `gehoord.leerkracht`, `gehoord.ouders` and another school that is willing (WPO 40 lid 11, 63 lid 2): the
 * inventory `benaderdeScholen` (which school, when, answer), or in the shape of release 0.2 the boolean
 * `ontvangendeSchool` (still read: `true` stands for one willing school). The other fields matter when `beleid`
 * asks for them (the seed preset does).
 */
export interface VerwijderingsVoorwaarden {
  readonly denominatie: Denominatie;
  /** Who the board heard: the groepsleerkracht and the ouders (WPO 40 lid 11), and the leerling (policy). */
  readonly gehoord: { readonly leerkracht: boolean; readonly ouders: boolean; readonly leerling?: boolean };
  /** A documented, research-based file showing the school has no support options left (policy: groeidocument). */
  readonly onderzoeksdossier?: boolean;
  /** The voornemen was made known to the parents in writing, with reasons, before the definitive decision (policy). */
  readonly voornemenBekendgemaakt?: boolean;
  /**
   * The schools approached, with their answers (WPO 40 lid 11). When given, it decides the condition: at least one
   * school answered `bereid` (from `bereidPer` at the latest on `verwijderingsdatum`, when both are known).
   */
  readonly benaderdeScholen?: readonly BenaderdeSchool[];
  /**
   * The shape before the inventory: another school is willing to admit the pupil (WPO 40 lid 11). Read when
   * `benaderdeScholen` is absent; absent too means no willing school yet.
   */
  readonly ontvangendeSchool?: boolean;
  /** The receiving school confirmed it in writing (policy); with an inventory, read from its willing school. */
  readonly schriftelijkBevestigd?: boolean;
  /** From which day the pupil would be removed: a willing school must admit the pupil by then. */
  readonly verwijderingsdatum?: IsoDatum;
  /** Weeks spent searching without result; never a ground in PO (the "8 weeks" rule is VO). */
  readonly wekenGezocht?: number;
  /** The school's policy (for example {@link SEED_2018_BELEID}): which conditions beyond the statute it asks. */
  readonly beleid?: Beleid;
  /** The day the conditions are judged (default: the rules' current values). */
  readonly peildatum?: IsoDatum;
}

/**
 * Zod schema of {@link VerwijderingsVoorwaarden}, for vendors that receive the preconditions as JSON (the
 * policy is checked by {@link beoordeelVerwijdering} itself, with kern's `leesBeleid`).
 *
 * @example
 * ```ts
 * import { verwijderingsVoorwaardenSchema } from '@schoolveiligheid/schorsing';
 * verwijderingsVoorwaardenSchema.safeParse({ denominatie: 'openbaar' }).success; //=> false
 * ```
 */
export const verwijderingsVoorwaardenSchema = /* @__PURE__ */ (() =>
  z
    .object({
      denominatie: denominatieSchema(),
      gehoord: z
        .object({ leerkracht: z.boolean(), ouders: z.boolean(), leerling: z.boolean().optional() })
        .meta({ description: 'Who the board heard: the groepsleerkracht, the parents and the pupil.' }),
      onderzoeksdossier: z.boolean().optional().meta({
        description:
          'A documented, research-based file shows the school has no support options left (policy).',
      }),
      voornemenBekendgemaakt: z.boolean().optional().meta({
        description: 'The voornemen was made known to the parents in writing, with reasons (policy).',
      }),
      benaderdeScholen: z
        .array(
          z
            .object({
              schoolId: z.string().trim().min(1).max(80).meta({ description: "Vendor's id of the school." }),
              benaderdOp: isoDatumSchema.meta({ description: 'The day the school was approached.' }),
              antwoord: z
                .enum(['bereid', 'niet-bereid', 'geen-antwoord'])
                .meta({ description: 'The answer of the school.' }),
              antwoordOp: isoDatumSchema.optional().meta({ description: 'The day of the answer.' }),
              bereidPer: isoDatumSchema
                .optional()
                .meta({ description: 'From which day a willing school admits the pupil.' }),
              schriftelijkBevestigd: z
                .boolean()
                .optional()
                .meta({ description: 'The school confirmed in writing (policy).' }),
            })
            .meta({ description: 'One school approached for the verwijdering.' }),
        )
        .max(200) // geen-rechtsgetal: input bound
        .optional()
        .meta({ description: 'The inventory of schools approached, with their answers (WPO 40 lid 11).' }),
      ontvangendeSchool: z.boolean().optional().meta({
        description:
          'The shape before the inventory: another school is willing to admit the pupil (WPO 40 lid 11). Read when benaderdeScholen is absent.',
      }),
      verwijderingsdatum: isoDatumSchema
        .optional()
        .meta({ description: 'From which day the pupil would be removed.' }),
      schriftelijkBevestigd: z
        .boolean()
        .optional()
        .meta({ description: 'The receiving school confirmed in writing (policy).' }),
      wekenGezocht: z
        .number()
        .int()
        .nonnegative()
        .optional()
        .meta({ description: 'Weeks spent searching without result; never a ground in primary education.' }),
      beleid: z.unknown().optional().meta({
        description: "The school's policy in kern's shape (values by rule id), for example the seed preset.",
      }),
      peildatum: isoDatumSchema.optional().meta({ description: 'The day the conditions are judged.' }),
    })
    .meta({
      description: 'What is known before a definitive verwijdering (WPO 40 lid 11, 63 lid 2; policy).',
    }))();

// The reason codes live with the other code unions in codes.ts.
export type { VerwijderingsRedenCode } from '../codes/codes.js';

type Voldaan = Exclude<VerwijderingsRedenCode, `${string}_NIET` | 'ACHT_WEKEN_GEEN_GROND'>;

interface Voorwaarde {
  readonly code: Voldaan;
  readonly voldaan: boolean;
  readonly ja: string;
  readonly nee: string;
  readonly bron: Bron;
  /** The counts of the inventory, as the reason's parameters. */
  readonly telling?: Inventaris['telling'];
}

/**
 * The conditions a policy may add to the statute's, each with the rule that says whether it applies (`false`
 * in law, WPO 40 lid 11) and the input field it reads.
 */
const BELEIDSVOORWAARDEN: readonly {
  readonly code: Voldaan;
  readonly regel: Regel<boolean>;
  readonly voldaan: (v: VerwijderingsVoorwaarden, inventaris: Inventaris) => boolean;
  readonly ja: string;
  readonly nee: string;
}[] = [
  {
    code: 'ONTVANGENDE_SCHOOL_SCHRIFTELIJK',
    regel: verwijderingSchriftelijkeBevestiging,
    voldaan: (_v, inventaris) => inventaris.schriftelijk,
    ja: 'De ontvangende school heeft schriftelijk bevestigd dat zij de leerling toelaat.',
    nee: 'De ontvangende school heeft nog niet schriftelijk bevestigd dat zij de leerling toelaat; het beleid vraagt dat.',
  },
  {
    code: 'LEERLING_GEHOORD',
    regel: verwijderingLeerlingHoren,
    voldaan: (v) => v.gehoord.leerling === true,
    ja: 'De leerling is gehoord.',
    nee: 'De leerling is nog niet gehoord; het beleid vraagt dat.',
  },
  {
    code: 'ONDERZOEKSDOSSIER',
    regel: verwijderingOnderzoeksdossier,
    voldaan: (v) => v.onderzoeksdossier === true,
    ja: 'Er is een deugdelijk, op onderzoek gebaseerd dossier waaruit blijkt dat de school geen begeleidingsmogelijkheden meer heeft.',
    nee: 'Er is geen deugdelijk, op onderzoek gebaseerd dossier (bijvoorbeeld een groeidocument); het beleid vraagt dat.',
  },
  {
    code: 'VOORNEMEN',
    regel: verwijderingVoornemenVooraf,
    voldaan: (v) => v.voornemenBekendgemaakt === true,
    ja: 'Het voornemen tot verwijdering is schriftelijk en met redenen aan de ouders bekendgemaakt.',
    nee: 'Het voornemen tot verwijdering is nog niet schriftelijk en met redenen bekendgemaakt; het beleid vraagt dat het voorafgaat aan het definitieve besluit.',
  },
];

/**
 * For each unmet precondition: the reason code, the problem code the dossier gives when a definitive
 * decision is recorded without it, and the step that asks for it.
 */
export const NIET_VOLDAAN: {
  readonly [C in Voldaan]: {
    readonly reden: VerwijderingsRedenCode;
    readonly probleem: SchorsingProbleemCode;
    readonly stap: SchorsingStapCode;
  };
} = {
  ONTVANGENDE_SCHOOL: {
    reden: 'ONTVANGENDE_SCHOOL_NIET',
    probleem: 'VERWIJDERING_ONTVANGENDE_SCHOOL_NIET',
    stap: 'VERWIJDERING_ONTVANGENDE_SCHOOL',
  },
  ONTVANGENDE_SCHOOL_SCHRIFTELIJK: {
    reden: 'ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET',
    probleem: 'VERWIJDERING_ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET',
    stap: 'VERWIJDERING_ONTVANGENDE_SCHOOL_SCHRIFTELIJK',
  },
  LEERKRACHT_GEHOORD: {
    reden: 'LEERKRACHT_GEHOORD_NIET',
    probleem: 'VERWIJDERING_LEERKRACHT_GEHOORD_NIET',
    stap: 'VERWIJDERING_LEERKRACHT_GEHOORD',
  },
  OUDERS_GEHOORD: {
    reden: 'OUDERS_GEHOORD_NIET',
    probleem: 'VERWIJDERING_OUDERS_GEHOORD_NIET',
    stap: 'VERWIJDERING_OUDERS_GEHOORD',
  },
  LEERLING_GEHOORD: {
    reden: 'LEERLING_GEHOORD_NIET',
    probleem: 'VERWIJDERING_LEERLING_GEHOORD_NIET',
    stap: 'VERWIJDERING_LEERLING_GEHOORD',
  },
  ONDERZOEKSDOSSIER: {
    reden: 'ONDERZOEKSDOSSIER_NIET',
    probleem: 'VERWIJDERING_ONDERZOEKSDOSSIER_NIET',
    stap: 'VERWIJDERING_ONDERZOEKSDOSSIER',
  },
  VOORNEMEN: {
    reden: 'VOORNEMEN_NIET',
    probleem: 'VERWIJDERING_VOORNEMEN_NIET',
    stap: 'VERWIJDERING_VOORNEMEN',
  },
};

const ANTWOORDEN: readonly unknown[] = ['bereid', 'niet-bereid', 'geen-antwoord'];

/** The light check of one entry of the inventory. */
function isBenaderdeSchool(s: unknown): s is BenaderdeSchool {
  if (!isObjectInvoer(s)) return false;
  const datum = (d: unknown) => d === undefined || isIsoDatum(d);
  return (
    typeof s.schoolId === 'string' &&
    s.schoolId.trim().length > 0 &&
    s.schoolId.length <= 80 && // geen-rechtsgetal: input bound
    isIsoDatum(s.benaderdOp) &&
    ANTWOORDEN.includes(s.antwoord) &&
    datum(s.antwoordOp) &&
    datum(s.bereidPer) &&
    (s.schriftelijkBevestigd === undefined || typeof s.schriftelijkBevestigd === 'boolean')
  );
}

/** The light check of {@link beoordeelVerwijdering}'s input, without zod (the calculator stays small). */
function zijnVoorwaarden(v: unknown): v is VerwijderingsVoorwaarden {
  if (!isObjectInvoer(v) || !isObjectInvoer(v.gehoord)) return false;
  const g = v.gehoord;
  const weken = v.wekenGezocht;
  const scholen = v.benaderdeScholen;
  const janee = (b: unknown) => typeof b === 'boolean';
  const misschien = (b: unknown) => b === undefined || typeof b === 'boolean';
  return (
    (v.denominatie === 'openbaar' || v.denominatie === 'bijzonder') &&
    [g.leerkracht, g.ouders].every(janee) &&
    [
      g.leerling,
      v.onderzoeksdossier,
      v.voornemenBekendgemaakt,
      v.schriftelijkBevestigd,
      v.ontvangendeSchool,
    ].every(misschien) &&
    (scholen === undefined || (Array.isArray(scholen) && scholen.every(isBenaderdeSchool))) &&
    (v.verwijderingsdatum === undefined || isIsoDatum(v.verwijderingsdatum)) &&
    (weken === undefined || (Number.isSafeInteger(weken) && (weken as number) >= 0))
  );
}

/** What the inventory (or the boolean of the older shape) says about a willing school. */
interface Inventaris {
  /** At least one school is willing, in time for the verwijderingsdatum when known. */
  readonly bereid: boolean;
  /** A willing school confirmed in writing. */
  readonly schriftelijk: boolean;
  /** The counts of the inventory; absent for the boolean shape. */
  readonly telling?: {
    readonly benaderd: number;
    readonly bereid: number;
    readonly nietBereid: number;
    readonly geenAntwoord: number;
  };
}

/**
 * The inventory read as the WPO 40 lid 11 condition: a school answered `bereid`, admitting the pupil by the
 * verwijderingsdatum when both dates are known. Without an inventory, the boolean `ontvangendeSchool` of the
 * older shape (the upcast: `true` is one willing school).
 */
function inventarisVan(v: VerwijderingsVoorwaarden): Inventaris {
  const scholen = v.benaderdeScholen;
  if (scholen === undefined) {
    const bereid = v.ontvangendeSchool === true;
    return { bereid, schriftelijk: bereid && v.schriftelijkBevestigd === true };
  }
  const optijd = (s: BenaderdeSchool) =>
    s.antwoord === 'bereid' &&
    (v.verwijderingsdatum === undefined || s.bereidPer === undefined || s.bereidPer <= v.verwijderingsdatum);
  const bereid = scholen.filter(optijd);
  const tel = (a: AntwoordSchool) => scholen.filter((s) => s.antwoord === a).length;
  return {
    bereid: bereid.length > 0,
    schriftelijk: bereid.some((s) => s.schriftelijkBevestigd === true),
    telling: {
      benaderd: scholen.length,
      bereid: tel('bereid'),
      nietBereid: tel('niet-bereid'),
      geenAntwoord: tel('geen-antwoord'),
    },
  };
}

/** Whether a policy condition applies: the policy's value, or the statute's at `peildatum` (default: its latest value). */
function geldt(r: Regel<boolean>, peildatum: IsoDatum | undefined, beleid: Beleid | undefined) {
  const datum = peildatum ?? r.waarden.at(-1)?.geldigVanaf;
  if (datum === undefined)
    throw new SchoolveiligheidFout('REGEL_NIET_GELDIG', `Regel ${r.id} heeft geen waarde.`, { regel: r.id });
  return waardeVoor(r, datum, beleid);
}

/** The preconditions of a verwijdering that are not met, in the order of {@link beoordeelVerwijdering}. */
export function nietVoldaan(b: Besluit<boolean, VerwijderingsRedenCode>): Reden<VerwijderingsRedenCode>[] {
  return b.redenen.filter((r) => r.parameters?.voldaan === false);
}

/**
 * Whether a definitive verwijdering may be decided, with a reason per precondition. The statute's: another
 * school is willing to admit the pupil (WPO 40 lid 11: a result obligation in PO, no "8 weeks of searching"
 * escape), and the groepsleerkracht and the ouders were heard (WPO 40 lid 11; bijzonder also WPO 63 lid 2).
 * A policy may ask more (the rules {@link verwijderingLeerlingHoren}, {@link verwijderingOnderzoeksdossier},
 * {@link verwijderingVoornemenVooraf} and {@link verwijderingSchriftelijkeBevestiging}, `false` in law):
 * {@link SEED_2018_BELEID} asks all four, each reason then citing the plan. Every condition that applies must
 * be met; the reasons name each one, met or not, with the boolean `parameters.voldaan` (a field, not a code
 * suffix to parse). The result carries its `verantwoording`. Throws `ONGELDIGE_INVOER` for input of the wrong
 * shape, `ONGELDIGE_DATUM` for a bad `peildatum`, `BELEID_ONGELDIG` when `beleid` is not a policy.
 *
 * @example
 * ```ts
 * import { SEED_2018_BELEID, beoordeelVerwijdering } from '@schoolveiligheid/schorsing';
 * const v = { denominatie: 'openbaar', gehoord: { leerkracht: true, ouders: true }, ontvangendeSchool: true } as const;
 * beoordeelVerwijdering(v).uitkomst; //=> true
 * const seed = beoordeelVerwijdering({ ...v, beleid: SEED_2018_BELEID });
 * seed.uitkomst; //=> false
 * seed.redenen.filter((r) => r.parameters?.voldaan === false).map((r) => r.code); //=> ['ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET', 'LEERLING_GEHOORD_NIET', 'ONDERZOEKSDOSSIER_NIET', 'VOORNEMEN_NIET']
 * const gezocht = beoordeelVerwijdering({ ...v, ontvangendeSchool: false, wekenGezocht: 8 });
 * gezocht.redenen.map((r) => r.code).includes('ACHT_WEKEN_GEEN_GROND'); //=> true
 * ```
 */
export function beoordeelVerwijdering(v: VerwijderingsVoorwaarden): Besluit<boolean, VerwijderingsRedenCode> {
  if (!zijnVoorwaarden(v))
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'De voorwaarden van een verwijdering zijn een object met denominatie, gehoord (leerkracht en ouders ja/nee, eventueel leerling), ontvangendeSchool (ja/nee), eventueel onderzoeksdossier, voornemenBekendgemaakt en schriftelijkBevestigd (ja/nee), wekenGezocht (geheel getal), beleid en peildatum.',
    );
  if (v.peildatum !== undefined && !isIsoDatum(v.peildatum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'De peildatum is geen geldige datum (JJJJ-MM-DD).');
  const gelezen = beleidVoorBerekening(v.beleid);
  if (!gelezen.ok)
    throw new SchoolveiligheidFout(
      'BELEID_ONGELDIG',
      'Het beleid heeft niet de vorm van een beleid; lees het met leesBeleid.',
    );
  const beleid = gelezen.waarde;
  const horen = v.denominatie === 'bijzonder' ? WPO_40_LID_11_EN_63_LID_2 : WPO_40_LID_11;
  const inventaris = inventarisVan(v);
  const telling = inventaris.telling;
  const overzicht = telling
    ? ` Benaderd: ${telling.benaderd} ${telling.benaderd === 1 ? 'school' : 'scholen'} (bereid ${telling.bereid}, niet bereid ${telling.nietBereid}, geen antwoord ${telling.geenAntwoord}).`
    : '';
  const wettelijk: Voorwaarde[] = [
    {
      code: 'ONTVANGENDE_SCHOOL',
      voldaan: inventaris.bereid,
      ja: `Een andere school is bereid de leerling toe te laten.${overzicht}`,
      nee: `Er is nog geen andere school die de leerling wil toelaten; definitief verwijderen mag pas als die er is (een resultaatsverplichting).${overzicht}`,
      bron: telling ? WPO_40_LID_11_INVENTARIS : WPO_40_LID_11,
      ...(telling ? { telling } : {}),
    },
    {
      code: 'LEERKRACHT_GEHOORD',
      voldaan: v.gehoord.leerkracht,
      ja: 'De groepsleerkracht is gehoord.',
      nee: 'De groepsleerkracht is nog niet gehoord.',
      bron: horen,
    },
    {
      code: 'OUDERS_GEHOORD',
      voldaan: v.gehoord.ouders,
      ja: 'De ouders zijn gehoord.',
      nee: 'De ouders zijn nog niet gehoord.',
      bron: horen,
    },
  ];
  const uitBeleid: Voorwaarde[] = BELEIDSVOORWAARDEN.flatMap((b) => {
    const eis = geldt(b.regel, v.peildatum, beleid);
    return eis.waarde === true
      ? [{ code: b.code, voldaan: b.voldaan(v, inventaris), ja: b.ja, nee: b.nee, bron: eis.bron }]
      : [];
  });
  // the written confirmation goes right after the receiving school it confirms
  const schriftelijk = uitBeleid.filter((w) => w.code === 'ONTVANGENDE_SCHOOL_SCHRIFTELIJK');
  const voorwaarden = [
    ...wettelijk.slice(0, 1),
    ...schriftelijk,
    ...wettelijk.slice(1),
    ...uitBeleid.filter((w) => w.code !== 'ONTVANGENDE_SCHOOL_SCHRIFTELIJK'),
  ];
  const redenen: Reden<VerwijderingsRedenCode>[] = voorwaarden.map((w) => ({
    code: w.voldaan ? w.code : NIET_VOLDAAN[w.code].reden,
    tekst: w.voldaan ? w.ja : w.nee,
    bron: w.bron,
    parameters: { voldaan: w.voldaan, ...w.telling },
  }));
  if (!inventaris.bereid && v.wekenGezocht !== undefined) {
    redenen.splice(1, 0, {
      code: 'ACHT_WEKEN_GEEN_GROND',
      tekst:
        'Hoe lang er ook gezocht is: in het primair onderwijs mag pas definitief verwijderd worden als een andere school de leerling wil toelaten. De regel "8 weken aantoonbaar gezocht" geldt in het voortgezet onderwijs, niet in het PO.',
      bron: WPO_40_LID_11,
    });
  }
  return besluit(
    voorwaarden.every((w) => w.voldaan),
    redenen,
    regelVerantwoording(),
  );
}
