import {
  type Besluit,
  besluit as kernBesluit,
  codeTekst,
  type Reden,
  registerVerantwoording,
} from '@schoolveiligheid/kern';
import { CALAMITEITEN_REDEN_CODES, type CalamiteitenRedenCode } from '../codes/codes.js';
import { PAKKET } from '../pakket.js';
import { CALAMITEITEN_REGELS } from '../regels/regels.js';

/** A reason from this package's catalogue, with its source and sentence parameters. */
export function reden(
  code: CalamiteitenRedenCode,
  parameters?: Record<string, string | number>,
): Reden<CalamiteitenRedenCode> {
  const { bron } = CALAMITEITEN_REDEN_CODES[code];
  return {
    code,
    tekst: codeTekst(CALAMITEITEN_REDEN_CODES, code, 'nl', parameters),
    ...(bron ? { bron } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

/** A decision of this package with its receipt (package release and the hash of its registry). */
export function besluitVan<T>(
  uitkomst: T,
  redenen: readonly Reden<CalamiteitenRedenCode>[],
): Besluit<T, CalamiteitenRedenCode> {
  return kernBesluit(
    uitkomst,
    redenen,
    registerVerantwoording(PAKKET.naam, PAKKET.versie, CALAMITEITEN_REGELS),
  );
}
