import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { configureerFastCheck, fastCheckInstellingen, STANDAARD_RUNS } from './instellingen.js';

describe('fastCheckInstellingen', () => {
  const voor = fc.readConfigureGlobal();
  afterEach(() => fc.configureGlobal(voor));

  it('runs more cases under CI, FC_NUM_RUNS overrides both', () => {
    expect(fastCheckInstellingen({})).toEqual({ numRuns: STANDAARD_RUNS.lokaal });
    expect(fastCheckInstellingen({ CI: 'true' })).toEqual({ numRuns: STANDAARD_RUNS.ci });
    expect(fastCheckInstellingen({ CI: 'false' })).toEqual({ numRuns: STANDAARD_RUNS.lokaal });
    expect(fastCheckInstellingen({ CI: 'true', FC_NUM_RUNS: '25' })).toEqual({ numRuns: 25 });
  });

  it('FC_SEED fixes the seed, so a run repeats exactly', () => {
    expect(fastCheckInstellingen({ FC_SEED: '-42' })).toEqual({ numRuns: STANDAARD_RUNS.lokaal, seed: -42 });
    configureerFastCheck({ FC_SEED: '1234', FC_NUM_RUNS: '5' });
    const eerste = fc.sample(fc.integer());
    const tweede = fc.sample(fc.integer());
    expect(tweede).toEqual(eerste);
  });

  it('refuses values that are not whole numbers rather than running the default', () => {
    expect(() => fastCheckInstellingen({ FC_NUM_RUNS: 'veel' })).toThrow(/FC_NUM_RUNS/);
    expect(() => fastCheckInstellingen({ FC_NUM_RUNS: '0' })).toThrow(/FC_NUM_RUNS/);
    expect(() => fastCheckInstellingen({ FC_SEED: '1.5' })).toThrow(/FC_SEED/);
    expect(() => fastCheckInstellingen({ FC_SEED: String(2 ** 31) })).toThrow(/32 bits/);
  });
});
