// Properties of bewaakPlanVanAanpak (Arbowet art. 5: a plan van aanpak with terms; seed Bijlage 3): every due
// item has a responsible role, what is overdue stays overdue later, and overdue items come first.
import { isRolId, ROLLEN, type Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bewaakPlanVanAanpak, type PlanVanAanpak } from './planVanAanpak.js';

/** A day from 2024-01-01 on, over leap days, year ends and DST changes. */
const dag = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

const plan = fc
  .array(
    fc.record({
      rol: fc.constantFrom(...Object.keys(ROLLEN)),
      streef: fc.integer({ min: 0, max: 1100 }),
      gereed: fc.option(fc.integer({ min: 0, max: 1100 }), { nil: undefined }),
    }),
    { maxLength: 12 },
  )
  .map((items) =>
    items.map((x, i) => ({
      id: `pva-${i}`,
      knelpunt: 'Knelpunt',
      maatregel: 'Maatregel',
      doel: 'Doel',
      coordinatie: x.rol,
      streefdatum: dag(x.streef),
      ...(x.gereed === undefined ? {} : { gereedOp: dag(x.gereed) }),
    })),
  ) as fc.Arbitrary<PlanVanAanpak>;

/** An instant in the same range, at any minute of the day (UTC), so the Amsterdam date may differ. */
const tijdstip = fc
  .integer({ min: 0, max: 1100 * 24 * 60 })
  .map((m) => `${new Date(Date.UTC(2024, 0, 1) + m * 60_000).toISOString().slice(0, 19)}+00:00` as Tijdstip);

describe('bewaakPlanVanAanpak (properties)', () => {
  it('every item has a due date and a responsible role; overdue items come first', () => {
    fc.assert(
      fc.property(plan, tijdstip, (p, nu) => {
        const s = bewaakPlanVanAanpak(p, nu);
        expect(s).toHaveLength(p.length);
        for (const i of s) {
          expect(isRolId(i.rol)).toBe(true);
          expect(i.rol).toBe(p.find((x) => x.id === i.id)?.coordinatie);
          expect(i.streefdatum).toBe(p.find((x) => x.id === i.id)?.streefdatum);
        }
        const eersteNiet = s.findIndex((i) => i.status !== 'verlopen');
        if (eersteNiet >= 0) expect(s.slice(eersteNiet).some((i) => i.status === 'verlopen')).toBe(false);
      }),
    );
  });

  it('overdue is monotone in nu: what is overdue stays overdue later', () => {
    fc.assert(
      fc.property(plan, tijdstip, tijdstip, (p, a, b) => {
        const [vroeg, laat] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
        const later = new Map(bewaakPlanVanAanpak(p, laat).map((i) => [i.id, i.status]));
        for (const i of bewaakPlanVanAanpak(p, vroeg))
          if (i.status === 'verlopen') expect(later.get(i.id)).toBe('verlopen');
      }),
    );
  });
});
