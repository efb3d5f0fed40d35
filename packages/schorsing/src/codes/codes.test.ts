import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOUT_CODES, PROCEDURE_CODES } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { PROBLEEM_CODES, REDEN_CODES, STAP_CODES, TERMIJN_CODES } from './codes.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.typetest.ts')
      ? [pad]
      : [];
  });
}

/** Source text without comments (TSDoc examples mention codes of kern, which kern catalogues). */
function zonderCommentaar(tekst: string): string {
  return tekst.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/[^\n]*/g, '$1');
}

const CODE = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g;

const EIGEN = { REDEN_CODES, PROBLEEM_CODES, TERMIJN_CODES, STAP_CODES } as const;
// Codes of kern the package passes on unchanged (thrown errors, the kernel's problems): catalogued in kern.
const KERN = { FOUT_CODES, PROCEDURE_CODES } as const;

describe('code catalogues (issue 7 item 6)', () => {
  const gevonden = bronbestanden(SRC).flatMap((bestand) =>
    [...zonderCommentaar(readFileSync(bestand, 'utf8')).matchAll(CODE)].map((m) => ({
      code: m[1] as string,
      bestand: relative(SRC, bestand),
    })),
  );

  it('finds the codes in the sources', () => {
    expect(gevonden.length).toBeGreaterThan(100);
  });

  it('catalogues every code-like literal in the non-test sources', () => {
    const catalogi = [...Object.values(EIGEN), ...Object.values(KERN)];
    const ontbrekend = gevonden.filter(({ code }) => !catalogi.some((c) => Object.hasOwn(c, code)));
    expect(ontbrekend).toEqual([]);
  });

  it('gives every entry a Dutch and an English text', () => {
    for (const [naam, catalogus] of Object.entries(EIGEN)) {
      for (const [code, omschrijving] of Object.entries(catalogus)) {
        expect(omschrijving.nl.trim(), `${naam}.${code}.nl`).not.toBe('');
        expect(omschrijving.en.trim(), `${naam}.${code}.en`).not.toBe('');
        expect(omschrijving.en, `${naam}.${code}: English differs from Dutch`).not.toBe(omschrijving.nl);
      }
    }
  });

  it('lists no catalogue entry that the sources never produce', () => {
    const inBron = new Set(gevonden.map((g) => g.code));
    // codes without an underscore do not match the literal pattern; check them by name
    const zonderStreep = (code: string) => !code.includes('_');
    for (const catalogus of Object.values(EIGEN))
      for (const code of Object.keys(catalogus))
        if (!zonderStreep(code)) expect(inBron.has(code), code).toBe(true);
  });

  it('is frozen: a caller cannot change the texts', () => {
    for (const catalogus of Object.values(EIGEN)) expect(Object.isFrozen(catalogus)).toBe(true);
  });
});
