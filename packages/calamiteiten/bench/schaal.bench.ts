// Benchmark (issue 8): the cost of a calamiteitenprotocol dossier grows linearly with its events. Run: `npm run bench`.
// A dossier of n = 10 to 10,000 events (the report, then follow-up meetings) imported with verwerkAlle: the kernel
// folds each event once (counted with the test kit's telVouwen); the exit code is non-zero when the count is off or
// the time per event grows more than 3x.
import { bouwDossierInEens, meetSchaal, telVouwen } from '@schoolveiligheid/testkit';
import { calamiteitenProcedure } from '../src/index.js';

const teller = telVouwen(calamiteitenProcedure);

/** n events accepted one after another: the report, then follow-up meetings. */
const reeks = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i === 0
      ? { type: 'gemeld', tijdstip: '2026-09-01T09:00:00+02:00', rol: 'medewerker' }
      : { type: 'overleg', tijdstip: '2026-09-01T09:00:00+02:00', rol: 'directeur' },
  );

const uitkomst = meetSchaal({
  naam: 'calamiteiten: a dossier of n events, imported with verwerkAlle (work = fold calls)',
  eenheid: 'event',
  maten: [10, 100, 1_000, 10_000],
  meet: (n) => {
    const gebeurtenissen = reeks(n);
    teller.nul();
    bouwDossierInEens(teller.procedure, { id: 'bench', soort: 'ongeval' }, gebeurtenissen);
    return teller.aantal;
  },
});

if (uitkomst.fouten.length > 0) process.exitCode = 1;
