import {
  type Beleid,
  codeTekst,
  type Dossier,
  type Duur,
  dagnummer,
  type IsoDatum,
  isoDatumSchema,
  type OpenTermijn,
  type Probleem,
  procedure,
  type Reden,
  type RolId,
  type TermijnUitkomst,
  termijnStatus,
  waardeVoor,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { SEED_VOORZIENING, WPO_14_LID_7 } from '../bronnen/bronnen.js';
import {
  KLACHTENREGELING_PROBLEEM_CODES,
  KLACHTENREGELING_TERMIJN_CODES,
  type KlachtenregelingProbleemCode,
  type KlachtenregelingRedenCode,
  type KlachtenregelingStapCode,
  type KlachtenregelingTermijnCode,
} from '../codes/codes.js';
import { eisBeleid, reden, stap, termijnParameters, termijnVan } from '../gedeeld/gedeeld.js';
import {
  eigenAfhandelingTermijn,
  standpuntMaxVerlenging,
  standpuntTermijn,
  verlengingVoorAfloop,
} from '../regels/regels.js';
import { ONTVANGERS } from '../routering/routering.js';

const datum = isoDatumSchema;
const AANGEKLAAGDE = [
  'bevoegd-gezag',
  'directie',
  'personeelslid',
  'vrijwilliger',
  'ouder',
  'leerling',
  'anders',
] as const;
const OORDELEN = ['gegrond', 'deels-gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;

/**
 * Schema of the header of a klacht dossier: the dossier's id (never a name or a BSN).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { klachtKopSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(klachtKopSchema, { id: 'klacht-1' }).ok; //=> true
 * ```
 */
export const klachtKopSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z
      .string()
      .regex(/^[a-z\d][a-z\d-]*$/)
      .max(100)
      .meta({
        description: "The dossier's id: lower-case letters, digits and hyphens; never a name or a BSN.",
      }),
  })
  .meta({ description: 'Header of a klacht dossier (WPO art. 14).' });

/**
 * Schema of the events of a klacht dossier, discriminated on `type`: the informal route, filing, forwarding,
 * the board's own handling, interim measures, hearings, the oordeel, an extension, the board's position,
 * rehabilitation and closing. Dates only, never free text.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { klachtGebeurtenisSchema } from '@schoolveiligheid/klachtenregeling';
 * valideer(klachtGebeurtenisSchema, { type: 'oordeel-ontvangen', datum: '2026-11-27', oordeel: 'gegrond' }).ok; //=> true
 * ```
 */
