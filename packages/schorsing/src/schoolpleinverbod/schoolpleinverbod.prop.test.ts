import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { schoolpleinverbodGeldt, valideerSchoolpleinverbod } from './schoolpleinverbod.js';

describe('schoolpleinverbod: properties', () => {
  it('never echoes the reason or a name in a melding', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 20 }), (reden, naam) => {
        const r = valideerSchoolpleinverbod({
          betrokkene: `GEHEIM ${naam}`,
          datum: '2026-03-02',
          reikwijdte: 'schoolplein',
          schriftelijk: false,
          reden: `GEHEIM${reden}`,
          van: '2026-03-03',
          wijkagent: { geinformeerd: false, kopieBrief: false },
        });
        expect(r.ok).toBe(false);
        if (!r.ok) for (const p of r.problemen) expect(p.melding).not.toContain('GEHEIM');
      }),
    );
  });

  it('a valid ban applies exactly on the days from van to tot inclusive', () => {
    fc.assert(
      fc.property(datumArb, datumArb, datumArb, (a, b, dag) => {
        const [van, tot] = a <= b ? [a, b] : [b, a];
        const r = valideerSchoolpleinverbod({
          betrokkene: 'ouder-1',
          datum: van,
          reikwijdte: 'school',
          schriftelijk: true,
          reden: 'zie dossier',
          van,
          tot,
          wijkagent: { geinformeerd: true, kopieBrief: true },
        });
        if (!r.ok) throw new Error('verwacht ok');
        expect(schoolpleinverbodGeldt(r.waarde, dag).uitkomst).toBe(van <= dag && dag <= tot);
      }),
    );
  });
});
