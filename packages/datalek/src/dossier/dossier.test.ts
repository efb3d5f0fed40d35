import type { Tijdstip } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import oudDossier from '../../fixtures/dossier-v0.1.json' with { type: 'json' };
import { GESTOLEN_LAPTOP, incidentUit } from '../incident/gevallen.js';
// the dossier as a vendor uses it: through the package's public entry
import {
  beoordeelIncident,
  bewaarMinimaalTot,
  type DatalekDossier,
  type DatalekToestand,
  type Gebeurtenis,
  herspeel,
  leesDossier,
  nieuwDossier,
  openTermijnen,
  openTermijnenVanAlle,
  SEED_2018_BELEID,
  toestand,
  vanOudeVorm,
  verwerk,
  verwerkJson,
  volgendeStappen,
} from '../index.js';

// A teacher reports on Friday 23 October 2026 at 14:30 that her unencrypted laptop with the care notes of
// group 6 was stolen from her car (seed C.6 Deel A: "gestolen laptop"; the worked case of
// fixtures/gevallen.json). Summer time ends on Sunday 25 October.
const incident = incidentUit(GESTOLEN_LAPTOP);
const directeur = { rol: 'directeur', id: 'directeur' } as const;
const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;

function leeg(id: string): DatalekDossier {
  const r = nieuwDossier({ id });
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(','));
  return r.waarde;
}

function stap(d: DatalekDossier, g: Gebeurtenis): DatalekDossier {
  const r = verwerk(d, g);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(','));
  return r.waarde;
}

/** The problem codes of an event given as raw JSON (the entry for untyped input). */
function codes(d: DatalekDossier, g: unknown): string[] {
  const r = verwerkJson(d, g);
  return r.ok ? [] : r.problemen.map((p) => p.code);
}

function staat(d: DatalekDossier): DatalekToestand {
  const r = toestand(d);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(','));
  return r.waarde;
}

