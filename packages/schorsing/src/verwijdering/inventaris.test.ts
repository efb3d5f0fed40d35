import { describe, expect, it } from 'vitest';
import oud from '../../fixtures/dossier-ontvangende-school-v2.json' with { type: 'json' };
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { leesDossier, type SchorsingDossier, verwerk, volgendeStappen } from '../dossier/dossier.js';
import type { Gebeurtenis } from '../dossier/gebeurtenissen.js';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import {
  type BenaderdeSchool,
  beoordeelVerwijdering,
  type VerwijderingsVoorwaarden,
} from './verwijdering.js';

// Issue 11: the inventory of schools approached (which school, when, answer) replaces the boolean "another school
// is willing". WPO 40 lid 11 (and for a bijzondere school 63 lid 2): a definitive verwijdering only once "een
// andere school bereid is gevonden" to admit the pupil; a school that said no or did not answer does not count.
const gehoord = { leerkracht: true, ouders: true } as const;
const basis = { denominatie: 'openbaar', gehoord } as const satisfies Partial<VerwijderingsVoorwaarden>;
const nee: BenaderdeSchool = {
  schoolId: 'school-2',
  benaderdOp: '2026-03-02',
  antwoord: 'niet-bereid',
  antwoordOp: '2026-03-04',
};
const stil: BenaderdeSchool = { schoolId: 'school-3', benaderdOp: '2026-03-02', antwoord: 'geen-antwoord' };
const ja: BenaderdeSchool = {
  schoolId: 'school-4',
  benaderdOp: '2026-03-03',
  antwoord: 'bereid',
  antwoordOp: '2026-03-06',
  bereidPer: '2026-03-16',
};
const eerste = (v: VerwijderingsVoorwaarden) => beoordeelVerwijdering(v).redenen[0];

describe('inventory of schools approached (WPO 40 lid 11; issue 11)', () => {
  it('worked case: three schools, one willing: the condition is met and the reason counts the answers', () => {
    const r = beoordeelVerwijdering({
      ...basis,
      benaderdeScholen: [nee, stil, ja],
      verwijderingsdatum: '2026-03-16',
    });
    expect(r.uitkomst).toBe(true);
    expect(r.redenen[0]?.code).toBe('ONTVANGENDE_SCHOOL');
    expect(r.redenen[0]?.parameters).toEqual({
      voldaan: true,
      benaderd: 3,
      bereid: 1,
      nietBereid: 1,
      geenAntwoord: 1,
    });
    expect(r.redenen[0]?.bron?.artikel).toBe('art. 40 lid 11');
    expect(r.redenen[0]?.tekst).toMatch(/Benaderd: 3 scholen/);
  });

  it('no answer and no are not "bereid": not met, and searching for 8 weeks is no ground in PO', () => {
    const r = beoordeelVerwijdering({ ...basis, benaderdeScholen: [nee, stil], wekenGezocht: 8 });
    expect(r.uitkomst).toBe(false);
    expect(r.redenen.map((x) => x.code).slice(0, 2)).toEqual([
      'ONTVANGENDE_SCHOOL_NIET',
      'ACHT_WEKEN_GEEN_GROND',
    ]);
  });

  it('a willing school that admits the pupil only after the verwijderingsdatum does not meet it (no gap)', () => {
    expect(eerste({ ...basis, benaderdeScholen: [ja], verwijderingsdatum: '2026-03-13' })?.code).toBe(
      'ONTVANGENDE_SCHOOL_NIET',
    );
    expect(eerste({ ...basis, benaderdeScholen: [ja], verwijderingsdatum: '2026-03-16' })?.code).toBe(
      'ONTVANGENDE_SCHOOL',
    );
  });

  it('the older boolean shape is still read: the same outcome and codes as the equivalent inventory (upcast)', () => {
    for (const beleid of [undefined, SEED_2018_BELEID])
      for (const bereid of [false, true])
        for (const schriftelijk of [false, true]) {
          const oudeVorm = beoordeelVerwijdering({
            ...basis,
            ontvangendeSchool: bereid,
            schriftelijkBevestigd: schriftelijk,
            ...(beleid ? { beleid } : {}),
          });
          const inventaris = beoordeelVerwijdering({
            ...basis,
            benaderdeScholen: [
              { ...ja, antwoord: bereid ? 'bereid' : 'niet-bereid', schriftelijkBevestigd: schriftelijk },
            ],
            ...(beleid ? { beleid } : {}),
          });
          expect(inventaris.uitkomst).toBe(oudeVorm.uitkomst);
          expect(inventaris.redenen.map((r) => r.code)).toEqual(oudeVorm.redenen.map((r) => r.code));
        }
  });

  it('refuses an inventory row of the wrong shape with the typed error, never echoing it', () => {
    expect(() =>
      beoordeelVerwijdering({ ...basis, benaderdeScholen: [{ ...ja, antwoord: 'misschien' as never }] }),
    ).toThrowError(expect.objectContaining({ code: 'ONGELDIGE_INVOER' }));
  });
});

