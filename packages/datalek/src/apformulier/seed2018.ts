// The seed's AP form (veiligheidsplan 2018, Bijlage 15): the form the AP used before 2021, kept as the seed
// preset of the AP form (`formulier: 'seed-2018'`). Schema, completeness check and pre-fill.
import { type Probleem, problemen, type Resultaat, tijdstipSchema, valideer } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import { datalekProbleem } from '../codes/codes.js';
import { MAX_ID } from '../incident/begrippen.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { AARD_INBREUK, GEVOLG_KEUZES, gedeeldeFeiten, tekstSchema as tekst } from './gedeeld.js';
import { AP_FORMULIER_VRAGEN } from './vragen.data.js';

const janee = /* @__PURE__ */ (() => z.enum(['ja', 'nee']))();

/**
 * Zod schema of the AP notification form as the seed's Bijlage 15 lists its questions (numbers as in the seed),
 * the form the AP used before 2021, including follow-up reports. Every field is optional here:
 * `controleerApMelding(concept, { formulier: 'seed-2018' })` says what is still missing. The contact person of
 * the report is personal data; the SDK never repeats it in a message.
 *
 * @example
 * ```ts
 * import { apMelding2018Schema } from '@schoolveiligheid/datalek';
 * apMelding2018Schema.safeParse({ aantalBetrokkenen: -1 }).success; //=> false
 * apMelding2018Schema.safeParse({ aantalBetrokkenen: 28, groepBetrokkenen: 'leerlingen' }).success; //=> true
 * ```
 */
export const apMelding2018Schema = /* @__PURE__ */ (() =>
  z
    .object({
      /** 1: is this a follow-up, and to which report number? */
      vervolgOp: z.string().max(MAX_ID).optional(),
      /** 12: the purpose of the follow-up. */
      strekkingVervolgmelding: z.enum(['aanvulling', 'wijziging', 'intrekking']).optional(),
      /** 13: the legal basis of the report. */
      wettelijkeGrondslag: z.literal('AVG art. 33').optional(),
      /** 14-18: the organisation. */
      organisatie: z
        .object({ naam: tekst, adres: tekst, postcode: tekst, plaats: tekst, kvkNummer: tekst.optional() })
        .optional(),
      /** 19-23: the person who reports (personal data; stored, never echoed). */
      melder: z
        .object({
          naam: tekst,
          functie: tekst,
          email: tekst,
          telefoon: tekst,
          alternatiefTelefoon: tekst.optional(),
        })
        .optional(),
      /** 24: sector. */
      sector: tekst.optional(),
      /** 25: summary of the incident. */
      samenvatting: tekst.optional(),
      /** 26: number of people concerned (an estimate when unknown). */
      aantalBetrokkenen: z.number().int().nonnegative().optional(),
      /** 27: the group of people concerned. */
      groepBetrokkenen: tekst.optional(),
      /** 28: when the breach happened. */
      tijdstipInbreuk: z
        .discriminatedUnion('soort', [
          z.object({ soort: z.literal('op'), op: tijdstipSchema }),
          z.object({ soort: z.literal('tussen'), van: tijdstipSchema, tot: tijdstipSchema }),
          z.object({ soort: z.literal('onbekend') }),
        ])
        .optional(),
      /** 29: the nature of the breach. */
      aardInbreuk: z.array(z.enum(AARD_INBREUK)).min(1).optional(),
      /** 30: the types of personal data. */
      soortGegevens: z.array(tekst).min(1).optional(),
      /** 31: possible consequences for the data subjects. */
      gevolgen: z.array(z.enum(GEVOLG_KEUZES)).min(1).optional(),
      /** 32: technical and organisational measures taken. */
      maatregelen: tekst.optional(),
      /** 33: have the data subjects been, or will they be, informed? */
      betrokkenenGeinformeerd: z.enum(['ja', 'nee', 'nog-niet-bekend']).optional(),
      /** 34: when. */
      tijdstipInformeren: tijdstipSchema.optional(),
      /** 35: the literal text of the message to the data subjects. */
      inhoudMededeling: tekst.optional(),
      /** 36: how many data subjects were or will be informed. */
      aantalGeinformeerd: z.number().int().nonnegative().optional(),
      /** 37: which means of communication. */
      communicatiemiddelen: z.array(tekst).min(1).optional(),
      /** 38: why the data subjects are not informed. */
      redenNietInformeren: tekst.optional(),
      /** 39: are the data encrypted, hashed or otherwise unintelligible? */
      versleuteld: z.enum(['ja', 'nee', 'deels']).optional(),
      /** 40-41: how. */
      wijzeVersleuteling: tekst.optional(),
      /** 42: people in other EU countries? */
      andereEuLanden: z.enum(['ja', 'nee', 'onbekend']).optional(),
      /** 43: reported to supervisory authorities in other EU countries? */
      gemeldAndereToezichthouders: janee.optional(),
      /** 44: is this report complete in your opinion? */
      volledig: janee.optional(),
      /** AVG 33(1): the reasons for the delay when reporting after 72 hours (not in the 2018 form). */
      redenVertraging: tekst.optional(),
    })
    .meta({
      description:
        'A (draft) report to the Autoriteit Persoonsgegevens by the questions of its form before 2021 (seed Bijlage 15); every field optional.',
    }))();

