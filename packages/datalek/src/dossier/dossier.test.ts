import { describe, expect, it } from 'vitest';
import gevallen from '../../fixtures/gevallen.json' with { type: 'json' };
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { type Beveiligingsincident, beveiligingsincidentSchema } from '../incident/incident.js';
import { veiligheidsplan2018 } from '../regels/regels.js';
import { bewaarMinimaalTot, herspeel, openTermijnen, verwerk, volgendeStappen } from './dossier.js';
import { type DatalekDossier, nieuwDossier, toestand } from './toestand.js';

// A teacher reports on Friday 23 October 2026 at 14:30 that her unencrypted laptop with the care notes of
// group 6 was stolen from her car (seed C.6 Deel A: "gestolen laptop"). Summer time ends on Sunday 25 October.
const incident: Beveiligingsincident = beveiligingsincidentSchema.parse({
  ...gevallen.basis,
  id: 'inc-laptop',
  ontdektOp: '2026-10-23T14:30:00+02:00',
  soort: 'diefstal',
  inbreuk: ['vertrouwelijkheid'],
  categorieen: ['identificerend', 'gezondheid-zorg'],
  toegangUitgesloten: 'nee',
  aanwijzingMisbruik: 'ja',
});
const directeur = { rol: 'schooldirecteur', id: 'directeur' } as const;
const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;

function stap(d: DatalekDossier, g: unknown): DatalekDossier {
  const r = verwerk(d, g);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(','));
  return r.waarde;
}

function codes(d: DatalekDossier, g: unknown): string[] {
  const r = verwerk(d, g);
  return r.ok ? [] : r.problemen.map((p) => p.code);
}

const gemeld = stap(nieuwDossier('dl-2026-001'), {
  type: 'gemeld',
  tijdstip: '2026-10-23T15:00:00+02:00',
  door: { rol: 'medewerker', id: 'medewerker-1' },
  incident,
});
const geanalyseerd = stap(gemeld, {
  type: 'geanalyseerd',
  tijdstip: '2026-10-23T19:00:00+02:00',
  door: pf,
  uitkomst: beoordeelIncident(incident).uitkomst,
});

