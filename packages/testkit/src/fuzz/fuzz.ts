// The fuzz property of issue 8: every export of a package, discovered at run time, called with data as a
// vendor's database may deliver it. No untyped throw, no injected personal data in any message, `details`,
// `melding` or `tekst`, the same result under three time zones.
import fc from 'fast-check';
import { expect, it } from 'vitest';

/** Fake personal data injected into the inputs; none may come back in a message. */
export const FUZZ_MARKERS = ['111222333', 'Jan Jansen', 'jan.jansen@example.nl', '06-12345678'] as const;

const persoonlijk = fc.constantFrom(
  'Jan Jansen 111222333',
  'mail jan.jansen@example.nl',
  'bel 06-12345678',
  '1900-01-01 Jan Jansen 111222333',
  '2026-10-23T14:30:00+99:99 jan.jansen@example.nl',
);

const rare = fc.constantFrom<unknown>(
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  0,
  1.5,
  1e9,
  '',
  '5',
  '2026-02-30',
  '0050-06-15',
  '9999-12-31',
  '2026-10-23T14:30:00+99:99',
  '2026-11-23',
  '2026-11-23T09:00:00+01:00',
  { aantal: 'zes', eenheid: 'weken' },
  { aantal: 1e9, eenheid: 'weken' },
  { regio: 'noord' },
  { provincie: 5 },
  { gebeurtenissen: null },
  { gebeurtenissen: [null] },
  [],
  {},
  true,
);

/** JSON-like input with personal text, wrong types and far-away dates mixed in. */
export const fuzzWaarde: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  waarde: fc.oneof(
    { depthSize: 'small' },
    rare,
    persoonlijk,
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.double(),
    fc.array(tie('waarde'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'type',
        'datum',
        'tijdstip',
        'id',
        'regio',
        'kop',
        'gebeurtenissen',
        'naam',
        'reden',
        'omschrijving',
        'aantal',
        'eenheid',
        'peildatum',
        'provincie',
      ),
      tie('waarde'),
      { maxKeys: 4 },
    ),
  ),
})).waarde;

const TIJDZONES = ['UTC', 'Europe/Amsterdam', 'Pacific/Kiritimati'] as const;

interface Uitkomst {
  readonly soort: 'waarde' | 'fout';
  readonly tekst: string;
}

