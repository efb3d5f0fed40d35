import {
  type Beleid,
  type Besluit,
  type IsoDatum,
  type Pad,
  type Probleem,
  type Resultaat,
  type Schoolkalender,
  type SchoolkalenderInstellingen,
  SchoolveiligheidFout,
  schoolkalender,
  valideer,
} from '@schoolveiligheid/kern';
import { berekenBezwaartermijnen } from '../bezwaar/bezwaar.js';
import type { Denominatie } from '../regels/regels.js';
import type { Schoolpleinverbod } from '../schoolpleinverbod/schoolpleinverbod.js';
import { berekenSchorsing, type Schorsing } from '../schorsing/schorsing.js';
import { beoordeelVerwijdering } from '../verwijdering/verwijdering.js';
import { dossierKopSchema, type Gebeurtenis, gebeurtenisSchema } from './gebeurtenissen.js';

/**
 * A schorsing/verwijdering dossier for one pupil: the school's data and the events, nothing derived.
 * Plain JSON: store it as is; {@link toestand} derives the state by replaying the events.
 */
export interface Dossier {
  readonly id: string;
  /** Role id of the pupil (`leerling-1`). */
  readonly leerling: string;
  readonly denominatie: Denominatie;
  /** The board has an advisory committee for bezwaar (Awb 7:13). */
  readonly bezwaarcommissie?: boolean;
  readonly kalender: SchoolkalenderInstellingen;
  readonly beleid?: Beleid;
  readonly gebeurtenissen: readonly Gebeurtenis[];
}

/** One schorsing in the derived state. */
export interface SchorsingInDossier {
  readonly besluitdatum: IsoDatum;
  readonly schorsing: Schorsing;
  /** Whether a talk about schorsing or verwijdering took place before the decision (seed step 1). */
  readonly gesprekVooraf: boolean;
  readonly briefVerzonden?: IsoDatum;
  readonly inspectieGemeld?: { readonly datum: IsoDatum; readonly registratienummer?: string };
  readonly leerplichtGemeld?: IsoDatum;
  readonly schoolwerkGeregeld?: IsoDatum;
}

/** A bezwaar in the derived state. */
export interface BezwaarInDossier {
  readonly tegen: 'schorsing' | 'verwijdering';
  readonly ontvangen: IsoDatum;
  /** Postmark date when it came by post. */
  readonly terPost?: IsoDatum;
  /** Whether it was on time (Awb 6:9 or WPO 63); absent while the decision's bekendmaking is not recorded. */
  readonly tijdig?: Besluit<boolean>;
  /** Day the board adjourned its decision (Awb 7:10 lid 3). */
  readonly verdaagd?: IsoDatum;
  /** The parents were heard again after the bezwaar. */
  readonly gehoord: boolean;
  readonly beslissing?: { readonly datum: IsoDatum; readonly uitkomst: 'gehandhaafd' | 'herroepen' };
}

/** The verwijdering part of the derived state. */
export interface VerwijderingInDossier {
  /** Whether any verwijdering step was recorded. */
  readonly gestart: boolean;
  readonly gehoord: { readonly leerkracht: boolean; readonly ouders: boolean; readonly leerling: boolean };
  readonly onderzoeksdossier: boolean;
  readonly voornemen?: IsoDatum;
  readonly ontvangendeSchool?: {
    readonly schoolId: string;
    readonly schriftelijkBevestigd: boolean;
    readonly bereidPer: IsoDatum;
  };
  readonly besluit?: { readonly datum: IsoDatum; readonly verwijderingsdatum: IsoDatum };
  readonly inspectieGemeld?: IsoDatum;
  readonly leerplichtGemeld?: IsoDatum;
}

