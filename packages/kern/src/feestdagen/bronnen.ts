import type { Bron } from '../bron/bron.js';

const ATW_URL = 'https://wetten.overheid.nl/BWBR0002448/2010-10-10';

/** Algemene termijnenwet, art. 3 lid 1: the list of algemeen erkende feestdagen. */
export const ATW_ART_3_LID_1: Bron = {
  titel: 'Algemene termijnenwet',
  artikel: 'art. 3 lid 1',
  bwb: 'BWBR0002448',
  url: `${ATW_URL}#Artikel3`,
  zekerheid: 'wettekst',
};

/** Algemene termijnenwet, art. 3 lid 2: Goede Vrijdag is gelijkgesteld. */
export const ATW_ART_3_LID_2: Bron = { ...ATW_ART_3_LID_1, artikel: 'art. 3 lid 2' };

/** Algemene termijnenwet, art. 3 lid 3: further days equated by Koninklijk Besluit. */
export const ATW_ART_3_LID_3: Bron = { ...ATW_ART_3_LID_1, artikel: 'art. 3 lid 3' };

/** Koningsdag on 26 April when 27 April is a Sunday (Besluit van 1980, as applied since 2014). */
export const KONINGSDAG_ZONDAGREGEL: Bron = {
  titel: 'Koningsdag: viering op zaterdag 26 april als 27 april een zondag is',
  url: 'https://www.koninklijkhuis.nl/encyclopedie/monarchie/koningsdag/',
  zekerheid: 'secundair',
};

/** Algemene termijnenwet art. 1 (roll forward), art. 2 (two working days), art. 4 (exclusions). */
export const ATW_ART_1: Bron = { ...ATW_ART_3_LID_1, artikel: 'art. 1 lid 1', url: `${ATW_URL}#Artikel1` };
export const ATW_ART_1_LID_2: Bron = { ...ATW_ART_1, artikel: 'art. 1 lid 2' };
export const ATW_ART_2: Bron = { ...ATW_ART_3_LID_1, artikel: 'art. 2', url: `${ATW_URL}#Artikel2` };
export const ATW_ART_4: Bron = { ...ATW_ART_3_LID_1, artikel: 'art. 4', url: `${ATW_URL}#Artikel4` };
