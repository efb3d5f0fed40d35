import {
  amsterdamseDatum,
  type Beleid,
  type Bron,
  berekenTermijn,
  epochMs,
  type IsoDatum,
  ok,
  type Probleem,
  problemen,
  type Resultaat,
  type TermijnStatus,
  type TermijnUitkomst,
  type Tijdstip,
  termijnStatus,
  tijdstipSchema,
  valideer,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import { z } from 'zod';
import { AVG_33_1, AVG_33_4, AVG_34_1, AVG_34_3_C, seedBron } from '../bronnen/bronnen.js';
import type { Rol } from '../incident/begrippen.js';
import { beveiligingsincidentSchema } from '../incident/incident.js';
import {
  analysetermijn,
  bewaartermijnMelding,
  meldtermijnAP,
  termijnBetrokkenen,
  toestemmingCvbVereist,
} from '../regels/regels.js';
import { type DatalekDossier, type DossierToestand, nieuwDossier, toestand } from './toestand.js';

const persoon = <R extends readonly [Rol, ...Rol[]]>(rollen: R) =>
  z.object({ rol: z.enum(rollen), id: z.string().min(1).max(64) });

const beoordelingSchema = /* @__PURE__ */ (() =>
  z.object({
    isDatalek: z.boolean(),
    risico: z.enum(['geen', 'risico', 'hoog']),
    meldplichtAP: z.boolean(),
    betrokkenenInformeren: z.boolean(),
    openbareMededeling: z.boolean(),
    beslisboom: z.enum(['avg-2018', 'wbp-2016']),
  }))();

const maatregel = /* @__PURE__ */ (() => z.string().min(1).max(1000))();

/**
 * Zod schema of the events of a datalek dossier, a discriminated union on `type`: `gemeld` (internal report),
 * `geanalyseerd` (the decision, optionally with an updated registration), `cvb-toestemming`, `ap-gemeld`,
 * `vervolgmelding`, `betrokkenen-geinformeerd`, `herstelmaatregel`, `preventieve-maatregel`, `gesloten`.
 * Who may do what follows the seed's roles (C.6 Deel A-E).
 *
 * @example
 * ```ts
 * import { gebeurtenisSchema } from '@schoolveiligheid/datalek';
 * gebeurtenisSchema.safeParse({ type: 'gesloten', tijdstip: '2026-11-23T10:00:00+01:00', door: { rol: 'leerling', id: 'leerling-1' } }).success; //=> false
 * ```
 */
export const gebeurtenisSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('gemeld'),
      tijdstip: tijdstipSchema,
      door: persoon(['medewerker', 'leerling', 'schooldirecteur', 'privacyfunctionaris', 'verwerker']),
      incident: beveiligingsincidentSchema,
    }),
    z.object({
      type: z.literal('geanalyseerd'),
      tijdstip: tijdstipSchema,
      door: persoon(['privacyfunctionaris', 'schooldirecteur']),
      uitkomst: beoordelingSchema,
      /** The registration as completed by the analysis (seed Deel C Stap 1). */
      incident: beveiligingsincidentSchema.optional(),
    }),
    z.object({
      type: z.literal('cvb-toestemming'),
      tijdstip: tijdstipSchema,
      door: persoon(['college-van-bestuur']),
    }),
    z.object({
      type: z.literal('ap-gemeld'),
      tijdstip: tijdstipSchema,
      door: persoon(['privacyfunctionaris', 'college-van-bestuur']),
      meldnummer: z.string().max(64).optional(),
      /** `false` for a phased report (AVG 33(4)): a follow-up must complete it. */
      volledig: z.boolean(),
      /** Required when the report is made after the 72 hours (AVG 33(1)). */
      redenVertraging: z.string().min(1).max(2000).optional(),
    }),
    z.object({
      type: z.literal('vervolgmelding'),
      tijdstip: tijdstipSchema,
      door: persoon(['privacyfunctionaris', 'college-van-bestuur']),
      volledig: z.boolean(),
      ingetrokken: z.boolean().optional(),
    }),
    z.object({
      type: z.literal('betrokkenen-geinformeerd'),
      tijdstip: tijdstipSchema,
      door: persoon(['communicatiemedewerker', 'privacyfunctionaris', 'schooldirecteur']),
      aantal: z.number().int().nonnegative(),
      wijze: z.enum(['individueel', 'openbare-mededeling']),
    }),
    z.object({
      type: z.literal('herstelmaatregel'),
      tijdstip: tijdstipSchema,
      door: persoon(['schooldirecteur', 'privacyfunctionaris', 'medewerker', 'verwerker']),
      omschrijving: maatregel,
    }),
    z.object({
      type: z.literal('preventieve-maatregel'),
      tijdstip: tijdstipSchema,
      door: persoon(['schooldirecteur', 'privacyfunctionaris', 'college-van-bestuur']),
      omschrijving: maatregel,
    }),
    z.object({
      type: z.literal('gesloten'),
      tijdstip: tijdstipSchema,
      door: persoon(['schooldirecteur', 'privacyfunctionaris']),
    }),
  ]))();

