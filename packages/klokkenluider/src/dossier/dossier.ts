import {
  type Resultaat,
  SchoolveiligheidFout,
  type Stap,
  type Tijdstip,
  type VeegUitkomst,
} from '@schoolveiligheid/kern';
import type { KlokkenluiderStapCode, KlokkenluiderTermijnCode } from '../codes/codes.js';
import type { KlokkenluiderRol } from '../rollen/rollen.js';
import {
  type KlokkenluiderDossier,
  type KlokkenluiderOpties,
  type KlokkenluiderToestand,
  klokkenluiderProcedure,
} from './procedure.js';
import type { KlokkenluiderGebeurtenis, KlokkenluiderKop } from './schemas.js';
import type { KlokkenluiderOpenTermijn } from './termijnen.js';

// The kernel's functions under the names every package uses; `klokkenluiderProcedure` has the same ones.

/**
 * Opens a dossier: validates the header. Never throws.
 *
 * @example
 * ```ts
 * import { nieuwDossier } from '@schoolveiligheid/klokkenluider';
 * nieuwDossier({ id: 'kl-1', melder: { relatie: 'vrijwilliger' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false }).ok; //=> true
 * nieuwDossier({ id: 'Jan Jansen' } as never).ok; //=> false
 * ```
 */
export function nieuwDossier(kop: KlokkenluiderKop): Resultaat<KlokkenluiderDossier> {
  return klokkenluiderProcedure.nieuwDossier(kop);
}

/**
 * Appends a typed event after the schema, the kernel's checks and the handler's. Never throws.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk } from '@schoolveiligheid/klokkenluider';
 * const d = nieuwDossier({ id: 'kl-1', melder: { relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * const r = d.ok ? verwerk(d.waarde, { type: 'ontvangst-bevestigd', datum: '2026-11-03' }) : d;
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['GEEN_MELDING']
 * ```
 */
export function verwerk(
  dossier: KlokkenluiderDossier,
  gebeurtenis: KlokkenluiderGebeurtenis,
): Resultaat<KlokkenluiderDossier> {
  return klokkenluiderProcedure.verwerk(dossier, gebeurtenis);
}

/**
 * Appends one raw-JSON event (an object or its JSON text) from a database or a form. Never throws.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerkJson } from '@schoolveiligheid/klokkenluider';
 * const d = nieuwDossier({ id: 'kl-1', melder: { relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * d.ok ? verwerkJson(d.waarde, '{"type":"extern-gemeld","datum":"2026-11-03","autoriteit":"huis-voor-klokkenluiders"}').ok : false; //=> true
 * ```
 */
export function verwerkJson(
  dossier: KlokkenluiderDossier,
  gebeurtenis: unknown,
): Resultaat<KlokkenluiderDossier> {
  return klokkenluiderProcedure.verwerkJson(dossier, gebeurtenis);
}

/**
 * Appends a batch of raw-JSON events, all or none; a refusal's `pad` starts with the index. Never throws.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerkAlle } from '@schoolveiligheid/klokkenluider';
 * const d = nieuwDossier({ id: 'kl-1', melder: { relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * const r = d.ok ? verwerkAlle(d.waarde, [{ type: 'openbaar-gemaakt', datum: '2026-11-03' }, { type: 'standpunt', datum: '2026-11-04' }]) : d;
 * r.ok ? [] : r.problemen.map((p) => p.pad[0]); //=> [1]
 * ```
 */
export function verwerkAlle(
  dossier: KlokkenluiderDossier,
  gebeurtenissen: unknown,
): Resultaat<KlokkenluiderDossier> {
  return klokkenluiderProcedure.verwerkAlle(dossier, gebeurtenissen);
}

/**
 * Rebuilds a dossier from a header and stored events, checking every transition. Never throws.
 *
 * @example
 * ```ts
 * import { herspeel } from '@schoolveiligheid/klokkenluider';
 * herspeel({ id: 'kl-1', melder: { relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false }, []).ok; //=> true
 * ```
 */
export function herspeel(kop: unknown, gebeurtenissen: unknown): Resultaat<KlokkenluiderDossier> {
  return klokkenluiderProcedure.herspeel(kop, gebeurtenissen);
}

/**
 * Reads a stored dossier (a JSON value or text): validates, upcasts and replays it. Never throws.
 *
 * @example
 * ```ts
 * import { leesDossier } from '@schoolveiligheid/klokkenluider';
 * leesDossier('kapot').ok; //=> false
 * ```
 */
export function leesDossier(json: unknown): Resultaat<KlokkenluiderDossier> {
  return klokkenluiderProcedure.leesDossier(json);
}

/**
 * The state derived from the events. Never throws.
 *
 * @example
 * ```ts
 * import { nieuwDossier, toestand } from '@schoolveiligheid/klokkenluider';
 * const d = nieuwDossier({ id: 'kl-1', melder: { relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * const t = d.ok ? toestand(d.waarde) : d;
 * t.ok ? t.waarde.onderzoek : undefined; //=> 'open'
 * ```
 */
export function toestand(dossier: KlokkenluiderDossier): Resultaat<KlokkenluiderToestand> {
  return klokkenluiderProcedure.toestand(dossier);
}

