import { schoolkalender } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCHORSINGSBRIEF as schorsingsbrief,
  VERWIJDERINGSBRIEF as verwijderingsbrief,
} from '../testhulp/fixtures.js';
import { valideerSchorsingsbrief } from './schorsingsbrief.js';
import { valideerVerwijderingsbrief } from './verwijderingsbrief.js';

const kalender = schoolkalender({ regio: 'noord' });
// A recognisable marker inside arbitrary text: if it shows up in a melding, input was echoed.
const vrijeTekst = fc.string({ minLength: 0, maxLength: 30 }).map((s) => `GEHEIM${s}`);

describe('letter validators: properties', () => {
  it('never echo free text from the letter in a melding, whatever else is wrong with it', () => {
    fc.assert(
      fc.property(
        vrijeTekst,
        vrijeTekst,
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        (a, b, openbaar, n) => {
          const r = valideerSchorsingsbrief(
            {
              ...schorsingsbrief,
              denominatie: openbaar ? 'openbaar' : 'bijzonder',
              redenen: a,
              andereMaatregelen: b,
              schoolwerk: a,
              duur: { aantal: n, eenheid: 'schooldagen' },
            },
            { kalender },
          );
          if (!r.ok) for (const p of r.problemen) expect(p.melding).not.toContain('GEHEIM');
          const v = valideerVerwijderingsbrief(
            {
              ...verwijderingsbrief,
              ontvangendeSchool: { ...verwijderingsbrief.ontvangendeSchool, motivering: a, id: b },
              overlegOuders: { datum: '2026-03-12', uitkomst: b },
              bezwaar: { termijnWeken: n, vanaf: 'dagtekening' },
            },
            { kalender },
          );
          if (!v.ok) for (const p of v.problemen) expect(p.melding).not.toContain('GEHEIM');
        },
      ),
    );
  });

  it('a schorsing letter is valid only if its last day is the computed one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 30 }), (verschuiving) => {
        const juist = '2026-01-07';
        const d = new Date(Date.UTC(2026, 0, 7 + verschuiving)).toISOString().slice(0, 10);
        const r = valideerSchorsingsbrief({ ...schorsingsbrief, laatsteDag: d }, { kalender });
        expect(r.ok).toBe(d === juist);
      }),
    );
  });
});
