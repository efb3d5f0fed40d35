import type { Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import {
  type Actie,
  functiesVoorLvsRol,
  type Medewerker,
  magToegang,
  maakToegangsmatrix,
  PARNASSYS_MATRIX,
  type ToegangLeerling,
  toegangsControles,
} from './toegang.js';

interface Invoer {
  readonly medewerker: Medewerker;
  readonly leerling: ToegangLeerling;
  readonly actie: Actie;
  readonly nu: Tijdstip;
}

// Every function of Tabel A against a pupil inside and outside its reach, and the edge cases of the footnotes.
draaiFixtures<Invoer>(new URL('../../fixtures/toegang.json', import.meta.url), (i) => {
  const b = magToegang(i.medewerker, i.leerling, i.actie, i.nu);
  return {
    toegang: b.uitkomst.toegang,
    ...(b.uitkomst.functie ? { functie: b.uitkomst.functie, niveau: b.uitkomst.niveau } : {}),
    redenen: b.redenen.map((r) => r.code),
  };
});

const leerling = { id: 'll-1', school: 'brin-01', groep: 'g5', stichting: 'st-1' };

describe('magToegang: logging and configuration', () => {
  it('returns the log entry AVG art. 32 expects, also for a refusal', () => {
    const nu = '2026-12-02T09:00:00+01:00' as const;
    const b = magToegang({ id: 'mw-1', toewijzingen: [] }, leerling, 'raadplegen', nu);
    expect(b.uitkomst.log).toEqual({
      medewerker: 'mw-1',
      leerling: 'll-1',
      actie: 'raadplegen',
      moment: nu,
      toegang: false,
    });
  });

  it('refuses a BSN as an id (pupils are identified by the vendor id or ECK iD)', () => {
    expect(() =>
      magToegang(
        { id: 'mw-1', toewijzingen: [] },
        { ...leerling, id: '111222333' },
        'raadplegen',
        '2026-12-02T09:00:00+01:00',
      ),
    ).toThrow(/leerling/);
  });

  it('another LVS maps its role names to the same scopes (ESIS example)', () => {
    const m = maakToegangsmatrix({
      lvs: 'ESIS',
      rolnamen: { invalleerkracht: 'Invaller', 'lio-stagiaire': 'Invaller' },
    });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(functiesVoorLvsRol(m.waarde, 'Invaller')).toEqual(['invalleerkracht', 'lio-stagiaire']);
    const mw = {
      id: 'mw-2',
      toewijzingen: [{ functie: 'invalleerkracht', scholen: ['brin-01'], groepen: ['g5'] }],
    } as const;
    const opParnasSys = magToegang(mw, leerling, 'raadplegen', '2026-12-02T09:00:00+01:00');
    const opEsis = magToegang(mw, leerling, 'raadplegen', '2026-12-02T09:00:00+01:00', { matrix: m.waarde });
    expect(opEsis.uitkomst).toEqual(opParnasSys.uitkomst);
  });

  it('a narrower level is allowed and applied; a hand-made wider matrix is refused', () => {
    const m = maakToegangsmatrix({ lvs: 'Magister', niveaus: { leerkracht: 'groep' } });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    const mw = {
      id: 'mw-3',
      toewijzingen: [{ functie: 'leerkracht', scholen: ['brin-01'], groepen: ['g4'] }],
    } as const;
    expect(
      magToegang(mw, leerling, 'raadplegen', '2026-12-02T09:00:00+01:00', { matrix: m.waarde }).uitkomst
        .toegang,
    ).toBe(false);
    const wijd = {
      lvs: 'X',
      rijen: PARNASSYS_MATRIX.rijen.map((r) =>
        r.functie === 'invalleerkracht' ? { ...r, niveau: 'stichting' as const } : r,
      ),
    };
    expect(() =>
      magToegang(mw, leerling, 'raadplegen', '2026-12-02T09:00:00+01:00', { matrix: wijd }),
    ).toThrow(/Tabel A/);
  });

  it('the yearly review of roles and renewal of passwords are due dates under the seed (Verwerking leerlinggegevens)', () => {
    const zonder = toegangsControles({
      rollenGecontroleerdOp: '2026-01-15',
      wachtwoordGewijzigdOp: '2026-03-01',
    });
    expect(zonder.uitkomst).toEqual({ rollenControleUiterlijk: null, wachtwoordUiterlijk: null });
    expect(zonder.redenen.map((r) => r.code)).toEqual(['GEEN_WETTELIJKE_TERMIJN', 'GEEN_WETTELIJKE_TERMIJN']);
    const seed = toegangsControles(
      { rollenGecontroleerdOp: '2026-01-15', wachtwoordGewijzigdOp: '2026-03-01' },
      { beleid: SEED_2018_BELEID },
    );
    expect(seed.uitkomst).toEqual({
      rollenControleUiterlijk: '2027-01-15',
      wachtwoordUiterlijk: '2027-03-01',
    });
  });
});
