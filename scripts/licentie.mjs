// `prepack` of every published package: copies the repository's LICENSE (EUPL-1.2) into the package folder, so
// the licence travels with every tarball as the EUPL asks (npm always packs a LICENSE at the package root). The
// copy is ignored by git (`packages/*/LICENSE`); the root file is the one to edit.
//
//   node ../../scripts/licentie.mjs      (run from a package folder; npm does this before `npm pack`/`publish`)
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

copyFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'LICENSE'), join(process.cwd(), 'LICENSE'));
