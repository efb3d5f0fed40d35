import { type Besluit, besluit, bevries, type Reden } from '@schoolveiligheid/kern';
import type { PrivacyRedenCode } from '../codes/codes.js';
import { SEED_BIJLAGE_13 } from '../bronnen/bronnen.js';
import { ongeldig, privacyVerantwoording, reden } from '../regels/verantwoording.js';
import {
  BIJZONDERE_VELDEN_DATA,
  type Betrokkene,
  CATEGORIEEN_DATA,
  GEGEVENSVELDEN_DATA,
  type Gegevenscategorie,
  type Gegevensveld,
} from './categorieen.data.js';

export type { Betrokkene, Gegevenscategorie, Gegevensveld } from './categorieen.data.js';

/**
 * The categories of personal data per kind of data subject, from Bijlage 13 of the seed (leerling 1a-1h,
 * ouder/voogd 2a-2f, sollicitant 3a-3g, medewerker 4a-4j; the open "required by law" categories 1i, 3i and 4k
 * are left out, they name no field). Frozen data.
 *
 * @example
 * ```ts
 * import { GEGEVENSCATEGORIEEN } from '@schoolveiligheid/privacy';
 * GEGEVENSCATEGORIEEN.leerling.map((c) => c.code).join(' '); //=> '1a 1b 1c 1d 1e 1f 1g 1h'
 * ```
 */
export const GEGEVENSCATEGORIEEN: Readonly<Record<Betrokkene, readonly Gegevenscategorie[]>> =
  /* @__PURE__ */ bevries(CATEGORIEEN_DATA);

/**
 * Every field name {@link controleerVerwerking} knows.
 *
 * @example
 * ```ts
 * import { GEGEVENSVELDEN } from '@schoolveiligheid/privacy';
 * GEGEVENSVELDEN.includes('bsn'); //=> true
 * ```
 */
export const GEGEVENSVELDEN: readonly Gegevensveld[] = /* @__PURE__ */ bevries([...GEGEVENSVELDEN_DATA]);

/** Outcome of {@link controleerVerwerking}. */
export interface VerwerkingsControle {
  /** True when every field is known and inside a category for this data subject. */
  readonly binnenCategorieen: boolean;
  /** Known fields outside every category (doelbinding, dataminimalisatie). */
  readonly buitenCategorieen: readonly Gegevensveld[];
  /** Special-category fields asked for (AVG art. 9): allowed only under an exception. */
  readonly bijzonder: readonly Gegevensveld[];
  /** Positions of field names the SDK does not know (never echoed). */
  readonly onbekend: readonly number[];
  /** The categories the fields fall in. */
  readonly categorieen: readonly string[];
}

const BETROKKENEN: readonly Betrokkene[] = ['leerling', 'ouder', 'sollicitant', 'medewerker'];

/**
 * Checks the fields a processing uses against the categories of Bijlage 13 for the data subject: a field
 * outside them is reported (AVG 5(1)(b)-(c)), a special-category field is flagged (art. 9), an unknown name is
 * reported by position only. Throws `ONGELDIGE_INVOER` when `velden` is not a list of at most 1,000 names or
 * `betrokkene` is not leerling, ouder, sollicitant or medewerker.
 *
 * @example
 * ```ts
 * import { controleerVerwerking } from '@schoolveiligheid/privacy';
 * const c = controleerVerwerking(['naam', 'bsn', 'foto'], 'leerling').uitkomst;
 * [c.binnenCategorieen, c.buitenCategorieen, c.categorieen]; //=> [false, ['foto'], ['1a', '1b']]
 * ```
 */
export function controleerVerwerking(
  velden: readonly string[],
  betrokkene: Betrokkene,
): Besluit<VerwerkingsControle, PrivacyRedenCode> {
  if (!Array.isArray(velden) || velden.length > 1_000) ongeldig('Geef de velden als lijst van veldnamen.');
  if (!BETROKKENEN.includes(betrokkene)) ongeldig('Kies leerling, ouder, sollicitant of medewerker.');
  const categorieen = CATEGORIEEN_DATA[betrokkene];
  const buiten: Gegevensveld[] = [];
  const bijzonder: Gegevensveld[] = [];
  const onbekend: number[] = [];
  const gevonden = new Set<string>();
  const redenen: Reden<PrivacyRedenCode>[] = [];
  velden.forEach((veld, i) => {
    if (typeof veld !== 'string' || !GEGEVENSVELDEN_DATA.includes(veld as Gegevensveld)) {
      onbekend.push(i);
      return;
    }
    const v = veld as Gegevensveld;
    const categorie = categorieen.find((c) => c.velden.includes(v));
    if (categorie) gevonden.add(categorie.code);
    else if (!buiten.includes(v)) {
      buiten.push(v);
      redenen.push(reden('VELD_BUITEN_CATEGORIEEN', { veld: v, betrokkene }));
    }
    if (BIJZONDERE_VELDEN_DATA.includes(v) && !bijzonder.includes(v)) {
      bijzonder.push(v);
      redenen.push(reden('BIJZONDER_PERSOONSGEGEVEN', { veld: v }));
    }
  });
  const binnen = buiten.length === 0 && onbekend.length === 0;
  if (binnen) redenen.unshift(reden('VELDEN_BINNEN_CATEGORIEEN', { betrokkene }, SEED_BIJLAGE_13));
  const volgorde = categorieen.map((c) => c.code).filter((c) => gevonden.has(c));
  return besluit(
    { binnenCategorieen: binnen, buitenCategorieen: buiten, bijzonder, onbekend, categorieen: volgorde },
    redenen,
    privacyVerantwoording(),
  );
}
