import { isObject, ongeldigeInvoer } from '../fout/bewaak.js';
import type { Bron } from '../bron/bron.js';
import { dagnummer, type IsoDatum, isIsoDatum, uitDagnummer, weekdagVanDagnummer } from '../datum/datum.js';
import { REGIOS, type Regio } from '../regio/regio.js';
import { type Kalender, maakKalender, type Sluiting } from './kalender.js';
import {
  SCHOOLVAKANTIES,
  SCHOOLVAKANTIES_BRON,
  VAKANTIE_SOORTEN,
  type VakantieSoort,
} from './schoolvakanties.js';
import { veiligeTekst } from '../persoonsgegevens/persoonsgegevens.js';
import { canoniek, inhoudHash } from '../verantwoording/verantwoording.js';
import { feestdagenOpDatum, werkkalender } from './werkkalender.js';

/** A day or range of days the school itself is closed: a studiedag, an extra free day or week. */
export interface VrijeDag {
  /** First day (inclusive). */
  readonly datum: IsoDatum;
  /** Last day (inclusive) for a range; defaults to `datum`. */
  readonly tot?: IsoDatum;
  /** `studiedag` (staff training day) or `vrije-dag` (any other day the school is closed). */
  readonly soort: 'studiedag' | 'vrije-dag';
  /** Short non-personal description for traces: `studiedag team`, `extra meivakantieweek`. */
  readonly omschrijving?: string;
}

/** A school's own dates for one of the five vacations, replacing the region's dates in that school year. */
export interface AfwijkendeVakantie {
  /** Which of the five vacations the school moves. */
  readonly soort: VakantieSoort;
  /** First day off (inclusive). The school year is the one this date falls in. */
  readonly van: IsoDatum;
  /** Last day off (inclusive). */
  readonly tot: IsoDatum;
}

/** Settings of a school calendar. Plain JSON, so a vendor can store it per school. */
export interface SchoolkalenderInstellingen {
  /** The vacation region of the school (see `regioVoor`). */
  readonly regio: Regio;
  /** Studiedagen and other days the school is closed. */
  readonly vrijeDagen?: readonly VrijeDag[];
  /** Vacations the school holds on other dates than its region (carnaval, Vierdaagse, with permission). */
  readonly vakanties?: readonly AfwijkendeVakantie[];
  /** Whether the school is closed on Goede Vrijdag (the school decides; default: open). */
  readonly goedeVrijdagVrij?: boolean;
}

/** A school-day calendar: school days are Monday to Friday outside vacations, feestdagen and studiedagen. */
export interface Schoolkalender extends Kalender {
  readonly soort: 'schooldagen';
  /** The vacation region the calendar follows. */
  readonly regio: Regio;
  /** True on a day pupils are taught. */
  isSchooldag(datum: IsoDatum): boolean;
  /** The `n`-th school day strictly after `datum`; `datum` itself never counts. */
  voegSchooldagenToe(datum: IsoDatum, n: number): IsoDatum;
  /** School days in `(van, tot]`, so `telSchooldagen(d, voegSchooldagenToe(d, n)) === n`. */
  telSchooldagen(van: IsoDatum, tot: IsoDatum): number;
  /** First school day strictly after `datum`. */
  volgendeSchooldag(datum: IsoDatum): IsoDatum;
  /** Last school day strictly before `datum`. */
  vorigeSchooldag(datum: IsoDatum): IsoDatum;
}

const FEESTDAG_SLUITING_BRON: Bron = {
  titel: 'Rijksoverheid, vraag en antwoord: op welke feestdagen zijn scholen dicht',
  url: 'https://www.government.nl/topics/primary-education/question-and-answer/on-which-public-holidays-are-schools-closed-in-the-netherlands',
  zekerheid: 'secundair',
  toelichting:
    'Scholen zijn dicht met Kerst, Nieuwjaar, Tweede Paasdag, Hemelvaart, Tweede Pinksterdag en (bijna altijd) Koningsdag en 5 mei; Goede Vrijdag kiest de school.',
};

const SCHOOL_BRON: Bron = {
  titel: 'Jaarplanning van de school (schoolgids)',
  zekerheid: 'secundair',
  toelichting: 'Door de school opgegeven studiedagen, vrije dagen en afwijkende vakanties.',
};

