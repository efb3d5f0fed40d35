import {
  type Dossier,
  type Overgang,
  type Probleem,
  procedure,
  type Resultaat,
  type Tijdstip,
} from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSdkFout, ofFout } from '../fout/fout.js';
import { tijdstip } from '../generatoren/datum.js';
import { alleTeksten, gevondenPersoonsgegevens, metPersoonlijkeTekst } from '../generatoren/persoonlijk.js';

/** What {@link dossierWetten} needs besides the procedure: generators of headers, event lists and instants. */
export interface DossierWettenOpties<O = unknown> {
  /** Headers as a vendor stores them; mostly valid ones, so that dossiers get built. */
  readonly kop: fc.Arbitrary<unknown>;
  /**
   * Event lists as a vendor stores them. Mostly valid, in time order, and reaching a closed dossier now and
   * then; invalid and out-of-order events are welcome too: the laws build each dossier event by event and keep
   * the events the procedure accepts.
   */
  readonly gebeurtenissen: fc.Arbitrary<readonly unknown[]>;
  /** The `nu` given to `openTermijnen`; default {@link tijdstip}. */
  readonly nu?: fc.Arbitrary<Tijdstip>;
  /** Options given to `openTermijnen` and `volgendeStappen`; default none. */
  readonly opties?: fc.Arbitrary<O>;
  /**
   * For the fold count ({@link vouwWetten}): exactly `n` events the procedure accepts one after another from
   * a header of `kop`. Without it the fold law is not registered.
   */
  readonly reeks?: (n: number) => fc.Arbitrary<readonly unknown[]>;
  /** Dossier sizes for the fold count; default 10, 100 and 1000. */
  readonly lengtes?: readonly number[];
}

/**
 * A procedure built on kern's `procedure()`, seen without the types of its header, events, state and codes, so
 * the laws can feed it anything; `O` is the type of its options. Every `Procedure<K, G, S, O, ...>` is one (the
 * members are methods, so their parameters compare both ways).
 */
interface OnderTest<O = unknown> {
  readonly definitie: {
    readonly naam: string;
    readonly versie: number;
    moment?(g: unknown): number;
    gesloten?(toestand: unknown): boolean;
  };
  nieuwDossier(kop: unknown): Resultaat<Dossier<unknown, unknown>>;
  verwerk(dossier: unknown, gebeurtenis: unknown): Resultaat<Dossier<unknown, unknown>>;
  verwerkJson(dossier: unknown, gebeurtenis: unknown): Resultaat<Dossier<unknown, unknown>>;
  verwerkAlle(dossier: unknown, gebeurtenissen: unknown): Resultaat<Dossier<unknown, unknown>>;
  herspeel(kop: unknown, gebeurtenissen: unknown): Resultaat<Dossier<unknown, unknown>>;
  leesDossier(json: unknown): Resultaat<Dossier<unknown, unknown>>;
  toestand(dossier: unknown): Resultaat<unknown>;
  openTermijnen(dossier: unknown, nu: Tijdstip, opties?: O): unknown[];
  volgendeStappen(dossier: unknown, opties?: O): unknown[];
  openTermijnenVanAlle(bron: Iterable<unknown>, nu: Tijdstip, opties?: O): Iterable<unknown>;
}

export { isSdkFout };

const codes = (r: Resultaat<unknown>): string[] => (r.ok ? [] : r.problemen.map((p) => p.code));

/** Checks the shape of problems: a code, a path of keys and indexes, a message. */
function controleerVorm(problemen: readonly Probleem[], waar: string): void {
  expect(Array.isArray(problemen), `${waar}: problemen is a list`).toBe(true);
  expect(problemen.length, `${waar}: a refusal names at least one problem`).toBeGreaterThan(0);
  for (const p of problemen) {
    expect(typeof p.code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(p.code), `${waar}: code ${p.code}`).toBe(
      true,
    );
    expect(Array.isArray(p.pad), `${waar}: pad is a list`).toBe(true);
    for (const stap of p.pad) expect(['string', 'number'], `${waar}: pad entry`).toContain(typeof stap);
    expect(typeof p.melding === 'string' && p.melding.length > 0, `${waar}: melding`).toBe(true);
  }
}

interface Opgebouwd {
  /** The dossier of all accepted events; absent when the header was refused. */
  readonly dossier?: Dossier<unknown, unknown>;
  /** Every problem met on the way (header refused, events refused). */
  readonly problemen: readonly Probleem[];
  /** Events offered while the dossier was closed. */
  readonly naSluiten: number;
}

