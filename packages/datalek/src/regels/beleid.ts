import {
  type Beleid,
  type BeleidsControle,
  type BeleidV1,
  beleidVoorAntwoord,
  controleerBeleid as controleerMetRegisters,
  type IsoDatum,
  leesBeleid,
  SchoolveiligheidFout,
} from '@schoolveiligheid/kern';
import { isObject } from '../bewaak.js';
import { DATALEK_REGELS } from './regels.js';
import { SEED_2018_BELEID } from './seed2018.js';

/**
 * Compares a school's policy with the datalek law as shipped today, at `peildatum`, rule by rule (kern's
 * `controleerBeleid` with this package's registry {@link DATALEK_REGELS}). Stricter than the law is fine;
 * laxer or not comparable is reported with both sources. Reads policies stored in the shape of release 0.1
 * too (each value with an embedded copy of its rule, old `avg.datalek.*` ids): the copies are not used, today's
 * rules are, and `meldingen` says so. Throws `BELEID_ONGELDIG` when `beleid` is not a policy at all,
 * `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/datalek';
 * const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
 * controle.bevindingen.find((b) => b.regelId === 'datalek.melding.startTermijnAP')?.oordeel; //=> 'afwijkend'
 * controle.bevindingen.find((b) => b.regelId === 'datalek.analyse.termijn')?.oordeel; //=> 'aanvulling'
 * ```
 */
export function controleerBeleid(beleid: Beleid | BeleidV1 | unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerMetRegisters(beleid, peildatum, [DATALEK_REGELS]);
}

/**
 * The largest number of units a policy may set for a duration (`aantal`): far above any real policy (the seed's
 * longest is 36 months), and low enough that every term stays inside the calendar the SDK knows. A policy with
 * more (`aantal: 1e9`) is refused with `BELEID_ONGELDIG` instead of failing on a far-away date later.
 */
export const MAX_BELEID_AANTAL = 1200; // geen-rechtsgetal: a technical bound (100 years of months)

const gelezen = /* @__PURE__ */ new WeakMap<object, Beleid>();

/** The presets whose sources the SDK wrote itself, so they are repeated as they are. */
const PRESETS: readonly Beleid[] = [SEED_2018_BELEID];

/** True when `w` and everything under it is frozen, so a result cached on it can never go stale. */
function diepBevroren(w: unknown, diepte = 0): boolean {
  if (typeof w !== 'object' || w === null) return true;
  if (diepte > 8 || !Object.isFrozen(w)) return false;
  return Object.values(w).every((v) => diepBevroren(v, diepte + 1));
}

function teGroot(beleid: Beleid): boolean {
  return Object.values(beleid.waarden).some((w) => {
    const waarde = w.waarde as { aantal?: unknown; eenheid?: unknown };
    return (
      isObject(waarde) &&
      typeof waarde.eenheid === 'string' &&
      typeof waarde.aantal === 'number' &&
      waarde.aantal > MAX_BELEID_AANTAL
    );
  });
}

function beleidOngeldig(problemen: number): never {
  throw new SchoolveiligheidFout(
    'BELEID_ONGELDIG',
    'Het beleid heeft niet de vorm van een beleid; lees het met leesBeleid.',
    { problemen },
  );
}

/**
 * A policy in today's shape, validated (kern's `leesBeleid` with {@link DATALEK_REGELS}): as given, or migrated
 * from the release-0.1 shape (embedded rule copies, old ids). `undefined` stays `undefined`. Throws
 * `BELEID_ONGELDIG` for anything else (`5`, `null`, `{ waarden: [1] }`) or a duration of more than
 * {@link MAX_BELEID_AANTAL} units. Cached only for a deeply frozen policy (the presets, a dossier's header),
 * so changing a policy object in place never gives a stale answer (issue 8 item 3).
 */
export function alsBeleid(beleid: unknown): Beleid | undefined {
  if (beleid === undefined) return undefined;
  if (!isObject(beleid)) beleidOngeldig(1);
  const bekend = gelezen.get(beleid);
  if (bekend) return bekend;
  const r = leesBeleid(beleid, [DATALEK_REGELS]);
  if (!r.ok) beleidOngeldig(r.problemen.length);
  if (teGroot(r.waarde.beleid)) beleidOngeldig(1);
  const uit = beleidVoorAntwoord(r.waarde.beleid, PRESETS);
  if (diepBevroren(beleid)) gelezen.set(beleid, uit);
  return uit;
}