export const klachtGebeurtenisSchema = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('informeel-overleg'),
        datum,
        met: /* @__PURE__ */ z.enum([
          'betrokkene',
          'directie',
          'interne-contactpersoon',
          'vertrouwenspersoon',
        ]),
        opgelost: /* @__PURE__ */ z.boolean(),
      })
      .meta({
        description: 'The informal route before a formal complaint: a talk with met; opgelost closes.',
      }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('klacht-ingediend'),
        datum,
        bij: /* @__PURE__ */ z.enum(ONTVANGERS),
        aangeklaagde: /* @__PURE__ */ z.enum(AANGEKLAAGDE),
      })
      .meta({ description: 'A complaint arrived at bij on datum, about aangeklaagde.' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('klacht-doorgestuurd'),
        datum,
        naar: /* @__PURE__ */ z.enum(['bevoegd-gezag', 'klachtencommissie']),
      })
      .meta({ description: 'A complaint filed elsewhere was forwarded in confidence.' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('eigen-afhandeling-gestart'),
        datum,
        mediator: /* @__PURE__ */ z.boolean(),
        klagerStemtIn: /* @__PURE__ */ z.boolean(),
      })
      .meta({
        description: 'The board handles a simple complaint itself, with a mediator if the klager consents.',
      }),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('verwezen-naar-commissie'), datum })
      .meta({ description: 'The board referred the complaint to the klachtencommissie.' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('voorlopige-voorziening'),
        datum,
        soort: /* @__PURE__ */ z.enum(['schorsing-personeelslid', 'contactverbod', 'andere']),
        eindigtOp: datum,
      })
      .meta({ description: 'An interim measure (seed art. 5 lid 8) taken on datum, ending on eindigtOp.' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('partij-gehoord'),
        datum,
        partij: /* @__PURE__ */ z.enum(['klager', 'aangeklaagde']),
        bijgestaan: /* @__PURE__ */ z.boolean(),
      })
      .meta({
        description: 'A party explained its view to the commission, assisted or not (WPO art. 14 lid 5).',
      }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('oordeel-ontvangen'),
        datum,
        oordeel: /* @__PURE__ */ z.enum(OORDELEN),
      })
      .meta({
        description:
          "The board received the commission's oordeel on datum (WPO art. 14 lid 6); its term starts.",
      }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('termijn-verlengd'),
        datum,
        verlengdMet: /* @__PURE__ */ z
          .object({
            aantal: /* @__PURE__ */ z.number().int().min(1).max(520),
            eenheid: /* @__PURE__ */ z.enum(['kalenderdagen', 'weken']),
          })
          .meta({ description: 'The stated new term, counted from the end of the first term.' }),
        gemotiveerd: /* @__PURE__ */ z.boolean(),
      })
      .meta({
        description: 'The board announced a deviation from its term, with reasons (WPO art. 14 lid 7).',
      }),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('aangeklaagde-gehoord'), datum })
      .meta({ description: 'The accused was heard on the intended decision (seed art. 7 lid 3; CAO PO).' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('standpunt-meegedeeld'),
        datum,
        deeltOordeel: /* @__PURE__ */ z.boolean(),
        maatregel: /* @__PURE__ */ z.enum(['geen', 'rechtspositioneel', 'andere']),
      })
      .meta({
        description: 'The board told klager and commission its position and measures (WPO art. 14 lid 7).',
      }),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('gerehabiliteerd'), datum })
      .meta({ description: 'A rehabilitation of the accused after an unfounded complaint (seed Nazorg).' }),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('afgesloten'),
        datum,
        reden: /* @__PURE__ */ z.enum(['afgehandeld', 'ingetrokken']),
      })
      .meta({ description: 'The dossier closes.' }),
  ])
  .meta({ description: 'An event of a klacht dossier, discriminated on type.' });

/** The header of a klacht dossier. */
export type KlachtKop = z.infer<typeof klachtKopSchema>;
/** An event of a klacht dossier. */
export type KlachtGebeurtenis = z.infer<typeof klachtGebeurtenisSchema>;
/** A stored klacht dossier: plain JSON, the state is derived. */
export type KlachtDossier = Dossier<KlachtKop, KlachtGebeurtenis>;

/** The state of a klacht dossier, derived from its events (a fixed set of fields, whatever its length). */
export interface KlachtToestand {
  readonly informeel: 'betrokkene' | 'directie' | 'interne-contactpersoon' | 'vertrouwenspersoon' | null;
  readonly ingediendOp: IsoDatum | null;
  readonly ingediendBij: (typeof ONTVANGERS)[number] | null;
  readonly aangeklaagde: (typeof AANGEKLAAGDE)[number] | null;
  readonly doorgestuurd: {
    readonly op: IsoDatum;
    readonly naar: 'bevoegd-gezag' | 'klachtencommissie';
  } | null;
  readonly eigenAfhandeling: { readonly sinds: IsoDatum; readonly mediator: boolean } | null;
  readonly verwezenOp: IsoDatum | null;
  readonly voorziening: {
    readonly soort: 'schorsing-personeelslid' | 'contactverbod' | 'andere';
    readonly op: IsoDatum;
    readonly eindigtOp: IsoDatum;
  } | null;
  readonly gehoord: { readonly klager: boolean; readonly aangeklaagde: boolean };
  readonly oordeel: { readonly ontvangenOp: IsoDatum; readonly uitkomst: (typeof OORDELEN)[number] } | null;
  readonly verlenging: { readonly gemeldOp: IsoDatum; readonly verlengdMet: Duur } | null;
  readonly aangeklaagdeGehoordOp: IsoDatum | null;
  readonly standpunt: {
    readonly op: IsoDatum;
    readonly deeltOordeel: boolean;
    readonly maatregel: 'geen' | 'rechtspositioneel' | 'andere';
  } | null;
  readonly gerehabiliteerdOp: IsoDatum | null;
  readonly afgesloten: {
    readonly op: IsoDatum;
    readonly reden: 'afgehandeld' | 'ingetrokken' | 'opgelost';
  } | null;
}

