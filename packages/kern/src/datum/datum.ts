import { SchoolveiligheidFout } from '../fout/fout.js';

/**
 * A calendar date without time or zone, `YYYY-MM-DD` (ISO 8601). Used for every day-based term.
 * The template type keeps it apart from a {@link Tijdstip} at compile time.
 */
export type IsoDatum = `${number}-${number}-${number}`;

/**
 * An instant: ISO 8601 date and time **with** an offset or `Z`, for example `2026-10-23T14:30:00+02:00`.
 * Used for hour-based terms (the 72 hours of a datalek). Interpreted and displayed in `Europe/Amsterdam`.
 */
export type Tijdstip = `${number}-${number}-${number}T${string}`;

/** Day of the week, ISO numbering: 1 = maandag … 7 = zondag. */
export type Weekdag = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAG_MS = 86_400_000;
const TIJDSTIP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The years the SDK accepts in dates and instants: 1900 up to and including 2199. Outside it every date
 * function refuses with `ONGELDIGE_DATUM` instead of reading year 0050 as 1950 or writing `+010000`.
 *
 * @example
 * ```ts
 * import { JAREN_BEREIK, isIsoDatum } from '@schoolveiligheid/kern';
 * JAREN_BEREIK.tot; //=> 2199
 * isIsoDatum('0050-06-15'); //=> false
 * ```
 */
export const JAREN_BEREIK: { readonly van: number; readonly tot: number } = /* @__PURE__ */ Object.freeze({
  van: 1900,
  tot: 2199,
});

const EERSTE_DAG = /* @__PURE__ */ Date.UTC(JAREN_BEREIK.van, 0, 1) / DAG_MS;
const LAATSTE_DAG = /* @__PURE__ */ Date.UTC(JAREN_BEREIK.tot, 11, 31) / DAG_MS;

function buitenBereik(): never {
  throw new SchoolveiligheidFout(
    'ONGELDIGE_DATUM',
    `De datum valt buiten de jaren die de SDK kent (${JAREN_BEREIK.van} t/m ${JAREN_BEREIK.tot}).`,
  );
}

/**
 * True when `waarde` is a real calendar date in `YYYY-MM-DD` form (so `2026-02-30` is not).
 *
 * @example
 * ```ts
 * import { isIsoDatum } from '@schoolveiligheid/kern';
 * isIsoDatum('2028-02-29'); //=> true
 * isIsoDatum('2026-02-29'); //=> false
 * ```
 */
export function isIsoDatum(waarde: unknown): waarde is IsoDatum {
  return typeof waarde === 'string' && leesDagnummer(waarde) !== undefined;
}

