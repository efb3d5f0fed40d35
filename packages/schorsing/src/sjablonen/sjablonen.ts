// Rendering the letter templates (seed Bijlagen 20 and 21): every merge field checked (a missing, invalid or
// unknown field is a coded problem, never an empty string), the remedy clause of the denominatie filled in,
// then plain text and HTML with every merge value escaped. The values are the caller's; no message repeats them.
import {
  type Bron,
  codeTekst,
  isIsoDatum,
  type IsoDatum,
  leesbareDatum,
  type Probleem,
  type Resultaat,
  SchoolveiligheidFout,
} from '@schoolveiligheid/kern';
import { PROBLEEM_CODES, type SchorsingProbleemCode } from '../codes/codes.js';
import { controleerDatum, controleerKeuze, isObjectInvoer, probleemVan } from '../invoer/invoer.js';
import {
  type ClausuleSoort,
  type BriefBesluit,
  rechtsmiddelClausule,
} from '../rechtsmiddelen/rechtsmiddelen.js';
import { SEED_BIJLAGE_20, SEED_BIJLAGE_21 } from '../regels/bronnen.js';
import type { Denominatie } from '../regels/regels.js';
import {
  SJABLONEN,
  SJABLOON_IDS,
  type SjabloonId,
  VELDEN,
  type VeldNaam,
  type VeldSoort,
} from './sjablonen.data.js';

export { SJABLOON_IDS, type SjabloonId, type VeldNaam, type VeldSoort } from './sjablonen.data.js';

/** A merge field as a vendor's form needs it: its name, kind and meaning. */
export interface SjabloonVeld {
  readonly naam: VeldNaam;
  readonly soort: VeldSoort;
  /** What to fill in, in Dutch. */
  readonly omschrijving: string;
  /** The same in English. */
  readonly description: string;
}

/** A template as data: the seed text with merge fields, the remedy parts, the fields, where it departs from the seed. */
export interface BriefSjabloon {
  readonly id: SjabloonId;
  readonly titel: string;
  readonly bron: Bron;
  /** Paragraphs with `{{veld}}` merge fields, or `{ rechtsmiddel }`: the remedy clause of that decision. */
  readonly delen: readonly (string | { readonly rechtsmiddel: BriefBesluit })[];
  /** The merge fields, in the order they first appear (the remedy clause's `naamBevoegdGezag` included). */
  readonly velden: readonly SjabloonVeld[];
  /** Where the template departs from the seed's text, and why. */
  readonly afwijkingen: readonly string[];
}

/** Input of {@link vulSjabloonIn}. */
export interface SjabloonInvoer {
  readonly denominatie: Denominatie;
  /** The values of the merge fields: text, a date `JJJJ-MM-DD` for a `datum` field, a whole number for `aantal`. */
  readonly velden: Readonly<Record<string, string | number>>;
  /** Date at which the remedy rules are read; defaults to the `datumBrief` field. */
  readonly peildatum?: IsoDatum;
}

/** A rendered letter: plain text and HTML (merge values escaped), with the remedy clauses and their sources. */
export interface IngevuldSjabloon {
  readonly sjabloon: SjabloonId;
  readonly denominatie: Denominatie;
  readonly bron: Bron;
  readonly tekst: string;
  readonly html: string;
  /** The remedy clauses filled in, per decision: which remedy and the sources cited. */
  readonly rechtsmiddelen: readonly {
    readonly besluit: BriefBesluit;
    readonly soort: ClausuleSoort;
    readonly bronnen: readonly Bron[];
  }[];
}

const VELD = /\{\{([a-zA-Z]+)\}\}/g;
const MAX_TEKST = 200; // geen-rechtsgetal: a bound on input size, not law
const MAX_ALINEA = 5000; // geen-rechtsgetal: a bound on input size, not law
const MAX_AANTAL = 10_000; // geen-rechtsgetal: a bound on input size, not law
const CLAUSULE_VELD: VeldNaam = 'naamBevoegdGezag';

function isSjabloonId(id: unknown): id is SjabloonId {
  return typeof id === 'string' && (SJABLOON_IDS as readonly string[]).includes(id);
}

function veldInfo(naam: VeldNaam): SjabloonVeld {
  const v = VELDEN[naam];
  return { naam, soort: v.soort, omschrijving: v.nl, description: v.en };
}

/** The field names of a template in the order they first appear; a remedy part counts as its one field. */
function veldnamen(id: SjabloonId): VeldNaam[] {
  const namen: string[] = [];
  for (const deel of SJABLONEN[id].delen) {
    if (typeof deel === 'string') namen.push(...[...deel.matchAll(VELD)].map((m) => m[1] as string));
    else namen.push(CLAUSULE_VELD);
  }
  return [...new Set(namen)] as VeldNaam[];
}

