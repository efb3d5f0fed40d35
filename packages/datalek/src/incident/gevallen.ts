// Test support (not exported from the package): the worked cases of fixtures/gevallen.json, read in the test
// kit's one fixture format, and the incidents they hold, by the name of their case.
import { type Fixture, leesFixtures } from '@schoolveiligheid/testkit';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import { type Beveiligingsincident, beveiligingsincidentSchema } from './incident.js';

/** The file of worked cases shipped with the package (`@schoolveiligheid/datalek/fixtures/gevallen.json`). */
export const GEVALLEN_BESTAND: URL = new URL('../../fixtures/gevallen.json', import.meta.url);

/** The input of a case: one complete incident registration. */
export interface GevalInvoer {
  readonly incident: Beveiligingsincident;
}

/** The expected decision of a case: by the law (AVG), by the seed policy (its Wbp tree), and whether it under-reports. */
export interface GevalVerwacht {
  readonly wet: Pick<
    Beoordeling,
    'beslisboom' | 'isDatalek' | 'risico' | 'meldplichtAP' | 'betrokkenenInformeren'
  >;
  readonly seed: Pick<Beoordeling, 'beslisboom' | 'isDatalek' | 'meldplichtAP' | 'betrokkenenInformeren'>;
  readonly onderrapportage: boolean;
}

/** A worked case of fixtures/gevallen.json. */
export type Geval = Fixture<GevalInvoer, GevalVerwacht>;

/** Every case of fixtures/gevallen.json, validated against the kit's format (a bad file fails loudly). */
export const GEVALLEN: readonly Geval[] = leesFixtures<GevalInvoer, GevalVerwacht>(GEVALLEN_BESTAND);

/** The case named `naam`; throws when the file has no such case. */
export function geval(naam: string): Geval {
  const g = GEVALLEN.find((f) => f.naam === naam);
  if (!g) throw new Error(`fixtures/gevallen.json heeft geen geval "${naam}"`);
  return g;
}

/** The incident of the case named `naam`, with `wijziging` applied, validated by the schema. */
export function incidentUit(
  naam: string,
  wijziging: Partial<Beveiligingsincident> = {},
): Beveiligingsincident {
  return beveiligingsincidentSchema.parse({ ...geval(naam).invoer.incident, ...wijziging });
}

/** The name of the harmless incident (no breach, access excluded) the tests build their variants on. */
export const ONSCHULDIG =
  'incident zonder inbreuk: niets verloren of gewijzigd, onbevoegde toegang uitgesloten';

/** The name of the stolen-laptop case of the dossier tests and the example, discovered on 23 October 2026. */
export const GESTOLEN_LAPTOP =
  'onversleutelde laptop met zorgnotities van groep 6 gestolen, ontdekt vrijdag 23 oktober 2026 om 14.30 uur';
