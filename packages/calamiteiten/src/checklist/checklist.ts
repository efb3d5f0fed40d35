// The one builder behind both checklists (the calamiteitenprotocol and the grief protocols): a procedure on kern's
// kernel whose events record the report, each step done (when, by which role) or marked not needed, follow-up
// meetings and the close. The order and the roles come from the tables in stappen.data.ts; the handlers only
// read them.
import {
  amsterdamseDatum,
  berekenTermijn,
  codeTekst,
  epochMs,
  type IsoDatum,
  type OpenTermijn,
  type Probleem,
  type Stap,
  SchoolveiligheidFout,
  type Tijdstip,
  termijnStatus,
  waardeOp,
} from '@schoolveiligheid/kern';
import {
  CALAMITEITEN_PROBLEEM_CODES,
  CALAMITEITEN_STAP_CODES,
  CALAMITEITEN_TERMIJN_CODES,
  type CalamiteitenProbleemCode,
  type CalamiteitenStapCode,
  type CalamiteitenTermijnCode,
} from '../codes/codes.js';
import type { CalamiteitenRol } from '../rollen/rollen.js';
import type { ChecklistStap, ChecklistTermijn } from './stappen.data.js';

/** How a step was settled: done, or marked not needed by the school leader. */
export interface Afhandeling {
  /** When. */
  readonly tijdstip: Tijdstip;
  /** By which role. */
  readonly rol: CalamiteitenRol;
  /** `afgerond` (done) or `niet-nodig` (the school leader decided it does not apply to this incident). */
  readonly wijze: 'afgerond' | 'niet-nodig';
}

/** The state of a checklist dossier, derived from its events. */
export interface ChecklistToestand<C extends string> {
  /** When the report came in. */
  readonly gemeldOp: Tijdstip | null;
  /** Every settled step with when and by whom. */
  readonly afgehandeld: Readonly<Partial<Record<C, Afhandeling>>>;
  /** How many (follow-up) meetings were recorded. */
  readonly overleggen: number;
  /** The latest follow-up date set, if any. */
  readonly vervolgOp: IsoDatum | null;
  /** When the dossier was closed. */
  readonly afgeslotenOp: Tijdstip | null;
}

/** The events every checklist dossier accepts. */
export type ChecklistGebeurtenis<C extends string> =
  | { readonly type: 'gemeld'; readonly tijdstip: Tijdstip; readonly rol: CalamiteitenRol }
  | {
      readonly type: 'stap-afgerond';
      readonly tijdstip: Tijdstip;
      readonly stap: C;
      readonly rol: CalamiteitenRol;
    }
  | {
      readonly type: 'stap-niet-nodig';
      readonly tijdstip: Tijdstip;
      readonly stap: C;
      readonly rol: CalamiteitenRol;
    }
  | {
      readonly type: 'overleg';
      readonly tijdstip: Tijdstip;
      readonly rol: CalamiteitenRol;
      readonly vervolgOp?: IsoDatum | undefined;
    }
  | { readonly type: 'afgesloten'; readonly tijdstip: Tijdstip; readonly rol: CalamiteitenRol };

const probleem = (
  code: CalamiteitenProbleemCode,
  parameters?: Record<string, string>,
  pad: Probleem['pad'] = ['stap'],
): Probleem => ({
  code,
  pad,
  melding: codeTekst(CALAMITEITEN_PROBLEEM_CODES, code, 'nl', parameters),
  ...(parameters ? { parameters } : {}),
});

/** The pieces of one checklist: its steps, its terms, and how to read the kind from the header. */
export interface ChecklistDefinitie<
  S extends string,
  C extends CalamiteitenStapCode,
  T extends CalamiteitenTermijnCode,
> {
  readonly stappen: readonly ChecklistStap<S, C>[];
  readonly termijnen: readonly ChecklistTermijn<S, C, T>[];
}

/** Does the step (or term) apply to this kind? */
const geldt = <S extends string>(r: { readonly soorten?: readonly S[] }, soort: S): boolean =>
  r.soorten === undefined || r.soorten.includes(soort);

/** The handlers, terms and steps of a checklist procedure, for kern's `procedure()`. */
export function checklistOnderdelen<
  S extends string,
  C extends CalamiteitenStapCode,
  T extends CalamiteitenTermijnCode,
