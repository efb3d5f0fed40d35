// The AP's notification form since 2021 ("Meldformulier datalekken"): the default form of the SDK. Schema,
// completeness check with phased notification (AVG 33(4)), pre-fill from a registration, and the phase of a
// notification (first, follow-up, correction, withdrawal).
import {
  type Bron,
  codeTekst,
  epochMs,
  isTijdstip,
  type Probleem,
  problemen,
  type Resultaat,
  type Tijdstip,
  tijdstipSchema,
  valideer,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import { AP_AANVULLEN_INTREKKEN, AVG_33_4_FASEN, EDPB_9_2022_FASEN } from '../bronnen/bronnen.js';
import { datalekProbleem, PROBLEEM_CODES } from '../codes/codes.js';
import { MAX_ID } from '../incident/begrippen.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { AARD_INBREUK, GEVOLG_KEUZES, gedeeldeFeiten, tekstSchema as tekst } from './gedeeld.js';
import {
  AP_FORMULIER_2021,
  AP_ONDERDELEN_2021,
  type ApVraag2021,
  UITSTELBARE_VRAGEN,
  type UitstelbareVraag,
} from './vragen2021.data.js';

const janee = /* @__PURE__ */ (() => z.enum(['ja', 'nee']))();
const janeeOnbekend = /* @__PURE__ */ (() => z.enum(['ja', 'nee', 'onbekend']))();
const telling = /* @__PURE__ */ (() => z.number().int().nonnegative())();

/** A number of people or records: exact (or the best estimate), or a range `{ van, tot }` (AVG 33(3)(a)). */
const aantalSchema = /* @__PURE__ */ (() =>
  z.union([telling, z.object({ van: telling, tot: telling })]).meta({
    description: 'A number, or an estimated range { van, tot } (AVG 33(3)(a): approximately).',
  }))();

const tijdstipInbreukSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('soort', [
    z.object({ soort: z.literal('op'), op: tijdstipSchema }),
    z.object({ soort: z.literal('tussen'), van: tijdstipSchema, tot: tijdstipSchema }),
    z.object({ soort: z.literal('onbekend') }),
  ]))();

type TijdstipInbreuk = z.infer<typeof tijdstipInbreukSchema>;

function beginVan(t: TijdstipInbreuk | undefined): string | undefined {
  return t?.soort === 'op' ? t.op : t?.soort === 'tussen' ? t.van : undefined;
}

/** `a` strictly after `b`, for two valid instants (zod runs a refinement even when a field already failed). */
function na(a: unknown, b: unknown): boolean {
  return isTijdstip(a) && isTijdstip(b) && epochMs(a) > epochMs(b);
}

function inVolgorde(
  m: {
    tijdstipInbreuk?: TijdstipInbreuk | undefined;
    ontdektOp?: string | undefined;
    ontdektDoorVerwerkerOp?: string | undefined;
    eindeInbreuk?: string | undefined;
    aantalBetrokkenen?: unknown;
    aantalRecords?: unknown;
  },
  ctx: z.core.$RefinementCtx,
): void {
  const fout = (veld: string, code: 'TIJDLIJN_VOLGORDE' | 'BEREIK_OMGEKEERD') =>
    ctx.addIssue({
      code: 'custom',
      path: [veld],
      message: code,
      params: {
        code,
        melding: {
          nl: codeTekst(PROBLEEM_CODES, code, 'nl', { veld }),
          en: codeTekst(PROBLEEM_CODES, code, 'en', { veld }),
        },
      },
    });
  const t = m.tijdstipInbreuk;
  if (t?.soort === 'tussen' && na(t.van, t.tot)) fout('tijdstipInbreuk', 'TIJDLIJN_VOLGORDE');
  const begin = beginVan(t);
  if (na(begin, m.ontdektOp)) fout('tijdstipInbreuk', 'TIJDLIJN_VOLGORDE');
  if (na(m.ontdektDoorVerwerkerOp, m.ontdektOp)) fout('ontdektDoorVerwerkerOp', 'TIJDLIJN_VOLGORDE');
  if (na(begin, m.eindeInbreuk)) fout('eindeInbreuk', 'TIJDLIJN_VOLGORDE');
  for (const veld of ['aantalBetrokkenen', 'aantalRecords'] as const) {
    const a = m[veld] as { van?: unknown; tot?: unknown } | undefined;
    if (typeof a?.van === 'number' && typeof a.tot === 'number' && a.van > a.tot)
      fout(veld, 'BEREIK_OMGEKEERD');
  }
}

