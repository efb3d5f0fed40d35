import {
  type Dossier,
  epochMs,
  isoDatumSchema,
  procedure,
  type Tijdstip,
  tijdstipSchema,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import {
  type ChecklistGebeurtenis,
  type ChecklistToestand,
  checklistOnderdelen,
} from '../checklist/checklist.js';
import {
  CALAMITEIT_STAPPEN,
  CALAMITEIT_TERMIJNEN,
  type CalamiteitTermijnCode,
  INCIDENT_SOORTEN,
  ROUW_SITUATIES,
  ROUW_STAPPEN,
  ROUW_TERMIJNEN,
} from '../checklist/stappen.data.js';
import type { CalamiteitStapCode, RouwStapCode } from '../codes/codes.js';
import { CALAMITEITEN_ROLLEN, type CalamiteitenRol } from '../rollen/rollen.js';

// The calamiteitenprotocol and the grief protocols as procedures on kern's kernel: one dossier per incident, the
// steps done with when and by whom, the terms (crisis team within 24 hours; contact with the bereaved) and the
// next steps in the seed's order, each with the role that does it and its source.

const dossierId = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100)
  .meta({
    description:
      "The dossier's id in the vendor's system: lower-case letters, digits and hyphens; never a name.",
  });

const rolSchema = /* @__PURE__ */ z
  .enum(Object.keys(CALAMITEITEN_ROLLEN) as [CalamiteitenRol, ...CalamiteitenRol[]])
  .meta({ description: 'The role that acted (kern role vocabulary plus this package’s roles).' });

/** The event schema of a checklist with the given step codes. */
function gebeurtenisSchema<C extends string>(stappen: readonly C[], naam: string) {
  const stap = z.enum(stappen as unknown as [C, ...C[]]).meta({ description: 'The step, by its code.' });
  return z
    .discriminatedUnion('type', [
      z
        .object({ type: z.literal('gemeld'), tijdstip: tijdstipSchema, rol: rolSchema })
        .meta({ description: 'The report or message came in at tijdstip, received by rol.' }),
      z
        .object({ type: z.literal('stap-afgerond'), tijdstip: tijdstipSchema, stap, rol: rolSchema })
        .meta({ description: 'Step stap was done at tijdstip by rol.' }),
      z
        .object({ type: z.literal('stap-niet-nodig'), tijdstip: tijdstipSchema, stap, rol: rolSchema })
        .meta({ description: 'The school leader decided step stap is not needed for this incident.' }),
      z
        .object({
          type: z.literal('overleg'),
          tijdstip: tijdstipSchema,
          rol: rolSchema,
          vervolgOp: isoDatumSchema.optional(),
        })
        .meta({ description: 'A (follow-up) meeting took place; vervolgOp is the next date set, if any.' }),
      z
        .object({ type: z.literal('afgesloten'), tijdstip: tijdstipSchema, rol: rolSchema })
        .meta({ description: 'The dossier was closed; refused while a mandatory step is open.' }),
    ])
    .meta({ description: `An event of a ${naam} dossier, discriminated on type.` });
}

/**
 * Schema of the header of a calamiteitenprotocol dossier: its id and the kind of incident, which decides the steps.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { calamiteitKopSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(calamiteitKopSchema, { id: 'calamiteit-1', soort: 'ongeval' }).ok; //=> true
 * ```
 */
export const calamiteitKopSchema = /* @__PURE__ */ z
  .object({
    id: dossierId,
    soort: /* @__PURE__ */ z.enum(INCIDENT_SOORTEN).meta({ description: 'The kind of incident.' }),
  })
  .meta({ description: 'Header of a calamiteitenprotocol dossier.' });

/**
 * Schema of the events of a calamiteitenprotocol dossier.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { calamiteitGebeurtenisSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(calamiteitGebeurtenisSchema, { type: 'stap-afgerond', tijdstip: '2026-12-02T10:00:00+01:00', stap: 'EERSTE_HULP', rol: 'bhver' }).ok; //=> true
 * ```
 */
export const calamiteitGebeurtenisSchema = /* @__PURE__ */ gebeurtenisSchema(
  CALAMITEIT_STAPPEN.map((s) => s.code),
  'calamiteitenprotocol',
);

/**
 * Schema of the header of a grief dossier: its id and the situation (whose death), which decides the steps.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { rouwKopSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(rouwKopSchema, { id: 'rouw-1', situatie: 'overlijden-leerling' }).ok; //=> true
 * ```
 */
export const rouwKopSchema = /* @__PURE__ */ z
  .object({
    id: dossierId,
    situatie: /* @__PURE__ */ z
      .enum(ROUW_SITUATIES)
      .meta({ description: 'Whose death the message is about.' }),
  })
  .meta({ description: 'Header of a grief protocol dossier.' });

/**
 * Schema of the events of a grief dossier.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { rouwGebeurtenisSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(rouwGebeurtenisSchema, { type: 'gemeld', tijdstip: '2026-12-02T08:15:00+01:00', rol: 'medewerker' }).ok; //=> true
 * ```
 */
export const rouwGebeurtenisSchema = /* @__PURE__ */ gebeurtenisSchema(
  ROUW_STAPPEN.map((s) => s.code),
  'rouwprotocol',
);

