import { type Probleem, problemen, type Resultaat, tijdstipSchema, valideer } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import { datalekProbleem } from '../codes/codes.js';
import { type CategorieKeuze, MAX_ID, MAX_TEKST } from '../incident/begrippen.js';
import { eisOpties, ongeldigeInvoer } from '../bewaak.js';
import { beoordelingSchema } from '../dossier/procedure.js';
import { type Beveiligingsincident, beveiligingsincidentSchema } from '../incident/incident.js';
import { AP_FORMULIER_VRAGEN } from './vragen.data.js';

export { AP_FORMULIER_VRAGEN };

const tekst = /* @__PURE__ */ (() => z.string().trim().min(1).max(MAX_TEKST))();
const janee = /* @__PURE__ */ (() => z.enum(['ja', 'nee']))();

/**
 * Zod schema of the AP notification form as the seed's Bijlage 15 lists its questions (numbers as in the seed),
 * including follow-up reports. Every field is optional here: {@link controleerApMelding} says what is still
 * missing. The contact person of the report is personal data; the SDK never repeats it in a message.
 *
 * @example
 * ```ts
 * import { apMeldingSchema } from '@schoolveiligheid/datalek';
 * apMeldingSchema.safeParse({ aantalBetrokkenen: -1 }).success; //=> false
 * apMeldingSchema.safeParse({ aantalBetrokkenen: 28 }).success; //=> true
 * ```
 */
export const apMeldingSchema = /* @__PURE__ */ (() =>
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
      aardInbreuk: z
        .array(z.enum(['lezen', 'kopieren', 'wijzigen', 'verwijderen', 'diefstal', 'onbekend']))
        .min(1)
        .optional(),
      /** 30: the types of personal data. */
      soortGegevens: z.array(tekst).min(1).optional(),
      /** 31: possible consequences for the data subjects. */
      gevolgen: z
        .array(
          z.enum([
            'stigmatisering',
            'identiteitsfraude',
            'financiele-schade',
            'reputatieschade',
            'gezondheidsschade',
            'anders',
          ]),
        )
        .min(1)
        .optional(),
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
        'A (draft) report to the Autoriteit Persoonsgegevens, by the questions of its form (seed Bijlage 15); every field optional.',
    }))();

/** A (draft) AP notification; see {@link apMeldingSchema}. */
export type ApMelding = z.infer<typeof apMeldingSchema>;

