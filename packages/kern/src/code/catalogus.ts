import { isObject, ongeldigeInvoer } from '../fout/bewaak.js';
import type { Bron } from '../bron/bron.js';

/** The parameters of a sentence: dates, counts, units and known codes, never free text from the input. */
export type Parameters = Readonly<Record<string, string | number | boolean>>;

/**
 * One entry of a code catalogue: the Dutch and English text of a code, and its source. Texts may hold
 * placeholders such as `{aantal}` that {@link codeTekst} fills from a reason's or problem's `parameters`.
 */
export interface CodeOmschrijving {
  /** Dutch text. */
  readonly nl: string;
  /** English text. */
  readonly en: string;
  /** The rule or document the code rests on. */
  readonly bron?: Bron;
}

/**
 * A catalogue of codes: one entry per code of the union `C`. Typed as a record over the union, so a code
 * that a package can produce but does not describe is a compile error.
 */
export type CodeCatalogus<C extends string> = { readonly [K in C]: CodeOmschrijving };

/** Language of a rendered text. */
export type Taal = 'nl' | 'en';

/** Options of a function that writes texts: the language of its messages (`nl` by default). */
export interface TaalOpties {
  /** Language of the messages: `nl` (default) or `en`. */
  readonly taal?: Taal;
}

/**
 * The language asked for in an options argument: English only with `{ taal: 'en' }`, Dutch otherwise, whatever
 * arrives (a validator that takes options never throws on a malformed options value). One reading for every
 * package.
 *
 * @example
 * ```ts
 * import { taalUitOpties } from '@schoolveiligheid/kern';
 * taalUitOpties({ taal: 'en' }); //=> 'en'
 * taalUitOpties(undefined); //=> 'nl'
 * taalUitOpties({ taal: 'fr' }); //=> 'nl'
 * ```
 */
export function taalUitOpties(opties: unknown): Taal {
  return typeof opties === 'object' && opties !== null && (opties as { taal?: unknown }).taal === 'en'
    ? 'en'
    : 'nl';
}

/**
 * The text of a code in Dutch or English, with `{naam}` placeholders filled from `parameters`.
 * Unknown placeholders stay as they are, so a missing parameter is visible rather than silently empty.
 *
 * @example
 * ```ts
 * import { codeTekst, type CodeCatalogus } from '@schoolveiligheid/kern';
 * const codes: CodeCatalogus<'TE_LANG'> = {
 *   TE_LANG: { nl: 'Langer dan {aantal} schooldagen.', en: 'Longer than {aantal} school days.' },
 * };
 * codeTekst(codes, 'TE_LANG', 'en', { aantal: 5 }); //=> 'Longer than 5 school days.'
 * ```
 */
export function codeTekst<C extends string>(
  catalogus: CodeCatalogus<C>,
  code: C,
  taal: Taal = 'nl',
  parameters: Parameters = {},
): string {
  if (
    !isObject(catalogus) ||
    typeof code !== 'string' ||
    !Object.hasOwn(catalogus, code) ||
    (taal !== 'nl' && taal !== 'en')
  )
    ongeldigeInvoer('Onbekende code of taal voor deze catalogus.');
  if (!isObject(parameters)) ongeldigeInvoer('Geef de parameters als object.');
  const tekst = catalogus[code][taal];
  if (typeof tekst !== 'string') ongeldigeInvoer('De catalogus heeft voor deze code geen tekst.');
  return tekst.replace(/\{([a-zA-Z]+)\}/g, (geheel, naam: string) =>
    Object.hasOwn(parameters, naam) ? String(parameters[naam]) : geheel,
  );
}
