import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { persoonlijkeTekstArb } from '../incident/arbitraries.js';
import { valideerKennisgeving } from './kennisgeving.js';

const kort = fc
  .array(fc.constantFrom('De', 'laptop', 'is', 'weg', 'bel', 'ons', 'we', 'helpen', 'uw', 'kind'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((w) => `${w.join(' ')}.`);

const berichtArb = fc.record({
  aard: kort,
  contactpunt: kort,
  gevolgen: kort,
  maatregelen: kort,
  advies: kort,
});

describe('properties of valideerKennisgeving', () => {
  it('short sentences of everyday words always pass', () => {
    fc.assert(fc.property(berichtArb, (b) => valideerKennisgeving(b).ok));
  });

  it('adding personal text never makes a problem message repeat it', () => {
    fc.assert(
      fc.property(
        berichtArb,
        persoonlijkeTekstArb,
        fc.constantFrom('aard', 'gevolgen', 'advies'),
        (b, tekst, veld) => {
          const r = valideerKennisgeving({ ...b, [veld]: `${tekst} ${'woord '.repeat(25)}` });
          expect(r.ok).toBe(false);
          expect(JSON.stringify(r.ok ? [] : r.problemen)).not.toContain(tekst);
        },
      ),
    );
  });
});