/** The state derived from a dossier's events by {@link toestand}. */
export interface Toestand {
  readonly schorsingen: readonly SchorsingInDossier[];
  readonly verwijdering: VerwijderingInDossier;
  readonly bezwaren: readonly BezwaarInDossier[];
  readonly gpo?: { readonly ingediend: IsoDatum; readonly oordeel?: IsoDatum };
  readonly crisisplaatsing?: {
    readonly datum: IsoDatum;
    readonly route: 'in-plaats-van' | 'naast';
    readonly beeindigd?: { readonly datum: IsoDatum; readonly vervolg: string };
  };
  readonly schoolpleinverboden: readonly {
    readonly verbod: Schoolpleinverbod;
    readonly wijkagent?: { readonly datum: IsoDatum; readonly kopieBrief: boolean };
  }[];
  readonly gesprekken: readonly Extract<Gebeurtenis, { type: 'gesprek' }>[];
  /** Date of the last event. */
  readonly laatsteDatum?: IsoDatum;
}

const LEEG: Toestand = {
  schorsingen: [],
  verwijdering: {
    gestart: false,
    gehoord: { leerkracht: false, ouders: false, leerling: false },
    onderzoeksdossier: false,
  },
  bezwaren: [],
  schoolpleinverboden: [],
  gesprekken: [],
};

/** Calendars per settings object: a dossier's events reuse the index instead of rebuilding it. */
const kalenders = /* @__PURE__ */ new WeakMap<SchoolkalenderInstellingen, Schoolkalender>();

const fout = (code: string, pad: Pad, melding: string): Resultaat<never> => ({
  ok: false,
  problemen: [{ code, pad, melding }],
});

/**
 * The school calendar of a dossier, built from its stored settings.
 *
 * @example
 * ```ts
 * import { kalenderVan } from '@schoolveiligheid/schorsing';
 * kalenderVan({ kalender: { regio: 'zuid' } }).isSchooldag('2025-10-14'); //=> false
 * ```
 */
export function kalenderVan(dossier: Pick<Dossier, 'kalender'>): Schoolkalender {
  const bekend = kalenders.get(dossier.kalender);
  if (bekend) return bekend;
  const nieuw = schoolkalender(dossier.kalender);
  kalenders.set(dossier.kalender, nieuw);
  return nieuw;
}

/**
 * Opens a dossier: validates the school's data (role id of the pupil, denominatie, calendar settings).
 *
 * @example
 * ```ts
 * import { nieuwDossier } from '@schoolveiligheid/schorsing';
 * const r = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * r.ok && r.waarde.gebeurtenissen.length; //=> 0
 * nieuwDossier({ id: 'dossier-1', leerling: 'Jan Jansen', denominatie: 'openbaar', kalender: { regio: 'noord' } }).ok; //=> false
 * ```
 */
export function nieuwDossier(invoer: unknown): Resultaat<Dossier> {
  const kop = valideer(dossierKopSchema, invoer);
  if (!kop.ok) return kop;
  const { id, leerling, denominatie, bezwaarcommissie, kalender } = kop.waarde;
  const beleid = (invoer as { beleid?: Beleid }).beleid;
  return {
    ok: true,
    waarde: {
      id,
      leerling,
      denominatie,
      ...(bezwaarcommissie ? { bezwaarcommissie } : {}),
      kalender: kalender as SchoolkalenderInstellingen,
      ...(beleid ? { beleid } : {}),
      gebeurtenissen: [],
    },
  };
}

function laatsteSchorsing(t: Toestand): SchorsingInDossier | undefined {
  return t.schorsingen.at(-1);
}

/** The day the contested decision was made known: the schorsing letter, or the verwijdering decision. */
function bekendmakingVan(t: Toestand, tegen: 'schorsing' | 'verwijdering'): IsoDatum | undefined {
  return tegen === 'schorsing' ? laatsteSchorsing(t)?.briefVerzonden : t.verwijdering.besluit?.datum;
}

function openBezwaar(t: Toestand, tegen: 'schorsing' | 'verwijdering'): BezwaarInDossier | undefined {
  return t.bezwaren.find((b) => b.tegen === tegen && !b.beslissing);
}

function vervangLaatste<T>(lijst: readonly T[], nieuw: T): T[] {
  return [...lijst.slice(0, -1), nieuw];
}

function vervang<T>(lijst: readonly T[], oud: T, nieuw: T): T[] {
  return lijst.map((x) => (x === oud ? nieuw : x));
}

