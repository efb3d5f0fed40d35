import { dagnummer, plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { berekenBezwaartermijnen } from './bezwaar.js';

const denominatieArb = fc.constantFrom('openbaar' as const, 'bijzonder' as const);

describe('berekenBezwaartermijnen: properties', () => {
  it('the bezwaartermijn never ends before 6 weeks after the bekendmaking and ends on a working day (Atw never shortens)', () => {
    fc.assert(
      fc.property(denominatieArb, datumArb, (denominatie, bekendmaking) => {
        const r = berekenBezwaartermijnen({ denominatie, tegen: 'verwijdering', bekendmaking });
        if (!r.ok) throw new Error('verwacht ok');
        const t = r.waarde.bezwaartermijn!;
        expect(t.nominaleLaatsteDag).toBe(plusDagen(bekendmaking, 42));
        expect(t.laatsteDag >= t.nominaleLaatsteDag).toBe(true);
        expect(dagnummer(t.laatsteDag) - dagnummer(t.nominaleLaatsteDag)).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('openbaar decides no earlier than 4 weeks after the bezwaartermijn; bijzonder no earlier than 4 weeks after receipt', () => {
    fc.assert(
      fc.property(
        denominatieArb,
        datumArb,
        fc.integer({ min: 0, max: 41 }),
        (denominatie, bekendmaking, na) => {
          const bezwaarOntvangen = plusDagen(bekendmaking, na);
          const r = berekenBezwaartermijnen({
            denominatie,
            tegen: 'verwijdering',
            bekendmaking,
            bezwaarOntvangen,
          });
          if (!r.ok) throw new Error('verwacht ok');
          const einde = r.waarde.beslistermijn!.termijn.laatsteDag;
          const van = denominatie === 'openbaar' ? r.waarde.bezwaartermijn!.laatsteDag : bezwaarOntvangen;
          expect(einde >= plusDagen(van, 28)).toBe(true);
          expect(r.waarde.bezwaarTijdig?.uitkomst).toBe(true);
        },
      ),
    );
  });

  it('timeliness: receipt by the last day is always on time; posting only helps an openbare school, and only by one week (Awb 6:9)', () => {
    fc.assert(
      fc.property(
        denominatieArb,
        datumArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (denominatie, bekendmaking, ontvangenNa, postEerder) => {
          const bezwaarOntvangen = plusDagen(bekendmaking, ontvangenNa);
          const terPost = plusDagen(bezwaarOntvangen, -Math.min(postEerder, ontvangenNa));
          const basis = { denominatie, tegen: 'verwijdering' as const, bekendmaking, bezwaarOntvangen };
          const zonderPost = berekenBezwaartermijnen(basis);
          const metPost = berekenBezwaartermijnen({ ...basis, bezwaarTerPost: terPost });
          if (!zonderPost.ok || !metPost.ok) throw new Error('verwacht ok');
          const laatsteDag = zonderPost.waarde.bezwaartermijn!.laatsteDag;
          const tijdig = metPost.waarde.bezwaarTijdig!.uitkomst;
          expect(zonderPost.waarde.bezwaarTijdig!.uitkomst).toBe(bezwaarOntvangen <= laatsteDag);
          if (bezwaarOntvangen <= laatsteDag) expect(tijdig).toBe(true);
          if (tijdig) expect(bezwaarOntvangen <= plusDagen(laatsteDag, 7)).toBe(true);
          if (denominatie === 'bijzonder') expect(tijdig).toBe(bezwaarOntvangen <= laatsteDag);
          if (!tijdig) expect(metPost.waarde.bezwaarTijdig!.redenen.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('a GPO procedure never makes the decision term earlier, and a later oordeel never makes it earlier (WPO 43)', () => {
    fc.assert(
      fc.property(
        denominatieArb,
        datumArb,
        fc.integer({ min: 0, max: 41 }),
        fc.integer({ min: 0, max: 41 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 10 }),
        (denominatie, bekendmaking, bezwaarNa, gpoNa, duur, later) => {
          const bezwaarOntvangen = plusDagen(bekendmaking, bezwaarNa);
          const gpoIngediend = plusDagen(bekendmaking, gpoNa);
          const basis = { denominatie, tegen: 'verwijdering' as const, bekendmaking, bezwaarOntvangen };
          const zonder = berekenBezwaartermijnen(basis);
          const met = berekenBezwaartermijnen({
            ...basis,
            gpoIngediend,
            gpoOordeel: plusDagen(gpoIngediend, duur),
          });
          const nogLater = berekenBezwaartermijnen({
            ...basis,
            gpoIngediend,
            gpoOordeel: plusDagen(gpoIngediend, duur + later),
          });
          if (!zonder.ok || !met.ok || !nogLater.ok) throw new Error('verwacht ok');
          const a = zonder.waarde.beslistermijn!.termijn.laatsteDag;
          const b = met.waarde.beslistermijn!.termijn.laatsteDag;
          const c = nogLater.waarde.beslistermijn!.termijn.laatsteDag;
          expect(b >= a).toBe(true);
          expect(c >= b).toBe(true);
        },
      ),
    );
  });
});
