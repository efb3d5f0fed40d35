// Shared fast-check generators for the property tests (not part of the public API; not a .test file so the
// doctest runner reads it, but it has no exports in index.ts).
import {
  dagnummer,
  type IsoDatum,
  plusDagen,
  type Regio,
  type Schoolkalender,
  schoolkalender,
} from '@schoolveiligheid/kern';
import { schoolkalenderBereik } from '@schoolveiligheid/testkit';
import fc from 'fast-check';

/** The range every region's calendar knows (noord's starts earlier, at its herfstvakantie 2015). */
const bereik = schoolkalenderBereik();
const BEGIN = dagnummer(bereik.van) + 14;
const EINDE = dagnummer(bereik.tot) - 90;

/** Any date the shipped calendars know (with margins for counting back and forward). */
export const datumArb: fc.Arbitrary<IsoDatum> = fc
  .integer({ min: 0, max: EINDE - BEGIN })
  .map((n) => plusDagen(bereik.van, n + 14));

/** A region. */
export const regioArb: fc.Arbitrary<Regio> = fc.constantFrom('noord', 'midden', 'zuid');

const kalenders = new Map<string, Schoolkalender>();

/** A school calendar of a region, optionally with a few studiedagen (cached per settings). */
export const kalenderArb: fc.Arbitrary<Schoolkalender> = fc
  .tuple(regioArb, fc.array(datumArb, { maxLength: 3 }))
  .map(([regio, studiedagen]) => {
    const sleutel = `${regio}:${studiedagen.join(',')}`;
    let k = kalenders.get(sleutel);
    if (!k) {
      k = schoolkalender({
        regio,
        vrijeDagen: studiedagen.map((datum) => ({ datum, soort: 'studiedag' as const })),
      });
      kalenders.set(sleutel, k);
    }
    return k;
  });

/** A calendar with a school day on it. */
export const kalenderMetSchooldagArb: fc.Arbitrary<{ kalender: Schoolkalender; dag: IsoDatum }> = fc
  .tuple(kalenderArb, datumArb)
  .map(([kalender, d]) => ({ kalender, dag: kalender.isSchooldag(d) ? d : kalender.volgendeSchooldag(d) }));

/** A start date early enough for a scenario of a few hundred days. */
export const startdatumArb: fc.Arbitrary<IsoDatum> = fc
  .integer({ min: 0, max: EINDE - BEGIN - 240 })
  .map((n) => plusDagen(bereik.van, n + 14));