/** Applies one (schema-valid) event to the state, or explains with a coded problem why it cannot happen. */
function pasToe(dossier: Dossier, t: Toestand, g: Gebeurtenis): Resultaat<Toestand> {
  if (t.laatsteDatum && g.datum < t.laatsteDatum) {
    return fout(
      'GEBEURTENIS_VOOR_VORIGE',
      ['datum'],
      'Deze gebeurtenis ligt vóór de vorige in het dossier; voeg gebeurtenissen op volgorde toe.',
    );
  }
  const na = (x: Partial<Toestand>): Resultaat<Toestand> => ({
    ok: true,
    waarde: { ...t, ...x, laatsteDatum: g.datum },
  });
  const v = t.verwijdering;
  const schorsing = laatsteSchorsing(t);
  switch (g.type) {
    case 'gesprek': {
      const verwijdering =
        g.onderwerp === 'verwijdering'
          ? {
              ...v,
              gestart: true,
              gehoord: {
                leerkracht: v.gehoord.leerkracht || g.deelnemers.includes('leerkracht'),
                ouders: v.gehoord.ouders || g.deelnemers.includes('ouders'),
                leerling: v.gehoord.leerling || g.deelnemers.includes('leerling'),
              },
            }
          : v;
      const bezwaren = t.bezwaren.map((b) =>
        g.onderwerp === 'bezwaar' && !b.beslissing && g.deelnemers.includes('ouders')
          ? { ...b, gehoord: true }
          : b,
      );
      return na({ gesprekken: [...t.gesprekken, g], verwijdering, bezwaren });
    }
    case 'schorsing-besloten': {
      if (g.ingangsdatum < g.datum) {
        return fout(
          'SCHORSING_INGANG_VOOR_BESLUIT',
          ['ingangsdatum'],
          'Een schorsing kan niet ingaan vóór het besluit.',
        );
      }
      if (schorsing && g.ingangsdatum <= schorsing.schorsing.laatsteDag) {
        return fout(
          'SCHORSING_OVERLAPT',
          ['ingangsdatum'],
          'Deze schorsing overlapt met de vorige; aaneengesloten schorsingen mogen samen niet langer duren dan het maximum.',
        );
      }
      const s = berekenSchorsing({
        ingangsdatum: g.ingangsdatum,
        duur: g.duur,
        kalender: kalenderVan(dossier),
        besluitdatum: g.datum,
        ...(dossier.beleid ? { beleid: dossier.beleid } : {}),
      });
      if (!s.ok) return s;
      if (v.besluit && s.waarde.laatsteDag >= v.besluit.verwijderingsdatum) {
        return fout(
          'SCHORSING_NA_VERWIJDERINGSDATUM',
          ['duur'],
          'Een schorsing tot aan de verwijdering eindigt vóór de verwijderingsdatum.',
        );
      }
      const gesprekVooraf = t.gesprekken.some((x) => x.onderwerp !== 'bezwaar');
      return na({
        schorsingen: [...t.schorsingen, { besluitdatum: g.datum, schorsing: s.waarde, gesprekVooraf }],
      });
    }
    case 'schorsingsbrief-verzonden':
      if (!schorsing)
        return fout('GEEN_SCHORSING', ['type'], 'Er is geen schorsingsbesluit om een brief over te sturen.');
      if (schorsing.briefVerzonden)
        return fout('BRIEF_AL_VERZONDEN', ['type'], 'De brief over deze schorsing is al verzonden.');
      return na({ schorsingen: vervangLaatste(t.schorsingen, { ...schorsing, briefVerzonden: g.datum }) });
    case 'schoolwerk-geregeld':
      if (!schorsing)
        return fout('GEEN_SCHORSING', ['type'], 'Er is geen schorsing om schoolwerk voor te regelen.');
      return na({
        schorsingen: vervangLaatste(t.schorsingen, { ...schorsing, schoolwerkGeregeld: g.datum }),
      });
    case 'melding': {
      if (g.betreft === 'schorsing') {
        if (!schorsing) return fout('GEEN_SCHORSING', ['betreft'], 'Er is geen schorsing om te melden.');
        const nieuw: SchorsingInDossier =
          g.aan === 'inspectie'
            ? {
                ...schorsing,
                inspectieGemeld: {
                  datum: g.datum,
                  ...(g.registratienummer ? { registratienummer: g.registratienummer } : {}),
                },
              }
            : { ...schorsing, leerplichtGemeld: g.datum };
        return na({ schorsingen: vervangLaatste(t.schorsingen, nieuw) });
      }
      if (!v.besluit)
        return fout(
          'GEEN_VERWIJDERINGSBESLUIT',
          ['betreft'],
          'Er is nog geen besluit tot verwijdering om te melden.',
        );
      return na({
        verwijdering:
          g.aan === 'inspectie' ? { ...v, inspectieGemeld: g.datum } : { ...v, leerplichtGemeld: g.datum },
      });
    }
    case 'onderzoeksdossier-vastgelegd':
      return na({ verwijdering: { ...v, gestart: true, onderzoeksdossier: true } });
    case 'voornemen-verwijdering':
      if (v.besluit)
        return fout('VERWIJDERING_AL_BESLOTEN', ['type'], 'Er is al een besluit tot verwijdering.');
      if (v.voornemen)
        return fout('VOORNEMEN_AL_BEKENDGEMAAKT', ['type'], 'Het voornemen is al bekendgemaakt.');
      return na({ verwijdering: { ...v, gestart: true, voornemen: g.datum } });
    case 'ontvangende-school':
      if (v.besluit)
        return fout('VERWIJDERING_AL_BESLOTEN', ['type'], 'Er is al een besluit tot verwijdering.');
      return na({
        verwijdering: {
          ...v,
          gestart: true,
          ontvangendeSchool: {
            schoolId: g.schoolId,
            schriftelijkBevestigd: g.schriftelijkBevestigd,
            bereidPer: g.bereidPer,
          },
        },
      });
    case 'verwijdering-besloten': {
      if (v.besluit)
        return fout('VERWIJDERING_AL_BESLOTEN', ['type'], 'Er is al een besluit tot verwijdering.');
      if (g.verwijderingsdatum < g.datum) {
        return fout(
          'VERWIJDERING_VOOR_BESLUIT',
          ['verwijderingsdatum'],
          'De verwijdering kan niet ingaan vóór het besluit.',
        );
      }
      const school = v.ontvangendeSchool;
      const oordeel = beoordeelVerwijdering({
        denominatie: dossier.denominatie,
        gehoord: v.gehoord,
        onderzoeksdossier: v.onderzoeksdossier,
        voornemenBekendgemaakt: v.voornemen !== undefined,
        ontvangendeSchool:
          !!school && school.schriftelijkBevestigd && school.bereidPer <= g.verwijderingsdatum,
      });
      if (!oordeel.uitkomst) {
        return {
          ok: false,
          problemen: oordeel.redenen
            .filter((r) => r.code.endsWith('_NIET'))
            .map((r): Probleem => ({ code: `VERWIJDERING_${r.code}`, pad: ['type'], melding: r.tekst })),
        };
      }
      return na({
        verwijdering: {
          ...v,
          gestart: true,
          besluit: { datum: g.datum, verwijderingsdatum: g.verwijderingsdatum },
        },
      });
    }
    case 'bezwaar-ingediend': {
      if (openBezwaar(t, g.tegen))
        return fout('BEZWAAR_LOOPT_AL', ['tegen'], 'Er loopt al een bezwaar tegen dit besluit.');
      if (g.tegen === 'schorsing') {
        if (!schorsing)
          return fout('GEEN_SCHORSING', ['tegen'], 'Er is geen schorsing om bezwaar tegen te maken.');
        if (dossier.denominatie === 'bijzonder') {
          return fout(
            'GEEN_WETTELIJK_BEZWAAR',
            ['tegen'],
            'Bij een bijzondere school staat tegen een schorsing geen wettelijk bezwaar open; de ouders kunnen naar de civiele rechter.',
          );
        }
      } else if (!v.besluit) {
        return fout(
          'GEEN_VERWIJDERINGSBESLUIT',
          ['tegen'],
          'Er is nog geen besluit tot verwijdering om bezwaar tegen te maken.',
        );
      }
      if (g.terPost && g.terPost > g.datum) {
        return fout('TER_POST_NA_ONTVANGST', ['terPost'], 'De datum van verzending ligt na de ontvangst.');
      }
      const bekendmaking = bekendmakingVan(t, g.tegen);
      const termijnen =
        bekendmaking && bekendmaking <= g.datum
          ? berekenBezwaartermijnen({
              denominatie: dossier.denominatie,
              tegen: g.tegen,
              bekendmaking,
              bezwaarOntvangen: g.datum,
              ...(g.terPost ? { bezwaarTerPost: g.terPost } : {}),
            })
          : undefined;
      const tijdig = termijnen?.ok ? termijnen.waarde.bezwaarTijdig : undefined;
      const bezwaar: BezwaarInDossier = {
        tegen: g.tegen,
        ontvangen: g.datum,
        ...(g.terPost ? { terPost: g.terPost } : {}),
        ...(tijdig ? { tijdig } : {}),
        gehoord: false,
      };
      return na({ bezwaren: [...t.bezwaren, bezwaar] });
    }
    case 'geschil-gpo-ingediend':
      if (!v.besluit)
        return fout(
          'GEEN_VERWIJDERINGSBESLUIT',
          ['type'],
          'De commissie oordeelt over een besluit tot verwijdering; dat is er nog niet.',
        );
      if (t.gpo) return fout('GPO_AL_INGEDIEND', ['type'], 'Het geschil is al aan de commissie voorgelegd.');
      return na({ gpo: { ingediend: g.datum } });
    case 'gpo-oordeel':
      if (!t.gpo || t.gpo.oordeel)
        return fout('GEEN_LOPEND_GESCHIL', ['type'], 'Er is geen lopend geschil bij de commissie.');
      return na({ gpo: { ...t.gpo, oordeel: g.datum } });
    case 'beslissing-verdaagd': {
      const bezwaar = openBezwaar(t, g.tegen);
      if (!bezwaar) return fout('GEEN_BEZWAAR', ['tegen'], 'Er is geen lopend bezwaar tegen dit besluit.');
      if (bezwaar.verdaagd) return fout('AL_VERDAAGD', ['type'], 'De beslissing is al verdaagd.');
      const bekendmaking = bekendmakingVan(t, g.tegen);
      if (!bekendmaking) {
        return fout(
          'BEKENDMAKING_ONBEKEND',
          ['type'],
          'De bekendmaking van het besluit is niet vastgelegd; de beslistermijn is niet te berekenen.',
        );
      }
      const termijnen = berekenBezwaartermijnen({
        denominatie: dossier.denominatie,
        tegen: g.tegen,
        bekendmaking,
        bezwaarOntvangen: bezwaar.ontvangen,
        verdaagdOp: g.datum,
        ...(dossier.bezwaarcommissie && g.tegen === 'schorsing' ? { adviescommissie: true } : {}),
      });
      if (!termijnen.ok)
        return { ok: false, problemen: termijnen.problemen.map((p) => ({ ...p, pad: ['type'] })) };
      return na({ bezwaren: vervang(t.bezwaren, bezwaar, { ...bezwaar, verdaagd: g.datum }) });
    }
    case 'beslissing-op-bezwaar': {
      const bezwaar = openBezwaar(t, g.tegen);
      if (!bezwaar) return fout('GEEN_BEZWAAR', ['tegen'], 'Er is geen lopend bezwaar tegen dit besluit.');
      if (g.tegen === 'verwijdering' && t.gpo && !t.gpo.oordeel) {
        return fout(
          'GPO_OORDEEL_AFWACHTEN',
          ['type'],
          'Het bevoegd gezag beslist pas op het bezwaar na het oordeel van de Geschillencommissie passend onderwijs (WPO 43).',
        );
      }
      if (!bezwaar.gehoord) {
        return fout(
          'OUDERS_NIET_OPNIEUW_GEHOORD',
          ['type'],
          'Hoor de ouders over hun bezwaar voordat op het bezwaar wordt beslist.',
        );
      }
      return na({
        bezwaren: vervang(t.bezwaren, bezwaar, {
          ...bezwaar,
          beslissing: { datum: g.datum, uitkomst: g.uitkomst },
        }),
      });
    }
    case 'crisisplaatsing':
      if (t.crisisplaatsing && !t.crisisplaatsing.beeindigd) {
        return fout('CRISISPLAATSING_LOOPT_AL', ['type'], 'Er loopt al een crisisplaatsing.');
      }
      return na({ crisisplaatsing: { datum: g.datum, route: g.route } });
    case 'crisisplaatsing-beeindigd':
      if (!t.crisisplaatsing || t.crisisplaatsing.beeindigd) {
        return fout('GEEN_CRISISPLAATSING', ['type'], 'Er is geen lopende crisisplaatsing.');
      }
      return na({
        crisisplaatsing: { ...t.crisisplaatsing, beeindigd: { datum: g.datum, vervolg: g.vervolg } },
      });
    case 'schoolpleinverbod':
      return na({ schoolpleinverboden: [...t.schoolpleinverboden, { verbod: g.verbod }] });
    case 'wijkagent-geinformeerd': {
      const laatste = t.schoolpleinverboden.at(-1);
      if (!laatste)
        return fout(
          'GEEN_SCHOOLPLEINVERBOD',
          ['type'],
          'Er is geen schoolpleinverbod om de wijkagent over te informeren.',
        );
      return na({
        schoolpleinverboden: vervangLaatste(t.schoolpleinverboden, {
          ...laatste,
          wijkagent: { datum: g.datum, kopieBrief: g.kopieBrief },
        }),
      });
    }
  }
}

