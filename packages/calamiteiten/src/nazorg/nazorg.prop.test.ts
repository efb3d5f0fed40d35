// Properties of the aftercare terms (seed Bijlage 18 and 19: "binnen 72 uur", "binnen drie dagen", "binnen drie
// weken", "na ongeveer twee maanden", "twee weken na terugkeer"), each computed by kern's berekenTermijn: never
// before the incident, monotone in the start moment, independent of how the instant is written (its offset) and
// of the process time zone (the suite runs under three), and the dossier's openTermijnen give the same terms as
// nazorgPlan. The generator weights instants around the clock changes (testkit's tijdstip), where a day has 23 or
// 25 hours: the 72 hours are counted on the time line, the days on the Amsterdam calendar.
import { amsterdamseDatum, epochMs, type IsoDatum, plusDagen, type Tijdstip } from '@schoolveiligheid/kern';
import { isoDatum, metOffset, tijdstip } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calamiteitenProcedure } from '../dossier/procedure.js';
import { CALAMITEITEN_ROLLEN } from '../rollen/rollen.js';
import { type NazorgInvoer, type NazorgPlan, nazorgPlan } from './nazorg.js';

const slachtoffer = fc.constantFrom('leerling', 'medewerker' as const);
const OFFSETS = [0, 60, 120, -300, 330, 345, 525, 765, 840, -720, -570] as const;

/** Per term code: when it expires (epoch ms) and its last day. */
const vervalt = (plan: NazorgPlan) =>
  Object.fromEntries(
    plan.termijnen.map((t) => [t.code, [epochMs(t.termijn.vervaltOp), t.termijn.laatsteDag] as const]),
  );

/** What a plan says, without the echo of the input as given (`termijn.gebeurtenis`, the trace's start line). */
const strekking = (plan: NazorgPlan) => ({
  strengsteContact: plan.strengsteContact,
  opvang: plan.opvang,
  termijnen: plan.termijnen.map((t) => [
    t.code,
    t.rol,
    t.regel,
    t.bron,
    t.termijn.laatsteDag,
    t.termijn.vervaltOp,
    t.termijn.verlengdDoorAtw,
  ]),
});

describe('aftercare terms (seed Bijlagen 18 en 19)', () => {
  it('never end before the incident (or the return), end no earlier than their start day; every task has a role', () => {
    fc.assert(
      fc.property(tijdstip(), slachtoffer, fc.option(isoDatum(), { nil: undefined }), (op, wie, terug) => {
        const invoer: NazorgInvoer = {
          incidentOp: op,
          slachtoffer: wie,
          ...(terug === undefined ? {} : { terugkeerOp: terug }),
        };
        const plan = nazorgPlan(invoer).uitkomst;
        const dag = amsterdamseDatum(epochMs(op));
        for (const t of plan.termijnen) {
          const start = t.code === 'NAZORG_TERUGKEER' ? (terug as IsoDatum) : dag;
          expect(t.termijn.laatsteDag >= start).toBe(true);
          if (t.code !== 'NAZORG_TERUGKEER')
            expect(epochMs(t.termijn.vervaltOp)).toBeGreaterThan(epochMs(op));
          expect(t.termijn.spoor.length).toBeGreaterThan(0);
          expect(t.bron.zekerheid).toBe(t.code === 'NAZORG_CONTACT_3_DAGEN' ? 'interpretatie' : 'secundair');
        }
        for (const t of plan.taken)
          expect(Object.hasOwn(CALAMITEITEN_ROLLEN, t.rol) && t.tekst !== '').toBe(true);
        expect(plan.termijnen.some((t) => t.code === 'NAZORG_TERUGKEER')).toBe(
          wie === 'medewerker' && terug !== undefined,
        );
      }),
    );
  });

  it('are monotone in the start moment: a later incident never has an earlier term, across clock changes too', () => {
    fc.assert(
      fc.property(tijdstip(), fc.integer({ min: 0, max: 5 * 24 * 60 }), slachtoffer, (op, minuten, wie) => {
        const later = metOffset(epochMs(op) + minuten * 60_000, 60, { ms: true });
        const a = vervalt(nazorgPlan({ incidentOp: op, slachtoffer: wie }).uitkomst);
        const b = vervalt(nazorgPlan({ incidentOp: later, slachtoffer: wie }).uitkomst);
        for (const [code, [ms, laatsteDag]] of Object.entries(a)) {
          const [msLater, laatsteDagLater] = b[code] as readonly [number, IsoDatum];
          expect(msLater).toBeGreaterThanOrEqual(ms);
          expect(laatsteDagLater >= laatsteDag).toBe(true);
        }
      }),
    );
  });

  it('are monotone in the day of return (Bijlage 19, Terugkeer op het werk: two weeks after)', () => {
    fc.assert(
      fc.property(isoDatum(), fc.integer({ min: 0, max: 60 }), (terug, dagen) => {
        const plan = (t: IsoDatum) =>
          nazorgPlan({
            incidentOp: '2026-12-18T14:00:00+01:00',
            slachtoffer: 'medewerker',
            terugkeerOp: t,
          }).uitkomst.termijnen.find((x) => x.code === 'NAZORG_TERUGKEER')?.termijn.laatsteDag as IsoDatum;
        expect(plan(plusDagen(terug, dagen)) >= plan(terug)).toBe(true);
      }),
    );
  });

  it('do not depend on the offset the instant is written in', () => {
    fc.assert(
      fc.property(
        tijdstip(),
        fc.constantFrom(...OFFSETS),
        slachtoffer,
        fc.boolean(),
        (op, offset, wie, ernstig) => {
          const anders = metOffset(epochMs(op), offset, { ms: true });
          const plan = (incidentOp: Tijdstip) =>
            strekking(nazorgPlan({ incidentOp, slachtoffer: wie, ernstigOngeval: ernstig }).uitkomst);
          expect(plan(anders)).toEqual(plan(op));
        },
      ),
    );
  });

  it("appear in the calamity dossier's openTermijnen exactly as nazorgPlan computes them, until their step is done", () => {
    fc.assert(
      fc.property(
        tijdstip(),
        fc.constantFrom('ongeval', 'brand', 'geweld', 'misdrijf', 'zedendelict-medewerker' as const),
        (op, soort) => {
          const d = calamiteitenProcedure.nieuwDossier({ id: 'calamiteit-1', soort });
          const r = d.ok
            ? calamiteitenProcedure.verwerk(d.waarde, { type: 'gemeld', tijdstip: op, rol: 'medewerker' })
            : d;
          if (!r.ok) throw new Error('gemeld');
          const open = calamiteitenProcedure.openTermijnen(r.waarde, op);
          const plan = nazorgPlan({ incidentOp: op, slachtoffer: 'leerling' }).uitkomst;
          const opCode = <T extends { readonly code: string }>(l: readonly T[]) =>
            [...l].sort((x, y) => x.code.localeCompare(y.code));
          expect(opCode(open).map((t) => [t.code, t.rol, t.bron, t.termijn])).toEqual(
            opCode(plan.termijnen).map((t) => [t.code, t.rol, t.bron, t.termijn]),
          );
          expect(open.every((t) => t.status?.fase !== 'verlopen')).toBe(true);
        },
      ),
    );
  });
});
