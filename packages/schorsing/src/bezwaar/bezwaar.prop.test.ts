import { dagnummer, type IsoDatum, plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { type BezwaarInvoer, type Bezwaartermijnen, berekenBezwaartermijnen } from './bezwaar.js';

const denominatieArb = fc.constantFrom('openbaar' as const, 'bijzonder' as const);

/** A verwijdering made known on any date the calendars know, and a bezwaar received 0 to `maxNa` days later. */
const bezwaarArb = (maxNa: number) =>
  fc
    .record({ denominatie: denominatieArb, bekendmaking: datumArb, na: fc.integer({ min: 0, max: maxNa }) })
    .map(({ denominatie, bekendmaking, na }) => ({
      denominatie,
      tegen: 'verwijdering' as const,
      bekendmaking,
      bezwaarOntvangen: plusDagen(bekendmaking, na),
    }));

/** The terms of a valid input (a refusal fails the property). */
function termijnen(invoer: BezwaarInvoer): Bezwaartermijnen {
  const r = berekenBezwaartermijnen(invoer);
  if (!r.ok) throw new Error(`verwacht ok: ${r.problemen.map((p) => p.code).join(', ')}`);
  return r.waarde;
}

const laatsteDag = (t: Bezwaartermijnen, termijn: 'bezwaartermijn' | 'beslistermijn'): IsoDatum =>
  termijn === 'bezwaartermijn' ? t.bezwaartermijn!.laatsteDag : t.beslistermijn!.termijn.laatsteDag;

describe('berekenBezwaartermijnen: properties', () => {
  it('the bezwaartermijn never ends before 6 weeks after the bekendmaking and ends on a working day (Atw never shortens)', () => {
    fc.assert(
      fc.property(denominatieArb, datumArb, (denominatie, bekendmaking) => {
        const t = termijnen({ denominatie, tegen: 'verwijdering', bekendmaking }).bezwaartermijn!;
        expect(t.nominaleLaatsteDag).toBe(plusDagen(bekendmaking, 42));
        expect(t.laatsteDag >= t.nominaleLaatsteDag).toBe(true);
        expect(dagnummer(t.laatsteDag) - dagnummer(t.nominaleLaatsteDag)).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('openbaar decides no earlier than 4 weeks after the bezwaartermijn; bijzonder no earlier than 4 weeks after receipt', () => {
    fc.assert(
      fc.property(bezwaarArb(41), (invoer) => {
        const t = termijnen(invoer);
        const van =
          invoer.denominatie === 'openbaar' ? laatsteDag(t, 'bezwaartermijn') : invoer.bezwaarOntvangen;
        expect(laatsteDag(t, 'beslistermijn') >= plusDagen(van, 28)).toBe(true);
        expect(t.bezwaarTijdig?.uitkomst).toBe(true);
      }),
    );
  });

  it('timeliness: receipt by the last day is always on time; posting only helps an openbare school, and only by one week (Awb 6:9)', () => {
    fc.assert(
      fc.property(bezwaarArb(60), fc.integer({ min: 0, max: 20 }), (invoer, postEerder) => {
        const { denominatie, bekendmaking, bezwaarOntvangen } = invoer;
        const eerder = Math.min(postEerder, dagnummer(bezwaarOntvangen) - dagnummer(bekendmaking));
        const zonderPost = termijnen(invoer);
        const metPost = termijnen({ ...invoer, bezwaarTerPost: plusDagen(bezwaarOntvangen, -eerder) });
        const einde = laatsteDag(zonderPost, 'bezwaartermijn');
        const tijdig = metPost.bezwaarTijdig!.uitkomst;
        expect(zonderPost.bezwaarTijdig!.uitkomst).toBe(bezwaarOntvangen <= einde);
        if (bezwaarOntvangen <= einde) expect(tijdig).toBe(true);
        if (tijdig) expect(bezwaarOntvangen <= plusDagen(einde, 7)).toBe(true);
        if (denominatie === 'bijzonder') expect(tijdig).toBe(bezwaarOntvangen <= einde);
        if (!tijdig) expect(metPost.bezwaarTijdig!.redenen.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a GPO procedure never makes the decision term earlier, and a later oordeel never makes it earlier (WPO 43)', () => {
    fc.assert(
      fc.property(
        bezwaarArb(41),
        fc.integer({ min: 0, max: 41 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 10 }),
        (invoer, gpoNa, duur, later) => {
          const gpoIngediend = plusDagen(invoer.bekendmaking, gpoNa);
          const [zonder, met, nogLater] = [
            termijnen(invoer),
            termijnen({ ...invoer, gpoIngediend, gpoOordeel: plusDagen(gpoIngediend, duur) }),
            termijnen({ ...invoer, gpoIngediend, gpoOordeel: plusDagen(gpoIngediend, duur + later) }),
          ].map((t) => laatsteDag(t, 'beslistermijn'));
          expect(met! >= zonder!).toBe(true);
          expect(nogLater! >= met!).toBe(true);
        },
      ),
    );
  });
});
