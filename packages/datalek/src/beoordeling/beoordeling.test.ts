import { controleerBeleid } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import gevallen from '../../fixtures/gevallen.json' with { type: 'json' };
import { type Beveiligingsincident, beveiligingsincidentSchema } from '../incident/incident.js';
import { veiligheidsplan2018 } from '../regels/regels.js';
import { beoordeelIncident, vergelijkMetWet } from './beoordeling.js';

interface Geval {
  naam: string;
  bron: string;
  incident: Partial<Beveiligingsincident>;
  wet: { isDatalek: boolean; risico: string; meldplichtAP: boolean; betrokkenenInformeren: boolean };
  seed: { isDatalek: boolean; meldplichtAP: boolean; betrokkenenInformeren: boolean };
  onderrapportage: boolean;
}

function maak(overrides: Partial<Beveiligingsincident>): Beveiligingsincident {
  return beveiligingsincidentSchema.parse({ ...gevallen.basis, ...overrides });
}

describe('uitgewerkte gevallen (fixtures/gevallen.json)', () => {
  for (const g of gevallen.gevallen as Geval[]) {
    const incident = maak(g.incident);
    it(`${g.naam} - AVG (bron: ${g.bron})`, () => {
      const { uitkomst } = beoordeelIncident(incident);
      expect({
        isDatalek: uitkomst.isDatalek,
        risico: uitkomst.risico,
        meldplichtAP: uitkomst.meldplichtAP,
        betrokkenenInformeren: uitkomst.betrokkenenInformeren,
      }).toEqual(g.wet);
    });
    it(`${g.naam} - seed-beleid (bron: ${g.bron})`, () => {
      const { uitkomst } = beoordeelIncident(incident, { beleid: veiligheidsplan2018 });
      expect(uitkomst.beslisboom).toBe('wbp-2016');
      expect({
        isDatalek: uitkomst.isDatalek,
        meldplichtAP: uitkomst.meldplichtAP,
        betrokkenenInformeren: uitkomst.betrokkenenInformeren,
      }).toEqual(g.seed);
    });
    it(`${g.naam} - onderrapportage door het seed-beleid: ${g.onderrapportage}`, () => {
      expect(vergelijkMetWet(incident, veiligheidsplan2018).uitkomst.onderrapportage).toBe(g.onderrapportage);
    });
  }
});

