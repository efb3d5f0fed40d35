import * as z from 'zod/v4';
import type { Opdracht } from './opdracht.js';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a command's input, generated from its zod schema (`z.toJSONSchema`, the input side:
 * optional fields with a default stay optional). Refinements (a real calendar date, an instant's offset)
 * have no JSON Schema form; their patterns and formats are there, the library checks the rest.
 */
export function invoerJsonSchema(opdracht: Opdracht): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(opdracht.invoerSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return schema;
}
