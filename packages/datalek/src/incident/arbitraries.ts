// Test support (not exported from the package): fast-check arbitraries for incidents and for "one more risk
// factor". Used by the *.prop.test.ts files of several concepts.
import type { Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import {
  BETROKKENENGROEPEN,
  GEGEVENSCATEGORIEEN,
  type Gegevenscategorie,
  INBREUKSOORTEN,
  INCIDENTSOORTEN,
  JA_NEE_ONBEKEND,
  VERSLEUTELINGEN,
} from './begrippen.js';
import type { Beveiligingsincident, JaNeeOnbekend } from './incident.js';

const janee = fc.constantFrom(...JA_NEE_ONBEKEND);

/** Instants between 2018-06-01 and 2030-12-31 in whole minutes, written with a `Z` offset. */
export const tijdstipArb: fc.Arbitrary<Tijdstip> = fc
  .integer({ min: Date.UTC(2018, 5, 1) / 60_000, max: Date.UTC(2030, 11, 31) / 60_000 })
  .map((m) => new Date(m * 60_000).toISOString().replace('.000Z', 'Z') as Tijdstip);

/** Free text that looks like personal data, to check it is never echoed. */
export const persoonlijkeTekstArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Jansen', 'Bakker', 'De Vries', 'Yilmaz', 'El Amrani'),
    fc.integer({ min: 100_000_000, max: 999_999_999 }),
  )
  .map(([naam, nummer]) => `Leerling ${naam} met nummer ${nummer}`);

/** Any valid incident. */
export const incidentArb: fc.Arbitrary<Beveiligingsincident> = fc.record(
  {
    id: fc.constant('inc-1'),
    melder: fc.record({
      rol: fc.constantFrom('medewerker' as const, 'leerling' as const),
      id: fc.constant('medewerker-1'),
    }),
    ontdektOp: tijdstipArb,
    soort: fc.constantFrom(...INCIDENTSOORTEN),
    omschrijving: persoonlijkeTekstArb,
    persoonsgegevens: janee,
    inbreuk: fc.subarray([...INBREUKSOORTEN]),
    // half of the incidents without sensitive data, or the other risk factors would hardly ever matter
    categorieen: fc.oneof(
      fc.subarray(['identificerend', 'contact', 'overig'] as Gegevenscategorie[]),
      fc.subarray([...GEGEVENSCATEGORIEEN]),
    ),
    betrokkenen: fc.record({
      groepen: fc.subarray([...BETROKKENENGROEPEN]),
      kwetsbaar: fc.boolean(),
      aantal: fc.integer({ min: 0, max: 5000 }),
    }),
    versleuteling: fc.constantFrom(...VERSLEUTELINGEN),
    sleutelGecompromitteerd: janee,
    backupAanwezig: fc.boolean(),
    onbeschikbaarUren: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    toegangUitgesloten: janee,
    ontvangerBetrouwbaarVerwijderd: fc.boolean(),
    aanwijzingMisbruik: janee,
    maatregelen: fc.array(persoonlijkeTekstArb, { maxLength: 2 }),
    hoogRisicoWeggenomen: fc.boolean(),
    onevenredigeInspanning: fc.boolean(),
    zwaarwegendeRedenen: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'melder',
      'ontdektOp',
      'soort',
      'omschrijving',
      'persoonsgegevens',
      'inbreuk',
      'categorieen',
      'betrokkenen',
      'versleuteling',
      'sleutelGecompromitteerd',
      'backupAanwezig',
      'toegangUitgesloten',
      'ontvangerBetrouwbaarVerwijderd',
      'aanwijzingMisbruik',
      'maatregelen',
    ],
  },
) as fc.Arbitrary<Beveiligingsincident>;

const ERGER: Record<JaNeeOnbekend, JaNeeOnbekend> = { nee: 'onbekend', onbekend: 'ja', ja: 'ja' };
const MINDER_ZEKER: Record<JaNeeOnbekend, JaNeeOnbekend> = { ja: 'onbekend', onbekend: 'nee', nee: 'nee' };

/** Adds one risk factor to an incident (or leaves it as is when that factor is already at its worst). */
export const verergeringArb: fc.Arbitrary<(inc: Beveiligingsincident) => Beveiligingsincident> = fc.oneof(
  fc
    .constantFrom(...INBREUKSOORTEN)
    .map((s) => (inc: Beveiligingsincident) => ({ ...inc, inbreuk: [...new Set([...inc.inbreuk, s])] })),
  fc.constantFrom(...GEGEVENSCATEGORIEEN).map((c) => (inc: Beveiligingsincident) => ({
    ...inc,
    categorieen: [...new Set([...inc.categorieen, c])],
  })),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    betrokkenen: { ...inc.betrokkenen, kwetsbaar: true },
  })),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    persoonsgegevens: inc.persoonsgegevens === 'nee' ? ('onbekend' as const) : inc.persoonsgegevens,
  })),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    versleuteling: inc.versleuteling === 'stand-der-techniek' ? ('verouderd' as const) : ('geen' as const),
  })),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    sleutelGecompromitteerd: ERGER[inc.sleutelGecompromitteerd],
  })),
  fc.constant((inc: Beveiligingsincident) => ({ ...inc, backupAanwezig: false })),
  fc.integer({ min: 0, max: 100 }).map((extra) => (inc: Beveiligingsincident) => {
    const { onbeschikbaarUren, ...rest } = inc;
    return onbeschikbaarUren === undefined ? inc : { ...rest, onbeschikbaarUren: onbeschikbaarUren + extra };
  }),
  fc.constant((inc: Beveiligingsincident) => {
    const { onbeschikbaarUren: _weg, ...rest } = inc;
    return rest;
  }),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    toegangUitgesloten: MINDER_ZEKER[inc.toegangUitgesloten],
  })),
  fc.constant((inc: Beveiligingsincident) => ({ ...inc, ontvangerBetrouwbaarVerwijderd: false })),
  fc.constant((inc: Beveiligingsincident) => ({ ...inc, aanwijzingMisbruik: ERGER[inc.aanwijzingMisbruik] })),
);
