import type * as z from 'zod/v4';
import { type CodeCatalogus, codeTekst } from '../code/catalogus.js';
import type { Tijdstip } from '../datum/datum.js';
import { eisNu, isObject, isObjectOfLijst, ongeldigeInvoer } from '../fout/bewaak.js';
import { FOUT_CODES, SchoolveiligheidFout } from '../fout/fout.js';
import { bevries } from '../regel/regel.js';
import { type Pad, type Probleem, type Resultaat, valideer } from '../resultaat/resultaat.js';
import type { RolId } from '../rol/rollen.js';
import type { OpenTermijn, Stap } from './termijnen.js';

/**
 * A dossier as stored: which procedure, the schema version of its header, the header (`kop`: who, which
 * school, which calendar, which policy) and the events in order. Plain JSON; the state is derived.
 */
export interface Dossier<K, G> {
  /** Name of the procedure (`datalek`, `schorsing`). */
  readonly procedure: string;
  /** Schema version of the header; events carry their own `versie` when it is above 1. */
  readonly versie: number;
  /** The header. */
  readonly kop: K;
  /** The events, oldest first. */
  readonly gebeurtenissen: readonly G[];
}

/** How one event type changes a dossier: checks that may refuse it, and the pure fold step. */
export interface Overgang<K, E, S> {
  /** Problems that refuse the event in this state; empty when it may be applied. */
  readonly controleer?: (toestand: S, gebeurtenis: E, kop: K) => readonly Probleem[];
  /** The new state. Pure: must not change `toestand`. */
  readonly pasToe: (toestand: S, gebeurtenis: E, kop: K) => S;
}

/** One handler per event type of the union `G`: a missing one is a compile error. */
export type Overgangen<K, G extends { readonly type: string }, S> = {
  readonly [T in G['type']]: Overgang<K, Extract<G, { readonly type: T }>, S>;
};

