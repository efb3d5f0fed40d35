import { fuzzWaarde } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentArb, tijdstipArb } from './arbitraries.js';
import { isGeldigIncident } from './controle.js';
import { beveiligingsincidentSchema } from './incident.js';

// The decision validates its incident without zod (issue 8 item 1, and the size budget "beoordeelIncident
// alone"); the hand-written check must accept exactly what the schema accepts.

/** Every field of the schema, so a field added later is mutated too. */
const VELDEN = Object.keys(beveiligingsincidentSchema.shape);

/** Values close to the edge of what a field accepts. */
const randwaarde = fc.oneof(
  fuzzWaarde,
  tijdstipArb,
  fc.constantFrom(
    '',
    'x'.repeat(64),
    'x'.repeat(65),
    'x'.repeat(201),
    'x'.repeat(4001),
    -1,
    0,
    1.5,
    2 ** 53,
    Number.POSITIVE_INFINITY,
    'ja',
    'diefstal',
    'vertrouwelijkheid',
    'medewerker',
    [],
    ['vertrouwelijkheid', 'x'],
    ['bsn'],
    ['leerlingen'],
    [''],
    { rol: 'medewerker', id: 'm-1' },
    { rol: 'conciërge', id: 'm-1' },
    { groepen: [], kwetsbaar: false, aantal: 3 },
    { groepen: [], kwetsbaar: false, aantal: 3, aantalRecords: -1 },
    { groepen: ['ouders'], kwetsbaar: 'ja', aantal: 3 },
    '2000-01-01T00:00:00Z',
    '2199-12-31T23:00:00+01:00',
  ),
);

const gemuteerd = fc
  .tuple(
    incidentArb,
    fc.array(fc.tuple(fc.constantFrom(...VELDEN), fc.option(randwaarde, { nil: undefined })), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([incident, wijzigingen]) => {
    const uit: Record<string, unknown> = { ...incident };
    for (const [veld, waarde] of wijzigingen) {
      if (waarde === undefined) delete uit[veld];
      else uit[veld] = waarde;
    }
    return uit;
  });

describe('isGeldigIncident accepts exactly what beveiligingsincidentSchema accepts', () => {
  it('on valid incidents', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        expect(isGeldigIncident(inc)).toBe(true);
      }),
    );
  });

  it('on incidents with one to three fields changed, removed or replaced by fuzzed values', () => {
    fc.assert(
      fc.property(gemuteerd, (x) => {
        expect(isGeldigIncident(x)).toBe(beveiligingsincidentSchema.safeParse(x).success);
      }),
    );
  });

  it('on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fuzzWaarde, fc.anything()), (x) => {
        expect(isGeldigIncident(x)).toBe(beveiligingsincidentSchema.safeParse(x).success);
      }),
    );
  });
});
