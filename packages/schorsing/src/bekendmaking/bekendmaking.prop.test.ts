// Properties of electronic sending (Awb 2:17 lid 1 / 2:19): the day of the bekendmaking is never before the day of
// sending and is the Dutch day of the moment whatever offset it carries; a letter event without the new fields gives
// exactly the state of release 0.2 (the day of the event), and one recorded "by post" the same day.
import { amsterdamseDatum, epochMs, plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { bekendmakingsdag } from './bekendmaking.js';

const offsetArb = fc.constantFrom('Z', '+01:00', '+02:00', '-05:00', '+09:00');

describe('bekendmakingsdag: properties', () => {
  it('an electronic bekendmaking falls on the Amsterdam day of the moment, never before the day of sending', () => {
    fc.assert(
      fc.property(
        datumArb,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 23 }),
        offsetArb,
        fc.constantFrom('openbaar' as const, 'bijzonder' as const),
        (dag, later, uur, offset, denominatie) => {
          const moment = `${plusDagen(dag, later)}T${String(uur).padStart(2, '0')}:30:00${offset}` as const;
          const r = bekendmakingsdag({
            denominatie,
            verzonden: dag,
            wijze: 'elektronisch',
            elektronisch: { kanaal: 'eigen-adres', moment, bereikbaar: 'uitdrukkelijk-kenbaar' },
          });
          const verwacht = amsterdamseDatum(epochMs(moment));
          if (verwacht < dag) {
            expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual([
              'ELEKTRONISCH_MOMENT_VOOR_VERZENDING',
            ]);
            return;
          }
          expect(r.ok && r.waarde.uitkomst).toBe(verwacht);
          for (const reden of r.ok ? r.waarde.redenen : [])
            expect(reden.bron?.zekerheid).toMatch(/wettekst|interpretatie/);
        },
      ),
    );
  });

  it('a letter without wijze, and one by post, are made known on the day of the event (stored dossiers replay unchanged)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.boolean(), (n, post) => {
        const dag = plusDagen('2026-02-02', n);
        const d = bouwDossier('dossier-p', 'openbaar', [
          {
            type: 'schorsing-besloten',
            datum: '2026-02-02',
            ingangsdatum: '2026-02-03',
            duur: { aantal: 1, eenheid: 'schooldagen' },
          },
          post
            ? { type: 'schorsingsbrief-verzonden', datum: dag, wijze: 'post' }
            : { type: 'schorsingsbrief-verzonden', datum: dag },
        ]);
        const s = staat(d).schorsingen[0];
        expect(s?.briefVerzonden).toBe(dag);
        expect(s?.bekendmaking !== undefined).toBe(post);
      }),
      { numRuns: 40 },
    );
  });
});
