import { type IsoDatum, plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startdatumArb } from '../testhulp/arbitraries.js';
import { nieuwDossier, type SchorsingDossier, verwerk } from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';
import { overzichtSchorsingen } from './overzicht.js';

// The property of issue 11: "the school days covered by all schorsingen of one pupil in one uninterrupted run never
// exceed the maximum without a recorded reason" (WPO 40c lid 1). Within one dossier the dossier refuses it
// (SCHORSING_SLUIT_AAN); across dossiers of one pupil the overview flags every such run, and only those. Random
// schorsingen (1-5 school days, some with a reason, some lifted early) in one to three dossiers, each event kept
// only when its dossier accepts it.
const stapArb = fc.record({
  dossier: fc.integer({ min: 0, max: 2 }),
  dagen: fc.integer({ min: 0, max: 8 }),
  aantal: fc.integer({ min: 1, max: 5 }),
  reden: fc.boolean(),
  opheffen: fc.integer({ min: 0, max: 4 }),
});

type Stap = { dossier: number; dagen: number; aantal: number; reden: boolean; opheffen: number };

function bouw(start: IsoDatum, stappen: readonly Stap[], dossiers: number) {
  const lijst: SchorsingDossier[] = [];
  for (let i = 0; i < dossiers; i++) {
    const d = nieuwDossier({
      id: `dossier-${i}`,
      leerling: 'leerling-1',
      denominatie: 'openbaar',
      kalender: { regio: 'noord' },
    });
    if (!d.ok) throw new Error('dossier');
    lijst.push(d.waarde);
  }
  let datum = start;
  for (const s of stappen) {
    datum = plusDagen(datum, s.dagen);
    const i = s.dossier % dossiers;
    const d = lijst[i];
    if (!d) continue;
    const g: Gebeurtenis = {
      type: 'schorsing-besloten',
      datum,
      ingangsdatum: datum,
      duur: { aantal: s.aantal, eenheid: 'schooldagen' },
      ...(s.reden ? { redenAansluitend: 'Vastgelegde reden voor het aansluiten.' } : {}),
    };
    const r = verwerk(d, g);
    if (!r.ok) continue;
    let nieuw = r.waarde;
    if (s.opheffen > 0 && s.opheffen < s.aantal) {
      const dagen = nieuw.gebeurtenissen.length;
      const op = verwerk(nieuw, {
        type: 'schorsing-opgeheven',
        datum,
        terugOp: plusDagen(datum, s.opheffen),
      });
      if (op.ok && op.waarde.gebeurtenissen.length === dagen + 1) nieuw = op.waarde;
    }
    lijst[i] = nieuw;
  }
  return lijst;
}

describe('property: uninterrupted runs of schorsingen (WPO 40c lid 1; issue 11)', () => {
  it('one dossier: no run exceeds the maximum without a recorded reason', () => {
    fc.assert(
      fc.property(startdatumArb, fc.array(stapArb, { maxLength: 12 }), (start, stappen) => {
        const [d] = bouw(start, stappen, 1);
        if (!d) throw new Error('dossier');
        const r = overzichtSchorsingen(d);
        if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
        for (const o of r.waarde)
          for (const reeks of o.reeksen) expect(!reeks.bovenMaximum || reeks.redenVastgelegd).toBe(true);
      }),
    );
  });

  it('several dossiers of one pupil: exactly the runs above the maximum without a reason are flagged; days add up', () => {
    fc.assert(
      fc.property(
        startdatumArb,
        fc.array(stapArb, { maxLength: 12 }),
        fc.integer({ min: 2, max: 3 }),
        (start, stappen, n) => {
          const r = overzichtSchorsingen(bouw(start, stappen, n));
          if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
          for (const o of r.waarde) {
            const gemarkeerd = o.redenen.filter((x) => x.code === 'OVERZICHT_REEKS_ZONDER_REDEN').length;
            expect(gemarkeerd).toBe(o.reeksen.filter((x) => x.bovenMaximum && !x.redenVastgelegd).length);
            expect(o.reeksen.reduce((t, x) => t + x.schooldagen, 0)).toBe(o.schooldagen);
            expect(o.schorsingen.reduce((t, x) => t + x.schooldagen, 0)).toBe(o.schooldagen);
          }
        },
      ),
    );
  });
});
