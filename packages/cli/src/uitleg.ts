import { type Bron, bronTekst, type Duur, EENHEDEN, isIsoDatum, leesbareDatum } from '@schoolveiligheid/kern';
import type { Uitkomst } from './uitvoering.js';

/** Nesting printed; deeper parts of a dossier state are left out (the JSON has them). */
const MAX_DIEPTE = 8;

type Obj = Readonly<Record<string, unknown>>;

const isObj = (w: unknown): w is Obj => typeof w === 'object' && w !== null && !Array.isArray(w);

const isBron = (w: Obj): boolean => typeof w.titel === 'string' && typeof w.zekerheid === 'string';

const isDuur = (w: Obj): boolean =>
  Object.keys(w).length === 2 &&
  typeof w.aantal === 'number' &&
  EENHEDEN.includes(w.eenheid as Duur['eenheid']);

/** A scalar as a reader reads it: a date in Dutch words, a boolean as ja/nee. */
function scalair(w: unknown): string {
  if (typeof w === 'boolean') return w ? 'ja' : 'nee';
  if (typeof w === 'string' && isIsoDatum(w)) return leesbareDatum(w);
  return String(w);
}

const isScalair = (w: unknown) => w === null || ['string', 'number', 'boolean'].includes(typeof w);

/** A coded sentence: a reason, a trace step, an open term, a step, a problem, a status. */
const isZin = (w: Obj): boolean => typeof w.tekst === 'string' || typeof w.melding === 'string';

/** The one-line form of an object, when it has one: a source, a duration, a receipt, or a coded sentence. */
function regelVan(w: Obj): string | undefined {
  if (isBron(w)) return bronTekst(w as unknown as Bron);
  if (isDuur(w)) return `${w.aantal} ${w.eenheid}`;
  if (typeof w.pakket === 'string' && typeof w.versie === 'string' && typeof w.gegevens === 'string')
    return `${w.pakket} ${w.versie} (gegevens ${w.gegevens})`;
  if (!isZin(w))
    return typeof w.soort === 'string' && typeof w.naam === 'string'
      ? `${w.naam}${isObj(w.bron) && isBron(w.bron) ? ` (${bronTekst(w.bron as unknown as Bron)})` : ''}`
      : undefined;
  const delen = [
    typeof w.code === 'string' ? `[${w.code}]` : '',
    Array.isArray(w.pad) && w.pad.length > 0 ? `${w.pad.join('.')}:` : '',
    String(w.tekst ?? w.melding),
    typeof w.rol === 'string' ? `(${w.rol})` : '',
    isObj(w.bron) && isBron(w.bron) ? `(${bronTekst(w.bron as unknown as Bron)})` : '',
  ];
  return delen.filter(Boolean).join(' ');
}

/** Keys an object's one-line form already says. */
const GEZEGD = new Set(['code', 'pad', 'tekst', 'melding', 'rol', 'bron', 'parameters', 'soort', 'naam']);

function schrijf(w: unknown, inspringing: string, uit: string[], diepte: number): void {
  if (diepte > MAX_DIEPTE) return;
  if (Array.isArray(w)) {
    for (const x of w) {
      if (isObj(x)) {
        const regel = regelVan(x);
        uit.push(`${inspringing}- ${regel ?? ''}`.trimEnd());
        if (regel === undefined || isZin(x)) schrijfVelden(x, `${inspringing}  `, uit, diepte + 1, true);
      } else uit.push(`${inspringing}- ${scalair(x)}`);
    }
    return;
  }
  if (isObj(w)) schrijfVelden(w, inspringing, uit, diepte, false);
}

function schrijfVelden(w: Obj, inspringing: string, uit: string[], diepte: number, gezegd: boolean): void {
  for (const [sleutel, waarde] of Object.entries(w)) {
    if (gezegd && GEZEGD.has(sleutel)) continue;
    if (waarde === undefined) continue;
    if (isScalair(waarde)) {
      uit.push(`${inspringing}${sleutel}: ${scalair(waarde)}`);
    } else if (Array.isArray(waarde) && waarde.every(isScalair)) {
      uit.push(`${inspringing}${sleutel}: ${waarde.length > 0 ? waarde.map(scalair).join(', ') : 'geen'}`);
    } else if (isObj(waarde) && regelVan(waarde) !== undefined) {
      uit.push(`${inspringing}${sleutel}: ${regelVan(waarde)}`);
      if (isZin(waarde)) schrijfVelden(waarde, `${inspringing}  `, uit, diepte + 1, true);
    } else {
      uit.push(`${inspringing}${sleutel}:`);
      schrijf(waarde, `${inspringing}  `, uit, diepte + 1);
    }
  }
}

/**
 * The answer of a command as text a person reads (`--uitleg`): every reason, trace step, open term, next step,
 * warning and source the answer holds, with dates in Dutch words, in the answer's own order. Every sentence
 * comes from the answer itself (its `tekst`, `melding` and sources); this function adds only the field names
 * and layout. A refusal lists its coded problems.
 *
 * @example
 * ```ts
 * import { uitleg, voerUit } from '@schoolveiligheid/cli';
 * const u = voerUit('termijn', { gebeurtenis: '2026-11-20', duur: { aantal: 6, eenheid: 'weken' }, grondslag: 'nl-wet' });
 * uitleg(u).split('\n')[0]; //=> 'Uitkomst:'
 * uitleg(u).includes('laatsteDag: maandag 4 januari 2027'); //=> true
 * uitleg(voerUit('termijn', {})).split('\n')[0]; //=> 'Geweigerd:'
 * ```
 */
export function uitleg(uitkomst: Uitkomst): string {
  const json = isObj(uitkomst) && isObj(uitkomst.json) ? uitkomst.json : undefined;
  if (!json) return '';
  const uit: string[] = [];
  if (json.ok === true) {
    uit.push('Uitkomst:');
    const waarde = json.waarde;
    if (isScalair(waarde)) uit.push(`  ${scalair(waarde)}`);
    else schrijf(waarde, '  ', uit, 0);
  } else {
    uit.push('Geweigerd:');
    schrijf(json.problemen, '  ', uit, 0);
  }
  return `${uit.join('\n')}\n`;
}
