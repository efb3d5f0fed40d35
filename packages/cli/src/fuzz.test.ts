// The fuzz property over every export of the cli package, discovered at run time (a new export is covered
// without touching this file): no untyped throw, no injected personal data in any message or `details`, the
// same answer under three time zones; fixed seed. The examples give each command the input of a worked case
// with personal text mixed in, and the request and argument shapes the command line and the server take.
import { SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { FUZZ_MARKERS, fuzzExports } from '@schoolveiligheid/testkit';
import { describe } from 'vitest';
import * as cli from './index.js';
import { scenarios } from './testhulp/scenarios.js';

/**
 * The builders: on success `dossier` answers with the caller's own dossier and its state (`voerUit`, and the
 * command line and the server around it), so the echo check does not apply to their `waarde`; their refusals
 * must still never repeat the input.
 */
const BOUWERS = ['voerUit', 'draaiCli', 'behandel'] as const;

const persoonlijk = FUZZ_MARKERS.join(' ');

/** A value with every string replaced by personal text, keys kept. */
function metPersoonlijk(w: unknown): unknown {
  if (typeof w === 'string') return persoonlijk;
  if (Array.isArray(w)) return w.map(metPersoonlijk);
  if (typeof w === 'object' && w !== null)
    return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, metPersoonlijk(v)]));
  return w;
}

const voorbeelden: unknown[][] = scenarios()
  .filter((_s, i) => i % 6 === 0)
  .flatMap((s) => [
    [s.opdracht, s.invoer],
    [s.opdracht, metPersoonlijk(s.invoer)],
    [[s.opdracht, '--invoer', JSON.stringify(metPersoonlijk(s.invoer))]],
    [
      {
        methode: 'POST',
        pad: `/v1/${s.opdracht}`,
        inhoudstype: 'application/json',
        lichaam: JSON.stringify(metPersoonlijk(s.invoer)),
      },
    ],
  ]);
voorbeelden.push(
  ['lijst', {}],
  [['termijn', `--${persoonlijk}`, persoonlijk]],
  [[persoonlijk]],
  [{ methode: persoonlijk, pad: `/v1/${persoonlijk}` }],
);

describe('fuzz: every export of cli', () => {
  fuzzExports(cli, {
    foutKlasse: SchoolveiligheidFout,
    bouwers: BOUWERS,
    voorbeelden,
    runs: process.env.CI ? 100 : 40,
  });
});
