import { isoDatumSchema } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';

/** `seed-2018` (the package's seed preset) or a policy object in kern's shape; the library checks its shape. */
export function beleidSchema() {
  return z
    .union([
      z
        .literal('seed-2018')
        .meta({ description: "The package's SEED_2018_BELEID preset (veiligheidsplan 2018)." }),
      z.record(z.string(), z.unknown()).meta({ description: "A school's policy in kern's Beleid shape." }),
    ])
    .meta({ description: "A school's policy on top of the statute: the seed preset or a stored policy." });
}

/** An optional date, with a description. */
export function datumVeld(description: string) {
  return isoDatumSchema.optional().meta({ description });
}
