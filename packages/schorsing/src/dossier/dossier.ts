import {
  codeTekst,
  type Dossier,
  PROCEDURE_CODES,
  type Pad,
  probleem,
  type ProcedureProbleemCode,
  type Resultaat,
  type Tijdstip,
  type VeegUitkomst,
} from '@schoolveiligheid/kern';
import type { SchorsingRol, SchorsingTermijnCode } from '../codes/codes.js';
import type { Gebeurtenis, SchorsingKop } from './gebeurtenissen.js';
import { schorsingProcedure } from './procedure.js';
import type { SchorsingStap } from './stappen.js';
import type { SchorsingOpenTermijn } from './termijnen.js';
import type { Toestand } from './toestand.js';

/**
 * A schorsing/verwijdering dossier for one pupil, as stored: kern's `Dossier` with this package's header and
 * events, `{ procedure: 'schorsing', versie, kop, gebeurtenissen }`. Plain JSON, frozen when it comes from
 * the kernel; the state is derived ({@link toestand}).
 */
export type SchorsingDossier = Dossier<SchorsingKop, Gebeurtenis>;

const kernFout = <T>(code: ProcedureProbleemCode, pad: Pad = []): Resultaat<T> =>
  probleem(code, pad, codeTekst(PROCEDURE_CODES, code));

/**
 * Opens a dossier: validates the header (role id of the pupil, denominatie, calendar settings, policy in kern's
 * shape). For a header of unknown shape (a form, JSON), `herspeel(kop, [])` takes `unknown`.
 *
 * @example
 * ```ts
 * import { nieuwDossier } from '@schoolveiligheid/schorsing';
 * const r = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * r.ok && r.waarde.gebeurtenissen.length; //=> 0
 * r.ok && [r.waarde.procedure, r.waarde.versie]; //=> ['schorsing', 2]
 * const naam = nieuwDossier({ id: 'dossier-1', leerling: 'Jan Jansen', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * naam.ok ? [] : naam.problemen.map((p) => [p.code, p.pad]); //=> [['ONGELDIG_FORMAAT', ['kop', 'leerling']]]
 * ```
 */
export function nieuwDossier(kop: SchorsingKop): Resultaat<SchorsingDossier> {
  return schorsingProcedure.nieuwDossier(kop);
}

/**
 * Adds a typed event to a dossier (a misspelled `type` does not compile; raw JSON goes through
 * {@link verwerkJson}): validates it, refuses an event dated before the previous one
 * (`GEBEURTENIS_VOOR_VORIGE`) and impossible transitions with coded problems (a letter without a schorsing,
 * a verwijdering without another school, a decision on bezwaar before the commission's oordeel, bezwaar
 * against a schorsing at a bijzondere school, ...). Returns a new frozen dossier; only the new event is folded.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-2', leerling: 'leerling-1', denominatie: 'bijzonder', kalender: { regio: 'zuid' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'verwijdering-besloten', datum: '2026-03-02', verwijderingsdatum: '2026-03-16' }) : d;
 * r.ok ? [] : r.problemen.map((p) => p.code).includes('VERWIJDERING_ONTVANGENDE_SCHOOL_NIET'); //=> true
 * ```
 */
export function verwerk(dossier: SchorsingDossier, gebeurtenis: Gebeurtenis): Resultaat<SchorsingDossier> {
  return schorsingProcedure.verwerk(dossier, gebeurtenis);
}

/**
 * The raw-JSON entry: adds an event from a database or a form (an object or JSON text, of any stored schema
 * version), validated and upcast, with the same checks as {@link verwerk}.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerkJson } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-3', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerkJson(d.waarde, '{"type":"crisisplaatsing","datum":"2026-02-02","route":"naast","schoolId":"school-sbo"}') : d;
 * r.ok && r.waarde.gebeurtenissen[0]?.type; //=> 'crisisplaatsing'
 * const fout = d.ok ? verwerkJson(d.waarde, { type: 'schorsing-besloot', datum: '2026-02-02' }) : d;
 * fout.ok; //=> false
 * ```
 */
export function verwerkJson(dossier: SchorsingDossier, gebeurtenis: unknown): Resultaat<SchorsingDossier> {
  return schorsingProcedure.verwerkJson(dossier, gebeurtenis);
}

/**
 * Appends a batch of raw-JSON events (a list or its JSON text), each as {@link verwerkJson} would, all or
 * none: the first refused event gives its problems, their `pad` starting with its index in the batch. For an
 * import: each event is folded once and the events list copied once.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerkAlle } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-4', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const crisis = { type: 'crisisplaatsing', datum: '2026-02-02', route: 'naast', schoolId: 'school-sbo' };
 * const r = d.ok ? verwerkAlle(d.waarde, [crisis, { ...crisis, datum: '2026-01-30' }]) : d;
 * r.ok ? [] : r.problemen.map((p) => [p.code, p.pad[0]]); //=> [['GEBEURTENIS_VOOR_VORIGE', 1], ['CRISISPLAATSING_LOOPT_AL', 1]]
 * ```
 */