/** An event of a datalek dossier; see {@link gebeurtenisSchema}. */
export type Gebeurtenis = z.infer<typeof gebeurtenisSchema>;

const UUR_MS = 3_600_000;

function fout(code: string, pad: (string | number)[], melding: string): Probleem {
  return { code, pad, melding };
}

function overgangsProblemen(
  t: DossierToestand | undefined,
  g: Gebeurtenis,
  vorige?: Gebeurtenis,
): Probleem[] {
  if (!t) {
    return g.type === 'gemeld'
      ? epochMs(g.tijdstip) < epochMs(g.incident.ontdektOp)
        ? [
            fout(
              'MELDING_VOOR_ONTDEKKING',
              ['tijdstip'],
              'De interne melding kan niet vóór de ontdekking liggen.',
            ),
          ]
        : []
      : [fout('NOG_NIET_GEMELD', ['type'], 'Een dossier begint met de melding van het incident.')];
  }
  if (t.fase === 'gesloten')
    return [fout('DOSSIER_GESLOTEN', ['type'], 'Het dossier is gesloten; er kan niets meer bij.')];
  const lijst: Probleem[] = [];
  switch (g.type) {
    case 'gemeld':
      lijst.push(
        fout(
          'AL_GEMELD',
          ['type'],
          'Dit incident is al gemeld; gebruik een nieuw dossier voor een nieuw incident.',
        ),
      );
      break;
    case 'cvb-toestemming':
    case 'ap-gemeld':
      if (!t.beoordeling)
        lijst.push(
          fout(
            'NIET_GEANALYSEERD',
            ['type'],
            'Analyseer eerst of er een datalek is en of het gemeld moet worden.',
          ),
        );
      if (g.type === 'ap-gemeld') {
        if (t.apGemeldOp)
          lijst.push(
            fout('AL_GEMELD_BIJ_AP', ['type'], 'Het datalek is al bij de AP gemeld; doe een vervolgmelding.'),
          );
        const teLaat = epochMs(g.tijdstip) - epochMs(t.bewustOp) > 72 * UUR_MS;
        if (teLaat && !g.redenVertraging) {
          lijst.push(
            fout(
              'REDEN_VERTRAGING_ONTBREEKT',
              ['redenVertraging'],
              'Een melding na 72 uur moet de redenen voor de vertraging vermelden (AVG art. 33 lid 1).',
            ),
          );
        }
      }
      break;
    case 'vervolgmelding':
      if (!t.apGemeldOp)
        lijst.push(
          fout('NOG_NIET_BIJ_AP', ['type'], 'Een vervolgmelding kan pas na de eerste melding bij de AP.'),
        );
      break;
    case 'geanalyseerd':
      if (g.incident && epochMs(g.incident.ontdektOp) > epochMs(t.gemeldOp)) {
        lijst.push(
          fout(
            'MELDING_VOOR_ONTDEKKING',
            ['incident', 'ontdektOp'],
            'De ontdekking kan niet na de interne melding liggen.',
          ),
        );
      }
      break;
    case 'betrokkenen-geinformeerd':
    case 'herstelmaatregel':
    case 'preventieve-maatregel':
      break;
    case 'gesloten': {
      const b = t.beoordeling;
      if (!b) lijst.push(fout('NIET_GEANALYSEERD', ['type'], 'Een dossier kan pas dicht na de analyse.'));
      if (t.herstelmaatregelen === 0) {
        lijst.push(
          fout(
            'HERSTELMAATREGEL_ONTBREEKT',
            ['type'],
            'Registreer eerst de herstelmaatregelen (procedure Stap 4).',
          ),
        );
      }
      if (t.preventieveMaatregelen === 0) {
        lijst.push(
          fout(
            'PREVENTIEVE_MAATREGEL_ONTBREEKT',
            ['type'],
            'Registreer eerst de preventieve maatregelen (procedure Stap 4).',
          ),
        );
      }
      if (b?.meldplichtAP && !t.apGemeldOp)
        lijst.push(fout('AP_MELDING_ONTBREEKT', ['type'], 'Het datalek moet eerst bij de AP gemeld zijn.'));
      if (t.apGemeldOp && !t.apMeldingVolledig) {
        lijst.push(
          fout(
            'VERVOLGMELDING_ONTBREEKT',
            ['type'],
            'De melding bij de AP is nog niet compleet; doe eerst de vervolgmelding.',
          ),
        );
      }
      if (b?.betrokkenenInformeren && !t.betrokkenenGeinformeerdOp) {
        lijst.push(
          fout('BETROKKENEN_NIET_GEINFORMEERD', ['type'], 'De betrokkenen moeten eerst geïnformeerd zijn.'),
        );
      }
      break;
    }
  }
  if (vorige && epochMs(g.tijdstip) < epochMs(vorige.tijdstip)) {
    lijst.push(
      fout(
        'TIJDSTIP_VOOR_VORIGE',
        ['tijdstip'],
        'Een gebeurtenis kan niet vóór de vorige gebeurtenis liggen.',
      ),
    );
  }
  return lijst;
}

