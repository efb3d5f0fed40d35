import { berekenTermijn, schoolkalender } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { nazorgPlan } from './nazorg.js';

// Seed Bijlage 18/19 ("binnen 72 uur", "binnen drie dagen"); the day kind is SEED_OPVANG_DAGSOORT; kerstvakantie
// 2026-2027: 19 December 2026 to 3 January 2027 (Rijksoverheid, kern's SCHOOLVAKANTIES).
describe('aftercare starting on Friday 18 December 2026, the day before the kerstvakantie', () => {
  it('counts "drie dagen" in calendar days: Monday 21 December, not Wednesday 6 January as school days would', () => {
    const plan = nazorgPlan({ incidentOp: '2026-12-18T14:00:00+01:00', slachtoffer: 'leerling' });
    const drie = plan.uitkomst.termijnen.find((t) => t.code === 'NAZORG_CONTACT_3_DAGEN');
    expect([drie?.termijn.laatsteDag, drie?.termijn.verlengdDoorAtw]).toEqual(['2026-12-21', false]);
    const alsSchooldagen = berekenTermijn({
      gebeurtenis: '2026-12-18',
      duur: { aantal: 3, eenheid: 'schooldagen' },
      grondslag: 'regeling',
      kalender: schoolkalender({ regio: 'midden' }),
    });
    expect(alsSchooldagen.laatsteDag).toBe('2027-01-06');
    expect(plan.redenen.map((r) => r.code)).toEqual(['STRENGSTE_CONTACTTERMIJN', 'DAGSOORT_KALENDERDAGEN']);
  });

  it('adds the return check, the bedrijfsarts signal and, after a serious accident, the notice to BHV and MR (Bijlage 19)', () => {
    const plan = nazorgPlan({
      incidentOp: '2026-12-18T14:00:00+01:00',
      slachtoffer: 'medewerker',
      terugkeerOp: '2027-01-11',
      ernstigOngeval: true,
    });
    expect(plan.uitkomst.termijnen.find((t) => t.code === 'NAZORG_TERUGKEER')?.termijn.laatsteDag).toBe(
      '2027-01-25',
    );
    expect(plan.redenen.map((r) => r.code)).toContain('MELDING_BHV_EN_MR');
    expect(plan.uitkomst.opvang).toEqual([
      'opvangteam',
      'veiligheidscoordinator',
      'bedrijfsarts',
      'bhver',
      'medezeggenschapsraad',
    ]);
  });
});