/** The value of the ASCII digit at `i`, or -1 when it is not a digit. */
function cijfer(tekst: string, i: number): number {
  const c = tekst.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The day number of a `YYYY-MM-DD` text, or undefined when it is not a real date within {@link JAREN_BEREIK}.
 * Reads the characters one by one (no regular expression, no Date): the check and the number in one pass,
 * because every date function of the SDK starts here.
 */
function leesDagnummer(tekst: string): number | undefined {
  if (tekst.length !== 10 || tekst.charCodeAt(4) !== 45 || tekst.charCodeAt(7) !== 45) return undefined;
  const j1 = cijfer(tekst, 0);
  const j2 = cijfer(tekst, 1);
  const j3 = cijfer(tekst, 2);
  const j4 = cijfer(tekst, 3);
  const m1 = cijfer(tekst, 5);
  const m2 = cijfer(tekst, 6);
  const d1 = cijfer(tekst, 8);
  const d2 = cijfer(tekst, 9);
  if ((j1 | j2 | j3 | j4 | m1 | m2 | d1 | d2) < 0) return undefined;
  const jaar = j1 * 1000 + j2 * 100 + j3 * 10 + j4;
  const maand = m1 * 10 + m2;
  const dag = d1 * 10 + d2;
  if (jaar < JAREN_BEREIK.van || jaar > JAREN_BEREIK.tot) return undefined;
  if (maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) return undefined;
  return dagenSinds1970(jaar, maand, dag);
}

/**
 * True when `waarde` is an ISO 8601 instant with an explicit offset or `Z`.
 *
 * @example
 * ```ts
 * import { isTijdstip } from '@schoolveiligheid/kern';
 * isTijdstip('2026-10-23T14:30:00+02:00'); //=> true
 * isTijdstip('2026-10-23T14:30:00'); //=> false
 * ```
 */
export function isTijdstip(waarde: unknown): waarde is Tijdstip {
  if (typeof waarde !== 'string') return false;
  const m = TIJDSTIP.exec(waarde);
  if (!m) return false;
  if (!isIsoDatum(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  // offsets in use run from -12:00 to +14:00, in whole quarters of an hour
  if (m[8] !== undefined && (Number(m[9]) > 14 || Number(m[10]) % 15 !== 0)) return false;
  return Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
}

/** Number of days in a month of the Gregorian calendar. */
export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (the days-from-civil algorithm of Howard
 * Hinnant, "chrono-compatible low-level date algorithms"): no Date object, so it is fast and never depends on
 * the machine's time zone. `maand` is 1-12.
 */
function dagenSinds1970(jaar: number, maand: number, dag: number): number {
  const j = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(j / 400);
  const jaarInEra = j - era * 400;
  const dagInJaar = Math.floor((153 * (maand + (maand > 2 ? -3 : 9)) + 2) / 5) + dag - 1;
  const dagInEra = jaarInEra * 365 + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100) + dagInJaar;
  return era * 146_097 + dagInEra - 719_468;
}

const tweeCijfers = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Day number of a date: days since 1970-01-01. Pure arithmetic in UTC, so it never depends on the
 * machine's time zone.
 *
 * @example
 * ```ts
 * import { dagnummer } from '@schoolveiligheid/kern';
 * dagnummer('1970-01-02'); //=> 1
 * dagnummer('2026-12-25') - dagnummer('2026-12-24'); //=> 1
 * ```
 */
export function dagnummer(datum: IsoDatum): number {
  const nummer = typeof datum === 'string' ? leesDagnummer(datum) : undefined;
  if (nummer === undefined) {
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige datum; verwacht JJJJ-MM-DD.');
  }
  return nummer;
}

/** The date of a day number (inverse of {@link dagnummer}); refuses days outside {@link JAREN_BEREIK}. */
export function uitDagnummer(nummer: number): IsoDatum {
  if (!Number.isSafeInteger(nummer) || nummer < EERSTE_DAG || nummer > LAATSTE_DAG) buitenBereik();
  return datumVanDagnummer(nummer);
}

/** Year, month (1-12) and day of a whole day number: civil-from-days (Hinnant), the inverse of dagenSinds1970. */
function burgerlijkeDatum(nummer: number): { jaar: number; maand: number; dag: number } {
  const z = nummer + 719_468;
  const era = Math.floor(z / 146_097);
  const dagInEra = z - era * 146_097;
  const jaarInEra = Math.floor(
    (dagInEra -
      Math.floor(dagInEra / 1460) +
      Math.floor(dagInEra / 36_524) -
      Math.floor(dagInEra / 146_096)) /
      365,
  );
  const dagInJaar = dagInEra - (365 * jaarInEra + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100));
  const mp = Math.floor((5 * dagInJaar + 2) / 153);
  const dag = dagInJaar - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  return { jaar: jaarInEra + era * 400 + (maand <= 2 ? 1 : 0), maand, dag };
}

/**
 * The calendar year of a whole day number, by arithmetic (no date text, no range check): the calendars use it to
 * find the year of each day while they build their index.
 */
export function jaarVanDagnummer(nummer: number): number {
  return burgerlijkeDatum(nummer).jaar;
}

/** The date text of a whole day number, without the range check of {@link uitDagnummer}. */
function datumVanDagnummer(nummer: number): IsoDatum {
  // the years are four digits by JAREN_BEREIK
  const { jaar, maand, dag } = burgerlijkeDatum(nummer);
  return `${jaar}-${tweeCijfers(maand)}-${tweeCijfers(dag)}` as IsoDatum;
}

function geheelAantal(n: unknown, wat: string): number {
  if (!Number.isSafeInteger(n))
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', `Het aantal ${wat} moet een geheel getal zijn.`);
  return n as number;
}

/**
 * ISO weekday of a date: 1 = maandag … 7 = zondag.
 *
 * @example
 * ```ts
 * import { weekdag } from '@schoolveiligheid/kern';
 * weekdag('2025-04-27'); //=> 7
 * ```
 */
export function weekdag(datum: IsoDatum): Weekdag {
  return weekdagVanDagnummer(dagnummer(datum));
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdagVanDagnummer(nummer: number): Weekdag {
  return (((((nummer + 3) % 7) + 7) % 7) + 1) as Weekdag;
}

/**
 * Adds calendar days to a date.
 *
 * @example
 * ```ts
 * import { plusDagen } from '@schoolveiligheid/kern';
 * plusDagen('2026-12-31', 1); //=> '2027-01-01'
 * ```
 */
export function plusDagen(datum: IsoDatum, dagen: number): IsoDatum {
  return uitDagnummer(dagnummer(datum) + geheelAantal(dagen, 'dagen'));
}

/**
 * Adds calendar months, keeping the day number and clamping to the month's last day
 * (31 January + 1 month = 28 or 29 February), as Reg. (EEG, Euratom) 1182/71 art. 3(2)(c) does.
 *
 * @example
 * ```ts
 * import { plusMaanden } from '@schoolveiligheid/kern';
 * plusMaanden('2026-01-31', 1); //=> '2026-02-28'
 * plusMaanden('2028-01-31', 1); //=> '2028-02-29'
 * ```
 */
export function plusMaanden(datum: IsoDatum, maanden: number): IsoDatum {
  dagnummer(datum);
  geheelAantal(maanden, 'maanden');
  const jaar = Number(datum.slice(0, 4));
  const maand = Number(datum.slice(5, 7)) - 1 + maanden;
  const doelJaar = jaar + Math.floor(maand / 12);
  const doelMaand = (((maand % 12) + 12) % 12) + 1;
  if (doelJaar < JAREN_BEREIK.van || doelJaar > JAREN_BEREIK.tot) buitenBereik();
  const dag = Math.min(Number(datum.slice(8, 10)), dagenInMaand(doelJaar, doelMaand));
  return `${String(doelJaar).padStart(4, '0')}-${pad(doelMaand)}-${pad(dag)}` as IsoDatum;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Milliseconds since the epoch of a {@link Tijdstip}; throws a coded error when it is not one.
 *
 * @example
 * ```ts
 * import { epochMs } from '@schoolveiligheid/kern';
 * epochMs('2026-10-23T14:30:00+02:00') === Date.UTC(2026, 9, 23, 12, 30); //=> true
 * ```
 */
export function epochMs(tijdstip: Tijdstip): number {
  if (!isTijdstip(tijdstip)) {
    throw new SchoolveiligheidFout(
      'ONGELDIG_TIJDSTIP',
      'Geen geldig tijdstip; verwacht ISO 8601 met tijdzone, bijvoorbeeld 2026-10-23T14:30:00+02:00.',
    );
  }
  return Date.parse(tijdstip);
}

let amsterdamFormatter: Intl.DateTimeFormat | undefined;

function amsterdamFormat(): Intl.DateTimeFormat {
  if (!amsterdamFormatter) {
    amsterdamFormatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  }
  return amsterdamFormatter;
}

/** The last Sunday of a month (1-12) at 01:00 UTC, in epoch ms: when EU summer time starts or ends. */
function laatsteZondagEenUurUtc(jaar: number, maand: number): number {
  const laatste = dagenSinds1970(jaar, maand, dagenInMaand(jaar, maand)); // day number of the month's last day
  const zondagenTerug = weekdagVanDagnummer(laatste) % 7; // 7 (Sunday) -> 0 days back
  return (laatste - zondagenTerug) * DAG_MS + 3_600_000;
}

/** The UTC calendar year of an instant, by arithmetic (no Date): an estimate corrected by one year at most. */
function utcJaar(ms: number): number {
  let jaar = 1970 + Math.floor(ms / 31_556_952_000);
  if (dagenSinds1970(jaar, 1, 1) * DAG_MS > ms) jaar -= 1;
  else if (dagenSinds1970(jaar + 1, 1, 1) * DAG_MS <= ms) jaar += 1;
  return jaar;
}

/** First year for which the EU summer-time rule (Directive 2000/84/EC, the same rule since 1996) is exact. */
const EU_ZOMERTIJD_VANAF = 1996;

/**
 * Offset of Europe/Amsterdam from UTC, in minutes, at an instant (60 in winter, 120 in summer). From 1996 on
 * from the EU rule (summer time from the last Sunday of March to the last Sunday of October, both at 01:00
 * UTC), without Intl; before 1996 from Intl, whose tz data knows the older Dutch rules.
 */
export function amsterdamOffsetMinuten(ms: number): number {
  if (!Number.isFinite(ms))
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'Een tijdstip in milliseconden moet een eindig getal zijn.',
    );
  const jaar = utcJaar(ms);
  if (jaar >= EU_ZOMERTIJD_VANAF && jaar <= JAREN_BEREIK.tot) {
    return ms >= laatsteZondagEenUurUtc(jaar, 3) && ms < laatsteZondagEenUurUtc(jaar, 10) ? 120 : 60;
  }
  return amsterdamOffsetViaIntl(ms);
}

/** The same offset read from Intl's time-zone data (the fallback, and the oracle in tests). */
export function amsterdamOffsetViaIntl(ms: number): number {
  const delen = Object.fromEntries(
    amsterdamFormat()
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const alsUtc = Date.UTC(
    Number(delen.year),
    Number(delen.month) - 1,
    Number(delen.day),
    Number(delen.hour),
    Number(delen.minute),
    Number(delen.second),
  );
  return Math.round((alsUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
}

/**
 * Writes an instant as a {@link Tijdstip} in Europe/Amsterdam local time with its offset.
 *
 * @example
 * ```ts
 * import { naarAmsterdamsTijdstip } from '@schoolveiligheid/kern';
 * naarAmsterdamsTijdstip(Date.UTC(2026, 9, 25, 12, 0)); //=> '2026-10-25T13:00:00+01:00'
 * ```
 */
export function naarAmsterdamsTijdstip(ms: number): Tijdstip {
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      'Een tijdstip in milliseconden moet een eindig getal zijn.',
    );
  if (ms < EERSTE_DAG * DAG_MS || ms >= (LAATSTE_DAG + 1) * DAG_MS) buitenBereik();
  const offset = amsterdamOffsetMinuten(ms);
  const lokaalMs = Math.floor((ms + offset * 60_000) / 1000) * 1000;
  const dag = Math.floor(lokaalMs / DAG_MS);
  const seconden = (lokaalMs - dag * DAG_MS) / 1000;
  const tijd = `${pad(Math.floor(seconden / 3600))}:${pad(Math.floor(seconden / 60) % 60)}:${pad(seconden % 60)}`;
  const lokaal = `${datumVanDagnummer(dag)}T${tijd}`;
  const teken = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${lokaal}${teken}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` as Tijdstip;
}

/**
 * The Europe/Amsterdam calendar date of an instant.
 *
 * @example
 * ```ts
 * import { amsterdamseDatum } from '@schoolveiligheid/kern';
 * amsterdamseDatum(Date.UTC(2026, 11, 31, 23, 30)); //=> '2027-01-01'
 * ```
 */
export function amsterdamseDatum(ms: number): IsoDatum {
  return naarAmsterdamsTijdstip(ms).slice(0, 10) as IsoDatum;
}

/**
 * The first instant of a day in Europe/Amsterdam (00:00 local time), as epoch milliseconds.
 * Midnight is never inside a DST gap in the Netherlands (changes happen at 02:00/03:00).
 */
export function beginVanDagMs(datum: IsoDatum): number {
  const utcMiddernacht = dagnummer(datum) * DAG_MS;
  // Offset at local midnight equals the offset an hour or two later on that day: DST changes at 01:00 UTC.
  const offset = amsterdamOffsetMinuten(utcMiddernacht);
  return utcMiddernacht - offset * 60_000;
}
