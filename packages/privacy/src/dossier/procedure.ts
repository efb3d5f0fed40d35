import {
  type Beleid,
  codeTekst,
  type Dossier,
  dagnummer,
  type IsoDatum,
  isoDatumSchema,
  type Probleem,
  procedure,
  SchoolveiligheidFout,
  stapUitCatalogus,
  termijnStatus,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import {
  PRIVACY_PROBLEEM_CODES,
  PRIVACY_STAP_CODES,
  PRIVACY_TERMIJN_CODES,
  type PrivacyProbleemCode,
  type PrivacyStapCode,
  type PrivacyTermijnCode,
} from '../codes/codes.js';
import { type Antwoordtermijn, berekenAntwoordtermijn } from '../verzoek/antwoordtermijn.js';
import { magVerzoekDoen } from '../vertegenwoordiging/vertegenwoordiging.js';

/** The rights of AVG arts. 15 to 21 a request can invoke. */
export type Recht =
  | 'inzage'
  | 'rectificatie'
  | 'aanvulling'
  | 'verwijdering'
  | 'beperking'
  | 'bezwaar'
  | 'overdraagbaarheid';

/**
 * Schema of the dossier header (`kop`): which request, in the vendor's id scheme.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { privacyKopSchema } from '@schoolveiligheid/privacy';
 * valideer(privacyKopSchema, { id: 'verzoek-1' }).ok; //=> true
 * ```
 */
export const privacyKopSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z
      .string()
      .regex(/^[a-z\d][a-z\d-]*$/)
      .max(100)
      .meta({
        description:
          "The dossier's id in the vendor's system: lower-case letters, digits and hyphens; never a name or a BSN.",
      }),
  })
  .meta({ description: 'Header of a rights-request dossier (AVG arts. 15-21): which request.' });

const recht = /* @__PURE__ */ z
  .enum(['inzage', 'rectificatie', 'aanvulling', 'verwijdering', 'beperking', 'bezwaar', 'overdraagbaarheid'])
  .meta({ description: 'The right invoked (AVG arts. 15-21).' });

/**
 * Schema of the events of a rights-request dossier, discriminated on `type`. Identity verification records how,
 * never an ID document's number (the schema is strict: an extra field is refused).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { privacyGebeurtenisSchema } from '@schoolveiligheid/privacy';
 * valideer(privacyGebeurtenisSchema, { type: 'verzoek-ontvangen', datum: '2027-01-31', recht: 'inzage', verzoeker: 'wettelijk-vertegenwoordiger', leeftijdBetrokkene: 9 }).ok; //=> true
 * valideer(privacyGebeurtenisSchema, { type: 'identiteit-vastgesteld', datum: '2027-02-01', wijze: 'identiteitsbewijs-getoond', documentnummer: 'X' }).ok; //=> false
 * ```
 */
export const privacyGebeurtenisSchema = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('verzoek-ontvangen'),
        datum: isoDatumSchema,
        recht,
        verzoeker: /* @__PURE__ */ z.enum(['betrokkene', 'wettelijk-vertegenwoordiger', 'samen']).meta({
          description: 'Who made the request: the data subject, the representative, or both together.',
        }),
        leeftijdBetrokkene: /* @__PURE__ */ z
          .int()
          .min(0)
          .max(150)
          .optional()
          .meta({ description: "The data subject's age on datum; absent for an adult (staff, parent)." }),
        verwijsindex: /* @__PURE__ */ z
          .boolean()
          .optional()
          .meta({ description: 'True when the request concerns Verwijsindex data.' }),
      })
      .meta({ description: 'The school received a request on datum; the answer term starts the day after.' }),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('identiteit-vastgesteld'),
        datum: isoDatumSchema,
        wijze: /* @__PURE__ */ z
          .enum(['identiteitsbewijs-getoond', 'bekend-bij-school', 'ingelogd-ouderportaal', 'digid'])
          .meta({
            description: 'How the identity was verified; an ID document is shown, never copied or stored.',
          }),
      })
      .meta({ description: "The requester's identity was verified on datum." }),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('verlenging-meegedeeld'),
        datum: isoDatumSchema,
        reden: /* @__PURE__ */ z
          .enum(['complexiteit', 'aantal-verzoeken'])
          .meta({ description: 'Why more time is needed (AVG 12(3)).' }),
      })
      .meta({ description: 'The data subject was told of the extension, with reasons, on datum.' }),
    /* @__PURE__ */ z
      .strictObject({
        type: /* @__PURE__ */ z.literal('verzoek-afgehandeld'),
        datum: isoDatumSchema,
        uitkomst: /* @__PURE__ */ z
          .enum(['ingewilligd', 'deels-ingewilligd', 'afgewezen'])
          .meta({ description: 'How the request was answered.' }),
      })
      .meta({ description: 'The request was answered on datum; the dossier closes.' }),
  ])
  .meta({ description: 'An event of a rights-request dossier, discriminated on type.' });

