// The notice to the inspectie as a schema (zod, so it is in the generated JSON Schemas) and a builder from the
// package's own data: the dossier (which schorsing, its dates and length, whether it follows on from another
// with a recorded reason) plus what the dossier does not hold (the school's BRIN and vestiging, the reasons in
// words, the day of the notice). Ids only: never a pupil's name or BSN.
import {
  type Besluit,
  besluit,
  bronSchema,
  duurSchema,
  type IsoDatum,
  isoDatumSchema,
  type Resultaat,
  valideer,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { SchorsingRedenCode } from '../codes/codes.js';
import { type SchorsingDossier, toestand } from '../dossier/dossier.js';
import { controleerObject, isObjectInvoer, probleemVan } from '../invoer/invoer.js';
import { denominatieSchema, rolIdSchema, vrijeTekstSchema } from '../invoer/schemas.js';
import { VERWIJDERING_MELDING_GEEN_PLICHT, WPO_40C_LID_3 } from '../regels/bronnen.js';
import { regelVerantwoording } from '../regels/verantwoording.js';

/**
 * Zod schema of the written notice to the inspectie: of a schorsing longer than one day (WPO 40c lid 3:
 * "schriftelijk en met opgave van redenen onverwijld"), or of a verwijdering (no statutory duty found; the
 * seed's letters copy the inspectie). It holds the school (BRIN and vestiging), the denominatie, the pupil and
 * dossier as ids, the dates and length, the reasons, and for a schorsing that follows on from an earlier one
 * the recorded reason. No names, no BSN: `leerling` is a role id (`leerling-1`).
 *
 * @example
 * ```ts
 * import { inspectieMeldingSchema } from '@schoolveiligheid/schorsing';
 * inspectieMeldingSchema.safeParse({ soort: 'schorsing', leerling: 'Jan Jansen' }).success; //=> false
 * ```
 */
export const inspectieMeldingSchema = /* @__PURE__ */ (() => {
  const gemeenschappelijk = {
    school: z
      .object({
        brin: z
          .string()
          .regex(/^\d{2}[A-Z]{2}$/)
          .meta({ description: 'BRIN number of the school (two digits, two capitals: 12AB).' }),
        vestiging: z
          .string()
          .regex(/^\d{2}$/)
          .optional()
          .meta({ description: 'Vestigingsnummer next to the BRIN (00 for the main location).' }),
      })
      .meta({ description: 'The school, by its BRIN and vestiging; no names of people.' }),
    denominatie: denominatieSchema(),
    dossier: z.string().trim().min(1).max(80).meta({ description: "Vendor's id of the dossier." }),
    leerling: rolIdSchema().meta({ description: 'Role id of the pupil (leerling-1); never a name or BSN.' }),
    besluitdatum: isoDatumSchema.meta({ description: 'Day the board took the decision.' }),
    meldingsdatum: isoDatumSchema.meta({ description: 'Day of this notice.' }),
    redenen: vrijeTekstSchema(
      'The reasons, in words (WPO 40c lid 3: "met opgave van redenen"); describe the behaviour, without names.',
    ).max(5000), // geen-rechtsgetal: a bound on input size
    wettelijkVerplicht: z
      .boolean()
      .meta({ description: 'Whether the statute requires this notice (a schorsing longer than one day).' }),
    grondslag: bronSchema.meta({
      description: 'The provision the notice rests on, or the finding that none does.',
    }),
  };
  return z
    .discriminatedUnion('soort', [
      z
        .object({
          soort: z.literal('schorsing'),
          ...gemeenschappelijk,
          schorsing: z
            .object({
              nummer: z
                .number()
                .int()
                .min(1)
                .meta({ description: 'Which schorsing of the dossier, counted from 1.' }),
              ingangsdatum: isoDatumSchema.meta({ description: 'First day of the schorsing.' }),
              laatsteDag: isoDatumSchema.meta({ description: 'Last day of the schorsing.' }),
              terugOp: isoDatumSchema.meta({ description: 'First school day after the schorsing.' }),
              duur: duurSchema,
              schooldagen: z.number().int().min(1).meta({ description: 'School days covered.' }),
              kalenderdagen: z
                .number()
                .int()
                .min(1)
                .meta({ description: 'Calendar days from first to last day.' }),
            })
            .meta({ description: 'The schorsing: dates and length on the school calendar.' }),
          opgeheven: z
            .object({
              datum: isoDatumSchema.meta({ description: 'Day the board lifted the schorsing early.' }),
              terugOp: isoDatumSchema.meta({ description: 'Day the pupil is back.' }),
            })
            .optional()
            .meta({ description: 'Present when the schorsing was lifted early.' }),
          ingetrokken: z
            .object({ datum: isoDatumSchema.meta({ description: 'Day the revocation was made known.' }) })
            .optional()
            .meta({
              description: 'Present when the schorsing was revoked: the statute then asks no notice.',
            }),
          aansluitend: z
            .object({
              reden: vrijeTekstSchema(
                'The recorded reason why this schorsing may follow on from an earlier one.',
              ),
            })
            .optional()
            .meta({
              description:
                'Present when the schorsing follows an earlier one without a school day in between and together they exceed the maximum (WPO 40c lid 1): flagged, with its recorded reason.',
            }),
        })
        .meta({ description: 'Notice of a schorsing (WPO 40c lid 3).' }),
      z
        .object({
          soort: z.literal('verwijdering'),
          ...gemeenschappelijk,
          verwijdering: z
            .object({
              verwijderingsdatum: isoDatumSchema.meta({ description: 'Day the verwijdering takes effect.' }),
              ontvangendeSchool: rolIdSchema().optional().meta({
                description: "Vendor's id of the school willing to admit the pupil (WPO 40 lid 11).",
              }),
            })
            .meta({ description: 'The verwijdering: when, and which school admits the pupil.' }),
        })
        .meta({ description: 'Notice of a verwijdering (school policy: no statutory duty found).' }),
    ])
    .meta({
      description:
        'The written notice to the inspectie of a schorsing (WPO 40c lid 3) or a verwijdering: school, ids, dates, length, reasons, chained schorsing. No names, no BSN.',
    });
})();

/** A notice to the inspectie, as {@link inspectieMeldingSchema} describes it. */
export type InspectieMelding = z.output<typeof inspectieMeldingSchema>;

/** Options of {@link meldingAanInspectie}: what the dossier does not hold. */
export interface InspectieMeldingOpties {
  /** A schorsing (default) or the verwijdering. */
  readonly soort?: 'schorsing' | 'verwijdering';
  /** Which schorsing, counted from 1 in the dossier's order; default the latest. */
  readonly schorsing?: number;
  readonly school: { readonly brin: string; readonly vestiging?: string };
  /** The reasons in words (WPO 40c lid 3), without names. */
  readonly redenen: string;
  /** Day of the notice. */
  readonly meldingsdatum: IsoDatum;
}

/**
 * Builds the notice to the inspectie from a dossier: for a schorsing (default the latest; `schorsing: n` for
 * the n-th) its dates, length and whether the statute requires the notice (longer than one day, WPO 40c lid 3,
 * or the policy's threshold), and, when it follows on from an earlier schorsing beyond the maximum, the flag
 * with the reason recorded in the dossier; for the verwijdering its date and the receiving school's id, marked
 * as not statutory (WPO 40 lid 11 has no notice; the seed's letters copy the inspectie). The result is checked
 * against {@link inspectieMeldingSchema} and comes as a decision with reasons. A dossier without that
 * schorsing gives `INSPECTIE_SCHORSING_ONBEKEND`, without a verwijdering decision `INSPECTIE_GEEN_VERWIJDERING`.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, meldingAanInspectie } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-7', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'midden' } });
 * const s = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2026-03-02', ingangsdatum: '2026-03-03', duur: { aantal: 3, eenheid: 'schooldagen' } }) : d;
 * const m = s.ok ? meldingAanInspectie(s.waarde, { school: { brin: '12AB', vestiging: '00' }, redenen: 'Herhaald fysiek geweld tegen medeleerlingen.', meldingsdatum: '2026-03-02' }) : s;
 * m.ok && m.waarde.uitkomst.soort === 'schorsing' && [m.waarde.uitkomst.schorsing.laatsteDag, m.waarde.uitkomst.wettelijkVerplicht]; //=> ['2026-03-05', true]
 * m.ok && m.waarde.uitkomst.leerling; //=> 'leerling-1'
 * ```
 */
export function meldingAanInspectie(
  dossier: SchorsingDossier,
  opties: InspectieMeldingOpties,
): Resultaat<Besluit<InspectieMelding, SchorsingRedenCode>> {
  const ruw: unknown = opties;
  if (!isObjectInvoer(ruw)) return { ok: false, problemen: controleerObject(ruw, []) };
  const t = toestand(dossier);
  if (!t.ok) return t;
  const { kop, gebeurtenissen } = dossier;
  const gemeenschappelijk = {
    school: ruw.school,
    denominatie: kop.denominatie,
    dossier: kop.id,
    leerling: kop.leerling,
    redenen: ruw.redenen,
    meldingsdatum: ruw.meldingsdatum,
  };
  const v = regelVerantwoording();
  if (ruw.soort === 'verwijdering') {
    const b = t.waarde.verwijdering.besluit;
    if (!b)
      return {
        ok: false,
        problemen: [
          probleemVan(
            'INSPECTIE_GEEN_VERWIJDERING',
            ['soort'],
            'Het dossier heeft nog geen besluit tot verwijdering.',
          ),
        ],
      };
    const school = t.waarde.verwijdering.ontvangendeSchool?.schoolId;
    const melding = valideer(inspectieMeldingSchema, {
      soort: 'verwijdering',
      ...gemeenschappelijk,
      besluitdatum: b.datum,
      wettelijkVerplicht: false,
      grondslag: VERWIJDERING_MELDING_GEEN_PLICHT,
      verwijdering: {
        verwijderingsdatum: b.verwijderingsdatum,
        ...(school ? { ontvangendeSchool: school } : {}),
      },
    });
    if (!melding.ok) return melding;
    return {
      ok: true,
      waarde: besluit(
        melding.waarde,
        [
          {
            code: 'VERWIJDERING_MELDING_GEEN_PLICHT',
            tekst:
              'Geen wettelijke plicht gevonden om een verwijdering aan de inspectie te melden (WPO 40 lid 11); het veiligheidsplan stuurt haar een kopie.',
            bron: VERWIJDERING_MELDING_GEEN_PLICHT,
          },
        ],
        v,
      ),
    };
  }
  if (ruw.soort !== undefined && ruw.soort !== 'schorsing')
    return {
      ok: false,
      problemen: [
        probleemVan('ONGELDIGE_KEUZE', ['soort'], 'Ongeldige keuze; toegestaan: schorsing, verwijdering.', {
          toegestaan: 'schorsing, verwijdering',
        }),
      ],
    };
  const schorsingen = t.waarde.schorsingen;
  const nummer = ruw.schorsing === undefined ? schorsingen.length : ruw.schorsing;
  const s = typeof nummer === 'number' && Number.isInteger(nummer) ? schorsingen[nummer - 1] : undefined;
  if (!s || typeof nummer !== 'number')
    return {
      ok: false,
      problemen: [
        probleemVan(
          'INSPECTIE_SCHORSING_ONBEKEND',
          ['schorsing'],
          'Het dossier heeft geen schorsing met dat nummer.',
          typeof nummer === 'number' && Number.isSafeInteger(nummer) ? { nummer } : undefined,
        ),
      ],
    };
  const sch = s.schorsing;
  const besloten = gebeurtenissen.find(
    (g) =>
      g.type === 'schorsing-besloten' && g.datum === s.besluitdatum && g.ingangsdatum === sch.ingangsdatum,
  );
  const reden = besloten?.type === 'schorsing-besloten' ? besloten.redenAansluitend : undefined;
  const aansluitend = s.aansluitend?.redenVastgelegd && reden ? { reden } : undefined;
  const melding = valideer(inspectieMeldingSchema, {
    soort: 'schorsing',
    ...gemeenschappelijk,
    besluitdatum: s.besluitdatum,
    wettelijkVerplicht: sch.meldingInspectie.uitkomst && !s.ingetrokken,
    grondslag: WPO_40C_LID_3,
    schorsing: {
      nummer,
      ingangsdatum: sch.ingangsdatum,
      laatsteDag: sch.laatsteDag,
      terugOp: sch.terugOp,
      duur: sch.duur,
      schooldagen: sch.schooldagen.length,
      kalenderdagen: sch.kalenderdagen,
    },
    ...(s.opgeheven ? { opgeheven: { datum: s.opgeheven.datum, terugOp: s.opgeheven.terugOp } } : {}),
    ...(s.ingetrokken ? { ingetrokken: { datum: s.ingetrokken.datum } } : {}),
    ...(aansluitend ? { aansluitend } : {}),
  });
  if (!melding.ok) return melding;
  return {
    ok: true,
    waarde: besluit(
      melding.waarde,
      [
        ...(s.ingetrokken
          ? [
              {
                code: 'INSPECTIE_NIET_MELDEN_INGETROKKEN' as const,
                tekst:
                  'De schorsing is ingetrokken en geldt als niet genomen: een melding aan de inspectie is niet (meer) verplicht.',
                bron: WPO_40C_LID_3,
              },
            ]
          : sch.meldingInspectie.redenen),
        ...(aansluitend
          ? [
              {
                code: 'INSPECTIE_AANSLUITEND_GEMELD' as const,
                tekst:
                  'De schorsing sluit zonder schooldag ertussen aan op een eerdere en samen duren zij langer dan het maximum; de vastgelegde reden staat in de melding.',
                bron: WPO_40C_LID_3,
              },
            ]
          : []),
      ],
      v,
    ),
  };
}
