import type { IsoDatum } from '@schoolveiligheid/kern';
import { dossierWetten, isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { privacyProcedure } from './procedure.js';

// The generic dossier laws (replay, JSON round trip, time order, closing, no throw, no echo, fold count) on
// generators of stored rights-request dossiers, with every event type.

/** Stored headers: mostly valid ids, sometimes not. */
const kop = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/).map((id) => ({ id })), weight: 9 },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

/** One stored event on `datum`, of any type. */
const gebeurtenis = (datum: IsoDatum) =>
  fc.oneof(
    fc.record(
      {
        type: fc.constant('verzoek-ontvangen'),
        datum: fc.constant(datum),
        recht: fc.constantFrom('inzage', 'verwijdering', 'bezwaar'),
        verzoeker: fc.constantFrom('betrokkene', 'wettelijk-vertegenwoordiger', 'samen'),
        leeftijdBetrokkene: fc.integer({ min: 4, max: 17 }),
        verwijsindex: fc.boolean(),
      },
      { requiredKeys: ['type', 'datum', 'recht', 'verzoeker'] },
    ),
    fc.record({
      type: fc.constant('identiteit-vastgesteld'),
      datum: fc.constant(datum),
      wijze: fc.constantFrom('identiteitsbewijs-getoond', 'bekend-bij-school'),
    }),
    fc.record({
      type: fc.constant('verlenging-meegedeeld'),
      datum: fc.constant(datum),
      reden: fc.constantFrom('complexiteit', 'aantal-verzoeken'),
    }),
    fc.record({
      type: fc.constant('verzoek-afgehandeld'),
      datum: fc.constant(datum),
      uitkomst: fc.constantFrom('ingewilligd', 'afgewezen'),
    }),
  );

/** Event lists in date order (the laws also offer them out of order and with junk). */
const gebeurtenissen = fc
  .array(isoDatum({ van: '2018-06-01', tot: '2030-12-31' }), { maxLength: 8 })
  .chain((data) => fc.tuple(...[...data].sort().map(gebeurtenis)));

/** n events accepted one after another: a request, then identity checks. */
const reeks = (n: number) =>
  fc
    .array(isoDatum({ van: '2018-06-01', tot: '2030-12-31' }), { minLength: n, maxLength: n })
    .map((data) =>
      [...data]
        .sort()
        .map((datum, i) =>
          i === 0
            ? { type: 'verzoek-ontvangen', datum, recht: 'inzage', verzoeker: 'betrokkene' }
            : { type: 'identiteit-vastgesteld', datum, wijze: 'bekend-bij-school' },
        ),
    );

dossierWetten(privacyProcedure, { kop, gebeurtenissen, reeks });
