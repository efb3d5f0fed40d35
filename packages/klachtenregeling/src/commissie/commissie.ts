import {
  type IsoDatum,
  isIsoDatum,
  type Probleem,
  type Resultaat,
  valideer,
  waardeVoor,
  taalUitOpties,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { probleemVan } from '../gedeeld/gedeeld.js';
import { commissieMinimumLeden } from '../regels/regels.js';

/**
 * Schema of a klachtencommissie's composition for one complaint: per member an id (never a name), whether it
 * is the chair, its ties to the board and whether the complaint concerns its own conduct.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { commissieSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(commissieSchema, { leden: [{ id: 'lid-1', voorzitter: true, deelVanBevoegdGezag: false, werkzaamVoorBevoegdGezag: false, betrokkenBijGedraging: false }] }).ok; //=> true
 * ```
 */
export const commissieSchema = /* @__PURE__ */ z
  .object({
    leden: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z
          .object({
            id: /* @__PURE__ */ z
              .string()
              .regex(/^[a-z\d][a-z\d-]*$/)
              .max(100),
            voorzitter: /* @__PURE__ */ z.boolean(),
            deelVanBevoegdGezag: /* @__PURE__ */ z.boolean(),
            werkzaamVoorBevoegdGezag: /* @__PURE__ */ z.boolean(),
            betrokkenBijGedraging: /* @__PURE__ */ z.boolean(),
          })
          .meta({
            description: 'One member: an id, chair or not, ties to the board, own conduct concerned.',
          }),
      )
      .max(100),
  })
  .meta({ description: 'The composition of a klachtencommissie for one complaint (WPO art. 14 lid 4).' });

/** A composition as {@link commissieSchema} reads it. */
export type Commissie = z.infer<typeof commissieSchema>;

/**
 * Checks a klachtencommissie against WPO art. 14 lid 4: at least three members, one chair who is not part of
 * the board and does not work for or at it, and no member whose conduct the complaint directly concerns.
 * `peildatum` (default the current rule) reads the minimum from the registry.
 *
 * @example
 * ```ts
 * import { valideerCommissie } from '@schoolveiligheid/klachtenregeling';
 * const lid = (id: string, extra = {}) => ({ id, voorzitter: false, deelVanBevoegdGezag: false, werkzaamVoorBevoegdGezag: false, betrokkenBijGedraging: false, ...extra });
 * const r = valideerCommissie({ leden: [lid('lid-1', { voorzitter: true, werkzaamVoorBevoegdGezag: true }), lid('lid-2')] });
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['COMMISSIE_TE_KLEIN', 'VOORZITTER_NIET_ONAFHANKELIJK']
 * ```
 */
export function valideerCommissie(
  commissie: unknown,
  opties?: { readonly peildatum?: IsoDatum; readonly taal?: 'nl' | 'en' },
): Resultaat<Commissie> {
  const taal = taalUitOpties(opties);
  const gelezen = valideer(commissieSchema, commissie, { taal });
  if (!gelezen.ok) return gelezen;
  const peildatum = typeof opties === 'object' && opties !== null ? opties.peildatum : undefined;
  if (peildatum !== undefined && !isIsoDatum(peildatum))
    return { ok: false, problemen: [probleemVan('OPTIES_ONGELDIG', ['peildatum'], taal)] };
  const minimum =
    peildatum === undefined
      ? (commissieMinimumLeden.waarden.at(-1)?.waarde as number)
      : (() => {
          try {
            return waardeVoor(commissieMinimumLeden, peildatum).waarde;
          } catch {
            return undefined;
          }
        })();
  if (minimum === undefined)
    return { ok: false, problemen: [probleemVan('DATUM_BUITEN_BEREIK', ['peildatum'], taal)] };
  const { leden } = gelezen.waarde;
  const problemen: Probleem[] = [];
  if (leden.length < minimum)
    problemen.push(probleemVan('COMMISSIE_TE_KLEIN', ['leden'], taal, { aantal: leden.length, minimum }));
  const voorzitters = leden.filter((l) => l.voorzitter);
  if (voorzitters.length !== 1) problemen.push(probleemVan('GEEN_VOORZITTER', ['leden'], taal));
  leden.forEach((l, i) => {
    if (l.voorzitter && (l.deelVanBevoegdGezag || l.werkzaamVoorBevoegdGezag))
      problemen.push(probleemVan('VOORZITTER_NIET_ONAFHANKELIJK', ['leden', i], taal));
    if (l.betrokkenBijGedraging) problemen.push(probleemVan('LID_BETROKKEN', ['leden', i], taal));
  });
  return problemen.length > 0 ? { ok: false, problemen } : gelezen;
}
