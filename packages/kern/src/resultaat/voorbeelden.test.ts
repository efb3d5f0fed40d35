import { deepStrictEqual } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportsZonderVoorbeeld, naarUitvoerbaar, voorbeeldenUit } from '../../../../scripts/doctest.js';
import * as resultaat from './resultaat.js';
import * as schemas from './schemas.js';

// The TSDoc examples of this folder, served from its own modules, so they run before (and whatever) kern's
// index re-exports; src/voorbeelden.test.ts runs them again from the index.
describe('TSDoc @example of resultaat/', () => {
  const map = fileURLToPath(new URL('.', import.meta.url));
  const module = { ...resultaat, ...schemas };
  const voorbeelden = voorbeeldenUit(map);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...args: unknown[]) => Promise<void>;

  it('documents every export with an example', () => {
    expect(voorbeelden.length).toBeGreaterThan(0);
    expect(exportsZonderVoorbeeld(map, module)).toEqual([]);
  });
  it.each(voorbeelden.map((v) => [`${v.bestand.slice(map.length)}:${v.regel}`, v] as const))(
    '%s',
    async (_plek, v) => {
      let asserties = 0;
      const verwacht = (werkelijk: unknown, gewenst: unknown) => {
        asserties++;
        deepStrictEqual(werkelijk, gewenst);
      };
      await new AsyncFunction('__module', '__verwacht', naarUitvoerbaar(v.code))(() => module, verwacht);
      expect(asserties).toBeGreaterThan(0);
    },
  );
});
