import { expect, it } from 'vitest';
import * as z from 'zod/v4';

/** Every export of a module whose name ends in `Schema`, discovered at run time. */
export function schemasVan(module: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(module).filter(([naam]) => naam.endsWith('Schema')) as [string, z.ZodType][];
}

/**
 * Registers the JSON Schema law for every exported schema of a package (issue 7 item 7): the module exports at
 * least the schemas named in `verwacht` (so a rename is noticed), and each export whose name ends in `Schema`
 * converts with `z.toJSONSchema` and carries a description, so its documentation reaches a vendor's schema.
 */
export function jsonSchemaWetten(module: Record<string, unknown>, verwacht: readonly string[]): void {
  const schemas = schemasVan(module);
  it('finds the schemas of the package', () => {
    expect(verwacht.length).toBeGreaterThan(0);
    expect(schemas.map(([naam]) => naam)).toEqual(expect.arrayContaining([...verwacht]));
  });
  it.each(schemas)('%s converts with z.toJSONSchema and has a description', (_naam, schema) => {
    const json = z.toJSONSchema(schema) as { description?: string };
    expect(json.description).toMatch(/\w/);
  });
}