/** The header of a calamiteitenprotocol dossier. */
export type CalamiteitKop = z.infer<typeof calamiteitKopSchema>;
/** An event of a calamiteitenprotocol dossier. */
export type CalamiteitGebeurtenis = ChecklistGebeurtenis<CalamiteitStapCode>;
/** A stored calamiteitenprotocol dossier: plain JSON, the state is derived. */
export type CalamiteitDossier = Dossier<CalamiteitKop, CalamiteitGebeurtenis>;
/** The header of a grief dossier. */
export type RouwKop = z.infer<typeof rouwKopSchema>;
/** An event of a grief dossier. */
export type RouwGebeurtenis = ChecklistGebeurtenis<RouwStapCode>;
/** A stored grief dossier. */
export type RouwDossier = Dossier<RouwKop, RouwGebeurtenis>;

const calamiteit = /* @__PURE__ */ checklistOnderdelen({
  stappen: CALAMITEIT_STAPPEN,
  termijnen: CALAMITEIT_TERMIJNEN,
});

const rouw = /* @__PURE__ */ checklistOnderdelen({ stappen: ROUW_STAPPEN, termijnen: ROUW_TERMIJNEN });

const moment = (g: { readonly tijdstip: Tijdstip }): number => epochMs(g.tijdstip);

/**
 * The calamiteitenprotocol on kern's kernel (seed "Bij escalatie" and Bijlage 17, the crisis team, WPO art. 4a):
 * `nieuwDossier`, `verwerk`, `verwerkJson`, `verwerkAlle`, `herspeel`, `leesDossier`, `toestand`,
 * `openTermijnen(dossier, nu)` (the crisis team's 24 hours and, for an incident with a victim, the aftercare terms
 * of Bijlagen 18 and 19 from the report, computed like `nazorgPlan`), `volgendeStappen(dossier)` (the open steps whose
 * predecessors are done, in the seed's order, each with its role and source) and `openTermijnenVanAlle`.
 *
 * @example
 * ```ts
 * import { calamiteitenProcedure } from '@schoolveiligheid/calamiteiten';
 * const d = calamiteitenProcedure.nieuwDossier({ id: 'calamiteit-1', soort: 'ongeval' });
 * const na = d.ok ? calamiteitenProcedure.verwerk(d.waarde, { type: 'gemeld', tijdstip: '2026-12-02T10:00:00+01:00', rol: 'medewerker' }) : d;
 * const stappen = na.ok ? calamiteitenProcedure.volgendeStappen(na.waarde) : [];
 * stappen.slice(0, 2).map((s) => [s.code, s.rol]); //=> [['IN_VEILIGHEID_BRENGEN', 'medewerker'], ['EERSTE_HULP', 'bhver']]
 * ```
 */
export const calamiteitenProcedure = /* @__PURE__ */ procedure<
  CalamiteitKop,
  CalamiteitGebeurtenis,
  ChecklistToestand<CalamiteitStapCode>,
  Record<string, never>,
  CalamiteitTermijnCode,
  CalamiteitStapCode,
  CalamiteitenRol
>({
  naam: 'calamiteiten',
  versie: 1,
  kop: calamiteitKopSchema,
  gebeurtenis: calamiteitGebeurtenisSchema as unknown as z.ZodType<CalamiteitGebeurtenis>,
  begin: calamiteit.begin,
  moment,
  gesloten: (t) => t.afgeslotenOp !== null,
  overgangen: calamiteit.overgangen((kop: CalamiteitKop) => kop.soort) as never,
  openTermijnen: (t, kop, nu) => calamiteit.openTermijnen(t, kop.soort, nu),
  volgendeStappen: (t, kop) => calamiteit.volgendeStappen(t, kop.soort),
});

/**
 * The grief protocols on kern's kernel (seed F.1 Protocol rouw en verdriet): per situation the ordered steps from
 * the message coming in to the anniversary, with the term for contact with the bereaved where the seed sets one.
 *
 * @example
 * ```ts
 * import { rouwProcedure } from '@schoolveiligheid/calamiteiten';
 * const d = rouwProcedure.nieuwDossier({ id: 'rouw-1', situatie: 'overlijden-ouder-broer-zus' });
 * const na = d.ok ? rouwProcedure.verwerk(d.waarde, { type: 'gemeld', tijdstip: '2026-12-02T08:15:00+01:00', rol: 'medewerker' }) : d;
 * const t = na.ok ? rouwProcedure.openTermijnen(na.waarde, '2026-12-02T09:00:00+01:00') : [];
 * t.map((x) => [x.code, x.termijn?.laatsteDag]); //=> [['CONTACT_NABESTAANDEN', '2026-12-03']]
 * ```
 */
export const rouwProcedure = /* @__PURE__ */ procedure<
  RouwKop,
  RouwGebeurtenis,
  ChecklistToestand<RouwStapCode>,
  Record<string, never>,
  'CONTACT_NABESTAANDEN',
  RouwStapCode,
  CalamiteitenRol
>({
  naam: 'calamiteiten-rouw',
  versie: 1,
  kop: rouwKopSchema,
  gebeurtenis: rouwGebeurtenisSchema as unknown as z.ZodType<RouwGebeurtenis>,
  begin: rouw.begin,
  moment,
  gesloten: (t) => t.afgeslotenOp !== null,
  overgangen: rouw.overgangen((kop: RouwKop) => kop.situatie) as never,
  openTermijnen: (t, kop, nu) => rouw.openTermijnen(t, kop.situatie, nu),
  volgendeStappen: (t, kop) => rouw.volgendeStappen(t, kop.situatie),
});