describe('beoordeelIncident', () => {
  const laptop = maak({
    soort: 'diefstal',
    inbreuk: ['vertrouwelijkheid'],
    categorieen: ['gezondheid-zorg'],
    toegangUitgesloten: 'nee',
  });

  it('every reason carries a code, a Dutch text and a source', () => {
    for (const reden of beoordeelIncident(laptop).redenen) {
      expect(reden.code).toMatch(/^[A-Z0-9_]+$/);
      expect(reden.tekst.length).toBeGreaterThan(10);
      expect(reden.bron?.titel).toBeTruthy();
    }
  });

  it('AVG 34(3)(b): measures that remove the high risk mean no message to data subjects, but still an AP report', () => {
    const { uitkomst, redenen } = beoordeelIncident({ ...laptop, hoogRisicoWeggenomen: true });
    expect(uitkomst).toMatchObject({ risico: 'hoog', meldplichtAP: true, betrokkenenInformeren: false });
    expect(redenen.map((r) => r.code)).toContain('HOOG_RISICO_WEGGENOMEN');
  });

  it('AVG 34(3)(c): disproportionate effort leads to a public communication instead', () => {
    const { uitkomst } = beoordeelIncident({ ...laptop, onevenredigeInspanning: true });
    expect(uitkomst).toMatchObject({ betrokkenenInformeren: true, openbareMededeling: true });
  });

  it('AP: a trusted recipient only removes the risk when there is no sign of misuse (bij twijfel melden)', () => {
    const mail = maak({
      soort: 'verkeerde-ontvanger',
      inbreuk: ['vertrouwelijkheid'],
      toegangUitgesloten: 'nee',
      ontvangerBetrouwbaarVerwijderd: true,
    });
    expect(beoordeelIncident(mail).uitkomst.meldplichtAP).toBe(false);
    expect(beoordeelIncident({ ...mail, aanwijzingMisbruik: 'onbekend' }).uitkomst.meldplichtAP).toBe(true);
  });

  it('AP: encryption only spares the AP report with a recent backup and the key safe; data subjects stay uninformed', () => {
    const stick = maak({
      soort: 'verlies',
      inbreuk: ['vertrouwelijkheid'],
      categorieen: ['gezondheid-zorg'],
      versleuteling: 'stand-der-techniek',
      toegangUitgesloten: 'nee',
    });
    expect(beoordeelIncident(stick).uitkomst.meldplichtAP).toBe(false);
    expect(beoordeelIncident({ ...stick, backupAanwezig: false }).uitkomst).toMatchObject({
      risico: 'risico',
      meldplichtAP: true,
      betrokkenenInformeren: false,
    });
    expect(beoordeelIncident({ ...stick, sleutelGecompromitteerd: 'onbekend' }).uitkomst.risico).toBe('hoog');
  });

  it('each safeguard counts on its own: an encrypted mail without backup that a trusted recipient deleted is no risk', () => {
    // found by the monotonicity property: weaker encryption must not make a deleted mail less risky
    const mail = maak({
      soort: 'verkeerde-ontvanger',
      inbreuk: ['vertrouwelijkheid'],
      versleuteling: 'stand-der-techniek',
      backupAanwezig: false,
      toegangUitgesloten: 'nee',
      ontvangerBetrouwbaarVerwijderd: true,
    });
    const { uitkomst, redenen } = beoordeelIncident(mail);
    expect(uitkomst.risico).toBe('geen');
    expect(redenen.map((r) => r.code)).toEqual(
      expect.arrayContaining(['VERSLEUTELD', 'BETROUWBARE_ONTVANGER']),
    );
    expect(redenen.map((r) => r.code)).not.toContain('VERSLEUTELD_ZONDER_BACKUP');
    expect(beoordeelIncident({ ...mail, versleuteling: 'verouderd' }).uitkomst.risico).toBe('geen');
  });

  it('AP "bij twijfel melden": unknown access counts as access', () => {
    const { uitkomst, redenen } = beoordeelIncident({ ...laptop, toegangUitgesloten: 'onbekend' });
    expect(uitkomst.meldplichtAP).toBe(true);
    expect(redenen.map((r) => r.code)).toContain('TOEGANG_ONZEKER');
  });

  it('availability: 24 hours with a backup is still no risk, 25 hours is (SDK interpretation, EDPB 01/2021 casus 01)', () => {
    const basis = maak({ soort: 'malware', inbreuk: ['beschikbaarheid'] });
    expect(beoordeelIncident({ ...basis, onbeschikbaarUren: 24 }).uitkomst.risico).toBe('geen');
    expect(beoordeelIncident({ ...basis, onbeschikbaarUren: 25 }).uitkomst.risico).toBe('risico');
    const { onbeschikbaarUren: _weg, ...onbekendHoeLang } = basis;
    expect(beoordeelIncident(onbekendHoeLang).uitkomst.risico).toBe('risico');
  });

  it('permanent loss of children’s care data is a high risk (SDK interpretation)', () => {
    const zorg = maak({
      inbreuk: ['beschikbaarheid'],
      categorieen: ['gezondheid-zorg'],
      backupAanwezig: false,
    });
    expect(beoordeelIncident(zorg).uitkomst.risico).toBe('hoog');
    expect(
      beoordeelIncident({ ...zorg, betrokkenen: { ...zorg.betrokkenen, kwetsbaar: false } }).uitkomst.risico,
    ).toBe('risico');
  });

  it('an incident discovered in 2017 is judged by the Wbp tree by statute (dated rule datalekBeslisboom)', () => {
    const oud = { ...laptop, ontdektOp: '2017-06-01T10:00:00+02:00' as const };
    expect(beoordeelIncident(oud).uitkomst.beslisboom).toBe('wbp-2016');
    expect(beoordeelIncident(laptop).uitkomst.beslisboom).toBe('avg-2018');
    expect(beoordeelIncident(oud, { peildatum: '2026-11-23' }).uitkomst.beslisboom).toBe('avg-2018');
  });

  it('names and numbers from the description never appear in a reason', () => {
    const inc = {
      ...laptop,
      omschrijving: 'Laptop van juf Jansen met dossier 123456782',
      maatregelen: ['Jansen gebeld'],
    };
    const teksten = JSON.stringify([beoordeelIncident(inc), vergelijkMetWet(inc, veiligheidsplan2018)]);
    expect(teksten).not.toContain('Jansen');
    expect(teksten).not.toContain('123456782');
  });
});