/**
 * Processes one event: validates it (zod) and checks that the transition is possible, then returns the dossier
 * with the event appended. Impossible transitions (a second `gemeld`, an AP report after 72 hours without the
 * reasons for the delay, closing before recovery and preventive measures are registered) come back as coded
 * problems. Messages never repeat input.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk } from '@schoolveiligheid/datalek';
 * const r = verwerk(nieuwDossier('dl-1'), { type: 'gesloten', tijdstip: '2026-11-23T10:00:00+01:00', door: { rol: 'schooldirecteur', id: 'directeur' } });
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['NOG_NIET_GEMELD']
 * ```
 */
export function verwerk(dossier: DatalekDossier, gebeurtenis: unknown): Resultaat<DatalekDossier> {
  const geldig = valideer(gebeurtenisSchema, gebeurtenis);
  if (!geldig.ok) return geldig;
  const g = geldig.waarde;
  const lijst = overgangsProblemen(toestand(dossier), g, dossier.gebeurtenissen.at(-1));
  if (lijst.length > 0) return problemen(lijst);
  return ok({ id: dossier.id, gebeurtenissen: [...dossier.gebeurtenissen, g] });
}

/**
 * Rebuilds a dossier from stored events, checking every transition again. Replaying the same events always
 * yields the same dossier.
 *
 * @example
 * ```ts
 * import { herspeel } from '@schoolveiligheid/datalek';
 * herspeel('dl-1', []).ok; //=> true
 * ```
 */
export function herspeel(id: string, gebeurtenissen: readonly unknown[]): Resultaat<DatalekDossier> {
  let dossier = nieuwDossier(id);
  for (const [i, g] of gebeurtenissen.entries()) {
    const r = verwerk(dossier, g);
    if (!r.ok) return problemen(r.problemen.map((p) => ({ ...p, pad: ['gebeurtenissen', i, ...p.pad] })));
    dossier = r.waarde;
  }
  return ok(dossier);
}

/** A term or duty that is still running or overdue in a dossier. */
export interface OpenTermijn {
  readonly soort: 'analyse' | 'melding-ap' | 'informeren-betrokkenen';
  /** Who must act. */
  readonly rol: Rol;
  /** Dutch description. */
  readonly omschrijving: string;
  readonly bron: Bron;
  /** The computed term with its trace; absent when the duty is "zonder onredelijke vertraging" without a number. */
  readonly termijn?: TermijnUitkomst;
  /** Where the term stands at `nu`; absent with `termijn`. */
  readonly status?: TermijnStatus;
}

/** Options of {@link openTermijnen} and {@link volgendeStappen}. */
export interface DossierOpties {
  /** A school's policy; the seed preset adds the 8-hour analysis and the 1-week term for data subjects. */
  readonly beleid?: Beleid;
}

function peildatumVan(t: DossierToestand): IsoDatum {
  return amsterdamseDatum(epochMs(t.gemeldOp));
}

