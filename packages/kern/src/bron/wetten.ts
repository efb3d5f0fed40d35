import { eisObject, ongeldigeInvoer } from '../fout/bewaak.js';
import type { Bron, Zekerheid } from './bron.js';

/** What kind of source a law entry is: Dutch legislation, EU law, or a non-statutory source. */
export type WetSoort = 'wet' | 'amvb' | 'eu' | 'cao' | 'richtsnoer' | 'uitspraken' | 'beleid';

/** One law or other source, declared once for the whole SDK. */
export interface Wet {
  /** Official title, as used in {@link Bron.titel}. */
  readonly titel: string;
  /** Usual abbreviation (`WPO`, `Awb`). */
  readonly afkorting: string;
  /** What kind of source it is. */
  readonly soort: WetSoort;
  /** BWB identifier of Dutch legislation (wetten.overheid.nl). */
  readonly bwb?: string;
  /** CELEX number of EU legislation (EUR-Lex). */
  readonly celex?: string;
  /** Where to read it when no article link can be built (non-statutory sources). */
  readonly url?: string;
  /** Whether the identifier itself was checked against the official text or a dated consolidation. */
  readonly identificatie: 'gecontroleerd' | 'onbevestigd';
}

/**
 * Every source the SDK cites, by key. Dutch legislation carries its BWB id (checked against the dated
 * consolidations of the MinBZK regelrecht corpus where `identificatie` says so), EU law its CELEX number.
 * Frozen: law does not change at run time.
 *
 * @example
 * ```ts
 * import { WETTEN } from '@schoolveiligheid/kern';
 * WETTEN.wpo.bwb; //=> 'BWBR0003420'
 * WETTEN.avg.celex; //=> '32016R0679'
 * ```
 */
