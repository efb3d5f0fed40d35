import type { Tijdstip } from '@schoolveiligheid/kern';
import { dossierWetten, draaiFixtures, isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALAMITEIT_STAPPEN, INCIDENT_SOORTEN, ROUW_STAPPEN } from '../checklist/stappen.data.js';
import { CALAMITEITEN_ROLLEN } from '../rollen/rollen.js';
import { calamiteitenProcedure, rouwProcedure } from './procedure.js';

/** The input of a worked case in fixtures/dossiers.json: a stored dossier of either procedure and the moment. */
interface Invoer {
  readonly procedure: 'calamiteiten' | 'calamiteiten-rouw';
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
}

// Each case replays a stored dossier and states its open terms (code, role, expiry, phase) and next steps.
draaiFixtures<Invoer>(new URL('../../fixtures/dossiers.json', import.meta.url), (invoer) => {
  const p = (
    invoer.procedure === 'calamiteiten' ? calamiteitenProcedure : rouwProcedure
  ) as typeof calamiteitenProcedure;
  const r = p.herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!r.ok) return { problemen: r.problemen.map((x) => x.code) };
  return {
    termijnen: p.openTermijnen(r.waarde, invoer.nu).map((t) => ({
      code: t.code,
      rol: t.rol,
      vervaltOp: t.termijn?.vervaltOp,
      fase: t.status?.fase,
    })),
    stappen: p.volgendeStappen(r.waarde).map((s) => s.code),
  };
});

const T = (uur: string): Tijdstip => `2026-12-02T${uur}:00+01:00`;

// Seed "Bij escalatie: calamiteitenprotocol" and Bijlage 17; Taken en functies: het crisisteam; WPO art. 4a lid 2.
describe('calamiteitenprotocol', () => {
  const start = (soort: (typeof INCIDENT_SOORTEN)[number]) => {
    const d = calamiteitenProcedure.nieuwDossier({ id: 'calamiteit-1', soort });
    if (!d.ok) throw new Error('kop');
    const r = calamiteitenProcedure.verwerk(d.waarde, {
      type: 'gemeld',
      tijdstip: T('10:00'),
      rol: 'medewerker',
    });
    if (!r.ok) throw new Error('melding');
    return r.waarde;
  };

  it('refuses telling the pupils before the staff meeting (Bijlage 17: "Direct na de personeelsbijeenkomst")', () => {
    const r = calamiteitenProcedure.verwerk(start('ongeval'), {
      type: 'stap-afgerond',
      tijdstip: T('10:05'),
      stap: 'LEERLINGEN_INFORMEREN',
      rol: 'leerkracht',
    });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.parameters])).toEqual([
      ['STAP_TE_VROEG', { voorganger: 'PERSONEEL_INFORMEREN' }],
    ]);
  });

  it('keeps the WPO 4a order: no aangifte before parents and the accused are informed, and it cannot be skipped', () => {
    const d = start('zedendelict-medewerker');
    const vroeg = calamiteitenProcedure.verwerkAlle(d, [
      {
        type: 'stap-afgerond',
        tijdstip: T('11:00'),
        stap: 'VERTROUWENSINSPECTEUR_OVERLEGGEN',
        rol: 'bevoegd-gezag',
      },
      { type: 'stap-afgerond', tijdstip: T('11:30'), stap: 'AANGIFTE_DOEN', rol: 'bevoegd-gezag' },
    ]);
    expect(vroeg.ok ? [] : vroeg.problemen.map((p) => p.code)).toEqual(['STAP_TE_VROEG']);
    const overslaan = calamiteitenProcedure.verwerk(d, {
      type: 'stap-niet-nodig',
      tijdstip: T('11:00'),
      stap: 'VERTROUWENSINSPECTEUR_OVERLEGGEN',
      rol: 'directeur',
    });
    expect(overslaan.ok ? [] : overslaan.problemen.map((p) => p.code)).toEqual(['STAP_VERPLICHT']);
    const sluiten = calamiteitenProcedure.verwerk(d, {
      type: 'afgesloten',
      tijdstip: T('12:00'),
      rol: 'directeur',
    });
    expect(sluiten.ok ? [] : sluiten.problemen.map((p) => p.code)).toEqual(['VERPLICHTE_STAP_OPEN']);
  });

  it('opens the 24-hour crisis team term when the director asks, overdue the next day (Taken en functies, Procedure 2)', () => {
    const r = calamiteitenProcedure.verwerkAlle(start('geweld'), [
      { type: 'stap-afgerond', tijdstip: T('10:01'), stap: 'IN_VEILIGHEID_BRENGEN', rol: 'medewerker' },
      { type: 'stap-afgerond', tijdstip: T('10:02'), stap: 'SCHOOLLEIDER_INFORMEREN', rol: 'medewerker' },
      { type: 'stap-afgerond', tijdstip: T('16:00'), stap: 'CRISISTEAM_BIJEENROEPEN', rol: 'directeur' },
    ]);
    if (!r.ok) throw new Error('verwerk');
    const [t] = calamiteitenProcedure.openTermijnen(r.waarde, '2026-12-03T17:00:00+01:00');
    expect([t?.code, t?.termijn?.vervaltOp, t?.status?.fase]).toEqual([
      'CRISISTEAM_BIJEENKOMST',
      '2026-12-03T16:00:00+01:00',
      'verlopen',
    ]);
    expect(
      calamiteitenProcedure.volgendeStappen(r.waarde).find((s) => s.code === 'CRISISTEAM_BIJEEN')
        ?.termijnCode,
    ).toBe('CRISISTEAM_BIJEENKOMST');
  });

  it('every checklist step has a responsible role from the vocabulary (property over the tables)', () => {
    for (const s of [...CALAMITEIT_STAPPEN, ...ROUW_STAPPEN])
      expect(Object.hasOwn(CALAMITEITEN_ROLLEN, s.rol)).toBe(true);
  });

  it('property: in any accepted sequence a step comes after the steps it needs, and every next step has a role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INCIDENT_SOORTEN),
        fc.array(fc.constantFrom(...CALAMITEIT_STAPPEN.map((s) => s.code)), { maxLength: 40 }),
        (soort, codes) => {
          let d = start(soort);
          const gedaan: string[] = [];
          codes.forEach((stap, i) => {
            const r = calamiteitenProcedure.verwerk(d, {
              type: 'stap-afgerond',
              tijdstip: `2026-12-02T11:${String(i).padStart(2, '0')}:00+01:00` as Tijdstip,
              stap,
              rol: 'directeur',
            });
            if (!r.ok) return;
            const def = CALAMITEIT_STAPPEN.find((s) => s.code === stap);
            for (const voor of def?.na ?? []) {
              const v = CALAMITEIT_STAPPEN.find((s) => s.code === voor);
              if (!v?.soorten || v.soorten.includes(soort)) expect(gedaan).toContain(voor);
            }
            gedaan.push(stap);
            d = r.waarde;
          });
          for (const s of calamiteitenProcedure.volgendeStappen(d))
            expect(Object.hasOwn(CALAMITEITEN_ROLLEN, s.rol)).toBe(true);
        },
      ),
    );
  });
});

