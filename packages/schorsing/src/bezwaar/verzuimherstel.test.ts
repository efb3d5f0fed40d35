// Worked examples of Awb 7:10 lid 2 (text read in the consolidations of 2025-07-01 and 2026-01-01): "De termijn
// wordt opgeschort gerekend vanaf de dag na die waarop de indiener is verzocht een verzuim als bedoeld in artikel
// 6:6 te herstellen, tot de dag waarop het verzuim is hersteld of de daarvoor gestelde termijn ongebruikt is
// verstreken." Lid 3 is the adjournment, lid 4 further delay. Schorsing letter posted Monday 2 March 2026: the
// bezwaartermijn ends Monday 13 April (Awb 6:7, 6:8); the decision term of 6 weeks (Awb 7:10 lid 1) ends nominally
// on Whit Monday 25 May 2026, so Tuesday 26 May (Atw art. 1).
import { describe, expect, it } from 'vitest';
import { openTermijnen } from '../dossier/dossier.js';
import type { Gebeurtenis } from '../dossier/gebeurtenissen.js';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { berekenBezwaartermijnen } from './bezwaar.js';

const BASIS = {
  denominatie: 'openbaar',
  tegen: 'schorsing',
  bekendmaking: '2026-03-02',
  bezwaarOntvangen: '2026-03-20',
} as const;

function laatsteDag(extra: object): string | undefined {
  const r = berekenBezwaartermijnen({ ...BASIS, ...extra });
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(', '));
  return r.waarde.beslistermijn?.termijn.laatsteDag;
}

