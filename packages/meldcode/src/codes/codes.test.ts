import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOUT_CODES, PROCEDURE_CODES, VALIDATIE_CODES } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import {
  MELDCODE_PROBLEEM_CODES,
  MELDCODE_REDEN_CODES,
  MELDCODE_STAP_CODES,
  MELDCODE_TERMIJN_CODES,
} from './codes.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [pad] : [];
  });
}

const zonderCommentaar = (tekst: string) =>
  tekst.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/[^\n]*/g, '$1');
const CODE = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g;
const EIGEN = { MELDCODE_REDEN_CODES, MELDCODE_PROBLEEM_CODES, MELDCODE_TERMIJN_CODES, MELDCODE_STAP_CODES };
const KERN = { FOUT_CODES, PROCEDURE_CODES, VALIDATIE_CODES };

describe('code catalogues', () => {
  const gevonden = bronbestanden(SRC).flatMap((bestand) =>
    [...zonderCommentaar(readFileSync(bestand, 'utf8')).matchAll(CODE)].map((m) => ({
      code: m[1] as string,
      bestand: relative(SRC, bestand),
    })),
  );

  it('catalogues every code-like literal in the non-test sources', () => {
    expect(gevonden.length).toBeGreaterThan(50);
    const catalogi = [...Object.values(EIGEN), ...Object.values(KERN)];
    expect(gevonden.filter(({ code }) => !catalogi.some((c) => Object.hasOwn(c, code)))).toEqual([]);
  });

  it('gives every entry a Dutch and a different English text', () => {
    for (const catalogus of Object.values(EIGEN))
      for (const [code, o] of Object.entries(catalogus)) {
        expect(o.nl.trim(), code).not.toBe('');
        expect(o.en, code).not.toBe(o.nl);
      }
  });

  it('lists no entry the sources never produce', () => {
    const inBron = new Set(gevonden.map((g) => g.code));
    for (const catalogus of Object.values(EIGEN))
      for (const code of Object.keys(catalogus)) expect(inBron.has(code), code).toBe(true);
  });

  it('is frozen', () => {
    for (const catalogus of Object.values(EIGEN)) expect(Object.isFrozen(catalogus)).toBe(true);
  });
});
