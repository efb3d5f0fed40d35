// The seed preset against the rules (legal-rules.md §8; WPO 4c lid 1 onder c) and the contract template (seed
// Bijlage 2): worked checks that can fail.
import { describe, expect, it } from 'vitest';
import { antiPestContract } from '../contract/contract.js';
import { classificeerGedrag } from '../gedrag/gedrag.js';
import { controleerBeleid, SEED_2018_BELEID } from './seed2018.js';

describe('SEED_2018_BELEID', () => {
  it('reports the split of the WPO 4c tasks with both sources (seed: interne contactpersoon, not the veiligheidscoördinator)', () => {
    const b = controleerBeleid(SEED_2018_BELEID, '2026-12-02').bevindingen.find(
      (x) => x.regelId === 'pestprotocol.taken.bijEenPersoon',
    );
    expect(b?.oordeel).toBe('soepeler');
    expect(b?.beleid.bron.artikel).toBe('Interne contactpersoon, Functieomschrijving');
    expect(b?.wet?.bron.artikel).toBe('art. 4c lid 1 onder c');
    expect(b?.wet?.bron.zekerheid).toBe('interpretatie');
  });
});

describe('antiPestContract (seed Bijlage 2)', () => {
  it("keeps the seed's eight promises first and adds the class's own at the end", () => {
    const c = antiPestContract({ aanvullingen: ['Ik zal niemand uitlachen.'] });
    expect(c.ok && c.waarde.uitspraken.length).toBe(9);
    expect(c.ok && c.waarde.uitspraken[0]).toBe('Ik zal een ander respecteren.');
    expect(c.ok && c.waarde.eigenAanvullingen).toBe(1);
  });

  it('refuses an addition with personal data without repeating it, in English when asked', () => {
    const c = antiPestContract({ aanvullingen: ['ok', 'mail ouder@example.nl'] }, { taal: 'en' });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['PERSOONSGEGEVEN_IN_AANVULLING', ['aanvullingen', 1]],
    ]);
    expect(JSON.stringify(c.problemen)).not.toContain('example.nl');
    expect(c.problemen[0]?.melding).toMatch(/^An addition/);
  });
});

describe('classificeerGedrag input', () => {
  it('refuses a wrong type with a coded problem in English and does not echo the input', () => {
    const r = classificeerGedrag({ frequentie: 'ouder@example.nl' }, { taal: 'en' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('example.nl');
  });
});
