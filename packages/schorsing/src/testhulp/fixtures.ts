// Test support (not part of the public API): the package's worked cases in the test kit's fixture format
// (`fixtures/*.json`, shipped with the package), the shape of their inputs, and how a test turns an input into
// the outcome the case states. The example (examples/schorsing.ts) reads the same files.
import type { SchoolkalenderInstellingen, Tijdstip } from '@schoolveiligheid/kern';
import { type Fixture, leesFixtures } from '@schoolveiligheid/testkit';
import type { Schorsingsbrief } from '../brief/schorsingsbrief.js';
import type { Verwijderingsbrief } from '../brief/verwijderingsbrief.js';
import type { Gebeurtenis, SchorsingKop } from '../dossier/gebeurtenissen.js';
import type { SchorsingInvoer } from '../schorsing/schorsing.js';

/** A fixture file of this package, by name (`schorsingen.json`). */
export function fixture(bestand: string): URL {
  return new URL(`../../fixtures/${bestand}`, import.meta.url);
}

/** The case named `naam` of a fixture file; fails loudly when the file has none. */
export function geval<I, V = unknown>(bestand: string, naam: string): Fixture<I, V> {
  const f = leesFixtures<I, V>(fixture(bestand)).find((x) => x.naam === naam);
  if (!f) throw new Error(`${bestand} has no case "${naam}"`);
  return f;
}

/** A case of `schorsingen.json`: a `SchorsingInvoer` as JSON, with the school calendar as its settings. */
export type SchorsingGeval = Omit<SchorsingInvoer, 'kalender' | 'beleid' | 'peildatum'> & {
  readonly kalender: SchoolkalenderInstellingen;
};

/** A case of `brieven.json`: which letter, the school calendar's settings and the letter. */
export type BriefGeval =
  | {
      readonly soort: 'schorsingsbrief';
      readonly kalender: SchoolkalenderInstellingen;
      readonly brief: Schorsingsbrief;
    }
  | {
      readonly soort: 'verwijderingsbrief';
      readonly kalender: SchoolkalenderInstellingen;
      readonly brief: Verwijderingsbrief;
    };

/** A case of `dossiers.json`: a header, the events in order, and the moment the terms are read at. */
export interface DossierGeval {
  readonly kop: SchorsingKop;
  readonly gebeurtenissen: readonly Gebeurtenis[];
  readonly nu: Tijdstip;
}

/** The complete schorsing letter of `brieven.json` (an openbare school, Awb bezwaar): the base tests vary. */
export const SCHORSINGSBRIEF: Schorsingsbrief = geval<{ brief: Schorsingsbrief }>(
  'brieven.json',
  'Volledige schorsingsbrief van een openbare school, met bezwaar volgens de Awb',
).invoer.brief;

/** The complete verwijdering letter of `brieven.json` (a bijzondere school, an interim schorsing). */
export const VERWIJDERINGSBRIEF: Verwijderingsbrief = geval<{ brief: Verwijderingsbrief }>(
  'brieven.json',
  'Volledige verwijderingsbrief van een bijzondere school, met een tussentijdse schorsing tot de verwijdering',
).invoer.brief;

/** The events of the schorsing in `dossiers.json`: seed E.2 Schorsing steps 1-5, from talk to schoolwork. */
export const SCHORSINGSPROCEDURE: readonly Gebeurtenis[] = geval<DossierGeval>(
  'dossiers.json',
  'Schorsing van gesprek tot brief bij een openbare school: alleen de bezwaartermijn van de ouders loopt nog',
).invoer.gebeurtenissen;

/**
 * The events of the verwijdering in `dossiers.json`: seed E.2 Verwijdering steps 1-4 and 8, made known on
 * Thursday 2 April 2026, with an interim schorsing until the verwijdering.
 */
export const VERWIJDERINGSPROCEDURE: readonly Gebeurtenis[] = geval<DossierGeval>(
  'dossiers.json',
  'Verwijdering bij een openbare school, bekendgemaakt op donderdag 2 april 2026, met een tussentijdse schorsing: de bezwaartermijnen lopen tot maandag 18 mei',
).invoer.gebeurtenissen;
