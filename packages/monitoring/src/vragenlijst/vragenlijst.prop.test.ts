// Properties of aggregeerVragenlijst: the minimum cell size (primary suppression) and the complementary
// (secondary) suppression of the statistical-disclosure practice (SECUNDAIRE_ONDERDRUKKING, applied as
// ONDERDRUKKING_INTERPRETATIE): no suppressed count follows from the published ones by subtraction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregeerVragenlijst, type VragenlijstAntwoord } from './vragenlijst.js';

const OPTIES = ['nooit', 'soms', 'vaak'] as const;

const antwoord = fc.record({
  bestuur: fc.constantFrom('bestuur-a', 'bestuur-b'),
  school: fc.constantFrom('school-1', 'school-2'),
  groep: fc.constantFrom('groep-6', 'groep-7', 'groep-8'),
  schalen: fc.record({
    veiligheidsbeleving: fc.integer({ min: 1, max: 4 }),
    welbevinden: fc.integer({ min: 1, max: 4 }),
  }),
  incidenten: fc.record({ gepest: fc.boolean() }),
  pestStellingen: fc.record({ 'ik-word-uitgescholden': fc.constantFrom(...OPTIES) }),
});

const beleidMet = (minimum: number) => ({
  id: 'eigen',
  naam: 'Eigen',
  bron: { titel: 'Beleid', zekerheid: 'secundair' as const },
  waarden: {
    'monitoring.monitor.minimaleCelgrootte': {
      waarde: minimum,
      bron: { titel: 'Beleid', zekerheid: 'secundair' as const },
    },
  },
});

/**
 * A round with group sizes around the minimum, so that primary and complementary suppression both happen:
 * 1-2 besturen, 1-3 schools each, 1-3 groups each, 1-20 answers per group; each answer with an incident and a
 * statement option.
 */
