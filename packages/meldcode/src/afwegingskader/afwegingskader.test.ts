import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { type AfwegingOpties, doorloopAfwegingskader } from './afwegingskader.js';

interface Invoer {
  readonly antwoorden: unknown;
  readonly opties?: AfwegingOpties;
}

// Worked paths through the afwegingskader, one per outcome, each citing the afweging that decides it.
draaiFixtures<Invoer>(new URL('../../fixtures/afwegingskader.json', import.meta.url), (invoer) => {
  const r = doorloopAfwegingskader(invoer.antwoorden, invoer.opties);
  return r.ok ? { uitkomst: r.waarde.uitkomst } : { problemen: r.problemen.map((p) => p.code) };
});

describe('doorloopAfwegingskader', () => {
  it('gives every reason a source and a Dutch text', () => {
    const r = doorloopAfwegingskader({ vermoeden: 'ja', veiligheid: 'nee', hulpMogelijk: 'nee' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.redenen.map((x) => x.code)).toEqual([
      'AFWEGING_VERMOEDEN',
      'AFWEGING_VEILIGHEID',
      'AFWEGING_HULP',
      'UITKOMST_MELDEN',
    ]);
    for (const reden of r.waarde.redenen) {
      expect(reden.bron?.titel).toBeTruthy();
      expect(reden.tekst).not.toMatch(/\{/);
    }
  });

  it('says the afwegingskader was not yet mandatory before 1 January 2019 (Besluit meldcode 2018 text)', () => {
    const r = doorloopAfwegingskader({ vermoeden: 'ja', veiligheid: 'ja' }, { peildatum: '2018-09-01' });
    expect(r.ok && r.waarde.redenen.map((x) => x.code)).toContain('AFWEGINGSKADER_NIET_VERPLICHT');
  });

  it('does not count doubt as yes before the onderwijs variant existed (2018): a coded problem', () => {
    const r = doorloopAfwegingskader({ vermoeden: 'ja', veiligheid: 'twijfel' }, { peildatum: '2018-09-01' });
    expect(r.ok ? r.waarde.uitkomst : r.problemen.map((p) => p.code)).toEqual([
      'AFWEGING_TWIJFEL_RAADPLEEG_VEILIG_THUIS',
    ]);
  });

  it('reports an unanswered afweging in English with its number and path', () => {
    const r = doorloopAfwegingskader({ vermoeden: 'ja', veiligheid: 'nee' }, { taal: 'en' });
    expect(r.ok ? r.waarde : r.problemen).toEqual([
      {
        code: 'AFWEGING_ONBEANTWOORD',
        pad: ['antwoorden', 'hulpMogelijk'],
        melding: 'Afweging 3 has no answer; the decision needs it.',
        parameters: { afweging: 3 },
      },
    ]);
  });

  it('refuses unknown answers and fields without echoing them', () => {
    const r = doorloopAfwegingskader({ vermoeden: 'misschien 123456782', extra: 'Jan' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/123456782|Jan|misschien/);
  });
});
