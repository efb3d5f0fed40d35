import { describe, expect, it } from 'vitest';
import { herspeel, nieuwDossier, volgendeStappen } from './dossier.js';

// Issue 11: OPP and samenwerkingsverband as optional header data. WPO 40a lid 1: the board sets an
// ontwikkelingsperspectief for a pupil who needs extra support; WPO 43 lid 2: the Geschillencommissie hears disputes
// on the verwijdering (art. 40 lid 11) and on the ontwikkelingsperspectief (art. 40a lid 1, 2, 5). Involving the
// samenwerkingsverband in a verwijdering of such a pupil is the SDK's reading (WPO_40A_OPP_VERWIJDERING).
const kop = {
  id: 'dossier-opp',
  leerling: 'leerling-1',
  denominatie: 'openbaar',
  kalender: { regio: 'noord' },
} as const;
const gesprek = {
  type: 'gesprek',
  datum: '2026-03-02',
  onderwerp: 'verwijdering',
  deelnemers: ['ouders', 'leerkracht'],
};

describe('OPP and samenwerkingsverband context (WPO 40a, 43; issue 11)', () => {
  it('a verwijdering of a pupil with an OPP asks to involve the samenwerkingsverband; without the context it does not', () => {
    const met = herspeel({ ...kop, ontwikkelingsperspectief: true, samenwerkingsverband: 'swv-po-2801' }, [
      gesprek,
    ]);
    const zonder = herspeel(kop, [gesprek]);
    if (!met.ok || !zonder.ok) throw new Error('dossier');
    const stap = volgendeStappen(met.waarde).find((s) => s.code === 'SAMENWERKINGSVERBAND_BETREKKEN');
    expect(stap?.rol).toBe('bevoegd-gezag');
    expect(stap?.bron?.artikel).toMatch(/40a/);
    expect(stap?.tekst).toMatch(/WPO 43 lid 2/);
    // the header's id is not repeated in the text
    expect(stap?.tekst).not.toMatch(/swv-po-2801/);
    expect(volgendeStappen(zonder.waarde).map((s) => s.code)).not.toContain('SAMENWERKINGSVERBAND_BETREKKEN');
  });

  it('the header fields are optional and validated: a name instead of an id is refused', () => {
    expect(nieuwDossier(kop).ok).toBe(true);
    const naam = nieuwDossier({ ...kop, samenwerkingsverband: 'Passend Onderwijs Noord' });
    expect(naam.ok ? [] : naam.problemen.map((p) => p.pad.at(-1))).toEqual(['samenwerkingsverband']);
  });
});