/** One result of {@link openTermijnenVanAlle}. */
export type KlokkenluiderVeegUitkomst = VeegUitkomst<KlokkenluiderTermijnCode, KlokkenluiderRol>;

/**
 * The batch helper for nightly sweeps: the open terms of many stored dossiers (JSON values or texts) at one
 * `nu`, one result per dossier, from an array, an iterable or an async iterable.
 *
 * @example
 * ```ts
 * import { nieuwDossier, openTermijnenVanAlle } from '@schoolveiligheid/klokkenluider';
 * const d = nieuwDossier({ id: 'kl-1', melder: { relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * [...openTermijnenVanAlle([d.ok ? JSON.stringify(d.waarde) : '', 'kapot'], '2026-11-23T09:00:00+01:00')].map((u) => u.ok); //=> [true, false]
 * ```
 */
export function openTermijnenVanAlle(
  bron: Iterable<unknown>,
  nu: Tijdstip,
  opties?: KlokkenluiderOpties,
): Generator<KlokkenluiderVeegUitkomst>;
export function openTermijnenVanAlle(
  bron: AsyncIterable<unknown>,
  nu: Tijdstip,
  opties?: KlokkenluiderOpties,
): AsyncGenerator<KlokkenluiderVeegUitkomst>;
export function openTermijnenVanAlle(
  bron: Iterable<unknown> | AsyncIterable<unknown>,
  nu: Tijdstip,
  opties?: KlokkenluiderOpties,
): Generator<KlokkenluiderVeegUitkomst> | AsyncGenerator<KlokkenluiderVeegUitkomst> {
  return klokkenluiderProcedure.openTermijnenVanAlle(bron as Iterable<unknown>, nu, opties);
}

/**
 * The terms still running or overdue at `nu`, each with the responsible role (the bevoegd gezag, or the
 * toezichthouder when the board is involved) and its trace: the acknowledgement (7 days after receipt) and the
 * feedback (at most 3 months after the acknowledgement was sent), each with the conservative date in
 * `termijn` and the Atw date beside it in `atw`; without an acknowledgement the feedback term is counted from
 * the end of the 7-day term and flagged in `zonderBevestiging`. With a regeling such as `SEED_2018_BELEID`
 * also its own terms (notice of no investigation, standpunt). Throws `DOSSIER_ONGELDIG` or
 * `ONGELDIG_TIJDSTIP` on misuse.
 *
 * @example
 * ```ts
 * import { klokkenluiderProcedure, openTermijnen } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.herspeel(
 *   { id: 'kl-1', melder: { id: 'medewerker-7', relatie: 'werknemer' },
 *     vermoeden: { belangen: ['schending-wettelijk-voorschrift'], redelijkeGronden: true }, bevoegdGezagBetrokken: false },
 *   [{ type: 'melding-ontvangen', datum: '2026-12-18', kanaal: 'leidinggevende', viaVertrouwenspersoon: false, vorm: 'schriftelijk', ontvanger: 'directeur-1' }],
 * );
 * const t = d.ok ? openTermijnen(d.waarde, '2026-12-21T09:00:00+01:00') : [];
 * [t[0]?.code, t[0]?.atw?.conservatief, t[0]?.atw?.metAtw]; //=> ['ONTVANGSTBEVESTIGING', '2026-12-25', '2026-12-28']
 * ```
 */
export function openTermijnen(
  dossier: KlokkenluiderDossier,
  nu: Tijdstip,
  opties?: KlokkenluiderOpties,
): KlokkenluiderOpenTermijn[] {
  return klokkenluiderProcedure.openTermijnen(dossier, nu, opties) as KlokkenluiderOpenTermijn[];
}

/**
 * What must happen next and who must do it, in order, as role ids (kern's plus this package's). A step bound to
 * an open term names it in `termijnCode`. Throws `DOSSIER_ONGELDIG` on misuse.
 *
 * @example
 * ```ts
 * import { klokkenluiderProcedure, volgendeStappen } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.nieuwDossier({ id: 'kl-2', melder: { relatie: 'oud-werknemer' },
 *   vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: true });
 * d.ok ? volgendeStappen(d.waarde).map((s) => [s.code, s.rol]) : []; //=> [['MELDING_REGISTREREN', 'toezichthouder']]
 * ```
 */
export function volgendeStappen(
  dossier: KlokkenluiderDossier,
  opties?: KlokkenluiderOpties,
): Stap<KlokkenluiderStapCode, KlokkenluiderRol>[] {
  return klokkenluiderProcedure.volgendeStappen(dossier, opties);
}

/** The derived state of a dossier, or `DOSSIER_ONGELDIG` (never echoing the input). */
export function toestandOfFout(dossier: unknown): KlokkenluiderToestand {
  const t = klokkenluiderProcedure.toestand(dossier as KlokkenluiderDossier);
  if (!t.ok)
    throw new SchoolveiligheidFout('DOSSIER_ONGELDIG', 'Dit is geen geldig klokkenluidersdossier.', {
      problemen: t.problemen.length,
    });
  return t.waarde;
}
