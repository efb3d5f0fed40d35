import fc from 'fast-check';

/** The global fast-check settings the kit applies: how many runs, and a fixed seed when one is asked for. */
export interface FastCheckInstellingen {
  /** Runs per property. */
  readonly numRuns: number;
  /** Fixed seed (`FC_SEED`), so a run can be repeated exactly; absent: fast-check picks one and prints it. */
  readonly seed?: number;
}

/** Default runs per property on a laptop and under `CI=true`. */
export const STANDAARD_RUNS = { lokaal: 200, ci: 1000 } as const;

function geheelGetal(naam: string, tekst: string, minimum: number): number {
  const waarde = Number(tekst.trim());
  if (tekst.trim() === '' || !Number.isSafeInteger(waarde) || waarde < minimum)
    throw new Error(`${naam} must be a whole number of at least ${minimum}; got ${JSON.stringify(tekst)}.`);
  return waarde;
}

/**
 * The settings for an environment: more runs under `CI` (any value but empty, `0` or `false`) than on a
 * laptop; `FC_NUM_RUNS` overrides both; `FC_SEED` fixes the seed (a 32-bit integer). Throws on a value that is
 * not a number, so a typo never silently runs the default.
 */
export function fastCheckInstellingen(
  env: Readonly<Record<string, string | undefined>>,
): FastCheckInstellingen {
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  const numRuns =
    env.FC_NUM_RUNS === undefined
      ? ci
        ? STANDAARD_RUNS.ci
        : STANDAARD_RUNS.lokaal
      : geheelGetal('FC_NUM_RUNS', env.FC_NUM_RUNS, 1);
  if (env.FC_SEED === undefined) return { numRuns };
  const seed = geheelGetal('FC_SEED', env.FC_SEED, -(2 ** 31));
  if (seed >= 2 ** 31) throw new Error(`FC_SEED must fit in 32 bits; got ${seed}.`);
  return { numRuns, seed };
}

/** Applies {@link fastCheckInstellingen} of `env` globally and returns them. */
export function configureerFastCheck(
  env: Readonly<Record<string, string | undefined>> = process.env,
): FastCheckInstellingen {
  const instellingen = fastCheckInstellingen(env);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), ...instellingen });
  return instellingen;
}