/**
 * One template as data (seed Bijlage 20: the schorsing letter, the voornemen and the besluit tot verwijdering;
 * Bijlage 21: the schoolgids text): its parts with `{{veld}}` merge fields and `{ rechtsmiddel }` placeholders,
 * its fields with kind and meaning, and where it departs from the seed. An unknown id throws
 * `ONGELDIGE_INVOER`.
 *
 * @example
 * ```ts
 * import { briefSjabloon } from '@schoolveiligheid/schorsing';
 * const s = briefSjabloon('schoolgids-schorsing-verwijdering');
 * s.velden.map((v) => v.naam); //=> ['naamBevoegdGezag']
 * s.bron.artikel; //=> 'Bijlage 21: Voorbeeld teksten schorsing en verwijdering voor in de schoolgids'
 * briefSjabloon('schorsingsbrief').velden.find((v) => v.naam === 'laatsteDag')?.soort; //=> 'datum'
 * ```
 */
export function briefSjabloon(id: SjabloonId): BriefSjabloon {
  if (!isSjabloonId(id))
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', codeTekst(PROBLEEM_CODES, 'SJABLOON_ONBEKEND'));
  const data = SJABLONEN[id];
  return {
    id,
    titel: data.titel,
    bron: data.bijlage === 'Bijlage 20' ? SEED_BIJLAGE_20 : SEED_BIJLAGE_21,
    delen: data.delen,
    velden: veldnamen(id).map(veldInfo),
    afwijkingen: data.afwijkingen,
  };
}

/**
 * The merge fields of every template with their kind and meaning (Dutch and English), so a vendor can build
 * one form: `tekst` is one line, `alinea` may have line breaks, `datum` is `JJJJ-MM-DD` (rendered as
 * "maandag 2 maart 2026"), `aantal` a whole number of 1 or more.
 *
 * @example
 * ```ts
 * import { sjabloonVelden } from '@schoolveiligheid/schorsing';
 * sjabloonVelden().find((v) => v.naam === 'naamBevoegdGezag')?.soort; //=> 'tekst'
 * ```
 */
export function sjabloonVelden(): SjabloonVeld[] {
  return (Object.keys(VELDEN) as VeldNaam[]).map(veldInfo);
}

const VERWACHT: Readonly<Record<VeldSoort, string>> = {
  tekst: 'één regel tekst',
  alinea: 'tekst',
  datum: 'een datum JJJJ-MM-DD',
  aantal: 'een geheel aantal van 1 of meer',
};

/** A field's value checked for its kind: the text to render, or the problem (never repeating the value). */
function leesVeld(naam: VeldNaam, waarde: unknown): { tekst: string } | { probleem: Probleem } {
  const soort = VELDEN[naam].soort;
  const p = (code: SchorsingProbleemCode) => ({
    probleem: probleemVan(
      code,
      ['velden', naam],
      codeTekst(PROBLEEM_CODES, code, 'nl', { veld: naam, verwacht: VERWACHT[soort] }),
      {
        veld: naam,
        ...(code === 'SJABLOON_VELD_ONGELDIG' ? { verwacht: VERWACHT[soort] } : {}),
      },
    ),
  });
  if (waarde === undefined || (typeof waarde === 'string' && waarde.trim() === ''))
    return p('SJABLOON_VELD_ONTBREEKT');
  if (soort === 'aantal') {
    const cijfers = typeof waarde === 'string' && /^\d+$/.test(waarde.trim());
    const n = cijfers ? Number(waarde) : waarde;
    const geldig = typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 && n <= MAX_AANTAL;
    return geldig ? { tekst: String(n) } : p('SJABLOON_VELD_ONGELDIG');
  }
  if (typeof waarde !== 'string') return p('SJABLOON_VELD_ONGELDIG');
  const w = waarde.trim();
  if (soort === 'datum') return isIsoDatum(w) ? { tekst: leesbareDatum(w) } : p('SJABLOON_VELD_ONGELDIG');
  if (soort === 'tekst' && (w.length > MAX_TEKST || /[\r\n]/.test(w))) return p('SJABLOON_VELD_ONGELDIG');
  if (w.length > MAX_ALINEA) return p('SJABLOON_VELD_ONGELDIG');
  return { tekst: w.replace(/\r\n?/g, '\n') };
}

const ontsnap = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** A paragraph with its merge fields filled: for text as is, for HTML escaped, line breaks as `<br>`. */
function vul(alinea: string, waarden: ReadonlyMap<string, string>, html: boolean): string {
  // one pass over the template's own text: a value that looks like {{veld}} is never filled in again
  const delen = alinea.split(VELD);
  const uit = delen.map((d, i) => {
    const tekst = i % 2 === 1 ? (waarden.get(d) as string) : d;
    return html ? ontsnap(tekst).replace(/\n/g, '<br>') : tekst;
  });
  return html ? `<p>${uit.join('')}</p>` : uit.join('');
}

