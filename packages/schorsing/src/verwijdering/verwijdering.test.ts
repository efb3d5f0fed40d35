import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { fixture, geval } from '../testhulp/fixtures.js';
import { beoordeelVerwijdering, nietVoldaan, type VerwijderingsVoorwaarden } from './verwijdering.js';

// The worked cases of fixtures/verwijderingen.json (WPO 40 lid 11, 63 lid 2): without a policy only the
// statute's preconditions apply; the decision and a reason per precondition, met or not, in order.
draaiFixtures<VerwijderingsVoorwaarden>(fixture('verwijderingen.json'), (invoer) => {
  const b = beoordeelVerwijdering(invoer);
  return { uitkomst: b.uitkomst, redenen: b.redenen.map((r) => r.code) };
});

/** Every precondition met, the statute's and the seed's: the first case of the fixtures. */
const alles = geval<VerwijderingsVoorwaarden>(
  'verwijderingen.json',
  'Alle voorwaarden vervuld: definitief verwijderen mag',
).invoer;

/** Only the statute's preconditions met: the third case of the fixtures. */
const alleenWet = geval<VerwijderingsVoorwaarden>(
  'verwijderingen.json',
  'Zonder beleid: leerling niet gehoord, geen onderzoeksdossier, geen voornemen en geen schriftelijke bevestiging: de wet staat verwijderen toe',
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

  it('without a policy the seed conditions are not asked: the statute allows it (WPO 40 lid 11, 63 lid 2)', () => {
    const b = beoordeelVerwijdering(alleenWet);
    expect(b.uitkomst).toBe(true);
    for (const r of b.redenen) expect(r.bron?.titel).not.toContain('Veiligheidsplan');
  });

  it('the seed policy asks the pupil heard, a research-based file, a voornemen first and written confirmation (seed E.2 Verwijdering, stap 2-3)', () => {
    const b = beoordeelVerwijdering({ ...alleenWet, beleid: SEED_2018_BELEID, peildatum: '2026-04-02' });
    expect(b.uitkomst).toBe(false);
    expect(nietVoldaan(b).map((r) => [r.code, r.bron?.artikel])).toEqual([
      ['ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET', 'E.2 Verwijdering, stap 3'],
      ['LEERLING_GEHOORD_NIET', 'E.2 Verwijdering, stap 2'],
      ['ONDERZOEKSDOSSIER_NIET', 'E.2 Verwijdering'],
      ['VOORNEMEN_NIET', 'E.2 Verwijdering, stap 2'],
    ]);
    expect(nietVoldaan(b).every((r) => r.bron?.zekerheid === 'secundair')).toBe(true);
    expect(
      beoordeelVerwijdering({ ...alles, schriftelijkBevestigd: true, beleid: SEED_2018_BELEID }).uitkomst,
    ).toBe(true);
    expect(beoordeelVerwijdering({ ...alles, beleid: SEED_2018_BELEID }).uitkomst).toBe(false);
  });

  it('a school policy that sets a condition to false asks nothing beyond the statute; a policy that is no policy throws', () => {
    const bron = { titel: 'Schoolgids', zekerheid: 'secundair' } as const;
    const beleid = {
      id: 'school',
      naam: 'Schoolbeleid',
      bron,
      waarden: { 'schorsing.verwijdering.onderzoeksdossier': { waarde: true, bron } },
    };
    const b = beoordeelVerwijdering({ ...alleenWet, beleid });
    expect(nietVoldaan(b).map((r) => r.code)).toEqual(['ONDERZOEKSDOSSIER_NIET']);
    // the school's own source is not echoed: a fixed reference instead
    expect(nietVoldaan(b)[0]?.bron?.titel).not.toBe('Schoolgids');
    expect(() => beoordeelVerwijdering({ ...alleenWet, beleid: { naam: 'x' } as never })).toThrow(
      expect.objectContaining({ code: 'BELEID_ONGELDIG' }),
    );
    expect(() => beoordeelVerwijdering({ ...alleenWet, peildatum: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_DATUM' }),
    );
  });
});
