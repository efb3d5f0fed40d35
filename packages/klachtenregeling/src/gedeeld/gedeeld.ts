import {
  type Beleid,
  beleidVoorAntwoord,
  type Bron,
  berekenTermijn,
  codeTekst,
  type Duur,
  duurTekst,
  type Grondslag,
  type IsoDatum,
  leesBeleid,
  type Parameters,
  type Probleem,
  type Reden,
  type Resultaat,
  type RolId,
  SchoolveiligheidFout,
  type Stap,
  stapUitCatalogus,
  type Taal,
  type TermijnUitkomst,
  taalUitOpties,
  valideer,
} from '@schoolveiligheid/kern';
import type * as z from 'zod/v4';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import {
  KLACHTENREGELING_PROBLEEM_CODES,
  KLACHTENREGELING_REDEN_CODES,
  KLACHTENREGELING_STAP_CODES,
  type KlachtenregelingProbleemCode,
  type KlachtenregelingRedenCode,
  type KlachtenregelingStapCode,
  type KlachtenregelingTermijnCode,
} from '../codes/codes.js';
import { KLACHTENREGELING_REGELS } from '../regels/regels.js';

/** The presets whose sources the SDK wrote itself, so answers repeat them as they are. */
const PRESETS: readonly Beleid[] = [SEED_2018_BELEID];

/**
 * The policy a calculation uses: read against this package's registry, with a school's own sources replaced
 * by a fixed reference (kern's `beleidVoorAntwoord`: free text from a policy is never echoed).
 */
export function beleidVoorBerekening(beleid: unknown): Resultaat<Beleid | undefined> {
  if (beleid === undefined) return { ok: true, waarde: undefined };
  const r = leesBeleid(beleid, [KLACHTENREGELING_REGELS]);
  if (!r.ok) return { ok: false, problemen: r.problemen.map((p) => ({ ...p, pad: ['beleid', ...p.pad] })) };
  return { ok: true, waarde: beleidVoorAntwoord(r.waarde.beleid, PRESETS) };
}

/** {@link beleidVoorBerekening} for calculators: throws `BELEID_ONGELDIG` on what is not a policy. */
export function eisBeleid(beleid: unknown): Beleid | undefined {
  const r = beleidVoorBerekening(beleid);
  if (!r.ok)
    throw new SchoolveiligheidFout(
      'BELEID_ONGELDIG',
      'Het beleid heeft niet de vorm van een beleid; lees het met leesBeleid.',
      { problemen: r.problemen.length },
    );
  return r.waarde;
}

/** The `beleid` of an options object, for calculators; `undefined` when no options are given. */
export function beleidUitOpties(opties: unknown): Beleid | undefined {
  if (opties === undefined || opties === null) return undefined;
  if (typeof opties !== 'object' || Array.isArray(opties))
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Geef de opties als object.');
  return eisBeleid((opties as { beleid?: unknown }).beleid);
}

/** A term computed with kern's `berekenTermijn`, or `undefined` where the calendar range ends. */
export function termijnVan(
  gebeurtenis: IsoDatum,
  duur: Duur,
  grondslag: Grondslag,
  bron: Bron,
): TermijnUitkomst | undefined {
  try {
    return berekenTermijn({ gebeurtenis, duur, grondslag, bron });
  } catch (e) {
    if (e instanceof SchoolveiligheidFout) return undefined;
    throw e;
  }
}

/** A reason of this package, its sentence from the catalogue. */
export function reden(
  code: KlachtenregelingRedenCode,
  parameters?: Parameters,
  bron?: Bron,
): Reden<KlachtenregelingRedenCode> {
  const b = bron ?? KLACHTENREGELING_REDEN_CODES[code].bron;
  return {
    code,
    tekst: codeTekst(KLACHTENREGELING_REDEN_CODES, code, 'nl', parameters ?? {}),
    ...(b ? { bron: b } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

/** A next step of this package (complaint or aangifteplicht), its text and source from the catalogue. */
export function stap(
  code: KlachtenregelingStapCode,
  rol: RolId,
  termijnCode?: KlachtenregelingTermijnCode,
): Stap<KlachtenregelingStapCode> {
  return stapUitCatalogus(KLACHTENREGELING_STAP_CODES, code, rol, termijnCode);
}

/** A problem of this package, its melding from the catalogue in `taal`. */
export function probleemVan(
  code: KlachtenregelingProbleemCode,
  pad: readonly (string | number)[],
  taal: Taal = 'nl',
  parameters?: Parameters,
): Probleem {
  return {
    code,
    pad: [...pad],
    melding: codeTekst(KLACHTENREGELING_PROBLEEM_CODES, code, taal, parameters ?? {}),
    ...(parameters ? { parameters } : {}),
  };
}

/** Parameters of a computed term for a sentence: its length and last day. */
export function termijnParameters(duur: Duur, termijn: TermijnUitkomst): Parameters {
  return { termijn: duurTekst(duur), laatsteDag: termijn.laatsteDag };
}

/** What a check reads before it decides: the validated input, the policy it uses and the language of problems. */
export interface GelezenControle<T> {
  readonly invoer: T;
  readonly beleid: Beleid | undefined;
  readonly taal: Taal;
}

/**
 * Reads the input and options of a check (`controleerRollen`, `controleerRegeling`): options that are not an
 * object give `OPTIES_ONGELDIG`, the input is validated against `schema` and the policy read against the registry.
 */
export function leesControle<T>(
  schema: z.ZodType<T>,
  invoer: unknown,
  opties: unknown,
): Resultaat<GelezenControle<T>> {
  const taal = taalUitOpties(opties);
  if (opties !== undefined && (typeof opties !== 'object' || opties === null || Array.isArray(opties)))
    return { ok: false, problemen: [probleemVan('OPTIES_ONGELDIG', [], taal)] };
  const gelezen = valideer(schema, invoer, { taal });
  if (!gelezen.ok) return gelezen;
  const beleid = beleidVoorBerekening((opties as { beleid?: unknown } | undefined)?.beleid);
  if (!beleid.ok) return beleid;
  return { ok: true, waarde: { invoer: gelezen.waarde, beleid: beleid.waarde, taal } };
}