export const WETTEN = /* @__PURE__ */ Object.freeze({
  awb: {
    titel: 'Algemene wet bestuursrecht',
    afkorting: 'Awb',
    soort: 'wet',
    bwb: 'BWBR0005537',
    identificatie: 'gecontroleerd',
  },
  atw: {
    titel: 'Algemene termijnenwet',
    afkorting: 'Atw',
    soort: 'wet',
    bwb: 'BWBR0002448',
    identificatie: 'gecontroleerd',
  },
  wpo: {
    titel: 'Wet op het primair onderwijs',
    afkorting: 'WPO',
    soort: 'wet',
    bwb: 'BWBR0003420',
    identificatie: 'gecontroleerd',
  },
  wot: {
    titel: 'Wet op het onderwijstoezicht',
    afkorting: 'WOT',
    soort: 'wet',
    bwb: 'BWBR0013800',
    identificatie: 'gecontroleerd',
  },
  'besluit-bekostiging-wpo': {
    titel: 'Besluit bekostiging WPO',
    afkorting: 'Besluit bekostiging WPO',
    soort: 'amvb',
    bwb: 'BWBR0003862',
    identificatie: 'gecontroleerd',
  },
  avg: {
    titel: 'Algemene verordening gegevensbescherming (EU) 2016/679',
    afkorting: 'AVG',
    soort: 'eu',
    celex: '32016R0679',
    identificatie: 'gecontroleerd',
  },
  uavg: {
    titel: 'Uitvoeringswet Algemene verordening gegevensbescherming',
    afkorting: 'UAVG',
    soort: 'wet',
    bwb: 'BWBR0040940',
    identificatie: 'gecontroleerd',
  },
  wbp: {
    titel: 'Wet bescherming persoonsgegevens',
    afkorting: 'Wbp',
    soort: 'wet',
    bwb: 'BWBR0011468',
    identificatie: 'gecontroleerd',
  },
  'beleidsregels-meldplicht-wbp': {
    titel: 'Beleidsregels meldplicht datalekken (Wbp)',
    afkorting: 'Beleidsregels meldplicht datalekken',
    soort: 'richtsnoer',
    bwb: 'BWBR0037346',
    identificatie: 'gecontroleerd',
  },
  jeugdwet: {
    titel: 'Jeugdwet',
    afkorting: 'Jeugdwet',
    soort: 'wet',
    bwb: 'BWBR0034925',
    identificatie: 'gecontroleerd',
  },
  'besluit-jeugdwet': {
    titel: 'Besluit Jeugdwet',
    afkorting: 'Besluit Jeugdwet',
    soort: 'amvb',
    bwb: 'BWBR0035779',
    identificatie: 'gecontroleerd',
  },
  'besluit-meldcode': {
    titel: 'Besluit verplichte meldcode huiselijk geweld en kindermishandeling',
    afkorting: 'Besluit verplichte meldcode',
    soort: 'amvb',
    bwb: 'BWBR0033723',
    identificatie: 'gecontroleerd',
  },
  wbk: {
    titel: 'Wet bescherming klokkenluiders',
    afkorting: 'Wbk',
    soort: 'wet',
    bwb: 'BWBR0037852',
    identificatie: 'gecontroleerd',
  },
  arbowet: {
    titel: 'Arbeidsomstandighedenwet',
    afkorting: 'Arbowet',
    soort: 'wet',
    bwb: 'BWBR0010346',
    identificatie: 'gecontroleerd',
  },
  arbobesluit: {
    titel: 'Arbeidsomstandighedenbesluit',
    afkorting: 'Arbobesluit',
    soort: 'amvb',
    bwb: 'BWBR0008498',
    identificatie: 'onbevestigd',
  },
  'wet-big': {
    titel: 'Wet op de beroepen in de individuele gezondheidszorg',
    afkorting: 'Wet BIG',
    soort: 'wet',
    bwb: 'BWBR0006251',
    identificatie: 'onbevestigd',
  },
  sv: {
    titel: 'Wetboek van Strafvordering',
    afkorting: 'Sv',
    soort: 'wet',
    bwb: 'BWBR0001903',
    identificatie: 'onbevestigd',
  },
  'verordening-1182-71': {
    titel: 'Verordening (EEG, Euratom) nr. 1182/71',
    afkorting: 'Verordening 1182/71',
    soort: 'eu',
    celex: '31971R1182',
    identificatie: 'gecontroleerd',
  },
  'cao-po': {
    titel: 'Cao primair onderwijs',
    afkorting: 'CAO PO',
    soort: 'cao',
    url: 'https://www.poraad.nl/cao-po',
    identificatie: 'onbevestigd',
  },
  rijksoverheid: {
    titel: 'Rijksoverheid',
    afkorting: 'Rijksoverheid',
    soort: 'richtsnoer',
    url: 'https://www.rijksoverheid.nl',
    identificatie: 'gecontroleerd',
  },
  ap: {
    titel: 'Autoriteit Persoonsgegevens',
    afkorting: 'AP',
    soort: 'richtsnoer',
    url: 'https://autoriteitpersoonsgegevens.nl',
    identificatie: 'gecontroleerd',
  },
  edpb: {
    titel: 'European Data Protection Board',
    afkorting: 'EDPB',
    soort: 'richtsnoer',
    url: 'https://www.edpb.europa.eu',
    identificatie: 'gecontroleerd',
  },
  lkc: {
    titel: 'Landelijke Klachtencommissie Onderwijs (onderwijsgeschillen.nl)',
    afkorting: 'LKC',
    soort: 'uitspraken',
    url: 'https://www.onderwijsgeschillen.nl',
    identificatie: 'gecontroleerd',
  },
  'seed-2018': {
    titel: 'Veiligheidsplan 2018 (seed)',
    afkorting: 'Veiligheidsplan 2018',
    soort: 'beleid',
    identificatie: 'gecontroleerd',
  },
} as const satisfies Record<string, Wet>);

/** Key of a law or source in {@link WETTEN}. */
export type WetSleutel = keyof typeof WETTEN;

