import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import * as pakket from './index.js';

/** Every export of the package whose name ends in `Schema`, discovered at run time. */
const schemas = Object.entries(pakket).filter(([naam]) => naam.endsWith('Schema')) as [string, z.ZodType][];

describe('JSON Schema of every exported schema', () => {
  it('finds schemas to check', () => {
    expect(schemas.length).toBeGreaterThan(0);
  });

  it.each(schemas)('%s converts with z.toJSONSchema', (_naam, schema) => {
    expect(() => z.toJSONSchema(schema)).not.toThrow();
  });
});
