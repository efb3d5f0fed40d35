import { isObject, ongeldigeInvoer } from '../fout/bewaak.js';
import { type Bron, bronTekst } from '../bron/bron.js';
import { dagnummer, type IsoDatum, isIsoDatum, uitDagnummer } from '../datum/datum.js';
import { REGIOS, type Regio } from '../regio/regio.js';
import { type Kalender, maakKalender, metRedenen, type Sluiting } from './kalender.js';
import type { Feestdag } from '../feestdagen/feestdagen.js';
import {
  EERSTE_ONDERZOCHTE_SCHOOLJAAR,
  SCHOOLVAKANTIES,
  SCHOOLVAKANTIES_BRON,
  SCHOOLVAKANTIES_HISTORISCH_BRON,
  type OnvolledigSchooljaar,
  type SchoolvakantieData,
  VAKANTIE_SOORTEN,
  type VakantiePeriode,
  type VakantieSoort,
} from './schoolvakanties.js';
import { veiligeTekst } from '../persoonsgegevens/persoonsgegevens.js';
import { canoniek } from '../verantwoording/verantwoording.js';
import { feestdagenOpDatum, weekendSluiting, werkkalender } from './werkkalender.js';

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

/**
 * The feestdagen a school can close or open on: the nine of Atw art. 3 lid 1 and 2 (Koningsdag stands for
 * Koninginnedag before 2014) and the days equated by KB (art. 3 lid 3) together.
 */
export type SchoolFeestdag =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag'
  | 'gelijkgestelde-dagen';

/**
 * Whether primary schools close on each feestdag when the school sets nothing: the Rijksoverheid guidance
 * (schools close at Kerst, Nieuwjaar, Tweede Paasdag, Hemelvaart, Tweede Pinksterdag and, nearly always,
 * Koningsdag and 5 mei; Goede Vrijdag and the days equated by KB are the school's choice, counted as open).
 * This is guidance, not law (zekerheid `secundair`): set `feestdagenVrij` where a school differs.
 *
 * @example
 * ```ts
 * import { STANDAARD_FEESTDAGEN_VRIJ } from '@schoolveiligheid/kern';
 * STANDAARD_FEESTDAGEN_VRIJ.bevrijdingsdag; //=> true
 * STANDAARD_FEESTDAGEN_VRIJ['goede-vrijdag']; //=> false
 * ```
 */
export const STANDAARD_FEESTDAGEN_VRIJ: Readonly<Record<SchoolFeestdag, boolean>> = {
  nieuwjaarsdag: true,
  'goede-vrijdag': false,
  'tweede-paasdag': true,
  koningsdag: true,
  bevrijdingsdag: true,
  hemelvaartsdag: true,
  'tweede-pinksterdag': true,
  'eerste-kerstdag': true,
  'tweede-kerstdag': true,
  'gelijkgestelde-dagen': false,
};

/** The setting key of a feestdag, by its Dutch name (see `feestdagen`). */
const FEESTDAG_SLEUTEL: Readonly<Record<string, SchoolFeestdag>> = {
  Nieuwjaarsdag: 'nieuwjaarsdag',
  'Goede Vrijdag': 'goede-vrijdag',
  'Tweede Paasdag': 'tweede-paasdag',
  Koningsdag: 'koningsdag',
  Koninginnedag: 'koningsdag',
  'Bevrijdingsdag (5 mei)': 'bevrijdingsdag',
  Hemelvaartsdag: 'hemelvaartsdag',
  'Tweede Pinksterdag': 'tweede-pinksterdag',
  'Eerste Kerstdag': 'eerste-kerstdag',
  'Tweede Kerstdag': 'tweede-kerstdag',
};

/** The setting key of a feestdag: the days equated by KB share one. */
function sleutelVan(feestdag: Feestdag): SchoolFeestdag {
  return feestdag.soort === 'gelijkgesteld'
    ? 'gelijkgestelde-dagen'
    : (FEESTDAG_SLEUTEL[feestdag.naam] ?? 'gelijkgestelde-dagen');
}

