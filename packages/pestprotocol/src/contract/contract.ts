import {
  type Bron,
  type Resultaat,
  valideer,
  vindPersoonsgegevens,
  taalUitOpties,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { PESTPROTOCOL_BRONNEN as B } from '../bronnen/bronnen.js';
import { probleem } from '../intern.js';
import { CONTRACT_INLEIDING, CONTRACT_SLOT, CONTRACT_UITSPRAKEN } from './contract.data.js';

/**
 * Schema of the class's own additions to the anti-pestcontract ("Hieronder is ruimte om zelf in te vullen wat
 * je in bovenstaand lijstje mist"): short promises, never names or contact details.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { contractAanvullingenSchema } from '@schoolveiligheid/pestprotocol';
 * valideer(contractAanvullingenSchema, { aanvullingen: ['Ik zal niemand uitlachen.'] }).ok; //=> true
 * ```
 */
export const contractAanvullingenSchema = /* @__PURE__ */ z
  .object({
    aanvullingen: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().trim().min(1).max(200).describe('One promise of the class.'))
      .max(20)
      .default([])
      .describe("The class's own promises, added below the seed's list."),
  })
  .strict()
  .describe('The class additions for antiPestContract.');

/** The anti-pestcontract, ready to print: the seed's text plus the class's own promises. */
export interface AntiPestContract {
  readonly titel: string;
  readonly inleiding: readonly string[];
  /** The seed's promises followed by the class's additions. */
  readonly uitspraken: readonly string[];
  /** How many of `uitspraken` the class added (at the end). */
  readonly eigenAanvullingen: number;
  readonly slot: string;
  /** The fields each pupil fills in by hand. */
  readonly velden: readonly ['naam', 'datum', 'handtekening'];
  readonly bron: Bron;
}

/**
 * The anti-pestcontract of the seed's Bijlage 2 as a template, with the class's own promises added after the
 * seed's list. An addition with personal data (a phone number, an e-mail address, a BSN) is refused with a coded
 * problem that does not repeat it; the pupil's name, date and signature are fields filled in on paper.
 *
 * @example
 * ```ts
 * import { antiPestContract } from '@schoolveiligheid/pestprotocol';
 * const c = antiPestContract({ aanvullingen: ['Ik zal niemand uitlachen.'] });
 * c.ok && c.waarde.uitspraken.at(-1); //=> 'Ik zal niemand uitlachen.'
 * antiPestContract({ aanvullingen: ['Bel 06-12345678'] }).ok; //=> false
 * ```
 */
export function antiPestContract(
  invoer: unknown = {},
  opties?: { readonly taal?: 'nl' | 'en' },
): Resultaat<AntiPestContract> {
  const taal = taalUitOpties(opties);
  const r = valideer(contractAanvullingenSchema, invoer, { taal });
  if (!r.ok) return r;
  const { aanvullingen } = r.waarde;
  const fout = aanvullingen.flatMap((tekst, i) =>
    vindPersoonsgegevens(tekst).length > 0
      ? [probleem('PERSOONSGEGEVEN_IN_AANVULLING', ['aanvullingen', i], taal)]
      : [],
  );
  if (fout.length > 0) return { ok: false, problemen: fout };
  return {
    ok: true,
    waarde: Object.freeze({
      titel: 'Anti-pestcontract',
      inleiding: CONTRACT_INLEIDING,
      uitspraken: Object.freeze([...CONTRACT_UITSPRAKEN, ...aanvullingen]),
      eigenAanvullingen: aanvullingen.length,
      slot: CONTRACT_SLOT,
      velden: Object.freeze(['naam', 'datum', 'handtekening'] as const),
      bron: B.SEED_BIJLAGE_2,
    }),
  };
}
