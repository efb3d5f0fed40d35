// Runs the `@example` blocks of a package's TSDoc as tests, so the docs cannot drift from the code.
//
// Conventions for an example block (```ts inside an @example tag):
// - `import { a, b as c } from '<pakket>';` and `import * as x from '<pakket>';` are served from the modules
//   passed in (`import type` and `type` names are dropped: types are stripped);
// - a line `expressie; //=> verwacht` asserts deep equality of `expressie` and `verwacht`;
// - everything else runs as written (TypeScript, types are stripped).
import { deepStrictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** One `@example` block found in a source file. */
export interface Voorbeeld {
  /** The file it was found in. */
  readonly bestand: string;
  /** Line of the first code line (1-based). */
  readonly regel: number;
  /** The code, without the comment's leading `*`. */
  readonly code: string;
}

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [pad] : [];
  });
}

/** All example blocks in the TSDoc comments of the `.ts` files under `map`. */
export function voorbeeldenUit(map: string): Voorbeeld[] {
  const uit: Voorbeeld[] = [];
  for (const bestand of bronbestanden(map)) {
    const regels = readFileSync(bestand, 'utf8').split('\n');
    let inVoorbeeld = false;
    let code: string[] | undefined;
    let start = 0;
    regels.forEach((r, i) => {
      const tekst = r.replace(/^\s*\*\s?/, '');
      if (/^\s*\*\s*@example/.test(r)) inVoorbeeld = true;
      else if (/^\s*\*\s*@\w+/.test(r) || /\*\//.test(r)) inVoorbeeld = code !== undefined && inVoorbeeld;
      if (inVoorbeeld && code === undefined && tekst.startsWith('```ts')) {
        code = [];
        start = i + 2;
      } else if (code !== undefined && tekst.startsWith('```')) {
        uit.push({ bestand, regel: start, code: code.join('\n') });
        code = undefined;
        inVoorbeeld = false;
      } else if (code !== undefined) {
        code.push(tekst);
      }
    });
  }
  return uit;
}

/** Turns an example into an async function body: imports from `__modules`, `//=>` into assertions. */
export function naarUitvoerbaar(code: string): string {
  const omgezet = code
    .replace(/import\s+type\s[^;]*?from\s*'[^']+';?/g, '')
    .replace(
      /import\s*\*\s*as\s+(\w+)\s+from\s*'([^']+)';?/g,
      (_m, naam: string, pakket: string) => `const ${naam} = __module(${JSON.stringify(pakket)});`,
    )
    .replace(/import\s*\{([^}]*)\}\s*from\s*'([^']+)';?/g, (_m, namen: string, pakket: string) => {
      const waarden = namen
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith('type '))
        .map((n) => n.replace(/^(\w+)\s+as\s+(\w+)$/, '$1: $2'));
      return `const { ${waarden.join(', ')} } = __module(${JSON.stringify(pakket)});`;
    })
    .split('\n')
    .map((regel) => {
      const m = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/.exec(regel);
      return m ? `${m[1]}__verwacht((${m[2]}), (${m[3]}));` : regel;
    })
    .join('\n');
  return transformSync(omgezet, { loader: 'ts' }).code;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/** Exported values of `module` whose declaration under `map` has no TSDoc `@example`. */
export function exportsZonderVoorbeeld(map: string, module: Record<string, unknown>): string[] {
  const bronnen = bronbestanden(map).map((b) => readFileSync(b, 'utf8'));
  return Object.keys(module).filter((naam) => {
    const declaratie = new RegExp(
      `(/\\*\\*(?:(?!\\*/)[\\s\\S])*?\\*/)\\s*export (?:abstract )?(?:function|const|class) ${naam}\\b`,
    );
    const doc = bronnen.map((b) => declaratie.exec(b)?.[1]).find(Boolean);
    return !doc?.includes('@example');
  });
}

/** Options of {@link draaiVoorbeelden}. */
export interface VoorbeeldOpties {
  /** Title of the `describe` block; default `TSDoc @example`. */
  readonly titel?: string;
  /**
   * The exported values that must each have an `@example` under the folder; default the first module. For a
   * folder whose examples also use exports of other folders: serve them all, check only the folder's own.
   */
  readonly eigen?: Record<string, unknown>;
}

/**
 * Registers one vitest test per example found under `srcMap` (a `file:` URL or path), plus a test that every
 * exported value of the package has an example. `modules` maps package names used in the examples to the
 * modules to serve; the **first** entry is the package under test.
 */
export function draaiVoorbeelden(
  srcMap: URL | string,
  modules: Record<string, unknown>,
  opties: VoorbeeldOpties = {},
): void {
  const map = typeof srcMap === 'string' ? srcMap : fileURLToPath(srcMap);
  const voorbeelden = voorbeeldenUit(map);
  describe(opties.titel ?? 'TSDoc @example', () => {
    it('finds examples to run', () => {
      expect(voorbeelden.length).toBeGreaterThan(0);
    });
    it('documents every exported value with an @example', () => {
      const eigen = opties.eigen ?? (Object.values(modules)[0] as Record<string, unknown>);
      expect(exportsZonderVoorbeeld(map, eigen)).toEqual([]);
    });
    for (const v of voorbeelden) {
      it(`${relative(map, v.bestand)}:${v.regel}`, async () => {
        const module = (naam: string) => {
          if (!(naam in modules)) throw new Error(`Voorbeeld importeert onbekend pakket ${naam}`);
          return modules[naam];
        };
        let asserties = 0;
        const verwacht = (werkelijk: unknown, gewenst: unknown) => {
          asserties++;
          deepStrictEqual(werkelijk, gewenst);
        };
        await new AsyncFunction('__module', '__verwacht', naarUitvoerbaar(v.code))(module, verwacht);
        expect(asserties, 'an example must assert at least one result with //=>').toBeGreaterThan(0);
      });
    }
  });
}
