import { plusDagen } from '@schoolveiligheid/kern';
import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { bewaartermijn, vernietigingslijst } from './bewaren.js';

// The nightly list agrees with the per-pupil retention rule (one cut-off per category, month ends included),
// and is monotone: what is due today is still due tomorrow.

const datum = isoDatum({ van: '2015-01-01', tot: '2040-12-31' });
const nuDatum = isoDatum({ van: '2018-05-25', tot: '2040-12-31' });
const leerling = fc.record({
  id: fc.stringMatching(/^ll-[0-9]{1,4}$/),
  uitgeschrevenOp: fc.option(datum, { nil: null }),
  verwezenNaarSo: fc.boolean(),
});

describe('vernietigingslijst: properties', () => {
  it('lists exactly the pupils whose bewaartermijn has ended, per category', () => {
    fc.assert(
      fc.property(fc.array(leerling, { maxLength: 30 }), nuDatum, fc.boolean(), (lijst, nu, seed) => {
        const opties = seed ? { beleid: SEED_2018_BELEID } : {};
        const l = vernietigingslijst(lijst, nu, opties);
        const verwacht = (categorie: 'leerlingdossier' | 'inschrijving' | 'verzuim' | 'verwezen-so') =>
          lijst
            .filter((x) => x.uitgeschrevenOp !== null && x.uitgeschrevenOp <= nu)
            .filter((x) =>
              categorie === 'leerlingdossier'
                ? !x.verwezenNaarSo
                : categorie === 'verwezen-so'
                  ? x.verwezenNaarSo
                  : true,
            )
            .filter(
              (x) =>
                (bewaartermijn(categorie, { type: 'uitschrijving', datum: x.uitgeschrevenOp! }, opties)
                  .uitkomst.vernietigenVanaf as string) <= nu,
            )
            .map((x) => x.id);
        for (const c of ['leerlingdossier', 'inschrijving', 'verzuim', 'verwezen-so'] as const)
          expect(l.perCategorie[c]).toEqual(verwacht(c));
      }),
    );
  });

  it('is monotone in the date: due today stays due tomorrow', () => {
    fc.assert(
      fc.property(fc.array(leerling, { maxLength: 30 }), nuDatum, (lijst, nu) => {
        const vandaag = vernietigingslijst(lijst, nu);
        const morgen = vernietigingslijst(lijst, plusDagen(nu, 1));
        for (const c of ['leerlingdossier', 'inschrijving', 'verzuim', 'verwezen-so'] as const)
          for (const id of vandaag.perCategorie[c]) expect(morgen.perCategorie[c]).toContain(id);
      }),
    );
  });
});
