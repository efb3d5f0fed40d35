import {
  amsterdamseDatum,
  epochMs,
  codeTekst,
  type Dossier,
  dagnummer,
  type IsoDatum,
  isoDatumSchema,
  type OpenTermijn,
  type Probleem,
  procedure,
  type RolId,
  waardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import {
  KLACHTENREGELING_PROBLEEM_CODES,
  KLACHTENREGELING_TERMIJN_CODES,
  type KlachtenregelingProbleemCode,
  type KlachtenregelingStapCode,
  type KlachtenregelingTermijnCode,
} from '../codes/codes.js';
import { stap } from '../gedeeld/gedeeld.js';
import { onverwijldDagen } from '../regels/regels.js';
import { reikwijdteVan, vermoedenSchema } from './reikwijdte.js';

const datum = isoDatumSchema;
const ID = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100);

/**
 * Schema of the header of an aangifteplicht (WPO art. 4a) dossier: its id, and links by data to a klacht
 * dossier and to the crisis team's dossier in the calamiteiten package (ids only; no import between packages).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { aangifteplichtKopSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(aangifteplichtKopSchema, { id: 'melding-1', crisisteamDossierId: 'crisis-7' }).ok; //=> true
 * ```
 */
export const aangifteplichtKopSchema = /* @__PURE__ */ z
  .object({
    id: ID.meta({
      description: "The dossier's id: lower-case letters, digits and hyphens; never a name or a BSN.",
    }),
    klachtDossierId: ID.optional().meta({ description: 'A related klacht dossier of this package, by id.' }),
    crisisteamDossierId: ID.optional().meta({
      description:
        "The crisis team's dossier in @schoolveiligheid/calamiteiten, by id (linked by data, not by import).",
    }),
  })
  .meta({ description: 'Header of a WPO art. 4a dossier (meld-, overleg- en aangifteplicht).' });

const stapSchema = <T extends string>(type: T, beschrijving: string) =>
  /* @__PURE__ */ z
    .object({ type: /* @__PURE__ */ z.literal(type), datum })
    .meta({ description: beschrijving });

/**
 * Schema of the events of an aangifteplicht dossier, discriminated on `type`: the suspicion becoming known (with
 * the scope facts), the staff member informing the board, the seed's logboek and crisis team, the consultation
 * of the vertrouwensinspecteur and its conclusion, informing the parents and the accused, the aangifte, informing
 * the vertrouwensinspecteur of it, and closing.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { aangifteplichtGebeurtenisSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(aangifteplichtGebeurtenisSchema, { type: 'aangifte-gedaan', datum: '2026-12-02' }).ok; //=> true
 * ```
 */
export const aangifteplichtGebeurtenisSchema = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ vermoedenSchema
      .extend({
        type: /* @__PURE__ */ z.literal('vermoeden-bekend'),
        datum,
        bekendBij: /* @__PURE__ */ z.enum(['personeelslid', 'bevoegd-gezag']),
      })
      .meta({ description: 'A possible sexual offence against a pupil became known to bekendBij on datum.' }),
    /* @__PURE__ */ stapSchema(
      'bevoegd-gezag-ingelicht',
      'The staff member informed the board (WPO art. 4a lid 3).',
    ),
    /* @__PURE__ */ stapSchema(
      'logboek-gestart',
      'A logboek of every action was started (seed Stappenplan).',
    ),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('crisisteam-gevormd'),
        datum,
        crisisteamDossierId: ID.optional(),
      })
      .meta({
        description:
          'The crisis team was formed (seed; its own dossier lives in @schoolveiligheid/calamiteiten).',
      }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('overleg-vertrouwensinspecteur'),
        datum,
        redelijkVermoeden: /* @__PURE__ */ z.boolean(),
      })
      .meta({
        description:
          'The board consulted the vertrouwensinspecteur; the conclusion (WPO art. 4a lid 1 and 2).',
      }),
    /* @__PURE__ */ stapSchema(
      'ouders-ingelicht',
      "The pupil's parents were told before the aangifte (WPO art. 4a lid 2).",
    ),
    /* @__PURE__ */ stapSchema(
      'aangeklaagde-ingelicht',
      'The accused was told before the aangifte (WPO art. 4a lid 2).',
    ),
    /* @__PURE__ */ stapSchema(
      'aangifte-gedaan',
      'The board filed aangifte with an opsporingsambtenaar (WPO art. 4a lid 2).',
    ),
    /* @__PURE__ */ stapSchema(
      'vertrouwensinspecteur-ingelicht',
      'The board informed the vertrouwensinspecteur of the aangifte (WPO art. 4a lid 2).',
    ),
    /* @__PURE__ */ stapSchema('afgesloten', 'The dossier closes.'),
  ])
  .meta({ description: 'An event of a WPO art. 4a dossier, discriminated on type.' });