/**
 * Zod schema of a (draft) notification on the AP's form since 2021, the SDK's default form: every section
 * (about the notification, contact details and the contact point, the timeline, the breach, the personal data,
 * the data subjects, measures before, consequences, follow-up actions), first notifications and follow-ups
 * (aanvulling, wijziging, intrekking), and `openVragen` for the questions that may follow later (AVG 33(4)).
 * Every field is optional here: {@link controleerApMelding} says what is still missing. The timeline must be
 * in order (`TIJDLIJN_VOLGORDE`), a range must not be upside down (`BEREIK_OMGEKEERD`). The reporter and the
 * contact point are personal data; the SDK never repeats them in a message.
 *
 * @example
 * ```ts
 * import { apMeldingSchema } from '@schoolveiligheid/datalek';
 * apMeldingSchema.safeParse({ aantalBetrokkenen: -1 }).success; //=> false
 * apMeldingSchema.safeParse({ aantalBetrokkenen: 28 }).success; //=> true
 * apMeldingSchema.safeParse({ aantalBetrokkenen: { van: 400, tot: 450 } }).success; //=> true
 * const begin = { soort: 'op', op: '2026-11-21T08:00:00+01:00' } as const;
 * apMeldingSchema.safeParse({ tijdstipInbreuk: begin, ontdektOp: '2026-11-20T16:30:00+01:00' }).success; //=> false
 * ```
 */
