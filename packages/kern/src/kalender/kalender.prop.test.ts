import fc from 'fast-check';
import { describe, it } from 'vitest';
import { dagnummer, type IsoDatum, plusDagen, uitDagnummer } from '../datum/datum.js';
import type { Kalender } from './kalender.js';
import { schoolkalender } from './schoolkalender.js';
import { werkkalender } from './werkkalender.js';

const kalenders: [string, Kalender, IsoDatum, IsoDatum][] = [
  ['werkkalender', werkkalender(), '2023-01-01', '2029-12-31'],
  ['schoolkalender noord', schoolkalender({ regio: 'noord' }), '2024-11-15', '2029-06-30'],
  [
    'schoolkalender zuid met studiedagen',
    schoolkalender({
      regio: 'zuid',
      goedeVrijdagVrij: true,
      vrijeDagen: [
        { datum: '2025-10-06', soort: 'studiedag' },
        { datum: '2026-03-09', tot: '2026-03-11', soort: 'vrije-dag' },
      ],
    }),
    '2024-11-15',
    '2029-06-30',
  ],
  // issue 9: the historic years, and blocks of the lazy per-year index crossed by long spans
  ['werkkalender 1990-2022', werkkalender(), '1990-02-01', '2022-12-31'],
  [
    'schoolkalender midden 2016-2024, open op 5 mei',
    schoolkalender({ regio: 'midden', feestdagenVrij: { bevrijdingsdag: false } }),
    '2016-11-01',
    '2024-06-30',
  ],
];

const datum = (van: IsoDatum, tot: IsoDatum) =>
  fc.integer({ min: dagnummer(van), max: dagnummer(tot) }).map((d) => uitDagnummer(d));
const aantal = fc.integer({ min: 0, max: 200 });

/** The honest baseline: walk day by day. */
function naiefVoegToe(k: Kalender, d: IsoDatum, n: number): IsoDatum {
  let x = d;
  for (let i = 0; i < n; ) {
    x = plusDagen(x, 1);
    if (k.isOpen(x)) i++;
  }
  return x;
}

describe.each(kalenders)('%s properties', (_naam, k, van, tot) => {
  it('count inverts add: tel(d, voegToe(d, n)) === n', () => {
    fc.assert(fc.property(datum(van, tot), aantal, (d, n) => k.tel(d, k.voegToe(d, n)) === n));
  });

  it('add lands on an open day strictly after the start (n >= 1)', () => {
    fc.assert(
      fc.property(datum(van, tot), fc.integer({ min: 1, max: 200 }), (d, n) => {
        const r = k.voegToe(d, n);
        return r > d && k.isOpen(r) && k.sluiting(r) === undefined;
      }),
    );
  });

  it('add is strictly monotone in n', () => {
    fc.assert(fc.property(datum(van, tot), aantal, (d, n) => k.voegToe(d, n) < k.voegToe(d, n + 1)));
  });

  it('add equals the naive day-by-day walk', () => {
    fc.assert(
      fc.property(
        datum(van, tot),
        fc.integer({ min: 0, max: 60 }),
        (d, n) => k.voegToe(d, n) === naiefVoegToe(k, d, n),
      ),
    );
  });

  it('long spans over several index blocks: add and subtract invert, and count equals a day-by-day count', () => {
    fc.assert(
      fc.property(datum(van, tot), fc.integer({ min: 200, max: 800 }), (d, n) => {
        let einde: IsoDatum;
        try {
          einde = k.voegToe(d, n);
        } catch {
          return true; // beyond the calendar's range
        }
        let open = 0;
        for (let x = plusDagen(d, 1); x <= einde; x = plusDagen(x, 1)) if (k.isOpen(x)) open++;
        return k.tel(d, einde) === n && open === n && (!k.isOpen(einde) || k.trekAf(einde, n) <= d);
      }),
      { numRuns: 30 },
    );
  });

  it('counting is additive over adjacent spans and antisymmetric', () => {
    fc.assert(
      fc.property(datum(van, tot), datum(van, tot), datum(van, tot), (a, b, c) => {
        return k.tel(a, b) + k.tel(b, c) === k.tel(a, c) && k.tel(a, b) === -k.tel(b, a);
      }),
    );
  });

  it('subtracting inverts adding from an open day, and vorige/volgende are neighbours', () => {
    fc.assert(
      fc.property(datum(van, tot), aantal, (d, n) => {
        const open = k.isOpen(d) ? d : k.volgende(d);
        return k.trekAf(k.voegToe(open, n), n) === open && k.volgende(k.vorige(open)) === open;
      }),
    );
  });
});
