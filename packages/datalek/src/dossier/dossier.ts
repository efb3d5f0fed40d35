// The kernel functions of the datalek procedure under this package's names, plus what only datalek has:
// the retention minimum and the migration of dossiers stored by release 0.1.
import {
  berekenTermijn,
  isTijdstip,
  valideer,
  PROCEDURE_CODES,
  type Probleem,
  type ProcedureProbleemCode,
  type Resultaat,
  SchoolveiligheidFout,
  type TermijnUitkomst,
  type Tijdstip,
  type VeegUitkomst,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import { type Beoordeling, beoordeelIncident } from '../beoordeling/beoordeling.js';
import { type DatalekTermijnCode, datalekProbleem } from '../codes/codes.js';
import type { DatalekRol } from '../incident/begrippen.js';
import { type Beveiligingsincident, beveiligingsincidentSchema } from '../incident/incident.js';
import { isAsyncIterable, isLijstOfIterable, isObject, ongeldigeInvoer } from '../bewaak.js';
import { alsBeleid } from '../regels/beleid.js';
import { bewaartermijnMelding, bewaartermijnRegistratie } from '../regels/regels.js';
import {
  type DatalekDossier,
  type DatalekKop,
  type DatalekOpenTermijn,
  type DatalekStap,
  type DatalekToestand,
  type DossierOpties,
  datalekProcedure,
  dossierOpties,
  type Gebeurtenis,
  peildatumVan,
} from './procedure.js';

/**
 * Opens a dossier: validates the header (an id of lower-case letters, digits and hyphens; optionally the
 * school's policy). A header with free text in the id is refused.
 *
 * @example
 * ```ts
 * import { nieuwDossier } from '@schoolveiligheid/datalek';
 * const r = nieuwDossier({ id: 'dl-2026-001' });
 * r.ok ? r.waarde.gebeurtenissen.length : -1; //=> 0
 * r.ok ? r.waarde.procedure : ''; //=> 'datalek'
 * nieuwDossier({ id: 'Juf Jansen' }).ok; //=> false
 * ```
 */
export function nieuwDossier(kop: DatalekKop): Resultaat<DatalekDossier> {
  return datalekProcedure.nieuwDossier(kop);
}

/**
 * Processes one typed event: validates it, applies the kernel checks (time order: `GEBEURTENIS_VOOR_VORIGE`; a
 * closed dossier: `DOSSIER_GESLOTEN`) and the procedure's own (a second `gemeld`, an AP report after 72 hours
 * without the reasons for the delay, closing before recovery and preventive measures are registered, a
 * processor's message to the school before its discovery or after the internal report), then
 * returns the dossier with the event appended. Typed on the event union: a misspelled type does not compile.
 * Messages never repeat input.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1' });
 * const r = d.ok ? verwerk(d.waarde, { type: 'gesloten', tijdstip: '2026-11-23T10:00:00+01:00', door: { rol: 'directeur', id: 'directeur' } }) : d;
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['NOG_NIET_GEMELD']
 * ```
 */
export function verwerk(dossier: DatalekDossier, gebeurtenis: Gebeurtenis): Resultaat<DatalekDossier> {
  return datalekProcedure.verwerk(dossier, gebeurtenis);
}

/**
 * The raw-JSON entry of {@link verwerk}: an event from a database or a form (a value or JSON text), of any
 * schema version (an event of release 0.1, with `schooldirecteur` as role, is upcast), validated at run time.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerkJson } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1' });
 * const r = d.ok ? verwerkJson(d.waarde, '{"type":"gesloten"}') : d;
 * r.ok ? [] : r.problemen.map((p) => p.pad.join('.')); //=> ['tijdstip', 'door']
 * ```
 */
export function verwerkJson(dossier: DatalekDossier, gebeurtenis: unknown): Resultaat<DatalekDossier> {
  return datalekProcedure.verwerkJson(dossier, gebeurtenis);
}

/**
 * Appends a batch of raw-JSON events (a list or its JSON text), each as {@link verwerkJson} would, all or
 * none: the first refused event gives its problems, their `pad` starting with its index in the batch. For an
 * import: each event is folded once and the events list copied once.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerkAlle } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1' });
 * const r = d.ok ? verwerkAlle(d.waarde, [{ type: 'gesloten' }]) : d;
 * r.ok ? [] : r.problemen.map((p) => p.pad.join('.')); //=> ['0.tijdstip', '0.door']
 * ```
 */
export function verwerkAlle(dossier: DatalekDossier, gebeurtenissen: unknown): Resultaat<DatalekDossier> {
  return datalekProcedure.verwerkAlle(dossier, gebeurtenissen);
}

/**
 * Rebuilds a dossier from a header and stored events (each of its own schema version), checking every
 * transition again; a problem's `pad` names the event index. Replaying the same events always yields the same
 * dossier.
 *
 * @example
 * ```ts
 * import { herspeel } from '@schoolveiligheid/datalek';
 * herspeel({ id: 'dl-1' }, []).ok; //=> true
 * const r = herspeel({ id: 'dl-1' }, [{ type: 'gesloten', tijdstip: '2026-11-23T10:00:00+01:00', door: { rol: 'directeur', id: 'directeur' } }]);
 * r.ok ? [] : r.problemen.map((p) => [p.code, p.pad]); //=> [['NOG_NIET_GEMELD', ['gebeurtenissen', 0, 'type']]]
 * ```
 */
export function herspeel(kop: unknown, gebeurtenissen: unknown): Resultaat<DatalekDossier> {
  return datalekProcedure.herspeel(kop, gebeurtenissen);
}

/**
 * Reads a stored dossier (a JSON value or text in the kernel's shape `{ procedure, versie, kop, gebeurtenissen }`):
 * validates, upcasts and replays it. For dossiers stored by release 0.1 (`{ id, gebeurtenissen }`) use
 * {@link vanOudeVorm}.
 *
 * @example
 * ```ts
 * import { leesDossier, nieuwDossier } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1' });
 * const tekst = d.ok ? JSON.stringify(d.waarde) : '';
 * leesDossier(tekst).ok; //=> true
 * const r = leesDossier('{niet json');
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['ONGELDIGE_JSON']
 * ```
 */
export function leesDossier(json: unknown): Resultaat<DatalekDossier> {
  return datalekProcedure.leesDossier(json);
}

const kernProbleem = (code: ProcedureProbleemCode): Probleem => ({
  code,
  pad: [],
  melding: PROCEDURE_CODES[code].nl,
});

/**
 * The migration of dossiers stored by release 0.1, in the pre-kernel shape `{ id, gebeurtenissen }` (a JSON
 * value or text) with the old role names (`schooldirecteur`, `college-van-bestuur`): wraps it as a dossier of
 * schema version 1 and reads it with {@link leesDossier}, which upcasts every event to version 2 and replays
 * it. A dossier already in the kernel's shape is read as it is.
 *
 * @example
 * ```ts
 * import { vanOudeVorm, toestand } from '@schoolveiligheid/datalek';
 * const oud = { id: 'dl-1', gebeurtenissen: [] };
 * const r = vanOudeVorm(oud);
 * r.ok ? r.waarde.kop : undefined; //=> { id: 'dl-1' }
 * const t = r.ok ? toestand(r.waarde) : r;
 * t.ok ? t.waarde.fase : ''; //=> 'nieuw'
 * ```
 */
export function vanOudeVorm(json: unknown): Resultaat<DatalekDossier> {
  let waarde = json;
  if (typeof json === 'string') {
    try {
      waarde = JSON.parse(json);
    } catch {
      return { ok: false, problemen: [kernProbleem('ONGELDIGE_JSON')] };
    }
  }
  if (isObject(waarde) && waarde.kop === undefined && waarde.procedure === undefined) {
    return leesDossier({
      procedure: 'datalek',
      versie: 1,
      kop: { id: waarde.id },
      gebeurtenissen: waarde.gebeurtenissen,
    });
  }
  return leesDossier(waarde);
}

/**
 * The state of a dossier, derived from its events (the fold is cached, so this costs nothing for a dossier the
 * kernel returned). Never throws: a dossier that does not replay gives its problems.
 *
 * @example
 * ```ts
 * import { nieuwDossier, toestand } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1' });
 * const t = d.ok ? toestand(d.waarde) : d;
 * t.ok ? t.waarde : undefined; //=> { fase: 'nieuw' }
 * toestand({ procedure: 'datalek', versie: 2, kop: { id: 'dl-1' }, gebeurtenissen: [null] }).ok; //=> false
 * ```
 */
export function toestand(dossier: DatalekDossier): Resultaat<DatalekToestand> {
  return datalekProcedure.toestand(dossier);
}

/**
 * The terms still running or overdue at `nu`, each with its trace and the responsible role: the AP report
 * (`MELDING_AP`: 72 clock hours from awareness, AVG 33(1), no Atw; open until the analysis decides no report
 * is needed), informing the data subjects (`KENNISGEVING_BETROKKENEN`: without undue delay; 1 week under the
 * seed policy), and with the seed policy the 8-hour analysis (`ANALYSE`). The policy is `opties.beleid`, else
 * the one in the dossier's header. Throws `DOSSIER_ONGELDIG` or `ONGELDIG_TIJDSTIP` on misuse.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, openTermijnen } from '@schoolveiligheid/datalek';
 * const incident = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'verlies', omschrijving: 'USB-stick kwijt', persoonsgegevens: 'ja', inbreuk: ['vertrouwelijkheid'],
 *   categorieen: ['identificerend'], betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 25 },
 *   versleuteling: 'geen', sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'onbekend', maatregelen: [],
 * } as const;
 * const d = nieuwDossier({ id: 'dl-1' });
 * const r = d.ok ? verwerk(d.waarde, { type: 'gemeld', tijdstip: '2026-11-20T17:00:00+01:00', door: { rol: 'medewerker', id: 'medewerker-1' }, incident }) : d;
 * const open = r.ok ? openTermijnen(r.waarde, '2026-11-21T09:00:00+01:00') : [];
 * open[0]?.code; //=> 'MELDING_AP'
 * open[0]?.termijn?.vervaltOp; //=> '2026-11-23T16:30:00+01:00'
 * open[0]?.status?.fase; //=> 'lopend'
 * ```
 */
export function openTermijnen(
  dossier: DatalekDossier,
  nu: Tijdstip,
  opties?: DossierOpties,
): DatalekOpenTermijn[] {
  return datalekProcedure.openTermijnen(dossier, nu, opties);
}

/**
 * What must happen next in a dossier and who must do it, in order (seed C.6 Deel B-E; AVG 33/34), as kern role
 * ids; a step bound to an open term names it in `termijnCode`. The policy is `opties.beleid`, else the one in
 * the dossier's header. Throws `DOSSIER_ONGELDIG` on misuse.
 *
 * @example
 * ```ts
 * import { nieuwDossier, volgendeStappen } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1' });
 * d.ok ? volgendeStappen(d.waarde).map((s) => [s.code, s.rol]) : []; //=> [['MELDEN', 'medewerker']]
 * ```
 */
export function volgendeStappen(dossier: DatalekDossier, opties?: DossierOpties): DatalekStap[] {
  return datalekProcedure.volgendeStappen(dossier, opties);
}

/** One result of {@link openTermijnenVanAlle}. */
export type DatalekVeegUitkomst = VeegUitkomst<DatalekTermijnCode, DatalekRol>;

/**
 * One stored dossier of a sweep, through the kernel; a typed error on this one dossier (a term that ends
 * outside the calendar the SDK knows) becomes its `ok: false` result, so one dossier never stops the sweep.
 */
function veegEen(json: unknown, index: number, nu: Tijdstip, opties: DossierOpties): DatalekVeegUitkomst {
  try {
    for (const uitkomst of datalekProcedure.openTermijnenVanAlle([json], nu, opties))
      return { ...uitkomst, index };
  } catch (e) {
    if (!(e instanceof SchoolveiligheidFout)) throw e;
    return { index, ok: false, problemen: [{ code: e.code, pad: [], melding: e.message }] };
  }
  return { index, ok: false, problemen: [kernProbleem('DOSSIER_ONGELDIG')] };
}

function* veegSynchroon(
  bron: Iterable<unknown>,
  nu: Tijdstip,
  opties: DossierOpties,
): Generator<DatalekVeegUitkomst> {
  let i = 0;
  for (const json of bron) yield veegEen(json, i++, nu, opties);
}

async function* veegAsynchroon(
  bron: AsyncIterable<unknown>,
  nu: Tijdstip,
  opties: DossierOpties,
): AsyncGenerator<DatalekVeegUitkomst> {
  let i = 0;
  for await (const json of bron) yield veegEen(json, i++, nu, opties);
}

/**
 * The batch helper for nightly sweeps: the open terms of many stored dossiers (JSON values or texts in the
 * kernel's shape) at one `nu`, one result per dossier (`ok: false` with its problems when it does not
 * replay, or when one of its terms cannot be computed), from an array or iterable (a generator) or an async
 * iterable (an async generator). Streams: it reads one dossier at a time. Throws at once, before reading
 * anything, `ONGELDIG_TIJDSTIP` for a bad `nu`, `ONGELDIGE_INVOER` when `bron` is not iterable (a string is
 * not a list of dossiers) or the options are not an object, `BELEID_ONGELDIG` for a bad `opties.beleid`.
 *
 * @example
 * ```ts
 * import { nieuwDossier, openTermijnenVanAlle } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1' });
 * const opgeslagen = [d.ok ? JSON.stringify(d.waarde) : '', 'kapot'];
 * [...openTermijnenVanAlle(opgeslagen, '2026-11-23T09:00:00+01:00')].map((u) => u.ok); //=> [true, false]
 * ```
 */
export function openTermijnenVanAlle(
  bron: Iterable<unknown>,
  nu: Tijdstip,
  opties?: DossierOpties,
): Generator<DatalekVeegUitkomst>;
export function openTermijnenVanAlle(
  bron: AsyncIterable<unknown>,
  nu: Tijdstip,
  opties?: DossierOpties,
): AsyncGenerator<DatalekVeegUitkomst>;
export function openTermijnenVanAlle(
  bron: Iterable<unknown> | AsyncIterable<unknown>,
  nu: Tijdstip,
  opties?: DossierOpties,
): Generator<DatalekVeegUitkomst> | AsyncGenerator<DatalekVeegUitkomst> {
  if (!isTijdstip(nu))
    throw new SchoolveiligheidFout(
      'ONGELDIG_TIJDSTIP',
      'nu is geen geldig tijdstip; verwacht ISO 8601 met tijdzone.',
    );
  const o = dossierOpties(opties);
  if (isAsyncIterable(bron)) return veegAsynchroon(bron, nu, o);
  if (isLijstOfIterable(bron)) return veegSynchroon(bron, nu, o);
  return ongeldigeInvoer('Geef de dossiers als lijst, iterable of async iterable.');
}

/**
 * Until when the AP report must at least be kept, when the policy sets a minimum (seed C.6 Deel C Stap 5:
 * "minimaal 3 jaar"), counted from the AP report; `undefined` without such a policy value or without an AP
 * report. The AVG itself only requires documenting every breach (art. 33 lid 5), without a term. The policy is
 * `opties.beleid`, else the one in the dossier's header. The dossier may be stored JSON (a value or text).
 * Throws `DOSSIER_ONGELDIG` when the dossier does not replay, `ONGELDIGE_INVOER` for options that are not an
 * object, `BELEID_ONGELDIG` for a bad policy.
 *
 * @example
 * ```ts
 * import { bewaarMinimaalTot, nieuwDossier, SEED_2018_BELEID } from '@schoolveiligheid/datalek';
 * const d = nieuwDossier({ id: 'dl-1', beleid: SEED_2018_BELEID });
 * d.ok ? bewaarMinimaalTot(d.waarde) : null; //=> undefined
 * ```
 */
export function bewaarMinimaalTot(
  dossier: DatalekDossier,
  opties?: DossierOpties,
): TermijnUitkomst | undefined {
  const o = dossierOpties(opties);
  const { toestand: t, kop } = toestandEnKop(dossier);
  if (t.fase === 'nieuw' || !t.apGemeldOp) return undefined;
  const beleid = alsBeleid(o.beleid ?? kop.beleid);
  const bewaar = zoekWaardeVoor(bewaartermijnMelding, peildatumVan(t), beleid);
  if (!bewaar) return undefined;
  return berekenTermijn({
    gebeurtenis: t.apGemeldOp,
    duur: bewaar.waarde,
    grondslag: 'regeling',
    bron: bewaar.bron,
  });
}

/**
 * The state and header of a dossier: one the kernel returned is read from its cache; stored JSON (a value or a
 * text) is read and replayed. Throws `DOSSIER_ONGELDIG` when neither gives a valid dossier.
 */
function toestandEnKop(dossier: DatalekDossier): { toestand: DatalekToestand; kop: DatalekKop } {
  const gelezen = toestand(dossier);
  if (gelezen.ok && isObject(dossier) && isObject(dossier.kop))
    return { toestand: gelezen.waarde, kop: dossier.kop as DatalekKop };
  const opgeslagen = leesDossier(dossier);
  const t = opgeslagen.ok ? toestand(opgeslagen.waarde) : undefined;
  if (!opgeslagen.ok || !t?.ok)
    throw new SchoolveiligheidFout(
      'DOSSIER_ONGELDIG',
      'Het dossier is niet geldig; lees opgeslagen dossiers met leesDossier.',
    );
  return { toestand: t.waarde, kop: opgeslagen.waarde.kop };
}

/** The aspects of a decision the board may set itself in {@link analyseer}. */
export type BesluitAspecten = Partial<
  Pick<Beoordeling, 'isDatalek' | 'risico' | 'meldplichtAP' | 'betrokkenenInformeren' | 'openbareMededeling'>
>;

/** What {@link analyseer} records: when, by whom, and the board's decision where it departs from the assessment. */
export interface AnalyseInvoer {
  readonly tijdstip: Tijdstip;
  readonly door: { readonly rol: 'privacyfunctionaris' | 'directeur'; readonly id: string };
  /** The registration as completed by the analysis (seed Deel C Stap 1); default: the dossier's. */
  readonly incident?: Beveiligingsincident;
  /** The board's decision on the aspects it sets itself; every other aspect follows the assessment. */
  readonly besluit?: BesluitAspecten;
  /** The board's motivation; required when the decision does less than the assessment. */
  readonly motivering?: string;
}

const BESLUIT_ASPECTEN = [
  'isDatalek',
  'risico',
  'meldplichtAP',
  'betrokkenenInformeren',
  'openbareMededeling',
] as const;

/**
 * Records the analysis with its record of why (issue 10 item 3): runs `beoordeelIncident` once on the
 * registration (the one given, else the dossier's) with the dossier's policy, and appends a `geanalyseerd`
 * event that stores the full assessment (outcome, reasons with sources, the ENISA explanation, receipt), the
 * decision the school follows (the assessment's outcome, with the aspects the board set in `besluit`) and the
 * board's motivation. A decision that does less than the assessment (high risk, not reported; not informing
 * where the assessment says inform) is refused with `MOTIVERING_ONTBREEKT` without a motivation; with one it
 * is accepted and flagged (`BESLUIT_WIJKT_AF_VAN_BEOORDELING` in `volgendeStappen`, `wijktAf` in the
 * register). Problems as {@link verwerk} gives them (`NOG_NIET_GEMELD` on an empty dossier; the registration's
 * problems under `incident`), never repeating the motivation. Throws `ONGELDIGE_INVOER` when `invoer` or
 * `invoer.besluit` is not an object.
 *
 * @example
 * ```ts
 * import { analyseer, nieuwDossier, verwerk, volgendeStappen } from '@schoolveiligheid/datalek';
 * const incident = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'diefstal', omschrijving: 'Laptop gestolen', persoonsgegevens: 'ja', inbreuk: ['vertrouwelijkheid'],
 *   categorieen: ['identificerend', 'gezondheid-zorg'], betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 28 },
 *   versleuteling: 'geen', sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'ja', maatregelen: [],
 * } as const;
 * const d = nieuwDossier({ id: 'dl-1' });
 * const gemeld = d.ok ? verwerk(d.waarde, { type: 'gemeld', tijdstip: '2026-11-20T17:00:00+01:00', door: { rol: 'medewerker', id: 'medewerker-1' }, incident }) : d;
 * const pf = { rol: 'privacyfunctionaris', id: 'pf' } as const;
 * const zonder = gemeld.ok ? analyseer(gemeld.waarde, { tijdstip: '2026-11-20T19:00:00+01:00', door: pf, besluit: { meldplichtAP: false } }) : gemeld;
 * zonder.ok ? [] : zonder.problemen.map((p) => [p.code, p.parameters?.aspect]); //=> [['MOTIVERING_ONTBREEKT', 'meldplichtAP']]
 * const met = gemeld.ok ? analyseer(gemeld.waarde, { tijdstip: '2026-11-20T19:00:00+01:00', door: pf, besluit: { meldplichtAP: false }, motivering: 'De laptop is binnen een uur teruggevonden en niet geopend.' }) : gemeld;
 * met.ok ? volgendeStappen(met.waarde)[0]?.code : ''; //=> 'BESLUIT_WIJKT_AF_VAN_BEOORDELING'
 * ```
 */
export function analyseer(dossier: DatalekDossier, invoer: AnalyseInvoer): Resultaat<DatalekDossier> {
  if (!isObject(invoer))
    ongeldigeInvoer('Geef de analyse als object met tijdstip, door en eventueel besluit.');
  const besluit: unknown = invoer.besluit ?? {};
  if (!isObject(besluit))
    ongeldigeInvoer('Geef het besluit als object met de aspecten die het bestuur vaststelt.');
  const gelezen = toestand(dossier);
  if (!gelezen.ok) return gelezen;
  const t = gelezen.waarde;
  if (t.fase === 'nieuw') return { ok: false, problemen: [datalekProbleem('NOG_NIET_GEMELD', ['type'])] };
  let incident = t.incident;
  if (invoer.incident !== undefined) {
    const r = valideer(beveiligingsincidentSchema, invoer.incident);
    if (!r.ok)
      return { ok: false, problemen: r.problemen.map((p) => ({ ...p, pad: ['incident', ...p.pad] })) };
    incident = r.waarde;
  }
  const kop = (dossier as { readonly kop: DatalekKop }).kop;
  const beoordeling = beoordeelIncident(incident, kop.beleid ? { beleid: kop.beleid } : {});
  const uitkomst: Record<string, unknown> = { ...beoordeling.uitkomst };
  for (const aspect of BESLUIT_ASPECTEN)
    if (besluit[aspect] !== undefined) uitkomst[aspect] = besluit[aspect];
  const gebeurtenis = {
    type: 'geanalyseerd',
    tijdstip: invoer.tijdstip,
    door: invoer.door,
    uitkomst,
    beoordeling,
    ...(invoer.motivering !== undefined ? { motivering: invoer.motivering } : {}),
    ...(invoer.incident !== undefined ? { incident } : {}),
  };
  return verwerk(dossier, gebeurtenis as Gebeurtenis);
}

/**
 * Until when the registration of a breach must at least be kept: every dossier with a reported incident,
 * whether reported to the AP or not (AVG 33(5) asks to document every breach). Counted from the internal
 * report by the rule `bewaartermijnRegistratie`: the AVG sets no term; the SDK's default, 60 months, is an
 * interpretation (`interpretatie`), and a school's policy may set its own. `undefined` for an empty dossier.
 * The policy is `opties.beleid`, else the one in the dossier's header; the dossier may be stored JSON. Throws
 * like {@link bewaarMinimaalTot}.
 *
 * @example
 * ```ts
 * import { bewaarRegistratieTot, nieuwDossier, verwerk } from '@schoolveiligheid/datalek';
 * const incident = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'verkeerde-ontvanger', omschrijving: 'Mail aan verkeerde collega', persoonsgegevens: 'ja', inbreuk: ['vertrouwelijkheid'],
 *   categorieen: ['contact'], betrokkenen: { groepen: ['ouders'], kwetsbaar: false, aantal: 1 },
 *   versleuteling: 'geen', sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: true, aanwijzingMisbruik: 'nee', maatregelen: [],
 * } as const;
 * const d = nieuwDossier({ id: 'dl-1' });
 * const r = d.ok ? verwerk(d.waarde, { type: 'gemeld', tijdstip: '2026-11-20T17:00:00+01:00', door: { rol: 'medewerker', id: 'medewerker-1' }, incident }) : d;
 * const tot = r.ok ? bewaarRegistratieTot(r.waarde) : undefined;
 * tot?.laatsteDag; //=> '2031-11-20'
 * tot?.bronnen[0]?.zekerheid; //=> 'interpretatie'
 * ```
 */
export function bewaarRegistratieTot(
  dossier: DatalekDossier,
  opties?: DossierOpties,
): TermijnUitkomst | undefined {
  const o = dossierOpties(opties);
  const { toestand: t, kop } = toestandEnKop(dossier);
  if (t.fase === 'nieuw') return undefined;
  return registratieBewaartermijn(t, alsBeleid(o.beleid ?? kop.beleid));
}

/** The retention of the registration of a reported dossier under a policy (rule `bewaartermijnRegistratie`). */
export function registratieBewaartermijn(
  t: Exclude<DatalekToestand, { readonly fase: 'nieuw' }>,
  beleid: ReturnType<typeof alsBeleid>,
): TermijnUitkomst | undefined {
  const bewaar = zoekWaardeVoor(bewaartermijnRegistratie, peildatumVan(t), beleid);
  if (!bewaar) return undefined;
  return berekenTermijn({
    gebeurtenis: t.gemeldOp,
    duur: bewaar.waarde,
    grondslag: 'regeling',
    bron: bewaar.bron,
  });
}
