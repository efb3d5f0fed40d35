import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { fixture, geval } from '../testhulp/fixtures.js';
import { beoordeelVerwijdering, type VerwijderingsVoorwaarden } from './verwijdering.js';

// The worked cases of fixtures/verwijderingen.json (WPO 40 lid 11; seed E.2 Verwijdering): the decision and a
// reason per precondition, met or not, in order.
draaiFixtures<VerwijderingsVoorwaarden>(fixture('verwijderingen.json'), (invoer) => {
  const b = beoordeelVerwijdering(invoer);
  return { uitkomst: b.uitkomst, redenen: b.redenen.map((r) => r.code) };
});

/** Every precondition met: the first case of the fixtures. */
const alles = geval<VerwijderingsVoorwaarden>(
  'verwijderingen.json',
  'Alle voorwaarden vervuld: definitief verwijderen mag',
).invoer;

describe('beoordeelVerwijdering', () => {
  it('8 weeks of searching is no ground in PO: another school must agree (legal-rules 4.3, 9 item 6)', () => {
    const b = beoordeelVerwijdering({ ...alles, ontvangendeSchool: false, wekenGezocht: 12 });
    expect(b.uitkomst).toBe(false);
    expect(b.redenen.map((r) => r.code)).toContain('ACHT_WEKEN_GEEN_GROND');
    expect(b.redenen[0]?.code).toBe('ONTVANGENDE_SCHOOL_NIET');
    expect(b.redenen[0]?.bron?.artikel).toBe('art. 40 lid 11');
  });

  it('blocks without hearing the groepsleerkracht or the ouders (WPO 40 lid 11) and cites WPO 63 for a bijzondere school', () => {
    const b = beoordeelVerwijdering({
      ...alles,
      denominatie: 'bijzonder',
      gehoord: { leerkracht: false, ouders: true, leerling: true },
    });
    expect(b.uitkomst).toBe(false);
    const reden = b.redenen.find((r) => r.code === 'LEERKRACHT_GEHOORD_NIET');
    expect(reden?.bron?.artikel).toBe('art. 40 lid 11 en 63 lid 2');
  });

  it('blocks without a research-based file or a voornemen first (seed E.2 Verwijdering)', () => {
    expect(
      beoordeelVerwijdering({ ...alles, onderzoeksdossier: false }).redenen.map((r) => r.code),
    ).toContain('ONDERZOEKSDOSSIER_NIET');
    expect(beoordeelVerwijdering({ ...alles, voornemenBekendgemaakt: false }).uitkomst).toBe(false);
  });
});
