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
import { WPO_40_LID_11, WPO_40_LID_11_EN_63_LID_2 } from '../regels/bronnen.js';
import {
  type Denominatie,
  verwijderingLeerlingHoren,
  verwijderingOnderzoeksdossier,
  verwijderingSchriftelijkeBevestiging,
  verwijderingVoornemenVooraf,
} from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

/**
 * What is known before a definitive verwijdering: the input of {@link beoordeelVerwijdering}. The statute asks
 * only `gehoord.leerkracht`, `gehoord.ouders` and `ontvangendeSchool` (WPO 40 lid 11, 63 lid 2); the other
 * fields matter when `beleid` asks for them (the seed preset does).
 */
export interface VerwijderingsVoorwaarden {
  readonly denominatie: Denominatie;
  /** Who the board heard: the groepsleerkracht and the ouders (WPO 40 lid 11), and the leerling (policy). */
  readonly gehoord: { readonly leerkracht: boolean; readonly ouders: boolean; readonly leerling?: boolean };
  /** A documented, research-based file showing the school has no support options left (policy: groeidocument). */
  readonly onderzoeksdossier?: boolean;
  /** The voornemen was made known to the parents in writing, with reasons, before the definitive decision (policy). */
  readonly voornemenBekendgemaakt?: boolean;
  /** Another school is willing to admit the pupil (WPO 40 lid 11). */
  readonly ontvangendeSchool: boolean;
  /** The receiving school confirmed it in writing (policy). */
  readonly schriftelijkBevestigd?: boolean;
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
      ontvangendeSchool: z
        .boolean()
        .meta({ description: 'Another school is willing to admit the pupil (WPO 40 lid 11).' }),
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
}

/**
 * The conditions a policy may add to the statute's, each with the rule that says whether it applies (`false`
 * in law, WPO 40 lid 11) and the input field it reads.
 */
const BELEIDSVOORWAARDEN: readonly {
  readonly code: Voldaan;
  readonly regel: Regel<boolean>;
  readonly voldaan: (v: VerwijderingsVoorwaarden) => boolean;
  readonly ja: string;
  readonly nee: string;
}[] = [
  {
    code: 'ONTVANGENDE_SCHOOL_SCHRIFTELIJK',
    regel: verwijderingSchriftelijkeBevestiging,
    voldaan: (v) => v.ontvangendeSchool && v.schriftelijkBevestigd === true,
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

/** The light check of {@link beoordeelVerwijdering}'s input, without zod (the calculator stays small). */
function zijnVoorwaarden(v: unknown): v is VerwijderingsVoorwaarden {
  if (!isObjectInvoer(v) || !isObjectInvoer(v.gehoord)) return false;
  const g = v.gehoord;
  const weken = v.wekenGezocht;
  const janee = (b: unknown) => typeof b === 'boolean';
  const misschien = (b: unknown) => b === undefined || typeof b === 'boolean';
  return (
    (v.denominatie === 'openbaar' || v.denominatie === 'bijzonder') &&
    [g.leerkracht, g.ouders, v.ontvangendeSchool].every(janee) &&
    [g.leerling, v.onderzoeksdossier, v.voornemenBekendgemaakt, v.schriftelijkBevestigd].every(misschien) &&
    (weken === undefined || (Number.isSafeInteger(weken) && (weken as number) >= 0))
  );
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
  const wettelijk: Voorwaarde[] = [
    {
      code: 'ONTVANGENDE_SCHOOL',
      voldaan: v.ontvangendeSchool,
      ja: 'Een andere school is bereid de leerling toe te laten.',
      nee: 'Er is nog geen andere school die de leerling wil toelaten; definitief verwijderen mag pas als die er is (een resultaatsverplichting).',
      bron: WPO_40_LID_11,
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
      ? [{ code: b.code, voldaan: b.voldaan(v), ja: b.ja, nee: b.nee, bron: eis.bron }]
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
    parameters: { voldaan: w.voldaan },
  }));
  if (!v.ontvangendeSchool && v.wekenGezocht !== undefined) {
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