/**
 * Fills in a template for an openbare or bijzondere school: every merge field must be there and valid for its
 * kind (`SJABLOON_VELD_ONTBREEKT` or `SJABLOON_VELD_ONGELDIG` per field, in order; one
 * `SJABLOON_VELD_ONBEKEND` for fields the template does not have; `SJABLOON_ONBEKEND` for an unknown id), the
 * remedy clause of the denominatie is put in ({@link rechtsmiddelClausule}: Awb 3:45 for openbaar, WPO 63 lid 3
 * and the civil route for bijzonder, the Geschillencommissie for a verwijdering), and the letter comes back as
 * plain text and as HTML with every merge value escaped. Dates render as "maandag 2 maart 2026". The values
 * are the caller's own and never stored; no message repeats them. Check the letter's facts first with
 * `valideerSchorsingsbrief` or `valideerVerwijderingsbrief`.
 *
 * @example
 * ```ts
 * import { vulSjabloonIn } from '@schoolveiligheid/schorsing';
 * const r = vulSjabloonIn('schoolgids-schorsing-verwijdering', { denominatie: 'openbaar', peildatum: '2026-08-01', velden: { naamBevoegdGezag: 'Stichting <Voorbeeld>' } });
 * r.ok && r.waarde.tekst.includes('binnen 6 weken na de dag waarop het besluit aan u is bekendgemaakt schriftelijk bezwaar maken bij Stichting <Voorbeeld>'); //=> true
 * r.ok && r.waarde.html.includes('Stichting &lt;Voorbeeld&gt;'); //=> true
 * r.ok && r.waarde.rechtsmiddelen.map((x) => x.soort); //=> ['awb-bezwaar', 'awb-bezwaar']
 * const mis = vulSjabloonIn('schoolgids-schorsing-verwijdering', { denominatie: 'bijzonder', peildatum: '2026-08-01', velden: {} });
 * mis.ok ? [] : mis.problemen.map((p) => [p.code, p.pad]); //=> [['SJABLOON_VELD_ONTBREEKT', ['velden', 'naamBevoegdGezag']]]
 * ```
 */
export function vulSjabloonIn(id: SjabloonId, invoer: SjabloonInvoer): Resultaat<IngevuldSjabloon> {
  if (!isSjabloonId(id))
    return {
      ok: false,
      problemen: [
        probleemVan('SJABLOON_ONBEKEND', ['sjabloon'], codeTekst(PROBLEEM_CODES, 'SJABLOON_ONBEKEND')),
      ],
    };
  const ruw: unknown = invoer;
  const r = isObjectInvoer(ruw) ? ruw : {};
  const velden: Record<string, unknown> = isObjectInvoer(r.velden) ? r.velden : {};
  const namen = veldnamen(id);
  const problemen: Probleem[] = [
    ...controleerKeuze(r.denominatie, ['denominatie'], ['openbaar', 'bijzonder']),
  ];
  if (!isObjectInvoer(r.velden) && r.velden !== undefined)
    problemen.push(
      probleemVan('VERKEERD_TYPE', ['velden'], 'Verkeerd soort waarde; verwacht een object.', {
        verwacht: 'object',
      }),
    );
  const waarden = new Map<string, string>();
  for (const naam of namen) {
    const gelezen = leesVeld(naam, Object.hasOwn(velden, naam) ? velden[naam] : undefined);
    if ('probleem' in gelezen) problemen.push(gelezen.probleem);
    else waarden.set(naam, gelezen.tekst);
  }
  if (Object.keys(velden).some((k) => !(namen as string[]).includes(k)))
    problemen.push(
      probleemVan('SJABLOON_VELD_ONBEKEND', ['velden'], codeTekst(PROBLEEM_CODES, 'SJABLOON_VELD_ONBEKEND')),
    );
  const datumBrief = typeof velden.datumBrief === 'string' ? velden.datumBrief.trim() : undefined;
  const peildatum = r.peildatum ?? (namen.includes('datumBrief') ? datumBrief : undefined);
  if (r.peildatum !== undefined || !namen.includes('datumBrief'))
    problemen.push(...controleerDatum(r.peildatum, ['peildatum']));
  if (problemen.length || !isIsoDatum(peildatum)) return { ok: false, problemen };
  const denominatie = r.denominatie as Denominatie;

  const tekstDelen: string[] = [];
  const htmlDelen: string[] = [];
  const rechtsmiddelen: IngevuldSjabloon['rechtsmiddelen'][number][] = [];
  for (const deel of SJABLONEN[id].delen) {
    const alineas =
      typeof deel === 'string'
        ? [deel]
        : (() => {
            const c = rechtsmiddelClausule({ denominatie, besluit: deel.rechtsmiddel, peildatum });
            if (!c.ok)
              throw new SchoolveiligheidFout(
                'ONGELDIGE_INVOER',
                'De rechtsmiddelenclausule kan niet worden opgesteld.',
              );
            const { soort, bronnen, alineas: a } = c.waarde.uitkomst;
            rechtsmiddelen.push({ besluit: deel.rechtsmiddel, soort, bronnen });
            return a;
          })();
    for (const a of alineas) {
      tekstDelen.push(vul(a, waarden, false));
      htmlDelen.push(vul(a, waarden, true));
    }
  }
  return {
    ok: true,
    waarde: {
      sjabloon: id,
      denominatie,
      bron: briefSjabloon(id).bron,
      tekst: `${tekstDelen.join('\n\n')}\n`,
      html: `${htmlDelen.join('\n')}\n`,
      rechtsmiddelen,
    },
  };
}