describe('Awb 7:10 lid 2: the decision term stands still while the parents repair an omission', () => {
  it('without a request: Tuesday 26 May 2026', () => {
    expect(laatsteDag({})).toBe('2026-05-26');
  });

  it('asked on Monday 20 April, repaired on Monday 27 April: still from 21 up to 27 April, 6 days; 25 May + 6 = Sunday 31 May, Atw: Monday 1 June', () => {
    const r = berekenBezwaartermijnen({
      ...BASIS,
      verzuimherstel: [{ gevraagdOp: '2026-04-20', termijnTot: '2026-05-04', herstelOp: '2026-04-27' }],
    });
    if (!r.ok) throw new Error('refused');
    const b = r.waarde.beslistermijn;
    expect(b?.termijn.laatsteDag).toBe('2026-06-01');
    expect(b?.verzuimherstel).toMatchObject({
      dagen: 6,
      perioden: [{ gevraagdOp: '2026-04-20', van: '2026-04-21', tot: '2026-04-27' }],
    });
    const stap = b?.termijn.spoor.find((s) => s.code === 'OPGESCHORT');
    expect(stap?.bron).toMatchObject({ artikel: 'art. 7:10 lid 2', zekerheid: 'wettekst' });
    expect(stap?.tekst).toContain('Awb 7:10 lid 2');
    expect(b?.verzuimherstel?.bron.zekerheid).toBe('interpretatie');
  });

  it('not repaired: still until the last day of the repair term (Monday 4 May), 13 days; 25 May + 13 = Sunday 7 June, Atw: Monday 8 June', () => {
    expect(laatsteDag({ verzuimherstel: [{ gevraagdOp: '2026-04-20', termijnTot: '2026-05-04' }] })).toBe(
      '2026-06-08',
    );
  });

  it('repaired after the repair term: the pause still ends with the term (it passed unused)', () => {
    expect(
      laatsteDag({
        verzuimherstel: [{ gevraagdOp: '2026-04-20', termijnTot: '2026-05-04', herstelOp: '2026-05-11' }],
      }),
    ).toBe('2026-06-08');
  });

  it('asked and repaired within the bezwaartermijn, before the decision term runs: nothing moves, and the trace says so', () => {
    const r = berekenBezwaartermijnen({
      ...BASIS,
      verzuimherstel: [{ gevraagdOp: '2026-03-23', termijnTot: '2026-04-06', herstelOp: '2026-03-30' }],
    });
    expect(r.ok && r.waarde.beslistermijn?.termijn.laatsteDag).toBe('2026-05-26');
    expect(
      r.ok && r.waarde.beslistermijn?.termijn.spoor.some((s) => s.code === 'OPSCHORTING_BUITEN_TERMIJN'),
    ).toBe(true);
  });

  it('with an adjournment (lid 3): the 12 weeks are counted with the pause, 6 days later', () => {
    const zonder = laatsteDag({ verdaagdOp: '2026-05-01' });
    const met = laatsteDag({
      verdaagdOp: '2026-05-01',
      verzuimherstel: [{ gevraagdOp: '2026-04-20', termijnTot: '2026-05-04', herstelOp: '2026-04-27' }],
    });
    // 13 April + 12 weeks = Monday 6 July; + 6 days = Sunday 12 July, Atw: Monday 13 July
    expect([zonder, met]).toEqual(['2026-07-06', '2026-07-13']);
  });

  it('refuses impossible requests: a repair term not after the request, a repair before it, a second request inside the first, a request before the bezwaar', () => {
    const code = (verzuimherstel: unknown) => {
      const r = berekenBezwaartermijnen({ ...BASIS, verzuimherstel } as never);
      return r.ok ? [] : r.problemen.map((p) => p.code);
    };
    expect(code([{ gevraagdOp: '2026-04-20', termijnTot: '2026-04-20' }])).toEqual([
      'HERSTELTERMIJN_NIET_NA_VERZOEK',
    ]);
    expect(code([{ gevraagdOp: '2026-04-20', termijnTot: '2026-05-04', herstelOp: '2026-04-19' }])).toEqual([
      'HERSTEL_VOOR_VERZOEK',
    ]);
    expect(
      code([
        { gevraagdOp: '2026-04-20', termijnTot: '2026-05-04' },
        { gevraagdOp: '2026-04-27', termijnTot: '2026-05-11' },
      ]),
    ).toEqual(['HERSTEL_LOOPT_AL']);
    expect(code([{ gevraagdOp: '2026-03-19', termijnTot: '2026-04-04' }])).toEqual([
      'VERDAGING_ZONDER_BEZWAAR',
    ]);
    expect(code('Jan Jansen')).toEqual(['VERKEERD_TYPE']);
  });

  it('only on the Awb path: a verwijdering at an openbare school (WPO 40 lid 12) and a bijzondere school do not take it', () => {
    const r = berekenBezwaartermijnen({
      ...BASIS,
      tegen: 'verwijdering',
      verzuimherstel: [{ gevraagdOp: '2026-04-20', termijnTot: '2026-05-04' }],
    });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['ALLEEN_AWB_BESLISTERMIJN']);
  });
});

