import { isObjectOfLijst } from '../fout/bewaak.js';
import {
  add,
  compare,
  type Dinero,
  dinero,
  EUR,
  halfUp,
  multiply,
  toDecimal,
  toSnapshot,
  transformScale,
} from 'dinero.js/bigint';
import * as z from 'zod/v4';
import { SchoolveiligheidFout } from '../fout/fout.js';
import { ok, probleem, type Resultaat, validatieMelding } from '../resultaat/resultaat.js';
import type { Taal } from '../code/catalogus.js';

/** The currency of a {@link Bedrag}. Only the euro: Dutch school regulation knows no other. */
export type Valuta = 'EUR';

/**
 * An amount of money as it crosses the SDK's boundary: plain JSON, whole cents and a currency
 * (`{ centen: 2500, valuta: 'EUR' }` is EUR 25). `centen` is a safe integer of 0 or more; the SDK computes
 * with dinero.js inside and never with floating-point euros.
 */
export interface Bedrag {
  /** Whole cents: a safe integer, 0 or more. */
  readonly centen: number;
  /** Always `'EUR'`. */
  readonly valuta: Valuta;
}

/**
 * Zod schema of a {@link Bedrag}: whole, non-negative cents (a safe integer) and `valuta: 'EUR'`. Fees and
 * costs in the regulation are never negative, so a negative amount is bad data (`TE_KLEIN`).
 *
 * @example
 * ```ts
 * import { valideer, bedragSchema } from '@schoolveiligheid/kern';
 * valideer(bedragSchema, { centen: 2500, valuta: 'EUR' }).ok; //=> true
 * const r = valideer(bedragSchema, { centen: 12.5, valuta: 'EUR' });
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['VERKEERD_TYPE']
 * ```
 */
export const bedragSchema = /* @__PURE__ */ z
  .object({
    centen: /* @__PURE__ */ z.number().int().nonnegative().meta({
      description: 'The amount in whole euro cents: a safe integer, 0 or more (2500 is EUR 25,00).',
    }),
    valuta: /* @__PURE__ */ z.literal('EUR').meta({ description: 'The currency; always EUR.' }),
  })
  .meta({ description: 'An amount of money: whole cents and a currency, never floating-point euros.' });

const MELDING = 'Een bedrag is een geheel, niet-negatief aantal centen in euro: { centen, valuta: "EUR" }.';
const MAXIMUM = BigInt(Number.MAX_SAFE_INTEGER);

function fout(functie: string, melding: string, details: Record<string, string | number | boolean> = {}) {
  return new SchoolveiligheidFout('ONGELDIGE_INVOER', melding, { functie, ...details });
}

/**
 * True when `waarde` is a {@link Bedrag}: an object with `centen` a safe integer of 0 or more and
 * `valuta` `'EUR'`.
 *
 * @example
 * ```ts
 * import { isBedrag } from '@schoolveiligheid/kern';
 * isBedrag({ centen: 2500, valuta: 'EUR' }); //=> true
 * isBedrag({ centen: 25.5, valuta: 'EUR' }); //=> false
 * isBedrag({ centen: 2500, valuta: 'USD' }); //=> false
 * ```
 */
export function isBedrag(waarde: unknown): waarde is Bedrag {
  if (!isObjectOfLijst(waarde)) return false;
  const { centen, valuta } = waarde as { centen?: unknown; valuta?: unknown };
  return typeof centen === 'number' && Number.isSafeInteger(centen) && centen >= 0 && valuta === 'EUR';
}

/**
 * A {@link Bedrag} of `centen` euro cents. Throws a `SchoolveiligheidFout` (`ONGELDIGE_INVOER`) unless
 * `centen` is a safe integer of 0 or more; the message never repeats the value.
 *
 * @example
 * ```ts
 * import { euroCenten } from '@schoolveiligheid/kern';
 * euroCenten(2500); //=> { centen: 2500, valuta: 'EUR' }
 * let code = '';
 * try {
 *   euroCenten(12.5);
 * } catch (e) {
 *   code = e.code;
 * }
 * code; //=> 'ONGELDIGE_INVOER'
 * ```
 */
export function euroCenten(centen: number): Bedrag {
  if (typeof centen !== 'number' || !Number.isSafeInteger(centen) || centen < 0) {
    throw fout('euroCenten', MELDING);
  }
  return { centen, valuta: 'EUR' };
}

