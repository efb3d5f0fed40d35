import { describe, expect, it } from 'vitest';
import { beoordeelVerwijdering, type VerwijderingsVoorwaarden } from './verwijdering.js';

const alles: VerwijderingsVoorwaarden = {
  denominatie: 'openbaar',
  gehoord: { leerkracht: true, ouders: true, leerling: true },
  onderzoeksdossier: true,
  voornemenBekendgemaakt: true,
  ontvangendeSchool: true,
};

describe('beoordeelVerwijdering', () => {
  it('allows a verwijdering when every precondition is met, with a reason per condition (WPO 40 lid 11; seed E.2)', () => {
    const b = beoordeelVerwijdering(alles);
    expect(b.uitkomst).toBe(true);
    expect(b.redenen.map((r) => r.code)).toEqual([
      'ONTVANGENDE_SCHOOL',
      'LEERKRACHT_GEHOORD',
      'OUDERS_GEHOORD',
      'LEERLING_GEHOORD',
      'ONDERZOEKSDOSSIER',
      'VOORNEMEN',
    ]);
  });

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