/** The header of a rights-request dossier. */
export type PrivacyKop = z.infer<typeof privacyKopSchema>;

/** An event of a rights-request dossier. */
export type PrivacyGebeurtenis = z.infer<typeof privacyGebeurtenisSchema>;

/** A stored rights-request dossier: plain JSON, the state is derived. */
export type PrivacyDossier = Dossier<PrivacyKop, PrivacyGebeurtenis>;

/** The state derived from the events. */
export interface PrivacyToestand {
  /** When the request was received. */
  readonly ontvangenOp: IsoDatum | null;
  /** The right invoked. */
  readonly recht: Recht | null;
  /** Whether the requester may exercise the right for the data subject (UAVG art. 5). */
  readonly verzoekerBevoegd: boolean | null;
  /** When the identity was verified. */
  readonly identiteitOp: IsoDatum | null;
  /** When the extension was told. */
  readonly verlengingOp: IsoDatum | null;
  /** Whether it was told within the statutory first month (a later one has no effect). */
  readonly verlengingTijdig: boolean | null;
  /** When the request was answered; the dossier is closed from then on. */
  readonly afgehandeldOp: IsoDatum | null;
}

/** Options of `openTermijnen` and `volgendeStappen`. */
export interface PrivacyOpties {
  /** The school's policy (see `SEED_2018_BELEID`): it may shorten the terms, never lengthen them. */
  readonly beleid?: Beleid;
}

const probleem = (code: PrivacyProbleemCode): Probleem => ({
  code,
  pad: ['type'],
  melding: codeTekst(PRIVACY_PROBLEEM_CODES, code),
});

/** The answer term of the request, undefined outside the calendar range. */
function termijnVan(t: PrivacyToestand, beleid: Beleid | undefined): Antwoordtermijn | undefined {
  if (t.ontvangenOp === null) return undefined;
  try {
    return berekenAntwoordtermijn({
      ontvangenOp: t.ontvangenOp,
      ...(t.verlengingOp ? { verlengingMeegedeeldOp: t.verlengingOp } : {}),
      ...(beleid ? { beleid } : {}),
    }).uitkomst;
  } catch (e) {
    if (e instanceof SchoolveiligheidFout && e.code !== 'BELEID_ONGELDIG') return undefined;
    throw e;
  }
}

/**
 * The rights-request procedure on kern's kernel: `nieuwDossier`, `verwerk` (typed events), `verwerkJson`
 * (stored JSON), `verwerkAlle` (a batch), `herspeel`, `leesDossier`, `toestand`,
 * `openTermijnen(dossier, nu, { beleid })` (one month, or the extended term; AVG 12(3), no Atw),
 * `volgendeStappen(dossier)` and the batch sweep `openTermijnenVanAlle`.
 *
 * @example
 * ```ts
 * import { privacyProcedure } from '@schoolveiligheid/privacy';
 * const d = privacyProcedure.nieuwDossier({ id: 'verzoek-1' });
 * const na = d.ok ? privacyProcedure.verwerk(d.waarde, { type: 'verzoek-ontvangen', datum: '2027-01-31', recht: 'inzage', verzoeker: 'betrokkene' }) : d;
 * const termijnen = na.ok ? privacyProcedure.openTermijnen(na.waarde, '2027-02-10T09:00:00+01:00') : [];
 * termijnen.map((t) => [t.code, t.termijn?.laatsteDag]); //=> [['ANTWOORDEN', '2027-02-28']]
 * ```
 */
export const privacyProcedure = /* @__PURE__ */ procedure<
  PrivacyKop,
  PrivacyGebeurtenis,
  PrivacyToestand,
  PrivacyOpties,
  PrivacyTermijnCode,
  PrivacyStapCode