/** Settings of a school calendar. Plain JSON, so a vendor can store it per school. */
export interface SchoolkalenderInstellingen {
  /** The vacation region of the school (see `regioVoor`). */
  readonly regio: Regio;
  /** Studiedagen and other days the school is closed. */
  readonly vrijeDagen?: readonly VrijeDag[];
  /**
   * Vacations the school holds on other dates than its region (carnaval, Vierdaagse, with permission), and its own
   * dates for a vacation the data lacks (the herfstvakantie 2015), which extend its calendar back to them.
   */
  readonly vakanties?: readonly AfwijkendeVakantie[];
  /** Whether the school is closed on Goede Vrijdag (the school decides; default: open). Same as `feestdagenVrij['goede-vrijdag']`. */
  readonly goedeVrijdagVrij?: boolean;
  /**
   * Per feestdag whether the school is closed (`true`) or open (`false`); a feestdag left out follows
   * {@link STANDAARD_FEESTDAGEN_VRIJ} (the Rijksoverheid guidance). For a school open on 5 mei:
   * `{ bevrijdingsdag: false }`.
   */
  readonly feestdagenVrij?: { readonly [K in SchoolFeestdag]?: boolean };
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

/** A feestdag the school itself set as closed (`feestdagenVrij` or `goedeVrijdagVrij`). */
const FEESTDAG_SCHOOL_BRON: Bron = {
  titel: 'Jaarplanning van de school (schoolgids): feestdag waarop de school dicht is',
  zekerheid: 'secundair',
  toelichting:
    'Door de school ingesteld (feestdagenVrij); de richtlijn van Rijksoverheid is alleen de standaard.',
};

/**
 * The source of a historic vacation: the Regeling that fixed it where its text was read (`wettekst`), else the
 * transcriptions (`secundair`, `onbevestigd` from one source only); advisory dates say so.
 */
function historischeBron(periode: VakantiePeriode): Bron {
  const regeling = periode.bronnen
    .map((id) => (SCHOOLVAKANTIES.bronnen as SchoolvakantieData['bronnen'])[id])
    .find((b) => b?.titel);
  if (regeling?.titel)
    return {
      titel: regeling.titel,
      url: regeling.url,
      zekerheid: 'wettekst',
      toelichting: `Verplichte vakantie, vastgesteld door de minister (art. 15 lid 2 WPO). Bronnen: ${periode.bronnen.join(', ')} (SCHOOLVAKANTIES.bronnen).`,
    };
  const delen = [
    periode.status === 'advies' ? 'Adviesdatum van OCW: de school kan afwijken (stel dan vakanties in).' : '',
    periode.geverifieerd ? '' : 'Slechts één bron gevonden.',
    `Bronnen: ${periode.bronnen.join(', ')} (SCHOOLVAKANTIES.bronnen).`,
  ];
  return {
    ...SCHOOLVAKANTIES_HISTORISCH_BRON,
    zekerheid: periode.geverifieerd ? 'secundair' : 'onbevestigd',
    toelichting: delen.filter(Boolean).join(' '),
  };
}

const SCHOOL_BRON: Bron = {
  titel: 'Jaarplanning van de school (schoolgids)',
  zekerheid: 'secundair',
  toelichting: 'Door de school opgegeven studiedagen, vrije dagen en afwijkende vakanties.',
};

/**
 * Per partial first school year: the earliest day on which a school's own dates for a vacation the data lacks
 * may start, so that no day of the summer vacation before it counts as a school day, with its source.
 */
const EIGEN_AANVULLING_VANAF: {
  readonly [J in keyof (typeof SCHOOLVAKANTIES)['onvolledigeSchooljaren']]: {
    readonly datum: IsoDatum;
    readonly bron: Bron;
  };
} = {
  '2015-2016': {
    datum: '2015-09-02',
    bron: {
      // literal, not read from SCHOOLVAKANTIES.bronnen.H17, so bundlers can drop this file's data when unused
      titel: 'Regeling vaststelling schoolvakanties 2013-2016 (Stcrt. 2012, 27185; BWBR0032704)',
      artikel: 'art. 6 en art. 7 lid 1',
      url: 'https://wetten.overheid.nl/BWBR0032704',
      zekerheid: 'wettekst',
      toelichting:
        'De zomervakantie 2015 eindigde uiterlijk op 30 augustus 2015 (regio zuid, art. 6); een school mag er ten hoogste twee dagen na toevoegen (art. 7 lid 1).',
    },
  },
};

/** Every shipped school year with its known vacations, the partial first one included, in order. */
function schooljaarVakanties(): [string, OnvolledigSchooljaar['vakanties']][] {
  const onvolledig = Object.entries(SCHOOLVAKANTIES.onvolledigeSchooljaren).map(
    ([sj, o]): [string, OnvolledigSchooljaar['vakanties']] => [sj, o.vakanties],
  );
  return [...onvolledig, ...Object.entries(SCHOOLVAKANTIES.schooljaren)].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * First and last school year with published vacations in the shipped data. The first, 2015-2016, lacks its
 * herfstvakantie (see `SCHOOLVAKANTIES.onvolledigeSchooljaren`): school calendars start at its kerstvakantie.
 *
 * @example
 * ```ts
 * import { bekendeSchooljaren } from '@schoolveiligheid/kern';
 * bekendeSchooljaren(); //=> { eerste: '2015-2016', laatste: '2029-2030' }
 * ```
 */
export function bekendeSchooljaren(): { readonly eerste: string; readonly laatste: string } {
  const jaren = schooljaarVakanties().map(([sj]) => sj);
  return { eerste: jaren[0]!, laatste: jaren.at(-1)! };
}

/** Start year of the school year (1 August to 31 July) a date falls in. */
function schooljaarVan(datum: IsoDatum): string {
  const jaar = Number(datum.slice(0, 4));
  const start = Number(datum.slice(5, 7)) >= 8 ? jaar : jaar - 1;
  return `${start}-${start + 1}`;
}

/**
 * The content hash of the shipped vacation data ({@link SCHOOLVAKANTIES}), fixed at build time so the first
 * school-day term of a process does not hash the whole table; `schoolvakanties.data.test.ts` recomputes it, so
 * new data without a new hash fails.
 */
export const SCHOOLVAKANTIES_INHOUD_HASH = 'fnv1a64:f98ca271da74744b';

/** Most calendars kept: a sweep over thousands of schools reuses them without growing memory without bound. */
const MAX_KALENDERS = 512;
const kalenders = /* @__PURE__ */ new Map<string, Schoolkalender>();

/**
 * A school's calendar: the Rijksoverheid vacations of its region for the school years 2015-2016 to
 * 2029-2030 (before 2024-2025 from transcriptions, see {@link SCHOOLVAKANTIES_HISTORISCH_BRON}), the
 * feestdagen on which the school closes ({@link STANDAARD_FEESTDAGEN_VRIJ} unless `feestdagenVrij` says
 * otherwise), and the school's own studiedagen and deviating vacations. Its range runs from the region's
 * first known vacation day (noord: herfstvakantie 2015, from one source; midden and zuid: kerstvakantie 2015, their
 * herfstvakantie 2015 is not known unless the school gives its own in `vakanties`, from 2 September 2015 on) to
 * its last (zomervakantie 2030); outside it every operation
 * throws a {@link KalenderBereikFout}: it never counts a day whose vacation status is unknown as a school day.
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
 * const openOp5Mei = schoolkalender({ regio: 'midden', feestdagenVrij: { bevrijdingsdag: false } });
 * openOp5Mei.isSchooldag('2027-05-05'); //=> true
 * schoolkalender({ regio: 'midden' }).bereik.van; //=> '2015-12-19'
 * const eigenHerfst2015 = schoolkalender({ regio: 'midden', vakanties: [{ soort: 'herfstvakantie', van: '2015-10-17', tot: '2015-10-25' }] });
 * eigenHerfst2015.bereik.van; //=> '2015-10-17'
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

/** The school's own feestdag settings, checked: `goedeVrijdagVrij` is the older name of one of them. */
function feestdagInstellingen(instellingen: SchoolkalenderInstellingen): {
  readonly [K in SchoolFeestdag]?: boolean;
} {
  const eigen = instellingen.feestdagenVrij ?? {};
  if (!isObject(eigen))
    ongeldigeInvoer('feestdagenVrij is een object van feestdag naar true (dicht) of false (open).');
  for (const [sleutel, waarde] of Object.entries(eigen)) {
    if (!(sleutel in STANDAARD_FEESTDAGEN_VRIJ) || typeof waarde !== 'boolean')
      ongeldigeInvoer(
        'feestdagenVrij kent alleen de feestdagen van STANDAARD_FEESTDAGEN_VRIJ, met true of false.',
      );
  }
  const goedeVrijdag = instellingen.goedeVrijdagVrij;
  if (goedeVrijdag === undefined) return eigen;
  if (typeof goedeVrijdag !== 'boolean') ongeldigeInvoer('goedeVrijdagVrij is true of false.');
  if (eigen['goede-vrijdag'] !== undefined && eigen['goede-vrijdag'] !== goedeVrijdag)
    ongeldigeInvoer('goedeVrijdagVrij en feestdagenVrij zeggen iets anders over Goede Vrijdag.');
  // goedeVrijdagVrij: false was always the default; only true is a choice of the school.
  return goedeVrijdag ? { ...eigen, 'goede-vrijdag': true } : eigen;
}

/** The vacation kinds the shipped data lacks for a region in a school year (the first ones of the partial year). */
function ontbrekendeSoorten(schooljaar: string, regio: Regio): readonly VakantieSoort[] {
  const onvolledig = (
    SCHOOLVAKANTIES.onvolledigeSchooljaren as Readonly<Record<string, OnvolledigSchooljaar>>
  )[schooljaar];
  return (onvolledig?.ontbreekt ?? []).filter((soort) => !onvolledig?.vakanties[soort]?.[regio]);
}

/** The first school year for the range's name, with what it still lacks: `2015-2016 (zonder herfstvakantie)`. */
function bereikBegin(eerste: string, ontbreekt: readonly VakantieSoort[]): string {
  return ontbreekt.length ? `${eerste} (zonder ${ontbreekt.join(', ')})` : eerste;
}

/** The school's own vacations, checked, by school year and kind (`2026-2027/herfstvakantie`). */
function eigenVakanties(instellingen: SchoolkalenderInstellingen): Map<string, AfwijkendeVakantie> {
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
  return eigen;
}

/** Builds a calendar from settings the caller can no longer change (a parsed copy). */
function bouwSchoolkalender(instellingen: SchoolkalenderInstellingen): Schoolkalender {
  const { regio } = instellingen;
  if (!REGIOS.includes(regio)) ongeldigeInvoer('Onbekende regio; kies noord, midden of zuid.');
  const { eerste, laatste } = bekendeSchooljaren();
  // vacations: region's dates, replaced per school year and kind by the school's own
  const eigen = eigenVakanties(instellingen);
  // A vacation the data lacks in the first school year (the herfstvakantie 2015) is known for a school that
  // gives its own dates for it: for that school the year is complete from there on.
  const ontbreekt = ontbrekendeSoorten(eerste, regio);
  const aangevuld = ontbreekt.flatMap((soort) => eigen.get(`${eerste}/${soort}`) ?? []);
  const nogOnbekend = ontbreekt.filter((soort) => !aangevuld.some((v) => v.soort === soort));
  const vanaf = (
    EIGEN_AANVULLING_VANAF as Readonly<Record<string, { readonly datum: IsoDatum; readonly bron: Bron }>>
  )[eerste];
  if (vanaf && aangevuld.some((v) => v.van < vanaf.datum))
    ongeldigeInvoer(
      `Een eigen vakantie die de gegevens van ${eerste} missen, begint pas na de zomervakantie ervoor: op of na ${vanaf.datum} (${bronTekst(vanaf.bron)}).`,
    );
  // The range runs from the first known vacation day (the region's, or the school's own dates above) to the
  // last: in between every vacation is known. Before it the end of the previous summer vacation is not in the
  // data, after it the next autumn one.
  const jaren = schooljaarVakanties();
  const perioden = [
    ...aangevuld,
    ...jaren.flatMap(([, perSoort]) => VAKANTIE_SOORTEN.flatMap((soort) => perSoort[soort]?.[regio] ?? [])),
  ];
  const van = perioden.map((p) => p.van).sort()[0] as IsoDatum;
  const tot = perioden
    .map((p) => p.tot)
    .sort()
    .at(-1) as IsoDatum;

  const gesloten = new Map<number, Sluiting>();
  // Only days inside the calendar's range matter: a closing day "tot 2199-12-31" costs no more than one year.
  const [eersteDag, laatsteDag] = [dagnummer(van), dagnummer(tot)];
  const markeer = (vanDatum: IsoDatum, totDatum: IsoDatum, sluiting: Sluiting) => {
    const einde = Math.min(dagnummer(totDatum), laatsteDag);
    for (let d = Math.max(dagnummer(vanDatum), eersteDag); d <= einde; d++) gesloten.set(d, sluiting);
  };
  for (const [schooljaar, perSoort] of jaren) {
    for (const soort of VAKANTIE_SOORTEN) {
      const afwijkend = eigen.get(`${schooljaar}/${soort}`);
      const periode = afwijkend ?? perSoort[soort]?.[regio];
      if (!periode) continue; // unknown vacation of the partial first year: before the calendar's range
      markeer(periode.van, periode.tot, {
        soort: 'vakantie',
        naam: afwijkend ? `${soort} (eigen data school)` : `${soort} (regio ${regio})`,
        bron: afwijkend
          ? SCHOOL_BRON
          : schooljaar < EERSTE_ONDERZOCHTE_SCHOOLJAAR
            ? historischeBron(periode as VakantiePeriode)
            : SCHOOLVAKANTIES_BRON,
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

  const eigenFeestdagen = feestdagInstellingen(instellingen);
  const feestdagOp = feestdagenOpDatum();
  const sluiting = (dag: number): Sluiting | undefined => {
    // every reason, in order: weekend, feestdag the school closes on, vacation or the school's own day
    const redenen: Sluiting[] = [];
    const weekend = weekendSluiting(dag);
    if (weekend) redenen.push(weekend);
    const feestdag = feestdagOp(uitDagnummer(dag));
    if (feestdag) {
      const sleutel = sleutelVan(feestdag);
      const eigen = eigenFeestdagen[sleutel];
      if (eigen ?? STANDAARD_FEESTDAGEN_VRIJ[sleutel]) {
        redenen.push({
          soort: feestdag.soort,
          naam: feestdag.naam,
          bron:
            instellingen.feestdagenVrij?.[sleutel] === undefined
              ? FEESTDAG_SLUITING_BRON
              : FEESTDAG_SCHOOL_BRON,
        });
      }
    }
    const eigenSluiting = gesloten.get(dag);
    if (eigenSluiting) redenen.push(eigenSluiting);
    return metRedenen(redenen);
  };

  const basis = maakKalender({
    soort: 'schooldagen',
    omschrijving: `schoolkalender regio ${regio}`,
    van,
    tot,
    bereikNaam: `de bekende schooljaren ${bereikBegin(eerste, nogOnbekend)} t/m ${laatste}`,
    sluiting,
    inhoud: () => ({
      kalender: 'schoolkalender',
      instellingen,
      vakanties: SCHOOLVAKANTIES_INHOUD_HASH,
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
