import {
  codeTekst,
  type Dossier,
  dagnummer,
  type IsoDatum,
  isoDatumSchema,
  type Probleem,
  procedure,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { arbowetMeldplicht } from '../arbowet/meldplicht.js';
import { ID_PATROON } from '../bewaak.js';
import { ARBOWET_9_LID_1, ARBOWET_9_LID_2, SEED_2018 } from '../bronnen/bronnen.js';
import {
  MONITORING_PROBLEEM_CODES,
  MONITORING_STAP_CODES,
  MONITORING_TERMIJN_CODES,
  type MonitoringProbleemCode,
  type MonitoringStapCode,
  type MonitoringTermijnCode,
} from '../codes/codes.js';

/**
 * Schema of the header of an incident registration dossier: the dossier id and who was hit (by kind).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { incidentKopSchema } from '@schoolveiligheid/monitoring';
 * valideer(incidentKopSchema, { id: 'ongeval-1', getroffene: 'werknemer' }).ok; //=> true
 * ```
 */
export const incidentKopSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z.string().regex(ID_PATROON).describe('The dossier id; never a name or a BSN.'),
    getroffene: /* @__PURE__ */ z
      .enum(['werknemer', 'uitzendkracht', 'stagiair', 'vrijwilliger', 'zzp', 'leerling', 'derde'])
      .describe('Who was hit.'),
    werkachtig: /* @__PURE__ */ z.boolean().optional().describe('A pupil in a work-like activity.'),
  })
  .describe('Header of an incident registration dossier.');

/** The consequences of an accident, light to grave (the order `ernstigste` compares by). */
export const GEVOLGEN = [
  'geen',
  'ehbo',
  'poliklinisch',
  'dagopname',
  'opname',
  'blijvend-letsel',
  'overleden',
] as const;

/**
 * Schema of the events of an incident registration dossier, discriminated on `type`.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { incidentGebeurtenisSchema } from '@schoolveiligheid/monitoring';
 * valideer(incidentGebeurtenisSchema, { type: 'incident-geregistreerd', datum: '2026-11-02', gevolg: 'poliklinisch' }).ok; //=> true
 * ```
 */
export const incidentGebeurtenisSchema = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('incident-geregistreerd'),
        datum: isoDatumSchema,
        gevolg: /* @__PURE__ */ z.enum(GEVOLGEN),
      })
      .describe('The veiligheidscoördinator registered the incident with its first known consequence.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('gevolg-vastgesteld'),
        datum: isoDatumSchema,
        gevolg: /* @__PURE__ */ z.enum(GEVOLGEN),
      })
      .describe('A (worse) consequence became clear on datum.'),
    /* @__PURE__ */ z
      .object({
        type: /* @__PURE__ */ z.literal('verzuim-vastgesteld'),
        datum: isoDatumSchema,
        werkdagen: /* @__PURE__ */ z.number().int().nonnegative().max(10_000),
      })
      .describe('The absence in workdays known on datum.'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('bestuur-geinformeerd'), datum: isoDatumSchema })
      .describe('The head teacher informed the board (seed: every incident).'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('arbeidsinspectie-gemeld'), datum: isoDatumSchema })
      .describe('The accident was reported to the Nederlandse Arbeidsinspectie.'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('opgenomen-in-lijst'), datum: isoDatumSchema })
      .describe('The accident was added to the list of art. 9 lid 2.'),
    /* @__PURE__ */ z
      .object({ type: /* @__PURE__ */ z.literal('dossier-afgesloten'), datum: isoDatumSchema })
      .describe('The veiligheidscoördinator closed the dossier; no events after this.'),
  ])
  .describe('An event of an incident registration dossier.');

/** The header of an incident dossier. */
export type IncidentKop = z.infer<typeof incidentKopSchema>;
/** An event of an incident dossier. */
export type IncidentGebeurtenis = z.infer<typeof incidentGebeurtenisSchema>;
/** A stored incident dossier. */
export type IncidentDossier = Dossier<IncidentKop, IncidentGebeurtenis>;

/** The state of an incident dossier: flags and the latest values only. */
export interface IncidentToestand {
  readonly datum: IsoDatum | null;
  readonly gevolg: (typeof GEVOLGEN)[number];
  readonly gevolgBekendOp: IsoDatum | null;
  readonly verzuim: number;
  readonly bestuurGeinformeerd: boolean;
  readonly gemeld: boolean;
  readonly inLijst: boolean;
  readonly afgesloten: boolean;
}

const probleem = (code: MonitoringProbleemCode): Probleem => ({
  code,
  pad: ['type'],
  melding: codeTekst(MONITORING_PROBLEEM_CODES, code),
});
const eerst = (t: IncidentToestand) => (t.datum === null ? [probleem('GEEN_REGISTRATIE')] : []);
const erger = (a: IncidentToestand['gevolg'], b: IncidentToestand['gevolg']) =>
  GEVOLGEN.indexOf(b) > GEVOLGEN.indexOf(a) ? b : a;

function beoordeel(t: IncidentToestand, kop: IncidentKop) {
  if (t.datum === null) return undefined;
  return arbowetMeldplicht({
    datum: t.datum,
    getroffene: kop.getroffene,
    ...(kop.werkachtig === undefined ? {} : { werkachtig: kop.werkachtig }),
    gevolg: t.gevolg,
    ...(t.gevolgBekendOp ? { gevolgBekendOp: t.gevolgBekendOp } : {}),
    verzuimWerkdagen: t.verzuim,
  }).uitkomst;
}

