// The fuzz property over every export of this package, discovered at run time (a new export is covered
// without touching this file): no untyped throw, no injected personal data in any message or `details`, the
// same answer under three time zones; fixed seed (issue 8). The valid argument lists below let the fuzz reach
// the code behind the validation.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { SEED_2018_BELEID } from './index.js';

describe('fuzz: every export of @schoolveiligheid/calamiteiten', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    // a rendered letter is the caller's own text; only its refusals are checked for echo
    bouwers: ['vulBriefIn', 'valideerSocialeKaart'],
    voorbeelden: [
      [SEED_2018_BELEID, '2026-12-02'],
      ['ander-misdrijf', '2026-12-02', SEED_2018_BELEID],
      [{ incidentOp: '2026-12-18T14:00:00+01:00', slachtoffer: 'medewerker', terugkeerOp: '2027-01-11' }],
      [{ soort: 'personeelslid', leden: ['directeur', 'Jan Jansen'], peildatum: '2026-12-02' }],
      ['advertentie-leerling', { naamLeerling: 'Jan Jansen', naamSchool: 'x' }],
      [
        { soort: 'big', noodsituatie: false, datum: '2026-12-02' },
        { soort: 'personeelslid', instemming: true, opdrachtVanArts: true, bekwaamTot: '2027-01-01' },
        SEED_2018_BELEID,
      ],
      [
        {
          peildatum: '2026-12-02',
          gebouwInGebruik: [{ dag: 3, van: '08:00', tot: '17:00' }],
          bhvers: [{ id: 'bhv-1', aanwezig: [{ dag: 3, van: '08:00', tot: '12:30' }] }],
        },
      ],
      ['2026-12-18T16:00:00+01:00'],
      [null, '2026-12-02'],
    ],
  });
});
