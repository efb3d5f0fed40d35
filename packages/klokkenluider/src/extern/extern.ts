import { type Besluit, type Bron, type IsoDatum, type Reden, zoekWaardeVoor } from '@schoolveiligheid/kern';
import { INSPECTIE_AANGEWEZEN, WBK_2C } from '../bronnen/bronnen.js';
import type { KlokkenluiderRedenCode } from '../codes/codes.js';
import { toestandOfFout } from '../dossier/dossier.js';
import type { KlokkenluiderDossier } from '../dossier/procedure.js';
import type { AUTORITEIT_IDS } from '../dossier/schemas.js';
import { beslis, eisBeleid, eisJaNee, eisObject, reden } from '../gedeeld/gedeeld.js';
import { eerstInternMelden } from '../regels/regels.js';

/** Id of a competent authority (see {@link BEVOEGDE_AUTORITEITEN}). */
export type AutoriteitId = (typeof AUTORITEIT_IDS)[number];

/** A competent authority for external reports, with its source and how certain its designation is. */
export interface Autoriteit {
  readonly id: AutoriteitId;
  readonly naam: string;
  readonly bron: Bron;
}

const wbk2c = (onder: string): Bron => ({ ...WBK_2C, artikel: `${WBK_2C.artikel} onder ${onder}` });

/**
 * The competent authorities of Wbk art. 2c (onder 1°-8°), the Huis voor Klokkenluiders among them, and the
 * Inspectie van het Onderwijs, whose designation (art. 2c onder 9°) is unverified and flagged `onbevestigd`.
 *
 * @example
 * ```ts
 * import { BEVOEGDE_AUTORITEITEN } from '@schoolveiligheid/klokkenluider';
 * BEVOEGDE_AUTORITEITEN.find((a) => a.id === 'huis-voor-klokkenluiders')?.bron.zekerheid; //=> 'wettekst'
 * BEVOEGDE_AUTORITEITEN.find((a) => a.id === 'inspectie-van-het-onderwijs')?.bron.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const BEVOEGDE_AUTORITEITEN: readonly Autoriteit[] = /* @__PURE__ */ Object.freeze([
  { id: 'acm', naam: 'Autoriteit Consument en Markt', bron: /* @__PURE__ */ wbk2c('1°') },
  { id: 'afm', naam: 'Autoriteit Financiële Markten', bron: /* @__PURE__ */ wbk2c('2°') },
  {
    id: 'autoriteit-persoonsgegevens',
    naam: 'Autoriteit Persoonsgegevens',
    bron: /* @__PURE__ */ wbk2c('3°'),
  },
  { id: 'dnb', naam: 'De Nederlandsche Bank', bron: /* @__PURE__ */ wbk2c('4°') },
  { id: 'huis-voor-klokkenluiders', naam: 'Huis voor Klokkenluiders', bron: /* @__PURE__ */ wbk2c('5°') },
  { id: 'igj', naam: 'Inspectie Gezondheidszorg en Jeugd', bron: /* @__PURE__ */ wbk2c('6°') },
  { id: 'nza', naam: 'Nederlandse Zorgautoriteit', bron: /* @__PURE__ */ wbk2c('7°') },
  {
    id: 'anvs',
    naam: 'Autoriteit Nucleaire Veiligheid en Stralingsbescherming',
    bron: /* @__PURE__ */ wbk2c('8°'),
  },
  { id: 'inspectie-van-het-onderwijs', naam: 'Inspectie van het Onderwijs', bron: INSPECTIE_AANGEWEZEN },
] as const satisfies readonly Autoriteit[]);

/** Outcome of {@link magExternMelden}. */
export interface ExternOordeel {
  /** Whether a report to a competent authority is protected against detriment now. */
  readonly beschermd: boolean;
  /** Whether an internal report must come first: never under the Wbk. */
  readonly eerstInternVereist: false;
  /** The competent authorities the reporter may go to. */
  readonly autoriteiten: readonly Autoriteit[];
}

/**
 * Whether the reporter may report to a competent authority, protected: yes, whether or not an internal report
 * came first (Wbk art. 17e), provided they have reasonable grounds to believe the information is true. Names
 * the authorities (art. 2c, the Huis voor Klokkenluiders; the Inspectie van het Onderwijs flagged). A regeling
 * that requires an internal report first (the seed's art. 9) is reported as a conflict; the law prevails.
 * Throws `DOSSIER_ONGELDIG` on misuse.
 *
 * @example
 * ```ts
 * import { klokkenluiderProcedure, magExternMelden } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.nieuwDossier({ id: 'kl-4', melder: { id: 'medewerker-7', relatie: 'werknemer' },
 *   vermoeden: { belangen: ['schending-wettelijk-voorschrift'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * const b = d.ok ? magExternMelden(d.waarde) : undefined;
 * b?.uitkomst.beschermd; //=> true
 * b?.redenen.map((r) => r.code); //=> ['EXTERN_ZONDER_INTERNE_MELDING', 'EXTERN_REDELIJKE_GRONDEN', 'EXTERN_INSPECTIE_ONBEVESTIGD']
 * ```
 */