/**
 * The terms still running or overdue at `nu`, each with its trace and the responsible role: the AP report
 * (72 clock hours from awareness, AVG 33(1), no Atw; open until the analysis decides no report is needed),
 * informing the data subjects (without undue delay; 1 week under the seed policy), and with the seed policy the
 * 8-hour analysis.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, openTermijnen } from '@schoolveiligheid/datalek';
 * const incident = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'verlies', omschrijving: 'USB-stick kwijt', persoonsgegevens: 'ja', inbreuk: ['vertrouwelijkheid'],
 *   categorieen: ['identificerend'], betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 25 },
 *   versleuteling: 'geen', sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'onbekend', maatregelen: [],
 * };
 * const r = verwerk(nieuwDossier('dl-1'), { type: 'gemeld', tijdstip: '2026-11-20T17:00:00+01:00', door: { rol: 'medewerker', id: 'medewerker-1' }, incident });
 * const open = r.ok ? openTermijnen(r.waarde, '2026-11-21T09:00:00+01:00') : [];
 * open[0]?.termijn?.vervaltOp; //=> '2026-11-23T16:30:00+01:00'
 * open[0]?.status?.fase; //=> 'lopend'
 * ```
 */
export function openTermijnen(
  dossier: DatalekDossier,
  nu: Tijdstip,
  opties: DossierOpties = {},
): OpenTermijn[] {
  const t = toestand(dossier);
  if (!t || t.fase === 'gesloten') return [];
  const peildatum = peildatumVan(t);
  const uit: OpenTermijn[] = [];
  const met = (termijn: TermijnUitkomst) => ({ termijn, status: termijnStatus(termijn, nu) });

  const analyse = zoekWaardeVoor(analysetermijn, peildatum, opties.beleid);
  if (!t.beoordeling && analyse) {
    uit.push({
      soort: 'analyse',
      rol: 'privacyfunctionaris',
      omschrijving: 'Bepaal of er sprake is van een datalek en of het gemeld moet worden.',
      bron: analyse.bron,
      ...met(
        berekenTermijn({
          gebeurtenis: t.gemeldOp,
          duur: analyse.waarde,
          grondslag: 'regeling',
          bron: analyse.bron,
        }),
      ),
    });
  }

  const b = t.beoordeling;
  if (!t.apGemeldOp && (!b || b.meldplichtAP)) {
    const duur = zoekWaardeVoor(meldtermijnAP, peildatum);
    const bron = duur?.bron ?? AVG_33_1;
    uit.push({
      soort: 'melding-ap',
      rol: 'privacyfunctionaris',
      omschrijving: b
        ? 'Meld het datalek bij de Autoriteit Persoonsgegevens; na 72 uur met de redenen voor de vertraging.'
        : 'Zolang de analyse niet anders uitwijst, loopt de termijn voor de melding bij de Autoriteit Persoonsgegevens.',
      bron,
      ...met(
        berekenTermijn({
          gebeurtenis: t.bewustOp,
          duur: duur?.waarde ?? { aantal: 72, eenheid: 'uren' },
          grondslag: 'eu',
          bron,
        }),
      ),
    });
  }

  if (b?.betrokkenenInformeren && !t.betrokkenenGeinformeerdOp) {
    const seed = zoekWaardeVoor(termijnBetrokkenen, peildatum, opties.beleid);
    const omschrijving = b.openbareMededeling
      ? 'Doe een openbare mededeling over het datalek, in duidelijke en eenvoudige taal.'
      : 'Informeer de betrokkenen over het datalek, in duidelijke en eenvoudige taal.';
    uit.push(
      seed
        ? {
            soort: 'informeren-betrokkenen',
            rol: 'communicatiemedewerker',
            omschrijving,
            bron: seed.bron,
            ...met(
              berekenTermijn({
                gebeurtenis: t.gemeldOp,
                duur: seed.waarde,
                grondslag: 'regeling',
                bron: seed.bron,
              }),
            ),
          }
        : {
            soort: 'informeren-betrokkenen',
            rol: 'communicatiemedewerker',
            omschrijving: `${omschrijving} Zonder onredelijke vertraging; de AVG noemt geen vaste termijn.`,
            bron: b.openbareMededeling ? AVG_34_3_C : AVG_34_1,
          },
    );
  }
  return uit;
}

/**
 * Until when the AP report must at least be kept, when the policy sets a minimum (seed C.6 Deel C Stap 5: "minimaal
 * 3 jaar"), counted from the AP report; `undefined` without such a policy value or without an AP report. The AVG
 * itself only requires documenting every breach (art. 33 lid 5), without a term.
 *
 * @example
 * ```ts
 * import { bewaarMinimaalTot, nieuwDossier, veiligheidsplan2018 } from '@schoolveiligheid/datalek';
 * bewaarMinimaalTot(nieuwDossier('dl-1'), { beleid: veiligheidsplan2018 }); //=> undefined
 * ```
 */
