import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import gedeeld from '../../vitest.shared.js';

// The kit is tested against kern's sources (its own tests use kern's example procedure by relative path), so
// kern needs no build first and the kit and the example share one copy of kern.
export default mergeConfig(gedeeld, {
  resolve: {
    alias: { '@schoolveiligheid/kern': fileURLToPath(new URL('../kern/src/index.ts', import.meta.url)) },
  },
});
