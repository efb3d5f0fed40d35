import type { Bron } from '../bron/bron.js';

/** Awb art. 6:8: a term starts on the day after the event (used by analogy outside bezwaar). */
export const AWB_6_8: Bron = {
  titel: 'Algemene wet bestuursrecht',
  artikel: 'art. 6:8 (naar analogie)',
  bwb: 'BWBR0005537',
  url: 'https://wetten.overheid.nl/BWBR0005537/2026-01-01#Hoofdstuk6',
  zekerheid: 'interpretatie',
  toelichting:
    'De Atw zegt niet wanneer een termijn begint; de SDK laat elke dagtermijn beginnen op de dag na de gebeurtenis, zoals Awb 6:8 voor de bezwaartermijn.',
};

/** Reg. (EEG, Euratom) 1182/71 art. 3(2)(c): a month term ends on the same day number, or the month's last day. */
export const VERORDENING_1182_71_MAANDEN: Bron = {
  titel: 'Verordening (EEG, Euratom) nr. 1182/71',
  artikel: 'art. 3 lid 2 onder c',
  url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:31971R1182',
  zekerheid: 'secundair',
  toelichting: 'Ook in Nederlandse rechtspraak de gangbare regel voor maandtermijnen.',
};

/** Reg. 1182/71 art. 3(4): whether EU (AVG) day terms roll past weekends and holidays is not settled. */
export const VERORDENING_1182_71_VERSCHUIVING: Bron = {
  titel: 'Verordening (EEG, Euratom) nr. 1182/71',
  artikel: 'art. 3 lid 4',
  url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:31971R1182',
  zekerheid: 'onbevestigd',
  toelichting:
    'Of AVG-termijnen doorschuiven naar de volgende werkdag is niet bevestigd; de SDK verschuift niet (de strengste lezing).',
};

/**
 * Reg. 1182/71 art. 3(1): an hour term counted from an event does not include the hour in which it happens.
 * The SDK counts from the minute of awareness instead, which ends no later: a stricter choice, labelled as such.
 */
export const VERORDENING_1182_71_UREN: Bron = {
  titel: 'Verordening (EEG, Euratom) nr. 1182/71',
  artikel: 'art. 3 lid 1',
  url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:31971R1182',
  zekerheid: 'interpretatie',
  toelichting:
    'De verordening telt het uur van de gebeurtenis niet mee (een melding om 14:35 zou pas om 15:00 gaan lopen); de SDK telt vanaf 14:35, een keuze die nooit later eindigt.',
};
