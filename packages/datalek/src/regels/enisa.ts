// The scales of the ENISA methodology for the severity of a personal data breach (2013), as data with their
// source. They explain a decision; they never decide it (EDPB 9/2022: the duty rests on the risk).
import type { Bron } from '@schoolveiligheid/kern';
import { ENISA_2013 } from '../bronnen/bronnen.js';
import type { IDENTIFICEERBAARHEDEN } from '../incident/begrippen.js';

/** The four severity levels of ENISA: low, medium, high, very high. */
export type EnisaNiveau = 'laag' | 'gemiddeld' | 'hoog' | 'zeer-hoog';

/** The scales of the ENISA methodology that the SDK reads, with their source. */
export interface EnisaSchalen {
  readonly bron: Bron;
  /** Data processing context (DPC), by kind of data: simple, behavioural, financial, sensitive. */
  readonly context: {
    readonly eenvoudig: number;
    readonly gedrag: number;
    readonly financieel: number;
    readonly gevoelig: number;
  };
  /** What the SDK adds to the context for children or other vulnerable people (an ENISA aggravating factor). */
  readonly kwetsbaarToeslag: number;
  /** Ease of identification (EI), a correcting factor per level. */
  readonly identificeerbaarheid: Readonly<Record<(typeof IDENTIFICEERBAARHEDEN)[number], number>>;
  /** Circumstances of the breach (CB), added to DPC × EI. */
  readonly omstandigheden: {
    /** Loss of confidentiality to a known number of recipients. */
    readonly bekendeOntvangers: number;
    /** Loss of confidentiality to unknown or numerous recipients. */
    readonly onbekendeOntvangers: number;
    /** Loss of integrity that cannot be recovered. */
    readonly integriteitOnherstelbaar: number;
    /** Loss of availability that cannot be recovered. */
    readonly beschikbaarheidOnherstelbaar: number;
    /** Malicious intent. */
    readonly kwaadOpzet: number;
  };
  /** The lower bound of each level above `laag`. */
  readonly grenzen: { readonly gemiddeld: number; readonly hoog: number; readonly zeerHoog: number };
}

/** The ENISA (2013) scales: DPC 1-4, EI 0.25-1, CB up to 0.5 each, levels from 2, 3 and 4. Frozen. */
export const ENISA_SCHALEN: EnisaSchalen = /* @__PURE__ */ Object.freeze({
  bron: ENISA_2013,
  context: Object.freeze({ eenvoudig: 1, gedrag: 2, financieel: 3, gevoelig: 4 }),
  kwetsbaarToeslag: 1,
  identificeerbaarheid: Object.freeze({
    verwaarloosbaar: 0.25,
    beperkt: 0.5,
    aanzienlijk: 0.75,
    maximaal: 1,
  }),
  omstandigheden: Object.freeze({
    bekendeOntvangers: 0.25,
    onbekendeOntvangers: 0.5,
    integriteitOnherstelbaar: 0.5,
    beschikbaarheidOnherstelbaar: 0.5,
    kwaadOpzet: 0.5,
  }),
  grenzen: Object.freeze({ gemiddeld: 2, hoog: 3, zeerHoog: 4 }),
});