function naarDinero(bedrag: Bedrag): Dinero<bigint> {
  return dinero({ amount: BigInt(bedrag.centen), currency: EUR });
}

/** Back to whole cents; throws when the result no longer fits a safe integer. */
function naarBedrag(waarde: Dinero<bigint>, functie: string): Bedrag {
  const { amount } = toSnapshot(transformScale(waarde, 2n, halfUp));
  if (amount > MAXIMUM) {
    throw fout(functie, 'De uitkomst is groter dan het grootste bedrag dat de SDK exact kan weergeven.', {
      maximumCenten: Number.MAX_SAFE_INTEGER,
    });
  }
  return { centen: Number(amount), valuta: 'EUR' };
}

function controleer(waarde: unknown, functie: string, details: Record<string, number> = {}): Bedrag {
  if (!isBedrag(waarde)) throw fout(functie, MELDING, details);
  return waarde;
}

/**
 * The sum of `bedragen` (EUR 0,00 for an empty list), exact to the cent. Throws `ONGELDIGE_INVOER` when an
 * element is not a {@link Bedrag} (the details name its index) or the sum exceeds the safe-integer range.
 *
 * @example
 * ```ts
 * import { telBedragenOp, euroCenten } from '@schoolveiligheid/kern';
 * telBedragenOp([euroCenten(2500), euroCenten(1075)]); //=> { centen: 3575, valuta: 'EUR' }
 * telBedragenOp([]); //=> { centen: 0, valuta: 'EUR' }
 * ```
 */
export function telBedragenOp(bedragen: readonly Bedrag[]): Bedrag {
  if (!Array.isArray(bedragen)) throw fout('telBedragenOp', 'Verwacht een lijst van bedragen.');
  let som = naarDinero({ centen: 0, valuta: 'EUR' });
  bedragen.forEach((bedrag, index) => {
    som = add(som, naarDinero(controleer(bedrag, 'telBedragenOp', { index })));
  });
  return naarBedrag(som, 'telBedragenOp');
}

/** The shortest decimal that reads back as `factor` (what `String(factor)` prints), as an exact fraction. */
function alsDecimaal(factor: number): { amount: bigint; scale: bigint } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(factor));
  if (!m) throw fout('vermenigvuldigBedrag', 'De factor is geen eindig getal van 0 of meer.');
  const breuk = m[2] ?? '';
  const schaal = breuk.length - Number(m[3] ?? 0);
  const cijfers = BigInt(`${m[1]}${breuk}`);
  return schaal >= 0
    ? { amount: cijfers, scale: BigInt(schaal) }
    : { amount: cijfers * 10n ** BigInt(-schaal), scale: 0n };
}

/**
 * `bedrag` times `factor` (for example a number of copies, or `0.21` for a percentage), rounded to whole
 * cents.
 *
 * Rounding rule: the product is computed exactly, taking `factor` as the shortest decimal that reads back
 * as the same number (`0.21` is exactly 21/100, as `String(0.21)` prints it), and is then rounded once to
 * whole cents, **half up** (commercial rounding: EUR 0,125 becomes EUR 0,13; EUR 0,124 becomes EUR 0,12).
 * Amounts are never negative, so half up is also half away from zero.
 *
 * Throws `ONGELDIGE_INVOER` when `bedrag` is not a {@link Bedrag}, `factor` is not a finite number of 0 or
 * more, or the result exceeds the safe-integer range.
 *
 * @example
 * ```ts
 * import { vermenigvuldigBedrag, euroCenten } from '@schoolveiligheid/kern';
 * vermenigvuldigBedrag(euroCenten(2500), 3); //=> { centen: 7500, valuta: 'EUR' }
 * vermenigvuldigBedrag(euroCenten(25), 0.5); //=> { centen: 13, valuta: 'EUR' }
 * vermenigvuldigBedrag(euroCenten(1999), 0.21); //=> { centen: 420, valuta: 'EUR' }
 * ```
 */
export function vermenigvuldigBedrag(bedrag: Bedrag, factor: number): Bedrag {
  controleer(bedrag, 'vermenigvuldigBedrag');
  if (typeof factor !== 'number' || !Number.isFinite(factor) || factor < 0) {
    throw fout('vermenigvuldigBedrag', 'De factor is geen eindig getal van 0 of meer.');
  }
  return naarBedrag(multiply(naarDinero(bedrag), alsDecimaal(factor)), 'vermenigvuldigBedrag');
}