/** A (draft) AP notification on the seed's 2018 form; see {@link apMelding2018Schema}. */
export type ApMelding2018 = z.infer<typeof apMelding2018Schema>;

const ALTIJD: readonly (keyof ApMelding2018)[] = [
  'wettelijkeGrondslag',
  'organisatie',
  'melder',
  'sector',
  'samenvatting',
  'aantalBetrokkenen',
  'groepBetrokkenen',
  'tijdstipInbreuk',
  'aardInbreuk',
  'soortGegevens',
  'gevolgen',
  'maatregelen',
  'betrokkenenGeinformeerd',
  'versleuteld',
  'andereEuLanden',
  'gemeldAndereToezichthouders',
  'volledig',
];

function ontbreekt(veld: keyof ApMelding2018, waarom = ''): Probleem {
  const v = AP_FORMULIER_VRAGEN[veld];
  const nummer = v.vraag > 0 ? `Vraag ${v.vraag}` : 'Het veld';
  return datalekProbleem(
    'VRAAG_ONBEANTWOORD',
    [veld],
    v.vraag > 0 ? { veld, vraag: v.vraag } : { veld },
    waarom
      ? `${nummer} (${v.label}) is nog niet beantwoord; die vraag geldt hier${waarom}.`
      : `${nummer} (${v.label}) is nog niet beantwoord.`,
  );
}

/** The completeness check of the 2018 form (seed Bijlage 15), by question number. */
export function controleer2018(concept: unknown, naTermijn: boolean): Resultaat<ApMelding2018> {
  const geldig = valideer(apMelding2018Schema, concept);
  if (!geldig.ok) return geldig;
  const m = geldig.waarde;
  const lijst: Probleem[] = ALTIJD.filter((v) => m[v] === undefined).map((v) => ontbreekt(v));
  const zonder = (veld: keyof ApMelding2018, waarom: string) => {
    if (m[veld] === undefined) lijst.push(ontbreekt(veld, waarom));
  };
  if (m.vervolgOp !== undefined) zonder('strekkingVervolgmelding', ' bij een vervolgmelding');
  if (m.betrokkenenGeinformeerd === 'ja') {
    for (const v of [
      'tijdstipInformeren',
      'inhoudMededeling',
      'aantalGeinformeerd',
      'communicatiemiddelen',
    ] as const) {
      zonder(v, ' omdat betrokkenen worden geïnformeerd');
    }
  }
  if (m.betrokkenenGeinformeerd === 'nee')
    zonder('redenNietInformeren', ' omdat betrokkenen niet worden geïnformeerd');
  if (m.versleuteld === 'ja' || m.versleuteld === 'deels')
    zonder('wijzeVersleuteling', ' omdat de gegevens versleuteld zijn');
  if (naTermijn) zonder('redenVertraging', ' omdat de melding na de meldtermijn van de AVG wordt gedaan');
  return lijst.length > 0 ? problemen(lijst) : geldig;
}

/** The pre-fill of the 2018 form: the shared answers, the sector, and the message text when given. */
export function vulIn2018(
  incident: Beveiligingsincident,
  beoordeling: Beoordeling,
  mededeling: string | undefined,
): ApMelding2018 {
  const { soortGegevens, ...f } = gedeeldeFeiten(incident, beoordeling);
  return {
    ...f,
    aardInbreuk: [...f.aardInbreuk],
    gevolgen: [...f.gevolgen],
    ...(soortGegevens ? { soortGegevens: [...soortGegevens] } : {}),
    sector: 'onderwijs',
    ...(mededeling !== undefined && f.betrokkenenGeinformeerd === 'ja'
      ? { inhoudMededeling: mededeling }
      : {}),
  };
}
