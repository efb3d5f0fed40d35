import { type Eenheid, plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb, kalenderArb, kalenderMetSchooldagArb } from '../testhulp/arbitraries.js';
import { berekenSchorsing, type SchorsingInvoer } from './schorsing.js';

/** A schorsing that starts on a school day of a random calendar: 1 to `max` of one of `eenheden`. */
function schorsingArb(
  max: number,
  eenheden: readonly Eenheid[] = ['schooldagen', 'kalenderdagen', 'weken'],
): fc.Arbitrary<SchorsingInvoer> {
  return fc
    .tuple(kalenderMetSchooldagArb, fc.integer({ min: 1, max }), fc.constantFrom(...eenheden))
    .map(([{ kalender, dag }, aantal, eenheid]) => ({
      ingangsdatum: dag,
      duur: { aantal, eenheid },
      kalender,
    }));
}

describe('berekenSchorsing: properties', () => {
  it('a schorsing never covers more school days than allowed (5 = one week, the SDK reading of WPO 40c)', () => {
    fc.assert(
      fc.property(schorsingArb(10), (invoer) => {
        const r = berekenSchorsing(invoer);
        if (r.ok) {
          expect(r.waarde.schooldagen.length).toBeLessThanOrEqual(5);
          expect(r.waarde.schooldagen.length).toBeLessThanOrEqual(r.waarde.maximumSchooldagen);
        } else {
          expect(r.problemen.map((p) => p.code)).toEqual(['SCHORSING_TE_LANG']);
        }
      }),
    );
  });

  it('n schooldagen are accepted exactly when n ≤ 5, cover n school days and end on the (n-1)-th school day after the start (no Atw)', () => {
    fc.assert(
      fc.property(schorsingArb(8, ['schooldagen']), (invoer) => {
        const { ingangsdatum: dag, duur, kalender } = invoer;
        const n = duur.aantal;
        const r = berekenSchorsing(invoer);
        expect(r.ok).toBe(n <= 5);
        if (!r.ok) return;
        expect(r.waarde.schooldagen.length).toBe(n);
        expect(r.waarde.schooldagen[0]).toBe(dag);
        expect(r.waarde.laatsteDag).toBe(kalender.voegSchooldagenToe(dag, n - 1));
      }),
    );
  });

  it('its last day, and every covered day, is a school day; the covered days are strictly increasing', () => {
    fc.assert(
      fc.property(schorsingArb(7, ['schooldagen', 'kalenderdagen']), (invoer) => {
        const { ingangsdatum: dag, duur, kalender } = invoer;
        const r = berekenSchorsing(invoer);
        if (!r.ok) return;
        expect(kalender.isSchooldag(r.waarde.laatsteDag)).toBe(true);
        expect(r.waarde.schooldagen.at(-1)).toBe(r.waarde.laatsteDag);
        for (const d of r.waarde.schooldagen) expect(kalender.isSchooldag(d)).toBe(true);
        r.waarde.schooldagen.forEach((d, i) => {
          const vorige = r.waarde.schooldagen[i - 1];
          if (vorige) expect(d > vorige).toBe(true);
        });
        if (duur.eenheid === 'kalenderdagen')
          expect(r.waarde.laatsteDag <= plusDagen(dag, duur.aantal - 1)).toBe(true);
      }),
    );
  });

  it('the inspectie notice is required exactly when the schorsing lasts longer than one day (WPO 40c lid 3)', () => {
    fc.assert(
      fc.property(schorsingArb(7), (invoer) => {
        const r = berekenSchorsing(invoer);
        if (!r.ok) return;
        const { aantal, eenheid } = invoer.duur;
        const dagen = eenheid === 'weken' ? aantal * 7 : aantal;
        expect(r.waarde.meldingInspectie.uitkomst).toBe(dagen > 1);
        expect(r.waarde.meldingInspectie.termijn !== undefined).toBe(dagen > 1);
      }),
    );
  });

  it('a start that is not a school day is always refused with SCHORSING_INGANG_GEEN_SCHOOLDAG', () => {
    fc.assert(
      fc.property(kalenderArb, datumArb, fc.integer({ min: 1, max: 5 }), (kalender, dag, n) => {
        fc.pre(!kalender.isSchooldag(dag));
        const r = berekenSchorsing({
          ingangsdatum: dag,
          duur: { aantal: n, eenheid: 'schooldagen' },
          kalender,
        });
        expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['SCHORSING_INGANG_GEEN_SCHOOLDAG']);
      }),
    );
  });

  it('the result is plain JSON: it survives a round trip unchanged', () => {
    fc.assert(
      fc.property(schorsingArb(5, ['schooldagen']), (invoer) => {
        const r = berekenSchorsing(invoer);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
    );
  });
});
