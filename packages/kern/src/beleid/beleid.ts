import { bedragTekst, isBedrag } from '../bedrag/bedrag.js';
import { type Bron, bronTekst, type Zekerheid } from '../bron/bron.js';
import { type IsoDatum, isIsoDatum } from '../datum/datum.js';
import { isObject } from '../fout/bewaak.js';
import { SchoolveiligheidFout } from '../fout/fout.js';
import type { Regel, RegelRegister, RegelWaardeType, WaardeOpPeildatum } from '../regel/regel.js';
import { bevries, isRegelId, waardeOp, zoekRegel, zoekWaardeOp } from '../regel/regel.js';
import { ok, type Resultaat } from '../resultaat/resultaat.js';
import { type Duur, duurTekst, EENHEDEN } from '../termijn/termijn.js';
import { inhoudHash } from '../verantwoording/verantwoording.js';

/** One value a school's policy sets for a rule, with the policy's own source. */
export interface BeleidsWaarde<T extends RegelWaardeType = RegelWaardeType> {
  /** The value the policy sets. */
  readonly waarde: T;
  /** Where the policy says so: document and section. */
  readonly bron: Bron;
  /** Why the school chose it. */
  readonly toelichting?: string;
}

/**
 * A school's policy (beleid): only its own values, keyed by rule id (`schorsing.schorsing.maxDuur`). The law
 * itself is never copied into a policy, so a policy stored last year is checked against the law as shipped
 * today. The seed veiligheidsplan of 2018 is shipped as the first such preset in each package.
 */
export interface Beleid {
  /** Stable id of the policy (`veiligheidsplan-2018`). */
  readonly id: string;
  /** Name of the policy document. */
  readonly naam: string;
  /** The policy document. */
  readonly bron: Bron;
  /** The values the policy sets, by rule id. */
  readonly waarden: Readonly<Record<string, BeleidsWaarde>>;
}

/**
 * The shape policies had before release 0.2: each value embedded a full copy of its rule. Still read by
 * {@link leesBeleid} and {@link controleerBeleid}.
 */
export interface BeleidV1 {
  readonly id: string;
  readonly naam: string;
  readonly bron: Bron;
  readonly waarden: readonly (BeleidsWaarde & { readonly regel: Regel })[];
}

/** What {@link leesBeleid} noticed while reading a stored policy. */
export interface BeleidMelding {
  /**
   * `OUDE_VORM`: stored in the pre-0.2 shape and migrated; `OUDE_REGEL_ID`: stored under an id the rule had
   * before; `KOPIE_WIJKT_AF`: the embedded copy of the rule differs from today's, and today's is used;
   * `REGEL_ONBEKEND`: no registry given has the rule.
   */
  readonly code: 'OUDE_VORM' | 'OUDE_REGEL_ID' | 'KOPIE_WIJKT_AF' | 'REGEL_ONBEKEND';
  /** The rule concerned (today's id where known). */
  readonly regelId?: string;
  /** Dutch explanation. */
  readonly tekst: string;
}

/** A policy as read by {@link leesBeleid}, with what was noticed. */
export interface GelezenBeleid {
  readonly beleid: Beleid;
  readonly meldingen: readonly BeleidMelding[];
}

function isBron(w: unknown): w is Bron {
  return (
    isObject(w) &&
    typeof w.titel === 'string' &&
    w.titel.length > 0 &&
    w.titel.length <= 300 &&
    ['wettekst', 'secundair', 'interpretatie', 'onbevestigd'].includes(w.zekerheid as string)
  );
}

function isWaarde(w: unknown): w is RegelWaardeType {
  if (typeof w === 'number') return Number.isFinite(w);
  if (typeof w === 'boolean') return true;
  if (typeof w === 'string') return w.length <= 200;
  return isDuur(w) || isBedrag(w);
}

/** What a rule says in law (direction and dated values), without the metadata of its sources. */
function wetInhoud(r: Regel): string {
  const waarden = Array.isArray(r.waarden) ? r.waarden : [];
  return inhoudHash({
    strenger: r.strenger,
    waarden: waarden.map((w) => (isObject(w) ? { geldigVanaf: w.geldigVanaf, waarde: w.waarde } : null)),
  });
}