const gemeld = stap(leeg('dl-2026-001'), {
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
    expect(ap?.code).toBe('MELDING_AP');
    expect(ap?.rol).toBe('privacyfunctionaris');
    expect(ap?.termijn?.vervaltOp).toBe('2026-10-26T13:30:00+01:00');
    expect(ap?.termijn?.verlengdDoorAtw).toBe(false);
    expect(ap?.termijn?.spoor.map((s) => s.code)).toContain('ZOMERTIJD');
    expect(ap?.status?.fase).toBe('lopend');
    expect(openTermijnen(gemeld, '2026-10-26T14:00:00+01:00')[0]?.status?.fase).toBe('verlopen');
  });

  it('with the seed policy the 8-hour analysis runs from the internal report (seed Deel C Stap 2)', () => {
    const [analyse] = openTermijnen(gemeld, '2026-10-23T16:00:00+02:00', { beleid: SEED_2018_BELEID });
    expect(analyse?.code).toBe('ANALYSE');
    expect(analyse?.termijn?.vervaltOp).toBe('2026-10-23T23:00:00+02:00');
    expect(analyse?.termijn?.grondslag).toBe('regeling');
    expect(openTermijnen(gemeld, '2026-10-23T16:00:00+02:00').map((t) => t.code)).toEqual(['MELDING_AP']);
  });

  it('after the analysis: AP report and data subjects; by law without undue delay, with the seed within 1 week', () => {
    const wet = openTermijnen(geanalyseerd, '2026-10-24T09:00:00+02:00');
    expect(wet.map((t) => t.code)).toEqual(['MELDING_AP', 'KENNISGEVING_BETROKKENEN']);
    expect(wet[1]?.termijn).toBeUndefined();
    expect(wet[1]?.rol).toBe('communicatiemedewerker');
    const seed = openTermijnen(geanalyseerd, '2026-10-24T09:00:00+02:00', { beleid: SEED_2018_BELEID });
    expect(seed[1]?.termijn?.laatsteDag).toBe('2026-10-30');
  });

  it('next steps follow the seed roles; CvB consent only under the seed policy', () => {
    expect(volgendeStappen(gemeld).map((s) => s.code)).toEqual([
      'ANALYSEREN',
      'MELDEN_AP',
      'HERSTELMAATREGEL',
      'PREVENTIEVE_MAATREGEL',
    ]);
    expect(volgendeStappen(geanalyseerd, { beleid: SEED_2018_BELEID }).map((s) => [s.code, s.rol])).toEqual([
      ['TOESTEMMING_CVB', 'bevoegd-gezag'],
      ['MELDEN_AP', 'privacyfunctionaris'],
      ['INFORMEREN_BETROKKENEN', 'communicatiemedewerker'],
      ['HERSTELMAATREGEL', 'directeur'],
      ['PREVENTIEVE_MAATREGEL', 'directeur'],
    ]);
  });

  it('runs to the end: phased AP report, follow-up, data subjects, measures, closed', () => {
    let d = stap(geanalyseerd, {
      type: 'cvb-toestemming',
      tijdstip: '2026-10-24T10:00:00+02:00',
      door: { rol: 'bevoegd-gezag', id: 'cvb' },
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
    const maatregel = (type: 'herstelmaatregel' | 'preventieve-maatregel', tijdstip: Tijdstip) => ({
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
    expect(bewaarMinimaalTot(d, { beleid: SEED_2018_BELEID })?.laatsteDag).toBe('2029-10-24');
    expect(bewaarMinimaalTot(d)).toBeUndefined();
    expect(staat(d).fase).toBe('gesloten');
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
    expect(herspeel(d.kop, kopie.gebeurtenissen)).toEqual({ ok: true, waarde: d });
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
    const t = staat(d);
    expect(t.fase !== 'nieuw' && t.bewustOp).toBe('2026-10-23T08:00:00+02:00');
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
    ).toEqual(['GEBEURTENIS_VOOR_VORIGE']); // kernel code; release 0.1 said TIJDSTIP_VOOR_VORIGE
    const meld = { type: 'gemeld', tijdstip: '2026-10-23T14:00:00+02:00', door: directeur, incident };
    expect(codes(leeg('x'), meld)).toEqual(['MELDING_VOOR_ONTDEKKING']);
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
    const geen = incidentUit('serverruimte een nacht open, camerabeelden sluiten toegang uit');
    let d = stap(leeg('dl-2'), {
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
});

describe('the dossier on the procedure kernel (issue 7 items 1-3)', () => {
  it('the header holds an id without free text, and optionally the policy', () => {
    expect(nieuwDossier({ id: 'dl-2026-001' }).ok).toBe(true);
    const r = nieuwDossier({ id: 'Juf Jansen' });
    expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['ONGELDIG_FORMAAT', ['kop', 'id']],
    ]);
    expect(JSON.stringify(r)).not.toContain('Jansen');
    expect(nieuwDossier({ id: 'dl-1', beleid: SEED_2018_BELEID }).ok).toBe(true);
  });

  it('a policy stored in the header applies as if it were passed in the options', () => {
    const kop = { id: 'dl-2026-001', beleid: SEED_2018_BELEID };
    const r = herspeel(kop, gemeld.gebeurtenissen);
    if (!r.ok) throw new Error('herspeel');
    const nu = '2026-10-23T16:00:00+02:00';
    expect(openTermijnen(r.waarde, nu)).toEqual(openTermijnen(gemeld, nu, { beleid: SEED_2018_BELEID }));
    expect(volgendeStappen(r.waarde)).toEqual(volgendeStappen(gemeld, { beleid: SEED_2018_BELEID }));
  });

  it('a dossier stored by release 0.1 ({ id, gebeurtenissen }, old role names) is migrated by vanOudeVorm and replays to the same state', () => {
    const r = vanOudeVorm(oudDossier.opgeslagen);
    if (!r.ok) throw new Error(r.problemen.map((p) => `${p.code}@${p.pad.join('.')}`).join());
    expect(r.waarde.kop).toEqual({ id: 'dl-2026-001' });
    expect(r.waarde.versie).toBe(3);
    expect(r.waarde.gebeurtenissen.map((g) => g.door.rol)).toEqual([
      'directeur',
      'privacyfunctionaris',
      'bevoegd-gezag',
      'bevoegd-gezag',
      'privacyfunctionaris',
      'directeur',
      'directeur',
      'bevoegd-gezag',
      'directeur',
    ]);
    // the state of release 0.1, with the incident's reporter under the new role name
    const verwacht = {
      ...oudDossier.toestand,
      incident: { ...oudDossier.toestand.incident, melder: { rol: 'directeur', id: 'directeur' } },
    };
    expect(staat(r.waarde)).toEqual(verwacht);
    expect(vanOudeVorm(JSON.stringify(oudDossier.opgeslagen))).toEqual(r);
    // once migrated it is stored in the kernel's shape and read as it is
    expect(leesDossier(JSON.parse(JSON.stringify(r.waarde)))).toEqual(r);
    expect(vanOudeVorm(r.waarde)).toEqual(r);
  });

  it('an event of release 0.1 is accepted on the raw-JSON entry and upcast', () => {
    const oud = {
      type: 'herstelmaatregel',
      tijdstip: '2026-10-24T10:00:00+02:00',
      door: { rol: 'schooldirecteur', id: 'directeur' },
      omschrijving: 'Vastgelegd.',
    };
    const r = verwerkJson(geanalyseerd, oud);
    expect(r.ok && r.waarde.gebeurtenissen.at(-1)).toEqual({ ...oud, door: directeur, versie: 3 });
  });

  it('sweeps many stored dossiers at one instant, one result per dossier', async () => {
    const opgeslagen = [JSON.stringify(gemeld), geanalyseerd, '{kapot'];
    const nu = '2026-10-24T09:00:00+02:00';
    const uit = [...openTermijnenVanAlle(opgeslagen, nu)];
    expect(uit.map((u) => (u.ok ? [u.id, u.termijnen.map((t) => t.code)] : 'fout'))).toEqual([
      ['dl-2026-001', ['MELDING_AP']],
      ['dl-2026-001', ['MELDING_AP', 'KENNISGEVING_BETROKKENEN']],
      'fout',
    ]);
    async function* stroom() {
      yield* opgeslagen;
    }
    const asynchroon = [];
    for await (const u of openTermijnenVanAlle(stroom(), nu)) asynchroon.push(u);
    expect(asynchroon).toEqual(uit);
  });

  it('next steps name the open term they must meet', () => {
    expect(volgendeStappen(gemeld).map((s) => [s.code, s.termijnCode])).toEqual([
      ['ANALYSEREN', undefined],
      ['MELDEN_AP', 'MELDING_AP'],
      ['HERSTELMAATREGEL', undefined],
      ['PREVENTIEVE_MAATREGEL', undefined],
    ]);
    expect(volgendeStappen(gemeld, { beleid: SEED_2018_BELEID })[0]?.termijnCode).toBe('ANALYSE');
  });

  it('state, terms and steps of a dossier that does not replay: a problem, or a typed error', () => {
    const kapot = { ...JSON.parse(JSON.stringify(gemeld)), gebeurtenissen: [null] } as DatalekDossier;
    expect(toestand(kapot).ok).toBe(false);
    expect(() => openTermijnen(kapot, '2026-10-24T09:00:00+02:00')).toThrow(
      expect.objectContaining({ code: 'DOSSIER_ONGELDIG' }),
    );
    expect(() => bewaarMinimaalTot(kapot)).toThrow(expect.objectContaining({ code: 'DOSSIER_ONGELDIG' }));
  });
});
