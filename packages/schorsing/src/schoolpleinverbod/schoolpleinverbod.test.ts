import { describe, expect, it } from 'vitest';
import { schoolpleinverbodGeldt, valideerSchoolpleinverbod } from './schoolpleinverbod.js';

// Seed E.2 "School(plein)verbod voor de ouders": written, reason and duration, wijkagent informed with a copy.
const verbod = {
  betrokkene: 'ouder-1',
  datum: '2026-03-02',
  reikwijdte: 'school-en-schoolplein',
  schriftelijk: true,
  reden: 'Verstoring van orde en veiligheid, zie dossier.',
  van: '2026-03-03',
  tot: '2026-04-03',
  wijkagent: { geinformeerd: true, kopieBrief: true },
} as const;
const codes = (r: ReturnType<typeof valideerSchoolpleinverbod>) =>
  r.ok ? [] : r.problemen.map((p) => p.code);

describe('valideerSchoolpleinverbod (seed E.2)', () => {
  it('accepts a complete written ban with reason, duration and the wijkagent informed with a copy', () => {
    expect(valideerSchoolpleinverbod(verbod).ok).toBe(true);
  });

  it('requires writing, a duration and the wijkagent with a copy', () => {
    const { tot: _tot, ...zonderEinde } = verbod;
    expect(
      codes(
        valideerSchoolpleinverbod({
          ...zonderEinde,
          schriftelijk: false,
          wijkagent: { geinformeerd: false, kopieBrief: false },
        }),
      ),
    ).toEqual([
      'SCHOOLPLEINVERBOD_NIET_SCHRIFTELIJK',
      'SCHOOLPLEINVERBOD_GEEN_DUUR',
      'SCHOOLPLEINVERBOD_WIJKAGENT_NIET_GEINFORMEERD',
      'SCHOOLPLEINVERBOD_GEEN_KOPIE_WIJKAGENT',
    ]);
    expect(codes(valideerSchoolpleinverbod({ ...verbod, tot: '2026-03-01' }))).toEqual([
      'SCHOOLPLEINVERBOD_EINDE_VOOR_BEGIN',
    ]);
  });

  it('refuses a name instead of a role id, without repeating the name', () => {
    const r = valideerSchoolpleinverbod({ ...verbod, betrokkene: 'Piet Puk' });
    expect(codes(r)).toEqual(['SCHOOLPLEINVERBOD_GEEN_ROL_ID']);
    expect(JSON.stringify(r)).not.toContain('Piet');
  });

  it('applies from the start to the end date inclusive', () => {
    expect(schoolpleinverbodGeldt(verbod, '2026-03-02').redenen[0]?.code).toBe('VERBOD_NOG_NIET_INGEGAAN');
    expect(schoolpleinverbodGeldt(verbod, '2026-04-03').uitkomst).toBe(true);
    expect(schoolpleinverbodGeldt(verbod, '2026-04-04').redenen[0]?.code).toBe('VERBOD_AFGELOPEN');
  });
});