/**
 * The state of a dossier, derived by replaying its events: the same events always give the same state.
 * Throws `DOSSIER_ONGELDIG` when the stored events could never have been accepted by {@link verwerk}.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, toestand } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2025-12-17', ingangsdatum: '2025-12-18', duur: { aantal: 5, eenheid: 'schooldagen' } }) : d;
 * r.ok && toestand(r.waarde).schorsingen[0]?.schorsing.laatsteDag; //=> '2026-01-07'
 * ```
 */
export function toestand(dossier: Dossier): Toestand {
  let t = LEEG;
  dossier.gebeurtenissen.forEach((g, i) => {
    const r = pasToe(dossier, t, g);
    if (!r.ok) {
      throw new SchoolveiligheidFout(
        'DOSSIER_ONGELDIG',
        'Het dossier bevat een gebeurtenis die niet past; bouw het op met verwerk().',
        {
          gebeurtenis: i,
          code: r.problemen[0]?.code ?? '',
        },
      );
    }
    t = r.waarde;
  });
  return t;
}

/**
 * Adds an event to a dossier: validates it (zod, coded Dutch problems) and rejects impossible transitions
 * with a coded problem (a letter without a schorsing, a verwijdering without another school, a decision on
 * bezwaar before the commission's oordeel, bezwaar against a schorsing at a bijzondere school, ...).
 * Returns a new dossier; the input is not changed.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-2', leerling: 'leerling-1', denominatie: 'bijzonder', kalender: { regio: 'zuid' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'verwijdering-besloten', datum: '2026-03-02', verwijderingsdatum: '2026-03-16' }) : d;
 * r.ok ? [] : r.problemen.map((p) => p.code).includes('VERWIJDERING_ONTVANGENDE_SCHOOL_NIET'); //=> true
 * ```
 */
export function verwerk(dossier: Dossier, gebeurtenis: unknown): Resultaat<Dossier> {
  const g = valideer(gebeurtenisSchema, gebeurtenis);
  if (!g.ok) return g;
  const r = pasToe(dossier, toestand(dossier), g.waarde);
  if (!r.ok) return r;
  return { ok: true, waarde: { ...dossier, gebeurtenissen: [...dossier.gebeurtenissen, g.waarde] } };
}