/** Turns a stored value of schema version `n` into version `n + 1`. */
export type Opwaardering = (oud: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** A procedure declared as data; {@link procedure} turns it into the kernel functions. */
export interface ProcedureDefinitie<
  K extends { readonly id: string },
  G extends { readonly type: string },
  S,
  O,
  TC extends string,
  SC extends string,
  R extends string,
> {
  /** Name stored in every dossier (`datalek`). */
  readonly naam: string;
  /** Current schema version of header and events (1 for a first release). */
  readonly versie: number;
  /** Schema of the header (zod or any object with zod's `safeParse`). */
  readonly kop: z.ZodType<K>;
  /** Schema of the events: a discriminated union on `type`. */
  readonly gebeurtenis: z.ZodType<G>;
  /** Upcasts from older schema versions: entry `i` turns version `i + 1` into `i + 2`. */
  readonly opwaarderen?: {
    readonly kop?: readonly Opwaardering[];
    readonly gebeurtenis?: readonly Opwaardering[];
  };
  /** The state of a dossier without events. */
  readonly begin: (kop: K) => S;
  /** A number that may not decrease from one event to the next (epoch ms, day number). */
  readonly moment?: (gebeurtenis: G) => number;
  /** True when the dossier accepts no more events. */
  readonly gesloten?: (toestand: S) => boolean;
  /** The handlers, one per event type. */
  readonly overgangen: Overgangen<K, G, S>;
  /** The terms running or overdue at `nu`. */
  readonly openTermijnen: (toestand: S, kop: K, nu: Tijdstip, opties: O) => readonly OpenTermijn<TC, R>[];
  /** What must happen next, in order. */
  readonly volgendeStappen: (toestand: S, kop: K, opties: O) => readonly Stap<SC, R>[];
}

/** Problem codes of the kernel itself (the package's schemas and handlers add their own). */
export type ProcedureProbleemCode =
  | 'DOSSIER_ONGELDIG'
  | 'ANDERE_PROCEDURE'
  | 'ONBEKENDE_VERSIE'
  | 'OPWAARDERING_MISLUKT'
  | 'DOSSIER_GESLOTEN'
  | 'GEBEURTENIS_VOOR_VORIGE'
  | 'TE_VEEL_GEBEURTENISSEN'
  | 'GEEN_LIJST'
  | 'ONGELDIGE_JSON';

/**
 * Catalogue of the kernel's problem codes.
 *
 * @example
 * ```ts
 * import { PROCEDURE_CODES } from '@schoolveiligheid/kern';
 * PROCEDURE_CODES.DOSSIER_GESLOTEN.en; //=> 'The dossier is closed; nothing can be added.'
 * ```
 */
export const PROCEDURE_CODES: CodeCatalogus<ProcedureProbleemCode> = /* @__PURE__ */ Object.freeze({
  DOSSIER_ONGELDIG: {
    nl: 'Dit is geen dossier van deze procedure.',
    en: 'This is not a dossier of this procedure.',
  },
  ANDERE_PROCEDURE: {
    nl: 'Het dossier hoort bij een andere procedure.',
    en: 'The dossier belongs to another procedure.',
  },
  ONBEKENDE_VERSIE: {
    nl: 'De schemaversie is nieuwer dan deze release kent.',
    en: 'The schema version is newer than this release knows.',
  },
  OPWAARDERING_MISLUKT: {
    nl: 'Een opgeslagen gegeven van een oudere versie kon niet worden omgezet.',
    en: 'A stored value of an older version could not be upgraded.',
  },
  DOSSIER_GESLOTEN: {
    nl: 'Het dossier is gesloten; er kan niets meer bij.',
    en: 'The dossier is closed; nothing can be added.',
  },
  GEBEURTENIS_VOOR_VORIGE: {
    nl: 'Een gebeurtenis kan niet vóór de vorige gebeurtenis liggen.',
    en: 'An event cannot precede the previous event.',
  },
  TE_VEEL_GEBEURTENISSEN: {
    nl: 'Het dossier heeft meer gebeurtenissen dan de SDK verwerkt ({maximum}).',
    en: 'The dossier has more events than the SDK processes ({maximum}).',
  },
  GEEN_LIJST: {
    nl: 'Geef de gebeurtenissen als lijst (of als JSON-tekst van een lijst).',
    en: 'Give the events as a list (or as the JSON text of a list).',
  },
  ONGELDIGE_JSON: { nl: 'De tekst is geen geldige JSON.', en: 'The text is not valid JSON.' },
});

/** Most events one dossier may hold: a bound on work, far above any real procedure.  *
 * @example
 * ```ts
 * import { MAX_GEBEURTENISSEN } from '@schoolveiligheid/kern';
 * MAX_GEBEURTENISSEN; //=> 100000
 * ```
 */
export const MAX_GEBEURTENISSEN = 100_000;

/** One result of {@link Procedure.openTermijnenVanAlle}: per dossier, its open terms or why it was refused. */
export type VeegUitkomst<TC extends string, R extends string> =
  | {
      readonly index: number;
      readonly id: string;
      readonly ok: true;
      readonly termijnen: readonly OpenTermijn<TC, R>[];
    }
  | { readonly index: number; readonly ok: false; readonly problemen: readonly Probleem[] };

/** The kernel functions every procedure gets, with the same names and shapes in every package. */
export interface Procedure<
  K extends { readonly id: string },
  G extends { readonly type: string },
  S,
  O = Record<string, never>,
  TC extends string = string,
  SC extends string = string,
  R extends string = RolId,
> {
  /** The declaration this procedure was built from. */
  readonly definitie: ProcedureDefinitie<K, G, S, O, TC, SC, R>;
  /** Opens a dossier: validates the header. */
  nieuwDossier(kop: K): Resultaat<Dossier<K, G>>;
  /** Appends a typed event when the schema, the kernel checks and the handler's checks allow it. */
  verwerk(dossier: Dossier<K, G>, gebeurtenis: G): Resultaat<Dossier<K, G>>;
  /** The raw-JSON entry: an event from a database or a form, of any schema version, validated and upcast. */
  verwerkJson(dossier: Dossier<K, G>, gebeurtenis: unknown): Resultaat<Dossier<K, G>>;
  /**
   * Appends a batch of raw-JSON events (a list or the JSON text of one), each as {@link verwerkJson} would, all or
   * none: the first refused event gives its problems, their `pad` starting with its index in the batch. Each
   * event is folded once and the events list is copied once, so importing n events is linear.
   */
  verwerkAlle(dossier: Dossier<K, G>, gebeurtenissen: unknown): Resultaat<Dossier<K, G>>;
  /**
   * Rebuilds a dossier from a header (current version) and stored events (each of its own `versie`), checking
   * every transition; problems name the event index.
   */
  herspeel(kop: unknown, gebeurtenissen: unknown): Resultaat<Dossier<K, G>>;
  /** Reads a stored dossier (JSON value or text): validates, upcasts and replays it. */
  leesDossier(json: unknown): Resultaat<Dossier<K, G>>;
  /** The derived state; never throws (a dossier that does not replay gives its problems). */
  toestand(dossier: Dossier<K, G>): Resultaat<S>;
  /** The terms running or overdue at `nu`. Throws `DOSSIER_ONGELDIG` or `ONGELDIG_TIJDSTIP` on misuse. */
  openTermijnen(dossier: Dossier<K, G>, nu: Tijdstip, opties?: O): OpenTermijn<TC, R>[];
  /** What must happen next and who must do it. Throws `DOSSIER_ONGELDIG` on misuse. */
  volgendeStappen(dossier: Dossier<K, G>, opties?: O): Stap<SC, R>[];
  /**
   * The batch helper for nightly sweeps: the open terms of many stored dossiers (JSON values or texts) at one
   * `nu`, streamed one result per dossier, from an array, an iterable or an async iterable.
   */
  openTermijnenVanAlle(bron: Iterable<unknown>, nu: Tijdstip, opties?: O): Generator<VeegUitkomst<TC, R>>;
  /** The same sweep over an async iterable (a database cursor, a stream of JSON lines). */
  openTermijnenVanAlle(
    bron: AsyncIterable<unknown>,
    nu: Tijdstip,
    opties?: O,
  ): AsyncGenerator<VeegUitkomst<TC, R>>;
}

interface Gevouwen<S> {
  readonly toestand: S;
  readonly moment: number;
}

const kernProbleem = (
  code: ProcedureProbleemCode,
  pad: Pad,
  parameters: Record<string, number> = {},
): Probleem => ({
  code,
  pad,
  melding: codeTekst(PROCEDURE_CODES, code, 'nl', parameters),
});

const fout = (lijst: readonly Probleem[]): Resultaat<never> => ({ ok: false, problemen: lijst });

const metPad = (lijst: readonly Probleem[], voor: Pad): Probleem[] =>
  lijst.map((p) => ({ ...p, pad: [...voor, ...p.pad] }));

/** Version of a stored value: a whole number of 1 or more; absent means 1. */
function versieVan(w: Record<string, unknown>): number | undefined {
  const v = w.versie;
  if (v === undefined) return 1;
  return Number.isSafeInteger(v) && (v as number) >= 1 ? (v as number) : undefined;
}

/**
 * Turns a procedure declared as data into the kernel functions: {@link Procedure}. The state is folded once
 * per event: every dossier the kernel returns is frozen and its fold is cached (keyed on its frozen events
 * array), so appending an event never re-folds the earlier ones and building a dossier of n events is linear.
 * Needs no zod at run time: the schemas are parameters.
 *
 * @example
 * ```ts
 * import { procedure } from '@schoolveiligheid/kern';
 * import * as z from 'zod/v4';
 * const teller = procedure({
 *   naam: 'teller', versie: 1,
 *   kop: z.object({ id: z.string() }),
 *   gebeurtenis: z.discriminatedUnion('type', [z.object({ type: z.literal('tel') }), z.object({ type: z.literal('stop') })]),
 *   begin: () => ({ aantal: 0, klaar: false }),
 *   gesloten: (t) => t.klaar,
 *   overgangen: {
 *     tel: { pasToe: (t) => ({ ...t, aantal: t.aantal + 1 }) },
 *     stop: { pasToe: (t) => ({ ...t, klaar: true }) },
 *   },
 *   openTermijnen: () => [],
 *   volgendeStappen: (t) => (t.klaar ? [] : [{ code: 'TELLEN', rol: 'leerkracht' as const, tekst: 'Tel door.' }]),
 * });
 * const d = teller.nieuwDossier({ id: 't-1' });
 * const na = d.ok ? teller.verwerk(d.waarde, { type: 'tel' }) : d;
 * const t = na.ok ? teller.toestand(na.waarde) : na;
 * t.ok ? t.waarde.aantal : -1; //=> 1
 * ```
 */
export function procedure<
  K extends { readonly id: string },
  G extends { readonly type: string },
  S,
  O = Record<string, never>,
  TC extends string = string,
  SC extends string = string,
  R extends string = RolId,
>(definitie: ProcedureDefinitie<K, G, S, O, TC, SC, R>): Procedure<K, G, S, O, TC, SC, R> {
  const d: unknown = definitie;
  const isSchema = (s: unknown) => isObject(s) && typeof s.safeParse === 'function';
  if (
    !isObject(d) ||
    !isSchema(d.kop) ||
    !isSchema(d.gebeurtenis) ||
    !isObject(d.overgangen) ||
    typeof d.begin !== 'function' ||
    typeof d.openTermijnen !== 'function' ||
    typeof d.volgendeStappen !== 'function' ||
    typeof definitie.naam !== 'string' ||
    !/^[a-z][a-z-]*$/.test(definitie.naam) ||
    !Number.isSafeInteger(definitie.versie) ||
    definitie.versie < 1
  )
    throw new SchoolveiligheidFout(
      'PROCEDURE_ONGELDIG',
      'Een procedure heeft een naam (kleine letters) en een versie van 1 of hoger.',
    );
  const cache = new WeakMap<readonly G[], Gevouwen<S>>();
  const overgangen = definitie.overgangen as unknown as Record<string, Overgang<K, G, S>>;
  const standaardOpties = {} as O;

  /** Upcasts a raw stored value from version `v` to the current one; a version without a step is unchanged. */
  function opwaarderen(
    ruw: Record<string, unknown>,
    v: number | undefined,
    soort: 'kop' | 'gebeurtenis',
  ): Resultaat<unknown> {
    if (v === undefined || v > definitie.versie) return fout([kernProbleem('ONBEKENDE_VERSIE', ['versie'])]);
    let waarde: Record<string, unknown> = ruw;
    const stappen = definitie.opwaarderen?.[soort] ?? [];
    for (let i = v; i < definitie.versie; i++) {
      const opwaardering = stappen[i - 1];
      if (!opwaardering) continue;
      try {
        waarde = opwaardering(waarde);
      } catch {
        return fout([kernProbleem('OPWAARDERING_MISLUKT', ['versie'])]);
      }
    }
    return { ok: true, waarde };
  }

  function stempel<T>(waarde: T): T {
    return bevries(
      definitie.versie > 1 && isObject(waarde) ? ({ ...waarde, versie: definitie.versie } as T) : waarde,
    );
  }

  function valideerKop(ruw: unknown, versie: number | undefined): Resultaat<K> {
    const op = isObject(ruw) ? opwaarderen(ruw, versie, 'kop') : { ok: true as const, waarde: ruw };
    if (!op.ok) return fout(op.problemen);
    const r = valideer(definitie.kop, op.waarde);
    return r.ok ? r : fout(metPad(r.problemen, ['kop']));
  }

  /** One step of the fold with every check: schema already passed. */
  function stap(vorig: Gevouwen<S>, aantal: number, g: G, kop: K): Resultaat<Gevouwen<S>> {
    if (aantal >= MAX_GEBEURTENISSEN)
      return fout([kernProbleem('TE_VEEL_GEBEURTENISSEN', [], { maximum: MAX_GEBEURTENISSEN })]);
    const overgang = overgangen[g.type];
    if (!overgang) return fout([kernProbleem('DOSSIER_ONGELDIG', ['type'])]);
    try {
      if (definitie.gesloten?.(vorig.toestand)) return fout([kernProbleem('DOSSIER_GESLOTEN', ['type'])]);
      const moment = definitie.moment ? definitie.moment(g) : 0;
      const problemen: Probleem[] = [];
      if (aantal > 0 && moment < vorig.moment) problemen.push(kernProbleem('GEBEURTENIS_VOOR_VORIGE', []));
      problemen.push(...(overgang.controleer?.(vorig.toestand, g, kop) ?? []));
      if (problemen.length > 0) return fout(problemen);
      return { ok: true, waarde: { toestand: overgang.pasToe(vorig.toestand, g, kop), moment } };
    } catch (e) {
      if (e instanceof SchoolveiligheidFout) return fout([{ code: e.code, pad: [], melding: e.message }]);
      throw e;
    }
  }

  function maak(kop: K, gebeurtenissen: readonly G[], gevouwen: Gevouwen<S>): Dossier<K, G> {
    const lijst = Object.freeze(gebeurtenissen) as readonly G[];
    cache.set(lijst, gevouwen);
    return Object.freeze({ procedure: definitie.naam, versie: definitie.versie, kop, gebeurtenissen: lijst });
  }

  function herspeel(ruweKop: unknown, ruweGebeurtenissen: unknown): Resultaat<Dossier<K, G>> {
    return herspeelVanaf(ruweKop, definitie.versie, ruweGebeurtenissen);
  }

  function herspeelVanaf(
    ruweKop: unknown,
    kopVersie: number | undefined,
    ruweGebeurtenissen: unknown,
  ): Resultaat<Dossier<K, G>> {
    const kop = valideerKop(ruweKop, kopVersie);
    if (!kop.ok) return kop;
    if (!Array.isArray(ruweGebeurtenissen))
      return fout([kernProbleem('DOSSIER_ONGELDIG', ['gebeurtenissen'])]);
    if (ruweGebeurtenissen.length > MAX_GEBEURTENISSEN)
      return fout([
        kernProbleem('TE_VEEL_GEBEURTENISSEN', ['gebeurtenissen'], { maximum: MAX_GEBEURTENISSEN }),
      ]);
    let gevouwen: Gevouwen<S> = { toestand: definitie.begin(kop.waarde), moment: Number.NEGATIVE_INFINITY };
    const lijst: G[] = [];
    for (const [i, ruw] of ruweGebeurtenissen.entries()) {
      const g = leesGebeurtenis(ruw, true);
      if (!g.ok) return fout(metPad(g.problemen, ['gebeurtenissen', i]));
      const volgende = stap(gevouwen, i, g.waarde, kop.waarde);
      if (!volgende.ok) return fout(metPad(volgende.problemen, ['gebeurtenissen', i]));
      gevouwen = volgende.waarde;
      lijst.push(g.waarde);
    }
    return { ok: true, waarde: maak(bevries(kop.waarde), lijst, gevouwen) };
  }

  /** Validates an event; a raw stored one (`opgeslagen`) is first upcast from its `versie` (absent: 1). */
  function leesGebeurtenis(ruw: unknown, opgeslagen: boolean): Resultaat<G> {
    let op: Resultaat<unknown> = { ok: true, waarde: ruw };
    if (isObject(ruw)) {
      const { versie: _versie, ...zonder } = ruw;
      op = opgeslagen ? opwaarderen(zonder, versieVan(ruw), 'gebeurtenis') : { ok: true, waarde: zonder };
    }
    if (!op.ok) return op;
    const r = valideer(definitie.gebeurtenis, op.waarde);
    return r.ok ? { ok: true, waarde: stempel(r.waarde) } : r;
  }

  /** The cached fold of a dossier, or a full checked replay when it did not come from the kernel. */
  function gevouwenVan(dossier: unknown): Resultaat<{ dossier: Dossier<K, G>; gevouwen: Gevouwen<S> }> {
    if (isObject(dossier) && Array.isArray(dossier.gebeurtenissen)) {
      const bekend = cache.get(dossier.gebeurtenissen as readonly G[]);
      if (bekend && dossier.procedure === definitie.naam)
        return { ok: true, waarde: { dossier: dossier as unknown as Dossier<K, G>, gevouwen: bekend } };
    }
    const gelezen = leesDossier(dossier);
    if (!gelezen.ok) return gelezen;
    const gevouwen = cache.get(gelezen.waarde.gebeurtenissen);
    if (!gevouwen) return fout([kernProbleem('DOSSIER_ONGELDIG', [])]);
    return { ok: true, waarde: { dossier: gelezen.waarde, gevouwen } };
  }

  function leesDossier(json: unknown): Resultaat<Dossier<K, G>> {
    const gelezen = leesJson(json);
    if (!gelezen.ok) return gelezen;
    const waarde = gelezen.waarde;
    if (!isObject(waarde)) return fout([kernProbleem('DOSSIER_ONGELDIG', [])]);
    if (waarde.procedure !== undefined && waarde.procedure !== definitie.naam)
      return fout([kernProbleem('ANDERE_PROCEDURE', ['procedure'])]);
    return herspeelVanaf(waarde.kop, versieVan(waarde), waarde.gebeurtenissen);
  }

  function verwerkGeldig(dossier: Dossier<K, G>, g: Resultaat<G>): Resultaat<Dossier<K, G>> {
    const basis = gevouwenVan(dossier);
    if (!basis.ok) return basis;
    if (!g.ok) return g;
    const { dossier: d, gevouwen } = basis.waarde;
    const volgende = stap(gevouwen, d.gebeurtenissen.length, g.waarde, d.kop);
    if (!volgende.ok) return volgende;
    return { ok: true, waarde: maak(d.kop, [...d.gebeurtenissen, g.waarde], volgende.waarde) };
  }

  function verwerkAlle(dossier: Dossier<K, G>, ruweGebeurtenissen: unknown): Resultaat<Dossier<K, G>> {
    const basis = gevouwenVan(dossier);
    if (!basis.ok) return basis;
    const lijst = leesJson(ruweGebeurtenissen);
    if (!lijst.ok) return lijst;
    if (!Array.isArray(lijst.waarde)) return fout([kernProbleem('GEEN_LIJST', [])]);
    const { dossier: d } = basis.waarde;
    let { gevouwen } = basis.waarde;
    const alle = [...d.gebeurtenissen];
    if (alle.length + lijst.waarde.length > MAX_GEBEURTENISSEN)
      return fout([kernProbleem('TE_VEEL_GEBEURTENISSEN', [], { maximum: MAX_GEBEURTENISSEN })]);
    for (const [i, ruw] of lijst.waarde.entries()) {
      const g = leesGebeurtenis(ruw, true);
      if (!g.ok) return fout(metPad(g.problemen, [i]));
      const volgende = stap(gevouwen, alle.length, g.waarde, d.kop);
      if (!volgende.ok) return fout(metPad(volgende.problemen, [i]));
      gevouwen = volgende.waarde;
      alle.push(g.waarde);
    }
    return { ok: true, waarde: maak(d.kop, alle, gevouwen) };
  }

  /** A JSON text parsed, any other value as it is. */
  function leesJson(ruw: unknown): Resultaat<unknown> {
    if (typeof ruw !== 'string') return { ok: true, waarde: ruw };
    try {
      return { ok: true, waarde: JSON.parse(ruw) };
    } catch {
      return fout([kernProbleem('ONGELDIGE_JSON', [])]);
    }
  }

  function gevouwenOfFout(dossier: Dossier<K, G>): { dossier: Dossier<K, G>; gevouwen: Gevouwen<S> } {
    const r = gevouwenVan(dossier);
    if (r.ok) return r.waarde;
    throw new SchoolveiligheidFout('DOSSIER_ONGELDIG', FOUT_CODES.DOSSIER_ONGELDIG.nl, {
      problemen: r.problemen.length,
    });
  }

  function veegEen(json: unknown, index: number, nu: Tijdstip, opties: O): VeegUitkomst<TC, R> {
    const r = gevouwenVan(json);
    if (!r.ok) return { index, ok: false, problemen: r.problemen };
    const { dossier, gevouwen } = r.waarde;
    try {
      const termijnen = definitie.openTermijnen(gevouwen.toestand, dossier.kop, nu, opties);
      return { index, id: dossier.kop.id, ok: true, termijnen };
    } catch (e) {
      // one dossier the package cannot compute (a typed refusal) never stops the sweep over the others
      if (e instanceof SchoolveiligheidFout)
        return { index, ok: false, problemen: [{ code: e.code, pad: [], melding: e.message }] };
      throw e;
    }
  }

  function* veegSynchroon(bron: Iterable<unknown>, nu: Tijdstip, opties: O): Generator<VeegUitkomst<TC, R>> {
    let i = 0;
    for (const json of bron) yield veegEen(json, i++, nu, opties);
  }

  async function* veegAsynchroon(
    bron: AsyncIterable<unknown>,
    nu: Tijdstip,
    opties: O,
  ): AsyncGenerator<VeegUitkomst<TC, R>> {
    let i = 0;
    for await (const json of bron) yield veegEen(json, i++, nu, opties);
  }

  function openTermijnenVanAlle(
    bron: Iterable<unknown>,
    nu: Tijdstip,
    opties?: O,
  ): Generator<VeegUitkomst<TC, R>>;
  function openTermijnenVanAlle(
    bron: AsyncIterable<unknown>,
    nu: Tijdstip,
    opties?: O,
  ): AsyncGenerator<VeegUitkomst<TC, R>>;
  function openTermijnenVanAlle(
    bron: Iterable<unknown> | AsyncIterable<unknown>,
    nu: Tijdstip,
    opties: O = standaardOpties,
  ): Generator<VeegUitkomst<TC, R>> | AsyncGenerator<VeegUitkomst<TC, R>> {
    eisNu(nu);
    if (
      isObject(bron) &&
      typeof (bron as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
    )
      return veegAsynchroon(bron as AsyncIterable<unknown>, nu, opties);
    if (
      isObjectOfLijst(bron) &&
      typeof (bron as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
    )
      return veegSynchroon(bron as Iterable<unknown>, nu, opties);
    ongeldigeInvoer('Geef de dossiers als lijst, iterable of async iterable.');
  }

  return Object.freeze({
    definitie,
    nieuwDossier(kop: K): Resultaat<Dossier<K, G>> {
      return herspeel(kop, []);
    },
    verwerk(dossier: Dossier<K, G>, gebeurtenis: G): Resultaat<Dossier<K, G>> {
      return verwerkGeldig(dossier, leesGebeurtenis(gebeurtenis, false));
    },
    verwerkJson(dossier: Dossier<K, G>, gebeurtenis: unknown): Resultaat<Dossier<K, G>> {
      const waarde = leesJson(gebeurtenis);
      return verwerkGeldig(dossier, waarde.ok ? leesGebeurtenis(waarde.waarde, true) : waarde);
    },
    verwerkAlle,
    herspeel,
    leesDossier,
    toestand(dossier: Dossier<K, G>): Resultaat<S> {
      const r = gevouwenVan(dossier);
      return r.ok ? { ok: true, waarde: r.waarde.gevouwen.toestand } : r;
    },
    openTermijnen(dossier: Dossier<K, G>, nu: Tijdstip, opties: O = standaardOpties): OpenTermijn<TC, R>[] {
      eisNu(nu);
      const { dossier: d, gevouwen } = gevouwenOfFout(dossier);
      return [...definitie.openTermijnen(gevouwen.toestand, d.kop, nu, opties)];
    },
    volgendeStappen(dossier: Dossier<K, G>, opties: O = standaardOpties): Stap<SC, R>[] {
      const { dossier: d, gevouwen } = gevouwenOfFout(dossier);
      return [...definitie.volgendeStappen(gevouwen.toestand, d.kop, opties)];
    },
    openTermijnenVanAlle,
  });
}