function isKlasse(f: unknown): boolean {
  return typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/** Every string under a message-like key (melding, tekst, message, details), recursively, bounded. */
function berichten(w: unknown, uit: string[] = [], diepte = 0, sleutel = ''): string[] {
  if (diepte > 12 || uit.length > 500) return uit;
  if (typeof w === 'string') {
    if (/^(melding|tekst|message|details|omschrijving|waarschuwingen|naam)$/.test(sleutel)) uit.push(w);
  } else if (Array.isArray(w)) {
    for (const x of w.slice(0, 200)) berichten(x, uit, diepte + 1, sleutel);
  } else if (w !== null && typeof w === 'object') {
    for (const [k, v] of Object.entries(w).slice(0, 200))
      berichten(v, uit, diepte + 1, /^\d+$/.test(k) ? sleutel : k);
  }
  return uit;
}

/** What an export may repeat of its input: nothing, its successful `waarde` (a builder), or all (a problem builder). */
type EchoMag = 'niets' | 'waarde' | 'alles';

/** The problems of a refused `Resultaat` as one text (nothing for anything else). */
function weigering(r: unknown): string[] {
  const w = r as { ok?: unknown; problemen?: unknown } | null;
  return w !== null && typeof w === 'object' && w.ok === false ? [safeJson(w.problemen)] : [];
}

function roep(
  f: (...a: unknown[]) => unknown,
  args: unknown[],
  foutKlasse: new (...a: never[]) => Error,
  echo: EchoMag,
): Uitkomst {
  let r: unknown;
  try {
    r = f(...args);
    if (
      r !== null &&
      typeof r === 'object' &&
      Symbol.iterator in r &&
      typeof (r as { next?: unknown }).next === 'function'
    ) {
      const items: unknown[] = [];
      for (const x of r as Iterable<unknown>) if (items.push(x) >= 20) break;
      r = items;
    }
  } catch (e) {
    expect(e, `untyped throw: ${(e as Error)?.name}: ${(e as Error)?.message}`).toBeInstanceOf(foutKlasse);
    const fout = e as Error & { code?: unknown; details?: unknown };
    expect(typeof fout.code).toBe('string');
    const tekst = `${fout.message} ${safeJson(fout.details)}`;
    for (const p of FUZZ_MARKERS) expect(tekst, `${p} echoed in an error`).not.toContain(p);
    return { soort: 'fout', tekst: String(fout.code) };
  }
  // a builder may return the caller's own data on success; its refusal (code, pad, melding, parameters) never
  const gecontroleerd = echo === 'alles' ? [] : echo === 'waarde' ? weigering(r) : berichten(r);
  for (const m of gecontroleerd)
    for (const p of FUZZ_MARKERS) expect(m, `${p} echoed in a message`).not.toContain(p);
  return { soort: 'waarde', tekst: safeJson(r) };
}

function safeJson(w: unknown): string {
  try {
    return JSON.stringify(w, (_k, v) => (typeof v === 'function' ? '[functie]' : v)) ?? 'undefined';
  } catch {
    return '[niet-serialiseerbaar]';
  }
}

function onderTijdzone<T>(tz: string, f: () => T): T {
  const vorige = process.env.TZ;
  process.env.TZ = tz;
  try {
    return f();
  } finally {
    if (vorige === undefined) delete process.env.TZ;
    else process.env.TZ = vorige;
  }
}

/** Options of {@link fuzzExports}. */
export interface FuzzOpties {
  /** The package's typed error class (kern's `SchoolveiligheidFout`). */
  readonly foutKlasse: new (
    ...a: never[]
  ) => Error;
  /** Runs per export; default 60 (200 on CI). */
  readonly runs?: number;
  /** Exports to leave out, with the reason in a comment at the call site. */
  readonly behalve?: readonly string[];
  /**
   * Builders that return what the caller gave them by design (`ok`, `besluit`, a validated letter or
   * dossier): checked for typed throws and time zones; only their refusals (`{ ok: false, problemen }`) are
   * checked for echo, since a successful `waarde` is the caller's own data.
   */
  readonly bouwers?: readonly string[];
  /**
   * Builders of refusals (kern's `probleem`, `problemen`): a package author passes them its own message, so
   * they are checked for typed throws and time zones only.
   */
  readonly probleemBouwers?: readonly string[];
  /** Explicit argument lists tried on every export before the random ones. */
  readonly voorbeelden?: readonly unknown[][];
}

/** A 10 MB string and a 5,000-level nested array: the two inputs that cost the most. */
export function zwareInvoer(): unknown[][] {
  let diep: unknown = 'Jan Jansen';
  for (let i = 0; i < 5_000; i++) diep = [diep];
  const groot = `${'a'.repeat(10_000_000)} Jan Jansen`;
  return [[groot], [diep], [{ omschrijving: groot }], [{ reden: diep }]];
}

/**
 * Registers one vitest case per function export of `module`: called with fuzzed arguments (and the given
 * and heavy examples), it never throws anything but the typed error, never echoes the injected personal data in a
 * message, and answers the same under UTC, Europe/Amsterdam and Pacific/Kiritimati. Fixed seed.
 */
export function fuzzExports(module: Record<string, unknown>, opties: FuzzOpties): void {
  const runs = opties.runs ?? (process.env.CI ? 200 : 60);
  const voorbeelden = [...(opties.voorbeelden ?? []), ...zwareInvoer()];
  it('finds every builder among the function exports', () => {
    for (const naam of [...(opties.bouwers ?? []), ...(opties.probleemBouwers ?? [])])
      expect(typeof module[naam], naam).toBe('function');
  });
  for (const [naam, waarde] of Object.entries(module)) {
    if (typeof waarde !== 'function' || isKlasse(waarde) || opties.behalve?.includes(naam)) continue;
    const f = waarde as (...a: unknown[]) => unknown;
    it(`${naam}: no untyped throw, no echo, same in three time zones`, () => {
      const controleer = (args: unknown[]) => {
        const echoMag: EchoMag = opties.probleemBouwers?.includes(naam)
          ? 'alles'
          : opties.bouwers?.includes(naam)
            ? 'waarde'
            : 'niets';
        const [eerste, ...rest] = TIJDZONES.map((tz) =>
          onderTijdzone(tz, () => roep(f, args, opties.foutKlasse, echoMag)),
        );
        for (const r of rest) expect(r, `${naam} differs between time zones`).toEqual(eerste);
      };
      for (const args of voorbeelden) controleer(args);
      fc.assert(
        fc.property(fc.array(fuzzWaarde, { maxLength: 3 }), (args) => controleer(args)),
        { numRuns: runs, seed: 20261202 },
      );
    });
  }
}
