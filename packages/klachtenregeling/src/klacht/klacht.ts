import {
  isoDatumSchema,
  type Probleem,
  type Reden,
  type Resultaat,
  type TermijnUitkomst,
  type Verantwoording,
  valideer,
  waardeVoor,
  zoekWaardeVoor,
  taalUitOpties,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { KlachtenregelingProbleemCode, KlachtenregelingRedenCode } from '../codes/codes.js';
import {
  beleidVoorBerekening,
  probleemVan,
  reden,
  termijnParameters,
  termijnVan,
} from '../gedeeld/gedeeld.js';
import { indieningstermijn, regelVerantwoording, ruimereKring } from '../regels/regels.js';

/** Who complains: the two groups WPO art. 14 lid 1 names, and the seed's wider circle (art. 1). */
export const KLAGER_SOORTEN = [
  'ouder',
  'personeelslid',
  'leerling',
  'oud-leerling',
  'directielid',
  'vrijwilliger',
  'anders',
] as const;

/** The groups WPO art. 14 lid 1 names. */
const KLAGERS_WPO_14: readonly string[] = ['ouder', 'personeelslid'];

/** Whom or what the complaint is about. */
export const AANGEKLAAGDE_SOORTEN = [
  'bevoegd-gezag',
  'directie',
  'personeelslid',
  'vrijwilliger',
  'ouder',
  'leerling',
  'anders',
] as const;

/**
 * Schema of a complaint as the SDK checks it: which groups are involved, the dates, and which required
 * contents are present (flags, never the names or the text themselves: the SDK never needs them).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { klachtSchema } from '@schoolveiligheid/klachtenregeling';
 * const inhoud = { naamEnAdresKlager: true, omschrijving: true, dagtekening: true, ondertekend: true, stukken: 'geen' };
 * valideer(klachtSchema, { ingediendOp: '2026-11-02', gedragingOp: '2026-10-01', klager: 'ouder', aangeklaagde: 'personeelslid', inhoud }).ok; //=> true
 * ```
 */
export const klachtSchema = /* @__PURE__ */ z
  .object({
    ingediendOp: isoDatumSchema,
    gedragingOp: isoDatumSchema,
    klager: /* @__PURE__ */ z
      .enum(KLAGER_SOORTEN)
      .meta({ description: 'Who complains (a group, never a name).' }),
    anoniem: /* @__PURE__ */ z
      .boolean()
      .optional()
      .meta({ description: 'True when the complainant is not known.' }),
    aangeklaagde: /* @__PURE__ */ z
      .enum(AANGEKLAAGDE_SOORTEN)
      .nullable()
      .meta({ description: 'Whom or what the complaint is about; null when the complaint does not say.' }),
    inhoud: /* @__PURE__ */ z
      .object({
        naamEnAdresKlager: /* @__PURE__ */ z.boolean(),
        omschrijving: /* @__PURE__ */ z.boolean(),
        dagtekening: /* @__PURE__ */ z.boolean(),
        ondertekend: /* @__PURE__ */ z.boolean(),
        stukken: /* @__PURE__ */ z.enum(['bijgevoegd', 'geen', 'ontbreken']),
      })
      .meta({ description: 'Which required contents (seed art. 5 lid 3) are present.' }),
    besluiten: /* @__PURE__ */ z
      .object({
        anoniemToch: /* @__PURE__ */ z.boolean().optional(),
        teLaatToch: /* @__PURE__ */ z.boolean().optional(),
      })
      .optional()
      .meta({
        description: 'Decisions of the commission or board to handle an anonymous or late complaint anyway.',
      }),
  })
  .meta({
    description: 'A complaint under WPO art. 14 as the SDK checks it: groups, dates and flags, no names.',
  });

/** A complaint as {@link klachtSchema} reads it. */
export type Klacht = z.infer<typeof klachtSchema>;

/** Options of {@link valideerKlacht}. */
export interface KlachtOpties {
  /** The school's policy (for example `SEED_2018_BELEID`: a wider circle of complainants). */
  readonly beleid?: unknown;
  /** Language of the meldingen. */
  readonly taal?: 'nl' | 'en';
}

/** A complaint that passed {@link valideerKlacht}: the complaint, its filing term and the reasons. */
export interface KlachtBeoordeling {
  readonly klacht: Klacht;
  /** The filing term with its trace (a regulation term: no Algemene termijnenwet). */
  readonly indieningstermijn: TermijnUitkomst;
  /** Why it is admissible, and what to watch (a complaint about a parent at the LKC). */
  readonly redenen: readonly Reden<KlachtenregelingRedenCode>[];
  readonly verantwoording: Verantwoording;
}

/** One row of the contents table: the flag, the problem when it is missing. */
const INHOUD: readonly {
  readonly veld: 'naamEnAdresKlager' | 'omschrijving' | 'dagtekening' | 'ondertekend';
  readonly code: KlachtenregelingProbleemCode;
}[] = [
  { veld: 'naamEnAdresKlager', code: 'KLAGER_NAAM_ADRES_ONTBREEKT' },
  { veld: 'omschrijving', code: 'OMSCHRIJVING_ONTBREEKT' },
  { veld: 'dagtekening', code: 'DAGTEKENING_ONTBREEKT' },
  { veld: 'ondertekend', code: 'ONDERTEKENING_ONTBREEKT' },
];

/**
 * Checks a complaint: the required contents (seed art. 5 lid 3: name and address of the klager, the
 * aangeklaagde, facts and circumstances, date and signature, the documents), an anonymous complaint (not
 * handled unless the commission or board decides otherwise), the one-year filing term (reglement LKC; no
 * Algemene termijnenwet; the commission may decide otherwise) and whether the klager may complain (WPO art.
 * 14 lid 1, or the wider circle of a policy). A complaint about a parent is flagged (whether the LKC takes it
 * is not confirmed). Coded problems with Dutch meldingen (English with `{ taal: 'en' }`); nothing echoed.
 *
 * @example
 * ```ts
 * import { valideerKlacht } from '@schoolveiligheid/klachtenregeling';
 * const inhoud = { naamEnAdresKlager: true, omschrijving: true, dagtekening: true, ondertekend: true, stukken: 'geen' };
 * const r = valideerKlacht({ ingediendOp: '2026-11-02', gedragingOp: '2025-10-01', klager: 'ouder', aangeklaagde: 'personeelslid', inhoud });
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['KLACHT_TE_LAAT']
 * ```
 */
export function valideerKlacht(klacht: unknown, opties?: KlachtOpties): Resultaat<KlachtBeoordeling> {
  const taal = taalUitOpties(opties);
  const gelezen = valideer(klachtSchema, klacht, { taal });
  if (!gelezen.ok) return gelezen;
  const beleid = beleidVoorBerekening(
    typeof opties === 'object' && opties !== null ? (opties as KlachtOpties).beleid : undefined,
  );
  if (!beleid.ok) return { ok: false, problemen: [probleemVan('OPTIES_ONGELDIG', ['beleid'], taal)] };
  const k = gelezen.waarde;
  const problemen: Probleem[] = [];
  const redenen: Reden<KlachtenregelingRedenCode>[] = [];

  if (k.gedragingOp > k.ingediendOp)
    problemen.push(probleemVan('GEDRAGING_NA_INDIENING', ['gedragingOp'], taal));
  const anoniem = k.anoniem === true;
  if (anoniem) {
    if (k.besluiten?.anoniemToch) redenen.push(reden('ANONIEM_TOEGELATEN'));
    else problemen.push(probleemVan('KLACHT_ANONIEM', ['anoniem'], taal));
  }
  for (const rij of INHOUD) {
    if (rij.veld === 'naamEnAdresKlager' && anoniem) continue;
    if (!k.inhoud[rij.veld]) problemen.push(probleemVan(rij.code, ['inhoud', rij.veld], taal));
  }
  if (k.aangeklaagde === null) problemen.push(probleemVan('AANGEKLAAGDE_ONTBREEKT', ['aangeklaagde'], taal));
  if (k.inhoud.stukken === 'ontbreken')
    problemen.push(probleemVan('STUKKEN_ONTBREKEN', ['inhoud', 'stukken'], taal));

  if (KLAGERS_WPO_14.includes(k.klager)) redenen.push(reden('KLAGER_WPO_14'));
  else if (waardeVoor(ruimereKring, k.ingediendOp, beleid.waarde).waarde)
    redenen.push(reden('RUIMERE_KRING_BELEID'));
  else problemen.push(probleemVan('KLAGER_NIET_KLACHTGERECHTIGD', ['klager'], taal));
  if (k.aangeklaagde === 'ouder') redenen.push(reden('KLACHT_OVER_OUDER_LKC'));

  const regel = zoekWaardeVoor(indieningstermijn, k.ingediendOp, beleid.waarde);
  const termijn = regel && termijnVan(k.gedragingOp, regel.waarde, 'regeling', regel.bron);
  if (!regel || !termijn) {
    problemen.push(probleemVan('DATUM_BUITEN_BEREIK', ['ingediendOp'], taal));
    return { ok: false, problemen };
  }
  const parameters = termijnParameters(regel.waarde, termijn);
  if (k.ingediendOp > termijn.laatsteDag) {
    if (k.besluiten?.teLaatToch) redenen.push(reden('TE_LAAT_TOEGELATEN', parameters, regel.bron));
    else problemen.push(probleemVan('KLACHT_TE_LAAT', ['ingediendOp'], taal, parameters));
  } else redenen.push(reden('BINNEN_TERMIJN', parameters, regel.bron));

  if (problemen.length > 0) return { ok: false, problemen };
  return {
    ok: true,
    waarde: { klacht: k, indieningstermijn: termijn, redenen, verantwoording: regelVerantwoording() },
  };
}
