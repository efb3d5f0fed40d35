import { describe, expect, it } from 'vitest';
import { naarUitvoerbaar } from './doctest.js';

describe('naarUitvoerbaar', () => {
  it('serves named, renamed and namespace imports from the given modules and drops type imports', () => {
    const code = naarUitvoerbaar(
      [
        "import { a, b as c, type T } from 'pakket';",
        "import * as z from 'zod/v4';",
        "import type { U } from 'pakket';",
        'a + c; //=> 3',
      ].join('\n'),
    );
    expect(code).toContain('const { a, b: c } = __module("pakket");');
    expect(code).toContain('const z = __module("zod/v4");');
    expect(code).not.toContain('import');
    expect(code).toContain('__verwacht(a + c, 3);');
  });
});
