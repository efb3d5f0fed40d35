import {
  type Bron,
  berekenTermijn,
  codeTekst,
  EIGEN_BELEID_TITEL,
  type IsoDatum,
  isoDatumSchema,
  plusDagen,
  plusMaanden,
  type Reden,
  type RolId,
  type Tijdstip,
  valideer,
  zoekWaardeOp,
  waardeOp,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { datumVan, eisNu, ID_PATROON, ongeldigeInvoer, waardeOfFout } from '../bewaak.js';
import {
  ARBOWET_5,
  BESLUIT_34_6A,
  INSPECTIE_AANLEVERING,
  WPO_4C_LID_1,
  WPO_4C_LID_4,
} from '../bronnen/bronnen.js';
import {
  MONITORING_PLAN_CODES,
  MONITORING_REDEN_CODES,
  type MonitoringPlanCode,
  type MonitoringRedenCode,
} from '../codes/codes.js';
import {
  aanleveringInspectie,
  aanlevertermijn,
  afnamesPerSchooljaar,
  inspectieAanleverdatum,
  schooljaarLaatsteDag,
} from '../regels/regels.js';

const ritmeSchema = /* @__PURE__ */ z
  .object({
    laatsteOp: isoDatumSchema,
    intervalMaanden: /* @__PURE__ */ z
      .number()
      .int()
      .min(1)
      .max(120)
      .describe("The school's own interval in months."),
  })
  .describe("A rhythm of the school's own: the last time and the interval.");

/**
 * Schema of the school settings of {@link monitoringsplanning}: when the pupil monitor is planned and what was
 * done this year, and the school's own rhythms for the staff monitor and the RI&E.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { schoolMonitoringSchema } from '@schoolveiligheid/monitoring';
 * valideer(schoolMonitoringSchema, { id: 'school-a', afnamemaand: 11 }).ok; //=> true
 * ```
 */
export const schoolMonitoringSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z.string().regex(ID_PATROON).describe("The school's id in the vendor's system."),
    afnamemaand: /* @__PURE__ */ z
      .number()
      .int()
      .min(1)
      .max(12)
      .optional()
      .describe('Planned month of the pupil monitor.'),
    afgenomenOp: /* @__PURE__ */ isoDatumSchema
      .optional()
      .describe('When the pupil monitor was administered this year.'),
    aangeleverdOp: /* @__PURE__ */ isoDatumSchema
      .optional()
      .describe('When the results reached the inspectie.'),
    personeelsmonitor: /* @__PURE__ */ ritmeSchema.optional(),
    rie: /* @__PURE__ */ ritmeSchema.optional(),
  })
  .describe("A school's monitoring settings for one school year.");

/** The school settings of {@link monitoringsplanning}. */
export type SchoolMonitoring = z.infer<typeof schoolMonitoringSchema>;

/** One item of a monitoring plan: what, by when, who, on what source, and its status at `nu`. */
export interface PlanItem {
  readonly code: MonitoringPlanCode;
  readonly tekst: string;
  readonly rol: RolId;
  /** The due date; null for "onverwijld" before the round was held. */
  readonly uiterlijk: IsoDatum | null;
  /** The school's planned date, when it set one. */
  readonly gepland?: IsoDatum;
  readonly bron: Bron;
  readonly status: 'gedaan' | 'open' | 'verlopen';
}

/** The answer of {@link monitoringsplanning}. */
export interface Monitoringsplanning {
  readonly schooljaar: string;
  readonly items: readonly PlanItem[];
  /** Codes of the items overdue at `nu`. */
  readonly achterstallig: readonly MonitoringPlanCode[];
  readonly redenen: readonly Reden<MonitoringRedenCode>[];
}

const EIGEN_BELEID: Bron = { titel: EIGEN_BELEID_TITEL, zekerheid: 'secundair' };
const AUGUSTUS = 8; // geen-rechtsgetal: calendar fact (the month the schooljaar starts)
const SCHOOLJAAR_PATROON = /^(\d{4})-(\d{4})$/;
const EERSTE_JAAR = 1990; // geen-rechtsgetal: the SDK's range of school years
const LAATSTE_JAAR = 2190; // geen-rechtsgetal: the SDK's range of school years

function reden(
  code: MonitoringRedenCode,
  bron: Bron,
  parameters?: Record<string, string | number>,
): Reden<MonitoringRedenCode> {
  return {
    code,
    tekst: codeTekst(MONITORING_REDEN_CODES, code, 'nl', parameters),
    bron,
    ...(parameters ? { parameters } : {}),
  };
}

/**
 * The monitoring rounds of one school year (`'2025-2026'`): the pupil monitor (at least once per schooljaar,
 * Besluit bekostiging WPO art. 34.6a), the delivery to the inspectie ("onverwijld", WPO art. 4c lid 4, and the
 * Inspectie's 1 July practice, each with its source and certainty), and the school's own rhythms for the staff
 * monitor and the RI&E (Arbowet art. 5 sets no interval). Every item has a due date and a responsible role;
 * with `nu`, what is overdue. Throws `ONGELDIGE_INVOER` for settings outside {@link schoolMonitoringSchema} or
 * a malformed school year, `ONGELDIG_TIJDSTIP` for a bad `nu`.
 *
 * @example
 * ```ts
 * import { monitoringsplanning } from '@schoolveiligheid/monitoring';
 * const p = monitoringsplanning({ id: 'school-a', afnamemaand: 11 }, '2025-2026', { nu: '2026-08-15T09:00:00+02:00' });
 * p.achterstallig; //=> ['LEERLINGMONITOR', 'AANLEVERING_INSPECTIE']
 * ```
 */