>(definitie: ChecklistDefinitie<S, C, T>) {
  const perCode = new Map<string, ChecklistStap<S, C>>(definitie.stappen.map((s) => [s.code, s]));

  const voorgangerOpen = (t: ChecklistToestand<C>, stap: ChecklistStap<S, C>, soort: S): C | undefined =>
    (stap.na ?? []).find((c) => {
      const v = perCode.get(c);
      return v !== undefined && geldt(v, soort) && t.afgehandeld[c] === undefined;
    });

  const stapProblemen = (t: ChecklistToestand<C>, code: C, soort: S): Probleem[] => {
    if (t.gemeldOp === null) return [probleem('NOG_NIET_GEMELD', undefined, ['type'])];
    const stap = perCode.get(code);
    if (!stap || !geldt(stap, soort)) return [probleem('STAP_NIET_VAN_TOEPASSING')];
    if (t.afgehandeld[code] !== undefined) return [probleem('STAP_AL_AFGEROND')];
    const open = voorgangerOpen(t, stap, soort);
    return open ? [probleem('STAP_TE_VROEG', { voorganger: open })] : [];
  };

  const verplichtOpen = (t: ChecklistToestand<C>, soort: S): C | undefined =>
    definitie.stappen.find(
      (s) => geldt(s, soort) && (s.verplichtBij ?? []).includes(soort) && t.afgehandeld[s.code] === undefined,
    )?.code;

  const afhandel = (
    t: ChecklistToestand<C>,
    stap: C,
    tijdstip: Tijdstip,
    rol: CalamiteitenRol,
    wijze: Afhandeling['wijze'],
  ): ChecklistToestand<C> => ({ ...t, afgehandeld: { ...t.afgehandeld, [stap]: { tijdstip, rol, wijze } } });

  const overgangen = (soortVan: (kop: never) => S) => ({
    gemeld: {
      controleer: (t: ChecklistToestand<C>) =>
        t.gemeldOp !== null ? [probleem('AL_GEMELD', undefined, ['type'])] : [],
      pasToe: (t: ChecklistToestand<C>, g: { readonly tijdstip: Tijdstip }) => ({
        ...t,
        gemeldOp: g.tijdstip,
      }),
    },
    'stap-afgerond': {
      controleer: (t: ChecklistToestand<C>, g: { readonly stap: C }, kop: never) =>
        stapProblemen(t, g.stap, soortVan(kop)),
      pasToe: (
        t: ChecklistToestand<C>,
        g: { readonly stap: C; readonly tijdstip: Tijdstip; readonly rol: CalamiteitenRol },
      ) => afhandel(t, g.stap, g.tijdstip, g.rol, 'afgerond'),
    },
    'stap-niet-nodig': {
      controleer: (t: ChecklistToestand<C>, g: { readonly stap: C }, kop: never) => {
        const soort = soortVan(kop);
        const eerst = stapProblemen(t, g.stap, soort);
        if (eerst.length) return eerst;
        return (perCode.get(g.stap)?.verplichtBij ?? []).includes(soort) ? [probleem('STAP_VERPLICHT')] : [];
      },
      pasToe: (
        t: ChecklistToestand<C>,
        g: { readonly stap: C; readonly tijdstip: Tijdstip; readonly rol: CalamiteitenRol },
      ) => afhandel(t, g.stap, g.tijdstip, g.rol, 'niet-nodig'),
    },
    overleg: {
      controleer: (t: ChecklistToestand<C>) =>
        t.gemeldOp === null ? [probleem('NOG_NIET_GEMELD', undefined, ['type'])] : [],
      pasToe: (t: ChecklistToestand<C>, g: { readonly vervolgOp?: IsoDatum | undefined }) => ({
        ...t,
        overleggen: t.overleggen + 1,
        vervolgOp: g.vervolgOp ?? t.vervolgOp,
      }),
    },
    afgesloten: {
      controleer: (t: ChecklistToestand<C>, _g: unknown, kop: never) => {
        if (t.gemeldOp === null) return [probleem('NOG_NIET_GEMELD', undefined, ['type'])];
        const open = verplichtOpen(t, soortVan(kop));
        return open ? [probleem('VERPLICHTE_STAP_OPEN', { stap: open }, ['type'])] : [];
      },
      pasToe: (t: ChecklistToestand<C>, g: { readonly tijdstip: Tijdstip }) => ({
        ...t,
        afgeslotenOp: g.tijdstip,
      }),
    },
  });

  const openTermijnen = (
    t: ChecklistToestand<C>,
    soort: S,
    nu: Tijdstip,
  ): OpenTermijn<T, CalamiteitenRol>[] => {
    if (t.gemeldOp === null || t.afgeslotenOp !== null) return [];
    return definitie.termijnen.flatMap((d) => {
      if (!geldt(d, soort) || t.afgehandeld[d.tot] !== undefined) return [];
      const start = d.van === 'gemeld' ? t.gemeldOp : t.afgehandeld[d.van as C]?.tijdstip;
      if (!start) return [];
      const tekst = codeTekst(CALAMITEITEN_TERMIJN_CODES, d.code);
      try {
        const ms = epochMs(start);
        const regel = waardeOp(d.regel, amsterdamseDatum(ms));
        const duur = regel.waarde;
        const termijn = berekenTermijn({
          gebeurtenis: duur.eenheid === 'uren' ? start : amsterdamseDatum(ms),
          duur,
          grondslag: 'regeling',
          bron: regel.bron,
        });
        return [
          { code: d.code, rol: d.rol, tekst, bron: regel.bron, termijn, status: termijnStatus(termijn, nu) },
        ];
      } catch (e) {
        if (e instanceof SchoolveiligheidFout) return [{ code: d.code, rol: d.rol, tekst }];
        throw e;
      }
    });
  };

  const volgendeStappen = (t: ChecklistToestand<C>, soort: S): Stap<C, CalamiteitenRol>[] => {
    if (t.afgeslotenOp !== null) return [];
    const termijnVoor = new Map<string, T>(definitie.termijnen.map((d) => [d.tot, d.code]));
    return definitie.stappen
      .filter((s) => geldt(s, soort) && t.afgehandeld[s.code] === undefined && !voorgangerOpen(t, s, soort))
      .map((s) => {
        const termijnCode = termijnVoor.get(s.code);
        return {
          code: s.code,
          rol: s.rol,
          tekst: codeTekst(CALAMITEITEN_STAP_CODES, s.code),
          bron: s.bronBij?.[soort] ?? s.bron,
          ...(termijnCode ? { termijnCode } : {}),
        };
      });
  };

  const begin = (): ChecklistToestand<C> => ({
    gemeldOp: null,
    afgehandeld: {} as Readonly<Partial<Record<C, Afhandeling>>>,
    overleggen: 0,
    vervolgOp: null,
    afgeslotenOp: null,
  });

  return { overgangen, openTermijnen, volgendeStappen, begin };
}
