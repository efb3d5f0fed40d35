// Generators of stored klokkenluider dossiers for the property tests (not part of the public API).
import type { IsoDatum } from '@schoolveiligheid/kern';
import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { AUTORITEIT_IDS, BELANGEN, BENADELINGEN } from './schemas.js';

/** The reporter's id in generated dossiers: never used for anyone else. */
export const MELDER_ID = 'melder-geheim-1';

/** Person ids other than the reporter's. */
export const anderePersoon = fc.constantFrom(
  'directeur-1',
  'toezicht-1',
  'vp-1',
  'onderzoeker-1',
  'onderzoeker-2',
  'leerkracht-3',
  'ib-1',
);

/** Stored headers: mostly valid, sometimes anonymous, sometimes junk. */
export const kopArb = fc.oneof(
  {
    arbitrary: fc.record({
      id: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/),
      melder: fc.oneof(
        fc.record({
          id: fc.constant(MELDER_ID),
          relatie: fc.constantFrom('werknemer', 'oud-werknemer', 'vrijwilliger'),
        }),
        fc.record({ relatie: fc.constantFrom('werknemer', 'stagiair') }),
      ),
      vermoeden: fc.record({
        belangen: fc.subarray([...BELANGEN], { minLength: 1 }),
        redelijkeGronden: fc.boolean(),
      }),
      bevoegdGezagBetrokken: fc.boolean(),
    }),
    weight: 9,
  },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

/** One stored event on `datum`, of any type. */
export const gebeurtenisArb = (datum: IsoDatum) =>
  fc.oneof(
    fc.record({
      type: fc.constant('melding-ontvangen'),
      datum: fc.constant(datum),
      kanaal: fc.constantFrom('leidinggevende', 'toezichthouder', 'functionaris'),
      viaVertrouwenspersoon: fc.boolean(),
      vertrouwenspersoon: fc.constant('vp-1'),
      vorm: fc.constantFrom('schriftelijk', 'mondeling', 'gesprek'),
      ontvanger: fc.constantFrom('directeur-1', 'toezicht-1'),
    }),
    fc
      .constantFrom(
        'ontvangst-bevestigd',
        'verslag-ondertekend',
        'melder-gehoord',
        'conceptverslag-voorgelegd',
        'onderzoeksverslag',
        'terugkoppeling',
        'standpunt',
        'aanvullend-onderzoek',
        'openbaar-gemaakt',
        'afgesloten',
      )
      .map((type) => ({ type, datum })),
    fc.record({
      type: fc.constant('identiteit-toestemming'),
      datum: fc.constant(datum),
      vorm: fc.constantFrom('schriftelijk', 'mondeling'),
      voor: fc.array(anderePersoon, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('geen-onderzoek'),
      datum: fc.constant(datum),
      reden: fc.constant('geen-misstand'),
    }),
    fc.record({
      type: fc.constant('onderzoek-opgedragen'),
      datum: fc.constant(datum),
      onderzoekers: fc.array(fc.constantFrom('onderzoeker-1', 'onderzoeker-2'), {
        minLength: 1,
        maxLength: 2,
      }),
      onafhankelijk: fc.boolean(),
    }),
    fc.record({ type: fc.constant('standpunt-uitgesteld'), datum: fc.constant(datum), tot: isoDatum() }),
    fc.record({
      type: fc.constant('reactie-melder'),
      datum: fc.constant(datum),
      aanvullendOnderzoekGevraagd: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('extern-gemeld'),
      datum: fc.constant(datum),
      autoriteit: fc.constantFrom(...AUTORITEIT_IDS),
    }),
    fc.record({
      type: fc.constant('maatregel-genomen'),
      datum: fc.constant(datum),
      soort: fc.constantFrom(...BENADELINGEN),
      betreft: fc.constantFrom('melder', 'functionaris'),
      motiveringLosVanMelding: fc.boolean(),
    }),
  );

/** Dates from before the Wbk (the 2016 law) to well after it. */
const datum = isoDatum({ van: '2021-01-01' as IsoDatum, tot: '2031-12-31' as IsoDatum });

/** Event lists in date order, a report first most of the time. */
export const gebeurtenissenArb = fc
  .array(datum, { maxLength: 10 })
  .chain((data) => fc.tuple(...[...data].sort().map(gebeurtenisArb)));

/** n events accepted one after another: a report, then measures. */
export const reeksArb = (n: number) =>
  fc.array(isoDatum(), { minLength: n, maxLength: n }).map((data) =>
    [...data].sort().map((datum, i) =>
      i === 0
        ? {
            type: 'melding-ontvangen',
            datum,
            kanaal: 'leidinggevende',
            viaVertrouwenspersoon: false,
            vorm: 'schriftelijk',
            ontvanger: 'directeur-1',
          }
        : {
            type: 'maatregel-genomen',
            datum,
            soort: 'demotie',
            betreft: 'melder',
            motiveringLosVanMelding: true,
          },
    ),
  );
