import { describe, expect, it } from 'vitest';
import { bewaakPlanVanAanpak, type PlanVanAanpak } from './planVanAanpak.js';

describe('bewaakPlanVanAanpak (Arbowet art. 5 lid 3: a plan with terms; seed Bijlage 3)', () => {
  const plan: PlanVanAanpak = [
    {
      id: 'pva-1',
      knelpunt: 'Werkdruk',
      maatregel: 'Taakbeleid',
      doel: 'Taakbeleid vastgesteld voor 1 april',
      coordinatie: 'directeur',
      streefdatum: '2027-04-01',
    },
    {
      id: 'pva-2',
      knelpunt: 'Trap',
      maatregel: 'Leuning',
      doel: 'Leuning voor 1 september',
      coordinatie: 'bevoegd-gezag',
      streefdatum: '2026-09-01',
    },
    {
      id: 'pva-3',
      knelpunt: 'BHV',
      maatregel: 'Cursus',
      doel: 'Twee bhv-ers',
      coordinatie: 'directeur',
      streefdatum: '2026-06-01',
      gereedOp: '2026-05-20',
    },
  ];
  it('overdue first, each with its responsible role', () => {
    expect(bewaakPlanVanAanpak(plan, '2026-12-02T09:00:00+01:00')).toEqual([
      { id: 'pva-2', rol: 'bevoegd-gezag', streefdatum: '2026-09-01', status: 'verlopen' },
      { id: 'pva-1', rol: 'directeur', streefdatum: '2027-04-01', status: 'open' },
      { id: 'pva-3', rol: 'directeur', streefdatum: '2026-06-01', status: 'gereed' },
    ]);
  });
  it('refuses an unknown role', () => {
    expect(() =>
      bewaakPlanVanAanpak(
        [{ ...plan[0], coordinatie: 'conciërge' }] as PlanVanAanpak,
        '2026-12-02T09:00:00+01:00',
      ),
    ).toThrow();
  });
});