export function verwerkAlle(dossier: SchorsingDossier, gebeurtenissen: unknown): Resultaat<SchorsingDossier> {
  return schorsingProcedure.verwerkAlle(dossier, gebeurtenissen);
}

/**
 * Rebuilds a dossier from a header and stored events (each of its own schema version), checking every
 * transition; a problem's `pad` starts with `['gebeurtenissen', index]`.
 *
 * @example
 * ```ts
 * import { herspeel } from '@schoolveiligheid/schorsing';
 * const kop = { id: 'dossier-4', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } };
 * herspeel(kop, [{ type: 'crisisplaatsing', datum: '2026-02-02', route: 'naast', schoolId: 'school-sbo' }]).ok; //=> true
 * const r = herspeel(kop, [{ type: 'schorsingsbrief-verzonden', datum: '2026-02-02' }]);
 * r.ok ? [] : r.problemen.map((p) => [p.code, p.pad]); //=> [['GEEN_SCHORSING', ['gebeurtenissen', 0, 'type']]]
 * ```
 */
export function herspeel(kop: unknown, gebeurtenissen: unknown): Resultaat<SchorsingDossier> {
  return schorsingProcedure.herspeel(kop, gebeurtenissen);
}

/**
 * Reads a stored dossier (a JSON value or text): validates, upcasts what an older release stored (schema
 * version 1: the policy in the old shape) and replays it. For the flat shape of release 0.1 (the header
 * fields next to `gebeurtenissen`), use {@link vanOudeVorm}.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, leesDossier } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-5', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'crisisplaatsing', datum: '2026-02-02', route: 'naast', schoolId: 'school-sbo' }) : d;
 * const gelezen = r.ok ? leesDossier(JSON.stringify(r.waarde)) : r;
 * gelezen.ok && r.ok && JSON.stringify(gelezen.waarde) === JSON.stringify(r.waarde); //=> true
 * ```
 */
export function leesDossier(json: unknown): Resultaat<SchorsingDossier> {
  return schorsingProcedure.leesDossier(json);
}

/**
 * Reads a dossier stored by release 0.1 in its flat shape, `{ id, leerling, denominatie, bezwaarcommissie?,
 * kalender, beleid?, gebeurtenissen }` with a policy of the old shape (a copy of each rule, old rule ids): the
 * documented migration to a {@link SchorsingDossier}. The header becomes `kop` at schema version 1, its
 * policy is migrated by kern's `leesBeleid` with this package's registry, and the events are replayed with
 * every check, so the migrated dossier has the same state the old one had. A dossier already in the new
 * shape is read as by {@link leesDossier}.
 *
 * @example
 * ```ts
 * import { vanOudeVorm } from '@schoolveiligheid/schorsing';
 * const oud = {
 *   id: 'dossier-6', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' },
 *   gebeurtenissen: [{ type: 'crisisplaatsing', datum: '2026-02-02', route: 'naast', schoolId: 'school-sbo' }],
 * };
 * const r = vanOudeVorm(oud);
 * r.ok && [r.waarde.procedure, r.waarde.versie, r.waarde.kop.id, r.waarde.gebeurtenissen.length]; //=> ['schorsing', 2, 'dossier-6', 1]
 * vanOudeVorm('{ kapot').ok; //=> false
 * ```
 */
export function vanOudeVorm(json: unknown): Resultaat<SchorsingDossier> {
  let waarde = json;
  if (typeof json === 'string') {
    try {
      waarde = JSON.parse(json);
    } catch {
      return kernFout('ONGELDIGE_JSON');
    }
  }
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde))
    return kernFout('DOSSIER_ONGELDIG');
  const oud = waarde as Record<string, unknown>;
  if (Object.hasOwn(oud, 'kop') && Object.hasOwn(oud, 'procedure'))
    return schorsingProcedure.leesDossier(oud);
  const { gebeurtenissen, ...kop } = oud;
  return schorsingProcedure.leesDossier({ procedure: 'schorsing', versie: 1, kop, gebeurtenissen });
}

/**
 * The state of a dossier, derived by replaying its events: the same events always give the same state.
 * Never throws: a dossier that does not replay (tampered, or not a dossier) gives its problems. The fold of
 * a dossier the kernel returned is cached; the state is frozen.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, toestand } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2025-12-17', ingangsdatum: '2025-12-18', duur: { aantal: 5, eenheid: 'schooldagen' } }) : d;
 * const t = r.ok ? toestand(r.waarde) : r;
 * t.ok && t.waarde.schorsingen[0]?.schorsing.laatsteDag; //=> '2026-01-07'
 * toestand({ procedure: 'schorsing', versie: 2, kop: { id: 'x' }, gebeurtenissen: [] } as never).ok; //=> false
 * ```
 */
export function toestand(dossier: SchorsingDossier): Resultaat<Toestand> {
  return schorsingProcedure.toestand(dossier);
}

