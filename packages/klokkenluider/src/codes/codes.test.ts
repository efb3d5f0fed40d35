import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CodeCatalogus, FOUT_CODES, PROCEDURE_CODES, SPOOR_CODES } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import {
  KLOKKENLUIDER_PROBLEEM_CODES,
  KLOKKENLUIDER_REDEN_CODES,
  KLOKKENLUIDER_STAP_CODES,
  KLOKKENLUIDER_TERMIJN_CODES,
} from './codes.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** The package's own catalogues, and kern's for the kernel, error and trace codes the package uses. */
const EIGEN: Record<string, CodeCatalogus<string>> = {
  KLOKKENLUIDER_REDEN_CODES,
  KLOKKENLUIDER_PROBLEEM_CODES,
  KLOKKENLUIDER_TERMIJN_CODES,
  KLOKKENLUIDER_STAP_CODES,
};
const KERN: Record<string, CodeCatalogus<string>> = { FOUT_CODES, PROCEDURE_CODES, SPOOR_CODES };

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return e.name.endsWith('.ts') && !/\.(test|typetest)\.ts$/.test(e.name) ? [pad] : [];
  });
}

/** Every code-like string literal (`'AL_BEVESTIGD'`, or one upper-case word of three letters or more). */
function codeLiteralen(bestanden: readonly string[]): Map<string, string> {
  const gevonden = new Map<string, string>();
  const patronen = [/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g, /'([A-Z][A-Z0-9]{2,})'/g];
  for (const b of bestanden) {
    const tekst = readFileSync(b, 'utf8');
    for (const m of patronen.flatMap((p) => [...tekst.matchAll(p)])) {
      const code = m[1] as string;
      if (!gevonden.has(code)) gevonden.set(code, relative(SRC, b));
    }
  }
  return gevonden;
}

const bestanden = bronbestanden(SRC);
const literalen = codeLiteralen(bestanden);
const inCatalogus = (code: string) =>
  [...Object.values(EIGEN), ...Object.values(KERN)].some((c) => Object.hasOwn(c, code));

describe('codes are a contract: closed unions with a catalogue', () => {
  it('finds the sources and their codes', () => {
    expect(bestanden.length).toBeGreaterThan(10);
    expect(literalen.size).toBeGreaterThan(40);
  });

  it('every code literal in the source is in a catalogue', () => {
    const zonder = [...literalen].filter(([code]) => !inCatalogus(code)).map(([code, b]) => `${code} (${b})`);
    expect(zonder).toEqual([]);
  });

  it("every entry of the package's catalogues is produced by the source (no dead codes)", () => {
    const buiten = codeLiteralen(bestanden.filter((b) => !b.includes(join('codes', 'codes.ts'))));
    for (const [naam, catalogus] of Object.entries(EIGEN))
      expect(
        Object.keys(catalogus).filter((code) => !buiten.has(code)),
        naam,
      ).toEqual([]);
  });

  it('every catalogue entry has a Dutch and an English text with the same placeholders', () => {
    const plekken = (t: string) => [...t.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();
    for (const [naam, catalogus] of Object.entries(EIGEN)) {
      for (const [code, { nl, en }] of Object.entries(catalogus)) {
        expect(nl.trim().length, `${naam}.${code}.nl`).toBeGreaterThan(0);
        expect(en.trim().length, `${naam}.${code}.en`).toBeGreaterThan(0);
        expect(plekken(en), `${naam}.${code}`).toEqual(plekken(nl));
      }
    }
  });
});
