import { draaiFixtures } from '@schoolveiligheid/testkit';
import * as pakket from './index.js';

/** A worked case in fixtures/besluiten.json: which decision, with which arguments (`"seed-2018"` for the preset). */
interface Invoer {
  readonly functie:
    | 'wieOefentUit'
    | 'beoordeelKosten'
    | 'magVerstrekken'
    | 'bewaartermijn'
    | 'controleerVerwerking'
    | 'geldigeToestemming';
  readonly argumenten: readonly unknown[];
}

/** Replaces the string `"seed-2018"` in a `beleid` field by the preset. */
function metBeleid(w: unknown): unknown {
  if (Array.isArray(w)) return w.map(metBeleid);
  if (w !== null && typeof w === 'object')
    return Object.fromEntries(
      Object.entries(w).map(([k, v]) => [
        k,
        k === 'beleid' && v === 'seed-2018' ? pakket.SEED_2018_BELEID : metBeleid(v),
      ]),
    );
  return w;
}

// Each case calls one decision and states its outcome and the codes of its reasons, citing its source.
draaiFixtures<Invoer>(new URL('../fixtures/besluiten.json', import.meta.url), (invoer) => {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: each fixture names the decision it calls
  const f = pakket[invoer.functie] as unknown as (...a: unknown[]) => {
    uitkomst: unknown;
    redenen: readonly { code: string }[];
  };
  const b = f(...(metBeleid(invoer.argumenten) as unknown[]));
  const uitkomst =
    invoer.functie === 'bewaartermijn'
      ? (({ bron: _b, ...rest }) => rest)(b.uitkomst as { bron: unknown })
      : b.uitkomst;
  return { uitkomst, redenen: b.redenen.map((r) => r.code) };
});
