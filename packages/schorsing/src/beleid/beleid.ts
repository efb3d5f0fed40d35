import {
  type Beleid,
  type BeleidsControle,
  beleidVoorAntwoord,
  type BeleidV1,
  controleerBeleid as controleerMetRegisters,
  type GelezenBeleid,
  type IsoDatum,
  leesBeleid as leesMetRegisters,
  type Resultaat,
} from '@schoolveiligheid/kern';
import { SCHORSING_REGELS } from '../regels/regels.js';
import { SEED_2018_BELEID } from './seed2018.js';

/** The presets whose sources the SDK wrote itself, so answers repeat them as they are. */
const PRESETS: readonly Beleid[] = [SEED_2018_BELEID];

/**
 * Compares a school's policy with the law as shipped today, at `peildatum`, rule by rule, against this
 * package's registry ({@link SCHORSING_REGELS}): kern's `controleerBeleid` with that registry. Stricter than
 * the law is fine; laxer, or not comparable (5 schooldagen vs 1 week), is reported with both sources. A policy
 * stored in the old shape (a copy of each rule, old rule ids) is read too; what was migrated is in
 * `meldingen`. Throws `BELEID_ONGELDIG` when `beleid` is not a policy, `ONGELDIGE_DATUM` for a bad date.
 *
 * @example
 * ```ts
 * import { SEED_2018_BELEID, controleerBeleid } from '@schoolveiligheid/schorsing';
 * const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
 * controle.bevindingen.find((b) => b.regelId === 'schorsing.schorsing.meldingLeerplichtambtenaar')?.oordeel; //=> 'strenger'
 * controle.bevindingen.find((b) => b.regelId === 'schorsing.schorsing.meldingInspectieOnverwijld')?.oordeel; //=> 'soepeler'
 * ```
 */
export function controleerBeleid(beleid: Beleid | BeleidV1 | unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerMetRegisters(beleid, peildatum, [SCHORSING_REGELS]);
}

/**
 * Reads a stored policy (JSON from a database) against this package's registry: validates it, migrates the
 * old shape (a copy of each rule) and old rule ids (`wpo.schorsing.maxDuur` becomes
 * `schorsing.schorsing.maxDuur`), and says what it noticed. The result can be passed as `beleid` to
 * `berekenSchorsing` or stored in a dossier header.
 *
 * @example
 * ```ts
 * import { leesBeleid } from '@schoolveiligheid/schorsing';
 * const bron = { titel: 'Schoolgids', zekerheid: 'secundair' } as const;
 * const r = leesBeleid({ id: 'school', naam: 'Schoolbeleid', bron, waarden: { 'wpo.schorsing.maxDuur': { waarde: { aantal: 3, eenheid: 'schooldagen' }, bron } } });
 * r.ok && Object.keys(r.waarde.beleid.waarden); //=> ['schorsing.schorsing.maxDuur']
 * r.ok && r.waarde.meldingen.map((m) => m.code); //=> ['OUDE_REGEL_ID']
 * ```
 */
export function leesBeleid(json: unknown): Resultaat<GelezenBeleid> {
  return leesMetRegisters(json, [SCHORSING_REGELS]);
}

/**
 * The policy a calculation uses: read with {@link leesBeleid} (so the old shape and old ids work), with the
 * school's own sources replaced by a fixed reference in every answer (kern's `beleidVoorAntwoord`: free text
 * from a policy is never echoed). `undefined` stays `undefined`; what is not a policy gives the problems of
 * `leesBeleid`, under `beleid`.
 */
export function beleidVoorBerekening(beleid: unknown): Resultaat<Beleid | undefined> {
  if (beleid === undefined) return { ok: true, waarde: undefined };
  const r = leesBeleid(beleid);
  if (!r.ok) return { ok: false, problemen: r.problemen.map((p) => ({ ...p, pad: ['beleid', ...p.pad] })) };
  return { ok: true, waarde: beleidVoorAntwoord(r.waarde.beleid, PRESETS) };
}
