// Benchmark: the cost of a meldcode dossier grows linearly with its logboek, and the Verwijsindex matching
// grows linearly with the meldingen. Run: `npm run bench`.
// - A dossier of n = 10 to 10,000 events imported with verwerkAlle: the kernel folds each event once (counted
//   with the test kit's telVouwen) and copies the list once; non-zero exit when the count is off or the time
//   per event grows more than 3x.
// - zoekMatches over n = 100 to 10,000 meldingen: groups by key (one pass per kind of link), so the time per
//   melding stays flat; the same ratio rule.
import { bouwDossierInEens, meetSchaal, telVouwen } from '@schoolveiligheid/testkit';
import { meldcodeProcedure, zoekMatches } from '../src/index.js';

const teller = telVouwen(meldcodeProcedure);

/** n events accepted one after another, on one day: signals recorded as facts. */
const reeks = (n: number) =>
  Array.from({ length: n }, () => ({
    type: 'signaal-vastgelegd',
    datum: '2026-09-01',
    rol: 'leerkracht',
    herkomst: 'eigen-waarneming',
    feitelijk: true,
  }));

const dossier = meetSchaal({
  naam: 'meldcode: a logboek of n events, imported with verwerkAlle (work = fold calls)',
  eenheid: 'event',
  maten: [10, 100, 1_000, 10_000],
  meet: (n) => {
    const gebeurtenissen = reeks(n);
    teller.nul();
    bouwDossierInEens(teller.procedure, { id: 'bench', eindverantwoordelijke: 'directeur' }, gebeurtenissen);
    return teller.aantal;
  },
});

/** n meldingen on n/2 children in n/4 households, by n/3 reporters. */
const meldingen = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    jeugdige: `j-${Math.floor(i / 2)}`,
    melder: `m-${i % Math.max(1, Math.floor(n / 3))}`,
    gemeldOp: '2026-10-01',
    geboortedatum: '2016-01-01',
    woonadres: `a-${Math.floor(i / 4)}`,
  }));

const matching = meetSchaal({
  naam: 'meldcode: zoekMatches over n meldingen (work = meldingen)',
  eenheid: 'melding',
  maten: [100, 1_000, 10_000],
  meet: (n) => {
    zoekMatches(meldingen(n), '2026-12-02');
    return n;
  },
});

if (dossier.fouten.length > 0 || matching.fouten.length > 0) process.exitCode = 1;
