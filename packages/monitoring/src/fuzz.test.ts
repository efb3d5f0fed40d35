// The fuzz property over every export of this package, discovered at run time: no untyped throw, no injected
// personal data in any message or `details`, the same answer under three time zones; fixed seed.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { SEED_2018_BELEID } from './index.js';

describe('fuzz: every export of @schoolveiligheid/monitoring', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [
      [SEED_2018_BELEID, '2026-12-02'],
      [{ datum: '2026-11-02', getroffene: 'werknemer', gevolg: 'opname' }, { beleid: SEED_2018_BELEID }],
      [{ id: 'school-a', afnamemaand: 11 }, '2025-2026', { nu: '2026-08-15T09:00:00+02:00' }],
      [[{ bestuur: 'b', school: 's', groep: 'g', schalen: { welbevinden: 3 } }], { peildatum: '2026-11-20' }],
      [
        [
          {
            id: 'inc-1',
            datum: '2026-10-05',
            getroffene: 'leerling',
            categorie: 'bedreiging',
            behandeling: 'geen',
          },
        ],
        { van: '2025-08-01', tot: '2026-07-31' },
      ],
      [null, '2026-12-02'],
    ],
  });
});