/** The header of an aangifteplicht dossier. */
export type AangifteplichtKop = z.infer<typeof aangifteplichtKopSchema>;
/** An event of an aangifteplicht dossier. */
export type AangifteplichtGebeurtenis = z.infer<typeof aangifteplichtGebeurtenisSchema>;
/** A stored aangifteplicht dossier. */
export type AangifteplichtDossier = Dossier<AangifteplichtKop, AangifteplichtGebeurtenis>;

/** The duties that are "onverwijld", each flagged when done on a later day than its trigger. */
export type OnverwijldePlicht = 'melden' | 'overleg' | 'aangifte' | 'inkennisstelling';

/** The state of an aangifteplicht dossier (a fixed set of fields). */
export interface AangifteplichtToestand {
  readonly bekendOp: IsoDatum | null;
  readonly bekendBij: 'personeelslid' | 'bevoegd-gezag' | null;
  /** `wpo-4a`, or where the suspicion goes instead (pupil-on-pupil: meldcode or pestprotocol). */
  readonly route: ReturnType<typeof reikwijdteVan>['route'] | null;
  readonly bevoegdGezagIngelichtOp: IsoDatum | null;
  readonly logboekOp: IsoDatum | null;
  readonly crisisteamOp: IsoDatum | null;
  readonly crisisteamDossierId: string | null;
  readonly overleg: { readonly op: IsoDatum; readonly redelijkVermoeden: boolean } | null;
  readonly oudersIngelichtOp: IsoDatum | null;
  readonly aangeklaagdeIngelichtOp: IsoDatum | null;
  readonly aangifteOp: IsoDatum | null;
  readonly inspecteurIngelichtOp: IsoDatum | null;
  /** "Onverwijld" duties done on a later day than their trigger (WPO art. 4a; the SDK reads: the same day). */
  readonly nietOnverwijld: readonly OnverwijldePlicht[];
  readonly afgeslotenOp: IsoDatum | null;
}

const LEEG: AangifteplichtToestand = {
  bekendOp: null,
  bekendBij: null,
  route: null,
  bevoegdGezagIngelichtOp: null,
  logboekOp: null,
  crisisteamOp: null,
  crisisteamDossierId: null,
  overleg: null,
  oudersIngelichtOp: null,
  aangeklaagdeIngelichtOp: null,
  aangifteOp: null,
  inspecteurIngelichtOp: null,
  nietOnverwijld: [],
  afgeslotenOp: null,
};

const fout = (code: KlachtenregelingProbleemCode): Probleem => ({
  code,
  pad: ['type'],
  melding: codeTekst(KLACHTENREGELING_PROBLEEM_CODES, code),
});

/** The board knows: it was told, or learned it itself (the trigger of the overlegplicht). */
const bevoegdGezagWeet = (t: AangifteplichtToestand): IsoDatum | null =>
  t.bekendBij === 'bevoegd-gezag' ? t.bekendOp : t.bevoegdGezagIngelichtOp;

/** The first problem of a step in the legal order, or none: each row a precondition with its code. */
function volgorde(eisen: readonly (readonly [boolean, KlachtenregelingProbleemCode])[]): Probleem[] {
  const eerste = eisen.find(([voldaan]) => !voldaan);
  return eerste ? [fout(eerste[1])] : [];
}