export function monitoringsplanning(
  school: SchoolMonitoring,
  schooljaar: string,
  opties: { readonly nu?: Tijdstip } = {},
): Monitoringsplanning {
  const s = waardeOfFout(valideer(schoolMonitoringSchema, school), 'De school');
  const m = typeof schooljaar === 'string' ? SCHOOLJAAR_PATROON.exec(schooljaar) : null;
  const beginJaar = m ? Number(m[1]) : Number.NaN;
  if (!m || Number(m[2]) !== beginJaar + 1 || beginJaar < EERSTE_JAAR || beginJaar > LAATSTE_JAAR)
    ongeldigeInvoer('Geef het schooljaar als JJJJ-JJJJ (twee opeenvolgende jaren).');
  const nu =
    opties !== null && typeof opties === 'object' && opties.nu !== undefined
      ? datumVan(eisNu(opties.nu))
      : undefined;
  const eindJaar = beginJaar + 1;
  const laatsteDag = waardeOp(schooljaarLaatsteDag, `${eindJaar}-01-01`).waarde;
  const eind = `${eindJaar}-${laatsteDag}` as IsoDatum;
  const begin = plusDagen(`${beginJaar}-${laatsteDag}` as IsoDatum, 1);
  const binnen = (d: IsoDatum | undefined): d is IsoDatum => d !== undefined && d >= begin && d <= eind;
  const status = (gedaan: boolean, uiterlijk: IsoDatum | null): PlanItem['status'] =>
    gedaan ? 'gedaan' : nu !== undefined && uiterlijk !== null && nu > uiterlijk ? 'verlopen' : 'open';
  const items: PlanItem[] = [];
  const redenen: Reden<MonitoringRedenCode>[] = [];
  const item = (i: Omit<PlanItem, 'tekst'>) =>
    items.push({ ...i, tekst: codeTekst(MONITORING_PLAN_CODES, i.code) });

  // The pupil monitor: at least once in the schooljaar, among a representative part.
  const aantal = waardeOp(afnamesPerSchooljaar, eind);
  const gepland =
    s.afnamemaand === undefined
      ? undefined
      : plusDagen(
          plusMaanden(
            `${s.afnamemaand >= AUGUSTUS ? beginJaar : eindJaar}-${String(s.afnamemaand).padStart(2, '0')}-01` as IsoDatum,
            1,
          ),
          -1,
        );
  const afgenomen = binnen(s.afgenomenOp);
  item({
    code: 'LEERLINGMONITOR',
    rol: 'veiligheidscoordinator',
    uiterlijk: eind,
    ...(gepland ? { gepland } : {}),
    bron: aantal.bron,
    status: status(afgenomen, eind),
  });
  redenen.push(reden('MONITOR_JAARLIJKS', BESLUIT_34_6A, { aantal: aantal.waarde, uiterlijk: eind }));
  redenen.push(reden('DOELGROEP_REPRESENTATIEF', WPO_4C_LID_1));

  // Delivery: statute ("onverwijld") and Inspectie practice (1 July), each with its own certainty.
  const plicht = zoekWaardeOp(aanleveringInspectie, eind);
  const aangeleverd = binnen(s.aangeleverdOp);
  if (plicht?.waarde === true) {
    const termijn = waardeOp(aanlevertermijn, eind);
    item({
      code: 'AANLEVERING_ONVERWIJLD',
      rol: 'bevoegd-gezag',
      uiterlijk: afgenomen ? (s.afgenomenOp as IsoDatum) : null,
      bron: termijn.bron,
      status: aangeleverd ? 'gedaan' : 'open',
    });
    redenen.push(reden('AANLEVERING_ONVERWIJLD', WPO_4C_LID_4));
  } else redenen.push(reden('AANLEVERING_NOG_NIET_VEREIST', WPO_4C_LID_4));
  const ophaaldatum = `${eindJaar}-${waardeOp(inspectieAanleverdatum, eind).waarde}` as IsoDatum;
  item({
    code: 'AANLEVERING_INSPECTIE',
    rol: 'bevoegd-gezag',
    uiterlijk: ophaaldatum,
    bron: INSPECTIE_AANLEVERING,
    status: status(aangeleverd, ophaaldatum),
  });
  redenen.push(reden('AANLEVERING_1_JULI', INSPECTIE_AANLEVERING, { uiterlijk: ophaaldatum }));

  // The school's own rhythms: due = last time + interval (a trace by berekenTermijn, no Atw: policy).
  const ritme = (code: 'PERSONEELSMONITOR' | 'RIE', r: SchoolMonitoring['rie'], rol: RolId) => {
    if (!r) return;
    const t = berekenTermijn({
      gebeurtenis: r.laatsteOp,
      duur: { aantal: r.intervalMaanden, eenheid: 'maanden' },
      grondslag: 'regeling',
      bron: EIGEN_BELEID,
    });
    if (t.laatsteDag > eind) return;
    item({ code, rol, uiterlijk: t.laatsteDag, bron: EIGEN_BELEID, status: status(false, t.laatsteDag) });
    redenen.push(reden('EIGEN_RITME', EIGEN_BELEID, { maanden: r.intervalMaanden }));
  };
  ritme('PERSONEELSMONITOR', s.personeelsmonitor, 'veiligheidscoordinator');
  ritme('RIE', s.rie, 'directeur');
  if (s.rie) redenen.push(reden('RIE_GEEN_VASTE_TERMIJN', ARBOWET_5));

  return {
    schooljaar: `${beginJaar}-${eindJaar}`,
    items,
    achterstallig: items.filter((i) => i.status === 'verlopen').map((i) => i.code),
    redenen,
  };
}
