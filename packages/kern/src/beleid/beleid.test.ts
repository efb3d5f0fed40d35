import { describe, expect, it } from 'vitest';
import type { Bron } from '../bron/bron.js';
import { SchoolveiligheidFout } from '../fout/fout.js';
import { regel, regelRegister } from '../regel/regel.js';
import { type Beleid, type BeleidV1, controleerBeleid, leesBeleid, waardeVoor } from './beleid.js';

const wet: Bron = { titel: 'AVG', artikel: '12 lid 5', zekerheid: 'secundair' };
const seed: Bron = { titel: 'Veiligheidsplan 2018', artikel: 'C.5', zekerheid: 'secundair' };

const kosten = regel({
  id: 'privacy.inzage.kosten',
  vorigeIds: ['avg.inzage.kosten'],
  omschrijving: 'Kosten van inzage (eerste kopie)',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: 0, bron: wet }],
});
const reactie = regel({
  id: 'privacy.verzoek.termijn',
  omschrijving: 'Reactietermijn op een verzoek',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: { aantal: 1, eenheid: 'maanden' as const }, bron: wet }],
});
const analyse = regel({
  id: 'privacy.datalek.meldtermijn',
  omschrijving: 'Melding aan de AP',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: { aantal: 72, eenheid: 'uren' as const }, bron: wet }],
});
const zonderWet = regel({
  id: 'privacy.datalek.analyse',
  omschrijving: 'Analyse na interne melding',
  strenger: 'lager',
  waarden: [
    {
      geldigVanaf: '2018-01-01',
      waarde: null,
      bron: { titel: 'geen wettelijke termijn', zekerheid: 'wettekst' },
    },
  ],
});
const beslisboom = regel({
  id: 'privacy.datalek.beslisboom',
  omschrijving: 'Beslisboom meldplicht',
  strenger: 'exact',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: 'avg-2018', bron: wet }],
});
const week = regel({
  id: 'privacy.betrokkenen.termijn',
  omschrijving: 'Termijn betrokkenen',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: { aantal: 1, eenheid: 'weken' as const }, bron: wet }],
});
const register = regelRegister('privacy', [kosten, reactie, analyse, zonderWet, beslisboom, week]);

const seedBeleid: Beleid = {
  id: 'veiligheidsplan-2018',
  naam: 'Veiligheidsplan 2018',
  bron: seed,
  waarden: {
    'privacy.inzage.kosten': { waarde: 25, bron: seed },
    'privacy.verzoek.termijn': { waarde: { aantal: 4, eenheid: 'weken' }, bron: seed },
    'privacy.datalek.meldtermijn': { waarde: { aantal: 4, eenheid: 'kalenderdagen' }, bron: seed },
    'privacy.datalek.analyse': { waarde: { aantal: 8, eenheid: 'uren' }, bron: seed },
  },
};
const controle = (b: unknown) => controleerBeleid(b, '2026-11-23', [register]);

describe('beleid and controleerBeleid (legal-rules §9)', () => {
  it('takes the policy value over the statute, and the statute otherwise', () => {
    expect(waardeVoor(kosten, '2026-11-23')).toMatchObject({ waarde: 0, herkomst: 'wet' });
    expect(waardeVoor(kosten, '2026-11-23', seedBeleid)).toMatchObject({
      waarde: 25,
      herkomst: 'beleid',
      bron: seed,
    });
  });

  it('reports the seed EUR 25 fee as laxer than the free access of AVG 12(5), with both sources', () => {
    const c = controle(seedBeleid);
    expect(c.conform).toBe(false);
    const fee = c.bevindingen.find((b) => b.regelId === 'privacy.inzage.kosten');
    expect(fee).toMatchObject({
      oordeel: 'soepeler',
      wet: { waarde: 0, bron: wet },
      beleid: { waarde: 25, bron: seed },
    });
    expect(fee?.tekst).toContain('AVG 12 lid 5');
    expect(fee?.tekst).toContain('Veiligheidsplan 2018 C.5');
  });

  it('compares durations across units where they convert, and flags the rest as not comparable', () => {
    const b = controle(seedBeleid).bevindingen;
    expect(b.find((x) => x.regelId === 'privacy.verzoek.termijn')?.oordeel).toBe('afwijkend'); // weeks vs months
    expect(b.find((x) => x.regelId === 'privacy.datalek.meldtermijn')?.oordeel).toBe('soepeler'); // 96 h > 72 h
  });

  it('calls a value the law does not set an addition', () => {
    expect(
      controle(seedBeleid).bevindingen.find((x) => x.regelId === 'privacy.datalek.analyse')?.oordeel,
    ).toBe('aanvulling');
  });

  it('accepts a stricter policy as conform, and the policy survives a JSON round trip', () => {
    const streng: Beleid = {
      ...seedBeleid,
      waarden: { 'privacy.datalek.meldtermijn': { waarde: { aantal: 48, eenheid: 'uren' }, bron: seed } },
    };
    expect(controle(streng)).toMatchObject({ conform: true, bevindingen: [{ oordeel: 'strenger' }] });
    expect(JSON.parse(JSON.stringify(streng))).toEqual(streng);
  });

  it('reports two different texts as a deviation in which the law prevails', () => {
    const c = controle({
      ...seedBeleid,
      waarden: { 'privacy.datalek.beslisboom': { waarde: 'wbp-2016', bron: seed } },
    });
    expect(c.bevindingen[0]).toMatchObject({ oordeel: 'afwijkend' });
    expect(c.bevindingen[0]?.tekst).toContain('wijkt af van de wet; de wet gaat voor');
  });

  it('writes durations in singular where Dutch does (1 week, not 1 weken)', () => {
    const c = controle({
      ...seedBeleid,
      waarden: { 'privacy.betrokkenen.termijn': { waarde: { aantal: 1, eenheid: 'weken' }, bron: seed } },
    });
    expect(c.bevindingen[0]?.tekst).toBe(
      'Termijn betrokkenen: beleid 1 week (Veiligheidsplan 2018 C.5), wet 1 week (AVG 12 lid 5): gelijk aan de wet.',
    );
  });
});

