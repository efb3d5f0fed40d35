// Benchmark (issue 8): the cost of a schorsing dossier grows linearly with its events.
//
// Run: `npm run bench` (builds first). It measures the built package (`dist`, what vendors run) on dossiers of
// n = 10 to 10,000 events (conversations, investigation notes, receiving schools, crisisplaatsingen over the
// school year): imported with `verwerkAlle` (one batch, the list copied once), and read back from stored JSON
// with `leesDossier`; the kernel folds each event once (counted with the test kit's `telVouwen`, must be exactly n).
// Then a nightly sweep reads the open terms of n stored dossiers with `openTermijnenVanAlle` (each replayed
// once: counted). The table prints the median time, the time per unit and its ratio to the second size; the
// exit code is non-zero when a count is off or the time per unit grows more than 3x (super-linear). The tests
// count work and never time it.
import { schorsingProcedure } from '@schoolveiligheid/schorsing';
import { bouwDossier, bouwDossierInEens, meetSchaal, telVouwen, vasteReeks } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { geldigeKopArb, reeksArb } from '../src/testhulp/dossier.js';

const teller = telVouwen(schorsingProcedure);
const p = teller.procedure;
const [kop] = fc.sample(geldigeKopArb, { seed: 20261202, numRuns: 1 });
const reeks = vasteReeks(reeksArb);
const opgeslagen = (n: number) => JSON.stringify(bouwDossier(p, kop, reeks(n)));
const DOSSIER_MATEN = [10, 100, 1_000, 10_000];

const bewaard = new Map(DOSSIER_MATEN.map((n) => [n, opgeslagen(n)]));
const acht = JSON.parse(opgeslagen(8)) as unknown;
function* database(n: number) {
  for (let i = 0; i < n; i++) yield acht;
}

const uitkomsten = [
  meetSchaal({
    naam: 'schorsing: a dossier of n events, imported with verwerkAlle (work = fold calls)',
    eenheid: 'event',
    maten: DOSSIER_MATEN,
    meet: (n) => {
      const gebeurtenissen = reeks(n);
      teller.nul();
      bouwDossierInEens(p, kop, gebeurtenissen);
      return teller.aantal;
    },
  }),
  meetSchaal({
    naam: 'schorsing: a stored dossier of n events read back with leesDossier (work = fold calls)',
    eenheid: 'event',
    maten: DOSSIER_MATEN,
    meet: (n) => {
      teller.nul();
      if (!p.leesDossier(bewaard.get(n)).ok) throw new Error('the stored dossier was refused');
      return teller.aantal;
    },
  }),
  meetSchaal({
    naam: 'schorsing: openTermijnenVanAlle over n stored dossiers of 8 events (work = fold calls / 8)',
    eenheid: 'dossier',
    maten: [100, 1_000, 10_000],
    meet: (n) => {
      teller.nul();
      for (const r of p.openTermijnenVanAlle(database(n), '2026-12-02T09:00:00+01:00'))
        if (!r.ok) throw new Error('a stored dossier was refused');
      return teller.aantal / 8;
    },
  }),
];

if (uitkomsten.some((u) => u.fouten.length > 0)) process.exitCode = 1;
