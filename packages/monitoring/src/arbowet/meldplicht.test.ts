import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { arbowetMeldplicht, type Ongeval } from './meldplicht.js';

interface Invoer {
  readonly ongeval: Ongeval;
  readonly beleid?: 'seed-2018';
}

// Worked cases of the issue, each citing its source (fixtures/meldplicht.json).
draaiFixtures<Invoer>(new URL('../../fixtures/meldplicht.json', import.meta.url), (invoer) => {
  const b = arbowetMeldplicht(invoer.ongeval, invoer.beleid ? { beleid: SEED_2018_BELEID } : {});
  const { valtOnderArtikel9, meldplichtig, meldenVanaf, opLijst } = b.uitkomst;
  return { valtOnderArtikel9, meldplichtig, meldenVanaf, opLijst, redenen: b.redenen.map((r) => r.code) };
});

describe('arbowetMeldplicht', () => {
  it('refuses a malformed accident with a typed error', () => {
    expect(() => arbowetMeldplicht({ datum: 'gisteren' } as unknown as Ongeval)).toThrow(/voldoet niet/);
  });
});
