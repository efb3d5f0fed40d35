import { type Besluit, type Reden, besluit } from '@schoolveiligheid/kern';
import { z } from 'zod';
import { seedBron, WPO_40_LID_11, WPO_63_LID_2 } from '../regels/bronnen.js';
import type { Denominatie } from '../regels/regels.js';

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
  z.object({
    denominatie: z.enum(['openbaar', 'bijzonder']),
    gehoord: z.object({ leerkracht: z.boolean(), ouders: z.boolean(), leerling: z.boolean() }),
    onderzoeksdossier: z.boolean(),
    voornemenBekendgemaakt: z.boolean(),
    ontvangendeSchool: z.boolean(),
    wekenGezocht: z.number().int().nonnegative().optional(),
  }))();

/** Stable codes of the reasons of {@link beoordeelVerwijdering}; a `_NIET` code blocks the verwijdering. */
export type VerwijderingsRedenCode =
  | 'ONTVANGENDE_SCHOOL'
  | 'ONTVANGENDE_SCHOOL_NIET'
  | 'ACHT_WEKEN_GEEN_GROND'
  | 'LEERKRACHT_GEHOORD'
  | 'LEERKRACHT_GEHOORD_NIET'
  | 'OUDERS_GEHOORD'
  | 'OUDERS_GEHOORD_NIET'
  | 'LEERLING_GEHOORD'
  | 'LEERLING_GEHOORD_NIET'
  | 'ONDERZOEKSDOSSIER'
  | 'ONDERZOEKSDOSSIER_NIET'
  | 'VOORNEMEN'
  | 'VOORNEMEN_NIET';

interface Voorwaarde {
  readonly code: string;
  readonly voldaan: boolean;
  readonly ja: string;
  readonly nee: string;
  readonly bron: Reden['bron'];
}

/**
 * Whether a definitive verwijdering may be decided, with a reason per precondition: another school has
 * agreed to admit the pupil (WPO 40 lid 11: a result obligation in PO, no "8 weeks of searching" escape),
 * the groepsleerkracht and the ouders were heard (WPO 40 lid 11; bijzonder also WPO 63), the leerling was
 * heard, a documented research-based file exists and the voornemen came first (the seed's procedure).
 * Every precondition must be met; the reasons name each one, met or not.
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
 * b.redenen.filter((r) => r.code.endsWith('_NIET') || r.code === 'ACHT_WEKEN_GEEN_GROND').map((r) => r.code); //=> ['ONTVANGENDE_SCHOOL_NIET', 'ACHT_WEKEN_GEEN_GROND']
 * ```
 */
export function beoordeelVerwijdering(v: VerwijderingsVoorwaarden): Besluit<boolean> {
  const horen =
    v.denominatie === 'bijzonder' ? { ...WPO_63_LID_2, artikel: '40 lid 11 en 63 lid 2' } : WPO_40_LID_11;
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
  const redenen: Reden[] = voorwaarden.map((w) => ({
    code: w.voldaan ? w.code : `${w.code}_NIET`,
    tekst: w.voldaan ? w.ja : w.nee,
    ...(w.bron ? { bron: w.bron } : {}),
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
  );
}
