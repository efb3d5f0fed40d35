import { isIsoDatum } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controleerDatum, controleerKeuze } from './invoer.js';

describe('input checks: properties', () => {
  it('a value is refused exactly when it is not a real date, always with the same fixed melding', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        (w) => {
          const p = controleerDatum(w, ['datum']);
          expect(p.length === 0).toBe(isIsoDatum(w));
          // the melding is the same fixed text for every input: nothing of the input can leak into it
          for (const x of p) expect(x.melding).toBe('Geen geldige datum; verwacht JJJJ-MM-DD.');
        },
      ),
    );
  });

  it('a choice outside the list is refused without echoing it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 20 }), (w) => {
        fc.pre(
          !['openbaar', 'bijzonder'].includes(w) &&
            !'openbaar, bijzonder'.includes(w) &&
            !'Ongeldige keuze; toegestaan: '.includes(w),
        );
        const p = controleerKeuze(w, ['denominatie'], ['openbaar', 'bijzonder']);
        expect(p).toHaveLength(1);
        expect(p[0]?.melding).not.toContain(w);
      }),
    );
  });
});
