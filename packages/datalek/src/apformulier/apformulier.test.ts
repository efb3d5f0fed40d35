import { describe, expect, it } from 'vitest';
import formulier from '../../fixtures/apformulier.json' with { type: 'json' };
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { GESTOLEN_LAPTOP, incidentUit } from '../incident/gevallen.js';
import {
  AP_FORMULIER_VRAGEN,
  type ApMelding,
  apMeldingUitIncident,
  controleerApMelding,
} from './apformulier.js';

// the stolen laptop of the worked cases, with the pupils' BSN on it as well
const laptop = incidentUit(GESTOLEN_LAPTOP, { categorieen: ['identificerend', 'gezondheid-zorg', 'bsn'] });

// Fictional organisation and reporter: no real names or numbers (GUIDE section 10).
const { antwoorden } = formulier as { antwoorden: ApMelding };
const aanvulling: ApMelding = {
  organisatie: antwoorden.organisatie,
  melder: antwoorden.melder,
  samenvatting: antwoorden.samenvatting,
  maatregelen: antwoorden.maatregelen,
  tijdstipInformeren: antwoorden.tijdstipInformeren,
  inhoudMededeling: antwoorden.inhoudMededeling,
  aantalGeinformeerd: antwoorden.aantalGeinformeerd,
  communicatiemiddelen: antwoorden.communicatiemiddelen,
  andereEuLanden: antwoorden.andereEuLanden,
  gemeldAndereToezichthouders: antwoorden.gemeldAndereToezichthouders,
  volledig: antwoorden.volledig,
};

describe('the AP form (seed Bijlage 15)', () => {
  const concept = apMeldingUitIncident(laptop, beoordeelIncident(laptop).uitkomst);

  it('pre-fills what the registration answers', () => {
    expect(concept).toMatchObject({
      wettelijkeGrondslag: 'AVG art. 33',
      aantalBetrokkenen: 28,
      groepBetrokkenen: 'leerlingen',
      aardInbreuk: ['diefstal', 'kopieren'],
      gevolgen: ['stigmatisering', 'identiteitsfraude'],
      betrokkenenGeinformeerd: 'ja',
      versleuteld: 'nee',
    });
  });

  it('lists the questions still open, by question number (vraag 14, 19, 25, 32, 34-37, 42-44)', () => {
    const r = controleerApMelding(concept);
    const open = r.ok ? [] : r.problemen.map((p) => AP_FORMULIER_VRAGEN[p.pad[0] as keyof ApMelding].vraag);
    expect(open.sort((a, b) => a - b)).toEqual([14, 19, 25, 32, 34, 35, 36, 37, 42, 43, 44]);
    expect(r.ok ? '' : r.problemen[0]?.melding).toMatch(/^Vraag \d+ \(/);
  });

  it('is complete once they are answered', () => {
    expect(controleerApMelding({ ...concept, ...aanvulling }).ok).toBe(true);
  });

  it('asks for the reason for not informing (vraag 38) and how data were encrypted (vraag 40)', () => {
    const r = controleerApMelding({
      ...concept,
      ...aanvulling,
      betrokkenenGeinformeerd: 'nee',
      versleuteld: 'deels',
    });
    expect(r.ok ? [] : r.problemen.map((p) => p.pad[0])).toEqual([
      'redenNietInformeren',
      'wijzeVersleuteling',
    ]);
  });

  it('a follow-up report needs its purpose (vraag 12); a late report its reasons (AVG 33(1))', () => {
    const r = controleerApMelding({ ...concept, ...aanvulling, vervolgOp: 'AP-1' }, { naTermijn: true });
    expect(r.ok ? [] : r.problemen.map((p) => p.pad[0])).toEqual([
      'strekkingVervolgmelding',
      'redenVertraging',
    ]);
  });

  it('never repeats the reporter’s details in a problem', () => {
    const r = controleerApMelding({ ...aanvulling, melder: { ...aanvulling.melder, telefoon: 12345 } });
    expect(JSON.stringify(r)).not.toContain(antwoorden.melder?.email as string);
    expect(JSON.stringify(r)).not.toContain('12345');
  });
});
