import { type Besluit, type Bron, besluit, type Reden, SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { isObjectInvoer } from '../invoer/invoer.js';
import { denominatieSchema } from '../invoer/schemas.js';
import * as z from 'zod/v4';
import type { SchorsingProbleemCode, SchorsingStapCode, VerwijderingsRedenCode } from '../codes/codes.js';
import { seedBron, WPO_40_LID_11, WPO_40_LID_11_EN_63_LID_2 } from '../regels/bronnen.js';
import type { Denominatie } from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

/** What is known before a definitive verwijdering: the input of {@link beoordeelVerwijdering}. */
export interface VerwijderingsVoorwaarden {
  readonly denominatie: Denominatie;
  /** Who the board heard: the groepsleerkracht and the ouders (WPO 40 lid 11), and the leerling (seed policy). */
  readonly gehoord: { readonly leerkracht: boolean; readonly ouders: boolean; readonly leerling: boolean };
  /** A documented, research-based file showing the school has no support options left (seed: groeidocument). */
  readonly onderzoeksdossier: boolean;
  /** The voornemen was made known to the parents in writing, with reasons, before the definitive decision. */
  readonly voornemenBekendgemaakt: boolean;
  /** Another school has agreed to admit the pupil, confirmed in writing. */
  readonly ontvangendeSchool: boolean;
  /** Weeks spent searching without result; never a ground in PO (the "8 weeks" rule is VO). */
  readonly wekenGezocht?: number;
}

/**
 * Zod schema of {@link VerwijderingsVoorwaarden}, for vendors that receive the preconditions as JSON.
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
        .object({ leerkracht: z.boolean(), ouders: z.boolean(), leerling: z.boolean() })
        .meta({ description: 'Who the board heard: the groepsleerkracht, the parents and the pupil.' }),
      onderzoeksdossier: z.boolean().meta({
        description: 'A documented, research-based file shows the school has no support options left.',
      }),
      voornemenBekendgemaakt: z
        .boolean()
        .meta({ description: 'The voornemen was made known to the parents in writing, with reasons.' }),
      ontvangendeSchool: z
        .boolean()
        .meta({ description: 'Another school has agreed to admit the pupil, confirmed in writing.' }),
      wekenGezocht: z
        .number()
        .int()
        .nonnegative()
        .optional()
        .meta({ description: 'Weeks spent searching without result; never a ground in primary education.' }),
    })
    .meta({ description: 'What is known before a definitive verwijdering (WPO 40 lid 11; seed E.2).' }))();

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
  return (
    (v.denominatie === 'openbaar' || v.denominatie === 'bijzonder') &&
    [
      g.leerkracht,
      g.ouders,
      g.leerling,
      v.onderzoeksdossier,
      v.voornemenBekendgemaakt,
      v.ontvangendeSchool,
    ].every((b) => typeof b === 'boolean') &&
    (weken === undefined || (Number.isSafeInteger(weken) && (weken as number) >= 0))
  );
}

/** The preconditions of a verwijdering that are not met, in the order of {@link beoordeelVerwijdering}. */
export function nietVoldaan(b: Besluit<boolean, VerwijderingsRedenCode>): Reden<VerwijderingsRedenCode>[] {
  return b.redenen.filter((r) => r.parameters?.voldaan === false);
}

/**
 * Whether a definitive verwijdering may be decided, with a reason per precondition: another school has
 * agreed to admit the pupil (WPO 40 lid 11: a result obligation in PO, no "8 weeks of searching" escape),
 * the groepsleerkracht and the ouders were heard (WPO 40 lid 11; bijzonder also WPO 63), the leerling was
 * heard, a documented research-based file exists and the voornemen came first (the seed's procedure).
 * Every precondition must be met; the reasons name each one, met or not, with the boolean `parameters.voldaan`
 * (a field, not a code suffix to parse). The result carries its `verantwoording`.
 *
 * @example
 * ```ts
 * import { beoordeelVerwijdering } from '@schoolveiligheid/schorsing';
 * const b = beoordeelVerwijdering({
 *   denominatie: 'openbaar',
 *   gehoord: { leerkracht: true, ouders: true, leerling: true },
 *   onderzoeksdossier: true,
 *   voornemenBekendgemaakt: true,
 *   ontvangendeSchool: false,
 *   wekenGezocht: 8,
 * });
 * b.uitkomst; //=> false
 * b.redenen.filter((r) => r.parameters?.voldaan === false).map((r) => r.code); //=> ['ONTVANGENDE_SCHOOL_NIET']
 * b.redenen.map((r) => r.code).includes('ACHT_WEKEN_GEEN_GROND'); //=> true
 * ```
 */
export function beoordeelVerwijdering(v: VerwijderingsVoorwaarden): Besluit<boolean, VerwijderingsRedenCode> {
  if (!zijnVoorwaarden(v))
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'De voorwaarden van een verwijdering zijn een object met denominatie, gehoord (drie ja/nee-waarden), onderzoeksdossier, voornemenBekendgemaakt en ontvangendeSchool (ja/nee) en eventueel wekenGezocht (geheel getal).',
    );
  const horen = v.denominatie === 'bijzonder' ? WPO_40_LID_11_EN_63_LID_2 : WPO_40_LID_11;
  const voorwaarden: Voorwaarde[] = [
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
    {
      code: 'LEERLING_GEHOORD',
      voldaan: v.gehoord.leerling,
      ja: 'De leerling is gehoord.',
      nee: 'De leerling is nog niet gehoord (procedure van het veiligheidsplan).',
      bron: seedBron('E.2 Verwijdering, stap 2'),
    },
    {
      code: 'ONDERZOEKSDOSSIER',
      voldaan: v.onderzoeksdossier,
      ja: 'Er is een deugdelijk, op onderzoek gebaseerd dossier waaruit blijkt dat de school geen begeleidingsmogelijkheden meer heeft.',
      nee: 'Er is geen deugdelijk, op onderzoek gebaseerd dossier (bijvoorbeeld een groeidocument).',
      bron: seedBron('E.2 Verwijdering'),
    },
    {
      code: 'VOORNEMEN',
      voldaan: v.voornemenBekendgemaakt,
      ja: 'Het voornemen tot verwijdering is schriftelijk en met redenen aan de ouders bekendgemaakt.',
      nee: 'Het voornemen tot verwijdering is nog niet schriftelijk en met redenen bekendgemaakt; dat gaat vooraf aan het definitieve besluit.',
      bron: seedBron('E.2 Verwijdering, stap 2'),
    },
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
