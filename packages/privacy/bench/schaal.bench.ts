// Benchmark (issue 8): the cost of a privacy dossier grows linearly with its events. Run: `npm run bench`.
// A dossier of n = 10 to 10,000 events imported with verwerkAlle (one batch): the kernel folds each event once
// (counted with the test kit's telVouwen) and copies the list once; the exit code is non-zero when the count is
// off or the time per event grows more than 3x. (Appending one event with verwerk copies the frozen list, so n
// single appends copy n times; the tests count their folds.)
import { bouwDossierInEens, meetSchaal, telVouwen } from '@schoolveiligheid/testkit';
import { privacyProcedure } from '../src/index.js';

const teller = telVouwen(privacyProcedure);

/** n events accepted one after another, on one day: a request, then identity checks. */
const reeks = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i === 0
      ? { type: 'verzoek-ontvangen', datum: '2026-09-01', recht: 'inzage', verzoeker: 'betrokkene' }
      : { type: 'identiteit-vastgesteld', datum: '2026-09-01', wijze: 'bekend-bij-school' },
  );

const uitkomst = meetSchaal({
  naam: 'privacy: a dossier of n events, imported with verwerkAlle (work = fold calls)',
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