export function bewaarMinimaalTot(
  dossier: DatalekDossier,
  opties: DossierOpties = {},
): TermijnUitkomst | undefined {
  const t = toestand(dossier);
  if (!t?.apGemeldOp) return undefined;
  const bewaar = zoekWaardeVoor(bewaartermijnMelding, peildatumVan(t), opties.beleid);
  if (!bewaar) return undefined;
  return berekenTermijn({
    gebeurtenis: t.apGemeldOp,
    duur: bewaar.waarde,
    grondslag: 'regeling',
    bron: bewaar.bron,
  });
}

/** One next step in a dossier: what must happen and who must do it. */
export interface Stap {
  readonly code: string;
  readonly rol: Rol;
  readonly omschrijving: string;
  readonly bron: Bron;
}

/**
 * What must happen next in a dossier and who must do it, in order (seed C.6 Deel B-E; AVG 33/34).
 *
 * @example
 * ```ts
 * import { nieuwDossier, volgendeStappen } from '@schoolveiligheid/datalek';
 * volgendeStappen(nieuwDossier('dl-1')).map((s) => s.code); //=> ['MELDEN']
 * ```
 */
export function volgendeStappen(dossier: DatalekDossier, opties: DossierOpties = {}): Stap[] {
  const t = toestand(dossier);
  if (!t) {
    return [
      {
        code: 'MELDEN',
        rol: 'medewerker',
        omschrijving: 'Meld het beveiligingsincident direct bij de schooldirecteur.',
        bron: seedBron('Deel A'),
      },
    ];
  }
  if (t.fase === 'gesloten') return [];
  const stappen: Stap[] = [];
  const b = t.beoordeling;
  if (!b) {
    stappen.push({
      code: 'ANALYSEREN',
      rol: 'privacyfunctionaris',
      omschrijving:
        'Vul de registratie aan en bepaal of er een datalek is, hoe groot het risico is en of het gemeld moet worden.',
      bron: seedBron('Deel C Stap 1-3'),
    });
  }
  if ((!b || b.meldplichtAP) && !t.apGemeldOp) {
    const cvb = zoekWaardeVoor(toestemmingCvbVereist, peildatumVan(t), opties.beleid);
    if (cvb?.waarde && !t.cvbToestemmingOp) {
      stappen.push({
        code: 'TOESTEMMING_CVB',
        rol: 'college-van-bestuur',
        omschrijving: 'Geef toestemming voor de melding bij de AP; de 72 uur wachten daar niet op.',
        bron: cvb.bron,
      });
    }
    stappen.push({
      code: 'MELDEN_AP',
      rol: 'privacyfunctionaris',
      omschrijving: 'Meld het datalek via het meldformulier van de Autoriteit Persoonsgegevens.',
      bron: AVG_33_1,
    });
  }
  if (t.apGemeldOp && !t.apMeldingVolledig) {
    stappen.push({
      code: 'VERVOLGMELDING',
      rol: 'privacyfunctionaris',
      omschrijving:
        'Vul de melding bij de AP aan met een vervolgmelding zodra de ontbrekende informatie bekend is.',
      bron: AVG_33_4,
    });
  }
  if (b?.betrokkenenInformeren && !t.betrokkenenGeinformeerdOp) {
    stappen.push({
      code: b.openbareMededeling ? 'OPENBARE_MEDEDELING' : 'INFORMEREN_BETROKKENEN',
      rol: 'communicatiemedewerker',
      omschrijving: 'Informeer de betrokkenen: aard van het lek, contactpunt, gevolgen en maatregelen.',
      bron: b.openbareMededeling ? AVG_34_3_C : AVG_34_1,
    });
  }
  if (t.herstelmaatregelen === 0) {
    stappen.push({
      code: 'HERSTELMAATREGEL',
      rol: 'schooldirecteur',
      omschrijving:
        'Neem herstelmaatregelen (systeem vervangen, back-up terugzetten, toegang afsluiten) en registreer ze.',
      bron: seedBron('Deel B Stap 3'),
    });
  }
  if (t.preventieveMaatregelen === 0) {
    stappen.push({
      code: 'PREVENTIEVE_MAATREGEL',
      rol: 'schooldirecteur',
      omschrijving: 'Neem preventieve maatregelen tegen herhaling en registreer ze bij de melding.',
      bron: seedBron('Deel B Stap 4'),
    });
  }
  if (stappen.length === 0) {
    stappen.push({
      code: 'SLUITEN',
      rol: 'schooldirecteur',
      omschrijving: 'Sluit het dossier.',
      bron: seedBron('Deel B Stap 4'),
    });
  }
  return stappen;
}
