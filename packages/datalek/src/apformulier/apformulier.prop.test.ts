import fc from 'fast-check';
import formulier from '../../fixtures/apformulier.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { incidentArb } from '../incident/arbitraries.js';
import { type ApMelding, apMeldingSchema, apMeldingUitIncident, controleerApMelding } from './apformulier.js';

/** A valid answer for each question that is asked regardless of other answers (fixtures/apformulier.json). */
const ANTWOORD: Partial<Record<keyof ApMelding, unknown>> = Object.fromEntries(
  Object.entries(formulier.antwoorden).filter(
    ([veld]) =>
      !['tijdstipInformeren', 'inhoudMededeling', 'aantalGeinformeerd', 'communicatiemiddelen'].includes(
        veld,
      ),
  ),
);

describe('properties of the AP form', () => {
  it('the pre-filled form is always a valid draft, and every problem is a missing question', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const concept = apMeldingUitIncident(inc, beoordeelIncident(inc).uitkomst);
        expect(apMeldingSchema.safeParse(concept).success).toBe(true);
        const r = controleerApMelding(concept);
        if (!r.ok) {
          for (const p of r.problemen) {
            expect(p.code).toBe('VRAAG_ONBEANTWOORD');
            expect(concept[p.pad[0] as keyof ApMelding]).toBeUndefined();
          }
        }
      }),
    );
  });

  it('answering a missing question removes exactly its own problem', () => {
    fc.assert(
      fc.property(
        incidentArb,
        fc.constantFrom(...(Object.keys(ANTWOORD) as (keyof ApMelding)[])),
        (inc, veld) => {
          const concept = apMeldingUitIncident(inc, beoordeelIncident(inc).uitkomst);
          const { [veld]: _weg, ...zonder } = concept;
          const paden = (r: ReturnType<typeof controleerApMelding>) =>
            r.ok ? [] : r.problemen.map((p) => String(p.pad[0]));
          const voor = paden(controleerApMelding(zonder));
          const na = paden(controleerApMelding({ ...zonder, [veld]: ANTWOORD[veld] }));
          expect(voor).toContain(veld);
          expect(na).toEqual(voor.filter((p) => p !== veld));
        },
      ),
    );
  });
});
