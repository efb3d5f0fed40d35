// Benchmark: the cost of a klokkenluider dossier grows linearly with its events. Run: `npm run bench`.
// A dossier of n = 10 to 10,000 events (a report, then recorded measures) imported with verwerkAlle (one
// batch): the kernel folds each event once (counted with the test kit's telVouwen) and copies the list once;
// the exit code is non-zero when the count is off or the time per event grows more than 3x.
import { bouwDossierInEens, meetSchaal, telVouwen } from '@schoolveiligheid/testkit';
import { klokkenluiderProcedure } from '../src/index.js';

const teller = telVouwen(klokkenluiderProcedure);

const kop = {
  id: 'bench',
  melder: { id: 'medewerker-7', relatie: 'werknemer' },
  vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true },
  bevoegdGezagBetrokken: false,
};

/** n events accepted one after another, on one day: a report, then measures. */
const reeks = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i === 0
      ? {
          type: 'melding-ontvangen',
          datum: '2026-09-01',
          kanaal: 'leidinggevende',
          viaVertrouwenspersoon: false,
          vorm: 'schriftelijk',
          ontvanger: 'directeur-1',
        }
      : {
          type: 'maatregel-genomen',
          datum: '2026-09-01',
          soort: 'demotie',
          betreft: 'melder',
          motiveringLosVanMelding: true,
        },
  );

const uitkomst = meetSchaal({
  naam: 'klokkenluider: a dossier of n events, imported with verwerkAlle (work = fold calls)',
  eenheid: 'event',
  maten: [10, 100, 1_000, 10_000],
  meet: (n) => {
    const gebeurtenissen = reeks(n);
    teller.nul();
    bouwDossierInEens(teller.procedure, kop, gebeurtenissen);
    return teller.aantal;
  },
});

if (uitkomst.fouten.length > 0) process.exitCode = 1;