/** Options of `openTermijnen` and `volgendeStappen` of {@link klachtProcedure}. */
export interface KlachtDossierOpties {
  /** The school's policy (for example `SEED_2018_BELEID`: 4 weeks own handling, extension at most 4 weeks). */
  readonly beleid?: Beleid;
}

const LEEG: KlachtToestand = {
  informeel: null,
  ingediendOp: null,
  ingediendBij: null,
  aangeklaagde: null,
  doorgestuurd: null,
  eigenAfhandeling: null,
  verwezenOp: null,
  voorziening: null,
  gehoord: { klager: false, aangeklaagde: false },
  oordeel: null,
  verlenging: null,
  aangeklaagdeGehoordOp: null,
  standpunt: null,
  gerehabiliteerdOp: null,
  afgesloten: null,
};

const fout = (code: KlachtenregelingProbleemCode, pad: readonly string[] = ['type']): Probleem => ({
  code,
  pad,
  melding: codeTekst(KLACHTENREGELING_PROBLEEM_CODES, code),
});
const eis = (voorwaarde: boolean, code: KlachtenregelingProbleemCode): Probleem[] =>
  voorwaarde ? [] : [fout(code)];

/** Filed with the board, or forwarded to it. */
const bijBevoegdGezag = (t: KlachtToestand) =>
  t.ingediendBij === 'bevoegd-gezag' || t.doorgestuurd?.naar === 'bevoegd-gezag';
/** Before the commission: filed or forwarded there, or referred by the board. */
const bijCommissie = (t: KlachtToestand) =>
  t.ingediendBij === 'klachtencommissie' ||
  t.doorgestuurd?.naar === 'klachtencommissie' ||
  t.verwezenOp !== null;
/** Filed with another body and not yet forwarded. */
const moetDoorgestuurd = (t: KlachtToestand) =>
  t.ingediendOp !== null && !bijBevoegdGezag(t) && !bijCommissie(t);

/** Who must forward a complaint filed with `bij`. */
const DOORSTUURDER: Readonly<Record<(typeof ONTVANGERS)[number], RolId>> = {
  'bevoegd-gezag': 'bevoegd-gezag',
  klachtencommissie: 'klachtencommissie',
  directeur: 'directeur',
  'interne-contactpersoon': 'interne-contactpersoon',
  vertrouwenspersoon: 'externe-vertrouwenspersoon',
  anders: 'medewerker',
};

/** The board's term with its extension, and the reasons: shared by `openTermijnen` and `toetsStandpunt`. */
export function standpuntTermijnVan(
  t: KlachtToestand,
  beleid: Beleid | undefined,
):
  | { readonly termijn: TermijnUitkomst; readonly redenen: readonly Reden<KlachtenregelingRedenCode>[] }
  | undefined {
  if (!t.oordeel) return undefined;
  const ontvangen = t.oordeel.ontvangenOp;
  const regel = zoekWaardeVoor(standpuntTermijn, ontvangen, beleid);
  const eerste = regel && termijnVan(ontvangen, regel.waarde, 'nl-wet', regel.bron);
  if (!regel || !eerste) return undefined;
  const redenen: Reden<KlachtenregelingRedenCode>[] = [
    reden('STANDPUNT_TERMIJN', termijnParameters(regel.waarde, eerste), regel.bron),
  ];
  if (!t.verlenging) return { termijn: eerste, redenen };
  if (
    waardeVoor(verlengingVoorAfloop, ontvangen, beleid).waarde &&
    t.verlenging.gemeldOp > eerste.laatsteDag
  ) {
    redenen.push(reden('VERLENGING_NA_AFLOOP'));
    return { termijn: eerste, redenen };
  }
  let termijn = termijnVan(eerste.laatsteDag, t.verlenging.verlengdMet, 'regeling', WPO_14_LID_7);
  if (!termijn) return { termijn: eerste, redenen };
  redenen.push(reden('VERLENGING_GEMELD', { laatsteDag: termijn.laatsteDag }));
  const max = zoekWaardeVoor(standpuntMaxVerlenging, ontvangen, beleid);
  const grens = max && termijnVan(eerste.laatsteDag, max.waarde, 'regeling', max.bron);
  if (max && grens && grens.laatsteDag < termijn.laatsteDag) {
    termijn = grens;
    redenen.push(reden('VERLENGING_BOVEN_MAXIMUM', termijnParameters(max.waarde, grens), max.bron));
  }
  return { termijn, redenen };
}

