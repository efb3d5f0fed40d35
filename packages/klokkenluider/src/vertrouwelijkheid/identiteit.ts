import { type Besluit, type IsoDatum, zoekWaardeVoor } from '@schoolveiligheid/kern';
import type { KlokkenluiderRedenCode } from '../codes/codes.js';
import { toestandOfFout } from '../dossier/dossier.js';
import type { KlokkenluiderDossier, KlokkenluiderToestand } from '../dossier/procedure.js';
import type { KlokkenluiderKop } from '../dossier/schemas.js';
import { beslis, eisBeleid, eisObject, ongeldig, reden } from '../gedeeld/gedeeld.js';
import { schriftelijkeToestemming } from '../regels/regels.js';

/** A person asking to see the dossier: their id in the vendor's system. */
export interface Persoon {
  /** The person's id (`directeur-1`), the same id scheme as in the dossier. */
  readonly id: string;
}

/** Options: the school's regeling (for the form of consent it requires). */
export interface IdentiteitOpties {
  readonly beleid?: unknown;
}

function persoonId(persoon: unknown): string {
  const p = eisObject(persoon, 'de persoon');
  if (typeof p.id !== 'string' || !/^[a-z\d][a-z\d-]*$/.test(p.id) || p.id.length > 100)
    ongeldig('Een persoon heeft een id van kleine letters, cijfers en streepjes.');
  return p.id;
}

/** Who handles the report: the recipient and the investigators (not the vertrouwenspersoon route without consent). */
function behandelaars(t: KlokkenluiderToestand): readonly string[] {
  if (!t.ontvangen) return [];
  return [t.ontvangen.ontvanger, ...t.onderzoekers];
}

/** The decision rows, first match wins; each row names its reason. */
function beoordeel(
  kop: KlokkenluiderKop,
  t: KlokkenluiderToestand,
  id: string,
  beleid: ReturnType<typeof eisBeleid>,
): Besluit<boolean, KlokkenluiderRedenCode> {
  if (kop.melder.id !== undefined && id === kop.melder.id)
    return beslis(true, [reden('IDENTITEIT_MELDER_ZELF')]);
  const vorm = t.toestemmingen[id];
  if (vorm !== undefined) {
    const datum: IsoDatum = t.ontvangen?.datum ?? t.externGemeldOp ?? t.openbaarGemaaktOp ?? '2023-02-18';
    const schriftelijk = zoekWaardeVoor(schriftelijkeToestemming, datum, beleid);
    if (vorm === 'schriftelijk' || !schriftelijk?.waarde)
      return beslis(true, [reden('IDENTITEIT_TOESTEMMING')]);
    return beslis(false, [
      { ...reden('IDENTITEIT_TOESTEMMING_NIET_SCHRIFTELIJK'), bron: schriftelijk.bron },
      reden('IDENTITEIT_GEHEIM'),
    ]);
  }
  const m = t.ontvangen;
  const zonderToestemming = Object.keys(t.toestemmingen).length === 0;
  if (m?.viaVertrouwenspersoon && zonderToestemming) {
    const isVp = m.vertrouwenspersoon !== null && id === m.vertrouwenspersoon;
    return beslis(isVp, [
      reden('IDENTITEIT_ALLEEN_VERTROUWENSPERSOON'),
      ...(isVp ? [] : [reden('IDENTITEIT_GEHEIM')]),
    ]);
  }
  if (behandelaars(t).includes(id) || (m?.vertrouwenspersoon !== null && id === m?.vertrouwenspersoon))
    return beslis(true, [reden('IDENTITEIT_BEHANDELAAR')]);
  return beslis(false, [reden('IDENTITEIT_GEHEIM')]);
}

/**
 * Whether `persoon` may see the reporter's identity (Wbk art. 1a lid 3; seed regeling art. 5): the reporter
 * themself; those handling the report (the recipient and the investigators); when the report came through the
 * vertrouwenspersoon without consent, only the vertrouwenspersoon; anyone else only with the reporter's consent
 * for that person (in writing where the regeling demands it, as the seed does). Throws `DOSSIER_ONGELDIG` or
 * `ONGELDIGE_INVOER` on misuse.
 *
 * @example
 * ```ts
 * import { klokkenluiderProcedure, wieMagIdentiteitZien } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.herspeel(
 *   { id: 'kl-1', melder: { id: 'medewerker-7', relatie: 'werknemer' },
 *     vermoeden: { belangen: ['schending-wettelijk-voorschrift'], redelijkeGronden: true }, bevoegdGezagBetrokken: false },
 *   [{ type: 'melding-ontvangen', datum: '2026-11-02', kanaal: 'leidinggevende', viaVertrouwenspersoon: false, vorm: 'schriftelijk', ontvanger: 'directeur-1' }],
 * );
 * d.ok ? wieMagIdentiteitZien(d.waarde, { id: 'directeur-1' }).uitkomst : undefined; //=> true
 * d.ok ? wieMagIdentiteitZien(d.waarde, { id: 'leerkracht-3' }).redenen[0]?.code : undefined; //=> 'IDENTITEIT_GEHEIM'
 * ```
 */
