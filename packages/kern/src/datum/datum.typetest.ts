// Type tests: checked by `tsc --noEmit` (npm run typecheck). Each @ts-expect-error must be an error.
import type { IsoDatum, Tijdstip } from './datum.js';
import type { TermijnInvoer } from '../termijn/termijn.js';

const datum: IsoDatum = '2026-11-23';
const tijdstip: Tijdstip = '2026-11-23T09:00:00+01:00';

// @ts-expect-error an instant is not a date
export const geenDatum: IsoDatum = tijdstip;
// @ts-expect-error a date is not an instant
export const geenTijdstip: Tijdstip = datum;
// @ts-expect-error free text is not a date
export const tekst: IsoDatum = 'morgen';

export const invoer: TermijnInvoer = {
  gebeurtenis: datum,
  duur: { aantal: 6, eenheid: 'weken' },
  grondslag: 'nl-wet',
};
export const eenheid: TermijnInvoer = {
  gebeurtenis: datum,
  // @ts-expect-error unknown unit
  duur: { aantal: 1, eenheid: 'jaren' },
  grondslag: 'nl-wet',
};
export const grondslag: TermijnInvoer = {
  gebeurtenis: datum,
  duur: { aantal: 1, eenheid: 'weken' },
  // @ts-expect-error unknown legal basis
  grondslag: 'cao',
};
