import { isObjectOfLijst, ongeldigeInvoer } from '../fout/bewaak.js';

/**
 * The receipt on every answer (as MinBZK's regelrecht gives one): which SDK package and release computed
 * it, and a content hash of the calendar and rule data it used. With the same release and the same hash an
 * auditor can reproduce, years later, the answer a parent was given.
 */
export interface Verantwoording {
  /** npm name of the package that computed the answer (`@schoolveiligheid/kern`). */
  readonly pakket: string;
  /** Its version (`0.2.0`). */
  readonly versie: string;
  /** Content hash of the data used (`fnv1a64:` and 16 hex digits): the calendar, or the package's rules. */
  readonly gegevens: string;
}

declare const __PAKKET_VERSIE__: string | undefined;

/** kern's own version, set at build time from its package.json (`0.0.0-bron` when run from source).  *
 * @example
 * ```ts
 * import { kernVersie } from '@schoolveiligheid/kern';
 * typeof kernVersie(); //=> 'string'
 * ```
 */
export function kernVersie(): string {
  return typeof __PAKKET_VERSIE__ === 'string' ? __PAKKET_VERSIE__ : '0.0.0-bron';
}

/** Deepest nesting the SDK reads: JSON deeper than this is refused, not walked. */
const MAX_DIEPTE = 64;

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function canoniek(waarde: unknown, diepte = 0): string {
  if (diepte > MAX_DIEPTE) ongeldigeInvoer(`De gegevens zijn dieper genest dan ${MAX_DIEPTE} niveaus.`);
  if (waarde === null || typeof waarde !== 'object') return JSON.stringify(waarde) ?? 'null';
  if (Array.isArray(waarde)) return `[${waarde.map((w) => canoniek(w, diepte + 1)).join(',')}]`;
  const sleutels = Object.keys(waarde).sort();
  const delen: string[] = [];
  for (const k of sleutels) {
    const v = (waarde as Record<string, unknown>)[k];
    if (v !== undefined && typeof v !== 'function')
      delen.push(`${JSON.stringify(k)}:${canoniek(v, diepte + 1)}`);
  }
  return `{${delen.join(',')}}`;
}

/**
 * Content hash of a JSON value: FNV-1a over the canonical JSON text (keys sorted), 64 bits as two 32-bit
 * halves with different offsets. Not a cryptographic hash: it identifies data, it does not protect it.
 *
 * @example
 * ```ts
 * import { inhoudHash } from '@schoolveiligheid/kern';
 * inhoudHash({ a: 1, b: [2, 3] }) === inhoudHash({ b: [2, 3], a: 1 }); //=> true
 * inhoudHash({ a: 1 }).startsWith('fnv1a64:'); //=> true
 * ```
 */
export function inhoudHash(waarde: unknown): string {
  const tekst = canoniek(waarde);
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `fnv1a64:${hex(h1)}${hex(h2)}`;
}

/**
 * Builds a {@link Verantwoording}.
 *
 * @example
 * ```ts
 * import { verantwoording } from '@schoolveiligheid/kern';
 * verantwoording('@schoolveiligheid/datalek', '0.2.0', 'fnv1a64:0123456789abcdef').versie; //=> '0.2.0'
 * ```
 */
export function verantwoording(pakket: string, versie: string, gegevens: string): Verantwoording {
  return Object.freeze({ pakket, versie, gegevens });
}

const registerHashes = /* @__PURE__ */ new WeakMap<object, string>();

/**
 * The receipt of a package's decision: its name and version and the content hash of its rule registry
 * (computed once per registry; registries are frozen, so the hash cannot go stale).
 *
 * @example
 * ```ts
 * import { regelRegister, registerVerantwoording } from '@schoolveiligheid/kern';
 * const v = registerVerantwoording('@schoolveiligheid/voorbeeld', '1.0.0', regelRegister('voorbeeld', []));
 * v.gegevens.startsWith('fnv1a64:'); //=> true
 * ```
 */
export function registerVerantwoording(
  pakket: string,
  versie: string,
  register: { readonly regels: Readonly<Record<string, unknown>> },
): Verantwoording {
  if (!isObjectOfLijst(register) || !isObjectOfLijst(register.regels))
    ongeldigeInvoer('Geef een register gemaakt met regelRegister.');
  if (typeof pakket !== 'string' || typeof versie !== 'string' || pakket.length > 100 || versie.length > 40)
    ongeldigeInvoer('Pakket en versie zijn korte teksten.');
  let hash = registerHashes.get(register);
  if (hash === undefined) {
    hash = inhoudHash(register.regels);
    if (Object.isFrozen(register)) registerHashes.set(register, hash);
  }
  return verantwoording(pakket, versie, hash);
}
