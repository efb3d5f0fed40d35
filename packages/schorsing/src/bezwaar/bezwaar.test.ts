import type { IsoDatum } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { fixture, geval } from '../testhulp/fixtures.js';
import { type BezwaarInvoer, berekenBezwaartermijnen } from './bezwaar.js';

const waarde = <T>(r: { ok: true; waarde: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('verwacht ok');
  return r.waarde;
};

const codes = (r: ReturnType<typeof berekenBezwaartermijnen>) => (r.ok ? [] : r.problemen.map((p) => p.code));

// The worked cases of fixtures/bezwaartermijnen.json (Awb 6:7-6:9, 7:10; WPO 40 lid 12, 43, 63; the Atw): the
// remedy, the last day of each term that runs, and whether the bezwaar was on time.
draaiFixtures<BezwaarInvoer>(fixture('bezwaartermijnen.json'), (invoer) => {
  const r = berekenBezwaartermijnen(invoer);
  if (!r.ok) return { problemen: codes(r) };
  const t = r.waarde;
  return {
    rechtsmiddel: t.rechtsmiddel.uitkomst,
    ...(t.bezwaartermijn ? { bezwaartermijn: t.bezwaartermijn.laatsteDag } : {}),
    ...(t.bezwaarTijdig ? { bezwaarTijdig: t.bezwaarTijdig.uitkomst } : {}),
    ...(t.gpoIndieningstermijn ? { gpoIndieningstermijn: t.gpoIndieningstermijn.laatsteDag } : {}),
    ...(t.gpoOordeelTermijn ? { gpoOordeelTermijn: t.gpoOordeelTermijn.laatsteDag } : {}),
    ...(t.beslistermijn ? { beslistermijn: t.beslistermijn.termijn.laatsteDag } : {}),
    ...(t.beslistermijn?.opgeschort ? { opgeschort: true } : {}),
  };
});

/** The input of a worked case of fixtures/bezwaartermijnen.json. */
const invoerVan = (naam: string) => geval<BezwaarInvoer>('bezwaartermijnen.json', naam).invoer;

describe('berekenBezwaartermijnen: verwijdering, bezwaartermijn ending on a feestdag', () => {
  // Made known Thursday 2 April 2026: 6 weeks end on Thursday 14 May 2026 (Hemelvaartsdag); Friday 15 May is
  // gelijkgesteld by KB (legal-rules 0.2), then the weekend: the Atw moves the end to Monday 18 May.
  const openbaar = waarde(
    berekenBezwaartermijnen(
      invoerVan(
        'Verwijdering bij een openbare school, bekendgemaakt op donderdag 2 april 2026: de bezwaartermijn loopt door tot maandag 18 mei',
      ),
    ),
  );
  const bijzonder = waarde(
    berekenBezwaartermijnen(
      invoerVan(
        'Verwijdering bij een bijzondere school, bekendgemaakt op donderdag 2 april 2026: bezwaar volgens WPO 63, beslissen 4 weken na ontvangst',
      ),
    ),
  );

  it('the bezwaartermijn is extended past Hemelvaart, the KB day and the weekend (Awb 6:7-6:8; Atw art. 1 and 3)', () => {
    for (const t of [openbaar, bijzonder]) {
      expect(t.bezwaartermijn?.nominaleLaatsteDag).toBe('2026-05-14');
      expect(t.bezwaartermijn?.laatsteDag).toBe('2026-05-18');
      expect(t.bezwaartermijn?.verlengdDoorAtw).toBe(true);
      expect(t.bezwaartermijn?.spoor.filter((s) => s.code === 'ATW_ART_1')).toHaveLength(4);
    }
    expect(openbaar.bezwaartermijn?.bronnen[0]?.artikel).toBe('art. 6:7');
    expect(bijzonder.bezwaartermijn?.bronnen[0]?.artikel).toBe('art. 63 lid 3'); // WPO 63 lid 3, first sentence: "binnen 6 weken na de mededeling"
  });

  it('openbaar decides 4 weeks after the end of the bezwaartermijn; bijzonder 4 weeks after receipt (WPO 40 lid 12 vs WPO 63 lid 3)', () => {
    expect(openbaar.beslistermijn?.termijn.laatsteDag).toBe('2026-06-15');
    expect(openbaar.beslistermijn?.termijn.bronnen[0]?.artikel).toBe('art. 40 lid 12');
    expect(bijzonder.beslistermijn?.termijn.laatsteDag).toBe('2026-06-08');
    expect(bijzonder.beslistermijn?.termijn.bronnen[0]?.artikel).toBe('art. 63 lid 3');
    expect(openbaar.rechtsmiddel.uitkomst).toBe('awb-bezwaar');
    expect(bijzonder.rechtsmiddel.uitkomst).toBe('wpo63-bezwaar');
  });

  it('the GPO filing term (the commission’s own rule) is not extended by the Atw: it ends on Hemelvaartsdag (legal-rules 4.3)', () => {
    expect(openbaar.gpoIndieningstermijn?.laatsteDag).toBe('2026-05-14');
    expect(openbaar.gpoIndieningstermijn?.verlengdDoorAtw).toBe(false);
    expect(openbaar.gpoIndieningstermijn?.spoor.map((s) => s.code)).toContain('ATW_NIET_VAN_TOEPASSING');
  });

  it.each([
    ['2026-05-11', true],
    ['2026-05-18', true],
    ['2026-05-19', false],
  ] as [IsoDatum, boolean][])(
    'a bezwaar received on %s (the extended last day is 18 May) is on time: %s',
    (ontvangen, tijdig) => {
      const t = waarde(
        berekenBezwaartermijnen({
          denominatie: 'openbaar',
          tegen: 'verwijdering',
          bekendmaking: '2026-04-02',
          bezwaarOntvangen: ontvangen,
        }),
      );
      expect(t.bezwaarTijdig?.uitkomst).toBe(tijdig);
    },
  );

  // the last day is Monday 18 May 2026 (Atw) for both denominaties: a week after it is Monday 25 May
  it.each([
    // Awb 6:9 lid 2: posted on the last day and received within a week is on time (its source: art. 6:9)
    ['openbaar', '2026-05-25', '2026-05-18', true, ['BEZWAAR_TIJDIG_TER_POST']],
    // a day later only 6:11 can help
    [
      'openbaar',
      '2026-05-26',
      '2026-05-18',
      false,
      ['BEZWAAR_POST_TE_LAAT_ONTVANGEN', 'VERSCHOONBAAR_BEOORDELEN'],
    ],
    ['openbaar', '2026-05-20', '2026-05-19', false, ['BEZWAAR_TE_LAAT', 'VERSCHOONBAAR_BEOORDELEN']],
    // a bijzondere school counts receipt only: the Awb posting rule does not apply to a WPO 63 bezwaar
    ['bijzonder', '2026-05-20', '2026-05-18', false, ['BEZWAAR_TE_LAAT_ONTVANGEN']],
  ] as ['openbaar' | 'bijzonder', IsoDatum, IsoDatum, boolean, string[]][])(
    '%s: received on %s, posted on %s: on time %s (Awb 6:9, 6:11; WPO 63)',
    (denominatie, bezwaarOntvangen, bezwaarTerPost, tijdig, redenen) => {
      const t = waarde(
        berekenBezwaartermijnen({
          denominatie,
          tegen: 'verwijdering',
          bekendmaking: '2026-04-02',
          bezwaarOntvangen,
          bezwaarTerPost,
        }),
      );
      expect(t.bezwaartermijn?.laatsteDag).toBe('2026-05-18');
      expect(t.bezwaarTijdig?.uitkomst).toBe(tijdig);
      expect(t.bezwaarTijdig?.redenen.map((r) => r.code)).toEqual(redenen);
      expect(t.bezwaarTijdig?.redenen[0]?.bron?.artikel).toBe(
        denominatie === 'openbaar' ? 'art. 6:9' : 'art. 63 lid 3',
      );
    },
  );
});

describe('berekenBezwaartermijnen: Geschillencommissie passend onderwijs suspends the decision term (WPO 43)', () => {
  const basis = {
    denominatie: 'bijzonder',
    tegen: 'verwijdering',
    bekendmaking: '2026-04-02',
    bezwaarOntvangen: '2026-04-20',
  } as const;

  it('while the commission has not given its oordeel the term is suspended', () => {
    const t = waarde(berekenBezwaartermijnen({ ...basis, gpoIngediend: '2026-04-20' }));
    expect(t.beslistermijn?.opgeschort).toBe(true);
    expect(t.beslistermijn?.opschorting?.vanaf).toBe('2026-04-21');
    expect(t.gpoOordeelTermijn?.nominaleLaatsteDag).toBe('2026-06-29');
  });

  it('after the oordeel the end moves by the suspended days, then the Atw applies again', () => {
    // unsuspended: received 20 April -> 18 May 2026. Suspended from 21 April (the term's first day) to the oordeel on
    // 22 June: 62 days. 18 May + 62 days = Sunday 19 July -> Monday 20 July 2026 (Atw art. 1).
    const t = waarde(
      berekenBezwaartermijnen({ ...basis, gpoIngediend: '2026-04-20', gpoOordeel: '2026-06-22' }),
    );
    expect(t.beslistermijn?.opgeschort).toBe(false);
    expect(t.beslistermijn?.opschorting?.dagen).toBe(62);
    expect(t.beslistermijn?.termijn.nominaleLaatsteDag).toBe('2026-07-19');
    expect(t.beslistermijn?.termijn.laatsteDag).toBe('2026-07-20');
    expect(t.beslistermijn?.opschorting?.bron.zekerheid).toBe('interpretatie');
  });

  it('an oordeel before the decision term starts does not move it', () => {
    const openbaar = { ...basis, denominatie: 'openbaar' as const };
    const zonder = waarde(berekenBezwaartermijnen(openbaar));
    const met = waarde(
      berekenBezwaartermijnen({ ...openbaar, gpoIngediend: '2026-04-10', gpoOordeel: '2026-05-01' }),
    );
    expect(met.beslistermijn?.opschorting?.dagen).toBe(0);
    expect(met.beslistermijn?.termijn.laatsteDag).toBe(zonder.beslistermijn?.termijn.laatsteDag);
  });
});

describe('berekenBezwaartermijnen: impossible input is refused with a coded problem', () => {
  const schorsing = { denominatie: 'openbaar', tegen: 'schorsing', bekendmaking: '2026-01-08' } as const;
  const verwijdering = {
    denominatie: 'openbaar',
    tegen: 'verwijdering',
    bekendmaking: '2026-01-08',
  } as const;
  // the schorsing bezwaar of 20 January 2026: the Awb decision term ends on 2 April (see below)
  const awb = { ...schorsing, bezwaarOntvangen: '2026-01-20' } as const;
  it.each<[string, BezwaarInvoer]>([
    ['GPO_ALLEEN_VERWIJDERING', { ...schorsing, gpoIngediend: '2026-01-09' }],
    ['GPO_OORDEEL_ZONDER_GESCHIL', { ...verwijdering, gpoOordeel: '2026-03-09' }],
    ['GPO_OORDEEL_VOOR_INDIENING', { ...verwijdering, gpoIngediend: '2026-02-01', gpoOordeel: '2026-01-20' }],
    ['DATUM_VOOR_BEKENDMAKING', { ...verwijdering, bezwaarOntvangen: '2026-01-01' }],
    // a posting date needs a receipt date on or after it
    ['TER_POST_ZONDER_ONTVANGST', { ...schorsing, bekendmaking: '2026-04-02', bezwaarTerPost: '2026-04-10' }],
    [
      'TER_POST_ZONDER_ONTVANGST',
      {
        ...schorsing,
        bekendmaking: '2026-04-02',
        bezwaarOntvangen: '2026-04-09',
        bezwaarTerPost: '2026-04-10',
      },
    ],
    // an adjournment after the term, before the bezwaar, or outside the Awb path (Awb 7:10 lid 3)
    ['VERDAGING_NA_TERMIJN', { ...awb, verdaagdOp: '2026-04-03' }],
    ['VERDAGING_ZONDER_BEZWAAR', { ...awb, verdaagdOp: '2026-01-19' }],
    [
      'ALLEEN_AWB_BESLISTERMIJN',
      {
        ...awb,
        tegen: 'verwijdering',
        bekendmaking: '2026-04-02',
        bezwaarOntvangen: '2026-05-11',
        verdaagdOp: '2026-05-20',
      },
    ],
    [
      'ALLEEN_AWB_BESLISTERMIJN',
      { ...awb, denominatie: 'bijzonder', tegen: 'verwijdering', adviescommissie: true },
    ],
  ])('%s', (code, invoer) => {
    expect(codes(berekenBezwaartermijnen(invoer))).toEqual([code]);
  });
});

describe('berekenBezwaartermijnen: adviescommissie and verdaging (Awb 7:10, 7:13; legal-rules 4.4)', () => {
  const schorsing = { denominatie: 'openbaar', tegen: 'schorsing' } as const;

  it('6 weeks after the bezwaartermijn; adjourned to 12 weeks, which ends on Hemelvaartsdag and is extended (Atw applies up to 12 weeks)', () => {
    const basis = { ...schorsing, bekendmaking: '2026-01-08', bezwaarOntvangen: '2026-01-20' } as const;
    const gewoon = waarde(berekenBezwaartermijnen(basis));
    expect(gewoon.bezwaartermijn?.laatsteDag).toBe('2026-02-19');
    expect(gewoon.beslistermijn?.termijn.laatsteDag).toBe('2026-04-02');
    const later = waarde(berekenBezwaartermijnen({ ...basis, verdaagdOp: '2026-03-30' })).beslistermijn;
    expect(later?.termijn.nominaleLaatsteDag).toBe('2026-05-14');
    expect(later?.termijn.laatsteDag).toBe('2026-05-18');
    expect(later?.termijn.verlengdDoorAtw).toBe(true);
    expect(later?.verdaging).toMatchObject({ op: '2026-03-30', oorspronkelijkeLaatsteDag: '2026-04-02' });
    expect(later?.verdaging?.bron.artikel).toBe('art. 7:10 lid 3');
  });

  it('with an adviescommissie 12 weeks; adjourned to 18 weeks, which ends on Koningsdag and is not extended (Atw art. 4)', () => {
    const basis = {
      ...schorsing,
      bekendmaking: '2025-11-10',
      bezwaarOntvangen: '2025-11-24',
      adviescommissie: true,
    } as const;
    const commissie = waarde(berekenBezwaartermijnen(basis));
    expect(commissie.bezwaartermijn?.laatsteDag).toBe('2025-12-22');
    expect(commissie.beslistermijn?.termijn.laatsteDag).toBe('2026-03-16');
    const later = waarde(berekenBezwaartermijnen({ ...basis, verdaagdOp: '2026-03-16' })).beslistermijn;
    expect(later?.termijn.laatsteDag).toBe('2026-04-27');
    expect(later?.termijn.verlengdDoorAtw).toBe(false);
    expect(later?.termijn.spoor.map((s) => s.code)).toContain('ATW_NIET_VAN_TOEPASSING');
  });
});

describe('berekenBezwaartermijnen: the remedy cites the right article', () => {
  it('a verwijdering at a bijzondere school: bezwaar within 6 weeks after the mededeling, WPO 63 lid 3 first sentence (2026-08-01)', () => {
    const t = waarde(
      berekenBezwaartermijnen(
        invoerVan(
          'Verwijdering bij een bijzondere school, bekendgemaakt op donderdag 2 april 2026: bezwaar volgens WPO 63, beslissen 4 weken na ontvangst',
        ),
      ),
    );
    const reden = t.rechtsmiddel.redenen.find((r) => r.code === 'RECHTSMIDDEL_WPO63');
    expect(reden?.bron?.artikel).toBe('art. 63 lid 3');
    expect(reden?.bron?.toelichting).toContain('Binnen 6 weken na de mededeling');
    expect(reden?.tekst).toContain('(WPO 63 lid 3)');
  });

  it('a schorsing at an openbare school: the remedy rests on the Awb (1:1, 1:3, 7:1, 8:1), not WPO 40 lid 12 (art. 40 decisions only)', () => {
    const t = waarde(
      berekenBezwaartermijnen(
        invoerVan(
          'Schorsing door een openbare school, bekendgemaakt op donderdag 8 januari 2026: bezwaar volgens de Awb, beslissen 6 weken na de bezwaartermijn',
        ),
      ),
    );
    const bron = t.rechtsmiddel.redenen.find((r) => r.code === 'RECHTSMIDDEL_AWB')?.bron;
    expect(bron?.wet).toBe('awb');
    expect(bron?.artikel).toBe('art. 1:1, 1:3, 7:1 en 8:1');
    expect(`${bron?.titel} ${bron?.artikel}`).not.toContain('40 lid 12');
  });
});
