import {
  type Beleid,
  type Besluit,
  isoDatumSchema,
  type Reden,
  type Resultaat,
  type TaalOpties,
  taalUitOpties,
  valideer,
  waardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { besluitVan, reden } from '../besluit/besluit.js';
import type { CalamiteitenRedenCode } from '../codes/codes.js';
import { bhvGeadviseerdAantal, bhvMinimumAanwezig } from '../regels/regels.js';

const tijd = /* @__PURE__ */ z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/)
  .meta({ description: 'A time of day, HH:MM (24:00 for the end of the day).' });

const blok = /* @__PURE__ */ z
  .object({
    dag: /* @__PURE__ */ z
      .number()
      .int()
      .min(1)
      .max(7)
      .meta({ description: 'ISO weekday: 1 Monday … 7 Sunday.' }),
    van: tijd,
    tot: tijd,
  })
  .refine((b) => b.van < b.tot, { message: 'van < tot' })
  .meta({ description: 'A weekly time block: weekday, from, to.' });

/**
 * Schema of a school's weekly roster for the BHV presence check: when the building is in use, and when each
 * BHV'er (by the vendor's id, never a name) is present.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { bhvRoosterSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(bhvRoosterSchema, { peildatum: '2026-12-02', gebouwInGebruik: [{ dag: 3, van: '08:00', tot: '17:00' }], bhvers: [] }).ok; //=> true
 * ```
 */
export const bhvRoosterSchema = /* @__PURE__ */ z
  .object({
    peildatum: isoDatumSchema.meta({
      description: 'The day the roster applies (the rules in force that day).',
    }),
    gebouwInGebruik: /* @__PURE__ */ z
      .array(blok)
      .max(100)
      .meta({ description: 'When the building is in use.' }),
    bhvers: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          id: /* @__PURE__ */ z
            .string()
            .regex(/^[a-z\d][a-z\d-]*$/)
            .max(100)
            .meta({ description: "The BHV'er's id in the vendor's system." }),
          aanwezig: /* @__PURE__ */ z
            .array(blok)
            .max(100)
            .meta({ description: 'When this BHV’er is in the building.' }),
        }),
      )
      .max(100)
      .meta({ description: "The designated BHV'ers and when each is present." }),
  })
  .meta({ description: 'A weekly roster for the BHV presence check.' });

/** A weekly roster for the BHV presence check. */
export type BhvRooster = z.infer<typeof bhvRoosterSchema>;

/** A period of the week the building is in use with too few BHV'ers present. */
export interface BhvGat {
  readonly dag: number;
  readonly van: string;
  readonly tot: string;
  /** How many BHV'ers are present then. */
  readonly aanwezig: number;
  /** Why it is listed. */
  readonly reden: Reden<CalamiteitenRedenCode>;
}

/** The outcome of the presence check. */
export interface BhvBezetting {
  /** Periods with fewer than the minimum present: uncovered. */
  readonly ongedekt: readonly BhvGat[];
  /** Periods with the minimum but fewer than the advised number: a note, not a gap. */
  readonly onderAdvies: readonly BhvGat[];
}

const minuten = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const klok = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Checks a weekly roster: at least one BHV'er present whenever the building is in use (the seed's rule; the
 * Arbowet sets no number, only that BHV'ers are enough and so organised that they can do their tasks, art. 15
 * lid 3), and notes where fewer than the advised two are present. Returns the uncovered periods per weekday with
 * their reasons; a `beleid` may set its own minimum or advice. A malformed roster gives coded problems with Dutch
 * messages, English with `{ taal: 'en' }`.
 *
 * @example
 * ```ts
 * import { controleerBhvBezetting } from '@schoolveiligheid/calamiteiten';
 * const r = controleerBhvBezetting({ peildatum: '2026-12-02', gebouwInGebruik: [{ dag: 3, van: '08:00', tot: '17:00' }], bhvers: [{ id: 'bhv-1', aanwezig: [{ dag: 3, van: '08:00', tot: '12:30' }] }] });
 * r.ok ? r.waarde.uitkomst.ongedekt.map((g) => [g.dag, g.van, g.tot]) : []; //=> [[3, '12:30', '17:00']]
 * ```
 */
export function controleerBhvBezetting(
  rooster: unknown,
  beleid?: Beleid,
  opties?: TaalOpties,
): Resultaat<Besluit<BhvBezetting, CalamiteitenRedenCode>> {
  const basis = valideer(bhvRoosterSchema, rooster, { taal: taalUitOpties(opties) });
  if (!basis.ok) return basis;
  const r = basis.waarde;
  const minimum = waardeVoor(bhvMinimumAanwezig, r.peildatum, beleid).waarde;
  const advies = waardeVoor(bhvGeadviseerdAantal, r.peildatum, beleid).waarde;
  const ongedekt: BhvGat[] = [];
  const onderAdvies: BhvGat[] = [];
  const WEEKDAGEN = 7; // geen-rechtsgetal: the days of a week
  for (let dag = 1; dag <= WEEKDAGEN; dag++) {
    const gebruik = r.gebouwInGebruik
      .filter((b) => b.dag === dag)
      .map((b) => [minuten(b.van), minuten(b.tot)]);
    if (!gebruik.length) continue;
    const aanwezig = r.bhvers.map((p) =>
      p.aanwezig.filter((b) => b.dag === dag).map((b) => [minuten(b.van), minuten(b.tot)] as const),
    );
    const grenzen = [...new Set([...gebruik.flat(), ...aanwezig.flat(2)])].sort((a, b) => a - b);
    let vorige: { soort: 'ongedekt' | 'advies' | 'goed'; van: number; tot: number; n: number } | undefined;
    const sluit = () => {
      if (!vorige || vorige.soort === 'goed') return;
      const gat = { dag, van: klok(vorige.van), tot: klok(vorige.tot), aanwezig: vorige.n };
      if (vorige.soort === 'ongedekt')
        ongedekt.push({ ...gat, reden: reden('GEEN_BHVER_AANWEZIG', { minimum }) });
      else onderAdvies.push({ ...gat, reden: reden('MINDER_DAN_GEADVISEERD', { advies }) });
    };
    for (let i = 0; i + 1 < grenzen.length; i++) {
      const van = grenzen[i] as number;
      const tot = grenzen[i + 1] as number;
      if (!gebruik.some(([a, b]) => (a as number) <= van && tot <= (b as number))) {
        sluit();
        vorige = undefined;
        continue;
      }
      const n = aanwezig.filter((blokken) => blokken.some(([a, b]) => a <= van && tot <= b)).length;
      const soort = n < minimum ? 'ongedekt' : n < advies ? 'advies' : 'goed';
      if (vorige && vorige.soort === soort && vorige.n === n && vorige.tot === van) vorige.tot = tot;
      else {
        sluit();
        vorige = { soort, van, tot, n };
      }
    }
    sluit();
  }
  return {
    ok: true,
    waarde: besluitVan({ ongedekt, onderAdvies }, [
      reden('ARBOWET_NOEMT_GEEN_AANTAL'),
      ...(ongedekt.length ? [reden('GEEN_BHVER_AANWEZIG', { minimum })] : []),
      ...(onderAdvies.length ? [reden('MINDER_DAN_GEADVISEERD', { advies })] : []),
    ]),
  };
}
