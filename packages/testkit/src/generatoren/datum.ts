import {
  bekendeSchooljaren,
  type IsoDatum,
  isIsoDatum,
  type Regio,
  REGIOS,
  SCHOOLVAKANTIES,
  type Tijdstip,
  VAKANTIE_SOORTEN,
} from '@schoolveiligheid/kern';
import fc from 'fast-check';

const DAG_MS = 86_400_000;
const MINUUT_MS = 60_000;
const UUR_MS = 3_600_000;

/** A range of dates, both ends inclusive. */
export interface DatumBereik {
  /** First date (inclusive). */
  readonly van: IsoDatum;
  /** Last date (inclusive). */
  readonly tot: IsoDatum;
}

function dagnummer(datum: IsoDatum, wat: string): number {
  if (!isIsoDatum(datum)) throw new Error(`${wat} is not a date YYYY-MM-DD: ${JSON.stringify(datum)}`);
  return (
    Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10))) / DAG_MS
  );
}

/** The date of a day number (days since 1970-01-01); four-digit years only. */
export function datumVanDagnummer(dag: number): IsoDatum {
  return new Date(dag * DAG_MS).toISOString().slice(0, 10) as IsoDatum;
}

function controleerBereik({ van, tot }: DatumBereik): [number, number] {
  const a = dagnummer(van, 'van');
  const b = dagnummer(tot, 'tot');
  if (b < a) throw new Error(`Empty date range: ${van} is after ${tot}.`);
  return [a, b];
}

/**
 * The first day the generators draw from by default: 1 August 2018, the date of the seed safety plan and the
 * first date every package's rules have a value for (kern's calendars reach back further, to 2016-2017, for
 * reviewing old cases; pass `{ vanaf }` to draw from there).
 */
export const GENERATOREN_VANAF: IsoDatum = '2018-08-01';

/**
 * The school years with published vacations in kern's data, as dates: 1 August of the first to 31 July of the
 * last, read from `bekendeSchooljaren()` so it follows the data, but not before `vanaf` (default
 * {@link GENERATOREN_VANAF}).
 */
export function schooljarenBereik(opties: { readonly vanaf?: IsoDatum } = {}): DatumBereik {
  const { eerste, laatste } = bekendeSchooljaren();
  const begin = `${eerste.slice(0, 4)}-08-01` as IsoDatum;
  const vanaf = opties.vanaf ?? GENERATOREN_VANAF;
  const laatsteVan = [begin, vanaf].sort()[1] as IsoDatum; // ISO dates sort as text
  return { van: laatsteVan, tot: `${laatste.slice(5, 9)}-07-31` as IsoDatum };
}

/**
 * The range a school calendar of `regio` can compute in: from the region's first known vacation day to its
 * last (outside it `schoolkalender` throws `KALENDER_BUITEN_BEREIK`). Without a region: the range all three
 * regions share.
 */
export function schoolkalenderBereik(regio?: Regio): DatumBereik {
  const regios = regio === undefined ? REGIOS : [regio];
  const perRegio = regios.map((r) => {
    // the partial first school year (2015-2016, herfstvakantie for noord only) counts with the vacations it has
    const jaren = [
      ...Object.values(SCHOOLVAKANTIES.onvolledigeSchooljaren).map((jaar) => jaar.vakanties),
      ...Object.values(SCHOOLVAKANTIES.schooljaren),
    ];
    const perioden = jaren.flatMap((perSoort) =>
      VAKANTIE_SOORTEN.flatMap((soort) => perSoort[soort]?.[r] ?? []),
    );
    return {
      van: perioden.map((p) => p.van).sort()[0]!,
      tot: perioden
        .map((p) => p.tot)
        .sort()
        .at(-1)!,
    };
  });
  return {
    van: perRegio
      .map((b) => b.van)
      .sort()
      .at(-1) as IsoDatum,
    tot: perRegio.map((b) => b.tot).sort()[0] as IsoDatum,
  };
}

/**
 * Calendar dates `YYYY-MM-DD` in `{ van, tot }` (inclusive), uniformly by day. Default: the known school
 * years ({@link schooljarenBereik}). For school-day arithmetic use {@link schoolkalenderBereik}, the narrower
 * range a school calendar computes in.
 */
