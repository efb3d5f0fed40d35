import { plusDagen, plusMaanden } from '@schoolveiligheid/kern';
import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signaalStatus } from './signaal.js';
import { leeftijdOp, verjaardag } from './tijd.js';

const geval = fc
  .record({
    geboortedatum: isoDatum({ van: '1990-01-01', tot: '2030-12-31' }),
    na: fc.integer({ min: 0, max: 8000 }),
    nuNa: fc.integer({ min: 0, max: 4000 }),
    verwijderdNa: fc.option(fc.integer({ min: 0, max: 1000 })),
    reden: fc.constantFrom('niet-terecht', 'risico-weg', 'avg-verzoek' as const),
  })
  .map(({ geboortedatum, na, nuNa, verwijderdNa, reden }) => {
    const gemeldOp = plusDagen(geboortedatum, na);
    return {
      signaal: {
        gemeldOp,
        geboortedatum,
        ...(verwijderdNa === null
          ? {}
          : { verwijderdOp: plusDagen(gemeldOp, verwijderdNa), verwijderReden: reden }),
      },
      nu: plusDagen(gemeldOp, nuNa),
    };
  })
  .filter(({ signaal }) => signaal.gemeldOp < verjaardag(signaal.geboortedatum, 23));

describe('Verwijsindex properties (issue 12; Jeugdwet 7.1.4.5, 7.1.4.6)', () => {
  it('a melding is never active past the 23rd birthday or its two years', () => {
    fc.assert(
      fc.property(geval, ({ signaal, nu }) => {
        const s = signaalStatus(signaal, nu).uitkomst;
        if (s.fase === 'actief') {
          expect(nu < plusMaanden(signaal.gemeldOp, 24)).toBe(true);
          expect(nu < verjaardag(signaal.geboortedatum, 23)).toBe(true);
          expect(leeftijdOp(signaal.geboortedatum, nu)).toBeLessThan(23);
        }
        expect(s.verwijderdatum <= plusMaanden(signaal.gemeldOp, 24)).toBe(true);
      }),
    );
  });

  it('the archive never outlives the 23rd birthday or five years, and never holds an unjustified melding', () => {
    fc.assert(
      fc.property(geval, ({ signaal, nu }) => {
        const s = signaalStatus(signaal, nu).uitkomst;
        if (s.vernietigdatum !== null) {
          expect(s.vernietigdatum <= verjaardag(signaal.geboortedatum, 23)).toBe(true);
          expect(s.vernietigdatum <= plusMaanden(s.verwijderdatum, 60)).toBe(true);
          expect(['risico-weg', 'twee-jaar']).toContain(s.verwijderReden);
        }
        if (s.fase === 'archief') expect(s.kanMatchen).toBe(false);
      }),
    );
  });

  it('the phase only moves forward in time: actief, then archief, then gewist', () => {
    const volgorde = { actief: 0, archief: 1, gewist: 2 } as const;
    fc.assert(
      fc.property(geval, fc.integer({ min: 0, max: 3000 }), ({ signaal, nu }, later) => {
        const nu2 = plusDagen(nu, later);
        expect(volgorde[signaalStatus(signaal, nu2).uitkomst.fase]).toBeGreaterThanOrEqual(
          volgorde[signaalStatus(signaal, nu).uitkomst.fase],
        );
      }),
    );
  });
});