/**
 * The incident registration dossier on kern's procedure kernel: registration, later consequences (an accident
 * that turns out permanent after months), absence, informing the board, the report to the Arbeidsinspectie and
 * the list of art. 9 lid 2. `openTermijnen` names the "direct" report while it is due; `volgendeStappen` what
 * is left.
 *
 * @example
 * ```ts
 * import { monitoringProcedure } from '@schoolveiligheid/monitoring';
 * const d = monitoringProcedure.herspeel({ id: 'ongeval-1', getroffene: 'werknemer' }, [{ type: 'incident-geregistreerd', datum: '2026-11-02', gevolg: 'dagopname' }]);
 * d.ok ? monitoringProcedure.openTermijnen(d.waarde, '2026-11-02T12:00:00+01:00').map((t) => t.code) : []; //=> ['MELDEN_ARBEIDSINSPECTIE']
 * ```
 */
export const monitoringProcedure = /* @__PURE__ */ procedure<
  IncidentKop,
  IncidentGebeurtenis,
  IncidentToestand,
  Record<string, never>,
  MonitoringTermijnCode,
  MonitoringStapCode
>({
  naam: 'monitoring-incident',
  versie: 1,
  kop: incidentKopSchema,
  gebeurtenis: incidentGebeurtenisSchema,
  begin: () => ({
    datum: null,
    gevolg: 'geen',
    gevolgBekendOp: null,
    verzuim: 0,
    bestuurGeinformeerd: false,
    gemeld: false,
    inLijst: false,
    afgesloten: false,
  }),
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.afgesloten,
  overgangen: {
    'incident-geregistreerd': {
      controleer: (t) => (t.datum !== null ? [probleem('AL_GEREGISTREERD')] : []),
      pasToe: (t, g) => ({ ...t, datum: g.datum, gevolg: g.gevolg }),
    },
    'gevolg-vastgesteld': {
      controleer: eerst,
      pasToe: (t, g) => {
        const gevolg = erger(t.gevolg, g.gevolg);
        return { ...t, gevolg, gevolgBekendOp: gevolg !== t.gevolg ? g.datum : t.gevolgBekendOp };
      },
    },
    'verzuim-vastgesteld': {
      controleer: eerst,
      pasToe: (t, g) => ({ ...t, verzuim: Math.max(t.verzuim, g.werkdagen) }),
    },
    'bestuur-geinformeerd': { controleer: eerst, pasToe: (t) => ({ ...t, bestuurGeinformeerd: true }) },
    'arbeidsinspectie-gemeld': { controleer: eerst, pasToe: (t) => ({ ...t, gemeld: true }) },
    'opgenomen-in-lijst': { controleer: eerst, pasToe: (t) => ({ ...t, inLijst: true }) },
    'dossier-afgesloten': { controleer: eerst, pasToe: (t) => ({ ...t, afgesloten: true }) },
  },
  openTermijnen: (t, kop) => {
    if (t.afgesloten) return [];
    const m = beoordeel(t, kop);
    if (!m?.meldplichtig || t.gemeld) return [];
    return [
      {
        code: 'MELDEN_ARBEIDSINSPECTIE',
        rol: 'bevoegd-gezag',
        tekst: codeTekst(MONITORING_TERMIJN_CODES, 'MELDEN_ARBEIDSINSPECTIE'),
        bron: ARBOWET_9_LID_1,
      },
    ];
  },
  volgendeStappen: (t, kop) => {
    if (t.datum === null)
      return [
        {
          code: 'INCIDENT_REGISTREREN',
          rol: 'veiligheidscoordinator',
          tekst: codeTekst(MONITORING_STAP_CODES, 'INCIDENT_REGISTREREN'),
          bron: SEED_2018,
        },
      ];
    if (t.afgesloten) return [];
    const m = beoordeel(t, kop);
    const stappen: {
      code: MonitoringStapCode;
      rol: 'directeur' | 'veiligheidscoordinator';
      tekst: string;
      bron: typeof SEED_2018;
      termijnCode?: MonitoringTermijnCode;
    }[] = [];
    if (!t.bestuurGeinformeerd)
      stappen.push({
        code: 'CVB_INFORMEREN',
        rol: 'directeur',
        tekst: codeTekst(MONITORING_STAP_CODES, 'CVB_INFORMEREN'),
        bron: SEED_2018,
      });
    if (m?.meldplichtig && !t.gemeld)
      stappen.push({
        code: 'MELDEN_ARBEIDSINSPECTIE',
        rol: 'veiligheidscoordinator',
        tekst: codeTekst(MONITORING_STAP_CODES, 'MELDEN_ARBEIDSINSPECTIE'),
        bron: ARBOWET_9_LID_1,
        termijnCode: 'MELDEN_ARBEIDSINSPECTIE',
      });
    if ((m?.opLijst || t.gemeld) && m?.valtOnderArtikel9 && !t.inLijst)
      stappen.push({
        code: 'OPNEMEN_IN_LIJST',
        rol: 'veiligheidscoordinator',
        tekst: codeTekst(MONITORING_STAP_CODES, 'OPNEMEN_IN_LIJST'),
        bron: ARBOWET_9_LID_2,
      });
    return stappen;
  },
});
