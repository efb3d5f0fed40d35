// The fuzz property over every export of this package, discovered at run time (a new export is covered
// without touching this file): no untyped throw, no injected personal data in any message or `details`, the
// same answer under three time zones; fixed seed. `voorbeelden` holds valid argument lists so the fuzz reaches
// the code behind the validation.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as pakket from './index.js';
import { klokkenluiderProcedure, SEED_2018_BELEID } from './index.js';

const kop = {
  id: 'kl-1',
  melder: { id: 'medewerker-7', relatie: 'werknemer' },
  vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true },
  bevoegdGezagBetrokken: false,
};
const gebouwd = klokkenluiderProcedure.herspeel(kop, [
  {
    type: 'melding-ontvangen',
    datum: '2026-11-02',
    kanaal: 'leidinggevende',
    viaVertrouwenspersoon: true,
    vertrouwenspersoon: 'vp-1',
    vorm: 'mondeling',
    ontvanger: 'directeur-1',
  },
  {
    type: 'maatregel-genomen',
    datum: '2026-11-20',
    soort: 'demotie',
    betreft: 'melder',
    motiveringLosVanMelding: false,
  },
]);
const dossier = gebouwd.ok ? gebouwd.waarde : null;
const openbaar = {
  informatieJuist: true,
  onvoldoendeVoortgang: true,
  dreigendGevaar: false,
  risicoBenadeling: false,
  verhelpenOnwaarschijnlijk: false,
};

describe('fuzz: every export of @schoolveiligheid/klokkenluider', () => {
  fuzzExports(pakket, {
    foutKlasse: SchoolveiligheidFout,
    voorbeelden: [
      [SEED_2018_BELEID, '2026-12-02'],
      [SEED_2018_BELEID, null],
      [null, '2026-12-02'],
      [dossier, '2026-12-02T09:00:00+01:00', { beleid: SEED_2018_BELEID }],
      [dossier, { id: 'vp-1' }, { beleid: SEED_2018_BELEID }],
      [dossier, openbaar],
      [dossier],
      ['vrijwilliger', '2026-12-02', { beleid: SEED_2018_BELEID }],
      [50, '2026-12-02'],
      [{ bevoegdGezagBetrokken: true, viaVertrouwenspersoon: true, functionarisAangewezen: false }],
    ],
  });
});
