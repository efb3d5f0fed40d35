import { defineConfig, type Options } from 'tsup';
import gedeeld from '../../tsup.config.base.js';

/**
 * The shared build (ESM and CommonJS of `src/index.ts`, with declarations), plus the command-line entry
 * `src/bin.ts` as `dist/bin.js`: ESM only, with the `#!/usr/bin/env node` line npm needs for `bin`.
 */
export default defineConfig((opties) => {
  const basis = (gedeeld as (o: Options) => Options[])(opties);
  // the ESM build's options without its onSuccess (the JSON Schemas are written once, after index.js)
  const { onSuccess: _eenmaal, ...esm } = basis[0] as Options;
  return [
    ...basis,
    {
      ...esm,
      entry: { bin: 'src/bin.ts' },
      format: ['esm'],
      dts: false,
      banner: { js: '#!/usr/bin/env node' },
    },
  ];
});