/** The basic preconditions of every step after the first event. */
const basis = (t: AangifteplichtToestand) =>
  [
    [t.bekendOp !== null, 'GEEN_VERMOEDEN'],
    [t.route === 'wpo-4a', 'BUITEN_REIKWIJDTE_4A'],
  ] as const;

/** The conditions for the aangifte (WPO art. 4a lid 2): consulted, reasonable suspicion, parents and accused told. */
const aangifteEisen = (t: AangifteplichtToestand) =>
  [
    ...basis(t),
    [bevoegdGezagWeet(t) !== null, 'BEVOEGD_GEZAG_NOG_NIET_INGELICHT'],
    [t.overleg !== null, 'GEEN_OVERLEG'],
    [t.overleg?.redelijkVermoeden === true, 'GEEN_REDELIJK_VERMOEDEN'],
    [t.oudersIngelichtOp !== null && t.aangeklaagdeIngelichtOp !== null, 'AANGIFTE_TE_VROEG'],
    [t.aangifteOp === null, 'STAP_AL_GEZET'],
  ] as const;

/** Flags `plicht` when `op` is later than `aanleiding` plus the "onverwijld" days of the registry. */
function markeer(
  t: AangifteplichtToestand,
  plicht: OnverwijldePlicht,
  aanleiding: IsoDatum | null,
  op: IsoDatum,
): readonly OnverwijldePlicht[] {
  if (aanleiding === null) return t.nietOnverwijld;
  const dagen = waardeVoor(onverwijldDagen, aanleiding).waarde;
  return dagnummer(op) - dagnummer(aanleiding) > dagen && !t.nietOnverwijld.includes(plicht)
    ? [...t.nietOnverwijld, plicht]
    : t.nietOnverwijld;
}

const plicht = (
  code: KlachtenregelingTermijnCode,
  rol: RolId,
  sinds: IsoDatum,
  vandaag: IsoDatum,
): OpenTermijn<KlachtenregelingTermijnCode> => {
  const bron = KLACHTENREGELING_TERMIJN_CODES[code].bron;
  const te = vandaag > sinds ? ' Niet dezelfde dag gedaan: te laat.' : '';
  return {
    code,
    rol,
    tekst: `${codeTekst(KLACHTENREGELING_TERMIJN_CODES, code)} Sinds ${sinds}.${te}`,
    ...(bron ? { bron } : {}),
  };
};

/**
 * The meld-, overleg- en aangifteplicht of WPO art. 4a as a dossier on kern's kernel. A staff member informs
 * the board onverwijld; the board consults the vertrouwensinspecteur onverwijld; on a reasonable suspicion it
 * informs the pupil's parents and the accused, then files aangifte onverwijld and informs the
 * vertrouwensinspecteur. The kernel refuses a step out of this order (an aangifte before the parents and the
 * accused are told: `AANGIFTE_TE_VROEG`), and `volgendeStappen` offers the steps only in it. "Onverwijld" is
 * shown as immediate (no date: the same day) and flagged in `nietOnverwijld` when a step came on a later day.
 * The seed's logboek and crisis team are steps; the crisis team itself is linked by id
 * (`crisisteamDossierId`), its validator lives in `@schoolveiligheid/calamiteiten`.
 *
 * @example
 * ```ts
 * import { aangifteplichtProcedure } from '@schoolveiligheid/klachtenregeling';
 * const d = aangifteplichtProcedure.herspeel({ id: 'melding-1' }, [
 *   { type: 'vermoeden-bekend', datum: '2026-12-01', bekendBij: 'bevoegd-gezag', slachtoffer: 'leerling-van-de-school', pleger: 'met-taken-belast', feit: 'seksueel-misdrijf' },
 *   { type: 'overleg-vertrouwensinspecteur', datum: '2026-12-01', redelijkVermoeden: true },
 * ]);
 * (d.ok ? aangifteplichtProcedure.volgendeStappen(d.waarde) : []).map((s) => s.code); //=> ['LOGBOEK_STARTEN', 'CRISISTEAM_VORMEN', 'OUDERS_INLICHTEN', 'AANGEKLAAGDE_INLICHTEN']
 * ```
 */
