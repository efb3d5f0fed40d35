import { eisLijst, eisObject, ongeldigeInvoer } from '../fout/bewaak.js';

/**
 * How certain a source is, following the project's legal research:
 * - `wettekst`: the statute text itself was read (wetten.overheid.nl, Staatsblad/Staatscourant);
 * - `secundair`: confirmed by an authoritative secondary source (AP, Inspectie, onderwijsgeschillen.nl, ...);
 * - `interpretatie`: the statute is silent or ambiguous and the SDK made a documented, conservative choice;
 * - `onbevestigd`: not confirmed. Such values are shipped as flagged data, never as silent certainty.
 */
export type Zekerheid = 'wettekst' | 'secundair' | 'interpretatie' | 'onbevestigd';

/**
 * A source for a rule value, decision or deadline step: law and article, or policy document and section.
 *
 * @example
 * ```ts
 * import { type Bron } from '@schoolveiligheid/kern';
 * const bron: Bron = {
 *   titel: 'Wet op het primair onderwijs',
 *   artikel: '40c lid 1',
 *   bwb: 'BWBR0003420',
 *   url: 'https://wetten.overheid.nl/BWBR0003420/2026-08-01#Artikel40c',
 *   zekerheid: 'wettekst',
 * };
 * bron.artikel; //=> '40c lid 1'
 * ```
 */
export interface Bron {
  /** Title of the law, regulation, guidance or policy document (`Algemene termijnenwet`, `Veiligheidsplan 2018`). */
  readonly titel: string;
  /** Key of the law in `WETTEN` when the source was built with `bron()`. */
  readonly wet?: string;
  /** Article, paragraph or section (`art. 2`, `33 lid 1`, `Stap 5`). */
  readonly artikel?: string;
  /** The paragraph (lid) on its own, when the source names one. */
  readonly lid?: number | string;
  /** BWB identifier for Dutch legislation (`BWBR0002448`). */
  readonly bwb?: string;
  /** CELEX number for EU legislation (`32016R0679`). */
  readonly celex?: string;
  /** The dated consolidation that was read (`2026-08-01`). */
  readonly versie?: string;
  /** Where to read it. */
  readonly url?: string;
  /** How certain the value is; see {@link Zekerheid}. */
  readonly zekerheid: Zekerheid;
  /** Why the value is flagged, or how it was interpreted. */
  readonly toelichting?: string;
}

/**
 * Stable text of a source for lists and messages: `Algemene termijnenwet art. 2`.
 *
 * @example
 * ```ts
 * import { bronTekst } from '@schoolveiligheid/kern';
 * bronTekst({ titel: 'Algemene termijnenwet', artikel: 'art. 2', zekerheid: 'wettekst' }); //=> 'Algemene termijnenwet art. 2'
 * ```
 */
export function bronTekst(bron: Bron): string {
  const b = eisObject(bron, 'een bron');
  if (typeof b.titel !== 'string' || (b.artikel !== undefined && typeof b.artikel !== 'string'))
    ongeldigeInvoer('Een bron heeft een titel (tekst) en eventueel een artikel (tekst).');
  return bron.artikel ? `${bron.titel} ${bron.artikel}` : bron.titel;
}

/**
 * Removes duplicate sources (same title and article), keeping the first occurrence and the order.
 *
 * @example
 * ```ts
 * import { uniekeBronnen } from '@schoolveiligheid/kern';
 * const atw = { titel: 'Algemene termijnenwet', artikel: 'art. 1 lid 1', zekerheid: 'wettekst' } as const;
 * uniekeBronnen([atw, { ...atw }, { ...atw, artikel: 'art. 2' }]).length; //=> 2
 * ```
 */
export function uniekeBronnen(bronnen: readonly Bron[]): Bron[] {
  eisLijst(bronnen, 'de bronnen');
  const gezien = new Set<string>();
  return bronnen.filter((b) => {
    const sleutel = bronTekst(b);
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}
