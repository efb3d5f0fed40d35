import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import gedeeld from '../../vitest.shared.js';

// kern's tests use the test kit, which imports kern: point it at kern's source, so the tests never need a
// build of kern first (a clean clone runs `test` before kern's own `build`).
export default mergeConfig(gedeeld, {
  resolve: {
    alias: { '@schoolveiligheid/kern': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
});
