import type { Bron } from '../bron/bron.js';
import type { IsoDatum } from '../datum/datum.js';

/**
 * A Koninklijk Besluit that equates days with an algemeen erkende feestdag (Atw art. 3 lid 3).
 * Shipped as data with provenance, never derived by a rule: the government chooses these days.
 */
export interface GelijkstellingsBesluit {
  /** Title of the besluit. */
  readonly titel: string;
  /** Calendar years this besluit settles completely. */
  readonly jaren: readonly number[];
  /** The equated days with a Dutch description. */
  readonly dagen: readonly { readonly datum: IsoDatum; readonly naam: string }[];
  /** Where the list comes from, with its certainty. */
  readonly bron: Bron;
}

const TOELICHTING =
  'Datums uit de titel van het besluit zoals geciteerd door sterfgeval.nl (vraag 70745, 2025-10-04) en MinBZK regelrecht RFC-011; ' +
  'nog niet gecontroleerd tegen de Staatscourant. Het Stcrt.-nummer is onbevestigd.';
const BRON_URL =
  'https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745';

/** Every equated day of the besluiten below, in date order; a besluit holds those of the years it settles. */
const GELIJKGESTELDE_DAGEN: GelijkstellingsBesluit['dagen'] = [
  { datum: '2023-04-28', naam: 'Vrijdag na Koningsdag' },
  { datum: '2023-05-19', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2024-05-10', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2024-12-27', naam: 'Vrijdag na Tweede Kerstdag' },
  { datum: '2025-05-30', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2026-01-02', naam: 'Vrijdag na Nieuwjaarsdag' },
  { datum: '2026-05-15', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2027-05-07', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2028-04-28', naam: 'Vrijdag na Koningsdag' },
  { datum: '2028-05-26', naam: 'Vrijdag na Hemelvaartsdag' },
];

/** One besluit: its title, the years it settles (its days are those of these years) and the title of its source. */
function gelijkstelling(titel: string, jaren: readonly number[], bronTitel: string): GelijkstellingsBesluit {
  return {
    titel,
    jaren,
    dagen: GELIJKGESTELDE_DAGEN.filter((d) => jaren.includes(Number(d.datum.slice(0, 4)))),
    bron: { titel: bronTitel, url: BRON_URL, zekerheid: 'secundair', toelichting: TOELICHTING },
  };
}

/**
 * The published gelijkstellingsbesluiten, 2023 to 2028. No besluit for 2029 or later was found.
 *
 * @example
 * ```ts
 * import { GELIJKSTELLINGSBESLUITEN } from '@schoolveiligheid/kern';
 * GELIJKSTELLINGSBESLUITEN.flatMap((b) => b.jaren); //=> [2023, 2024, 2025, 2026, 2027, 2028]
 * ```
 */
export const GELIJKSTELLINGSBESLUITEN: readonly GelijkstellingsBesluit[] = [
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    [2023, 2024, 2025],
    'Besluit gelijkstelling 2023-2025 (Atw art. 3 lid 3)',
  ),
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    [2026, 2027, 2028],
    'Besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3), Stcrt. 2025, 24713',
  ),
];
