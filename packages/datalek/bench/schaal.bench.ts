// Benchmark (issue 8): the cost of a datalek dossier and of the register grows linearly with the data.
//
// Run: `npm run bench` (builds first). It measures the built package (`dist`, what vendors run):
// - a dossier of n = 10 to 10,000 events imported with `verwerkAlle` (the kernel folds each event once: counted
//   with the test kit's `telVouwen`, and must be exactly n; the list is copied once, where n single appends
//   copy the frozen list n times);
// - `registerExport` over a streamed register of n = 10^3 to 10^6 dossiers (each dossier read once: counted);
// - the register of every breach as CSV (`registerCsvRegels`, issue 10 item 3) over the same register (each dossier
//   read once, one line each: counted).
// The table prints the median time, the time per unit and its ratio to the second size; the exit code is
// non-zero when a count is off or the time per unit grows more than 3x (super-linear). Times are printed for
// information; the tests count work and never time it.
import { datalekProcedure, registerCsvRegels, registerExport } from '@schoolveiligheid/datalek';
import { bouwDossier, bouwDossierInEens, meetSchaal, telVouwen, vasteReeks } from '@schoolveiligheid/testkit';
import { reeksArb } from '../src/dossier/arbitraries.js';

const teller = telVouwen(datalekProcedure);
const reeks = vasteReeks(reeksArb);

const dossier = meetSchaal({
  naam: 'datalek: a dossier of n events, imported with verwerkAlle (work = fold calls)',
  eenheid: 'event',
  maten: [10, 100, 1_000, 10_000],
  meet: (n) => {
    const gebeurtenissen = reeks(n);
    teller.nul();
    bouwDossierInEens(teller.procedure, { id: 'dl-bench' }, gebeurtenissen);
    return teller.aantal;
  },
});

// built with the package's own procedure, so registerExport reads their cached state as in production
const zeven = [3, 5, 7, 9, 11, 13, 15].map((n) => bouwDossier(datalekProcedure, { id: `dl-${n}` }, reeks(n)));
let gelezen = 0;
function* register(n: number) {
  for (let i = 0; i < n; i++) {
    gelezen++;
    yield zeven[i % zeven.length] as (typeof zeven)[number];
  }
}

const registerUitkomst = meetSchaal({
  naam: 'datalek: registerExport over a streamed register of n dossiers (work = dossiers read)',
  eenheid: 'dossier',
  maten: [1_000, 10_000, 100_000, 1_000_000],
  meet: (n) => {
    gelezen = 0;
    registerExport(register(n));
    return gelezen;
  },
});

const csvUitkomst = meetSchaal({
  naam: 'datalek: registerCsvRegels over a streamed register of n dossiers (work = dossiers read)',
  eenheid: 'dossier',
  maten: [1_000, 10_000, 100_000, 1_000_000],
  meet: (n) => {
    gelezen = 0;
    let regels = 0;
    for (const _regel of registerCsvRegels(register(n))) regels++;
    if (regels !== n + 1) throw new Error(`${regels} lines for ${n} dossiers`);
    return gelezen;
  },
});

if (dossier.fouten.length + registerUitkomst.fouten.length + csvUitkomst.fouten.length > 0)
  process.exitCode = 1;
