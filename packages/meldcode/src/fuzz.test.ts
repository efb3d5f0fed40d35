// The fuzz property over every export of this package, discovered at run time: no untyped throw, no injected
// personal data in any message or `details`, the same answer under three time zones; fixed seed. The
// `voorbeelden` are valid argument lists, so the fuzz reaches the code behind the validation.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { meldcodeProcedure, SEED_2018_BELEID } from './index.js';

const gearchiveerd = meldcodeProcedure.herspeel({ id: 'meldcode-1', eindverantwoordelijke: 'directeur' }, [
  {
    type: 'signaal-vastgelegd',
    datum: '2026-11-02',
    rol: 'leerkracht',
    herkomst: 'eigen-waarneming',
    feitelijk: true,
  },
  { type: 'consultatie-gevoerd', datum: '2026-11-03', rol: 'leerkracht', met: 'collega' },
  { type: 'signaal-gearchiveerd', datum: '2026-11-04', rol: 'leerkracht', reden: 'eenmalig' },
]);
const gevaar = meldcodeProcedure.herspeel({ id: 'meldcode-2', eindverantwoordelijke: 'directeur' }, [
  {
    type: 'signaal-vastgelegd',
    datum: '2026-11-02',
    rol: 'leerkracht',
    herkomst: 'uitspraak-leerling',
    feitelijk: true,
  },
  { type: 'gevaar-vastgesteld', datum: '2026-11-02', rol: 'leerkracht', reden: 'disclosure' },
]);

describe('fuzz: every export of @schoolveiligheid/meldcode', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [
      [SEED_2018_BELEID, '2026-12-02'],
      [
        { vermoeden: 'ja', veiligheid: 'nee', hulpMogelijk: 'ja', hulpAanvaard: 'ja' },
        { peildatum: '2026-12-02' },
      ],
      [{ gemeldOp: '2025-03-03', geboortedatum: '2015-06-10' }, '2026-12-02'],
      [{ geboortedatum: '2012-05-01' }, '2026-09-01'],
      [
        [{ jeugdige: 'j-1', melder: 'm-1', gemeldOp: '2026-10-01', geboortedatum: '2017-02-01' }],
        '2026-12-02',
      ],
      [{ functie: 'intern-begeleider', aangewezen: true, afsprakenGemeente: true, risicos: ['a'] }],
      ['2004-02-29', 23],
      ['2014-09-01', '2026-09-01'],
      [gearchiveerd.ok ? gearchiveerd.waarde : null, { beleid: SEED_2018_BELEID }],
      [gevaar.ok ? gevaar.waarde : null],
    ],
  });
});
