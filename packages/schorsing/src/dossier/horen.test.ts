import { describe, expect, it } from 'vitest';
import { BEZWAAR_TEGEN_SCHORSING, bouwDossier, staat } from '../testhulp/dossier.js';
import { VERWIJDERINGSPROCEDURE } from '../testhulp/fixtures.js';
import { type SchorsingDossier as Dossier, verwerk, volgendeStappen } from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';

// The hearing on a bezwaar as events (issue 11): the documents lie for inspection at least a week before it
// (Awb 7:4 lid 2), the hearing itself (Awb 7:2), a recorded reason to leave it out (Awb 7:3; all grounds in horen-gronden.test.ts) and the
// report (Awb 7:7). A bijzondere school deciding on a bezwaar against a verwijdering must hear (WPO 63 lid 3).

const dossier = (denominatie: 'openbaar' | 'bijzonder', gebeurtenissen: readonly Gebeurtenis[]): Dossier =>
  bouwDossier('dossier-horen', denominatie, gebeurtenissen);

const BEZWAAR = BEZWAAR_TEGEN_SCHORSING;

const stappen = (d: Dossier) => volgendeStappen(d).map((s) => s.code);
const codes = (r: ReturnType<typeof verwerk>) => (r.ok ? [] : r.problemen.map((p) => p.code));

describe('the hearing on a bezwaar (Awb 7:2, 7:3, 7:4, 7:7)', () => {
  it('before anything: lay the documents out (Awb 7:4 lid 2) and hear the parents, or record why not (Awb 7:2, 7:3); deciding is refused', () => {
    const d = dossier('openbaar', BEZWAAR);
    expect(stappen(d)).toEqual(
      expect.arrayContaining(['STUKKEN_TER_INZAGE_LEGGEN', 'OUDERS_HOREN_OP_BEZWAAR']),
    );
    expect(stappen(d)).not.toContain('BESLISSEN_OP_BEZWAAR');
    const besluit: Gebeurtenis = {
      type: 'beslissing-op-bezwaar',
      datum: '2026-03-20',
      tegen: 'schorsing',
      uitkomst: 'gehandhaafd',
    };
    expect(codes(verwerk(d, besluit))).toEqual(['OUDERS_NIET_OPNIEUW_GEHOORD']);
  });

  it('worked case: a hearing waived by the parents (Awb 7:3 sub c): no hearing steps, the board may decide', () => {
    const d = dossier('openbaar', [
      ...BEZWAAR,
      { type: 'horen-achterwege', datum: '2026-03-12', tegen: 'schorsing', grond: 'afgezien' },
    ]);
    expect(staat(d).bezwaren[0]?.horenAchterwege).toEqual({ datum: '2026-03-12', grond: 'afgezien' });
    expect(stappen(d)).not.toContain('OUDERS_HOREN_OP_BEZWAAR');
    expect(stappen(d)).not.toContain('STUKKEN_TER_INZAGE_LEGGEN');
    expect(stappen(d)).toContain('BESLISSEN_OP_BEZWAAR');
    const r = verwerk(d, {
      type: 'beslissing-op-bezwaar',
      datum: '2026-03-20',
      tegen: 'schorsing',
      uitkomst: 'gehandhaafd',
    });
    expect(r.ok).toBe(true);
  });

  it('a manifestly inadmissible bezwaar (Awb 7:3 sub a) may be decided without a hearing too', () => {
    const d = dossier('openbaar', [
      ...BEZWAAR,
      {
        type: 'horen-achterwege',
        datum: '2026-03-12',
        tegen: 'schorsing',
        grond: 'kennelijk-niet-ontvankelijk',
      },
    ]);
    expect(stappen(d)).toContain('BESLISSEN_OP_BEZWAAR');
  });

  it('documents a week ahead, the hearing, then the report (Awb 7:4 lid 2: 11 March to 18 March is a week; Awb 7:7)', () => {
    const gehoord = dossier('openbaar', [
      ...BEZWAAR,
      { type: 'stukken-ter-inzage', datum: '2026-03-11', tegen: 'schorsing' },
      {
        type: 'hoorzitting',
        datum: '2026-03-18',
        tegen: 'schorsing',
        deelnemers: ['ouders', 'bevoegd-gezag'],
      },
    ]);
    expect(staat(gehoord).bezwaren[0]?.hoorzitting).toEqual({ datum: '2026-03-18', stukkenTijdig: true });
    expect(stappen(gehoord)).toContain('HOORVERSLAG_MAKEN');
    expect(stappen(gehoord)).not.toContain('OPNIEUW_HOREN_OVERWEGEN');
    const r = verwerk(gehoord, { type: 'hoorverslag', datum: '2026-03-19', tegen: 'schorsing' });
    if (!r.ok) throw new Error('verslag');
    expect(stappen(r.waarde)).not.toContain('HOORVERSLAG_MAKEN');
    expect(stappen(r.waarde)).toContain('BESLISSEN_OP_BEZWAAR');
  });

  it('documents laid out only six days before the hearing: consider hearing again (Awb 7:4 lid 2)', () => {
    const d = dossier('openbaar', [
      ...BEZWAAR,
      { type: 'stukken-ter-inzage', datum: '2026-03-12', tegen: 'schorsing' },
      { type: 'hoorzitting', datum: '2026-03-18', tegen: 'schorsing', deelnemers: ['ouders'] },
    ]);
    expect(staat(d).bezwaren[0]?.hoorzitting?.stukkenTijdig).toBe(false);
    expect(stappen(d)).toContain('OPNIEUW_HOREN_OVERWEGEN');
  });

  it('a report without a hearing, and hearing events without a bezwaar, are refused with codes', () => {
    const d = dossier('openbaar', BEZWAAR);
    expect(codes(verwerk(d, { type: 'hoorverslag', datum: '2026-03-19', tegen: 'schorsing' }))).toEqual([
      'GEEN_HOORZITTING',
    ]);
    const leeg = dossier('openbaar', BEZWAAR.slice(0, 2));
    expect(
      codes(verwerk(leeg, { type: 'stukken-ter-inzage', datum: '2026-03-11', tegen: 'schorsing' })),
    ).toEqual(['GEEN_BEZWAAR']);
  });

  it('a bijzondere school cannot leave out hearing the parents on a bezwaar against a verwijdering (WPO 63 lid 3)', () => {
    const d = dossier('bijzonder', [
      ...VERWIJDERINGSPROCEDURE,
      { type: 'bezwaar-ingediend', datum: '2026-05-04', tegen: 'verwijdering' },
    ]);
    const r = verwerk(d, {
      type: 'horen-achterwege',
      datum: '2026-05-05',
      tegen: 'verwijdering',
      grond: 'afgezien',
    });
    expect(codes(r)).toEqual(['HOREN_VERPLICHT']);
    // and the Awb's documents step does not apply there
    expect(stappen(d)).not.toContain('STUKKEN_TER_INZAGE_LEGGEN');
    expect(stappen(d)).toContain('OUDERS_HOREN_OP_BEZWAAR');
  });
});
