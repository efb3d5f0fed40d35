// The scaling measurement of `npm run bench` (issue 8: "the scaling ratios are printed by npm run bench and
// stay linear"). Tests count work; this prints wall-clock ratios next to the counted work, never in a test.
import fc from 'fast-check';

/** One size to measure: `meet(n)` does the work once and says how much it counted (folds, dossiers read). */
export interface SchaalOpties {
  /** What is measured, for the table header ("datalek: a dossier of n events, built with verwerkJson"). */
  readonly naam: string;
  /** The unit of n ("event", "dossier"). */
  readonly eenheid: string;
  /** The sizes, smallest first; the ratios are taken against the second (the first carries fixed costs). */
  readonly maten: readonly number[];
  /** Does the work for size n once and returns the counted work (for example fold calls). */
  readonly meet: (n: number) => number;
  /** The counted work must be exactly `werkPerEenheid * n`; default 1 (each event folds once). */
  readonly werkPerEenheid?: number;
  /** The largest allowed growth of the time per unit against the reference size; default 3 (linear). */
  readonly maxGroei?: number;
}

/** One measured size. */
export interface SchaalRij {
  readonly n: number;
  readonly werk: number;
  readonly msMediaan: number;
  readonly usPerEenheid: number;
  readonly verhouding: number;
}

/** The outcome: the table and what broke linearity (empty when it is linear). */
export interface SchaalUitkomst {
  readonly rijen: readonly SchaalRij[];
  readonly fouten: readonly string[];
}

function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function ms(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Measures `opties.meet` at every size: a warm-up, then repeated runs (at least 3, more for small sizes until
 * about 300 ms) and their median time. Prints a table of n, counted work, median ms, µs per unit and the ratio
 * of the time per unit to the reference size (the second size), and returns what broke the contract: counted
 * work other than `werkPerEenheid * n` (deterministic), or a time per unit that grew more than `maxGroei`
 * times (super-linear).
 */
export function meetSchaal(opties: SchaalOpties): SchaalUitkomst {
  const maxGroei = opties.maxGroei ?? 3;
  const werkPerEenheid = opties.werkPerEenheid ?? 1;
  const fouten: string[] = [];
  const gemeten = opties.maten.map((n) => {
    let werk = opties.meet(n);
    const tijden: number[] = [];
    let totaal = 0;
    while (tijden.length < 3 || (totaal < 300 && tijden.length < 1000)) {
      const t = ms(() => {
        werk = opties.meet(n);
      });
      tijden.push(t);
      totaal += t;
    }
    if (werk !== werkPerEenheid * n)
      fouten.push(`n = ${n}: counted work ${werk}, expected ${werkPerEenheid * n}`);
    return { n, werk, msMediaan: mediaan(tijden) };
  });
  const referentie = gemeten[Math.min(1, gemeten.length - 1)];
  const refPerEenheid = referentie ? referentie.msMediaan / referentie.n : 0;
  const rijen = gemeten.map((m) => {
    const perEenheid = m.msMediaan / m.n;
    const verhouding = refPerEenheid > 0 ? perEenheid / refPerEenheid : 1;
    if (m.n >= (referentie?.n ?? 0) && verhouding > maxGroei)
      fouten.push(
        `n = ${m.n}: time per ${opties.eenheid} is ${verhouding.toFixed(2)}x that at n = ${referentie?.n}`,
      );
    return { ...m, usPerEenheid: perEenheid * 1000, verhouding };
  });
  console.log(`\n${opties.naam}`);
  console.log(
    `${'n'.padStart(9)} ${'work'.padStart(9)} ${'median ms'.padStart(11)} ${`µs/${opties.eenheid}`.padStart(12)} ratio`,
  );
  for (const r of rijen)
    console.log(
      `${String(r.n).padStart(9)} ${String(r.werk).padStart(9)} ${r.msMediaan.toFixed(2).padStart(11)} ${r.usPerEenheid.toFixed(2).padStart(12)} ${r.verhouding.toFixed(2)}x`,
    );
  console.log(fouten.length ? `NOT LINEAR: ${fouten.join('; ')}` : `linear: every ratio within ${maxGroei}x`);
  return { rijen, fouten };
}

/**
 * The first sample of `reeks(n)` at a fixed seed, memoised per n: the same events in every run of the bench.
 */
export function vasteReeks(
  reeks: (n: number) => fc.Arbitrary<readonly unknown[]>,
): (n: number) => readonly unknown[] {
  const gezien = new Map<number, readonly unknown[]>();
  return (n) => {
    let r = gezien.get(n);
    if (!r) {
      r = fc.sample(reeks(n), { seed: 20261202, numRuns: 1 })[0] ?? [];
      gezien.set(n, r);
    }
    return r;
  };
}

/** The part of a procedure the bench builds with. */
interface Bouwer<D> {
  nieuwDossier(kop: never): { ok: true; waarde: D } | { ok: false };
  verwerkJson(
    d: D,
    g: unknown,
  ): { ok: true; waarde: D } | { ok: false; problemen: readonly { code: string }[] };
  verwerkAlle(
    d: D,
    lijst: unknown,
  ): { ok: true; waarde: D } | { ok: false; problemen: readonly { code: string }[] };
}

/** A dossier built event by event with `verwerkJson`, as a vendor appends them; throws on a refusal. */
export function bouwDossier<D>(p: Bouwer<D>, kop: unknown, gebeurtenissen: readonly unknown[]): D {
  const leeg = p.nieuwDossier(kop as never);
  if (!leeg.ok) throw new Error('the header was refused');
  let d = leeg.waarde;
  for (const g of gebeurtenissen) {
    const r = p.verwerkJson(d, g);
    if (!r.ok) throw new Error(r.problemen.map((x) => x.code).join());
    d = r.waarde;
  }
  return d;
}

/** A dossier built from all its events in one batch with `verwerkAlle`, as an import does; throws on a refusal. */
export function bouwDossierInEens<D>(p: Bouwer<D>, kop: unknown, gebeurtenissen: readonly unknown[]): D {
  const leeg = p.nieuwDossier(kop as never);
  if (!leeg.ok) throw new Error('the header was refused');
  const r = p.verwerkAlle(leeg.waarde, gebeurtenissen);
  if (!r.ok) throw new Error(r.problemen.map((x) => x.code).join());
  return r.waarde;
}
