import {
  type Beleid,
  type Besluit,
  type Bron,
  besluit,
  codeTekst,
  type IsoDatum,
  isoDatumSchema,
  type Parameters,
  type Reden,
  valideer,
  registerVerantwoording,
  waardeOp,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { waardeOfFout } from '../bewaak.js';
import {
  ARBOWET_9_LID_1,
  ARBOWET_9_LID_2,
  LEERLING_INTERPRETATIE,
  NLA_ARBEIDSONGEVAL,
  SEED_2018_24_UUR,
} from '../bronnen/bronnen.js';
import { MONITORING_REDEN_CODES, type MonitoringRedenCode } from '../codes/codes.js';
import { PAKKET } from '../pakket.js';
import {
  elkeOpnameMeldplichtig,
  MONITORING_REGELS,
  meldtermijnArbeidsinspectie,
  registerVerzuimWerkdagen,
} from '../regels/regels.js';

/**
 * Schema of an accident for {@link arbowetMeldplicht}: who was hit, the worst known consequence, when it became
 * known, the absence. No names: the vendor holds them.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { ongevalSchema } from '@schoolveiligheid/monitoring';
 * valideer(ongevalSchema, { datum: '2026-11-02', getroffene: 'werknemer', gevolg: 'dagopname' }).ok; //=> true
 * ```
 */
export const ongevalSchema = /* @__PURE__ */ z
  .object({
    datum: isoDatumSchema,
    getroffene: /* @__PURE__ */ z
      .enum(['werknemer', 'uitzendkracht', 'stagiair', 'vrijwilliger', 'zzp', 'leerling', 'derde'])
      .describe(
        "Who was hit: a worker (employee or under the employer's authority), a pupil or a third party.",
      ),
    werkachtig: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe('For a pupil: the accident happened in a work-like activity (a work placement).'),
    gevolg: /* @__PURE__ */ z
      .enum(['geen', 'ehbo', 'poliklinisch', 'dagopname', 'opname', 'blijvend-letsel', 'overleden'])
      .describe('The worst consequence known now.'),
    opnameNaUren: /* @__PURE__ */ z
      .number()
      .int()
      .nonnegative()
      .max(100_000)
      .optional()
      .describe("Hours between the accident and the hospital admission (for the seed's 24-hour criterion)."),
    gevolgBekendOp: /* @__PURE__ */ isoDatumSchema
      .optional()
      .describe('When the consequence became clear, if later than the accident.'),
    verzuimWerkdagen: /* @__PURE__ */ z
      .number()
      .int()
      .nonnegative()
      .max(10_000)
      .optional()
      .describe('Workdays of absence.'),
  })
  .describe('A work accident at school, for the Arbowet art. 9 decision.');

/** An accident for {@link arbowetMeldplicht}. */
export type Ongeval = z.infer<typeof ongevalSchema>;

/** The answer of {@link arbowetMeldplicht}. */
export interface Meldplicht {
  /** Does art. 9 apply to this person at all? */
  readonly valtOnderArtikel9: boolean;
  /** Must the employer report to the Nederlandse Arbeidsinspectie? */
  readonly meldplichtig: boolean;
  /** The statutory term ("direct"). */
  readonly meldtermijn: string;
  /** From when the report is due (the accident, or when the seriousness became clear); null when not due. */
  readonly meldenVanaf: IsoDatum | null;
  /** Does the accident go on the list of art. 9 lid 2? */
  readonly opLijst: boolean;
  /** Who reports: the employer is the bevoegd gezag; the seed assigns the task to the veiligheidscoördinator. */
  readonly rol: 'bevoegd-gezag';
}

/** Options of {@link arbowetMeldplicht}. */
export interface MeldplichtOpties {
  /** A school's policy (see `SEED_2018_BELEID`): its laxer values are explained, the law still decides. */
  readonly beleid?: Beleid;
}

interface Feiten {
  readonly o: Ongeval;
  readonly ernstig: boolean;
  readonly binnenBereik: boolean;
  readonly drempel: number;
  readonly beleidAlleen24Uur: boolean;
}

/** One row of the decision table: when it holds, its reason and source. */
interface Criterium {
  readonly code: MonitoringRedenCode;
  readonly geldt: (f: Feiten) => boolean;
  readonly bron: Bron;
  readonly parameters?: (f: Feiten) => Parameters;
}

const WERKENDEN = ['uitzendkracht', 'stagiair', 'vrijwilliger', 'zzp'] as const;
const ERNSTIG = ['dagopname', 'opname', 'blijvend-letsel', 'overleden'] as const;
const isErnstig = (g: Ongeval['gevolg']): boolean => (ERNSTIG as readonly string[]).includes(g);
const valtOnder = (o: Ongeval): boolean =>
  o.getroffene === 'werknemer' ||
  (WERKENDEN as readonly string[]).includes(o.getroffene) ||
  (o.getroffene === 'leerling' && o.werkachtig === true);

/** Who is covered (Arbowet art. 9 with the NLA's reading of "werknemer"). */
const BEREIK: readonly Criterium[] = [
  { code: 'WERKNEMER', geldt: (f) => f.o.getroffene === 'werknemer', bron: ARBOWET_9_LID_1 },
  {
    code: 'ONDER_GEZAG',
    geldt: (f) => (WERKENDEN as readonly string[]).includes(f.o.getroffene),
    bron: NLA_ARBEIDSONGEVAL,
  },
  {
    code: 'LEERLING_WERKACHTIG',
    geldt: (f) => f.o.getroffene === 'leerling' && f.o.werkachtig === true,
    bron: LEERLING_INTERPRETATIE,
  },
  {
    code: 'LEERLING_GEEN_WERKNEMER',
    geldt: (f) => f.o.getroffene === 'leerling' && f.o.werkachtig !== true,
    bron: LEERLING_INTERPRETATIE,
  },
  { code: 'DERDE_BUITEN_BEREIK', geldt: (f) => f.o.getroffene === 'derde', bron: NLA_ARBEIDSONGEVAL },
];

/** The consequences (Arbowet art. 9 lid 1; the NLA on day admission and later seriousness). */
const GEVOLG: readonly Criterium[] = [
  { code: 'OVERLEDEN', geldt: (f) => f.o.gevolg === 'overleden', bron: ARBOWET_9_LID_1 },
  {
    code: 'ZIEKENHUISOPNAME',
    geldt: (f) => f.o.gevolg === 'dagopname' || f.o.gevolg === 'opname',
    bron: NLA_ARBEIDSONGEVAL,
  },
  { code: 'BLIJVEND_LETSEL', geldt: (f) => f.o.gevolg === 'blijvend-letsel', bron: ARBOWET_9_LID_1 },
  { code: 'GEEN_OPNAME', geldt: (f) => !f.ernstig, bron: NLA_ARBEIDSONGEVAL },
  {
    code: 'LATER_BEKEND',
    geldt: (f) => f.ernstig && f.o.gevolgBekendOp !== undefined && f.o.gevolgBekendOp > f.o.datum,
    bron: NLA_ARBEIDSONGEVAL,
    parameters: (f) => ({ datum: f.o.gevolgBekendOp ?? f.o.datum }),
  },
  {
    code: 'SEED_24_UUR_NIET_IN_WET',
    geldt: (f) =>
      f.beleidAlleen24Uur &&
      (f.o.gevolg === 'dagopname' || f.o.gevolg === 'opname') &&
      (f.o.opnameNaUren ?? 0) > HOUR_LIMIT,
    bron: SEED_2018_24_UUR,
  },
];

/** The seed's own admission window, only used to explain the seed's laxer criterion. */
const HOUR_LIMIT = 24;

/** The list of art. 9 lid 2. */
const LIJST: readonly Criterium[] = [
  { code: 'LIJST_GEMELD', geldt: (f) => f.binnenBereik && f.ernstig, bron: ARBOWET_9_LID_2 },
  {
    code: 'LIJST_VERZUIM',
    geldt: (f) => f.binnenBereik && (f.o.verzuimWerkdagen ?? 0) > f.drempel,
    bron: ARBOWET_9_LID_2,
    parameters: (f) => ({ werkdagen: f.drempel }),
  },
];

function toets(tabel: readonly Criterium[], f: Feiten): Reden<MonitoringRedenCode>[] {
  return tabel
    .filter((rij) => rij.geldt(f))
    .map((rij) => {
      const parameters = rij.parameters?.(f);
      return {
        code: rij.code,
        tekst: codeTekst(MONITORING_REDEN_CODES, rij.code, 'nl', parameters),
        bron: rij.bron,
        ...(parameters ? { parameters } : {}),
      };
    });
}

/**
 * Arbowet art. 9: must this accident be reported "direct" to the Nederlandse Arbeidsinspectie, and does it go on
 * the list of lid 2? A decision from tables of sourced criteria, with reasons. Workers only (employees and others
 * under the employer's authority; a pupil only in a work-like activity, and the answer says so). A day admission
 * counts, outpatient treatment does not; a consequence that becomes clear later is reported from then. The
 * seed's "within 24 hours" is explained as a laxer policy; the law decides. Throws `ONGELDIGE_INVOER` for an
 * accident outside {@link ongevalSchema}.
 *
 * @example
 * ```ts
 * import { arbowetMeldplicht } from '@schoolveiligheid/monitoring';
 * arbowetMeldplicht({ datum: '2026-11-02', getroffene: 'werknemer', gevolg: 'dagopname' }).uitkomst.meldplichtig; //=> true
 * arbowetMeldplicht({ datum: '2026-11-02', getroffene: 'leerling', gevolg: 'opname' }).uitkomst.meldplichtig; //=> false
 * ```
 */
export function arbowetMeldplicht(
  ongeval: Ongeval,
  opties: MeldplichtOpties = {},
): Besluit<Meldplicht, MonitoringRedenCode> {
  const o = waardeOfFout(valideer(ongevalSchema, ongeval), 'Het ongeval');
  const beleid = opties !== null && typeof opties === 'object' ? opties.beleid : undefined;
  const opname =
    zoekWaardeVoor(elkeOpnameMeldplichtig, o.datum, beleid) ?? waardeOp(elkeOpnameMeldplichtig, o.datum);
  const drempel = waardeOp(registerVerzuimWerkdagen, o.datum);
  const termijn = waardeOp(meldtermijnArbeidsinspectie, o.datum);
  const f: Feiten = {
    o,
    ernstig: isErnstig(o.gevolg),
    binnenBereik: valtOnder(o),
    drempel: drempel.waarde,
    beleidAlleen24Uur: opname.waarde === false,
  };
  const redenen = [...toets(BEREIK, f), ...(f.binnenBereik ? toets(GEVOLG, f) : []), ...toets(LIJST, f)];
  const meldplichtig = f.binnenBereik && f.ernstig;
  const meldenVanaf = meldplichtig
    ? o.gevolgBekendOp && o.gevolgBekendOp > o.datum
      ? o.gevolgBekendOp
      : o.datum
    : null;
  return besluit(
    {
      valtOnderArtikel9: f.binnenBereik,
      meldplichtig,
      meldtermijn: termijn.waarde,
      meldenVanaf,
      opLijst: redenen.some((r) => r.code === 'LIJST_GEMELD' || r.code === 'LIJST_VERZUIM'),
      rol: 'bevoegd-gezag',
    },
    redenen,
    registerVerantwoording(PAKKET.naam, PAKKET.versie, MONITORING_REGELS),
  );
}

/**
 * Schema of the accident report of the seed's Bijlage 6 (the data of the report under Arbowet art. 9 lid 1):
 * the employer (KvK number, number of workers), the person hit (kind, start of employment, kind and place of
 * injury, admission, death, expected absence) and the circumstances (place, date and time, the work just
 * before, the nature of the accident, equipment or substances). Names, addresses, date of birth and nationality
 * stay in the vendor's system and go to the Arbeidsinspectie from there.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { ongevalsmeldingSchema } from '@schoolveiligheid/monitoring';
 * valideer(ongevalsmeldingSchema, { werkgever: { aantalWerkzamePersonen: 40 }, getroffene: { soort: 'werknemer', ziekenhuisopname: true, dodelijk: false }, ongeval: { tijdstip: '2026-11-02T10:15:00+01:00', plaats: 'gymzaal' } }).ok; //=> true
 * ```
 */
export const ongevalsmeldingSchema = /* @__PURE__ */ z
  .object({
    werkgever: /* @__PURE__ */ z
      .object({
        kvkNummer: /* @__PURE__ */ z
          .string()
          .regex(/^\d{8}$/)
          .optional()
          .describe('Registration number at the KvK.'),
        aantalWerkzamePersonen: /* @__PURE__ */ z
          .number()
          .int()
          .nonnegative()
          .max(1_000_000)
          .describe('Number of workers.'),
      })
      .describe('1. The employer (bevoegd gezag).'),
    getroffene: /* @__PURE__ */ z
      .object({
        soort: /* @__PURE__ */ z
          .enum(['werknemer', 'stagiair', 'uitzendkracht', 'leerling', 'student', 'overig'])
          .describe('The person hit is: werknemer / stagiair / uitzendkracht / leerling / student / overig.'),
        datumIndiensttreding: /* @__PURE__ */ isoDatumSchema.optional().describe('Start of employment.'),
        soortLetsel: /* @__PURE__ */ z.string().max(200).optional().describe('Kind of injury.'),
        plaatsLetsel: /* @__PURE__ */ z
          .string()
          .max(200)
          .optional()
          .describe('Place of the injury on the body.'),
        ziekenhuisopname: /* @__PURE__ */ z.boolean().describe('Hospital admission needed.'),
        dodelijk: /* @__PURE__ */ z.boolean().describe('Fatal.'),
        vermoedelijkeVerzuimWerkdagen: /* @__PURE__ */ z
          .number()
          .int()
          .nonnegative()
          .max(10_000)
          .optional()
          .describe('Expected absence in workdays.'),
      })
      .describe('2. The person hit, without name, address, date of birth or nationality.'),
    ongeval: /* @__PURE__ */ z
      .object({
        tijdstip: /* @__PURE__ */ z.iso.datetime({ offset: true }).describe('Date and time of the accident.'),
        plaats: /* @__PURE__ */ z.string().min(1).max(200).describe('Place of the accident.'),
        werkzaamheden: /* @__PURE__ */ z
          .string()
          .max(500)
          .optional()
          .describe('Work done just before the accident.'),
        aard: /* @__PURE__ */ z.string().max(500).optional().describe('Nature of the accident.'),
        arbeidsmiddelen: /* @__PURE__ */ z
          .string()
          .max(500)
          .optional()
          .describe('Equipment or substances involved.'),
      })
      .describe('3. The circumstances of the accident.'),
  })
  .describe('The accident report of Bijlage 6 (Arbowet art. 9 lid 1), without personal identifiers.');

/** An accident report of Bijlage 6. */
export type Ongevalsmelding = z.infer<typeof ongevalsmeldingSchema>;
