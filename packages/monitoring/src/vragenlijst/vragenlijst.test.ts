import type { IsoDatum } from '@schoolveiligheid/kern';
import { draaiFixtures, leesFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { aggregeerVragenlijst, type VragenlijstAntwoord } from './vragenlijst.js';

interface Invoer {
  readonly peildatum: IsoDatum;
  readonly groepen: readonly { bestuur: string; school: string; groep: string; aantal: number }[];
}

/** The answers of a fixture round: per group its number of answers, each with a scale score. */
const ronde = (invoer: Invoer): VragenlijstAntwoord[] =>
  invoer.groepen.flatMap(({ bestuur, school, groep, aantal }) =>
    Array.from({ length: aantal }, () => ({ bestuur, school, groep, schalen: { veiligheidsbeleving: 3 } })),
  );

const FIXTURES = new URL('../../fixtures/vragenlijst.json', import.meta.url);
const fixtures = leesFixtures<Invoer>(FIXTURES);

// Worked rounds of the complementary suppression, each citing its source (fixtures/vragenlijst.json).
draaiFixtures<Invoer>(FIXTURES, (invoer) => {
  const r = aggregeerVragenlijst(ronde(invoer), { peildatum: invoer.peildatum });
  return {
    cellen: r.cellen.map((c) => [c.sleutel, c.aantal]),
    onderdrukt: r.onderdrukt,
    secundairOnderdrukt: r.secundairOnderdrukt,
  };
});

describe('aggregeerVragenlijst', () => {
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
    // groep-8 has 8 answers: below 10, not reported; groep-7 (12) neither, or groep-8 = 20 - 12
    expect(r.cellen.map((c) => c.sleutel)).toEqual(['b', 'b/s']);
    expect(r.onderdrukt).toBe(1);
    expect(r.secundairOnderdrukt).toBe(1);
    expect(r.redenen.map((x) => x.code)).toEqual([
      'CELGROOTTE_BELEID',
      'CEL_ONDERDRUKT',
      'CEL_SECUNDAIR_ONDERDRUKT',
      'RESPONS_TE_LAAG',
    ]);
  });

  it('complementary suppression per level: a worked bestuur (SDC handbook ch. 4, secondary cell suppression)', () => {
    // bestuur b: school s1 with groups of 14, 12 and 6; school s2 with two groups of 11; school s3 with one
    // group of 7 (the second case of fixtures/vragenlijst.json). Minimum 10 (the registry's default).
    const r = aggregeerVragenlijst(ronde((fixtures[1] as (typeof fixtures)[number]).invoer), {
      peildatum: '2026-11-20',
    });
    // primary: s1/g8 (6), s3 (7) and s3/g8 (7). Secondary, each closing one relation with a single
    // suppressed cell: s1/g7 (s1 = g6 + g7 + g8, the smallest visible sibling of g8), s2 (b = s1 + s2 + s3,
    // the smallest visible sibling of s3) and then s2/g7 (s2 is now hidden while its groups are shown: the
    // smallest child, the lower key of two equal ones).
    expect(r.cellen.map((c) => [c.sleutel, c.aantal])).toEqual([
      ['b', 61],
      ['b/s1', 32],
      ['b/s1/g6', 14],
      ['b/s2/g8', 11],
    ]);
    // what subtraction still gives: s1 - g6 = 18 = g7 + g8, and b - s1 = 29 = s2 + s3 = g7' + 11 + s3: sums of
    // at least two suppressed cells, never one cell
    const reden = r.redenen.find((x) => x.code === 'CEL_SECUNDAIR_ONDERDRUKT');
    expect(reden?.parameters).toEqual({ aantal: 3 });
    expect(reden?.bron?.zekerheid).toBe('interpretatie');
    expect(reden?.tekst).toBe(
      'Nog 3 cel(len) zijn niet gerapporteerd, zodat geen onderdrukte cel uit het totaal en de andere cellen is terug te rekenen.',
    );
  });

  it('a single school under a bestuur and a single group under a school: the parent equals the child', () => {
    const lijst = Array.from({ length: 15 }, (_, i) => ({
      bestuur: 'b',
      school: i < 12 ? 's' : 't',
      groep: 'g8',
    }));
    // t (3) is below 10, so s is hidden with it (b = s + t); s has one group, so s/g8 = s is hidden too,
    // and t/g8 = t was already below the minimum
    const r = aggregeerVragenlijst(lijst, { peildatum: '2026-11-20' });
    expect(r.cellen.map((c) => c.sleutel)).toEqual(['b']);
    expect([r.onderdrukt, r.secundairOnderdrukt]).toEqual([2, 2]);
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
