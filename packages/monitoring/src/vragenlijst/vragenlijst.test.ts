import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregeerVragenlijst, type VragenlijstAntwoord } from './vragenlijst.js';

const antwoord = fc.record({
  bestuur: fc.constantFrom('bestuur-a', 'bestuur-b'),
  school: fc.constantFrom('school-1', 'school-2'),
  groep: fc.constantFrom('groep-6', 'groep-7', 'groep-8'),
  schalen: fc.record({
    veiligheidsbeleving: fc.integer({ min: 1, max: 4 }),
    welbevinden: fc.integer({ min: 1, max: 4 }),
  }),
  incidenten: fc.record({ gepest: fc.boolean() }),
  pestStellingen: fc.record({ 'ik-word-uitgescholden': fc.constantFrom('nooit', 'soms', 'vaak') }),
});

describe('aggregeerVragenlijst', () => {
  it('never reports a cell below the minimum cell size (property)', () => {
    fc.assert(
      fc.property(
        fc.array(antwoord, { maxLength: 120 }),
        fc.integer({ min: 10, max: 30 }),
        (lijst, minimum) => {
          const beleid = {
            id: 'eigen',
            naam: 'Eigen',
            bron: { titel: 'Beleid', zekerheid: 'secundair' as const },
            waarden: {
              'monitoring.monitor.minimaleCelgrootte': {
                waarde: minimum,
                bron: { titel: 'Beleid', zekerheid: 'secundair' as const },
              },
            },
          };
          const r = aggregeerVragenlijst(lijst, { peildatum: '2026-11-20', beleid });
          for (const c of r.cellen) expect(c.aantal).toBeGreaterThanOrEqual(minimum);
          // every answer is counted in exactly one board cell, reported or not
          const perBestuur = new Map<string, number>();
          for (const a of lijst) perBestuur.set(a.bestuur, (perBestuur.get(a.bestuur) ?? 0) + 1);
          for (const c of r.cellen.filter((x) => x.niveau === 'bestuur'))
            expect(c.aantal).toBe(perBestuur.get(c.sleutel));
        },
      ),
    );
  });

  it('a worked round: averages, shares per option, response and trend (the delivered monitor: ZIEN!/ParnasSys)', () => {
    const lijst: VragenlijstAntwoord[] = Array.from({ length: 20 }, (_, i) => ({
      bestuur: 'b',
      school: 's',
      groep: i < 12 ? 'groep-7' : 'groep-8',
      schalen: { veiligheidsbeleving: i % 2 === 0 ? 4 : 3 },
      incidenten: { gepest: i < 5 },
      pestStellingen: { uitgescholden: i < 15 ? 'nooit' : 'soms' },
    }));
    const vorige = aggregeerVragenlijst(
      lijst.map((a) => ({ ...a, schalen: { veiligheidsbeleving: 3 } })),
      { peildatum: '2025-11-20' },
    );
    const r = aggregeerVragenlijst(lijst, {
      peildatum: '2026-11-20',
      populatie: { 'b/s': 50 },
      vorigeRonde: vorige,
    });
    const school = r.cellen.find((c) => c.sleutel === 'b/s');
    expect(school).toMatchObject({
      aantal: 20,
      gemiddelden: { veiligheidsbeleving: 3.5 },
      incidenten: { gepest: 25 },
      pestStellingen: { uitgescholden: { nooit: 75, soms: 25 } },
      respons: { leerlingen: 50, percentage: 40, representatief: false },
      trend: { veiligheidsbeleving: 0.5 },
    });
    // groep-8 has 8 answers: below 10, not reported
    expect(r.cellen.map((c) => c.sleutel)).toEqual(['b', 'b/s', 'b/s/groep-7']);
    expect(r.onderdrukt).toBe(1);
    expect(r.redenen.map((x) => x.code)).toEqual(['CELGROOTTE_BELEID', 'CEL_ONDERDRUKT', 'RESPONS_TE_LAAG']);
  });

  it('streams: a generator is read once, invalid answers are counted and skipped', () => {
    function* bron() {
      for (let i = 0; i < 15; i++)
        yield { bestuur: 'b', school: 's', groep: 'g', schalen: { welbevinden: 2 } };
      yield { bestuur: 'Jan Jansen', school: 's', groep: 'g' };
      yield { bestuur: 'b', school: 's', groep: 'g', schalen: { welbevinden: 9 } };
    }
    const r = aggregeerVragenlijst(bron() as Iterable<VragenlijstAntwoord>, { peildatum: '2026-11-20' });
    expect(r.ongeldig).toBe(2);
    expect(r.cellen[0]?.aantal).toBe(15);
    expect(JSON.stringify(r)).not.toContain('Jan Jansen');
  });
});
