import {
  bron,
  type Bron,
  codeTekst,
  type Probleem,
  type Resultaat,
  SchoolveiligheidFout,
  type Taal,
  type TaalOpties,
  taalUitOpties,
} from '@schoolveiligheid/kern';
import { CALAMITEITEN_PROBLEEM_CODES, type CalamiteitenProbleemCode } from '../codes/codes.js';
import { SJABLONEN, SJABLOON_IDS, type SjabloonId } from './sjablonen.data.js';

/** One letter template: its id, the seed Bijlage it reproduces, its text with `{{veld}}` merge fields, the fields. */
export interface BriefSjabloon {
  readonly id: SjabloonId;
  readonly bron: Bron;
  readonly tekst: string;
  readonly velden: readonly string[];
}

/** A rendered letter: plain text and HTML (values escaped), from which template. */
export interface IngevuldeBrief {
  readonly sjabloon: SjabloonId;
  readonly bron: Bron;
  readonly tekst: string;
  readonly html: string;
}

const VELD = /\{\{([a-zA-Z]+)\}\}/g;
const MAX_WAARDE = 500; // geen-rechtsgetal: a bound on input size, not law

/**
 * The grief letters (seed Bijlagen 22-28) and rouwadvertenties (Bijlage 29) as templates: each with its source
 * and the merge fields it needs, in the order they first appear.
 *
 * @example
 * ```ts
 * import { briefSjabloon } from '@schoolveiligheid/calamiteiten';
 * briefSjabloon('advertentie-leerling').velden; //=> ['naamLeerling', 'naamSchool', 'plaatsSchool']
 * ```
 */
export function briefSjabloon(id: SjabloonId): BriefSjabloon {
  if (typeof id !== 'string' || !(SJABLOON_IDS as readonly string[]).includes(id))
    throw new SchoolveiligheidFout(
      'ONGELDIGE_INVOER',
      codeTekst(CALAMITEITEN_PROBLEEM_CODES, 'SJABLOON_ONBEKEND'),
    );
  const { bijlage, tekst } = SJABLONEN[id];
  const velden = [...new Set([...tekst.matchAll(VELD)].map((m) => m[1] as string))];
  return {
    id,
    bron: bron('seed-2018', { artikel: bijlage, zekerheid: 'secundair' }),
    tekst,
    velden,
  };
}

/**
 * The ids of all letter templates.
 *
 * @example
 * ```ts
 * import { BRIEF_SJABLOON_IDS } from '@schoolveiligheid/calamiteiten';
 * BRIEF_SJABLOON_IDS.length; //=> 10
 * ```
 */
export const BRIEF_SJABLOON_IDS: readonly SjabloonId[] = SJABLOON_IDS;

const probleem = (
  code: CalamiteitenProbleemCode,
  pad: Probleem['pad'],
  taal: Taal,
  parameters?: Record<string, string>,
): Probleem => ({
  code,
  pad,
  melding: codeTekst(CALAMITEITEN_PROBLEEM_CODES, code, taal, parameters),
  ...(parameters ? { parameters } : {}),
});

const ontsnap = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** Plain text to HTML paragraphs: blank lines separate paragraphs, single newlines become `<br>`. */
function alsHtml(tekst: string): string {
  return tekst
    .split(/\n{2,}/)
    .map((p) => `<p>${ontsnap(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * Fills in a letter template: every merge field must have a non-empty, one-line text (`VELD_NIET_INGEVULD` per
 * missing field, in order; `VELD_ONBEKEND` for a field the template does not have), then returns the letter as
 * plain text and as HTML with the values escaped. The values are the caller's own (names, dates) and are never
 * stored by the SDK; no message repeats them. The messages are Dutch; `{ taal: 'en' }` gives them in English
 * (the codes, paths and parameters stay the same).
 *
 * @example
 * ```ts
 * import { vulBriefIn } from '@schoolveiligheid/calamiteiten';
 * const r = vulBriefIn('advertentie-leerling', { naamLeerling: '[naam]', naamSchool: 'De Linde', plaatsSchool: 'Gouda' });
 * r.ok ? r.waarde.tekst.split('\n')[1] : ''; //=> '[naam]'
 * const mis = vulBriefIn('advertentie-leerling', { naamLeerling: '[naam]' });
 * mis.ok ? [] : mis.problemen.map((p) => p.pad); //=> [['velden', 'naamSchool'], ['velden', 'plaatsSchool']]
 * const en = vulBriefIn('advertentie-leerling', { naamLeerling: '[naam]' }, { taal: 'en' });
 * en.ok ? '' : en.problemen[0]?.melding; //=> 'The field naamSchool is not filled in.'
 * ```
 */
export function vulBriefIn(
  id: SjabloonId,
  velden: Readonly<Record<string, string>>,
  opties?: TaalOpties,
): Resultaat<IngevuldeBrief> {
  const taal = taalUitOpties(opties);
  if (typeof id !== 'string' || !(SJABLOON_IDS as readonly string[]).includes(id))
    return { ok: false, problemen: [probleem('SJABLOON_ONBEKEND', ['sjabloon'], taal)] };
  const sjabloon = briefSjabloon(id);
  const waarden: Readonly<Record<string, unknown>> =
    velden !== null && typeof velden === 'object' && !Array.isArray(velden) ? velden : {};
  const problemen: Probleem[] = [];
  for (const veld of sjabloon.velden) {
    const w = Object.hasOwn(waarden, veld) ? waarden[veld] : undefined;
    if (typeof w !== 'string' || w.trim() === '' || w.length > MAX_WAARDE || /[\r\n]/.test(w))
      problemen.push(probleem('VELD_NIET_INGEVULD', ['velden', veld], taal, { veld }));
  }
  if (Object.keys(waarden).some((k) => !sjabloon.velden.includes(k)))
    problemen.push(probleem('VELD_ONBEKEND', ['velden'], taal));
  if (problemen.length) return { ok: false, problemen };
  const vul = (tekst: string, maak: (w: string) => string) =>
    tekst.replace(VELD, (_m, naam: string) => maak((waarden[naam] as string).trim()));
  return {
    ok: true,
    waarde: {
      sjabloon: id,
      bron: sjabloon.bron,
      tekst: vul(sjabloon.tekst, (w) => w),
      html: vul(alsHtml(sjabloon.tekst), ontsnap),
    },
  };
}