>({
  naam: 'privacy',
  versie: 1,
  kop: privacyKopSchema,
  gebeurtenis: privacyGebeurtenisSchema,
  begin: () => ({
    ontvangenOp: null,
    recht: null,
    verzoekerBevoegd: null,
    identiteitOp: null,
    verlengingOp: null,
    verlengingTijdig: null,
    afgehandeldOp: null,
  }),
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.afgehandeldOp !== null,
  overgangen: {
    'verzoek-ontvangen': {
      controleer: (t, g) =>
        t.ontvangenOp !== null
          ? [probleem('VERZOEK_AL_ONTVANGEN')]
          : termijnVan({ ...t, ontvangenOp: g.datum }, undefined)
            ? []
            : [probleem('DATUM_BUITEN_BEREIK')],
      pasToe: (t, g) => ({
        ...t,
        ontvangenOp: g.datum,
        recht: g.recht,
        verzoekerBevoegd:
          g.leeftijdBetrokkene === undefined
            ? true
            : magVerzoekDoen(g.verzoeker, {
                leeftijd: g.leeftijdBetrokkene,
                peildatum: g.datum,
                ...(g.verwijsindex === undefined ? {} : { verwijsindex: g.verwijsindex }),
              }).uitkomst,
      }),
    },
    'identiteit-vastgesteld': {
      controleer: (t) => (t.ontvangenOp === null ? [probleem('GEEN_VERZOEK')] : []),
      pasToe: (t, g) => ({ ...t, identiteitOp: g.datum }),
    },
    'verlenging-meegedeeld': {
      controleer: (t) =>
        t.ontvangenOp === null
          ? [probleem('GEEN_VERZOEK')]
          : t.verlengingOp !== null
            ? [probleem('VERLENGING_AL_MEEGEDEELD')]
            : [],
      pasToe: (t, g) => ({
        ...t,
        verlengingOp: g.datum,
        verlengingTijdig: termijnVan({ ...t, verlengingOp: g.datum }, undefined)?.verlengd ?? false,
      }),
    },
    'verzoek-afgehandeld': {
      controleer: (t) => (t.ontvangenOp === null ? [probleem('GEEN_VERZOEK')] : []),
      pasToe: (t, g) => ({ ...t, afgehandeldOp: g.datum }),
    },
  },
  openTermijnen: (t, _kop, nu, opties) => {
    if (t.ontvangenOp === null || t.afgehandeldOp !== null) return [];
    const berekend = termijnVan(t, opties.beleid);
    if (!berekend)
      return [
        { code: 'ANTWOORDEN', rol: 'bevoegd-gezag', tekst: codeTekst(PRIVACY_TERMIJN_CODES, 'ANTWOORDEN') },
      ];
    const code: PrivacyTermijnCode = berekend.verlengd ? 'ANTWOORDEN_VERLENGD' : 'ANTWOORDEN';
    const termijn = berekend.verlengdeTermijn ?? berekend.eersteTermijn;
    return [
      {
        code,
        rol: 'bevoegd-gezag',
        tekst: codeTekst(PRIVACY_TERMIJN_CODES, code),
        ...(termijn.bronnen[0] ? { bron: termijn.bronnen[0] } : {}),
        termijn,
        status: termijnStatus(termijn, nu),
      },
    ];
  },
  volgendeStappen: (t) => {
    const stap = (
      code: PrivacyStapCode,
      rol: 'bevoegd-gezag' | 'directeur',
      termijnCode?: PrivacyTermijnCode,
    ) => stapUitCatalogus(PRIVACY_STAP_CODES, code, rol, termijnCode);
    if (t.ontvangenOp === null) return [stap('VERZOEK_REGISTREREN', 'directeur')];
    if (t.afgehandeldOp !== null) return [];
    const termijnCode: PrivacyTermijnCode = t.verlengingTijdig ? 'ANTWOORDEN_VERLENGD' : 'ANTWOORDEN';
    const stappen = [];
    if (t.verzoekerBevoegd === false) stappen.push(stap('BEVOEGDHEID_TOETSEN', 'directeur'));
    if (t.identiteitOp === null) stappen.push(stap('IDENTITEIT_VERIFIEREN', 'directeur'));
    if (t.verlengingOp === null) stappen.push(stap('VERLENGING_OVERWEGEN', 'bevoegd-gezag', 'ANTWOORDEN'));
    stappen.push(stap('VERZOEK_AFHANDELEN', 'bevoegd-gezag', termijnCode));
    return stappen;
  },
});
