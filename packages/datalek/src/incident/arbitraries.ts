// Test support (not exported from the package): fast-check arbitraries for incidents and for "one more risk
// factor". Used by the *.prop.test.ts files of several concepts.
import type { Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import {
  BEREIKEN,
  BETROKKENENGROEPEN,
  CATEGORIE_KEUZES,
  type CategorieKeuze,
  EXFILTRATIES,
  GEGEVENSCATEGORIEEN,
  type Gegevenscategorie,
  GEVOLGEN_ONBESCHIKBAARHEID,
  IDENTIFICEERBAARHEDEN,
  INBREUK_KEUZES,
  INBREUKSOORTEN,
  INCIDENTSOORTEN,
  JA_NEE_ONBEKEND,
  ONTVANGERSOORTEN,
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
    inbreuk: fc.oneof(
      { weight: 4, arbitrary: fc.subarray([...INBREUKSOORTEN]) },
      { weight: 1, arbitrary: fc.subarray([...INBREUK_KEUZES]) },
    ),
    // half of the incidents without sensitive data, or the other risk factors would hardly ever matter
    categorieen: fc.oneof(
      fc.subarray(['identificerend', 'contact', 'overig'] as Gegevenscategorie[]),
      fc.subarray([...GEGEVENSCATEGORIEEN]),
      fc.subarray([...CATEGORIE_KEUZES]),
    ),
    betrokkenen: fc.record(
      {
        groepen: fc.subarray([...BETROKKENENGROEPEN]),
        kwetsbaar: fc.oneof(fc.boolean(), fc.constant('onbekend' as const)),
        // around the SDK's threshold of scale (1000) as well as far from it
        aantal: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 990, max: 1010 })),
        aantalRecords: fc.integer({ min: 0, max: 10_000 }),
      },
      { requiredKeys: ['groepen', 'kwetsbaar', 'aantal'] },
    ),
    versleuteling: fc.constantFrom(...VERSLEUTELINGEN),
    sleutelGecompromitteerd: janee,
    backupAanwezig: fc.boolean(),
    gegevensIntact: fc.boolean(),
    onbeschikbaarUren: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    gevolgOnbeschikbaarheid: fc.constantFrom(...GEVOLGEN_ONBESCHIKBAARHEID),
    toegangUitgesloten: janee,
    ontvangerBetrouwbaarVerwijderd: fc.boolean(),
    ontvanger: fc.record({
      soort: fc.constantFrom(...ONTVANGERSOORTEN),
      bereik: fc.constantFrom(...BEREIKEN),
      verwijderingBevestigd: fc.boolean(),
    }),
    aanwijzingMisbruik: janee,
    exfiltratie: fc.constantFrom(...EXFILTRATIES),
    identificeerbaarheid: fc.constantFrom(...IDENTIFICEERBAARHEDEN),
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

/** The next worse value of an ordered list (best first), or the worst itself. */
const volgende = <T>(lijst: readonly T[], w: T): T =>
  lijst[Math.min(lijst.indexOf(w) + 1, lijst.length - 1)] as T;

const ONTVANGER_ORDE = ['betrouwbare-instelling', 'bekende-persoon', 'publiek', 'onbekend'] as const;
const BEREIK_ORDE = ['een', 'enkele', 'veel', 'onbekend'] as const;
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
  // the concepts of issue 10, each one step worse
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    exfiltratie:
      inc.exfiltratie === undefined ? ('mogelijk' as const) : volgende(EXFILTRATIES, inc.exfiltratie),
  })),
  fc.constant((inc: Beveiligingsincident) =>
    inc.ontvanger === undefined
      ? inc
      : { ...inc, ontvanger: { ...inc.ontvanger, soort: volgende(ONTVANGER_ORDE, inc.ontvanger.soort) } },
  ),
  fc.constant((inc: Beveiligingsincident) =>
    inc.ontvanger === undefined
      ? inc
      : { ...inc, ontvanger: { ...inc.ontvanger, bereik: volgende(BEREIK_ORDE, inc.ontvanger.bereik) } },
  ),
  fc.constant((inc: Beveiligingsincident) =>
    inc.ontvanger === undefined
      ? inc
      : { ...inc, ontvanger: { ...inc.ontvanger, verwijderingBevestigd: false } },
  ),
  fc.constant((inc: Beveiligingsincident) => {
    // verified intact, not stated, known not intact: each step takes a safeguard away
    const { gegevensIntact, ...rest } = inc;
    return gegevensIntact === true ? rest : { ...rest, gegevensIntact: false };
  }),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    gevolgOnbeschikbaarheid:
      inc.gevolgOnbeschikbaarheid === undefined
        ? ('hinder' as const)
        : volgende(GEVOLGEN_ONBESCHIKBAARHEID, inc.gevolgOnbeschikbaarheid),
  })),
  fc.constant((inc: Beveiligingsincident) => {
    // pseudonymised or less identifiable, up to "not stated" (directly identifiable)
    const { identificeerbaarheid, ...rest } = inc;
    if (identificeerbaarheid === undefined || identificeerbaarheid === 'maximaal') return rest;
    return { ...rest, identificeerbaarheid: volgende(IDENTIFICEERBAARHEDEN, identificeerbaarheid) };
  }),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    versleuteling:
      inc.versleuteling === 'hash-stand-der-techniek' ? ('hash-verouderd' as const) : inc.versleuteling,
  })),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    categorieen: [...new Set<CategorieKeuze>([...inc.categorieen, 'onbekend'])],
  })),
  fc.constant((inc: Beveiligingsincident) => ({
    ...inc,
    inbreuk: [...new Set([...inc.inbreuk, 'onbekend' as const])],
  })),
);

/** Raises the number of data subjects of an incident (scale never lowers the outcome). */
export const meerBetrokkenenArb: fc.Arbitrary<(inc: Beveiligingsincident) => Beveiligingsincident> = fc
  .integer({ min: 1, max: 200_000 })
  .map((extra) => (inc: Beveiligingsincident) => ({
    ...inc,
    betrokkenen: { ...inc.betrokkenen, aantal: inc.betrokkenen.aantal + extra },
  }));

/**
 * Replaces one known value of an incident with `onbekend` (unknown never lowers the outcome): the yes/no
 * facts, the kinds of breach, the categories and whether the data subjects are vulnerable.
 */
export const onbekendArb: fc.Arbitrary<(inc: Beveiligingsincident) => Beveiligingsincident> = fc.constantFrom(
  (inc: Beveiligingsincident) => ({ ...inc, persoonsgegevens: 'onbekend' as const }),
  (inc: Beveiligingsincident) => ({ ...inc, sleutelGecompromitteerd: 'onbekend' as const }),
  (inc: Beveiligingsincident) => ({ ...inc, toegangUitgesloten: 'onbekend' as const }),
  (inc: Beveiligingsincident) => ({ ...inc, aanwijzingMisbruik: 'onbekend' as const }),
  (inc: Beveiligingsincident) => ({ ...inc, inbreuk: ['onbekend' as const] }),
  (inc: Beveiligingsincident) => ({ ...inc, categorieen: ['onbekend' as const] }),
  (inc: Beveiligingsincident) => ({
    ...inc,
    betrokkenen: { ...inc.betrokkenen, kwetsbaar: 'onbekend' as const },
  }),
);
