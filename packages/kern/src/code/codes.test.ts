import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KERN_CODES } from './codes.js';

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return e.name.endsWith('.ts') &&
      !/(test|typetest)\.ts$/.test(e.name) &&
      e.name !== 'voorbeeldprocedure.ts'
      ? [pad]
      : [];
  });
}

describe('kern code catalogue (issue 7 item 6)', () => {
  it('lists every code the source can produce', () => {
    const map = new URL('..', import.meta.url).pathname;
    const gevonden = new Set<string>();
    for (const b of bronbestanden(map)) {
      // code literals outside comments
      const zonderCommentaar = readFileSync(b, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      for (const m of zonderCommentaar.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g))
        gevonden.add(m[1] as string);
    }
    const ontbrekend = [...gevonden].filter((c) => !Object.hasOwn(KERN_CODES, c));
    expect(ontbrekend).toEqual([]);
  });

  it('has a Dutch and an English text for every code', () => {
    for (const [code, o] of Object.entries(KERN_CODES)) {
      expect(o.nl.length, code).toBeGreaterThan(3);
      expect(o.en.length, code).toBeGreaterThan(3);
    }
  });
});