const ronde = fc
  .array(
    fc.array(
      fc.array(
        fc.array(fc.record({ gepest: fc.boolean(), optie: fc.constantFrom(...OPTIES) }), {
          minLength: 1,
          maxLength: 20,
        }),
        { minLength: 1, maxLength: 3 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 2 },
  )
  .map((besturen) => {
    const lijst: VragenlijstAntwoord[] = [];
    besturen.forEach((scholen, b) => {
      scholen.forEach((groepen, s) => {
        groepen.forEach((leerlingen, g) => {
          for (const l of leerlingen)
            lijst.push({
              bestuur: `bestuur-${b}`,
              school: `school-${s}`,
              groep: `groep-${g + 6}`,
              schalen: { veiligheidsbeleving: l.gepest ? 2 : 4 },
              incidenten: { gepest: l.gepest },
              pestStellingen: { uitgescholden: l.optie },
            });
        });
      });
    });
    return lijst;
  });

/** The true counts of every cell of the round: answers, yes to the incident, and per option. */
function tel(lijst: readonly VragenlijstAntwoord[]) {
  const cellen = new Map<string, number[]>();
  const ouder = new Map<string, string>();
  const kinderen = new Map<string, Set<string>>();
  for (const a of lijst) {
    const s = `${a.bestuur}/${a.school}`;
    const g = `${s}/${a.groep}`;
    ouder.set(s, a.bestuur);
    ouder.set(g, s);
    for (const [o, k] of [
      [a.bestuur, s],
      [s, g],
    ] as const)
      kinderen.set(o, (kinderen.get(o) ?? new Set()).add(k));
    for (const k of [a.bestuur, s, g]) {
      const c = cellen.get(k) ?? [0, 0, 0, 0, 0];
      c[0] = (c[0] as number) + 1;
      if (a.incidenten?.gepest) c[1] = (c[1] as number) + 1;
      const i = OPTIES.indexOf(a.pestStellingen?.uitgescholden as (typeof OPTIES)[number]);
      c[2 + i] = (c[2 + i] as number) + 1;
      cellen.set(k, c);
    }
  }
  return { cellen, ouder, kinderen };
}

/**
 * Whether `doel` (a suppressed cell) is fixed by the published relations: the relations parent - sum of
 * children = 0, restricted to the suppressed cells (the shown ones move to the known side), as integer rows;
 * the cell is fixed when its unit row lies in their span. Exact integer elimination (BigInt).
 */
function vastgelegd(rijen: Map<string, bigint>[], doel: string): boolean {
  const basis: { spil: string; rij: Map<string, bigint> }[] = [];
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const ggd = (x: bigint, y: bigint): bigint => (y === 0n ? abs(x) : ggd(y, x % y));
  const reduceer = (rij: Map<string, bigint>) => {
    const r = new Map(rij);
    for (const { spil, rij: b } of basis) {
      const c = r.get(spil);
      if (!c) continue;
      const p = b.get(spil) as bigint;
      for (const k of new Set([...r.keys(), ...b.keys()])) {
        const w = (r.get(k) ?? 0n) * p - (b.get(k) ?? 0n) * c;
        if (w === 0n) r.delete(k);
        else r.set(k, w);
      }
      const g = [...r.values()].reduce((x, y) => ggd(x, y), 0n);
      if (g > 1n) for (const [k, w] of r) r.set(k, w / g);
    }
    return r;
  };
  for (const rij of rijen) {
    const r = reduceer(rij);
    const spil = [...r.keys()][0];
    if (spil !== undefined) basis.push({ spil, rij: r });
  }
  return reduceer(new Map([[doel, 1n]])).size === 0;
}

describe('aggregeerVragenlijst (properties)', () => {
  it('never reports a cell below the minimum cell size', () => {
    fc.assert(
      fc.property(
        fc.array(antwoord, { maxLength: 120 }),
        fc.integer({ min: 10, max: 30 }),
        (lijst, minimum) => {
          const r = aggregeerVragenlijst(lijst, { peildatum: '2026-11-20', beleid: beleidMet(minimum) });
          for (const c of r.cellen) expect(c.aantal).toBeGreaterThanOrEqual(minimum);
          // every answer is counted in exactly one board cell, reported or not
          const perBestuur = new Map<string, number>();
          for (const a of lijst) perBestuur.set(a.bestuur, (perBestuur.get(a.bestuur) ?? 0) + 1);
          for (const c of r.cellen.filter((x) => x.niveau === 'bestuur'))
            expect(c.aantal).toBe(perBestuur.get(c.sleutel));
        },
      ),
    );
  });

  it('no suppressed count equals its parent minus the visible siblings; per option count the rest spans 2+ hidden cells', () => {
    fc.assert(
      fc.property(ronde, fc.integer({ min: 3, max: 15 }), (lijst, minimum) => {
        const r = aggregeerVragenlijst(lijst, { peildatum: '2026-11-20', beleid: beleidMet(minimum) });
        const { cellen, ouder, kinderen } = tel(lijst);
        const getoond = new Set(r.cellen.map((c) => c.sleutel));
        const verborgen = [...cellen.keys()].filter((k) => !getoond.has(k));
        // primary: exactly the cells below the minimum; secondary: cells with enough answers
        const primair = verborgen.filter((k) => (cellen.get(k)?.[0] as number) < minimum);
        expect(r.onderdrukt).toBe(primair.length);
        expect(r.secundairOnderdrukt).toBe(verborgen.length - primair.length);
        expect(r.redenen.some((x) => x.code === 'CEL_SECUNDAIR_ONDERDRUKT')).toBe(r.secundairOnderdrukt > 0);
        for (const k of verborgen) {
          const o = ouder.get(k);
          if (o === undefined || !getoond.has(o)) continue;
          const zussen = [...(kinderen.get(o) ?? [])].filter((z) => z !== k);
          const zichtbaar = zussen.filter((z) => getoond.has(z));
          const eigen = cellen.get(k) as number[];
          const ouderTellingen = cellen.get(o) as number[];
          // the number of answers (the count every level reports): never given away
          const rest = (i: number) =>
            (ouderTellingen[i] as number) - zichtbaar.reduce((x, z) => x + (cellen.get(z)?.[i] as number), 0);
          expect(eigen[0]).not.toBe(rest(0));
          // every count (answers, the incident, each option): the remainder spans at least two suppressed
          // cells, so it is a sum of unknowns, not this cell's value
          expect(zussen.length - zichtbaar.length).toBeGreaterThanOrEqual(1);
          for (let i = 0; i < eigen.length; i++) {
            const anderen = zussen
              .filter((z) => !getoond.has(z))
              .reduce((x, z) => x + (cellen.get(z)?.[i] as number), 0);
            expect(rest(i)).toBe((eigen[i] as number) + anderen);
          }
        }
      }),
    );
  });

  it('the order of the answers does not change the result (school by school or interleaved)', () => {
    fc.assert(
      fc.property(
        ronde.chain((lijst) =>
          fc.tuple(
            fc.constant(lijst),
            fc.array(fc.nat(), { minLength: lijst.length, maxLength: lijst.length }),
          ),
        ),
        fc.integer({ min: 3, max: 15 }),
        ([lijst, sleutels], minimum) => {
          const opties = { peildatum: '2026-11-20' as const, beleid: beleidMet(minimum) };
          const geschud = lijst
            .map((a, i) => [sleutels[i] as number, i, a] as const)
            .sort((x, y) => x[0] - y[0] || x[1] - y[1])
            .map(([, , a]) => a);
          expect(aggregeerVragenlijst(geschud, opties)).toEqual(aggregeerVragenlijst(lijst, opties));
        },
      ),
    );
  });

  it('no suppressed cell follows from the published figures by any combination of subtractions', () => {
    fc.assert(
      fc.property(ronde, fc.integer({ min: 3, max: 15 }), (lijst, minimum) => {
        const r = aggregeerVragenlijst(lijst, { peildatum: '2026-11-20', beleid: beleidMet(minimum) });
        const { cellen, kinderen } = tel(lijst);
        const getoond = new Set(r.cellen.map((c) => c.sleutel));
        // every relation parent = sum of children has no suppressed cell or at least two
        const rijen: Map<string, bigint>[] = [];
        for (const [o, ks] of kinderen) {
          const rij = new Map<string, bigint>();
          if (!getoond.has(o)) rij.set(o, 1n);
          for (const k of ks) if (!getoond.has(k)) rij.set(k, -1n);
          expect(rij.size).not.toBe(1);
          if (rij.size > 0) rijen.push(rij);
        }
        // the relations are the same for every count (answers, the incident, each option), so a cell that
        // is not fixed here is not fixed for any of its counts
        for (const k of cellen.keys()) if (!getoond.has(k)) expect(vastgelegd(rijen, k)).toBe(false);
      }),
    );
  });
});
