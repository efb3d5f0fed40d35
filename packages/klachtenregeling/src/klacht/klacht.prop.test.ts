import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { valideerCommissie } from '../commissie/commissie.js';
import { valideerKlacht } from './klacht.js';

const inhoud = fc.record({
  naamEnAdresKlager: fc.boolean(),
  omschrijving: fc.boolean(),
  dagtekening: fc.boolean(),
  ondertekend: fc.boolean(),
  stukken: fc.constantFrom('bijgevoegd', 'geen', 'ontbreken'),
});
const klacht = fc.record({
  gedragingOp: isoDatum(),
  naDagen: fc.integer({ min: 0, max: 800 }),
  klager: fc.constantFrom('ouder', 'personeelslid', 'leerling', 'vrijwilliger'),
  anoniem: fc.boolean(),
  aangeklaagde: fc.constantFrom('personeelslid', 'directie', 'ouder', null),
  inhoud,
});
const plus = (datum: string, dagen: number) => {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
};
const codes = (r: ReturnType<typeof valideerKlacht>) => (r.ok ? [] : r.problemen.map((p) => p.code));

describe('valideerKlacht', () => {
  it('filing later never turns a late complaint into a timely one (the one-year term, no Atw)', () => {
    fc.assert(
      fc.property(klacht, fc.integer({ min: 0, max: 400 }), (k, later) => {
        const vroeg = { ...k, ingediendOp: plus(k.gedragingOp, k.naDagen) };
        const laat = { ...k, ingediendOp: plus(k.gedragingOp, k.naDagen + later) };
        if (codes(valideerKlacht(vroeg)).includes('KLACHT_TE_LAAT'))
          expect(codes(valideerKlacht(laat))).toContain('KLACHT_TE_LAAT');
      }),
    );
  });

  it('a complaint within 364 days of the conduct is never late; one 367 days after it always is (12 months: 365 or 366 days)', () => {
    fc.assert(
      fc.property(klacht, (k) => {
        const binnen = codes(
          valideerKlacht({ ...k, ingediendOp: plus(k.gedragingOp, Math.min(k.naDagen, 364)) }),
        );
        const buiten = codes(valideerKlacht({ ...k, ingediendOp: plus(k.gedragingOp, 367) }));
        if (!binnen.includes('DATUM_BUITEN_BEREIK')) expect(binnen).not.toContain('KLACHT_TE_LAAT');
        if (!buiten.includes('DATUM_BUITEN_BEREIK')) expect(buiten).toContain('KLACHT_TE_LAAT');
      }),
    );
  });

  it('adding a missing content item never adds a problem (monotone)', () => {
    fc.assert(
      fc.property(
        klacht,
        fc.constantFrom('naamEnAdresKlager', 'omschrijving', 'dagtekening', 'ondertekend'),
        (k, veld) => {
          const basis = { ...k, ingediendOp: plus(k.gedragingOp, k.naDagen) };
          const voor = new Set(codes(valideerKlacht(basis)));
          const na = codes(valideerKlacht({ ...basis, inhoud: { ...basis.inhoud, [veld]: true } }));
          for (const c of na) expect(voor.has(c)).toBe(true);
        },
      ),
    );
  });

  it('the seed policy (a wider circle) never refuses a complaint the statute admits', () => {
    fc.assert(
      fc.property(klacht, (k) => {
        const basis = { ...k, ingediendOp: plus(k.gedragingOp, k.naDagen) };
        if (valideerKlacht(basis).ok)
          expect(valideerKlacht(basis, { beleid: SEED_2018_BELEID }).ok).toBe(true);
      }),
    );
  });

  it('never echoes its input and gives English meldingen on request', () => {
    const r = valideerKlacht(
      {
        ingediendOp: '2026-11-02',
        gedragingOp: 'Jan Jansen 0612345678',
        klager: 'Piet',
        aangeklaagde: null,
        inhoud: {},
      },
      { taal: 'en' },
    );
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/Jan|Piet|0612345678/);
  });
});

describe('valideerCommissie (WPO art. 14 lid 4)', () => {
  const lid = fc.record({
    id: fc.constantFrom('lid-1', 'lid-2', 'lid-3', 'lid-4'),
    voorzitter: fc.boolean(),
    deelVanBevoegdGezag: fc.boolean(),
    werkzaamVoorBevoegdGezag: fc.boolean(),
    betrokkenBijGedraging: fc.boolean(),
  });
  it('accepts exactly: at least three members, one independent chair, nobody whose conduct is concerned', () => {
    fc.assert(
      fc.property(fc.array(lid, { maxLength: 6 }), (leden) => {
        const voorzitters = leden.filter((l) => l.voorzitter);
        const goed =
          leden.length >= 3 &&
          voorzitters.length === 1 &&
          !voorzitters[0]?.deelVanBevoegdGezag &&
          !voorzitters[0]?.werkzaamVoorBevoegdGezag &&
          leden.every((l) => !l.betrokkenBijGedraging);
        expect(valideerCommissie({ leden }).ok).toBe(goed);
      }),
    );
  });
});
