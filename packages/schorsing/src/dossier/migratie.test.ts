import { describe, expect, it } from 'vitest';
import oud from '../../fixtures/dossier-v1.json' with { type: 'json' };
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import {
  herspeel,
  leesDossier,
  openTermijnen,
  type SchorsingDossier,
  toestand,
  vanOudeVorm,
  volgendeStappen,
} from './dossier.js';

// fixtures/dossier-v1.json was written by release 0.1 (nieuwDossier + verwerk, then JSON.stringify): the flat
// shape { id, leerling, denominatie, bezwaarcommissie, kalender, beleid, gebeurtenissen }, with the seed policy
// in its old shape (a copy of each rule, old rule ids). What release 0.1 (with the kern of its time) answered
// for it, at 2026-03-04T12:00:00+01:00; the seed policy asks for the leerplicht notice, which is not recorded:
const TOEN = {
  laatsteDag: '2026-01-07',
  laatsteDatum: '2026-03-03',
  openTermijnen: [
    ['MELDING_LEERPLICHT_SCHORSING', 'directeur', '2025-12-18'],
    ['BESLISTERMIJN_BEZWAAR_SCHORSING', 'bevoegd-gezag', '2026-06-03'],
  ],
  volgendeStappen: [
    ['LEERPLICHT_INFORMEREN', 'directeur'],
    ['SCHOOLWERK_REGELEN', 'leerkracht'],
    ['BESLISSEN_OP_BEZWAAR', 'bevoegd-gezag'],
  ],
};

function gelezen(): SchorsingDossier {
  const r = vanOudeVorm(oud);
  if (!r.ok) throw new Error(r.problemen.map((p) => `${p.code} ${p.pad.join('.')}`).join(', '));
  return r.waarde;
}

/** The seed's verwijdering conditions that became policy rules after release 0.1 (issue 11). */
const NIEUW_IN_ISSUE_11 = [
  'schorsing.verwijdering.leerlingHoren',
  'schorsing.verwijdering.onderzoeksdossier',
  'schorsing.verwijdering.voornemenVooraf',
  'schorsing.verwijdering.schriftelijkeBevestiging',
];

describe('migration of a dossier stored by release 0.1 (vanOudeVorm)', () => {
  it('reads the flat shape into a version 2 dossier with the policy in kern’s shape', () => {
    const d = gelezen();
    expect([d.procedure, d.versie, d.kop.id, d.kop.bezwaarcommissie]).toEqual([
      'schorsing',
      2,
      'dossier-v1',
      true,
    ]);
    // release 0.1 stored the nine values it had; the four verwijdering conditions came with issue 11
    expect(Object.keys(d.kop.beleid?.waarden ?? {}).sort()).toEqual(
      Object.keys(SEED_2018_BELEID.waarden)
        .filter((id) => !NIEUW_IN_ISSUE_11.includes(id))
        .sort(),
    );
    expect(d.kop.beleid?.waarden['schorsing.schorsing.maxDuur']?.waarde).toEqual({
      aantal: 5,
      eenheid: 'schooldagen',
    });
    expect(d.gebeurtenissen).toEqual(oud.gebeurtenissen.map((g) => ({ ...g, versie: 2 })));
  });

  it('replays to the same state release 0.1 derived: the same terms, steps and dates', () => {
    const d = gelezen();
    const t = toestand(d);
    if (!t.ok) throw new Error('toestand');
    expect(t.waarde.schorsingen[0]?.schorsing.laatsteDag).toBe(TOEN.laatsteDag);
    expect(t.waarde.schorsingen[0]?.schorsing.maximum.herkomst).toBe('beleid');
    expect(t.waarde.laatsteDatum).toBe(TOEN.laatsteDatum);
    expect(t.waarde.bezwaren.map((b) => [b.tijdig?.uitkomst, b.gehoord, b.verdaagd])).toEqual([
      [true, true, '2026-03-02'],
    ]);
    expect(
      openTermijnen(d, '2026-03-04T12:00:00+01:00').map((x) => [x.code, x.rol, x.termijn?.laatsteDag]),
    ).toEqual(TOEN.openTermijnen);
    expect(volgendeStappen(d).map((s) => [s.code, s.rol])).toEqual(TOEN.volgendeStappen);
  });

  it('gives the same state as replaying the same events on the migrated header, and survives storage again', () => {
    const d = gelezen();
    const opnieuw = herspeel(d.kop, oud.gebeurtenissen);
    expect(opnieuw.ok && toestand(opnieuw.waarde)).toEqual(toestand(d));
    const terug = leesDossier(JSON.stringify(d));
    expect(terug.ok && terug.waarde).toEqual(d);
    expect(terug.ok && toestand(terug.waarde)).toEqual(toestand(d));
  });

  it('also upcasts a version 1 dossier already in the kernel shape (leesDossier), and reads new dossiers as they are', () => {
    const { gebeurtenissen, ...kop } = oud;
    const v1 = leesDossier({ procedure: 'schorsing', versie: 1, kop, gebeurtenissen });
    expect(v1.ok && toestand(v1.waarde)).toEqual(toestand(gelezen()));
    expect(vanOudeVorm(gelezen()).ok).toBe(true);
  });

  it('refuses what it cannot migrate with a coded problem, never a throw', () => {
    const kapot = vanOudeVorm({ ...oud, beleid: { id: 'x', naam: 'Beleid', waarden: [] } });
    expect(kapot.ok ? [] : kapot.problemen.map((p) => p.code)).toEqual(['OPWAARDERING_MISLUKT']);
    expect(vanOudeVorm(null).ok).toBe(false);
    const tekst = vanOudeVorm('{');
    expect(tekst.ok ? [] : tekst.problemen.map((p) => p.code)).toEqual(['ONGELDIGE_JSON']);
    const eerder = oud.gebeurtenissen.map((g, i) => (i === 3 ? { ...g, datum: '2025-12-01' } : g));
    const volgorde = vanOudeVorm({ ...oud, gebeurtenissen: eerder });
    expect(volgorde.ok ? [] : volgorde.problemen.map((p) => [p.code, p.pad.slice(0, 2)])).toEqual([
      ['GEBEURTENIS_VOOR_VORIGE', ['gebeurtenissen', 3]],
    ]);
  });
});
