import type { Bron } from '../bron/bron.js';

/** A source in the Algemene termijnenwet (BWBR0002448, text of 2010-10-10, unchanged since). */
function atw(artikel: string, anker: string): Bron {
  return {
    titel: 'Algemene termijnenwet',
    artikel,
    bwb: 'BWBR0002448',
    url: `https://wetten.overheid.nl/BWBR0002448/2010-10-10#${anker}`,
    zekerheid: 'wettekst',
  };
}

/** Atw art. 3 lid 1: the list of algemeen erkende feestdagen. */
export const ATW_ART_3_LID_1: Bron = /* @__PURE__ */ atw('art. 3 lid 1', 'Artikel3');
/** Atw art. 3 lid 2: Goede Vrijdag is gelijkgesteld. */
export const ATW_ART_3_LID_2: Bron = /* @__PURE__ */ atw('art. 3 lid 2', 'Artikel3');
/** Atw art. 1 lid 1: a term ending on a Saturday, Sunday or feestdag runs to the next working day. */
export const ATW_ART_1: Bron = /* @__PURE__ */ atw('art. 1 lid 1', 'Artikel1');
/** Atw art. 1 lid 2: not for terms counted backwards. */
export const ATW_ART_1_LID_2: Bron = /* @__PURE__ */ atw('art. 1 lid 2', 'Artikel1');
/** Atw art. 2: a term of at least three days contains at least two working days. */
export const ATW_ART_2: Bron = /* @__PURE__ */ atw('art. 2', 'Artikel2');
/** Atw art. 4: not for hours, nor terms over 90 days, 12 weeks or 3 months. */
export const ATW_ART_4: Bron = /* @__PURE__ */ atw('art. 4', 'Artikel4');

/** Koningsdag on 26 April when 27 April is a Sunday (Besluit van 1980, as applied since 2014). */
export const KONINGSDAG_ZONDAGREGEL: Bron = {
  titel: 'Koningsdag: viering op zaterdag 26 april als 27 april een zondag is',
  url: 'https://www.koninklijkhuis.nl/encyclopedie/monarchie/koningsdag/',
  zekerheid: 'secundair',
};

/** Koningsdag on 27 April from 2014: Besluit van 30 januari 2013 (BWBR0032908), art. 1 and 3, text read. */
export const KONINGSDAG_BESLUIT: Bron = {
  titel: 'Besluit vaststelling en aanduiding zevenentwintigste april als Koningsdag',
  artikel: 'art. 1',
  bwb: 'BWBR0032908',
  url: 'https://wetten.overheid.nl/BWBR0032908/2014-01-01',
  zekerheid: 'wettekst',
  toelichting:
    'Met ingang van 1 januari 2014 heet 27 april Koningsdag (behoudens zondagen); art. 2 trekt het KB van 24 april 1980, nr. 11 (Koninginnedag) in.',
};

/**
 * Koninginnedag until 2013 under the KB of 24 April 1980, nr. 11: 30 April, Saturday 29 April when the 30th is
 * a Sunday. The KB itself was not read; its withdrawal is in BWBR0032908 art. 2.
 */
export const KONINGINNEDAG_BESLUIT: Bron = {
  titel:
    'Koninklijk besluit van 24 april 1980, nr. 11 (Koninginnedag op 30 april; 29 april als de 30e een zondag is)',
  url: 'https://wetten.overheid.nl/BWBR0032908/2014-01-01',
  zekerheid: 'secundair',
  toelichting:
    'Tekst van het KB van 1980 niet ingezien; de regel (30 april, bij zondag 29 april) volgt uit de viering in 1989, 1995 en 2006 op 29 april. Ingetrokken per 1 januari 2014 (BWBR0032908 art. 2).',
};
