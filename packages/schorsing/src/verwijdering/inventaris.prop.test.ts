import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { type AntwoordSchool, type BenaderdeSchool, beoordeelVerwijdering } from './verwijdering.js';

// WPO 40 lid 11: the condition "een andere school bereid" holds exactly when the inventory has a willing school in
// time, and it is monotone: approaching one more school never takes a met condition away.
const antwoordArb = fc.constantFrom<AntwoordSchool>('bereid', 'niet-bereid', 'geen-antwoord');
const rijArb: fc.Arbitrary<BenaderdeSchool> = fc
  .record({
    n: fc.integer({ min: 1, max: 99 }),
    benaderdOp: datumArb,
    antwoord: antwoordArb,
    bereidPer: fc.option(datumArb, { nil: undefined }),
  })
  .map(({ n, benaderdOp, antwoord, bereidPer }) => ({
    schoolId: `school-${n}`,
    benaderdOp,
    antwoord,
    ...(bereidPer ? { bereidPer } : {}),
  }));

describe('property: the inventory gate (WPO 40 lid 11)', () => {
  it('met iff a school answered bereid in time; one more school never takes it away', () => {
    fc.assert(
      fc.property(
        fc.array(rijArb, { maxLength: 6 }),
        rijArb,
        fc.option(datumArb, { nil: undefined }),
        (scholen, extra, verwijderingsdatum) => {
          const oordeel = (lijst: readonly BenaderdeSchool[]) =>
            beoordeelVerwijdering({
              denominatie: 'openbaar',
              gehoord: { leerkracht: true, ouders: true },
              benaderdeScholen: lijst,
              ...(verwijderingsdatum ? { verwijderingsdatum } : {}),
            }).uitkomst;
          const verwacht = scholen.some(
            (s) =>
              s.antwoord === 'bereid' &&
              (!verwijderingsdatum || !s.bereidPer || s.bereidPer <= verwijderingsdatum),
          );
          expect(oordeel(scholen)).toBe(verwacht);
          if (verwacht) expect(oordeel([...scholen, extra])).toBe(true);
        },
      ),
    );
  });
});
