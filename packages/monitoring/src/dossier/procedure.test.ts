import { dossierWetten, draaiFixtures, isoDatum } from '@schoolveiligheid/testkit';
import type { Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GEVOLGEN, monitoringProcedure } from './procedure.js';

/** The input of a worked case in fixtures/dossiers.json: a stored incident dossier and the moment. */
interface Invoer {
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
}

// Each case replays a stored dossier and states its open terms (code, role, phase) and next steps.
draaiFixtures<Invoer>(new URL('../../fixtures/dossiers.json', import.meta.url), (invoer) => {
  const r = monitoringProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!r.ok) return { problemen: r.problemen.map((x) => x.code) };
  return {
    termijnen: monitoringProcedure.openTermijnen(r.waarde, invoer.nu).map((t) => ({
      code: t.code,
      rol: t.rol,
      vervaltOp: t.termijn?.vervaltOp,
      fase: t.status?.fase,
    })),
    stappen: monitoringProcedure.volgendeStappen(r.waarde).map((s) => s.code),
  };
});

describe('incident dossier: the accident that turns permanent after two months', () => {
  it('first not reportable, then reportable from the day it became clear (Arbowet art. 9 lid 1; seed 2018)', () => {
    const kop = { id: 'ongeval-7', getroffene: 'werknemer' as const };
    const eerst = monitoringProcedure.herspeel(kop, [
      { type: 'incident-geregistreerd', datum: '2026-09-01', gevolg: 'poliklinisch' },
      { type: 'bestuur-geinformeerd', datum: '2026-09-01' },
    ]);
    expect(eerst.ok).toBe(true);
    if (!eerst.ok) return;
    expect(monitoringProcedure.openTermijnen(eerst.waarde, '2026-09-02T09:00:00+02:00')).toEqual([]);
    const later = monitoringProcedure.verwerk(eerst.waarde, {
      type: 'gevolg-vastgesteld',
      datum: '2026-11-02',
      gevolg: 'blijvend-letsel',
    });
    expect(later.ok).toBe(true);
    if (!later.ok) return;
    expect(
      monitoringProcedure
        .openTermijnen(later.waarde, '2026-11-02T12:00:00+01:00')
        .map((t) => [t.code, t.rol]),
    ).toEqual([['MELDEN_ARBEIDSINSPECTIE', 'bevoegd-gezag']]);
    expect(monitoringProcedure.volgendeStappen(later.waarde).map((s) => s.code)).toEqual([
      'MELDEN_ARBEIDSINSPECTIE',
      'OPNEMEN_IN_LIJST',
    ]);
    const gemeld = monitoringProcedure.verwerk(later.waarde, {
      type: 'arbeidsinspectie-gemeld',
      datum: '2026-11-02',
    });
    expect(
      gemeld.ok && monitoringProcedure.openTermijnen(gemeld.waarde, '2026-11-03T09:00:00+01:00'),
    ).toEqual([]);
  });
  it('refuses events before the registration', () => {
    const r = monitoringProcedure.herspeel({ id: 'ongeval-8', getroffene: 'leerling' }, [
      { type: 'arbeidsinspectie-gemeld', datum: '2026-11-02' },
    ]);
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['GEEN_REGISTRATIE']);
  });
});

const kop = fc.oneof(
  {
    arbitrary: fc.record({
      id: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/),
      getroffene: fc.constantFrom('werknemer', 'uitzendkracht', 'leerling', 'derde'),
    }),
    weight: 9,
  },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);
const gevolg = fc.constantFrom(...GEVOLGEN);
const gebeurtenis = (datum: string, i: number) =>
  i === 0
    ? fc.record({ type: fc.constant('incident-geregistreerd'), datum: fc.constant(datum), gevolg })
    : fc.oneof(
        fc.record({ type: fc.constant('gevolg-vastgesteld'), datum: fc.constant(datum), gevolg }),
        fc.record({
          type: fc.constant('verzuim-vastgesteld'),
          datum: fc.constant(datum),
          werkdagen: fc.nat({ max: 30 }),
        }),
        fc.record({
          type: fc.constantFrom('bestuur-geinformeerd', 'arbeidsinspectie-gemeld', 'opgenomen-in-lijst'),
          datum: fc.constant(datum),
        }),
        fc.record({
          type: fc.constantFrom('dossier-afgesloten', 'incident-geregistreerd'),
          datum: fc.constant(datum),
          gevolg,
        }),
      );
const gebeurtenissen = fc
  .array(isoDatum(), { maxLength: 8 })
  .chain((data) => fc.tuple(...[...data].sort().map((d, i) => gebeurtenis(d, i))));
const reeks = (n: number) =>
  fc
    .array(isoDatum(), { minLength: n, maxLength: n })
    .map((data) =>
      [...data]
        .sort()
        .map((datum, i) =>
          i === 0
            ? { type: 'incident-geregistreerd', datum, gevolg: 'geen' }
            : { type: 'verzuim-vastgesteld', datum, werkdagen: i },
        ),
    );
dossierWetten(monitoringProcedure, { kop, gebeurtenissen, reeks });
