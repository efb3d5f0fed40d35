import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEZWAAR_TEGEN_SCHORSING, bouwDossier, HOORGRONDEN, staat } from '../testhulp/dossier.js';
import { type SchorsingDossier as Dossier, verwerk, volgendeStappen } from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';

// Issue 11, the hearing's remaining rules, each read in the Awb consolidation of 2026-01-01 (the same text in
// 2016-07-01): all five grounds of Awb 7:3 for leaving the hearing out, the ground stated in the decision
// (Awb 7:12 lid 1), the parents' consent to leave out the inspection of the documents (Awb 7:4 lid 5), and a
// bezwaar that extends to the revocation of the schorsing it is against (Awb 6:19 lid 1).

const BEZWAAR = BEZWAAR_TEGEN_SCHORSING;
const dossier = (extra: readonly Gebeurtenis[]): Dossier =>
  bouwDossier('dossier-horen-gronden', 'openbaar', [...BEZWAAR, ...extra]);
const stappen = (d: Dossier) => volgendeStappen(d).map((s) => s.code);
const codes = (r: ReturnType<typeof verwerk>) => (r.ok ? [] : r.problemen.map((p) => [p.code, p.pad.at(-1)]));
const stapTekst = (d: Dossier, code: string) => volgendeStappen(d).find((s) => s.code === code)?.tekst;
const besluit = (uitkomst: 'gehandhaafd' | 'herroepen'): Gebeurtenis => ({
  type: 'beslissing-op-bezwaar',
  datum: '2026-03-25',
  tegen: 'schorsing',
  uitkomst,
});

describe('leaving the hearing out: Awb 7:3 sub a to e, stated in the decision (Awb 7:12 lid 1)', () => {
  it.each([
    ['kennelijk-niet-ontvankelijk', 'a'],
    ['kennelijk-ongegrond', 'b'],
    ['afgezien', 'c'],
  ] as const)('grond %s: the board may decide, and is told to state sub %s in the decision', (grond, sub) => {
    const d = dossier([{ type: 'horen-achterwege', datum: '2026-03-12', tegen: 'schorsing', grond }]);
    expect(stappen(d)).toContain('BESLISSEN_OP_BEZWAAR');
    expect(stappen(d)).not.toContain('OUDERS_HOREN_OP_BEZWAAR');
    expect(stapTekst(d, 'GROND_AFZIEN_HOREN_VERMELDEN')).toContain(`Awb 7:3 sub ${sub}`);
    expect(verwerk(d, besluit('gehandhaafd')).ok).toBe(true);
  });

  it('worked case, sub d: the parents had until Friday 20 March to ask to be heard; recorded on 23 March it stands, on 20 March it is refused', () => {
    const achterwege = (datum: string): Gebeurtenis => ({
      type: 'horen-achterwege',
      datum: datum as '2026-03-23',
      tegen: 'schorsing',
      grond: 'geen-reactie',
      reactietermijnTot: '2026-03-20',
    });
    const d = dossier([]);
    expect(codes(verwerk(d, achterwege('2026-03-20')))).toEqual([
      ['REACTIETERMIJN_LOOPT', 'reactietermijnTot'],
    ]);
    const r = verwerk(d, achterwege('2026-03-23'));
    if (!r.ok) throw new Error('sub d');
    expect(staat(r.waarde).bezwaren[0]?.horenAchterwege).toEqual({
      datum: '2026-03-23',
      grond: 'geen-reactie',
      reactietermijnTot: '2026-03-20',
    });
    expect(stapTekst(r.waarde, 'GROND_AFZIEN_HOREN_VERMELDEN')).toContain('Awb 7:3 sub d');
  });

  it('sub d without its reply term, and a reply term with another ground, are refused with the field named', () => {
    const d = dossier([]);
    expect(
      codes(
        verwerk(d, {
          type: 'horen-achterwege',
          datum: '2026-03-23',
          tegen: 'schorsing',
          grond: 'geen-reactie',
        }),
      ),
    ).toEqual([['REACTIETERMIJN_ONTBREEKT', 'reactietermijnTot']]);
    expect(
      codes(
        verwerk(d, {
          type: 'horen-achterwege',
          datum: '2026-03-23',
          tegen: 'schorsing',
          grond: 'afgezien',
          reactietermijnTot: '2026-03-20',
        }),
      ),
    ).toEqual([['REACTIETERMIJN_ZONDER_GROND', 'reactietermijnTot']]);
  });

  it('sub e: granting the bezwaar in full needs no hearing, upholding the decision after it is refused (Awb 7:3 sub e with 7:2)', () => {
    const d = dossier([
      {
        type: 'horen-achterwege',
        datum: '2026-03-12',
        tegen: 'schorsing',
        grond: 'volledig-tegemoetgekomen',
      },
    ]);
    expect(stapTekst(d, 'GROND_AFZIEN_HOREN_VERMELDEN')).toContain('herroep het besluit');
    expect(codes(verwerk(d, besluit('gehandhaafd')))).toEqual([['HOREN_NODIG_BIJ_HANDHAVEN', 'uitkomst']]);
    expect(verwerk(d, besluit('herroepen')).ok).toBe(true);
    // once the parents are heard after all, the board may uphold
    const gehoord = dossier([
      {
        type: 'horen-achterwege',
        datum: '2026-03-12',
        tegen: 'schorsing',
        grond: 'volledig-tegemoetgekomen',
      },
      { type: 'hoorzitting', datum: '2026-03-19', tegen: 'schorsing', deelnemers: ['ouders'] },
    ]);
    expect(verwerk(gehoord, besluit('gehandhaafd')).ok).toBe(true);
    expect(stappen(gehoord)).not.toContain('GROND_AFZIEN_HOREN_VERMELDEN');
  });
});

