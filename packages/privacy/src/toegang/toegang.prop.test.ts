import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naieveToegang } from '../testhulp/naief.js';
import { TABEL_A_DATA } from './tabel-a.data.js';
import {
  type Actie,
  type Functie,
  magToegang,
  maakToegangsmatrix,
  type Niveau,
  PARNASSYS_MATRIX,
} from './toegang.js';

// Properties of the access matrix (issue 15): no function is granted a reach wider than Tabel A gives, whatever
// the vendor configuration; magToegang gives the same answers and reasons as the naive scan.

const NU = '2026-12-02T09:00:00+01:00' as const;
const functie = fc.constantFrom(...TABEL_A_DATA.map((r) => r.functie));
const school = fc.constantFrom('s1', 's2', 's3');
const groep = fc.constantFrom('g1', 'g2');
const toewijzing = fc.record(
  {
    functie,
    scholen: fc.uniqueArray(school, { maxLength: 3 }),
    groepen: fc.uniqueArray(groep, { maxLength: 2 }),
    stichting: fc.constantFrom('st1', 'st2'),
    tot: fc.constantFrom('2026-11-30', '2026-12-02', '2027-07-31'),
  },
  { requiredKeys: ['functie'] },
);
const medewerker = fc.record({
  id: fc.constant('mw-1'),
  toewijzingen: fc.array(toewijzing, { maxLength: 4 }),
});
const leerling = fc.record({
  id: fc.constant('ll-1'),
  school,
  groep,
  stichting: fc.constantFrom('st1', 'st2'),
});
const actie = fc.constantFrom<Actie>('raadplegen', 'vastleggen', 'zorggegevens', 'administreren', 'beheren');
const NIVEAUS: readonly Niveau[] = ['groep', 'school', 'meerdere-scholen', 'stichting'];
const smaller = fc.dictionary(functie, fc.constantFrom(...NIVEAUS)).map((niveaus) => {
  const toegestaan: Partial<Record<Functie, Niveau>> = {};
  for (const [f, n] of Object.entries(niveaus) as [Functie, Niveau][]) {
    const tabel = TABEL_A_DATA.find((r) => r.functie === f)!;
    if (NIVEAUS.indexOf(n) <= NIVEAUS.indexOf(tabel.niveau)) toegestaan[f] = n;
  }
  return toegestaan;
});

/** Whether an assignment reaches a pupil at level `n`, written out independently of the implementation. */
function bereikt(
  n: Niveau,
  t: { scholen?: readonly string[]; groepen?: readonly string[]; stichting?: string },
  l: { school: string; groep: string; stichting: string },
): boolean {
  const s = t.scholen ?? [];
  if (n === 'stichting') return t.stichting === l.stichting;
  if (n === 'meerdere-scholen') return s.includes(l.school);
  if (s.length !== 1 || s[0] !== l.school) return false;
  return n === 'school' || (t.groepen ?? []).includes(l.groep);
}

/** Within Tabel A: the action is the function's, and the pupil is reached at Tabel A's level or a narrower one. */
function binnenTabel(
  f: Functie,
  t: Parameters<typeof bereikt>[1],
  l: Parameters<typeof bereikt>[2],
  a: Actie,
): boolean {
  const rij = TABEL_A_DATA.find((r) => r.functie === f)!;
  if (!rij.acties.includes(a)) return false;
  return NIVEAUS.slice(0, NIVEAUS.indexOf(rij.niveau) + 1).some((n) => bereikt(n, t, l));
}

describe('magToegang: properties', () => {
  it('never grants a reach or an action wider than Tabel A gives, under any narrowing configuration', () => {
    fc.assert(
      fc.property(medewerker, leerling, actie, smaller, (m, l, a, niveaus) => {
        const matrix = maakToegangsmatrix({ lvs: 'Test', niveaus });
        expect(matrix.ok).toBe(true);
        if (!matrix.ok) return;
        const b = magToegang(m, l, a, NU, { matrix: matrix.waarde });
        if (!b.uitkomst.toegang) return;
        const via = m.toewijzingen.filter(
          (t) => t.functie === b.uitkomst.functie && (t.tot === undefined || t.tot >= '2026-12-02'),
        );
        expect(via.some((t) => binnenTabel(t.functie, t, l, a))).toBe(true);
      }),
    );
  });

  it('refuses by default: without assignments there is never access', () => {
    fc.assert(
      fc.property(leerling, actie, (l, a) => {
        expect(magToegang({ id: 'mw-1', toewijzingen: [] }, l, a, NU).uitkomst.toegang).toBe(false);
      }),
    );
  });

  it('gives the same answers and reasons as the naive scan over all assignments', () => {
    fc.assert(
      fc.property(fc.constant(null), medewerker, leerling, actie, (_, m, l, a) => {
        const anderen = [{ medewerker: 'mw-9', functie: 'college-van-bestuur' as const, stichting: 'st1' }];
        const vlak = [...anderen, ...m.toewijzingen.map((t) => ({ ...t, medewerker: m.id }))];
        const snel = magToegang(m, l, a, NU);
        const naief = naieveToegang(vlak, PARNASSYS_MATRIX.rijen, m.id, l, a, NU);
        expect(snel.uitkomst.toegang).toBe(naief.toegang);
        expect(snel.redenen.map((r) => [r.code, r.tekst])).toEqual(
          naief.redenen.map((r) => [r.code, r.tekst]),
        );
      }),
    );
  });
});