/** The policy's term for the board's own handling, when the policy sets one. */
function eigenAfhandelingVan(t: KlachtToestand, beleid: Beleid | undefined) {
  if (!t.eigenAfhandeling) return undefined;
  const regel = zoekWaardeVoor(eigenAfhandelingTermijn, t.eigenAfhandeling.sinds, beleid);
  const termijn = regel && termijnVan(t.eigenAfhandeling.sinds, regel.waarde, 'regeling', regel.bron);
  return regel && termijn ? { regel, termijn } : undefined;
}

const open = (
  code: KlachtenregelingTermijnCode,
  rol: RolId,
  nu: Parameters<typeof termijnStatus>[1],
  termijn?: TermijnUitkomst,
): OpenTermijn<KlachtenregelingTermijnCode> => {
  const bron = termijn?.bronnen[0] ?? KLACHTENREGELING_TERMIJN_CODES[code].bron;
  return {
    code,
    rol,
    tekst: codeTekst(KLACHTENREGELING_TERMIJN_CODES, code),
    ...(bron ? { bron } : {}),
    ...(termijn ? { termijn, status: termijnStatus(termijn, nu) } : {}),
  };
};

/**
 * The klacht procedure (WPO art. 14, the seed's klachtenregeling) on kern's kernel: `nieuwDossier`, `verwerk`,
 * `verwerkJson`, `verwerkAlle`, `herspeel`, `leesDossier`, `toestand`, `openTermijnen(dossier, nu, { beleid })`,
 * `volgendeStappen(dossier, { beleid })` and `openTermijnenVanAlle`. The board's term runs 4 weeks from receipt
 * of the oordeel with the Algemene termijnenwet; a reasoned extension adds its stated term (capped by a
 * policy such as the seed's 4 weeks). A position given late is accepted (see {@link toetsStandpunt}).
 *
 * @example
 * ```ts
 * import { klachtProcedure } from '@schoolveiligheid/klachtenregeling';
 * const d = klachtProcedure.herspeel({ id: 'klacht-1' }, [
 *   { type: 'klacht-ingediend', datum: '2026-10-01', bij: 'klachtencommissie', aangeklaagde: 'personeelslid' },
 *   { type: 'oordeel-ontvangen', datum: '2026-11-27', oordeel: 'gegrond' },
 * ]);
 * const t = d.ok ? klachtProcedure.openTermijnen(d.waarde, '2026-12-02T09:00:00+01:00') : [];
 * t.map((x) => [x.code, x.termijn?.laatsteDag]); //=> [['STANDPUNT', '2026-12-28']]
 * ```
 */
export const klachtProcedure = /* @__PURE__ */ procedure<
  KlachtKop,
  KlachtGebeurtenis,
  KlachtToestand,
  KlachtDossierOpties,
  KlachtenregelingTermijnCode,
  KlachtenregelingStapCode,
  RolId
