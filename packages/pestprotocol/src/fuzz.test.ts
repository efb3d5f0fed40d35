// The fuzz property over every export of this package, discovered at run time: no untyped throw, no injected
// personal data in any message or `details`, the same answer under three time zones; fixed seed (issue 8).
// The valid argument lists let the fuzz reach the code behind the validation.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { SEED_2018_BELEID } from './index.js';

const school = {
  peildatum: '2026-12-02',
  coordinatorId: 'persoon-1',
  aanspreekpuntId: 'persoon-2',
  inSchoolgids: true,
  antiPestprotocol: true,
  schoolregels: false,
  sanctiebeleid: true,
  monitoring: { afnamesPerSchooljaar: 1 },
};

describe('fuzz: every export of @schoolveiligheid/pestprotocol', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [
      [SEED_2018_BELEID, '2026-12-02'],
      [SEED_2018_BELEID, null],
      [null, '2026-12-02'],
      [{ gelijkwaardig: false, frequentie: 'dagelijks', langerePeriode: true, bedreigend: true }],
      [{ frequentie: 'eenmalig' }, { taal: 'en' }],
      [{ pestgedrag: 'vermoed' }],
      [{ categorie: 'dreigen', dader: 'ouder', herhaling: true }],
      [school],
      [{ ...school, peildatum: '2010-01-01' }, { taal: 'en' }],
      [{ aanvullingen: ['Ik zal niemand uitlachen.', 'mail ouder@example.nl'] }],
    ],
  });
});
