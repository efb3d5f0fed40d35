// The fuzz property over every export of this package, discovered at run time (a new export is covered
// without touching this file): no untyped throw, no injected personal data in any message or `details`, the
// same answer under three time zones; fixed seed (issue 8). The `voorbeelden` are valid argument lists, so the
// fuzz reaches the code behind the validation.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { SEED_2018_BELEID } from './index.js';

const inhoud = {
  naamEnAdresKlager: true,
  omschrijving: true,
  dagtekening: true,
  ondertekend: true,
  stukken: 'geen',
};
const klacht = {
  ingediendOp: '2026-11-02',
  gedragingOp: '2026-10-01',
  klager: 'ouder',
  aangeklaagde: 'ouder',
  inhoud,
};
const klachtDossier = {
  procedure: 'klacht',
  versie: 1,
  kop: { id: 'klacht-1' },
  gebeurtenissen: [
    {
      type: 'klacht-ingediend',
      datum: '2026-10-01',
      bij: 'klachtencommissie',
      aangeklaagde: 'personeelslid',
    },
    { type: 'oordeel-ontvangen', datum: '2026-11-27', oordeel: 'ongegrond' },
  ],
};

describe('fuzz: every export of @schoolveiligheid/klachtenregeling', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [
      [SEED_2018_BELEID, '2026-12-02'],
      [SEED_2018_BELEID, null],
      [null, '2026-12-02'],
      [klacht, { beleid: SEED_2018_BELEID, taal: 'en' }],
      [
        {
          ingediendBij: 'bevoegd-gezag',
          aangeklaagde: 'directie',
          eenvoudig: true,
          ingediendOp: '2026-11-02',
        },
        { beleid: SEED_2018_BELEID },
      ],
      [
        {
          slachtoffer: 'leerling-van-de-school',
          pleger: 'met-taken-belast',
          feit: 'seksueel-misdrijf',
          minderjarig: false,
        },
        { beleid: SEED_2018_BELEID },
      ],
      [klachtDossier, { beleid: SEED_2018_BELEID }],
      [
        {
          peildatum: '2026-12-02',
          directie: ['p-1'],
          contactpersonen: ['p-1', 'p-2'],
          externeVertrouwenspersoon: true,
        },
        { beleid: SEED_2018_BELEID, taal: 'en' },
      ],
      [[klachtDossier, klachtDossier], 2026],
    ],
  });
});
