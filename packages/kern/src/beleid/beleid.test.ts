import { describe, expect, it } from 'vitest';
import type { Bron } from '../bron/bron.js';
import { regel } from '../regel/regel.js';
import { type Beleid, controleerBeleid, waardeVoor } from './beleid.js';

const wet: Bron = { titel: 'AVG', artikel: '12 lid 5', zekerheid: 'secundair' };
const seed: Bron = { titel: 'Veiligheidsplan 2018', artikel: 'C.5', zekerheid: 'secundair' };

const kosten = regel({
  id: 'avg.inzage.kosten',
  omschrijving: 'Kosten van inzage (eerste kopie)',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: 0, bron: wet }],
});
const reactie = regel({
  id: 'avg.verzoek.termijn',
  omschrijving: 'Reactietermijn op een verzoek',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: { aantal: 1, eenheid: 'maanden' as const }, bron: wet }],
});
const analyse = regel({
  id: 'avg.datalek.meldtermijn',
  omschrijving: 'Melding aan de AP',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '2018-05-25', waarde: { aantal: 72, eenheid: 'uren' as const }, bron: wet }],
});
const zonderWet = regel({
  id: 'school.datalek.analyse',
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

const seedBeleid: Beleid = {
  id: 'veiligheidsplan-2018',
  naam: 'Veiligheidsplan 2018',
  bron: seed,
  waarden: [
    { regel: kosten, waarde: 25, bron: seed },
    { regel: reactie, waarde: { aantal: 4, eenheid: 'weken' }, bron: seed },
    { regel: analyse, waarde: { aantal: 4, eenheid: 'kalenderdagen' }, bron: seed },
    { regel: zonderWet, waarde: { aantal: 8, eenheid: 'uren' }, bron: seed },
  ],
};

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
    const controle = controleerBeleid(seedBeleid, '2026-11-23');
    expect(controle.conform).toBe(false);
    const fee = controle.bevindingen.find((b) => b.regelId === 'avg.inzage.kosten');
    expect(fee).toMatchObject({
      oordeel: 'soepeler',
      wet: { waarde: 0, bron: wet },
      beleid: { waarde: 25, bron: seed },
    });
    expect(fee?.tekst).toContain('AVG 12 lid 5');
    expect(fee?.tekst).toContain('Veiligheidsplan 2018 C.5');
  });

  it('compares durations across units where they convert, and flags the rest as not comparable', () => {
    const b = controleerBeleid(seedBeleid, '2026-11-23').bevindingen;
    expect(b.find((x) => x.regelId === 'avg.verzoek.termijn')?.oordeel).toBe('afwijkend'); // weeks vs months
    expect(b.find((x) => x.regelId === 'avg.datalek.meldtermijn')?.oordeel).toBe('soepeler'); // 4 days = 96 h > 72 h
  });

  it('calls a value the law does not set an addition', () => {
    const b = controleerBeleid(seedBeleid, '2026-11-23').bevindingen;
    expect(b.find((x) => x.regelId === 'school.datalek.analyse')?.oordeel).toBe('aanvulling');
  });

  it('accepts a stricter policy as conform', () => {
    const streng: Beleid = {
      ...seedBeleid,
      waarden: [{ regel: analyse, waarde: { aantal: 48, eenheid: 'uren' }, bron: seed }],
    };
    const controle = controleerBeleid(streng, '2026-11-23');
    expect(controle).toMatchObject({ conform: true, bevindingen: [{ oordeel: 'strenger' }] });
    expect(JSON.parse(JSON.stringify(streng))).toEqual(streng);
  });
});

describe('controleerBeleid wording', () => {
  const beslisboom = regel({
    id: 'avg.datalek.beslisboom',
    omschrijving: 'Beslisboom meldplicht',
    strenger: 'exact',
    waarden: [{ geldigVanaf: '2018-05-25', waarde: 'avg-2018', bron: wet }],
  });
  const week = regel({
    id: 'avg.betrokkenen.termijn',
    omschrijving: 'Termijn betrokkenen',
    strenger: 'lager',
    waarden: [{ geldigVanaf: '2018-05-25', waarde: { aantal: 1, eenheid: 'weken' as const }, bron: wet }],
  });
  const controle = controleerBeleid(
    {
      ...seedBeleid,
      waarden: [
        { regel: beslisboom, waarde: 'wbp-2016', bron: seed },
        { regel: week, waarde: { aantal: 1, eenheid: 'weken' }, bron: seed },
      ],
    },
    '2026-11-23',
  );

  it('reports two different texts as a deviation in which the law prevails', () => {
    expect(controle.bevindingen[0]).toMatchObject({ oordeel: 'afwijkend' });
    expect(controle.bevindingen[0]?.tekst).toContain('wijkt af van de wet; de wet gaat voor');
  });

  it('writes durations in singular where Dutch does (1 week, not 1 weken)', () => {
    expect(controle.bevindingen[1]?.tekst).toBe(
      'Termijn betrokkenen: beleid 1 week (Veiligheidsplan 2018 C.5), wet 1 week (AVG 12 lid 5): gelijk aan de wet.',
    );
  });
});