const ALTIJD: readonly (keyof ApMelding)[] = [
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

/** Options of {@link controleerApMelding}. */
export interface ApControleOpties {
  /** The report is made after the 72 hours: the reasons for the delay are then required (AVG 33(1)). */
  readonly naTermijn?: boolean;
}

function ontbreekt(veld: keyof ApMelding, waarom = ''): Probleem {
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

/**
 * Checks a draft AP notification for completeness: every question of the form that applies (follow-up
 * questions for a follow-up report, 34-37 when data subjects are informed, 38 when not, 40 when encrypted,
 * the reasons for delay after 72 hours). Returns the report when complete, otherwise one `VRAAG_ONBEANTWOORD`
 * problem per missing answer, naming the question number, never the input. Throws `ONGELDIGE_INVOER` when
 * `opties` is not an object or `opties.naTermijn` not a boolean.
 *
 * @example
 * ```ts
 * import { controleerApMelding } from '@schoolveiligheid/datalek';
 * const r = controleerApMelding({ aantalBetrokkenen: 28, betrokkenenGeinformeerd: 'nee' });
 * r.ok; //=> false
 * r.ok ? [] : r.problemen.some((p) => p.pad[0] === 'redenNietInformeren'); //=> true
 * ```
 */
export function controleerApMelding(concept: unknown, opties?: ApControleOpties): Resultaat<ApMelding> {
  const o = eisOpties(opties);
  if (o.naTermijn !== undefined && typeof o.naTermijn !== 'boolean')
    ongeldigeInvoer('naTermijn is waar of onwaar.');
  const geldig = valideer(apMeldingSchema, concept);
  if (!geldig.ok) return geldig;
  const m = geldig.waarde;
  const lijst: Probleem[] = ALTIJD.filter((v) => m[v] === undefined).map((v) => ontbreekt(v));
  const zonder = (veld: keyof ApMelding, waarom: string) => {
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
  if (o.naTermijn) zonder('redenVertraging', ' omdat de melding na de meldtermijn van de AVG wordt gedaan');
  return lijst.length > 0 ? problemen(lijst) : geldig;
}

const GEVOLGEN: Partial<Record<CategorieKeuze, NonNullable<ApMelding['gevolgen']>[number]>> = {
  bsn: 'identiteitsfraude',
  inloggegevens: 'identiteitsfraude',
  financieel: 'financiele-schade',
  'gezondheid-zorg': 'stigmatisering',
  bijzonder: 'stigmatisering',
  strafrechtelijk: 'stigmatisering',
  'leerresultaten-gedrag': 'stigmatisering',
  'stigmatiserend-overig': 'stigmatisering',
};

const CATEGORIE_TEKST: Record<CategorieKeuze, string> = {
  identificerend: 'naam, geboortedatum, adres of foto',
  contact: 'contactgegevens',
  bsn: 'burgerservicenummer',
  inloggegevens: 'gebruikersnamen en wachtwoorden',
  financieel: 'financiële gegevens',
  'gezondheid-zorg': 'gezondheids- en zorggegevens',
  bijzonder: 'bijzondere persoonsgegevens',
  strafrechtelijk: 'strafrechtelijke gegevens',
  'leerresultaten-gedrag': 'schoolresultaten en gedrag',
  'stigmatiserend-overig': 'andere gegevens die kunnen stigmatiseren',
  overig: 'overige gegevens',
  onbekend: 'nog niet bekend welke gegevens',
};

/**
 * Pre-fills the AP form from a registered incident and its decision: what the registration already answers
 * (numbers, nature, data types, encryption, legal basis). Organisation, contact person, summary and measures
 * are left for the privacyfunctionaris; {@link controleerApMelding} lists them. Throws `ONGELDIGE_INVOER`
 * when `incident` is not a valid registration or `beoordeling` not an outcome of `beoordeelIncident`.
 *
 * @example
 * ```ts
 * import { apMeldingUitIncident, beoordeelIncident, controleerApMelding } from '@schoolveiligheid/datalek';
 * const incident = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'diefstal', omschrijving: 'Laptop gestolen', persoonsgegevens: 'ja', inbreuk: ['vertrouwelijkheid'],
 *   categorieen: ['gezondheid-zorg'], betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 28 },
 *   versleuteling: 'geen', sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'ja', maatregelen: [],
 * } as const;
 * const concept = apMeldingUitIncident(incident, beoordeelIncident(incident).uitkomst);
 * concept.aantalBetrokkenen; //=> 28
 * concept.betrokkenenGeinformeerd; //=> 'ja'
 * ```
 */
export function apMeldingUitIncident(incident: Beveiligingsincident, beoordeling: Beoordeling): ApMelding {
  if (!beveiligingsincidentSchema.safeParse(incident).success)
    ongeldigeInvoer('Het incident is geen geldige registratie; controleer het met valideerIncident.');
  if (!beoordelingSchema.safeParse(beoordeling).success)
    ongeldigeInvoer('Geef de uitkomst van beoordeelIncident als beoordeling.');
  const aard = new Set<NonNullable<ApMelding['aardInbreuk']>[number]>();
  if (incident.soort === 'diefstal' || incident.soort === 'verlies') aard.add('diefstal');
  if (incident.inbreuk.includes('vertrouwelijkheid'))
    aard.add(incident.aanwijzingMisbruik === 'ja' ? 'kopieren' : 'lezen');
  if (incident.inbreuk.includes('integriteit')) aard.add('wijzigen');
  if (incident.inbreuk.includes('beschikbaarheid') && !incident.backupAanwezig) aard.add('verwijderen');
  const gevolgen = [...new Set(incident.categorieen.flatMap((c) => GEVOLGEN[c] ?? []))];
  return {
    wettelijkeGrondslag: 'AVG art. 33',
    sector: 'onderwijs',
    aantalBetrokkenen: incident.betrokkenen.aantal,
    ...(incident.betrokkenen.groepen.length > 0
      ? { groepBetrokkenen: incident.betrokkenen.groepen.join(', ') }
      : {}),
    tijdstipInbreuk: incident.voorgevallenOp
      ? { soort: 'op', op: incident.voorgevallenOp }
      : { soort: 'onbekend' },
    aardInbreuk: aard.size > 0 ? [...aard] : ['onbekend'],
    ...(incident.categorieen.length > 0
      ? { soortGegevens: incident.categorieen.map((c) => CATEGORIE_TEKST[c]) }
      : {}),
    gevolgen: gevolgen.length > 0 ? gevolgen : ['anders'],
    betrokkenenGeinformeerd: beoordeling.betrokkenenInformeren ? 'ja' : 'nee',
    versleuteld: incident.versleuteling === 'geen' ? 'nee' : 'ja',
  };
}