/**
 * First and last school year with published vacations in the shipped data.
 *
 * @example
 * ```ts
 * import { bekendeSchooljaren } from '@schoolveiligheid/kern';
 * bekendeSchooljaren(); //=> { eerste: '2024-2025', laatste: '2029-2030' }
 * ```
 */
export function bekendeSchooljaren(): { readonly eerste: string; readonly laatste: string } {
  const jaren = Object.keys(SCHOOLVAKANTIES.schooljaren).sort();
  return { eerste: jaren[0]!, laatste: jaren.at(-1)! };
}

/** Start year of the school year (1 August to 31 July) a date falls in. */
function schooljaarVan(datum: IsoDatum): string {
  const jaar = Number(datum.slice(0, 4));
  const start = Number(datum.slice(5, 7)) >= 8 ? jaar : jaar - 1;
  return `${start}-${start + 1}`;
}

let vakantieHashCache: string | undefined;
/** Hash of the shipped vacation data, computed once per process. */
function vakantieHash(): string {
  vakantieHashCache ??= inhoudHash(SCHOOLVAKANTIES);
  return vakantieHashCache;
}

/** Most calendars kept: a sweep over thousands of schools reuses them without growing memory without bound. */
const MAX_KALENDERS = 512;
const kalenders = /* @__PURE__ */ new Map<string, Schoolkalender>();

/**
 * A school's calendar: the Rijksoverheid vacations of its region for the school years 2024-2025 to
 * 2029-2030, the feestdagen on which schools close, and the school's own studiedagen and deviating
 * vacations. Its range runs from the region's first known vacation day (herfstvakantie 2024) to its last
 * (zomervakantie 2030); outside it every operation throws a {@link KalenderBereikFout}: it never counts a
 * day whose vacation status is unknown as a school day.
 *
 * Goede Vrijdag and the days equated by KB are school days unless the school closes on them
 * (`goedeVrijdagVrij`, `vrijeDagen`): counting them as school days never lets a measure such as a
 * schorsing run longer than the school's own calendar allows.
 *
 * @example
 * ```ts
 * import { schoolkalender } from '@schoolveiligheid/kern';
 * const noord = schoolkalender({ regio: 'noord' });
 * noord.isSchooldag('2025-12-22'); //=> false
 * noord.voegSchooldagenToe('2025-12-18', 5); //=> '2026-01-08'
 * const metStudiedag = schoolkalender({ regio: 'noord', vrijeDagen: [{ datum: '2026-01-05', soort: 'studiedag' }] });
 * metStudiedag.voegSchooldagenToe('2025-12-18', 5); //=> '2026-01-09'
 * ```
 */
export function schoolkalender(instellingen: SchoolkalenderInstellingen): Schoolkalender {
  if (!isObject(instellingen))
    ongeldigeInvoer('Geef de instellingen van de schoolkalender als object met ten minste een regio.');
  let sleutel: string;
  try {
    sleutel = canoniek(instellingen);
  } catch {
    ongeldigeInvoer('De instellingen van de schoolkalender zijn geen JSON.');
  }
  const bekend = kalenders.get(sleutel);
  if (bekend) {
    kalenders.delete(sleutel);
    kalenders.set(sleutel, bekend);
    return bekend;
  }
  const kalender = Object.freeze(bouwSchoolkalender(JSON.parse(sleutel) as SchoolkalenderInstellingen));
  kalenders.set(sleutel, kalender);
  if (kalenders.size > MAX_KALENDERS) kalenders.delete(kalenders.keys().next().value as string);
  return kalender;
}