describe('the stolen-laptop dossier (seed C.6; AVG 33/34)', () => {
  it('72 clock hours from discovery: nights, the weekend and the DST change count; no Atw (AVG 33(1), legal-rules 0.3)', () => {
    const [ap] = openTermijnen(gemeld, '2026-10-24T12:00:00+02:00');
    expect(ap?.soort).toBe('melding-ap');
    expect(ap?.rol).toBe('privacyfunctionaris');
    expect(ap?.termijn?.vervaltOp).toBe('2026-10-26T13:30:00+01:00');
    expect(ap?.termijn?.verlengdDoorAtw).toBe(false);
    expect(ap?.termijn?.spoor.map((s) => s.code)).toContain('ZOMERTIJD');
    expect(ap?.status?.fase).toBe('lopend');
    expect(openTermijnen(gemeld, '2026-10-26T14:00:00+01:00')[0]?.status?.fase).toBe('verlopen');
  });

  it('with the seed policy the 8-hour analysis runs from the internal report (seed Deel C Stap 2)', () => {
    const [analyse] = openTermijnen(gemeld, '2026-10-23T16:00:00+02:00', { beleid: veiligheidsplan2018 });
    expect(analyse?.soort).toBe('analyse');
    expect(analyse?.termijn?.vervaltOp).toBe('2026-10-23T23:00:00+02:00');
    expect(analyse?.termijn?.grondslag).toBe('regeling');
    expect(openTermijnen(gemeld, '2026-10-23T16:00:00+02:00').map((t) => t.soort)).toEqual(['melding-ap']);
  });

  it('after the analysis: AP report and data subjects; by law without undue delay, with the seed within 1 week', () => {
    const wet = openTermijnen(geanalyseerd, '2026-10-24T09:00:00+02:00');
    expect(wet.map((t) => t.soort)).toEqual(['melding-ap', 'informeren-betrokkenen']);
    expect(wet[1]?.termijn).toBeUndefined();
    expect(wet[1]?.rol).toBe('communicatiemedewerker');
    const seed = openTermijnen(geanalyseerd, '2026-10-24T09:00:00+02:00', { beleid: veiligheidsplan2018 });
    expect(seed[1]?.termijn?.laatsteDag).toBe('2026-10-30');
  });

  it('next steps follow the seed roles; CvB consent only under the seed policy', () => {
    expect(volgendeStappen(gemeld).map((s) => s.code)).toEqual([
      'ANALYSEREN',
      'MELDEN_AP',
      'HERSTELMAATREGEL',
      'PREVENTIEVE_MAATREGEL',
    ]);
    expect(
      volgendeStappen(geanalyseerd, { beleid: veiligheidsplan2018 }).map((s) => [s.code, s.rol]),
    ).toEqual([
      ['TOESTEMMING_CVB', 'college-van-bestuur'],
      ['MELDEN_AP', 'privacyfunctionaris'],
      ['INFORMEREN_BETROKKENEN', 'communicatiemedewerker'],
      ['HERSTELMAATREGEL', 'schooldirecteur'],
      ['PREVENTIEVE_MAATREGEL', 'schooldirecteur'],
    ]);
  });

  it('runs to the end: phased AP report, follow-up, data subjects, measures, closed', () => {
    let d = stap(geanalyseerd, {
      type: 'cvb-toestemming',
      tijdstip: '2026-10-24T10:00:00+02:00',
      door: { rol: 'college-van-bestuur', id: 'cvb' },
    });
    d = stap(d, {
      type: 'ap-gemeld',
      tijdstip: '2026-10-24T11:00:00+02:00',
      door: pf,
      volledig: false,
      meldnummer: 'AP-1',
    });
    expect(volgendeStappen(d).map((s) => s.code)).toContain('VERVOLGMELDING');
    expect(codes(d, { type: 'gesloten', tijdstip: '2026-10-24T12:00:00+02:00', door: directeur })).toEqual([
      'HERSTELMAATREGEL_ONTBREEKT',
      'PREVENTIEVE_MAATREGEL_ONTBREEKT',
      'VERVOLGMELDING_ONTBREEKT',
      'BETROKKENEN_NIET_GEINFORMEERD',
    ]);
    d = stap(d, { type: 'vervolgmelding', tijdstip: '2026-10-27T09:00:00+01:00', door: pf, volledig: true });
    d = stap(d, {
      type: 'betrokkenen-geinformeerd',
      tijdstip: '2026-10-27T10:00:00+01:00',
      door: { rol: 'communicatiemedewerker', id: 'communicatie' },
      aantal: 28,
      wijze: 'individueel',
    });
    const maatregel = (type: string, tijdstip: string) => ({
      type,
      tijdstip,
      door: directeur,
      omschrijving: 'Vastgelegd.',
    });
    d = stap(d, maatregel('herstelmaatregel', '2026-10-27T11:00:00+01:00'));
    expect(volgendeStappen(d).map((s) => s.code)).toEqual(['PREVENTIEVE_MAATREGEL']);
    d = stap(d, maatregel('preventieve-maatregel', '2026-10-28T11:00:00+01:00'));
    expect(volgendeStappen(d).map((s) => s.code)).toEqual(['SLUITEN']);
    d = stap(d, { type: 'gesloten', tijdstip: '2026-10-28T12:00:00+01:00', door: directeur });
    // seed C.6 Deel C Stap 5: "De melding wordt minimaal 3 jaar bewaard", from the AP report of 24 October 2026
    expect(bewaarMinimaalTot(d, { beleid: veiligheidsplan2018 })?.laatsteDag).toBe('2029-10-24');
    expect(bewaarMinimaalTot(d)).toBeUndefined();
    expect(toestand(d)?.fase).toBe('gesloten');
    expect(openTermijnen(d, '2026-10-29T12:00:00+01:00')).toEqual([]);
    expect(volgendeStappen(d)).toEqual([]);
    expect(
      codes(d, {
        type: 'herstelmaatregel',
        tijdstip: '2026-10-29T12:00:00+01:00',
        door: directeur,
        omschrijving: 'x',
      }),
    ).toEqual(['DOSSIER_GESLOTEN']);
    const kopie = JSON.parse(JSON.stringify(d)) as DatalekDossier;
    expect(kopie).toEqual(d);
    expect(herspeel(d.id, kopie.gebeurtenissen)).toEqual({ ok: true, waarde: d });
  });

  it('a re-analysis that completes the registration moves the AP term with the discovery (seed Deel C Stap 1)', () => {
    const eerder = { ...incident, ontdektOp: '2026-10-23T08:00:00+02:00' as const };
    const d = stap(gemeld, {
      type: 'geanalyseerd',
      tijdstip: '2026-10-23T19:00:00+02:00',
      door: pf,
      uitkomst: beoordeelIncident(eerder).uitkomst,
      incident: eerder,
    });
    expect(toestand(d)?.bewustOp).toBe('2026-10-23T08:00:00+02:00');
    const later = { ...incident, ontdektOp: '2026-10-23T16:00:00+02:00' as const };
    const analyse = { type: 'geanalyseerd', tijdstip: '2026-10-23T19:00:00+02:00', door: pf };
    expect(
      codes(gemeld, { ...analyse, uitkomst: beoordeelIncident(later).uitkomst, incident: later }),
    ).toEqual(['MELDING_VOOR_ONTDEKKING']);
    expect(openTermijnen(d, '2026-10-24T09:00:00+02:00')[0]?.termijn?.vervaltOp).toBe(
      '2026-10-26T07:00:00+01:00',
    );
  });

  it('AVG 33(1): a report after 72 hours must give the reasons for the delay', () => {
    const laat = { type: 'ap-gemeld', tijdstip: '2026-10-26T14:00:00+01:00', door: pf, volledig: true };
    expect(codes(geanalyseerd, laat)).toEqual(['REDEN_VERTRAGING_ONTBREEKT']);
    expect(codes(geanalyseerd, { ...laat, redenVertraging: 'Forensisch onderzoek duurde langer.' })).toEqual(
      [],
    );
    expect(codes(geanalyseerd, { ...laat, tijdstip: '2026-10-26T13:30:00+01:00' })).toEqual([]);
  });

  it('rejects impossible transitions with coded problems', () => {
    const tijd = '2026-10-24T10:00:00+02:00';
    expect(codes(gemeld, { type: 'gemeld', tijdstip: tijd, door: directeur, incident })).toEqual([
      'AL_GEMELD',
    ]);
    expect(codes(gemeld, { type: 'ap-gemeld', tijdstip: tijd, door: pf, volledig: true })).toEqual([
      'NIET_GEANALYSEERD',
    ]);
    expect(codes(gemeld, { type: 'vervolgmelding', tijdstip: tijd, door: pf, volledig: true })).toEqual([
      'NOG_NIET_BIJ_AP',
    ]);
    expect(
      codes(geanalyseerd, {
        type: 'herstelmaatregel',
        tijdstip: '2026-10-23T18:00:00+02:00',
        door: directeur,
        omschrijving: 'x',
      }),
    ).toEqual(['TIJDSTIP_VOOR_VORIGE']);
    const meld = { type: 'gemeld', tijdstip: '2026-10-23T14:00:00+02:00', door: directeur, incident };
    expect(codes(nieuwDossier('x'), meld)).toEqual(['MELDING_VOOR_ONTDEKKING']);
    const ap = stap(geanalyseerd, { type: 'ap-gemeld', tijdstip: tijd, door: pf, volledig: true });
    expect(codes(ap, { type: 'ap-gemeld', tijdstip: tijd, door: pf, volledig: true })).toEqual([
      'AL_GEMELD_BIJ_AP',
    ]);
  });

  it('roles: a pupil cannot close a dossier and a teacher cannot report to the AP (seed roles)', () => {
    const tijd = '2026-10-24T10:00:00+02:00';
    expect(
      codes(geanalyseerd, { type: 'gesloten', tijdstip: tijd, door: { rol: 'leerling', id: 'leerling-1' } }),
    ).not.toEqual([]);
    expect(
      codes(geanalyseerd, {
        type: 'ap-gemeld',
        tijdstip: tijd,
        door: { rol: 'medewerker', id: 'medewerker-1' },
        volledig: true,
      }),
    ).not.toEqual([]);
  });

  it('no datalek: no AP term; still recovery and preventive measures before closing (seed Deel C Stap 2)', () => {
    const geen = beveiligingsincidentSchema.parse({
      ...gevallen.basis,
      soort: 'fysieke-toegang',
      inbreuk: ['vertrouwelijkheid'],
    });
    let d = stap(nieuwDossier('dl-2'), {
      type: 'gemeld',
      tijdstip: '2026-11-20T17:00:00+01:00',
      door: directeur,
      incident: geen,
    });
    d = stap(d, {
      type: 'geanalyseerd',
      tijdstip: '2026-11-20T18:00:00+01:00',
      door: pf,
      uitkomst: beoordeelIncident(geen).uitkomst,
    });
    expect(openTermijnen(d, '2026-11-21T12:00:00+01:00')).toEqual([]);
    expect(volgendeStappen(d).map((s) => s.code)).toEqual(['HERSTELMAATREGEL', 'PREVENTIEVE_MAATREGEL']);
  });

  it('invalid events come back as problems, never echoing the input', () => {
    const r = verwerk(gemeld, {
      type: 'herstelmaatregel',
      tijdstip: 'gisteren bij Jansen',
      door: directeur,
      omschrijving: '',
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('Jansen');
  });
});