/**
 * Compares two amounts: -1 when `a` is less, 0 when equal, 1 when `a` is more. Usable as a sort
 * comparator. Throws `ONGELDIGE_INVOER` when either is not a {@link Bedrag}.
 *
 * @example
 * ```ts
 * import { vergelijkBedragen, euroCenten } from '@schoolveiligheid/kern';
 * vergelijkBedragen(euroCenten(2500), euroCenten(1000)); //=> 1
 * [euroCenten(300), euroCenten(100)].sort(vergelijkBedragen).map((b) => b.centen); //=> [100, 300]
 * ```
 */
export function vergelijkBedragen(a: Bedrag, b: Bedrag): -1 | 0 | 1 {
  const uitkomst = compare(
    naarDinero(controleer(a, 'vergelijkBedragen')),
    naarDinero(controleer(b, 'vergelijkBedragen')),
  );
  return uitkomst < 0 ? -1 : uitkomst > 0 ? 1 : 0;
}

/**
 * Dutch text of an amount: `€ 25,00`, `€ 1.234,56` (euro sign, a plain space, `.` between thousands,
 * `,` before the cents). Built without `Intl`, so it is the same under every locale and time zone.
 * {@link leesBedragTekst} reads it back. Throws `ONGELDIGE_INVOER` when `bedrag` is not a {@link Bedrag}.
 *
 * @example
 * ```ts
 * import { bedragTekst, euroCenten } from '@schoolveiligheid/kern';
 * bedragTekst(euroCenten(2500)); //=> '€ 25,00'
 * bedragTekst(euroCenten(123456789)); //=> '€ 1.234.567,89'
 * bedragTekst(euroCenten(5)); //=> '€ 0,05'
 * ```
 */
export function bedragTekst(bedrag: Bedrag): string {
  const [euros = '0', centen = '00'] = toDecimal(naarDinero(controleer(bedrag, 'bedragTekst'))).split('.');
  return `€ ${euros.replace(/\B(?=(\d{3})+$)/g, '.')},${centen}`;
}

const BEDRAG_TEKST = /^€[ \u00a0]?((?:[1-9]\d{0,2}(?:\.\d{3})+)|0|[1-9]\d*),(\d{2})$/;

/**
 * Reads a Dutch amount text as {@link bedragTekst} writes it (`€ 25,00`, `€ 1.234,56`; also without
 * thousands separators or with a non-breaking space). Bad text is a value, not an exception:
 * `ONGELDIG_FORMAAT`, `VERKEERD_TYPE` for a non-string, `TE_GROOT` beyond the safe-integer range. The text
 * itself is never repeated in the melding.
 *
 * @example
 * ```ts
 * import { leesBedragTekst } from '@schoolveiligheid/kern';
 * leesBedragTekst('€ 1.234,56'); //=> { ok: true, waarde: { centen: 123456, valuta: 'EUR' } }
 * const r = leesBedragTekst('25 euro');
 * r.ok ? [] : r.problemen.map((p) => p.melding); //=> ['Ongeldig formaat; verwacht bedrag (€ 25,00).']
 * ```
 */
export function leesBedragTekst(tekst: string, opties: { readonly taal?: Taal } = {}): Resultaat<Bedrag> {
  const taal: Taal = opties?.taal === 'en' ? 'en' : 'nl';
  if (typeof tekst !== 'string') {
    const parameters = { verwacht: 'string' };
    return probleem('VERKEERD_TYPE', [], validatieMelding('VERKEERD_TYPE', parameters, taal), parameters);
  }
  const m = BEDRAG_TEKST.exec(tekst.trim());
  if (!m) {
    const parameters = { formaat: 'bedrag' };
    return probleem(
      'ONGELDIG_FORMAAT',
      [],
      validatieMelding('ONGELDIG_FORMAAT', parameters, taal),
      parameters,
    );
  }
  const centen = BigInt(`${(m[1] ?? '').replaceAll('.', '')}${m[2] ?? ''}`);
  if (centen > MAXIMUM) {
    const parameters = { maximum: Number.MAX_SAFE_INTEGER, inclusief: true };
    return probleem('TE_GROOT', [], validatieMelding('TE_GROOT', parameters, taal), parameters);
  }
  return ok({ centen: Number(centen), valuta: 'EUR' });
}