describe('vergelijkMetWet', () => {
  it('reports the seed under-reporting a name-and-contact breach to the AP (legal-rules 9.3)', () => {
    const lijst = maak({
      inbreuk: ['vertrouwelijkheid'],
      categorieen: ['identificerend', 'contact'],
      toegangUitgesloten: 'nee',
    });
    const v = vergelijkMetWet(lijst, veiligheidsplan2018);
    expect(v.uitkomst.verschillen).toEqual([
      { aspect: 'meldplichtAP', wet: true, beleid: false, oordeel: 'onderrapportage' },
    ]);
    expect(v.redenen.map((r) => r.code)).toEqual(['ONDERRAPPORTAGE_MELDPLICHTAP']);
  });

  it('reports where the seed does more than the law as stricter, not as a problem', () => {
    const versleuteld = maak({
      inbreuk: ['vertrouwelijkheid'],
      categorieen: ['bsn'],
      versleuteling: 'stand-der-techniek',
      toegangUitgesloten: 'nee',
    });
    const v = vergelijkMetWet(versleuteld, veiligheidsplan2018);
    expect(v.uitkomst.onderrapportage).toBe(false);
    expect(v.uitkomst.verschillen.map((d) => d.oordeel)).toEqual(['strenger']);
  });

  it('says so when policy and law agree', () => {
    const v = vergelijkMetWet(maak({}), veiligheidsplan2018);
    expect(v.uitkomst.verschillen).toEqual([]);
    expect(v.redenen.map((r) => r.code)).toEqual(['GELIJK']);
  });
});

describe('veiligheidsplan2018 and controleerBeleid (legal-rules 9.3)', () => {
  const controle = controleerBeleid(veiligheidsplan2018, '2026-11-23');
  const oordeel = (id: string) => controle.bevindingen.find((b) => b.regelId === id)?.oordeel;

  it('is not conform: the Wbp tree conflicts with the AVG', () => {
    expect(controle.conform).toBe(false);
    expect(oordeel('avg.datalek.beslisboom')).toBe('afwijkend');
  });
  it('72 hours equals the AVG, but "after the internal report" deviates from "after becoming aware"', () => {
    expect(oordeel('avg.datalek.meldtermijnAP')).toBe('gelijk');
    expect(oordeel('avg.datalek.startMeldtermijnAP')).toBe('afwijkend');
  });
  it('8 hours analysis, 1 week for data subjects, 3 years retention and CvB consent are policy additions', () => {
    for (const id of [
      'avg.datalek.analysetermijn',
      'avg.datalek.termijnBetrokkenen',
      'avg.datalek.bewaartermijnMelding',
      'avg.datalek.toestemmingCvbVereist',
    ]) {
      expect(oordeel(id)).toBe('aanvulling');
    }
  });
  it('on a 2017 peildatum the Wbp tree was the law, so the seed matches it', () => {
    const toen = controleerBeleid(veiligheidsplan2018, '2017-06-01');
    expect(toen.bevindingen.find((b) => b.regelId === 'avg.datalek.beslisboom')?.oordeel).toBe('gelijk');
  });
});