export const aangifteplichtProcedure = /* @__PURE__ */ procedure<
  AangifteplichtKop,
  AangifteplichtGebeurtenis,
  AangifteplichtToestand,
  Record<string, never>,
  KlachtenregelingTermijnCode,
  KlachtenregelingStapCode,
  RolId
>({
  naam: 'aangifteplicht',
  versie: 1,
  kop: aangifteplichtKopSchema,
  gebeurtenis: aangifteplichtGebeurtenisSchema,
  begin: () => LEEG,
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.afgeslotenOp !== null,
  overgangen: {
    'vermoeden-bekend': {
      controleer: (t) => (t.bekendOp === null ? [] : [fout('VERMOEDEN_AL_BEKEND')]),
      pasToe: (t, g) => ({ ...t, bekendOp: g.datum, bekendBij: g.bekendBij, route: reikwijdteVan(g).route }),
    },
    'bevoegd-gezag-ingelicht': {
      controleer: (t) =>
        volgorde([
          ...basis(t),
          [t.bevoegdGezagIngelichtOp === null && t.bekendBij === 'personeelslid', 'STAP_AL_GEZET'],
        ]),
      pasToe: (t, g) => ({
        ...t,
        bevoegdGezagIngelichtOp: g.datum,
        nietOnverwijld: markeer(t, 'melden', t.bekendOp, g.datum),
      }),
    },
    'logboek-gestart': {
      controleer: (t) => volgorde([...basis(t), [t.logboekOp === null, 'STAP_AL_GEZET']]),
      pasToe: (t, g) => ({ ...t, logboekOp: g.datum }),
    },
    'crisisteam-gevormd': {
      controleer: (t) => volgorde([...basis(t), [t.crisisteamOp === null, 'STAP_AL_GEZET']]),
      pasToe: (t, g) => ({ ...t, crisisteamOp: g.datum, crisisteamDossierId: g.crisisteamDossierId ?? null }),
    },
    'overleg-vertrouwensinspecteur': {
      controleer: (t) =>
        volgorde([
          ...basis(t),
          [bevoegdGezagWeet(t) !== null, 'BEVOEGD_GEZAG_NOG_NIET_INGELICHT'],
          [t.overleg === null, 'STAP_AL_GEZET'],
        ]),
      pasToe: (t, g) => ({
        ...t,
        overleg: { op: g.datum, redelijkVermoeden: g.redelijkVermoeden },
        nietOnverwijld: markeer(t, 'overleg', bevoegdGezagWeet(t), g.datum),
      }),
    },
    'ouders-ingelicht': {
      controleer: (t) =>
        volgorde([...aangifteEisen(t).slice(0, -2), [t.oudersIngelichtOp === null, 'STAP_AL_GEZET']]),
      pasToe: (t, g) => ({ ...t, oudersIngelichtOp: g.datum }),
    },
    'aangeklaagde-ingelicht': {
      controleer: (t) =>
        volgorde([...aangifteEisen(t).slice(0, -2), [t.aangeklaagdeIngelichtOp === null, 'STAP_AL_GEZET']]),
      pasToe: (t, g) => ({ ...t, aangeklaagdeIngelichtOp: g.datum }),
    },
    'aangifte-gedaan': {
      controleer: (t) => volgorde(aangifteEisen(t)),
      pasToe: (t, g) => ({
        ...t,
        aangifteOp: g.datum,
        nietOnverwijld: markeer(t, 'aangifte', t.overleg?.op ?? null, g.datum),
      }),
    },
    'vertrouwensinspecteur-ingelicht': {
      controleer: (t) =>
        volgorde([
          ...basis(t),
          [t.aangifteOp !== null, 'GEEN_AANGIFTE'],
          [t.inspecteurIngelichtOp === null, 'STAP_AL_GEZET'],
        ]),
      pasToe: (t, g) => ({
        ...t,
        inspecteurIngelichtOp: g.datum,
        nietOnverwijld: markeer(t, 'inkennisstelling', t.aangifteOp, g.datum),
      }),
    },
    afgesloten: { pasToe: (t, g) => ({ ...t, afgeslotenOp: g.datum }) },
  },
  openTermijnen: (t, _kop, nu) => {
    if (t.afgeslotenOp !== null || t.bekendOp === null || t.route !== 'wpo-4a') return [];
    const vandaag = amsterdamseDatum(epochMs(nu)); // the calendar day of nu in Europe/Amsterdam
    const weet = bevoegdGezagWeet(t);
    if (weet === null) return [plicht('BEVOEGD_GEZAG_INLICHTEN', 'medewerker', t.bekendOp, vandaag)];
    if (t.overleg === null) return [plicht('OVERLEG_VERTROUWENSINSPECTEUR', 'bevoegd-gezag', weet, vandaag)];
    if (!t.overleg.redelijkVermoeden) return [];
    const lijst: OpenTermijn<KlachtenregelingTermijnCode>[] = [];
    if (t.oudersIngelichtOp === null)
      lijst.push(plicht('OUDERS_INLICHTEN', 'bevoegd-gezag', t.overleg.op, vandaag));
    if (t.aangeklaagdeIngelichtOp === null)
      lijst.push(plicht('AANGEKLAAGDE_INLICHTEN', 'bevoegd-gezag', t.overleg.op, vandaag));
    if (t.aangifteOp === null) lijst.push(plicht('AANGIFTE', 'bevoegd-gezag', t.overleg.op, vandaag));
    else if (t.inspecteurIngelichtOp === null)
      lijst.push(plicht('VERTROUWENSINSPECTEUR_INLICHTEN', 'bevoegd-gezag', t.aangifteOp, vandaag));
    return lijst;
  },
  volgendeStappen: (t) => {
    if (t.afgeslotenOp !== null || t.bekendOp === null) return [];
    if (t.route !== 'wpo-4a') return [stap('ANDERE_ROUTE', 'medewerker')];
    if (bevoegdGezagWeet(t) === null)
      return [stap('BEVOEGD_GEZAG_INLICHTEN', 'medewerker', 'BEVOEGD_GEZAG_INLICHTEN')];
    const seed = [
      ...(t.logboekOp === null ? [stap('LOGBOEK_STARTEN', 'bevoegd-gezag')] : []),
      ...(t.crisisteamOp === null ? [stap('CRISISTEAM_VORMEN', 'crisisteam')] : []),
    ];
    if (t.overleg === null)
      return [
        ...seed,
        stap('OVERLEG_VERTROUWENSINSPECTEUR', 'bevoegd-gezag', 'OVERLEG_VERTROUWENSINSPECTEUR'),
      ];
    if (!t.overleg.redelijkVermoeden) return [...seed, stap('AFSLUITEN_ZONDER_AANGIFTE', 'bevoegd-gezag')];
    const inlichten = [
      ...(t.oudersIngelichtOp === null
        ? [stap('OUDERS_INLICHTEN', 'bevoegd-gezag', 'OUDERS_INLICHTEN')]
        : []),
      ...(t.aangeklaagdeIngelichtOp === null
        ? [stap('AANGEKLAAGDE_INLICHTEN', 'bevoegd-gezag', 'AANGEKLAAGDE_INLICHTEN')]
        : []),
    ];
    if (inlichten.length > 0) return [...seed, ...inlichten];
    if (t.aangifteOp === null) return [...seed, stap('AANGIFTE_DOEN', 'bevoegd-gezag', 'AANGIFTE')];
    if (t.inspecteurIngelichtOp === null)
      return [
        ...seed,
        stap('VERTROUWENSINSPECTEUR_INLICHTEN', 'bevoegd-gezag', 'VERTROUWENSINSPECTEUR_INLICHTEN'),
      ];
    return [...seed, stap('AFSLUITEN', 'bevoegd-gezag')];
  },
});