/** Where in a law a source points, for {@link bron}. */
export interface Vindplaats {
  /** Article or section as the source numbers it: `'40c'`, `'6:8'`, `'33'`, `'Deel C Stap 1'`. */
  readonly artikel?: string;
  /** Paragraph (lid). */
  readonly lid?: number | string;
  /** Sub-paragraph (`onder a`, `sub 2`). */
  readonly onder?: string;
  /** The dated consolidation read (`2026-08-01`): part of the link and of the receipt. */
  readonly versie?: string;
  /** How certain the value is. */
  readonly zekerheid: Zekerheid;
  /** Why the value is flagged, or how it was interpreted. */
  readonly toelichting?: string;
  /** A more precise link than the one built from the law's identifier. */
  readonly url?: string;
  /** A title that replaces the law's own (for a named guidance page or ruling of that source). */
  readonly titel?: string;
}

function artikelTekst(wet: Wet, v: Vindplaats): string | undefined {
  if (v.artikel === undefined) return undefined;
  const voor = wet.soort === 'wet' || wet.soort === 'amvb' || wet.soort === 'eu' ? 'art. ' : '';
  const lid = v.lid === undefined ? '' : ` lid ${v.lid}`;
  const onder = v.onder === undefined ? '' : ` onder ${v.onder}`;
  return `${voor}${v.artikel}${lid}${onder}`;
}

function link(wet: Wet, v: Vindplaats): string | undefined {
  if (v.url) return v.url;
  if (wet.bwb) {
    const anker = v.artikel && /^[0-9]+[a-z]*$/i.test(v.artikel) ? `#Artikel${v.artikel}` : '';
    return `https://wetten.overheid.nl/${wet.bwb}${v.versie ? `/${v.versie}` : ''}${anker}`;
  }
  if (wet.celex) return `https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:${wet.celex}`;
  return wet.url;
}

/**
 * The one factory for sources: a law from {@link WETTEN} and where in it. Every package builds its
 * {@link Bron}s with it, so a law's title, identifier and link are declared once.
 *
 * @example
 * ```ts
 * import { bron } from '@schoolveiligheid/kern';
 * const b = bron('wpo', { artikel: '40c', lid: 1, versie: '2026-08-01', zekerheid: 'wettekst' });
 * b.artikel; //=> 'art. 40c lid 1'
 * b.url; //=> 'https://wetten.overheid.nl/BWBR0003420/2026-08-01#Artikel40c'
 * ```
 */
export function bron(wet: WetSleutel, vindplaats: Vindplaats): Bron {
  if (typeof wet !== 'string' || !Object.hasOwn(WETTEN, wet))
    ongeldigeInvoer('Onbekende wet; kies een sleutel uit WETTEN.');
  const v = eisObject(vindplaats, 'de vindplaats');
  if (!['wettekst', 'secundair', 'interpretatie', 'onbevestigd'].includes(v.zekerheid as string))
    ongeldigeInvoer('Een bron heeft een zekerheid: wettekst, secundair, interpretatie of onbevestigd.');
  for (const veld of ['artikel', 'onder', 'versie', 'toelichting', 'url', 'titel'] as const)
    if (v[veld] !== undefined && typeof v[veld] !== 'string')
      ongeldigeInvoer('De delen van een vindplaats zijn teksten.');
  if (v.lid !== undefined && typeof v.lid !== 'string' && !Number.isInteger(v.lid))
    ongeldigeInvoer('Een lid is een nummer of tekst.');
  const w: Wet = WETTEN[wet];
  const artikel = artikelTekst(w, vindplaats);
  const url = link(w, vindplaats);
  return Object.freeze({
    titel: vindplaats.titel ?? w.titel,
    wet,
    ...(artikel === undefined ? {} : { artikel }),
    ...(vindplaats.lid === undefined ? {} : { lid: vindplaats.lid }),
    ...(w.bwb ? { bwb: w.bwb } : {}),
    ...(w.celex ? { celex: w.celex } : {}),
    ...(vindplaats.versie === undefined ? {} : { versie: vindplaats.versie }),
    ...(url === undefined ? {} : { url }),
    zekerheid: vindplaats.zekerheid,
    ...(vindplaats.toelichting === undefined ? {} : { toelichting: vindplaats.toelichting }),
  });
}