export function isoDatum(bereik: DatumBereik = schooljarenBereik()): fc.Arbitrary<IsoDatum> {
  const [a, b] = controleerBereik(bereik);
  return fc.integer({ min: a, max: b }).map(datumVanDagnummer);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Offset of Europe/Amsterdam in minutes at an instant, by the EU rule (since 1996): summer time from the last
 * Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. Independent of kern, as an oracle. */
export function amsterdamOffsetMinuten(ms: number): number {
  const jaar = new Date(ms).getUTCFullYear();
  const [begin, einde] = zomertijdWissels(jaar);
  return ms >= begin && ms < einde ? 120 : 60;
}

/** The two instants (epoch ms) Europe/Amsterdam changes its clock in `jaar`: start and end of summer time. */
export function zomertijdWissels(jaar: number): readonly [number, number] {
  const laatsteZondag = (maand: number) => {
    const laatste = new Date(Date.UTC(jaar, maand + 1, 0));
    return Date.UTC(jaar, maand, laatste.getUTCDate() - laatste.getUTCDay(), 1);
  };
  return [laatsteZondag(2), laatsteZondag(9)];
}

/** Writes an instant as ISO 8601 with the given offset in minutes (`Z` for 0 when `zulu`). */
export function metOffset(
  ms: number,
  offsetMinuten: number,
  opties: { zulu?: boolean; ms?: boolean } = {},
): Tijdstip {
  const lokaal = new Date(ms + offsetMinuten * MINUUT_MS).toISOString();
  const tijd = opties.ms ? lokaal.slice(0, 23) : lokaal.slice(0, 19);
  if (offsetMinuten === 0 && opties.zulu) return `${tijd}Z` as Tijdstip;
  const teken = offsetMinuten < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinuten);
  return `${tijd}${teken}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` as Tijdstip;
}

/** Offsets that occur in real data: UTC, Dutch winter and summer time, and far-away zones up to ±14:00. */
const OFFSETS = [0, 60, 120, -300, -240, 330, 345, 525, 765, 840, -720, -570, 600] as const;

/** Options of {@link tijdstip}. */
export interface TijdstipOpties {
  /** Dates the instants fall on (in UTC); default the known school years. */
  readonly bereik?: DatumBereik;
  /** Only Europe/Amsterdam local time with its offset (no other zones); default false. */
  readonly alleenAmsterdam?: boolean;
}

/**
 * Instants (`Tijdstip`: ISO 8601 with an offset) in a range, written in varied ways: in Europe/Amsterdam local
 * time with its offset (most often), in UTC (`Z` or `+00:00`), or in far-away offsets (-12:00 to +14:00,
 * half and quarter hours), with and without milliseconds. About a quarter fall within three hours of a
 * Europe/Amsterdam clock change (the last Sundays of March and October), including the repeated hour of
 * October written with both offsets (`02:30+02:00` and `02:30+01:00`).
 */
export function tijdstip(opties: TijdstipOpties = {}): fc.Arbitrary<Tijdstip> {
  const [a, b] = controleerBereik(opties.bereik ?? schooljarenBereik());
  const beginMs = a * DAG_MS;
  const eindeMs = (b + 1) * DAG_MS - 1;
  const jaren: number[] = [];
  for (let j = new Date(beginMs).getUTCFullYear(); j <= new Date(eindeMs).getUTCFullYear(); j++)
    jaren.push(j);
  const wissels = jaren.flatMap((j) => zomertijdWissels(j)).filter((w) => w >= beginMs && w <= eindeMs);
  const gewoon = fc.integer({ min: beginMs, max: eindeMs });
  const ogenblik =
    wissels.length === 0
      ? gewoon
      : fc.oneof(
          { arbitrary: gewoon, weight: 3 },
          {
            arbitrary: fc
              .tuple(fc.constantFrom(...wissels), fc.integer({ min: -3 * UUR_MS, max: 3 * UUR_MS }))
              .map(([w, d]) => Math.min(eindeMs, Math.max(beginMs, w + d))),
            weight: 1,
          },
        );
  const schrijfwijze = opties.alleenAmsterdam
    ? fc.constant('amsterdam' as const)
    : fc.constantFrom('amsterdam', 'amsterdam', 'amsterdam', 'utc', 'zulu', 'elders');
  return fc
    .tuple(ogenblik, schrijfwijze, fc.constantFrom(...OFFSETS), fc.boolean())
    .map(([ms, wijze, offset, metMs]) => {
      const seconden = metMs ? ms : ms - (((ms % 1000) + 1000) % 1000);
      if (wijze === 'amsterdam') return metOffset(seconden, amsterdamOffsetMinuten(seconden), { ms: metMs });
      if (wijze === 'utc') return metOffset(seconden, 0, { ms: metMs });
      if (wijze === 'zulu') return metOffset(seconden, 0, { zulu: true, ms: metMs });
      return metOffset(seconden, offset, { ms: metMs });
    });
}
