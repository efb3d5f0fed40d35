import {
  type Beleid,
  type Besluit,
  besluit,
  codeTekst,
  type IsoDatum,
  isIsoDatum,
  type Parameters,
  type Reden,
  registerVerantwoording,
  SchoolveiligheidFout,
} from '@schoolveiligheid/kern';
import { KLOKKENLUIDER_REDEN_CODES, type KlokkenluiderRedenCode } from '../codes/codes.js';
import { PAKKET } from '../pakket.js';
import { KLOKKENLUIDER_REGELS } from '../regels/regels.js';

// Helpers shared by the package's decisions: a reason from the catalogue, a decision with its receipt, and
// the guards that turn misuse into a typed error.

/** A reason from the catalogue, with its source and the parameters of its sentence. */
export function reden(code: KlokkenluiderRedenCode, parameters?: Parameters): Reden<KlokkenluiderRedenCode> {
  const c = KLOKKENLUIDER_REDEN_CODES[code];
  return {
    code,
    tekst: codeTekst(KLOKKENLUIDER_REDEN_CODES, code, 'nl', parameters),
    ...(c.bron ? { bron: c.bron } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

/** A decision of this package with its receipt (the package release and the hash of its rules). */
export function beslis<T>(
  uitkomst: T,
  redenen: readonly Reden<KlokkenluiderRedenCode>[],
): Besluit<T, KlokkenluiderRedenCode> {
  return besluit(uitkomst, redenen, registerVerantwoording(PAKKET.naam, PAKKET.versie, KLOKKENLUIDER_REGELS));
}

/** Throws `ONGELDIGE_INVOER` without echoing the input. */
export function ongeldig(melding: string): never {
  throw new SchoolveiligheidFout('ONGELDIGE_INVOER', melding);
}

/** A plain object (not null, not an array), or a typed error. */
export function eisObject(waarde: unknown, wat: string): Record<string, unknown> {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde))
    ongeldig(`Geef ${wat} als object.`);
  return waarde as Record<string, unknown>;
}

/** A boolean field, or a typed error. */
export function eisJaNee(o: Record<string, unknown>, veld: string): boolean {
  const w = o[veld];
  if (typeof w !== 'boolean') ongeldig(`Het veld ${veld} is waar of onwaar.`);
  return w;
}

/** A valid date, or a typed error. */
export function eisDatum(waarde: unknown): IsoDatum {
  if (!isIsoDatum(waarde))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'De datum is geen geldige datum (JJJJ-MM-DD).');
  return waarde;
}

/** An optional policy: absent, or an object (kern's readers check the rest). */
export function eisBeleid(opties: unknown): Beleid | undefined {
  if (opties === undefined) return undefined;
  const o = eisObject(opties, 'de opties');
  if (o.beleid === undefined) return undefined;
  const b = eisObject(o.beleid, 'het beleid');
  if (typeof b.waarden !== 'object' || b.waarden === null)
    throw new SchoolveiligheidFout('BELEID_ONGELDIG', 'Het beleid heeft niet de vorm van een beleid.');
  return b as unknown as Beleid;
}