export const apMeldingSchema = /* @__PURE__ */ (() =>
  z
    .object({
      // 0. Over deze melding
      soortMelding: z.enum(['eerste', 'aanvulling', 'wijziging', 'intrekking']).optional().meta({
        description: 'A first notification, or a follow-up that supplements, changes or withdraws it.',
      }),
      vervolgOp: z
        .string()
        .min(1)
        .max(MAX_ID)
        .optional()
        .meta({ description: 'The number of the earlier notification.' }),
      toelichtingVervolg: tekst
        .optional()
        .meta({ description: 'What a change corrects, or why it is withdrawn.' }),
      redenIntrekking: z.enum(['geen-datalek', 'anders']).optional().meta({
        description:
          'Why the notification is withdrawn: it turned out not to be a breach (EDPB 9/2022 nr. 60).',
      }),
      wettelijkeGrondslag: z.literal('AVG art. 33').optional(),
      openVragen: z.array(z.enum(UITSTELBARE_VRAGEN)).optional().meta({
        description: 'Questions that cannot be answered yet and follow in a later phase (AVG 33(4)).',
      }),
      // 1. Contactgegevens en algemene informatie
      organisatie: z
        .object({ naam: tekst, adres: tekst, postcode: tekst, plaats: tekst, kvkNummer: tekst.optional() })
        .optional(),
      melder: z
        .object({
          naam: tekst,
          functie: tekst,
          email: tekst,
          telefoon: tekst,
          alternatiefTelefoon: tekst.optional(),
        })
        .optional()
        .meta({ description: 'Who reports (personal data: stored, never echoed).' }),
      contactpunt: z
        .union([
          z.object({ zelfdeAlsMelder: z.literal(true) }),
          z.object({ naam: tekst, functie: tekst, email: tekst, telefoon: tekst.optional() }),
        ])
        .optional()
        .meta({ description: 'The contact point for more information (AVG 33(3)(b)), or the reporter.' }),
      andereOrganisatie: z
        .discriminatedUnion('betrokken', [
          z.object({ betrokken: z.literal('nee') }),
          z.object({ betrokken: z.literal('onbekend') }),
          z.object({
            betrokken: z.literal('ja'),
            rol: z.enum(['verwerker', 'anders']),
            naam: tekst.optional(),
          }),
        ])
        .optional()
        .meta({ description: 'Another organisation involved, such as the processor (verwerker).' }),
      // 2. Tijdlijn
      tijdstipInbreuk: tijdstipInbreukSchema.optional().meta({ description: 'When the breach began.' }),
      ontdektOp: tijdstipSchema.optional().meta({
        description:
          'When the school became aware: its discovery, or the moment its processor informed it (AVG 33(2)).',
      }),
      ontdektDoorVerwerkerOp: tijdstipSchema
        .optional()
        .meta({ description: 'When the processor discovered the breach (a supplier breach).' }),
      duurtVoort: janeeOnbekend.optional().meta({ description: 'Is the breach still ongoing?' }),
      eindeInbreuk: tijdstipSchema.optional().meta({ description: 'When the breach ended.' }),
      redenVertraging: tekst
        .optional()
        .meta({ description: 'AVG 33(1): the reasons for a notification after 72 hours.' }),
      // 3. Gegevens over het datalek
      samenvatting: tekst.optional(),
      aardInbreuk: z.array(z.enum(AARD_INBREUK)).min(1).optional(),
      oorzaak: tekst.optional().meta({ description: 'The cause of the breach.' }),
      // 4. Persoonsgegevens
      soortGegevens: z.array(tekst).min(1).optional(),
      bijzondereGegevens: janeeOnbekend
        .optional()
        .meta({ description: 'Special categories (AVG 9 and 10).' }),
      aantalRecords: aantalSchema.optional(),
      // 5. De groep betrokkenen
      aantalBetrokkenen: aantalSchema.optional(),
      groepBetrokkenen: tekst.optional(),
      // 6. Maatregelen voordat het datalek plaatsvond
      maatregelenVooraf: tekst.optional(),
      versleuteld: z.enum(['ja', 'nee', 'deels']).optional(),
      wijzeVersleuteling: tekst.optional(),
      // 7. Gevolgen
      gevolgen: z.array(z.enum(GEVOLG_KEUZES)).min(1).optional(),
      ernstGevolgen: z
        .enum(['geen', 'risico', 'hoog', 'onbekend'])
        .optional()
        .meta({ description: 'The estimated severity: the risk level of beoordeelIncident, or onbekend.' }),
      // 8. Vervolgacties
      maatregelen: tekst.optional().meta({ description: 'Measures taken or proposed (AVG 33(3)(d)).' }),
      betrokkenenGeinformeerd: z.enum(['ja', 'nee', 'nog-niet-bekend']).optional(),
      tijdstipInformeren: tijdstipSchema.optional(),
      wijzeInformeren: z.enum(['individueel', 'openbare-mededeling']).optional(),
      inhoudMededeling: tekst
        .optional()
        .meta({ description: 'The text of the message to the data subjects.' }),
      aantalGeinformeerd: telling.optional(),
      communicatiemiddelen: z.array(tekst).min(1).optional(),
      redenNietInformeren: tekst.optional(),
      andereEuLanden: janeeOnbekend.optional(),
      gemeldAndereToezichthouders: janee.optional(),
    })
    .superRefine(inVolgorde)
    .meta({
      description:
        'A (draft) notification to the Autoriteit Persoonsgegevens on its form since 2021 (Meldformulier datalekken); every field optional.',
    }))();

/** A (draft) notification on the AP's form since 2021; see {@link apMeldingSchema}. */
export type ApMelding = z.infer<typeof apMeldingSchema>;

/** A field of {@link ApMelding}. */
export type ApVeld = keyof ApMelding;

type Voorwaarde = (m: ApMelding, naTermijn: boolean) => boolean;

const informeren: Voorwaarde = (m) => m.betrokkenenGeinformeerd === 'ja';