export function wieMagIdentiteitZien(
  dossier: KlokkenluiderDossier,
  persoon: Persoon,
  opties?: IdentiteitOpties,
): Besluit<boolean, KlokkenluiderRedenCode> {
  const t = toestandOfFout(dossier);
  return beoordeel(dossier.kop, t, persoonId(persoon), eisBeleid(opties));
}

/** The marker that replaces the reporter's identifying data in {@link afgeschermdDossier}. */
export interface AfgeschermdeMelder {
  readonly afgeschermd: true;
}

/** A view of a dossier: the same events, the reporter's identifying data hidden where the viewer may not see it. */
export interface DossierWeergave {
  readonly procedure: string;
  readonly versie: number;
  readonly kop: Omit<KlokkenluiderKop, 'melder'> & {
    readonly melder: KlokkenluiderKop['melder'] | AfgeschermdeMelder;
  };
  readonly gebeurtenissen: KlokkenluiderDossier['gebeurtenissen'];
  /** Whether the reporter's identity is hidden in this view. */
  readonly afgeschermd: boolean;
}

/**
 * The dossier as `persoon` may see it: for someone not entitled (see {@link wieMagIdentiteitZien}) the
 * reporter's id and relation to the employer (information from which the identity can be traced, Wbk art. 1a
 * lid 3) are replaced by `{ afgeschermd: true }`; the rest is unchanged. A plain JSON copy; the dossier itself
 * is not changed. Throws `DOSSIER_ONGELDIG` or `ONGELDIGE_INVOER` on misuse.
 *
 * @example
 * ```ts
 * import { afgeschermdDossier, klokkenluiderProcedure } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.nieuwDossier({ id: 'kl-1', melder: { id: 'medewerker-7', relatie: 'werknemer' },
 *   vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * d.ok ? afgeschermdDossier(d.waarde, { id: 'leerkracht-3' }).kop.melder : undefined; //=> { afgeschermd: true }
 * ```
 */
export function afgeschermdDossier(
  dossier: KlokkenluiderDossier,
  persoon: Persoon,
  opties?: IdentiteitOpties,
): DossierWeergave {
  const mag = wieMagIdentiteitZien(dossier, persoon, opties).uitkomst;
  const kop = mag ? dossier.kop : { ...dossier.kop, melder: { afgeschermd: true as const } };
  return {
    procedure: dossier.procedure,
    versie: dossier.versie,
    kop,
    gebeurtenissen: dossier.gebeurtenissen,
    afgeschermd: !mag,
  };
}

/**
 * Where correspondence to the reporter goes: to the vertrouwenspersoon, who forwards it without delay, when the
 * report came through the vertrouwenspersoon and the reporter gave no consent to reveal their identity (seed
 * regeling art. 5 lid 3), or when the reporter is anonymous and reported through them; otherwise to the
 * reporter. Throws `DOSSIER_ONGELDIG` on misuse.
 *
 * @example
 * ```ts
 * import { correspondentieAan, klokkenluiderProcedure } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.herspeel(
 *   { id: 'kl-3', melder: { relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false },
 *   [{ type: 'melding-ontvangen', datum: '2026-11-02', kanaal: 'leidinggevende', viaVertrouwenspersoon: true, vertrouwenspersoon: 'vp-1', vorm: 'mondeling', ontvanger: 'directeur-1' }],
 * );
 * d.ok ? correspondentieAan(d.waarde).uitkomst : undefined; //=> 'vertrouwenspersoon'
 * ```
 */
export function correspondentieAan(
  dossier: KlokkenluiderDossier,
): Besluit<'melder' | 'vertrouwenspersoon', KlokkenluiderRedenCode> {
  const t = toestandOfFout(dossier);
  const m = t.ontvangen;
  if (m?.viaVertrouwenspersoon && Object.keys(t.toestemmingen).length === 0)
    return beslis('vertrouwenspersoon', [reden('IDENTITEIT_ALLEEN_VERTROUWENSPERSOON')]);
  return beslis('melder', [
    reden(Object.keys(t.toestemmingen).length > 0 ? 'IDENTITEIT_TOESTEMMING' : 'IDENTITEIT_GEHEIM'),
  ]);
}
