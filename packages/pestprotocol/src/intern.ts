// Internal helpers shared by the decisions: the receipt, a reason from the catalogue, and a coded problem.
import {
  codeTekst,
  type Parameters,
  type Probleem,
  type Reden,
  registerVerantwoording,
  type Verantwoording,
} from '@schoolveiligheid/kern';
import {
  PESTPROTOCOL_PROBLEEM_CODES,
  PESTPROTOCOL_REDEN_CODES,
  type PestprotocolProbleemCode,
  type PestprotocolRedenCode,
} from './codes/codes.js';
import { PAKKET } from './pakket.js';
import { PESTPROTOCOL_REGELS } from './regels/regels.js';

/** The receipt of every decision: this release and the hash of its registry. */
export function pestprotocolVerantwoording(): Verantwoording {
  return registerVerantwoording(PAKKET.naam, PAKKET.versie, PESTPROTOCOL_REGELS);
}

/** A reason with the catalogue's Dutch sentence and source. */
export function reden(code: PestprotocolRedenCode, parameters?: Parameters): Reden<PestprotocolRedenCode> {
  const bron = PESTPROTOCOL_REDEN_CODES[code].bron;
  return {
    code,
    tekst: codeTekst(PESTPROTOCOL_REDEN_CODES, code, 'nl', parameters),
    ...(bron ? { bron } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

/** A coded problem in Dutch or English, never with input text. */
export function probleem(
  code: PestprotocolProbleemCode,
  pad: readonly (string | number)[],
  taal: 'nl' | 'en' = 'nl',
): Probleem {
  return { code, pad: [...pad], melding: codeTekst(PESTPROTOCOL_PROBLEEM_CODES, code, taal) };
}
