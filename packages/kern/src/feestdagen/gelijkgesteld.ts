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

const TOELICHTING_2023 =
  'Datums uit de titel van het besluit zoals geciteerd door sterfgeval.nl (vraag 70745, 2025-10-04) en MinBZK regelrecht RFC-011; ' +
  'nog niet gecontroleerd tegen de Staatscourant. Het Stcrt.-nummer is onbevestigd.';
const BRON_URL_2023 =
  'https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745';

/** Every equated day of the besluiten below, in date order; a besluit holds those of the years it settles. */
const GELIJKGESTELDE_DAGEN: GelijkstellingsBesluit['dagen'] = [
  { datum: '2017-04-28', naam: 'Vrijdag na Koningsdag' },
  { datum: '2017-05-26', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2018-05-11', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2018-12-24', naam: 'Maandag voor Eerste Kerstdag' },
  { datum: '2018-12-31', naam: 'Maandag voor Nieuwjaarsdag' },
  { datum: '2019-05-31', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2019-12-27', naam: 'Vrijdag na Tweede Kerstdag' },
  { datum: '2022-05-27', naam: 'Vrijdag na Hemelvaartsdag' },
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

/** One besluit: its title, the years it settles (its days are those of these years) and its source. */
function gelijkstelling(titel: string, jaren: readonly number[], bron: Bron): GelijkstellingsBesluit {
  return {
    titel,
    jaren,
    dagen: GELIJKGESTELDE_DAGEN.filter((d) => jaren.includes(Number(d.datum.slice(0, 4)))),
    bron,
  };
}

/** The KB for 2017-2019, read on wetten.overheid.nl (BWBR0038666, geldend vanaf 2016-11-01). */
const BESLUIT_2017_2019: Bron = {
  titel:
    'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag, Stcrt. 2016, 58653',
  artikel: 'art. 1',
  bwb: 'BWBR0038666',
  url: 'https://wetten.overheid.nl/BWBR0038666/2016-11-01',
  zekerheid: 'wettekst',
  toelichting:
    'Tekst van art. 1 gelezen op wetten.overheid.nl (geldend vanaf 1 november 2016, de dag na de Staatscourant van 31 oktober 2016). ' +
    'Het Stcrt.-nummer 58653 komt uit uitvaart.nl (vraag 50535, 2017-04-24), niet uit de gelezen tekst.',
};

/** No KB for 2020-2022 was found; one day is known from a secondary source only. */
const BESLUIT_2020_2022: Bron = {
  titel: 'Gelijkstellingsbesluit voor 2020-2022 (Atw art. 3 lid 3): niet gevonden',
  url: 'https://wvhl.nl/algemeen/de-algemene-termijnenwet',
  zekerheid: 'onbevestigd',
  toelichting:
    'Het besluit zelf is niet gevonden. Alleen vrijdag 27 mei 2022 is als gelijkgestelde dag genoemd door wvhl.nl ' +
    '(een advocatenkantoor; dezelfde pagina noemt ook een onmogelijke "vrijdag 31 mei"). Voor 2020 en 2021 is geen dag bekend.',
};

/**
 * The gelijkstellingsbesluiten known to the SDK, 2017 to 2028, each with its source and certainty: 2017-2019
 * from the text of the KB (`wettekst`), 2020-2022 not found (one day from a secondary source, `onbevestigd`:
 * those years stay flagged), 2023-2028 from the titles of the besluiten (`secundair`). No besluit was found for
 * 1990-2016 or for 2029 and later; those years carry a warning.
 *
 * @example
 * ```ts
 * import { GELIJKSTELLINGSBESLUITEN } from '@schoolveiligheid/kern';
 * GELIJKSTELLINGSBESLUITEN.flatMap((b) => b.jaren); //=> [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]
 * GELIJKSTELLINGSBESLUITEN[0]?.bron.zekerheid; //=> 'wettekst'
 * ```
 */
export const GELIJKSTELLINGSBESLUITEN: readonly GelijkstellingsBesluit[] = [
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag',
    [2017, 2018, 2019],
    BESLUIT_2017_2019,
  ),
  /* @__PURE__ */ gelijkstelling(
    'Gelijkstellingsbesluit 2020-2022 (niet gevonden)',
    [2020, 2021, 2022],
    BESLUIT_2020_2022,
  ),
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    [2023, 2024, 2025],
    {
      titel: 'Besluit gelijkstelling 2023-2025 (Atw art. 3 lid 3)',
      url: BRON_URL_2023,
      zekerheid: 'secundair',
      toelichting: TOELICHTING_2023,
    },
  ),
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    [2026, 2027, 2028],
    {
      titel: 'Besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3), Stcrt. 2025, 24713',
      url: BRON_URL_2023,
      zekerheid: 'secundair',
      toelichting: TOELICHTING_2023,
    },
  ),
];