describe('the inventory in the dossier: school-benaderd feeds the gate of verwijdering-besloten', () => {
  const gesprek: Gebeurtenis = {
    type: 'gesprek',
    datum: '2026-03-02',
    onderwerp: 'verwijdering',
    deelnemers: ['ouders', 'leerkracht'],
  };

  it('worked case: refused while the only school said no; accepted once another answered "bereid"', () => {
    const d = bouwDossier('dossier-inventaris', 'openbaar', [
      gesprek,
      { type: 'school-benaderd', datum: '2026-03-03', schoolId: 'school-2', antwoord: 'geen-antwoord' },
      { type: 'school-benaderd', datum: '2026-03-05', schoolId: 'school-2', antwoord: 'niet-bereid' },
    ]);
    const besluit = {
      type: 'verwijdering-besloten',
      datum: '2026-03-09',
      verwijderingsdatum: '2026-03-16',
    } as const;
    const geweigerd = verwerk(d, besluit);
    expect(geweigerd.ok ? [] : geweigerd.problemen.map((p) => p.code)).toEqual([
      'VERWIJDERING_ONTVANGENDE_SCHOOL_NIET',
    ]);
    const r = verwerk(d, {
      type: 'school-benaderd',
      datum: '2026-03-06',
      schoolId: 'school-4',
      antwoord: 'bereid',
      bereidPer: '2026-03-16',
    });
    if (!r.ok) throw new Error('benaderd');
    expect(staat(r.waarde).verwijdering.benaderdeScholen).toEqual([
      { schoolId: 'school-2', antwoord: 'niet-bereid', benaderdOp: '2026-03-03', antwoordOp: '2026-03-05' },
      {
        schoolId: 'school-4',
        antwoord: 'bereid',
        bereidPer: '2026-03-16',
        benaderdOp: '2026-03-06',
        antwoordOp: '2026-03-06',
      },
    ]);
    expect(verwerk(r.waarde, besluit).ok).toBe(true);
  });

  it('migration: a dossier stored with the older ontvangende-school event gives the same answers as its inventory form', () => {
    const gelezen = leesDossier(oud);
    if (!gelezen.ok) throw new Error('lezen');
    const nieuw: SchorsingDossier = bouwDossier('dossier-ontvangende-school', 'openbaar', [
      gesprek,
      {
        type: 'school-benaderd',
        datum: '2026-03-05',
        schoolId: 'school-2',
        antwoord: 'bereid',
        bereidPer: '2026-03-16',
        schriftelijkBevestigd: false,
      },
    ]);
    expect(volgendeStappen(gelezen.waarde)).toEqual(volgendeStappen(nieuw));
    expect(staat(gelezen.waarde).verwijdering.ontvangendeSchool).toEqual({
      schoolId: 'school-2',
      schriftelijkBevestigd: false,
      bereidPer: '2026-03-16',
    });
    expect(staat(gelezen.waarde).verwijdering.benaderdeScholen?.[0]?.antwoord).toBe('bereid');
    for (const verwijderingsdatum of ['2026-03-13', '2026-03-16'] as const) {
      const besluit = { type: 'verwijdering-besloten', datum: '2026-03-09', verwijderingsdatum } as const;
      const a = verwerk(gelezen.waarde, besluit);
      const b = verwerk(nieuw, besluit);
      expect(a.ok ? [] : a.problemen.map((p) => p.code)).toEqual(b.ok ? [] : b.problemen.map((p) => p.code));
    }
    // the school admits the pupil from 16 March: a verwijdering from 13 March would leave a gap
    const vroeg = verwerk(gelezen.waarde, {
      type: 'verwijdering-besloten',
      datum: '2026-03-09',
      verwijderingsdatum: '2026-03-13',
    });
    expect(vroeg.ok).toBe(false);
  });
});