export function magExternMelden(
  dossier: KlokkenluiderDossier,
  opties?: { readonly beleid?: unknown },
): Besluit<ExternOordeel, KlokkenluiderRedenCode> {
  const t = toestandOfFout(dossier);
  const beleid = eisBeleid(opties);
  const gronden = dossier.kop.vermoeden.redelijkeGronden;
  const datum: IsoDatum = t.ontvangen?.datum ?? t.externGemeldOp ?? '2023-02-18';
  const eerstIntern = zoekWaardeVoor(eerstInternMelden, datum, beleid);
  const redenen: Reden<KlokkenluiderRedenCode>[] = [
    reden('EXTERN_ZONDER_INTERNE_MELDING'),
    reden(gronden ? 'EXTERN_REDELIJKE_GRONDEN' : 'EXTERN_GEEN_REDELIJKE_GRONDEN'),
    reden('EXTERN_INSPECTIE_ONBEVESTIGD'),
  ];
  if (eerstIntern?.herkomst === 'beleid' && eerstIntern.waarde)
    redenen.push(reden('BELEID_EERST_INTERN_CONFLICT'));
  return beslis(
    { beschermd: gronden, eerstInternVereist: false, autoriteiten: BEVOEGDE_AUTORITEITEN },
    redenen,
  );
}

/** The circumstances of a public disclosure, as the reporter could reasonably see them (Wbk art. 17ea). */
export interface Openbaarmaking {
  /** Reasonable grounds to believe the information is true at the time of disclosure (lid 1 onder a). */
  readonly informatieJuist: boolean;
  /** Based on the feedback, reasonable grounds to believe the investigation is not progressing enough (lid 1 onder c). */
  readonly onvoldoendeVoortgang: boolean;
  /** The misstand may be an imminent or real danger to the public interest (lid 2 onder a). */
  readonly dreigendGevaar: boolean;
  /** Reporting to a competent authority carries a risk of detriment (lid 2 onder b). */
  readonly risicoBenadeling: boolean;
  /** It is unlikely that the misstand will be remedied effectively (lid 2 onder c). */
  readonly verhelpenOnwaarschijnlijk: boolean;
}

/**
 * Whether a public disclosure is protected (Wbk art. 17ea, consolidated text of 2023-02-18), with reasons, one
 * row per condition. Always: reasonable grounds to believe the information is true. Then either (lid 1) a report
 * first to the employer and a competent authority, or directly to a competent authority (read from the
 * dossier), and reasonable grounds to believe the investigation is not progressing enough; or (lid 2) an
 * imminent or real danger to the public interest, a risk of detriment, or an unlikely remedy. Throws
 * `DOSSIER_ONGELDIG` or `ONGELDIGE_INVOER` on misuse.
 *
 * @example
 * ```ts
 * import { klokkenluiderProcedure, magOpenbaarMaken } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.nieuwDossier({ id: 'kl-5', melder: { id: 'medewerker-7', relatie: 'werknemer' },
 *   vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * const o = { informatieJuist: true, onvoldoendeVoortgang: false, dreigendGevaar: true, risicoBenadeling: false, verhelpenOnwaarschijnlijk: false };
 * d.ok ? magOpenbaarMaken(d.waarde, o).uitkomst : undefined; //=> true
 * d.ok ? magOpenbaarMaken(d.waarde, { ...o, dreigendGevaar: false }).uitkomst : undefined; //=> false
 * ```
 */
export function magOpenbaarMaken(
  dossier: KlokkenluiderDossier,
  omstandigheden: Openbaarmaking,
): Besluit<boolean, KlokkenluiderRedenCode> {
  const t = toestandOfFout(dossier);
  const o = eisObject(omstandigheden, 'de omstandigheden');
  const juist = eisJaNee(o, 'informatieJuist');
  const voortgang = eisJaNee(o, 'onvoldoendeVoortgang');
  const gevaar = eisJaNee(o, 'dreigendGevaar');
  const risico = eisJaNee(o, 'risicoBenadeling');
  const onwaarschijnlijk = eisJaNee(o, 'verhelpenOnwaarschijnlijk');
  if (!juist) return beslis(false, [reden('OPENBAAR_NIET_JUIST')]);
  const redenen: Reden<KlokkenluiderRedenCode>[] = [reden('OPENBAAR_JUIST')];
  // lid 2: without (sufficient) prior reports
  const uitzonderingen: readonly [boolean, KlokkenluiderRedenCode][] = [
    [gevaar, 'OPENBAAR_DREIGEND_GEVAAR'],
    [risico, 'OPENBAAR_RISICO_BENADELING'],
    [onwaarschijnlijk, 'OPENBAAR_VERHELPEN_ONWAARSCHIJNLIJK'],
  ];
  const lid2 = uitzonderingen.filter(([geldt]) => geldt).map(([, code]) => reden(code));
  if (lid2.length > 0) return beslis(true, [...redenen, ...lid2]);
  // lid 1: after an internal and external, or a direct external, report without sufficient progress
  const extern = t.externGemeldOp !== null;
  const lid1: Reden<KlokkenluiderRedenCode>[] = [
    reden(
      !extern
        ? 'OPENBAAR_GEEN_EXTERNE_MELDING'
        : t.ontvangen
          ? 'OPENBAAR_INTERN_EN_EXTERN_GEMELD'
          : 'OPENBAAR_DIRECT_EXTERN_GEMELD',
    ),
  ];
  if (extern)
    lid1.push(reden(voortgang ? 'OPENBAAR_ONVOLDOENDE_VOORTGANG' : 'OPENBAAR_VOORTGANG_NIET_ONVOLDOENDE'));
  const beschermd = extern && voortgang;
  return beslis(beschermd, [
    ...redenen,
    ...lid1,
    ...(beschermd ? [] : [reden('OPENBAAR_GEEN_UITZONDERING')]),
  ]);
}
