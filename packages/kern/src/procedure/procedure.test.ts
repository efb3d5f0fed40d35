import { describe, expect, it } from 'vitest';
import { SchoolveiligheidFout } from '../fout/fout.js';
import { type Dossier, procedure } from './procedure.js';
import { type Gebeurtenis, type Kop, tellers, voorbeeld } from './voorbeeldprocedure.js';

const uur = (n: number) =>
  new Date(Date.UTC(2026, 10, 23, 8) + n * 3_600_000)
    .toISOString()
    .replace('.000Z', 'Z') as `${number}-${number}-${number}T${string}`;
const gemeld = (n: number): Gebeurtenis => ({ type: 'gemeld', tijdstip: uur(n), rol: 'leerkracht' });

function bouw(n: number): Dossier<Kop, Gebeurtenis> {
  const begin = voorbeeld.nieuwDossier({ id: 'dossier-1' });
  if (!begin.ok) throw new Error('kop');
  let d = begin.waarde;
  for (let i = 0; i < n; i++) {
    const r = voorbeeld.verwerk(d, gemeld(i));
    if (!r.ok) throw new Error(r.problemen[0]?.code);
    d = r.waarde;
  }
  return d;
}

describe('procedure kernel', () => {
  it('opens a dossier only with a valid header, with the problem under kop', () => {
    const r = voorbeeld.nieuwDossier({ id: 'Jan Jansen' });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['ONGELDIG_FORMAAT', ['kop', 'id']],
    ]);
  });

  it('folds each event once: building a dossier of 10,000 events costs 10,000 fold steps (counted)', () => {
    for (const n of [10, 1_000, 10_000]) {
      tellers.pasToe = 0;
      const d = bouw(n);
      expect(tellers.pasToe).toBe(n);
      tellers.pasToe = 0;
      const t = voorbeeld.toestand(d);
      expect(t.ok && t.waarde.meldingen).toBe(n);
      expect(tellers.pasToe).toBe(0); // cached
    }
  });

  it('refuses events out of time order and events on a closed dossier, with kernel codes', () => {
    const d = bouw(2);
    const eerder = voorbeeld.verwerk(d, gemeld(0));
    expect(eerder.ok ? [] : eerder.problemen.map((p) => p.code)).toEqual(['GEBEURTENIS_VOOR_VORIGE']);
    const dicht = voorbeeld.verwerk(d, { type: 'gesloten', tijdstip: uur(3), rol: 'directeur' });
    if (!dicht.ok) throw new Error('sluiten');
    const na = voorbeeld.verwerk(dicht.waarde, gemeld(4));
    expect(na.ok ? [] : na.problemen.map((p) => p.code)).toEqual(['DOSSIER_GESLOTEN']);
  });

  it("runs the handler's own checks", () => {
    const leeg = voorbeeld.nieuwDossier({ id: 'dossier-2' });
    if (!leeg.ok) throw new Error('kop');
    const r = voorbeeld.verwerk(leeg.waarde, { type: 'besproken', tijdstip: uur(0), rol: 'leerkracht' });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['NOG_NIET_GEMELD']);
  });

  it('replays deterministically, survives a JSON round trip, and names the event index in problems', () => {
    const d = bouw(5);
    const json = JSON.parse(JSON.stringify(d));
    const gelezen = voorbeeld.leesDossier(json);
    expect(gelezen.ok && gelezen.waarde).toEqual(d);
    expect(voorbeeld.leesDossier(JSON.stringify(d)).ok).toBe(true);
    const kapot = {
      ...json,
      gebeurtenissen: [
        ...json.gebeurtenissen.slice(0, 3),
        { type: 'gemeld', tijdstip: 'gisteren', rol: 'leerkracht' },
      ],
    };
    const r = voorbeeld.leesDossier(kapot);
    expect(r.ok ? [] : r.problemen[0]?.pad).toEqual(['gebeurtenissen', 3, 'tijdstip']);
    const h = voorbeeld.herspeel({ id: 'dossier-1' }, json.gebeurtenissen);
    expect(h.ok && h.waarde).toEqual(d);
  });

  it('upcasts events stored by an older release (version 1: `door` instead of `rol`)', () => {
    const oud = {
      procedure: 'voorbeeld',
      versie: 1,
      kop: { id: 'dossier-3' },
      gebeurtenissen: [{ type: 'gemeld', tijdstip: uur(0), door: 'leerkracht' }],
    };
    const r = voorbeeld.leesDossier(oud);
    expect(r.ok && r.waarde.gebeurtenissen).toEqual([
      { type: 'gemeld', tijdstip: uur(0), rol: 'leerkracht', versie: 2 },
    ]);
    const nieuwer = voorbeeld.leesDossier({
      ...oud,
      gebeurtenissen: [{ ...oud.gebeurtenissen[0], versie: 3 }],
    });
    expect(nieuwer.ok ? [] : nieuwer.problemen.map((p) => p.code)).toEqual(['ONBEKENDE_VERSIE']);
  });

  it('accepts raw JSON events through verwerkJson, of any known version', () => {
    const d = bouw(1);
    const r = voorbeeld.verwerkJson(
      d,
      JSON.stringify({ type: 'besproken', tijdstip: uur(1), door: 'directeur' }),
    );
    expect(r.ok && voorbeeld.openTermijnen(r.waarde, uur(2))).toEqual([]);
    expect(voorbeeld.verwerkJson(d, '{niet json').ok).toBe(false);
  });

  it('appends a batch with verwerkAlle: each event folded once, all or none, problems at the batch index', () => {
    const d = bouw(2);
    // raw stored events: without `versie` they are version 1 (`door`), as verwerkJson reads them
    const lijst = [
      { ...gemeld(2), versie: 2 },
      { type: 'besproken', tijdstip: uur(3), door: 'directeur' },
      { ...gemeld(4), versie: 2 },
    ];
    tellers.pasToe = 0;
    const r = voorbeeld.verwerkAlle(d, JSON.stringify(lijst));
    expect(tellers.pasToe).toBe(3);
    let stapVoorStap = d;
    for (const g of lijst) {
      const s = voorbeeld.verwerkJson(stapVoorStap, g);
      if (!s.ok) throw new Error(s.problemen[0]?.code);
      stapVoorStap = s.waarde;
    }
    expect(r.ok && r.waarde).toEqual(stapVoorStap);
    tellers.pasToe = 0;
    expect(r.ok && voorbeeld.toestand(r.waarde).ok).toBe(true);
    expect(tellers.pasToe).toBe(0); // the batch's fold is cached like any other
    const kapot = voorbeeld.verwerkAlle(d, [lijst[0], { ...gemeld(1), versie: 2 }]);
    expect(kapot.ok ? [] : kapot.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['GEBEURTENIS_VOOR_VORIGE', [1]],
    ]);
    const geenLijst = voorbeeld.verwerkAlle(d, { type: 'gemeld' });
    expect(geenLijst.ok ? [] : geenLijst.problemen.map((p) => p.code)).toEqual(['GEEN_LIJST']);
    expect(voorbeeld.verwerkAlle(d, '[niet json').ok).toBe(false);
    expect(voorbeeld.verwerkAlle(null as never, []).ok).toBe(false);
  });

  it('never throws from toestand; openTermijnen and volgendeStappen throw typed errors on misuse', () => {
    for (const slecht of [
      null,
      5,
      {},
      { gebeurtenissen: null },
      { kop: { id: 'dossier-1' }, gebeurtenissen: [null] },
    ]) {
      const t = voorbeeld.toestand(slecht as never);
      expect(t.ok).toBe(false);
      expect(() => voorbeeld.volgendeStappen(slecht as never)).toThrow(SchoolveiligheidFout);
    }
    expect(() => voorbeeld.openTermijnen(bouw(1), 'morgen' as never)).toThrow(
      expect.objectContaining({ code: 'ONGELDIG_TIJDSTIP' }),
    );
  });

  it('returns frozen dossiers: the law of the fold cannot be bypassed by a push', () => {
    const d = bouw(1);
    expect(() => (d.gebeurtenissen as Gebeurtenis[]).push(gemeld(2))).toThrow(TypeError);
    expect(Object.isFrozen(d.kop)).toBe(true);
  });

  it('sweeps many stored dossiers from arrays and async iterables, one result each', async () => {
    const opgeslagen = [JSON.stringify(bouw(1)), bouw(0), 'kapot'];
    const sync = [...voorbeeld.openTermijnenVanAlle(opgeslagen, uur(5))];
    expect(sync.map((u) => (u.ok ? u.termijnen.map((t) => t.code) : 'fout'))).toEqual([
      ['BESPREKEN'],
      [],
      'fout',
    ]);
    async function* stroom() {
      yield* opgeslagen;
    }
    const asynchroon = [];
    for await (const u of voorbeeld.openTermijnenVanAlle(stroom(), uur(5))) asynchroon.push(u);
    expect(asynchroon).toEqual(sync);
    expect(() => voorbeeld.openTermijnenVanAlle(opgeslagen, 'nu' as never)).toThrow(SchoolveiligheidFout);
  });

  it('sweep: a source whose iterator is not a function is refused typed (was a raw TypeError)', () => {
    expect(() => voorbeeld.openTermijnenVanAlle({ [Symbol.iterator]: null } as never, uur(5))).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
  });

  it('sweep: a dossier whose terms the package refuses typed gives its own ok: false, the others go on', () => {
    const weigert = procedure({
      ...voorbeeld.definitie,
      openTermijnen: () => {
        throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Deze termijn kan niet worden berekend.');
      },
    });
    const uit = [...weigert.openTermijnenVanAlle([bouw(1), bouw(0)], uur(5))];
    expect(uit.map((u) => [u.index, u.ok, u.ok ? [] : u.problemen.map((p) => p.code)])).toEqual([
      [0, false, ['ONGELDIGE_INVOER']],
      [1, false, ['ONGELDIGE_INVOER']],
    ]);
  });
});