function ongeldig(pad: (string | number)[], melding: string): Resultaat<never> {
  return { ok: false, problemen: [{ code: 'BELEID_ONGELDIG', pad, melding }] };
}

/**
 * Reads a stored policy (JSON from a database): validates it, migrates the pre-0.2 shape (embedded rule copies)
 * and old rule ids, and says what it noticed. Where an embedded copy differs from the rule as shipped today,
 * today's rule is used and a `KOPIE_WIJKT_AF` note says so. Never echoes input in a message.
 *
 * @example
 * ```ts
 * import { leesBeleid, regel, regelRegister } from '@schoolveiligheid/kern';
 * const termijn = regel({ id: 'voorbeeld.termijn.beslissen', omschrijving: 'Beslistermijn', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2020-01-01', waarde: 10, bron: { titel: 'Wet', zekerheid: 'wettekst' } },
 * ] });
 * const bron = { titel: 'Schoolgids', zekerheid: 'secundair' } as const;
 * const oud = { id: 'school', naam: 'Schoolbeleid', bron, waarden: [{ regel: { ...termijn, waarden: [] }, waarde: 5, bron }] };
 * const r = leesBeleid(oud, [regelRegister('voorbeeld', [termijn])]);
 * r.ok ? r.waarde.meldingen.map((m) => m.code) : []; //=> ['OUDE_VORM', 'KOPIE_WIJKT_AF']
 * r.ok ? r.waarde.beleid.waarden['voorbeeld.termijn.beslissen']?.waarde : undefined; //=> 5
 * ```
 */
export function leesBeleid(invoer: unknown, registers: readonly RegelRegister[]): Resultaat<GelezenBeleid> {
  if (!isObject(invoer)) return ongeldig([], 'Een beleid is een object met id, naam, bron en waarden.');
  const { id, naam, bron, waarden } = invoer;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id))
    return ongeldig(['id'], 'Het id van een beleid bestaat uit kleine letters, cijfers en streepjes.');
  if (typeof naam !== 'string' || naam.length === 0 || naam.length > 200)
    return ongeldig(['naam'], 'De naam van een beleid is een tekst van 1 tot 200 tekens.');
  if (!isBron(bron)) return ongeldig(['bron'], 'Het beleid heeft een bron met titel en zekerheid nodig.');
  const meldingen: BeleidMelding[] = [];
  const uit: Record<string, BeleidsWaarde> = {};
  const neem = (
    sleutel: string,
    w: Record<string, unknown>,
    pad: (string | number)[],
  ): Resultaat<never> | undefined => {
    if (!isWaarde(w.waarde)) return ongeldig([...pad, 'waarde'], 'Geen geldige waarde voor een regel.');
    if (!isBron(w.bron))
      return ongeldig([...pad, 'bron'], 'Elke waarde van een beleid heeft een bron nodig.');
    if (w.toelichting !== undefined && (typeof w.toelichting !== 'string' || w.toelichting.length > 2000))
      return ongeldig([...pad, 'toelichting'], 'Een toelichting is een tekst van ten hoogste 2000 tekens.');
    const r = zoekRegel(registers, sleutel);
    if (!r)
      meldingen.push({
        code: 'REGEL_ONBEKEND',
        regelId: sleutel,
        tekst: 'Het beleid stelt een waarde voor een regel die geen van de registers kent.',
      });
    else if (r.id !== sleutel)
      meldingen.push({
        code: 'OUDE_REGEL_ID',
        regelId: r.id,
        tekst: 'Het beleid gebruikt een eerder id van deze regel; het huidige id is gebruikt.',
      });
    const regelId = r?.id ?? sleutel;
    uit[regelId] = {
      waarde: w.waarde as RegelWaardeType,
      bron: w.bron as Bron,
      ...(typeof w.toelichting === 'string' ? { toelichting: w.toelichting } : {}),
    };
    return undefined;
  };
  if (Array.isArray(waarden)) {
    meldingen.push({
      code: 'OUDE_VORM',
      tekst: 'Het beleid had de vorm van vóór release 0.2 (een kopie van elke regel) en is omgezet.',
    });
    for (const [i, w] of waarden.entries()) {
      if (!isObject(w) || !isObject(w.regel) || !isRegelId(w.regel.id))
        return ongeldig(
          ['waarden', i, 'regel'],
          'Elke waarde in een beleid van de oude vorm bevat de regel met zijn id.',
        );
      const kopie = w.regel as unknown as Regel;
      const fout = neem(kopie.id, w, ['waarden', i]);
      if (fout) return fout;
      const huidig = zoekRegel(registers, kopie.id);
      if (huidig && wetInhoud(huidig) !== wetInhoud(kopie)) {
        meldingen.push({
          code: 'KOPIE_WIJKT_AF',
          regelId: huidig.id,
          tekst:
            'De kopie van de regel in het opgeslagen beleid wijkt af van de regel zoals nu geleverd; vergeleken is met de regel zoals nu geleverd.',
        });
      }
    }
  } else if (isObject(waarden)) {
    for (const [sleutel, w] of Object.entries(waarden)) {
      if (!isRegelId(sleutel))
        return ongeldig(['waarden'], 'Een beleid stelt waarden per regel-id (pakket.begrip.naam).');
      if (!isObject(w))
        return ongeldig(['waarden', sleutel], 'Elke waarde van een beleid is een object met waarde en bron.');
      const fout = neem(sleutel, w, ['waarden', sleutel]);
      if (fout) return fout;
    }
  } else return ongeldig(['waarden'], 'Een beleid heeft waarden per regel-id.');
  return ok(bevries({ beleid: { id, naam, bron, waarden: uit }, meldingen }));
}