describe('in the dossier: verzuim-herstel-gevraagd and verzuim-hersteld move the board term in openTermijnen', () => {
  const begin = [
    {
      type: 'schorsing-besloten',
      datum: '2026-02-27',
      ingangsdatum: '2026-03-02',
      duur: { aantal: 2, eenheid: 'schooldagen' },
    },
    { type: 'schorsingsbrief-verzonden', datum: '2026-03-02' },
    { type: 'bezwaar-ingediend', datum: '2026-03-20', tegen: 'schorsing' },
  ] as const;
  const beslis = (d: ReturnType<typeof bouwDossier>) =>
    openTermijnen(d, '2026-04-28T09:00:00+02:00').find((x) => x.code === 'BESLISTERMIJN_BEZWAAR_SCHORSING');

  it('the worked case above through the dossier: 1 June, with the pause listed and naming lid 2', () => {
    const d = bouwDossier('dossier-h1', 'openbaar', [
      ...begin,
      {
        type: 'verzuim-herstel-gevraagd',
        datum: '2026-04-20',
        tegen: 'schorsing',
        hersteltermijnTot: '2026-05-04',
      },
      { type: 'verzuim-hersteld', datum: '2026-04-27', tegen: 'schorsing' },
    ]);
    const t = beslis(d);
    expect(t?.termijn?.laatsteDag).toBe('2026-06-01');
    expect(t?.opschorting).toEqual([
      expect.objectContaining({
        van: '2026-04-21',
        tot: '2026-04-27',
        reden: 'herstel van een verzuim (Awb 7:10 lid 2)',
      }),
    ]);
  });

  it('while the repair is pending, the term is shown to the end of the repair term (the longest it can stand still)', () => {
    const d = bouwDossier('dossier-h2', 'openbaar', [
      ...begin,
      {
        type: 'verzuim-herstel-gevraagd',
        datum: '2026-04-20',
        tegen: 'schorsing',
        hersteltermijnTot: '2026-05-04',
      },
    ]);
    expect(beslis(d)?.termijn?.laatsteDag).toBe('2026-06-08');
  });

  it('refuses: a repair without a request, a second request while one runs, a request at a bijzondere school', () => {
    expect(() =>
      bouwDossier('dossier-h3', 'openbaar', [
        ...begin,
        { type: 'verzuim-hersteld', datum: '2026-04-27', tegen: 'schorsing' },
      ]),
    ).toThrow('GEEN_HERSTELVERZOEK');
    expect(() =>
      bouwDossier('dossier-h4', 'openbaar', [
        ...begin,
        {
          type: 'verzuim-herstel-gevraagd',
          datum: '2026-04-20',
          tegen: 'schorsing',
          hersteltermijnTot: '2026-05-04',
        },
        {
          type: 'verzuim-herstel-gevraagd',
          datum: '2026-04-22',
          tegen: 'schorsing',
          hersteltermijnTot: '2026-05-06',
        },
      ]),
    ).toThrow('HERSTEL_LOOPT_AL');
    expect(() =>
      bouwDossier('dossier-h5', 'bijzonder', [
        {
          type: 'gesprek',
          datum: '2026-02-02',
          onderwerp: 'verwijdering',
          deelnemers: ['ouders', 'leerkracht'],
        },
        {
          type: 'school-benaderd',
          datum: '2026-02-03',
          schoolId: 'school-2',
          antwoord: 'bereid',
          bereidPer: '2026-03-02',
        },
        { type: 'verwijdering-besloten', datum: '2026-02-06', verwijderingsdatum: '2026-03-02' },
        { type: 'bezwaar-ingediend', datum: '2026-02-20', tegen: 'verwijdering' },
        {
          type: 'verzuim-herstel-gevraagd',
          datum: '2026-02-23',
          tegen: 'verwijdering',
          hersteltermijnTot: '2026-03-09',
        },
      ]),
    ).toThrow('HERSTEL_ALLEEN_AWB');
  });

  it('openbare school, bezwaar against a verwijdering: the request is recorded, the WPO 40 lid 12 term does not move', () => {
    const verwijdering: Gebeurtenis[] = [
      {
        type: 'gesprek',
        datum: '2026-02-02',
        onderwerp: 'verwijdering',
        deelnemers: ['ouders', 'leerkracht'],
      },
      {
        type: 'school-benaderd',
        datum: '2026-02-03',
        schoolId: 'school-2',
        antwoord: 'bereid',
        bereidPer: '2026-03-02',
      },
      { type: 'verwijdering-besloten', datum: '2026-02-06', verwijderingsdatum: '2026-03-02' },
      { type: 'bezwaar-ingediend', datum: '2026-02-20', tegen: 'verwijdering' },
    ];
    const zonder = bouwDossier('dossier-h6', 'openbaar', verwijdering);
    const met = bouwDossier('dossier-h6', 'openbaar', [
      ...verwijdering,
      {
        type: 'verzuim-herstel-gevraagd',
        datum: '2026-02-23',
        tegen: 'verwijdering',
        hersteltermijnTot: '2026-03-09',
      },
    ]);
    expect(staat(met).bezwaren[0]?.verzuimherstel?.length).toBe(1);
    const code = 'BESLISTERMIJN_BEZWAAR_VERWIJDERING';
    const nu = '2026-03-01T09:00:00+01:00';
    expect(openTermijnen(met, nu).find((x) => x.code === code)?.termijn?.laatsteDag).toBe(
      openTermijnen(zonder, nu).find((x) => x.code === code)?.termijn?.laatsteDag,
    );
  });
});
