import { defineConfig } from 'tsup';

/** The build every package shares: one entry, ESM and CommonJS with type declarations for both. */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'node20',
});