/**
 * Builds a dossier the way a vendor's application does: open it with `kop`, then offer each stored event in
 * turn (`verwerkJson`), keeping those the procedure accepts. While the dossier is closed every event must be
 * refused.
 */
function bouw(p: OnderTest, kop: unknown, lijst: readonly unknown[]): Opgebouwd {
  const start = p.nieuwDossier(kop);
  if (!start.ok) return { problemen: start.problemen, naSluiten: 0 };
  let dossier = start.waarde;
  const problemen: Probleem[] = [];
  let naSluiten = 0;
  for (const g of lijst) {
    const dicht = isGesloten(p, dossier);
    const r = p.verwerkJson(dossier, g);
    if (dicht) {
      naSluiten++;
      expect(r.ok, 'a closed dossier refuses every event').toBe(false);
    }
    if (r.ok) dossier = r.waarde;
    else problemen.push(...r.problemen);
  }
  return { dossier, problemen, naSluiten };
}

function isGesloten(p: OnderTest, dossier: Dossier<unknown, unknown>): boolean {
  const t = p.toestand(dossier);
  return t.ok && p.definitie.gesloten?.(t.waarde) === true;
}

const isObject = (w: unknown): w is Record<string, unknown> =>
  typeof w === 'object' && w !== null && !Array.isArray(w);

/** The generic dossier laws of one procedure, each a function that runs its property and throws on failure. */
export interface DossierWetControles {
  /** `herspeel` twice gives equal dossiers, equal to the one built event by event. */
  readonly herspeelIsDeterministisch: () => void;
  /** `leesDossier(JSON.parse(JSON.stringify(d)))` equals `d`, and so does reading the text. */
  readonly overleeftJson: () => void;
  /** `definitie.moment` never decreases; an earlier event is refused with its index in `pad`. Absent without `moment`. */
  readonly tijdsvolgorde?: () => void;
  /** A closed dossier refuses every event. Absent without `gesloten`. */
  readonly geslotenWeigert?: () => void;
  /**
   * `verwerkAlle(d, lijst)` equals appending the events one by one with `verwerkJson`, or refuses with the
   * problems of the first refused event, its `pad` starting with that event's index in the batch.
   */
  readonly alleIsStapVoorStap: () => void;
  /** No kernel function throws on arbitrary values, except documented `SchoolveiligheidFout`s. */
  readonly gooitNooit: () => void;
  /** No injected personal text comes back in problems, terms, steps or the batch sweep. */
  readonly echootGeenPersoonsgegevens: () => void;
}

/**
 * The generic dossier laws as functions (see {@link dossierWetten}, which registers them as tests): for a
 * test of the laws themselves, or to run one law with other settings.
 */
