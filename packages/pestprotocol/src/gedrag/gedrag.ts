import {
  type Besluit,
  besluit,
  type Reden,
  type Resultaat,
  valideer,
  taalUitOpties,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { PestprotocolRedenCode } from '../codes/codes.js';
import { pestprotocolVerantwoording, reden } from '../intern.js';

// Plagen or pesten (seed, Pestprotocol "Definiëring") as a table of sourced criteria in three-valued logic:
// each fact is true, false or unknown; pesten needs all four marks, plagen needs equal footing and no threat.
// An unknown fact that could change the answer makes it "onvoldoende informatie", naming what is missing.

/**
 * Schema of what a teacher observed. Every field is optional: a missing fact is reported, never guessed.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { observatiesSchema } from '@schoolveiligheid/pestprotocol';
 * valideer(observatiesSchema, { frequentie: 'eenmalig' }).ok; //=> true
 * ```
 */
export const observatiesSchema = /* @__PURE__ */ z
  .object({
    gelijkwaardig: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe(
        'Are the pupils evenly matched ("aan elkaar gewaagd")? false: one abuses power over the other.',
      ),
    frequentie: /* @__PURE__ */ z
      .enum(['eenmalig', 'af-en-toe', 'meerdere-keren-per-week', 'dagelijks'])
      .optional()
      .describe('How often it happens: once, now and then, several times a week, (several times) daily.'),
    langerePeriode: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe('Has it been going on for a longer period?'),
    bedreigend: /* @__PURE__ */ z
      .boolean()
      .optional()
      .describe('Is the behaviour threatening for the pupil?'),
    vorm: /* @__PURE__ */ z
      .enum(['openlijk', 'verborgen'])
      .optional()
      .describe(
        'Open (name-calling, hitting, taking things) or hidden (such as exclusion); informs, never decides.',
      ),
  })
  .strict()
  .describe('What a teacher observed about behaviour between pupils, for classificeerGedrag.');

/** What a teacher observed (see {@link observatiesSchema}). */
export type Observaties = z.infer<typeof observatiesSchema>;

/** A fact the classification reads. */
export type GedragsFeit = 'gelijkwaardig' | 'frequentie' | 'langerePeriode' | 'bedreigend';

/** The answer of {@link classificeerGedrag}. */
export interface GedragsClassificatie {
  /** `ongewenst-gedrag`: neither plagen nor pesten (handled under the gedragscode, keep following it). */
  readonly gedrag: 'plagen' | 'pesten' | 'ongewenst-gedrag' | 'onvoldoende-informatie';
  /** The facts still needed for an answer (empty unless `onvoldoende-informatie`). */
  readonly ontbreekt: readonly GedragsFeit[];
}

type Drie = boolean | undefined;

/** One criterion: the fact it reads, whether it holds, and its reason for each known value. */
interface Kenmerk {
  readonly feit: GedragsFeit;
  readonly geldt: (o: Observaties) => Drie;
  readonly reden: (o: Observaties) => PestprotocolRedenCode | undefined;
}

const HERHAALD: ReadonlySet<string> = new Set(['meerdere-keren-per-week', 'dagelijks']);

const FREQUENTIE_REDEN: Readonly<Record<NonNullable<Observaties['frequentie']>, PestprotocolRedenCode>> = {
  eenmalig: 'EENMALIG',
  'af-en-toe': 'AF_EN_TOE',
  'meerdere-keren-per-week': 'HERHAALD',
  dagelijks: 'HERHAALD',
};

const kenmerk = {
  machtsmisbruik: {
    feit: 'gelijkwaardig',
    geldt: (o) => (o.gelijkwaardig === undefined ? undefined : !o.gelijkwaardig),
    reden: (o) =>
      o.gelijkwaardig === undefined ? undefined : o.gelijkwaardig ? 'GELIJKWAARDIG' : 'MACHTSMISBRUIK',
  },
  herhaald: {
    feit: 'frequentie',
    geldt: (o) => (o.frequentie === undefined ? undefined : HERHAALD.has(o.frequentie)),
    reden: (o) => (o.frequentie === undefined ? undefined : FREQUENTIE_REDEN[o.frequentie]),
  },
  langdurig: {
    feit: 'langerePeriode',
    geldt: (o) => o.langerePeriode,
    reden: (o) =>
      o.langerePeriode === undefined ? undefined : o.langerePeriode ? 'LANGERE_PERIODE' : 'KORTE_PERIODE',
  },
  bedreigend: {
    feit: 'bedreigend',
    geldt: (o) => o.bedreigend,
    reden: (o) => (o.bedreigend === undefined ? undefined : o.bedreigend ? 'BEDREIGEND' : 'NIET_BEDREIGEND'),
  },
} as const satisfies Record<string, Kenmerk>;

const gelijkwaardig: Kenmerk = { ...kenmerk.machtsmisbruik, geldt: (o) => o.gelijkwaardig };
const nietBedreigend: Kenmerk = {
  ...kenmerk.bedreigend,
  geldt: (o) => (o.bedreigend === undefined ? undefined : !o.bedreigend),
};

/** Pesten: abuse of power, repeated several times a week, over a longer period, threatening (seed, Definiëring). */
const PESTEN: readonly Kenmerk[] = [
  kenmerk.machtsmisbruik,
  kenmerk.herhaald,
  kenmerk.langdurig,
  kenmerk.bedreigend,
];

/** Plagen: evenly matched, never really threatening (seed, Definiëring). */
const PLAGEN: readonly Kenmerk[] = [gelijkwaardig, nietBedreigend];

/** Kleene conjunction: false if one is false, true if all are true, otherwise unknown. */
function en(tabel: readonly Kenmerk[], o: Observaties): Drie {
  const waarden = tabel.map((k) => k.geldt(o));
  if (waarden.includes(false)) return false;
  return waarden.includes(undefined) ? undefined : true;
}

const onbekend = (tabel: readonly Kenmerk[], o: Observaties): GedragsFeit[] =>
  tabel.filter((k) => k.geldt(o) === undefined).map((k) => k.feit);

function uitkomst(o: Observaties): GedragsClassificatie {
  const pesten = en(PESTEN, o);
  const plagen = en(PLAGEN, o);
  if (pesten === true) return { gedrag: 'pesten', ontbreekt: [] };
  if (plagen === true) return { gedrag: 'plagen', ontbreekt: [] };
  if (pesten === false && plagen === false) return { gedrag: 'ongewenst-gedrag', ontbreekt: [] };
  const ontbreekt = new Set<GedragsFeit>([
    ...(pesten === undefined ? onbekend(PESTEN, o) : []),
    ...(plagen === undefined ? onbekend(PLAGEN, o) : []),
  ]);
  const volgorde: readonly GedragsFeit[] = ['gelijkwaardig', 'frequentie', 'langerePeriode', 'bedreigend'];
  return { gedrag: 'onvoldoende-informatie', ontbreekt: volgorde.filter((f) => ontbreekt.has(f)) };
}

const SLOTREDEN: Readonly<Record<GedragsClassificatie['gedrag'], PestprotocolRedenCode | undefined>> = {
  pesten: 'IS_PESTEN',
  plagen: 'IS_PLAGEN',
  'ongewenst-gedrag': 'ONGEWENST_GEDRAG',
  'onvoldoende-informatie': undefined,
};

/**
 * Plagen or pesten, from what a teacher observed, with the seed's criteria as reasons: equal footing or abuse of
 * power, once or repeatedly several times a week over a longer period, threatening or not, open or hidden (such as
 * exclusion). A missing fact that could change the answer gives `onvoldoende-informatie` with what is missing;
 * something that happened once is never pesten. Bad input gives coded problems (`{ taal: 'en' }` for English).
 *
 * @example
 * ```ts
 * import { classificeerGedrag } from '@schoolveiligheid/pestprotocol';
 * const r = classificeerGedrag({ gelijkwaardig: false, frequentie: 'dagelijks', langerePeriode: true, bedreigend: true });
 * r.ok && r.waarde.uitkomst.gedrag; //=> 'pesten'
 * const eenmalig = classificeerGedrag({ frequentie: 'eenmalig' });
 * eenmalig.ok && eenmalig.waarde.uitkomst; //=> { gedrag: 'onvoldoende-informatie', ontbreekt: ['gelijkwaardig', 'bedreigend'] }
 * ```
 */
export function classificeerGedrag(
  observaties: unknown,
  opties?: { readonly taal?: 'nl' | 'en' },
): Resultaat<Besluit<GedragsClassificatie, PestprotocolRedenCode>> {
  const invoer = valideer(observatiesSchema, observaties, { taal: taalUitOpties(opties) });
  if (!invoer.ok) return invoer;
  const o = invoer.waarde;
  const antwoord = uitkomst(o);
  const redenen: Reden<PestprotocolRedenCode>[] = [];
  for (const k of PESTEN) {
    const code = k.reden(o);
    if (code) redenen.push(reden(code));
  }
  if (o.vorm) redenen.push(reden(o.vorm === 'verborgen' ? 'VERBORGEN_VORM' : 'OPENLIJKE_VORM'));
  const slot = SLOTREDEN[antwoord.gedrag];
  if (slot) redenen.push(reden(slot));
  for (const feit of antwoord.ontbreekt) redenen.push(reden('FEIT_ONTBREEKT', { feit }));
  return { ok: true, waarde: besluit(antwoord, redenen, pestprotocolVerantwoording()) };
}
