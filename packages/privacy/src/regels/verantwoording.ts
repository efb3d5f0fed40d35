import {
  type Beleid,
  beleidVoorAntwoord,
  type Bron,
  codeTekst,
  type GedateerdeWaarde,
  type IsoDatum,
  leesBeleid,
  type Parameters,
  type Reden,
  type Regel,
  type RegelWaardeType,
  registerVerantwoording,
  SchoolveiligheidFout,
  type Verantwoording,
} from '@schoolveiligheid/kern';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { PRIVACY_REDEN_CODES, type PrivacyRedenCode } from '../codes/codes.js';
import { PAKKET } from '../pakket.js';
import { PRIVACY_REGELS } from './regels.js';

// Internal helpers shared by the decisions: the receipt, a reason from the catalogue, a rule's dated entry
// (also when its value is null) and a policy made safe to repeat in an answer.

/** The receipt of a privacy answer: this package's release and the content hash of its rules. */
export function privacyVerantwoording(): Verantwoording {
  return registerVerantwoording(PAKKET.naam, PAKKET.versie, PRIVACY_REGELS);
}

/** A reason from the catalogue, its Dutch text filled from `parameters`, its source the catalogue's or `bron`. */
export function reden(code: PrivacyRedenCode, parameters?: Parameters, bron?: Bron): Reden<PrivacyRedenCode> {
  const b = bron ?? PRIVACY_REDEN_CODES[code].bron;
  return {
    code,
    tekst: codeTekst(PRIVACY_REDEN_CODES, code, 'nl', parameters),
    ...(b ? { bron: b } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

/** The entry of `r` in force at `peildatum`, including entries whose value is null; undefined before the first. */
export function geldendeWaarde<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum: IsoDatum,
): GedateerdeWaarde<T> | undefined {
  let gevonden: GedateerdeWaarde<T> | undefined;
  for (const w of r.waarden) if (w.geldigVanaf <= peildatum) gevonden = w;
  return gevonden;
}

const PRESETS: readonly Beleid[] = [SEED_2018_BELEID];

/**
 * A policy as the decisions may use and repeat it: read (also the old shape), its own sources replaced by a
 * fixed reference unless it is one of the SDK's presets. Throws `BELEID_ONGELDIG` when it is not a policy.
 */
export function beleidVoorBerekening(beleid: unknown): Beleid | undefined {
  if (beleid === undefined) return undefined;
  const gelezen = leesBeleid(beleid, [PRIVACY_REGELS]);
  if (!gelezen.ok)
    throw new SchoolveiligheidFout('BELEID_ONGELDIG', 'Het beleid heeft niet de vorm van een beleid.', {
      problemen: gelezen.problemen.length,
    });
  return beleidVoorAntwoord(gelezen.waarde.beleid, PRESETS);
}

/** Throws `ONGELDIGE_INVOER` with a fixed Dutch message (never built from the input). */
export function ongeldig(melding: string): never {
  throw new SchoolveiligheidFout('ONGELDIGE_INVOER', melding);
}

/** True for a plain object (not null, not an array). */
export function isObject(w: unknown): w is Record<string, unknown> {
  return typeof w === 'object' && w !== null && !Array.isArray(w);
}
