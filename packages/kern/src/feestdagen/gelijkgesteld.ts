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
  { datum: '2008-05-02', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2009-01-02', naam: 'Vrijdag na Nieuwjaarsdag' },
  { datum: '2009-05-01', naam: 'Vrijdag na Koninginnedag' },
  { datum: '2009-05-04', naam: 'Maandag voor Bevrijdingsdag' },
  { datum: '2009-05-22', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2010-05-14', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2011-05-06', naam: 'Vrijdag na Bevrijdingsdag' },
  { datum: '2011-06-03', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2012-05-18', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2012-12-24', naam: 'Maandag voor Eerste Kerstdag' },
  { datum: '2012-12-31', naam: 'Maandag voor Nieuwjaarsdag' },
  { datum: '2013-04-29', naam: 'Maandag voor Koninginnedag' },
  { datum: '2013-05-10', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2013-12-27', naam: 'Vrijdag na Tweede Kerstdag' },
  { datum: '2014-05-30', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2015-01-02', naam: 'Vrijdag na Nieuwjaarsdag' },
  { datum: '2015-05-04', naam: 'Maandag voor Bevrijdingsdag' },
  { datum: '2015-05-15', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2016-05-06', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2017-04-28', naam: 'Vrijdag na Koningsdag' },
  { datum: '2017-05-26', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2018-05-11', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2018-12-24', naam: 'Maandag voor Eerste Kerstdag' },
  { datum: '2018-12-31', naam: 'Maandag voor Nieuwjaarsdag' },
  { datum: '2019-05-31', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2019-12-27', naam: 'Vrijdag na Tweede Kerstdag' },
  { datum: '2020-05-22', naam: 'Vrijdag na Hemelvaartsdag' },
  { datum: '2021-05-14', naam: 'Vrijdag na Hemelvaartsdag' },
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

// The texts of the KBs for 2008-2016 were read in the BWB consolidations mirrored as Markdown
// (github.com/statengeneraal/laws-markdown); the literal strings keep these objects free of side effects for bundlers.
/** The KB for 2008-2010 (citeertitel "Besluit gelijkstelling met een algemeen erkende feestdag 2007-2010"). */
const BESLUIT_2008_2010: Bron = {
  titel:
    'Besluit van 27 september 2007, nr. 07.003139, houdende gelijkstelling van 24 december 2007, 2 mei 2008, 22 mei 2009 en 14 mei 2010 met een algemeen erkende feestdag',
  artikel: 'art. 1',
  bwb: 'BWBR0022669',
  url: 'https://wetten.overheid.nl/BWBR0022669',
  zekerheid: 'wettekst',
  toelichting:
    'Tekst van art. 1 gelezen in de BWB-kopie github.com/statengeneraal/laws-markdown (KB/besluit/gelijkstelling/met/een/algemeen/erkende/feestdag/2007-2010/BWBR0022669), ' +
    'niet op wetten.overheid.nl zelf: "worden gelijkgesteld 24 december 2007, 2 mei 2008, 2 januari, 1 mei, 4 mei en 22 mei 2009 en 14 mei 2010". ' +
    'De geconsolideerde tekst noemt voor 2009 meer dagen dan de titel (2 januari, 1 en 4 mei); het wijzigingsbesluit daarvan is niet gelezen. ' +
    '24 december 2007 hoort ook bij dit besluit, maar 2007 staat hier niet: het Besluit van 26 november 2003 (BWBR0015963) stelt ' +
    'in 2007 andere dagen gelijk en de SDK kent per jaar één besluit. Het Stcrt.-nummer is niet gevonden.',
};

/** The KB for 2011-2013. */
const BESLUIT_2011_2013: Bron = {
  titel:
    'Besluit van 7 juni 2010, nr. 10.001566, houdende gelijkstelling van 6 mei en 3 juni 2011, 18 mei, 24 december en 31 december 2012 en 29 april, 10 mei en 27 december 2013 met een algemeen erkende feestdag',
  artikel: 'art. 1',
  bwb: 'BWBR0027755',
  url: 'https://wetten.overheid.nl/BWBR0027755',
  zekerheid: 'wettekst',
  toelichting:
    'Tekst van art. 1 gelezen in de BWB-kopie github.com/statengeneraal/laws-markdown (BWBR0027755), niet op wetten.overheid.nl zelf: ' +
    '"worden gelijkgesteld 6 mei en 3 juni 2011, 18 mei, 24 december en 31 december 2012 en 29 april, 10 mei en 27 december 2013". ' +
    'Het Stcrt.-nummer is niet gevonden.',
};

/** The KB for 2014-2016. */
const BESLUIT_2014_2016: Bron = {
  titel:
    'Besluit van 17 juni 2013, nr. 13.001210, houdende gelijkstelling van 30 mei 2014, 2 januari, 4 en 15 mei 2015 en 6 mei 2016 met een algemeen erkende feestdag',
  artikel: 'art. 1',
  bwb: 'BWBR0033679',
  url: 'https://wetten.overheid.nl/BWBR0033679',
  zekerheid: 'wettekst',
  toelichting:
    'Tekst van art. 1 gelezen in de BWB-kopie github.com/statengeneraal/laws-markdown (BWBR0033679), niet op wetten.overheid.nl zelf: ' +
    '"worden gelijkgesteld 30 mei 2014, 2 januari, 4 en 15 mei 2015 en 6 mei 2016". Dezelfde titel citeert uitvaart.nl (vraag 44571, 2015-12-15). ' +
    'Het Stcrt.-nummer is niet gevonden.',
};

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

/** The KB for 2020-2022: its text was not found; its three days come from secondary sources. */
const BESLUIT_2020_2022: Bron = {
  titel:
    'Besluit van 20 september 2019 (gelijkstelling van 22 mei 2020, 14 mei 2021 en 27 mei 2022, Atw art. 3 lid 3)',
  url: 'https://www.legal-support-office.nl/de-civiele-rol/feestdagen/',
  zekerheid: 'secundair',
  toelichting:
    'De tekst van het besluit zelf is niet gevonden. legal-support-office.nl: "Bij Besluit van 20 september 2019 zijn vrijdag 22 mei 2020, ' +
    'vrijdag 14 mei 2021 en vrijdag 27 mei 2022 (telkens de vrijdag na Hemelvaartsdag) eveneens gelijkgesteld aan de algemeen erkende feestdagen." ' +
    'Bevestigd voor 2021 door de jaarlijsten van gerechtsdeurwaarders (boitenluhrs.nl/explootvrije-dagen en gdw-km.nl: "14 mei 2021 ' +
    '(gelijkgestelde dag na Hemelvaart)", zonder andere gelijkgestelde dag) en voor 2022 door wvhl.nl (vrijdag 27 mei). ' +
    'Geen bron noemt vrijdag 6 mei 2022 (na 5 mei op donderdag). Het Stcrt.-nummer is niet gevonden.',
};

/**
 * The gelijkstellingsbesluiten known to the SDK, 2008 to 2028, each with its source and certainty: 2008-2019
 * from the text of the KBs (`wettekst`), 2020-2022 and 2023-2028 from secondary sources quoting the besluiten
 * (`secundair`). No besluit is shipped for 1990-2007 or for 2029 and later; those years carry a warning.
 *
 * @example
 * ```ts
 * import { GELIJKSTELLINGSBESLUITEN } from '@schoolveiligheid/kern';
 * GELIJKSTELLINGSBESLUITEN.flatMap((b) => b.jaren); //=> [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]
 * GELIJKSTELLINGSBESLUITEN[0]?.bron.zekerheid; //=> 'wettekst'
 * ```
 */
export const GELIJKSTELLINGSBESLUITEN: readonly GelijkstellingsBesluit[] = [
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling met een algemeen erkende feestdag 2007-2010',
    [2008, 2009, 2010],
    BESLUIT_2008_2010,
  ),
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 6 mei en 3 juni 2011, 18 mei, 24 december en 31 december 2012 en 29 april, 10 mei en 27 december 2013 met een algemeen erkende feestdag',
    [2011, 2012, 2013],
    BESLUIT_2011_2013,
  ),
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 30 mei 2014, 2 januari, 4 en 15 mei 2015 en 6 mei 2016 met een algemeen erkende feestdag',
    [2014, 2015, 2016],
    BESLUIT_2014_2016,
  ),
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag',
    [2017, 2018, 2019],
    BESLUIT_2017_2019,
  ),
  /* @__PURE__ */ gelijkstelling(
    'Besluit gelijkstelling van 22 mei 2020, 14 mei 2021 en 27 mei 2022 met een algemeen erkende feestdag',
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