export function dossierWetControles<O>(p: OnderTest<O>, opties: DossierWettenOpties<O>): DossierWetControles {
  const { kop, gebeurtenissen } = opties;
  const nu = opties.nu ?? tijdstip();
  const optiesArb: fc.Arbitrary<O | undefined> = opties.opties ?? fc.constant(undefined);
  const { naam, moment, gesloten } = p.definitie;

  const herspeelIsDeterministisch = () => {
    let gebouwd = 0;
    fc.assert(
      fc.property(kop, gebeurtenissen, (k, lijst) => {
        expect(p.herspeel(k, lijst)).toStrictEqual(p.herspeel(k, lijst));
        const { dossier: d } = bouw(p, k, lijst);
        if (!d) return;
        gebouwd++;
        const a = p.herspeel(d.kop, d.gebeurtenissen);
        const b = p.herspeel(structuredClone(d.kop), structuredClone(d.gebeurtenissen));
        expect(a.ok, `herspeel of accepted events: ${codes(a).join(', ')}`).toBe(true);
        expect(b).toStrictEqual(a);
        if (!a.ok) return;
        expect(a.waarde).toStrictEqual(d);
        expect(p.toestand(a.waarde)).toStrictEqual(p.toestand(d));
      }),
    );
    expect(gebouwd, 'the kop generator never gave a header the procedure accepts').toBeGreaterThan(0);
  };

  const overleeftJson = () => {
    fc.assert(
      fc.property(kop, gebeurtenissen, (k, lijst) => {
        const { dossier: d } = bouw(p, k, lijst);
        if (!d) return;
        const gelezen = p.leesDossier(JSON.parse(JSON.stringify(d)));
        expect(gelezen.ok, `leesDossier of a stored dossier: ${codes(gelezen).join(', ')}`).toBe(true);
        if (!gelezen.ok) return;
        expect(gelezen.waarde).toStrictEqual(d);
        expect(p.toestand(gelezen.waarde)).toStrictEqual(p.toestand(d));
        expect(p.leesDossier(JSON.stringify(d))).toStrictEqual(gelezen);
      }),
    );
  };

  const tijdsvolgorde = () => {
    const m = moment!;
    let geweigerd = 0;
    fc.assert(
      fc.property(kop, gebeurtenissen, (k, lijst) => {
        const { dossier: d } = bouw(p, k, lijst);
        if (!d || d.gebeurtenissen.length === 0) return;
        const momenten = d.gebeurtenissen.map((g) => m(g));
        for (let i = 1; i < momenten.length; i++)
          expect(momenten[i], `moment of event ${i}`).toBeGreaterThanOrEqual(momenten[i - 1]!);
        const laatste = momenten.at(-1)!;
        const i = momenten.findIndex((x) => x < laatste);
        if (i < 0) return;
        geweigerd++;
        const eerder = d.gebeurtenissen[i];
        const r = p.verwerk(d, eerder);
        expect(r.ok, 'an event earlier than the last is refused').toBe(false);
        const c = codes(r);
        expect(c.includes('GEBEURTENIS_VOOR_VORIGE') || c.includes('DOSSIER_GESLOTEN'), c.join(', ')).toBe(
          true,
        );
        const n = d.gebeurtenissen.length;
        const h = p.herspeel(d.kop, [...d.gebeurtenissen, eerder]);
        expect(h.ok).toBe(false);
        if (!h.ok)
          for (const probleem of h.problemen)
            expect(probleem.pad.slice(0, 2), 'the problem names the event index').toEqual([
              'gebeurtenissen',
              n,
            ]);
      }),
    );
    expect(
      geweigerd,
      'the generators never built a dossier with events at different moments',
    ).toBeGreaterThan(0);
  };

  const geslotenWeigert = () => {
    let dicht = 0;
    fc.assert(
      fc.property(kop, gebeurtenissen, (k, lijst) => {
        const { dossier: d } = bouw(p, k, lijst);
        if (!d || !isGesloten(p, d)) return;
        dicht++;
        for (const g of d.gebeurtenissen) {
          for (const r of [p.verwerk(d, g), p.verwerkJson(d, JSON.parse(JSON.stringify(g)))]) {
            expect(r.ok).toBe(false);
            expect(codes(r)).toContain('DOSSIER_GESLOTEN');
          }
        }
        for (const g of lijst) expect(p.verwerkJson(d, g).ok).toBe(false);
      }),
    );
    expect(dicht, 'the generators never reached a closed dossier').toBeGreaterThan(0);
  };

  const alleIsStapVoorStap = () => {
    let geweigerd = 0;
    fc.assert(
      fc.property(kop, gebeurtenissen, (k, lijst) => {
        const start = p.nieuwDossier(k);
        if (!start.ok) return;
        let d = start.waarde;
        let eersteWeigering: { index: number; problemen: readonly Probleem[] } | undefined;
        for (const [index, g] of lijst.entries()) {
          const r = p.verwerkJson(d, g);
          if (!r.ok) {
            eersteWeigering = { index, problemen: r.problemen };
            break;
          }
          d = r.waarde;
        }
        const alle = p.verwerkAlle(start.waarde, lijst);
        expect(p.verwerkAlle(start.waarde, JSON.stringify(lijst))).toStrictEqual(alle);
        if (!eersteWeigering) {
          expect(alle.ok, `verwerkAlle refused what verwerkJson accepted: ${codes(alle).join(', ')}`).toBe(
            true,
          );
          if (alle.ok) expect(alle.waarde).toStrictEqual(d);
          return;
        }
        geweigerd++;
        const { index, problemen } = eersteWeigering;
        expect(alle.ok ? [] : alle.problemen).toStrictEqual(
          problemen.map((pr) => ({ ...pr, pad: [index, ...pr.pad] })),
        );
      }),
    );
    expect(geweigerd, 'the generators never gave a batch with a refused event').toBeGreaterThan(0);
  };

  const gooitNooit = () => {
    const losseGebeurtenissen = fc
      .tuple(gebeurtenissen, fc.array(fc.tuple(fc.nat(), fc.anything()), { maxLength: 3 }))
      .map(([lijst, rommel]) => {
        const uit: unknown[] = [...lijst];
        for (const [plek, waarde] of rommel) uit.splice(plek % (uit.length + 1), 0, waarde);
        return uit;
      });
    const dossierVormig = fc.record({
      procedure: fc.oneof(fc.constant(naam), fc.string()),
      versie: fc.oneof(fc.constant(p.definitie.versie), fc.anything()),
      kop: fc.oneof(kop, fc.anything()),
      gebeurtenissen: fc.oneof({ arbitrary: losseGebeurtenissen, weight: 3 }, fc.anything()),
    });
    const willekeurig = fc.oneof(
      fc.anything({
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
      fc.jsonValue(),
      dossierVormig,
      dossierVormig.map((d) => JSON.stringify(d) ?? ''),
    );
    fc.assert(
      fc.property(willekeurig, kop, gebeurtenissen, nu, optiesArb, (x, k, lijst, moment, o) => {
        const resultaten = [
          p.toestand(x),
          p.leesDossier(x),
          p.herspeel(isObject(x) ? x.kop : x, isObject(x) ? x.gebeurtenissen : x),
          p.nieuwDossier(x),
        ];
        const start = p.nieuwDossier(k);
        if (start.ok)
          resultaten.push(
            p.verwerkJson(start.waarde, x),
            p.verwerkJson(x, x),
            p.verwerkAlle(start.waarde, x),
            p.verwerkAlle(x, isObject(x) ? x.gebeurtenissen : x),
          );
        for (const r of resultaten) {
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) controleerVorm(r.problemen, 'refusal');
        }
        const { dossier: d } = bouw(p, k, lijst);
        const aanroepen = [() => p.openTermijnen(x, moment, o), () => p.volgendeStappen(x, o)];
        if (d)
          aanroepen.push(
            () => p.openTermijnen(d, moment, o),
            () => p.volgendeStappen(d, o),
          );
        for (const f of aanroepen) {
          try {
            f();
          } catch (e) {
            expect(isSdkFout(e), `untyped throw: ${String(e)}`).toBe(true);
          }
        }
        for (const v of p.openTermijnenVanAlle([x], moment, o)) expect(isObject(v)).toBe(true);
      }),
    );
  };

  const echootGeenPersoonsgegevens = () => {
    const invoer = fc
      .tuple(kop, gebeurtenissen)
      .chain(([k, lijst]) =>
        fc.tuple(fc.constant(k), metPersoonlijkeTekst(k), metPersoonlijkeTekst([...lijst]), nu, optiesArb),
      );
    fc.assert(
      fc.property(invoer, ([k, kopMet, lijstMet, moment, o]) => {
        const lekken: string[] = [];
        const zoek = (waarde: unknown, waar: string) => {
          for (const { pad, tekst } of alleTeksten(waarde)) {
            const gevonden = gevondenPersoonsgegevens(tekst);
            if (gevonden.length > 0) lekken.push(`${waar} ${pad}: ${gevonden.join(', ')}`);
          }
        };
        const problemen = (r: Resultaat<unknown>, waar: string) => {
          if (r.ok) return;
          for (const pr of r.problemen) {
            zoek(pr.melding, `${waar} melding (${pr.code})`);
            zoek(
              pr.pad.filter((s) => typeof s === 'string'),
              `${waar} pad (${pr.code})`,
            );
            if (pr.parameters !== undefined) zoek(pr.parameters, `${waar} parameters (${pr.code})`);
          }
        };
        const opgeslagen = {
          procedure: naam,
          versie: p.definitie.versie,
          kop: kopMet,
          gebeurtenissen: lijstMet,
        };
        problemen(p.nieuwDossier(kopMet), 'nieuwDossier');
        problemen(p.herspeel(kopMet, lijstMet), 'herspeel');
        const leeg = p.nieuwDossier(k);
        if (leeg.ok) problemen(p.verwerkAlle(leeg.waarde, lijstMet), 'verwerkAlle');
        problemen(p.leesDossier(opgeslagen), 'leesDossier');
        problemen(p.leesDossier(JSON.stringify(opgeslagen)), 'leesDossier(text)');
        for (const [kopVoorBouw, waar] of [
          [k, 'verwerkJson'],
          [kopMet, 'verwerkJson (header with personal text)'],
        ] as const) {
          const gebouwd = bouw(p, kopVoorBouw, lijstMet);
          problemen({ ok: false, problemen: gebouwd.problemen }, waar);
          const d = gebouwd.dossier;
          if (!d) continue;
          zoek(
            ofFout(() => p.openTermijnen(d, moment, o)),
            'openTermijnen',
          );
          zoek(
            ofFout(() => p.volgendeStappen(d, o)),
            'volgendeStappen',
          );
        }
        for (const v of p.openTermijnenVanAlle([opgeslagen, JSON.stringify(opgeslagen)], moment, o)) {
          const { id: _id, ...zonderId } = v as Record<string, unknown>;
          zoek(zonderId, 'openTermijnenVanAlle');
        }
        expect(lekken, `personal text came back:\n  ${lekken.join('\n  ')}\n`).toEqual([]);
      }),
    );
  };

  return {
    herspeelIsDeterministisch,
    overleeftJson,
    ...(moment === undefined ? {} : { tijdsvolgorde }),
    ...(gesloten === undefined ? {} : { geslotenWeigert }),
    alleIsStapVoorStap,
    gooitNooit,
    echootGeenPersoonsgegevens,
  };
}

/**
 * Registers the generic dossier laws of GUIDE.md section 6 as vitest properties (fast-check), for one
 * procedure built on kern's `procedure()`:
 *
 * 1. replay is deterministic: `herspeel` twice gives equal dossiers, equal to the one built event by event;
 * 2. a dossier survives a JSON round trip: `leesDossier(JSON.parse(JSON.stringify(d)))` equals `d`;
 * 3. time order holds: in every accepted dossier `definitie.moment` never decreases, and an event earlier than
 *    the last is refused, with its index in the problem's `pad`;
 * 4. a closed dossier refuses every event (`DOSSIER_GESLOTEN` for a valid one);
 * 5. `verwerkAlle` (a batch) equals appending its events one by one with `verwerkJson`, or refuses with the
 *    first refused event's problems at its index in the batch;
 * 6. `toestand`, `leesDossier`, `herspeel`, `nieuwDossier`, `verwerkJson` and `verwerkAlle` never throw on
 *    arbitrary values, and `openTermijnen` / `volgendeStappen` throw nothing but a `SchoolveiligheidFout`;
 * 7. no personal text injected into any string field of an event or header is echoed in a problem's `melding`,
 *    `pad` or `parameters`, in `openTermijnen`, `volgendeStappen` or the batch sweep.
 *
 * With `reeks` it also registers {@link vouwWetten}: building a dossier of n events folds exactly n times.
 * Laws 3 and 4 are skipped for a procedure without `moment` or `gesloten`. Each law also checks that the
 * generators exercised it (built a dossier, reached a closed one), so weak generators fail loudly.
 *
 * @example
 * ```ts
 * dossierWetten(mijnProcedure, {
 *   kop: fc.constant({ id: 'dossier-1' }),
 *   gebeurtenissen: fc.array(gebeurtenis(), { maxLength: 8 }),
 *   reeks: (n) => fc.array(gemeld(), { minLength: n, maxLength: n }),
 * });
 * ```
 */
export function dossierWetten<O>(procedureOnderTest: OnderTest<O>, opties: DossierWettenOpties<O>): void {
  const wet = dossierWetControles(procedureOnderTest, opties);
  describe(`dossier laws: ${procedureOnderTest.definitie.naam}`, () => {
    it('replay is deterministic: herspeel twice gives equal dossiers', wet.herspeelIsDeterministisch);
    it('a dossier survives a JSON round trip', wet.overleeftJson);
    it.skipIf(wet.tijdsvolgorde === undefined)(
      'time order holds: moment never decreases, an earlier event is refused',
      () => wet.tijdsvolgorde?.(),
    );
    it.skipIf(wet.geslotenWeigert === undefined)('a closed dossier refuses every event', () =>
      wet.geslotenWeigert?.(),
    );
    it('verwerkAlle equals appending the events one by one', wet.alleIsStapVoorStap);
    it(
      'never throws on arbitrary values: toestand, leesDossier, herspeel, verwerkJson, verwerkAlle',
      wet.gooitNooit,
    );
    it('echoes no personal text injected into a header or an event', wet.echootGeenPersoonsgegevens);
  });
  if (opties.reeks) {
    // the fold law needs headers the procedure accepts; the laws above also take refused ones
    const geldigeKop = opties.kop.filter((k) => procedureOnderTest.nieuwDossier(k).ok);
    vouwWetten(procedureOnderTest, { kop: geldigeKop, reeks: opties.reeks, lengtes: opties.lengtes });
  }
}

/** A procedure whose fold steps are counted, from {@link telVouwen}. */
export interface GeteldeProcedure<P> {
  /** The procedure, built from the same definition with counting handlers. */
  readonly procedure: P;
  /** `pasToe` calls since the start or the last {@link GeteldeProcedure.nul}. */
  readonly aantal: number;
  /** The same, per event type. */
  readonly perType: Readonly<Record<string, number>>;
  /** Sets the counts back to zero. */
  nul(): void;
}

/**
 * The same procedure, rebuilt from its definition (`procedure({ ...definitie, overgangen })`) with every
 * handler's `pasToe` counted, so a test can prove how often the kernel folds: work counted, not timed.
 */
export function telVouwen<P extends OnderTest>(p: P): GeteldeProcedure<P> {
  let aantal = 0;
  const perType: Record<string, number> = {};
  // the definition as kern's procedure() takes it, with the types of P's header, events and state erased
  type Definitie = Parameters<typeof procedure>[0];
  const definitie = p.definitie as unknown as Definitie;
  const bron = definitie.overgangen as Readonly<Record<string, Overgang<unknown, unknown, unknown>>>;
  const overgangen = Object.fromEntries(
    Object.entries(bron).map(([type, overgang]) => [
      type,
      {
        ...overgang,
        pasToe: (t: unknown, g: unknown, k: unknown) => {
          aantal++;
          perType[type] = (perType[type] ?? 0) + 1;
          return overgang.pasToe(t, g, k);
        },
      },
    ]),
  ) as unknown as Definitie['overgangen'];
  const geteld = procedure({ ...definitie, overgangen }) as unknown as P;
  return {
    procedure: geteld,
    get aantal() {
      return aantal;
    },
    get perType() {
      return { ...perType };
    },
    nul() {
      aantal = 0;
      for (const type of Object.keys(perType)) delete perType[type];
    },
  };
}

/** What {@link vouwWetten} needs: headers and, per size n, n events accepted one after another. */
export interface VouwWettenOpties {
  /** Headers the procedure accepts. */
  readonly kop: fc.Arbitrary<unknown>;
  /** Exactly `n` events the procedure accepts in order from a header of `kop`. */
  readonly reeks: (n: number) => fc.Arbitrary<readonly unknown[]>;
  /** Dossier sizes; default 10, 100 and 1000. */
  readonly lengtes?: readonly number[] | undefined;
  /** Runs per size; default 5 (the count is exact, more runs only vary the events). */
  readonly numRuns?: number;
}

/**
 * Registers the fold law: building a dossier of n events with `verwerkJson` folds exactly n times (appending
 * never re-folds the earlier events), reading its state, terms and steps folds nothing, and reading it back
 * from stored JSON folds each event once. Counted with {@link telVouwen}, for each size in `lengtes`.
 */
export function vouwWetten(procedureOnderTest: OnderTest, opties: VouwWettenOpties): void {
  const naam = procedureOnderTest.definitie.naam;
  describe(`fold count: ${naam}`, () => {
    for (const n of opties.lengtes ?? [10, 100, 1000]) {
      it(`building a dossier of ${n} events folds exactly ${n} times`, () => {
        fc.assert(
          fc.property(opties.kop, opties.reeks(n), (k, lijst) => {
            expect(lijst.length, `reeks(${n}) gave ${lijst.length} events`).toBe(n);
            const teller = telVouwen(procedureOnderTest);
            const p = teller.procedure;
            const start = p.nieuwDossier(k);
            expect(start.ok, `header refused: ${codes(start).join(', ')}`).toBe(true);
            if (!start.ok) return;
            let d = start.waarde;
            lijst.forEach((g, i) => {
              const r = p.verwerkJson(d, g);
              if (!r.ok) throw new Error(`reeks(${n}): event ${i} was refused (${codes(r).join(', ')})`);
              d = r.waarde;
            });
            expect(teller.aantal, 'fold steps while building').toBe(n);
            p.toestand(d);
            p.volgendeStappen(d);
            expect(teller.aantal, 'reading the state folds nothing').toBe(n);
            teller.nul();
            const gelezen = p.leesDossier(JSON.parse(JSON.stringify(d)));
            expect(gelezen.ok).toBe(true);
            expect(teller.aantal, 'reading a stored dossier folds each event once').toBe(n);
          }),
          { numRuns: opties.numRuns ?? 5 },
        );
      });
    }
  });
}
