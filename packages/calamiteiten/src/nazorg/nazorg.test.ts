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

// The clock goes forward on Sunday 28 March 2027 (EU Directive 2000/84/EC: last Sunday of March, 01:00 UTC), so
// that night has 23 hours: 72 hours after Thursday 25 March 23:30 is Monday 29 March 00:30 (CEST), half an hour
// after midnight of the third calendar day.
describe('aftercare across the spring clock change', () => {
  it('an incident at 23:30 three days before it has the 3 calendar days end first, and says so', () => {
    const plan = nazorgPlan({ incidentOp: '2027-03-25T23:30:00+01:00', slachtoffer: 'leerling' });
    const vervalt = (c: string) => plan.uitkomst.termijnen.find((t) => t.code === c)?.termijn.vervaltOp;
    expect(vervalt('NAZORG_CONTACT_72_UUR')).toBe('2027-03-29T00:30:00+02:00');
    expect(vervalt('NAZORG_CONTACT_3_DAGEN')).toBe('2027-03-29T00:00:00+02:00');
    expect(plan.uitkomst.strengsteContact).toBe('NAZORG_CONTACT_3_DAGEN');
    expect(plan.redenen[0]?.tekst).toContain('"binnen drie dagen"');
  });
});