/**
 * The value that applies at `peildatum`: the policy's when it sets one, otherwise the statute's.
 *
 * @example
 * ```ts
 * import { regel, waardeVoor, type Beleid } from '@schoolveiligheid/kern';
 * const termijn = regel({ id: 'voorbeeld.termijn.beslissen', omschrijving: 'Termijn', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2020-01-01', waarde: 10, bron: { titel: 'Wet', zekerheid: 'wettekst' } },
 * ] });
 * const beleid: Beleid = { id: 'school', naam: 'Schoolbeleid', bron: { titel: 'Schoolgids', zekerheid: 'secundair' },
 *   waarden: { 'voorbeeld.termijn.beslissen': { waarde: 5, bron: { titel: 'Schoolgids', artikel: '3.1', zekerheid: 'secundair' } } } };
 * waardeVoor(termijn, '2026-01-01').waarde; //=> 10
 * waardeVoor(termijn, '2026-01-01', beleid).herkomst; //=> 'beleid'
 * ```
 */
export function waardeVoor<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum: IsoDatum,
  beleid?: Beleid,
): WaardeOpPeildatum<T> {
  return zoekWaardeVoor(r, peildatum, beleid) ?? waardeOp(r, peildatum);
}

function eigenWaarde<T extends RegelWaardeType>(
  r: Regel<T>,
  beleid: Beleid | undefined,
): BeleidsWaarde<T> | undefined {
  const waarden = beleid?.waarden;
  if (!isObject(waarden)) return undefined;
  for (const id of [r.id, ...(r.vorigeIds ?? [])]) {
    if (Object.hasOwn(waarden, id)) return waarden[id] as BeleidsWaarde<T>;
  }
  return undefined;
}

/**
 * Like {@link waardeVoor}, but `undefined` when neither the policy nor the statute sets a value at `peildatum`
 * (for example a policy-only term such as "analysis within 8 hours" under a policy that does not set it).
 *
 * @example
 * ```ts
 * import { regel, zoekWaardeVoor } from '@schoolveiligheid/kern';
 * const analyse = regel({ id: 'voorbeeld.datalek.analyse', omschrijving: 'Analyse', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2018-05-25', waarde: null, bron: { titel: 'AVG (geen termijn)', zekerheid: 'wettekst' } },
 * ] });
 * zoekWaardeVoor(analyse, '2026-01-01'); //=> undefined
 * ```
 */
export function zoekWaardeVoor<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum: IsoDatum,
  beleid?: Beleid,
): WaardeOpPeildatum<T> | undefined {
  const wet = zoekWaardeOp(r, peildatum);
  const eigen = eigenWaarde(r, beleid);
  if (eigen) {
    return bevries({
      regelId: r.id,
      waarde: structuredClone(eigen.waarde),
      bron: eigen.bron,
      geldigVanaf: peildatum,
      herkomst: 'beleid',
    });
  }
  return wet;
}