/** When a `voorwaardelijk` question of {@link AP_FORMULIER_2021} is asked. */
const VOORWAARDEN: Readonly<Partial<Record<ApVeld, Voorwaarde>>> = {
  vervolgOp: (m) => m.soortMelding !== undefined && m.soortMelding !== 'eerste',
  toelichtingVervolg: (m) =>
    m.soortMelding === 'wijziging' || (m.soortMelding === 'intrekking' && m.redenIntrekking === 'anders'),
  redenIntrekking: (m) => m.soortMelding === 'intrekking',
  eindeInbreuk: (m) => m.duurtVoort === 'nee',
  redenVertraging: (_m, naTermijn) => naTermijn,
  wijzeVersleuteling: (m) => m.versleuteld === 'ja' || m.versleuteld === 'deels',
  tijdstipInformeren: informeren,
  wijzeInformeren: informeren,
  inhoudMededeling: informeren,
  aantalGeinformeerd: informeren,
  communicatiemiddelen: informeren,
  redenNietInformeren: (m) => m.betrokkenenGeinformeerd === 'nee',
  gemeldAndereToezichthouders: (m) => m.andereEuLanden === 'ja',
};

/** Is question `v` asked of notification `m`? */
export function gevraagd(v: ApVraag2021, m: ApMelding, naTermijn: boolean): boolean {
  if (m.soortMelding === 'intrekking' && !v.bijIntrekking) return false;
  if (v.vereist === 'optioneel') return false;
  if (v.vereist === 'altijd') return true;
  return VOORWAARDEN[v.veld as ApVeld]?.(m, naTermijn) ?? false;
}

function ontbreekt(v: ApVraag2021): Probleem {
  const onderdeel = `Onderdeel ${v.onderdeel} (${AP_ONDERDELEN_2021[v.onderdeel]})`;
  const waarom = v.voorwaarde ? `; die vraag geldt ${v.voorwaarde}` : '';
  const later = v.uitstelbaar
    ? ' Is het antwoord nog niet bekend, zet de vraag dan in openVragen (AVG art. 33 lid 4).'
    : '';
  return datalekProbleem(
    'VRAAG_ONBEANTWOORD',
    [v.veld],
    { veld: v.veld, onderdeel: v.onderdeel },
    `${onderdeel}: de vraag naar ${v.label} is nog niet beantwoord${waarom}.${later}`,
  );
}

/** The questions of `m` still open: asked, unanswered and listed in `openVragen`, in the order of the form. */
function openVan(m: ApMelding, naTermijn: boolean): UitstelbareVraag[] {
  const uitgesteld = new Set<string>(m.openVragen ?? []);
  return AP_FORMULIER_2021.filter(
    (v) => gevraagd(v, m, naTermijn) && m[v.veld as ApVeld] === undefined && uitgesteld.has(v.veld),
  ).map((v) => v.veld as UitstelbareVraag);
}

/** The completeness check of the form since 2021: every question asked is answered or listed as open. */
export function controleer2021(concept: unknown, naTermijn: boolean): Resultaat<ApMelding> {
  const geldig = valideer(apMeldingSchema, concept);
  if (!geldig.ok) return geldig;
  const m = geldig.waarde;
  const uitgesteld = new Set<string>(m.openVragen ?? []);
  const lijst = AP_FORMULIER_2021.filter(
    (v) => gevraagd(v, m, naTermijn) && m[v.veld as ApVeld] === undefined && !uitgesteld.has(v.veld),
  ).map(ontbreekt);
  return lijst.length > 0 ? problemen(lijst) : geldig;
}

/** Where the form since 2021 needs the school's awareness of a supplier breach (AVG 33(2)). */
export interface VerwerkerMoment {
  /** When the verwerker informed the school (the `gemeld` event's `verwerker.schoolGeinformeerdOp`). */
  readonly schoolGeinformeerdOp: Tijdstip;
}

