// Test support for the templates (not exported from the package): a complete set of merge values for a
// template, made of placeholders (no personal data), and one value per field kind.
import { briefSjabloon, type SjabloonId, type VeldSoort } from './sjablonen.js';

/** A valid placeholder value for a field of this kind. */
export function voorbeeldWaarde(soort: VeldSoort, naam: string): string {
  if (soort === 'datum') return '2026-03-02';
  if (soort === 'aantal') return '3';
  return `[${naam}]`;
}

/** Every merge field of a template filled with a placeholder. */
export function alleVelden(id: SjabloonId): Record<string, string> {
  return Object.fromEntries(briefSjabloon(id).velden.map((v) => [v.naam, voorbeeldWaarde(v.soort, v.naam)]));
}