/** How a policy value compares with the law. */
export type Oordeel = 'gelijk' | 'strenger' | 'soepeler' | 'afwijkend' | 'aanvulling';

/** One finding of {@link controleerBeleid}. */
export interface Bevinding {
  /** The rule compared. */
  readonly regelId: string;
  /** What the rule is about. */
  readonly omschrijving: string;
  /** How the policy compares with the law. */
  readonly oordeel: Oordeel;
  /** The policy value and its source. */
  readonly beleid: { readonly waarde: RegelWaardeType; readonly bron: Bron };
  /** The statutory value at the peildatum; absent when the law sets none (`aanvulling`). */
  readonly wet?: { readonly waarde: RegelWaardeType; readonly bron: Bron };
  /** Dutch explanation naming both sources. */
  readonly tekst: string;
}

/** Outcome of {@link controleerBeleid}. */
export interface BeleidsControle {
  /** The policy checked. */
  readonly beleidId: string;
  /** The date the law was looked up at. */
  readonly peildatum: IsoDatum;
  /** `true` when no value is laxer than, or conflicts with, the law. */
  readonly conform: boolean;
  /** One finding per policy value whose rule a registry knows. */
  readonly bevindingen: readonly Bevinding[];
  /** What was noticed reading the policy (old shape, old ids, changed rule copies, unknown rules). */
  readonly meldingen: readonly BeleidMelding[];
}

const UREN_PER: Partial<Record<Duur['eenheid'], number>> = { uren: 1, kalenderdagen: 24, weken: 168 };

function isDuur(w: unknown): w is Duur {
  return (
    isObject(w) &&
    Number.isSafeInteger(w.aantal) &&
    (w.aantal as number) > 0 &&
    typeof w.eenheid === 'string' &&
    (EENHEDEN as readonly string[]).includes(w.eenheid)
  );
}

/**
 * Compares two values of the same rule: -1 (a lower), 0, 1 (a higher), `anders` (different values without an
 * order, such as two texts), or undefined when not comparable (durations in other units).
 */