/** The pre-fill of the form since 2021 from a (validated) registration, its decision and the options. */
export function vulIn2021(
  incident: Beveiligingsincident,
  beoordeling: Beoordeling,
  verwerker: VerwerkerMoment | undefined,
  mededeling: string | undefined,
): ApMelding {
  const f = gedeeldeFeiten(incident, beoordeling);
  const c = new Set(incident.categorieen);
  const bijzonder = c.has('onbekend')
    ? 'onbekend'
    : c.has('bijzonder') || c.has('gezondheid-zorg') || c.has('strafrechtelijk')
      ? 'ja'
      : 'nee';
  const informeert = f.betrokkenenGeinformeerd === 'ja';
  return {
    soortMelding: 'eerste',
    wettelijkeGrondslag: f.wettelijkeGrondslag,
    ...(verwerker ? { andereOrganisatie: { betrokken: 'ja', rol: 'verwerker' } } : {}),
    tijdstipInbreuk: f.tijdstipInbreuk,
    ontdektOp: verwerker ? verwerker.schoolGeinformeerdOp : incident.ontdektOp,
    ...(verwerker ? { ontdektDoorVerwerkerOp: incident.ontdektOp } : {}),
    aardInbreuk: [...f.aardInbreuk],
    ...(f.soortGegevens ? { soortGegevens: [...f.soortGegevens] } : {}),
    bijzondereGegevens: bijzonder,
    ...(incident.betrokkenen.aantalRecords === undefined
      ? {}
      : { aantalRecords: incident.betrokkenen.aantalRecords }),
    aantalBetrokkenen: f.aantalBetrokkenen,
    ...(f.groepBetrokkenen ? { groepBetrokkenen: f.groepBetrokkenen } : {}),
    versleuteld: f.versleuteld,
    gevolgen: [...f.gevolgen],
    ernstGevolgen: beoordeling.risico,
    betrokkenenGeinformeerd: f.betrokkenenGeinformeerd,
    ...(informeert
      ? { wijzeInformeren: beoordeling.openbareMededeling ? 'openbare-mededeling' : 'individueel' }
      : {}),
    ...(informeert && mededeling !== undefined ? { inhoudMededeling: mededeling } : {}),
  };
}

/** The phase of a notification on the AP's form since 2021 (AVG 33(4)); see {@link apMeldingFase}. */
export interface ApMeldingFase {
  /** A first notification, a supplement, a correction or a withdrawal. */
  readonly soort: NonNullable<ApMelding['soortMelding']>;
  /** The questions still open (listed in `openVragen` and unanswered), in the order of the form. */
  readonly open: readonly UitstelbareVraag[];
  /** Nothing open (a withdrawal is complete by itself). */
  readonly volledig: boolean;
  readonly ingetrokken: boolean;
  /** Withdrawn because it turned out not to be a breach: record it as such (EDPB 9/2022 nr. 60). */
  readonly geenDatalek: boolean;
  /** A follow-up (aanvulling) must still answer the open questions. */
  readonly vervolgmeldingNodig: boolean;
  /**
   * The term of that follow-up: none in the sources read. The AVG says "zonder verdere onredelijke vertraging"
   * (art. 33 lid 4); the AP's page names no term in the part read.
   */
  readonly termijnVervolgmelding: {
    readonly termijn: null;
    readonly tekst: string;
    readonly bronnen: readonly Bron[];
  };
  /** The dossier event this notification is, without its `tijdstip` and `door`. */
  readonly gebeurtenis:
    | { readonly type: 'ap-gemeld'; readonly volledig: boolean }
    | { readonly type: 'vervolgmelding'; readonly volledig: boolean; readonly ingetrokken?: true };
}

const TERMIJN_VERVOLG = {
  termijn: null,
  tekst:
    'De AVG en de gelezen bronnen noemen geen termijn voor een aanvulling: doe die zonder verdere onredelijke vertraging (AVG art. 33 lid 4).',
  bronnen: [AVG_33_4_FASEN, AP_AANVULLEN_INTREKKEN, EDPB_9_2022_FASEN],
} as const;

/** The phase of a notification that passed {@link controleer2021}. */
export function faseVan(m: ApMelding, naTermijn: boolean): ApMeldingFase {
  const soort = m.soortMelding ?? 'eerste';
  const ingetrokken = soort === 'intrekking';
  const open = ingetrokken ? [] : openVan(m, naTermijn);
  const volledig = open.length === 0;
  return {
    soort,
    open,
    volledig,
    ingetrokken,
    geenDatalek: ingetrokken && m.redenIntrekking === 'geen-datalek',
    vervolgmeldingNodig: !volledig,
    termijnVervolgmelding: TERMIJN_VERVOLG,
    gebeurtenis:
      soort === 'eerste'
        ? { type: 'ap-gemeld', volledig }
        : { type: 'vervolgmelding', volledig, ...(ingetrokken ? { ingetrokken: true as const } : {}) },
  };
}
