// Archiving a one-off or refuted signal: after steps 1 and 2 (signalen in kaart brengen, collegiale consultatie)
// the route closes with the signal archived, its reason and its retention recorded. Sources: seed 004 stap 1
// (talks "dragen bij aan verheldering, ontkrachting of bevestiging van zorgen") and stap 5 (signals, talks, steps
// and decisions are recorded); the afwegingskader, afweging 1 ("nee: afsluiten en vastleggen in het dossier");
// the retention: PO-Raad sector guidance for the leerlingdossier (2 years after leaving), the seed's own
// "Bewaartermijn leerlinggegevens" (5 years) as its preset.
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { meldcodeProcedure, signaalArchief } from './procedure.js';

const KOP = { id: 'meldcode-1', eindverantwoordelijke: 'directeur' } as const;
const signaal = {
  type: 'signaal-vastgelegd',
  datum: '2026-11-02',
  rol: 'leerkracht',
  herkomst: 'eigen-waarneming',
  feitelijk: true,
} as const;
const overleg = {
  type: 'consultatie-gevoerd',
  datum: '2026-11-03',
  rol: 'leerkracht',
  met: 'intern-begeleider',
};
const archiveer = (reden: string, datum = '2026-11-05') => ({
  type: 'signaal-gearchiveerd',
  datum,
  rol: 'intern-begeleider',
  reden,
});
const codes = (lijst: readonly unknown[]) => {
  const r = meldcodeProcedure.herspeel(KOP, lijst);
  return r.ok ? [] : r.problemen.map((p) => p.code);
};

describe('signaal-gearchiveerd and signaalArchief', () => {
  it('worked example: a refuted suspicion after the talk with the parents closes the route, 24 months after leaving', () => {
    const r = meldcodeProcedure.herspeel(KOP, [
      signaal,
      overleg,
      { type: 'gesprek-gevoerd', datum: '2026-11-04', rol: 'leerkracht', met: 'ouders' },
      archiveer('ontkracht'),
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.problemen));
    expect(meldcodeProcedure.volgendeStappen(r.waarde)).toEqual([]);
    const a = signaalArchief(r.waarde);
    expect(a.uitkomst).toEqual({
      datum: '2026-11-05',
      reden: 'ontkracht',
      bewaartermijn: { aantal: 24, eenheid: 'maanden' },
      bewaartermijnVanaf: 'vertrek-leerling',
    });
    expect(a.redenen.map((x) => x.code)).toEqual(['ARCHIEF_ONTKRACHT', 'ARCHIEF_BEWAARTERMIJN']);
    expect(a.redenen[1]?.bron?.zekerheid).toBe('secundair');
    expect(a.redenen[1]?.tekst).toBe(
      'Het gearchiveerde signaal blijft in het leerlingdossier tot 24 maanden na het vertrek van de leerling.',
    );
    expect(a.verantwoording.gegevens).toMatch(/^fnv1a64:/);
  });

  it('under the seed policy the retention is its own 5 years, with the seed section as source', () => {
    const r = meldcodeProcedure.herspeel(KOP, [signaal, overleg, archiveer('eenmalig')]);
    if (!r.ok) throw new Error('dossier');
    const a = signaalArchief(r.waarde, { beleid: SEED_2018_BELEID });
    expect(a.uitkomst?.bewaartermijn).toEqual({ aantal: 60, eenheid: 'maanden' });
    expect(a.redenen[1]?.bron?.wet).toBe('seed-2018');
  });

  it('refuses archiving without collegial consultation (Besluit meldcode art. 2 lid 2, stap 2)', () => {
    expect(codes([signaal, archiveer('eenmalig')])).toEqual(['ARCHIVEREN_ZONDER_OVERLEG']);
  });

  it('refuses archiving once a danger is recorded (seed 000 Disclosure: direct contact with Veilig Thuis)', () => {
    const gevaar = {
      type: 'gevaar-vastgesteld',
      datum: '2026-11-02',
      rol: 'leerkracht',
      reden: 'disclosure',
    };
    expect(codes([signaal, gevaar, overleg, archiveer('eenmalig')])).toEqual(['ARCHIVEREN_BIJ_GEVAAR']);
  });

  it('refuses archiving after the weighing: the afwegingskader decides there (afweging 1)', () => {
    const weging = { type: 'weging-ondersteuningsteam', datum: '2026-11-04', rol: 'intern-begeleider' };
    expect(codes([signaal, overleg, weging, archiveer('ontkracht')])).toEqual(['ARCHIVEREN_NA_WEGING']);
  });

  it('closes the dossier: nothing can be added after the archive', () => {
    expect(codes([signaal, overleg, archiveer('eenmalig'), { ...signaal, datum: '2026-11-06' }])).toEqual([
      'DOSSIER_GESLOTEN',
    ]);
  });

  it('a dossier without an archive says so', () => {
    const r = meldcodeProcedure.herspeel(KOP, [signaal]);
    if (!r.ok) throw new Error('dossier');
    const a = signaalArchief(r.waarde);
    expect([a.uitkomst, a.redenen.map((x) => x.code)]).toEqual([null, ['NIET_GEARCHIVEERD']]);
  });

  it('throws the typed DOSSIER_ONGELDIG on a value that is not a dossier', () => {
    expect(() => signaalArchief(42 as never)).toThrow(expect.objectContaining({ code: 'DOSSIER_ONGELDIG' }));
  });
});

describe('signaalArchief before the retention guidance', () => {
  it('names no retention for an archive dated before the rule (2018-05-25), and says so', () => {
    const oud = (g: Record<string, unknown>) => ({ ...g, datum: '2017-03-01' });
    const r = meldcodeProcedure.herspeel(KOP, [
      oud(signaal),
      oud(overleg),
      archiveer('eenmalig', '2017-03-02'),
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.problemen));
    const a = signaalArchief(r.waarde);
    expect([a.uitkomst?.bewaartermijn, a.redenen.map((x) => x.code)]).toEqual([
      null,
      ['ARCHIEF_EENMALIG', 'ARCHIEF_BEWAARTERMIJN_ONBEKEND'],
    ]);
  });
});