function vergelijk(a: RegelWaardeType, b: RegelWaardeType): -1 | 0 | 1 | 'anders' | undefined {
  const teken = (x: number) => (x < 0 ? -1 : x > 0 ? 1 : 0) as -1 | 0 | 1;
  if (typeof a === 'number' && typeof b === 'number') return teken(a - b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return teken(Number(a) - Number(b));
  if (typeof a === 'string' && typeof b === 'string') return a === b ? 0 : 'anders';
  if (isBedrag(a) && isBedrag(b)) return teken(a.centen - b.centen);
  if (isDuur(a) && isDuur(b)) {
    if (a.eenheid === b.eenheid) return teken(a.aantal - b.aantal);
    const ua = UREN_PER[a.eenheid];
    const ub = UREN_PER[b.eenheid];
    if (ua && ub) return teken(a.aantal * ua - b.aantal * ub);
  }
  return undefined;
}

function tekstVan(w: RegelWaardeType): string {
  if (isBedrag(w)) return bedragTekst(w);
  return isDuur(w) ? duurTekst(w) : typeof w === 'boolean' ? (w ? 'ja' : 'nee') : String(w);
}

/**
 * Compares a policy with the law as shipped today, at `peildatum`, rule by rule, resolving each rule from the
 * registries given (each package offers its own `controleerBeleid` that passes its registry). Stricter than
 * the law is fine; laxer, or in a unit that cannot be compared (5 schooldagen vs 1 week), is reported with
 * both sources. Reads stored policies of the old shape too (see {@link leesBeleid}); its notes are in
 * `meldingen`. Throws `BELEID_ONGELDIG` when `beleid` is not a policy at all, `ONGELDIGE_DATUM` for a bad
 * `peildatum`.
 *
 * @example
 * ```ts
 * import { regel, regelRegister, controleerBeleid, type Beleid } from '@schoolveiligheid/kern';
 * const maxDuur = regel({ id: 'voorbeeld.schorsing.maxDuur', omschrijving: 'Maximale duur', strenger: 'lager', waarden: [
 *   { geldigVanaf: '2014-08-01', waarde: { aantal: 1, eenheid: 'weken' }, bron: { titel: 'WPO', artikel: '40c', zekerheid: 'wettekst' } },
 * ] });
 * const beleid: Beleid = { id: 'seed', naam: 'Veiligheidsplan', bron: { titel: 'Veiligheidsplan 2018', zekerheid: 'secundair' },
 *   waarden: { 'voorbeeld.schorsing.maxDuur': { waarde: { aantal: 5, eenheid: 'schooldagen' }, bron: { titel: 'Veiligheidsplan 2018', artikel: 'E.2', zekerheid: 'secundair' } } } };
 * const controle = controleerBeleid(beleid, '2026-11-23', [regelRegister('voorbeeld', [maxDuur])]);
 * controle.conform; //=> false
 * controle.bevindingen[0]?.oordeel; //=> 'afwijkend'
 * ```
 */
export function controleerBeleid(
  beleid: Beleid | BeleidV1 | unknown,
  peildatum: IsoDatum,
  registers: readonly RegelRegister[],
): BeleidsControle {
  if (!isIsoDatum(peildatum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'De peildatum is geen geldige datum (JJJJ-MM-DD).');
  const gelezen = leesBeleid(beleid, registers);
  if (!gelezen.ok)
    throw new SchoolveiligheidFout(
      'BELEID_ONGELDIG',
      'Het beleid heeft niet de vorm van een beleid; lees het met leesBeleid.',
      {
        problemen: gelezen.problemen.length,
      },
    );
  const { beleid: b, meldingen } = gelezen.waarde;
  const bevindingen: Bevinding[] = [];
  for (const [regelId, bw] of Object.entries(b.waarden)) {
    const r = zoekRegel(registers, regelId);
    if (r) bevindingen.push(vergelijkMetWet(r, bw, peildatum));
  }
  return bevries({
    beleidId: b.id,
    peildatum,
    conform: bevindingen.every((x) => x.oordeel !== 'soepeler' && x.oordeel !== 'afwijkend'),
    bevindingen,
    meldingen,
  });
}

function vergelijkMetWet(r: Regel, bw: BeleidsWaarde, peildatum: IsoDatum): Bevinding {
  const wet = zoekWaardeOp(r, peildatum);
  const eigen = { waarde: bw.waarde, bron: bw.bron };
  const beleidTekst = `${tekstVan(bw.waarde)} (${bronTekst(bw.bron)})`;
  if (!wet) {
    return {
      regelId: r.id,
      omschrijving: r.omschrijving,
      oordeel: 'aanvulling',
      beleid: eigen,
      tekst: `${r.omschrijving}: het beleid stelt ${beleidTekst}; de wet stelt hier geen waarde.`,
    };
  }
  const wetDeel = { waarde: wet.waarde, bron: wet.bron };
  const wetTekst = `${tekstVan(wet.waarde)} (${bronTekst(wet.bron)})`;
  const v = vergelijk(bw.waarde, wet.waarde);
  let oordeel: Oordeel;
  if (v === undefined) oordeel = 'afwijkend';
  else if (v === 0) oordeel = 'gelijk';
  else if (v === 'anders' || r.strenger === 'exact') oordeel = 'afwijkend';
  else oordeel = v < 0 === (r.strenger === 'lager') ? 'strenger' : 'soepeler';
  const zin: Record<Oordeel, string> = {
    gelijk: 'gelijk aan de wet',
    strenger: 'strenger dan de wet; dat mag',
    soepeler: 'soepeler dan de wet; de wet gaat voor',
    afwijkend:
      v === undefined
        ? 'niet vergelijkbaar met de wet (andere eenheid); controleer of het beleid binnen de wet blijft'
        : 'wijkt af van de wet; de wet gaat voor',
    aanvulling: '',
  };
  return {
    regelId: r.id,
    omschrijving: r.omschrijving,
    oordeel,
    beleid: eigen,
    wet: wetDeel,
    tekst: `${r.omschrijving}: beleid ${beleidTekst}, wet ${wetTekst}: ${zin[oordeel]}.`,
  };
}

/**
 * The title of the source of a value from a school's own policy, in every answer of the SDK (see
 * {@link beleidVoorAntwoord}).
 *
 * @example
 * ```ts
 * import { EIGEN_BELEID_TITEL } from '@schoolveiligheid/kern';
 * EIGEN_BELEID_TITEL; //=> 'Beleid van de school (de bron staat in het beleid)'
 * ```
 */
export const EIGEN_BELEID_TITEL = 'Beleid van de school (de bron staat in het beleid)';

/** Enough of a policy's shape for {@link beleidVoorAntwoord}: every source an object. */
function isBeleidsVorm(b: unknown): b is Beleid {
  return (
    isObject(b) &&
    isObject(b.bron) &&
    isObject(b.waarden) &&
    Object.values(b.waarden).every((w) => isObject(w) && isObject(w.bron))
  );
}

const BEKENDE_ZEKERHEDEN: ReadonlySet<string> = /* @__PURE__ */ new Set<Zekerheid>([
  'wettekst',
  'secundair',
  'interpretatie',
  'onbevestigd',
]);

const presetBronnen = /* @__PURE__ */ new WeakMap<readonly Beleid[], ReadonlySet<string>>();

function bronnenVan(presets: readonly Beleid[]): ReadonlySet<string> {
  let bekend = presetBronnen.get(presets);
  if (!bekend) {
    bekend = new Set(
      presets
        .flatMap((p) => [p.bron, ...Object.values(p.waarden).map((w) => w.bron)])
        .map((b) => inhoudHash(b)),
    );
    presetBronnen.set(presets, bekend);
  }
  return bekend;
}

/**
 * A policy as the SDK repeats it in an answer (a term, a step, a reason): the sources of the SDK's own presets
 * (`presets`, for example a package's `SEED_2018_BELEID`) as they are, a school's own source as a fixed
 * reference ({@link EIGEN_BELEID_TITEL}) with only its validated certainty. The title, article and note of a
 * school's policy are free text the SDK cannot check, so they never come back in an answer (issue 8: no echoed
 * personal data); the policy the school stores keeps them. Pass the same `presets` array each time: the known
 * sources are cached on it. Throws `BELEID_ONGELDIG` when `beleid` is not a policy (read it with
 * {@link leesBeleid} first) or `presets` is not a list of policies.
 *
 * @example
 * ```ts
 * import { beleidVoorAntwoord, type Beleid } from '@schoolveiligheid/kern';
 * const bron = { titel: 'Schoolgids, opgesteld door J. de Vries', zekerheid: 'secundair' } as const;
 * const beleid: Beleid = { id: 'school', naam: 'Schoolbeleid', bron, waarden: { 'voorbeeld.termijn.beslissen': { waarde: 5, bron } } };
 * beleidVoorAntwoord(beleid, []).waarden['voorbeeld.termijn.beslissen']?.bron.titel; //=> 'Beleid van de school (de bron staat in het beleid)'
 * ```
 */
export function beleidVoorAntwoord(beleid: Beleid, presets: readonly Beleid[]): Beleid {
  if (!isBeleidsVorm(beleid) || !Array.isArray(presets) || !presets.every(isBeleidsVorm))
    throw new SchoolveiligheidFout(
      'BELEID_ONGELDIG',
      'Het beleid of een preset heeft niet de vorm van een beleid; lees het met leesBeleid.',
    );
  const bekend = bronnenVan(presets);
  const veilig = (b: Bron): Bron =>
    bekend.has(inhoudHash(b))
      ? b
      : {
          titel: EIGEN_BELEID_TITEL,
          zekerheid: BEKENDE_ZEKERHEDEN.has(b.zekerheid) ? b.zekerheid : 'onbevestigd',
        };
  const waarden: Record<string, BeleidsWaarde> = {};
  for (const [id, w] of Object.entries(beleid.waarden)) {
    const { toelichting: _eigenTekst, ...zonderToelichting } = w;
    waarden[id] = { ...zonderToelichting, bron: veilig(w.bron) };
  }
  return bevries({ ...beleid, bron: veilig(beleid.bron), waarden });
}