>({
  naam: 'klacht',
  versie: 1,
  kop: klachtKopSchema,
  gebeurtenis: klachtGebeurtenisSchema,
  begin: () => LEEG,
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.afgesloten !== null,
  overgangen: {
    'informeel-overleg': {
      controleer: (t) => eis(t.ingediendOp === null, 'KLACHT_AL_INGEDIEND'),
      pasToe: (t, g) => ({
        ...t,
        informeel: g.met,
        afgesloten: g.opgelost ? { op: g.datum, reden: 'opgelost' } : null,
      }),
    },
    'klacht-ingediend': {
      controleer: (t) => eis(t.ingediendOp === null, 'KLACHT_AL_INGEDIEND'),
      pasToe: (t, g) => ({ ...t, ingediendOp: g.datum, ingediendBij: g.bij, aangeklaagde: g.aangeklaagde }),
    },
    'klacht-doorgestuurd': {
      controleer: (t) =>
        t.ingediendOp === null ? [fout('GEEN_KLACHT')] : eis(moetDoorgestuurd(t), 'NIET_ELDERS_INGEDIEND'),
      pasToe: (t, g) => ({ ...t, doorgestuurd: { op: g.datum, naar: g.naar } }),
    },
    'eigen-afhandeling-gestart': {
      controleer: (t, g) => [
        ...eis(bijBevoegdGezag(t) && !bijCommissie(t), 'NIET_BIJ_BEVOEGD_GEZAG'),
        ...(g.mediator && !g.klagerStemtIn ? [fout('MEDIATOR_ZONDER_INSTEMMING', ['klagerStemtIn'])] : []),
      ],
      pasToe: (t, g) => ({ ...t, eigenAfhandeling: { sinds: g.datum, mediator: g.mediator } }),
    },
    'verwezen-naar-commissie': {
      controleer: (t) => eis(bijBevoegdGezag(t) && t.verwezenOp === null, 'NIET_BIJ_BEVOEGD_GEZAG'),
      pasToe: (t, g) => ({ ...t, verwezenOp: g.datum }),
    },
    'voorlopige-voorziening': {
      controleer: (t, g) => [
        ...eis(t.ingediendOp !== null, 'GEEN_KLACHT'),
        ...(g.eindigtOp < g.datum ? [fout('VOORZIENING_EINDE_VOOR_BEGIN', ['eindigtOp'])] : []),
      ],
      pasToe: (t, g) => ({ ...t, voorziening: { soort: g.soort, op: g.datum, eindigtOp: g.eindigtOp } }),
    },
    'partij-gehoord': {
      controleer: (t) => eis(t.ingediendOp !== null, 'GEEN_KLACHT'),
      pasToe: (t, g) => ({ ...t, gehoord: { ...t.gehoord, [g.partij]: true } }),
    },
    'oordeel-ontvangen': {
      controleer: (t, g) =>
        t.ingediendOp === null
          ? [fout('GEEN_KLACHT')]
          : t.oordeel !== null
            ? [fout('OORDEEL_AL_ONTVANGEN')]
            : standpuntTermijnVan({ ...t, oordeel: { ontvangenOp: g.datum, uitkomst: g.oordeel } }, undefined)
              ? []
              : [fout('DATUM_BUITEN_BEREIK', ['datum'])],
      pasToe: (t, g) => ({ ...t, oordeel: { ontvangenOp: g.datum, uitkomst: g.oordeel } }),
    },
    'termijn-verlengd': {
      controleer: (t, g) => [
        ...eis(t.oordeel !== null && t.standpunt === null, 'GEEN_OORDEEL'),
        ...eis(t.verlenging === null, 'VERLENGING_AL_GEMELD'),
        ...(g.gemotiveerd ? [] : [fout('VERLENGING_ZONDER_REDENEN', ['gemotiveerd'])]),
      ],
      pasToe: (t, g) => ({ ...t, verlenging: { gemeldOp: g.datum, verlengdMet: g.verlengdMet } }),
    },
    'aangeklaagde-gehoord': {
      controleer: (t) => eis(t.oordeel !== null, 'GEEN_OORDEEL'),
      pasToe: (t, g) => ({ ...t, aangeklaagdeGehoordOp: g.datum }),
    },
    'standpunt-meegedeeld': {
      controleer: (t, g) =>
        t.oordeel === null
          ? [fout('GEEN_OORDEEL')]
          : t.standpunt !== null
            ? [fout('STANDPUNT_AL_MEEGEDEELD')]
            : g.maatregel === 'rechtspositioneel' && t.aangeklaagdeGehoordOp === null
              ? [fout('AANGEKLAAGDE_NIET_GEHOORD', ['maatregel'])]
              : [],
      pasToe: (t, g) => ({
        ...t,
        standpunt: { op: g.datum, deeltOordeel: g.deeltOordeel, maatregel: g.maatregel },
      }),
    },
    gerehabiliteerd: {
      controleer: (t) =>
        eis(t.oordeel?.uitkomst === 'ongegrond' && t.gerehabiliteerdOp === null, 'GEEN_ONGEGROND_OORDEEL'),
      pasToe: (t, g) => ({ ...t, gerehabiliteerdOp: g.datum }),
    },
    afgesloten: {
      pasToe: (t, g) => ({ ...t, afgesloten: { op: g.datum, reden: g.reden } }),
    },
  },
  openTermijnen: (t, _kop, nu, opties) => {
    if (t.afgesloten) return [];
    const beleid = eisBeleid(opties?.beleid);
    const termijnen: OpenTermijn<KlachtenregelingTermijnCode>[] = [];
    if (moetDoorgestuurd(t) && t.ingediendBij)
      termijnen.push(open('DOORSTUREN', DOORSTUURDER[t.ingediendBij], nu));
    const eigen = t.verwezenOp === null && t.oordeel === null ? eigenAfhandelingVan(t, beleid) : undefined;
    if (eigen) termijnen.push(open('EIGEN_AFHANDELING', 'bevoegd-gezag', nu, eigen.termijn));
    if (t.voorziening && t.voorziening.eindigtOp > t.voorziening.op) {
      const dagen = dagnummer(t.voorziening.eindigtOp) - dagnummer(t.voorziening.op);
      const termijn = termijnVan(
        t.voorziening.op,
        { aantal: dagen, eenheid: 'kalenderdagen' },
        'regeling',
        SEED_VOORZIENING,
      );
      if (termijn) termijnen.push(open('VOORLOPIGE_VOORZIENING', 'bevoegd-gezag', nu, termijn));
    }
    if (t.oordeel && !t.standpunt) {
      const standpunt = standpuntTermijnVan(t, beleid);
      termijnen.push(open('STANDPUNT', 'bevoegd-gezag', nu, standpunt?.termijn));
    }
    return termijnen;
  },
  volgendeStappen: (t) => {
    if (t.afgesloten) return [];
    if (t.ingediendOp === null)
      return [stap('INFORMEEL_OVERLEG', 'interne-contactpersoon'), stap('KLACHT_INDIENEN', 'ouders')];
    if (moetDoorgestuurd(t) && t.ingediendBij)
      return [stap('DOORSTUREN_NAAR_BEVOEGD_GEZAG', DOORSTUURDER[t.ingediendBij], 'DOORSTUREN')];
    if (!bijCommissie(t))
      return t.eigenAfhandeling
        ? [
            stap('VERWIJZEN_NAAR_COMMISSIE', 'bevoegd-gezag', 'EIGEN_AFHANDELING'),
            stap('AFSLUITEN', 'bevoegd-gezag'),
          ]
        : [stap('ROUTE_KIEZEN', 'bevoegd-gezag')];
    if (!t.oordeel)
      return [
        ...(t.gehoord.klager && t.gehoord.aangeklaagde ? [] : [stap('PARTIJEN_HOREN', 'klachtencommissie')]),
        stap('OORDEEL_AFWACHTEN', 'klachtencommissie'),
      ];
    if (!t.standpunt)
      return [
        ...(t.aangeklaagdeGehoordOp ? [] : [stap('AANGEKLAAGDE_HOREN', 'bevoegd-gezag')]),
        stap('STANDPUNT_MEEDELEN', 'bevoegd-gezag', 'STANDPUNT'),
      ];
    return [
      ...(t.oordeel.uitkomst === 'ongegrond' && !t.gerehabiliteerdOp
        ? [stap('REHABILITEREN', 'bevoegd-gezag')]
        : []),
      stap('AFSLUITEN', 'bevoegd-gezag'),
    ];
  },
});