/** Builds a calendar from settings the caller can no longer change (a parsed copy). */
function bouwSchoolkalender(instellingen: SchoolkalenderInstellingen): Schoolkalender {
  const { regio } = instellingen;
  if (!REGIOS.includes(regio)) ongeldigeInvoer('Onbekende regio; kies noord, midden of zuid.');
  const { eerste, laatste } = bekendeSchooljaren();
  // The range runs from the region's first known vacation day to its last: in between every vacation is
  // known. Before it the end of the previous summer vacation is not in the data, after it the next autumn one.
  const perioden = Object.values(SCHOOLVAKANTIES.schooljaren).flatMap((perSoort) =>
    VAKANTIE_SOORTEN.map((soort) => perSoort[soort][regio]),
  );
  const van = perioden.map((p) => p.van).sort()[0] as IsoDatum;
  const tot = perioden
    .map((p) => p.tot)
    .sort()
    .at(-1) as IsoDatum;

  // vacations: region's dates, replaced per school year and kind by the school's own
  const eigen = new Map<string, AfwijkendeVakantie>();
  for (const v of instellingen.vakanties ?? []) {
    if (!VAKANTIE_SOORTEN.includes(v.soort)) ongeldigeInvoer('Onbekende vakantiesoort.');
    if (!isIsoDatum(v.van) || !isIsoDatum(v.tot) || v.tot < v.van) {
      ongeldigeInvoer(
        'Een afwijkende vakantie heeft een geldige begin- en einddatum nodig (begin niet na einde).',
      );
    }
    eigen.set(`${schooljaarVan(v.van)}/${v.soort}`, v);
  }
  const gesloten = new Map<number, Sluiting>();
  // Only days inside the calendar's range matter: a closing day "tot 2199-12-31" costs no more than one year.
  const [eersteDag, laatsteDag] = [dagnummer(van), dagnummer(tot)];
  const markeer = (vanDatum: IsoDatum, totDatum: IsoDatum, sluiting: Sluiting) => {
    const einde = Math.min(dagnummer(totDatum), laatsteDag);
    for (let d = Math.max(dagnummer(vanDatum), eersteDag); d <= einde; d++) gesloten.set(d, sluiting);
  };
  for (const [schooljaar, perSoort] of Object.entries(SCHOOLVAKANTIES.schooljaren)) {
    for (const soort of VAKANTIE_SOORTEN) {
      const afwijkend = eigen.get(`${schooljaar}/${soort}`);
      const periode = afwijkend ?? perSoort[soort][regio];
      markeer(periode.van, periode.tot, {
        soort: 'vakantie',
        naam: afwijkend ? `${soort} (eigen data school)` : `${soort} (regio ${regio})`,
        bron: afwijkend ? SCHOOL_BRON : SCHOOLVAKANTIES_BRON,
      });
    }
  }
  for (const vrij of instellingen.vrijeDagen ?? []) {
    const einde = vrij.tot ?? vrij.datum;
    if (!isIsoDatum(vrij.datum) || !isIsoDatum(einde) || einde < vrij.datum) {
      ongeldigeInvoer(
        'Een vrije dag heeft een geldige datum nodig (en een einddatum niet voor de begindatum).',
      );
    }
    if (vrij.soort !== 'studiedag' && vrij.soort !== 'vrije-dag')
      ongeldigeInvoer('Soort vrije dag moet studiedag of vrije-dag zijn.');
    markeer(vrij.datum, einde, {
      soort: vrij.soort,
      naam: veiligeTekst(vrij.omschrijving, vrij.soort),
      bron: SCHOOL_BRON,
    });
  }

  const feestdagOp = feestdagenOpDatum();
  const sluiting = (dag: number): Sluiting | undefined => {
    const wd = weekdagVanDagnummer(dag);
    if (wd === 6) return { soort: 'zaterdag', naam: 'zaterdag' };
    if (wd === 7) return { soort: 'zondag', naam: 'zondag' };
    const feestdag = feestdagOp(uitDagnummer(dag));
    if (
      feestdag &&
      (feestdag.school === 'vrij' || (instellingen.goedeVrijdagVrij && feestdag.naam === 'Goede Vrijdag'))
    ) {
      return { soort: feestdag.soort, naam: feestdag.naam, bron: FEESTDAG_SLUITING_BRON };
    }
    return gesloten.get(dag);
  };

  const basis = maakKalender({
    soort: 'schooldagen',
    omschrijving: `schoolkalender regio ${regio}`,
    van,
    tot,
    bereikNaam: `de bekende schooljaren ${eerste} t/m ${laatste}`,
    sluiting,
    inhoud: () => ({
      kalender: 'schoolkalender',
      instellingen,
      vakanties: vakantieHash(),
      werkkalender: werkkalender().inhoudHash(),
    }),
  });
  return {
    ...basis,
    soort: 'schooldagen',
    regio,
    isSchooldag: basis.isOpen,
    voegSchooldagenToe: basis.voegToe,
    telSchooldagen: basis.tel,
    volgendeSchooldag: basis.volgende,
    vorigeSchooldag: basis.vorige,
  };
}
