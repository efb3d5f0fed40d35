import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentArb, persoonlijkeTekstArb } from './arbitraries.js';
import { valideerIncident } from './incident.js';

describe('properties of valideerIncident', () => {
  it('every generated incident survives a JSON round trip and validates to itself', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const r = valideerIncident(JSON.parse(JSON.stringify(inc)));
        expect(r).toEqual({ ok: true, waarde: JSON.parse(JSON.stringify(inc)) });
      }),
    );
  });

  it('a broken field gives a problem at that field without repeating the input', () => {
    fc.assert(
      fc.property(
        incidentArb,
        persoonlijkeTekstArb,
        fc.constantFrom('soort', 'persoonsgegevens', 'versleuteling', 'toegangUitgesloten', 'ontdektOp'),
        (inc, tekst, veld) => {
          const r = valideerIncident({ ...inc, [veld]: tekst });
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.problemen.some((p) => p.pad[0] === veld)).toBe(true);
            expect(JSON.stringify(r.problemen)).not.toContain(tekst);
          }
        },
      ),
    );
  });
});