describe('the inspection of the documents left out with consent (Awb 7:4 lid 5)', () => {
  it('worked case: consent on 11 March, hearing on 13 March: no documents step, the hearing counts as prepared', () => {
    const zonder = dossier([]);
    expect(stappen(zonder)).toContain('STUKKEN_TER_INZAGE_LEGGEN');
    const d = dossier([
      { type: 'inzage-achterwege', datum: '2026-03-11', tegen: 'schorsing' },
      {
        type: 'hoorzitting',
        datum: '2026-03-13',
        tegen: 'schorsing',
        deelnemers: ['ouders', 'bevoegd-gezag'],
      },
    ]);
    expect(staat(d).bezwaren[0]?.inzageAchterwege).toBe('2026-03-11');
    expect(staat(d).bezwaren[0]?.hoorzitting).toEqual({ datum: '2026-03-13', stukkenTijdig: true });
    expect(stappen(d)).not.toContain('OPNIEUW_HOREN_OVERWEGEN');
    // without the consent, a hearing two days after the documents were laid out is not prepared (lid 2)
    const kort = dossier([
      { type: 'stukken-ter-inzage', datum: '2026-03-11', tegen: 'schorsing' },
      { type: 'hoorzitting', datum: '2026-03-13', tegen: 'schorsing', deelnemers: ['ouders'] },
    ]);
    expect(stappen(kort)).toContain('OPNIEUW_HOREN_OVERWEGEN');
  });

  it('consent without a bezwaar is refused', () => {
    const d = bouwDossier('dossier-horen-gronden', 'openbaar', BEZWAAR.slice(0, 2));
    expect(codes(verwerk(d, { type: 'inzage-achterwege', datum: '2026-03-11', tegen: 'schorsing' }))).toEqual(
      [['GEEN_BEZWAAR', 'tegen']],
    );
  });
});

describe('a bezwaar against a schorsing that is revoked (Awb 6:19 lid 1)', () => {
  it('worked case: the schorsing revoked on 16 March while the bezwaar runs: the bezwaar extends to the revocation', () => {
    const d = dossier([{ type: 'schorsing-ingetrokken', datum: '2026-03-16' }]);
    expect(stappen(d)).toContain('BEZWAAR_MEDE_TEGEN_INTREKKING');
    const bron = volgendeStappen(d).find((s) => s.code === 'BEZWAAR_MEDE_TEGEN_INTREKKING')?.bron;
    expect(bron).toMatchObject({ wet: 'awb', lid: 1, zekerheid: 'wettekst' });
    expect(bron?.artikel).toContain('6:19');
    expect(stappen(dossier([]))).not.toContain('BEZWAAR_MEDE_TEGEN_INTREKKING');
  });
});

describe('property: deciding after the hearing or a recorded ground of Awb 7:3', () => {
  it('is accepted exactly when the parents were heard or a ground is recorded, and never upholds after sub e without a hearing', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...HOORGRONDEN), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom('gehandhaafd' as const, 'herroepen' as const),
        (grond, gehoord, uitkomst) => {
          const extra: Gebeurtenis[] = [];
          if (grond)
            extra.push({
              type: 'horen-achterwege',
              datum: '2026-03-23',
              tegen: 'schorsing',
              grond,
              ...(grond === 'geen-reactie' ? { reactietermijnTot: '2026-03-20' as const } : {}),
            });
          if (gehoord)
            extra.push({
              type: 'hoorzitting',
              datum: '2026-03-24',
              tegen: 'schorsing',
              deelnemers: ['ouders'],
            });
          const r = verwerk(dossier(extra), besluit(uitkomst));
          const subEHandhaven =
            grond === 'volledig-tegemoetgekomen' && !gehoord && uitkomst === 'gehandhaafd';
          expect(r.ok).toBe((gehoord || grond !== undefined) && !subEHandhaven);
        },
      ),
    );
  });
});