// The generic dossier laws on both procedures: a repeatable event (a follow-up meeting) builds long dossiers.
const tijdstip = isoDatum().map((d) => `${d}T09:00:00+01:00`);
const gebeurtenissen = (stappen: readonly string[]) =>
  fc.array(tijdstip, { maxLength: 8 }).chain((ts) =>
    fc.tuple(
      ...[...ts].sort().map((t, i) =>
        i === 0
          ? fc.constant({ type: 'gemeld', tijdstip: t, rol: 'medewerker' })
          : fc.oneof(
              fc.record({
                type: fc.constant('stap-afgerond'),
                tijdstip: fc.constant(t),
                stap: fc.constantFrom(...stappen),
                rol: fc.constant('directeur'),
              }),
              fc.record({
                type: fc.constant('overleg'),
                tijdstip: fc.constant(t),
                rol: fc.constant('directeur'),
              }),
              fc.record({
                type: fc.constant('afgesloten'),
                tijdstip: fc.constant(t),
                rol: fc.constant('directeur'),
              }),
            ),
      ),
    ),
  );
const reeks = (n: number) =>
  fc.constant(
    Array.from({ length: n }, (_, i) =>
      i === 0
        ? { type: 'gemeld', tijdstip: '2026-12-02T09:00:00+01:00', rol: 'medewerker' }
        : { type: 'overleg', tijdstip: '2026-12-02T09:00:00+01:00', rol: 'directeur' },
    ),
  );
const kop = (extra: Record<string, string>) =>
  fc.oneof(
    { arbitrary: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/).map((id) => ({ id, ...extra })), weight: 9 },
    { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
  );

dossierWetten(calamiteitenProcedure, {
  kop: kop({ soort: 'ongeval' }),
  gebeurtenissen: gebeurtenissen(CALAMITEIT_STAPPEN.map((s) => s.code)),
  reeks,
});
dossierWetten(rouwProcedure, {
  kop: kop({ situatie: 'overlijden-leerling' }),
  gebeurtenissen: gebeurtenissen(ROUW_STAPPEN.map((s) => s.code)),
  reeks,
});
