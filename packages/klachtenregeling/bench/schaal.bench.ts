// Benchmark (issue 8): the cost of a klacht dossier grows linearly with its events. Run: `npm run bench`.
// A dossier of n = 10 to 10,000 events imported with verwerkAlle (one batch): the kernel folds each event once
// (counted with the test kit's telVouwen) and copies the list once; the exit code is non-zero when the count is
// off or the time per event grows more than 3x. The events: a complaint, then hearings of the parties (the
// only event a klacht dossier takes without bound). The aangifteplicht dossier takes each step once (at most a
// dozen events), so it has no scaling to measure.
import { bouwDossierInEens, meetSchaal, telVouwen } from '@schoolveiligheid/testkit';
import { klachtProcedure } from '../src/index.js';

const teller = telVouwen(klachtProcedure);

/** n events accepted one after another, on one day: a complaint, then hearings. */
const reeks = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i === 0
      ? {
          type: 'klacht-ingediend',
          datum: '2026-09-01',
          bij: 'klachtencommissie',
          aangeklaagde: 'personeelslid',
        }
      : {
          type: 'partij-gehoord',
          datum: '2026-09-01',
          partij: i % 2 ? 'klager' : 'aangeklaagde',
          bijgestaan: false,
        },
  );

const uitkomst = meetSchaal({
  naam: 'klachtenregeling: a klacht dossier of n events, imported with verwerkAlle (work = fold calls)',
  eenheid: 'event',
  maten: [10, 100, 1_000, 10_000],
  meet: (n) => {
    const gebeurtenissen = reeks(n);
    teller.nul();
    bouwDossierInEens(teller.procedure, { id: 'bench' }, gebeurtenissen);
    return teller.aantal;
  },
});

if (uitkomst.fouten.length > 0) process.exitCode = 1;