/**
 * The terms of a dossier running at `nu` (an instant with offset), in kern's `OpenTermijn` shape: `code`,
 * `rol` (who must act), `tekst`, `bron`, the computed `termijn` with its trace, its `status` at `nu`, and any
 * `opschorting`. The school's own duties (notifications, the decision on bezwaar) stay listed while overdue;
 * the parents' and the commission's terms are listed while they run. A decision term suspended by the
 * Geschillencommissie (WPO 43) has no end yet: it is listed without `termijn` and `status`, with the
 * suspension so far in `opschorting`. Throws `DOSSIER_ONGELDIG` for a dossier that does not replay and
 * `ONGELDIG_TIJDSTIP` for a bad `nu`.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, openTermijnen } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2025-12-17', ingangsdatum: '2025-12-18', duur: { aantal: 2, eenheid: 'schooldagen' } }) : d;
 * const termijnen = r.ok ? openTermijnen(r.waarde, '2025-12-17T16:00:00+01:00') : [];
 * termijnen.map((t) => [t.code, t.rol, t.termijn?.laatsteDag]); //=> [['MELDING_INSPECTIE_SCHORSING', 'bevoegd-gezag', '2025-12-18']]
 * ```
 */
export function openTermijnen(dossier: SchorsingDossier, nu: Tijdstip): SchorsingOpenTermijn[] {
  return schorsingProcedure.openTermijnen(dossier, nu);
}

/**
 * What must happen next in a dossier and who must do it, in kern's `Stap` shape (`code`, `rol`, `tekst`,
 * `bron`, and `termijnCode` when the step must meet one of the {@link openTermijnen}): the letter, the
 * notifications and the registration number, schoolwork, the verwijdering preconditions, hearing the parents
 * on their bezwaar, waiting for the Geschillencommissie, telling the wijkagent of a schoolpleinverbod, and
 * considering a parallel verwijdering procedure next to a crisisplaats. Throws `DOSSIER_ONGELDIG` for a
 * dossier that does not replay.
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, volgendeStappen } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-1', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2025-12-17', ingangsdatum: '2025-12-18', duur: { aantal: 1, eenheid: 'schooldagen' } }) : d;
 * r.ok ? volgendeStappen(r.waarde).map((s) => s.code) : []; //=> ['SCHORSINGSBRIEF_VERSTUREN', 'SCHOOLWERK_REGELEN', 'GESPREK_VOEREN']
 * r.ok ? volgendeStappen(r.waarde).map((s) => s.rol) : []; //=> ['bevoegd-gezag', 'leerkracht', 'directeur']
 * ```
 */
export function volgendeStappen(dossier: SchorsingDossier): SchorsingStap[] {
  return schorsingProcedure.volgendeStappen(dossier);
}

/**
 * The batch helper for nightly sweeps: the open terms of many stored dossiers (JSON values or texts) at one
 * `nu`, one result per dossier (`{ index, id, ok: true, termijnen }` or `{ index, ok: false, problemen }`),
 * streamed from an array, an iterable, or an async iterable (then an async generator).
 *
 * @example
 * ```ts
 * import { nieuwDossier, verwerk, openTermijnenVanAlle } from '@schoolveiligheid/schorsing';
 * const d = nieuwDossier({ id: 'dossier-7', leerling: 'leerling-1', denominatie: 'openbaar', kalender: { regio: 'noord' } });
 * const r = d.ok ? verwerk(d.waarde, { type: 'schorsing-besloten', datum: '2025-12-17', ingangsdatum: '2025-12-18', duur: { aantal: 2, eenheid: 'schooldagen' } }) : d;
 * const opgeslagen = r.ok ? [JSON.stringify(r.waarde), '{ kapot'] : [];
 * [...openTermijnenVanAlle(opgeslagen, '2025-12-17T16:00:00+01:00')].map((u) => (u.ok ? [u.id, u.termijnen.map((t) => t.code)] : 'fout')); //=> [['dossier-7', ['MELDING_INSPECTIE_SCHORSING']], 'fout']
 * ```
 */
export function openTermijnenVanAlle(
  dossiers: Iterable<unknown>,
  nu: Tijdstip,
): Generator<VeegUitkomst<SchorsingTermijnCode, SchorsingRol>>;
export function openTermijnenVanAlle(
  dossiers: AsyncIterable<unknown>,
  nu: Tijdstip,
): AsyncGenerator<VeegUitkomst<SchorsingTermijnCode, SchorsingRol>>;
export function openTermijnenVanAlle(
  dossiers: Iterable<unknown> | AsyncIterable<unknown>,
  nu: Tijdstip,
):
  | Generator<VeegUitkomst<SchorsingTermijnCode, SchorsingRol>>
  | AsyncGenerator<VeegUitkomst<SchorsingTermijnCode, SchorsingRol>> {
  return schorsingProcedure.openTermijnenVanAlle(dossiers as Iterable<unknown>, nu);
}