describe('policies see new law (kernel issue item 5)', () => {
  // A policy stored by release 0.1: every value embedded a copy of its rule, under the old id, and the copy
  // said the law allowed a fee of EUR 5. Today's rule (AVG 12(5): the first copy is free) must be used.
  const oudeKopie = {
    ...kosten,
    id: 'avg.inzage.kosten',
    waarden: [{ geldigVanaf: '2018-05-25', waarde: 5, bron: wet }],
  };
  const opgeslagen: BeleidV1 = JSON.parse(
    JSON.stringify({
      id: 'school-2025',
      naam: 'Schoolgids 2025',
      bron: seed,
      waarden: [{ regel: oudeKopie, waarde: 5, bron: seed }],
    }),
  );

  it('loads a policy stored in the old shape, under an old id', () => {
    const r = leesBeleid(opgeslagen, [register]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.beleid.waarden).toEqual({ 'privacy.inzage.kosten': { waarde: 5, bron: seed } });
    expect(r.waarde.meldingen.map((m) => m.code)).toEqual(['OUDE_VORM', 'OUDE_REGEL_ID', 'KOPIE_WIJKT_AF']);
  });

  it('checks it against the law as shipped today, and says which rule it used', () => {
    const c = controle(opgeslagen);
    expect(c.bevindingen).toHaveLength(1);
    expect(c.bevindingen[0]).toMatchObject({
      regelId: 'privacy.inzage.kosten',
      oordeel: 'soepeler',
      wet: { waarde: 0 },
    });
    expect(c.meldingen.find((m) => m.code === 'KOPIE_WIJKT_AF')?.tekst).toContain('zoals nu geleverd');
  });

  it('notes a value for a rule no registry knows, without a finding', () => {
    const c = controle({ ...seedBeleid, waarden: { 'privacy.onbekend.iets': { waarde: 1, bron: seed } } });
    expect(c.bevindingen).toEqual([]);
    expect(c.meldingen.map((m) => m.code)).toEqual(['REGEL_ONBEKEND']);
  });

  it('refuses what is not a policy with coded problems that never echo the input', () => {
    for (const slecht of [
      null,
      {},
      { ...seedBeleid, id: 'Jan Jansen 123456782' },
      { ...seedBeleid, waarden: { 'privacy.inzage.kosten': { waarde: {}, bron: seed } } },
    ]) {
      const r = leesBeleid(slecht, [register]);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problemen[0]?.code).toBe('BELEID_ONGELDIG');
        expect(JSON.stringify(r.problemen)).not.toContain('Jansen');
      }
    }
    expect(() => controle({})).toThrow(SchoolveiligheidFout);
    expect(() => controleerBeleid(seedBeleid, 'gisteren' as never, [register])).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_DATUM' }),
    );
  });

  it('returns frozen law: changing a looked-up value does not change the next answer', () => {
    const w = waardeVoor(analyse, '2026-11-23');
    expect(() => {
      (w.waarde as { aantal: number }).aantal = 3;
    }).toThrow(TypeError);
    expect(waardeVoor(analyse, '2026-11-23').waarde).toEqual({ aantal: 72, eenheid: 'uren' });
  });
});
