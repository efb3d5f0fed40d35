// Worked cases and properties of the decisions outside the dossier fixtures: the channel, the reporter, the
// procedure duty, external reporting, public disclosure and the benadeling validator; and their misuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BEVOEGDE_AUTORITEITEN,
  beoordeelMelder,
  controleerMaatregelen,
  kiesInternKanaal,
  klokkenluiderProcedure,
  magExternMelden,
  magOpenbaarMaken,
  type Openbaarmaking,
  procedurePlicht,
  RELATIES,
  SEED_2018_BELEID,
  wieMagIdentiteitZien,
} from './index.js';

const kop = (redelijkeGronden = true) => ({
  id: 'kl-1',
  melder: { id: 'medewerker-7', relatie: 'werknemer' as const },
  vermoeden: { belangen: ['schending-wettelijk-voorschrift' as const], redelijkeGronden },
  bevoegdGezagBetrokken: false,
});
const ontvangen = {
  type: 'melding-ontvangen',
  datum: '2026-06-01',
  kanaal: 'leidinggevende',
  viaVertrouwenspersoon: false,
  vorm: 'schriftelijk',
  ontvanger: 'directeur-1',
} as const;
const extern = {
  type: 'extern-gemeld',
  datum: '2026-09-01',
  autoriteit: 'huis-voor-klokkenluiders',
} as const;

function dossier(gebeurtenissen: readonly unknown[], redelijkeGronden = true) {
  const r = klokkenluiderProcedure.herspeel(kop(redelijkeGronden), gebeurtenissen);
  if (!r.ok) throw new Error(JSON.stringify(r.problemen));
  return r.waarde;
}

describe('internal channel (seed regeling art. 3; Wbk art. 2 lid 2 onder d)', () => {
  it('board involved: the toezichthouder, even when an official is designated', () => {
    const k = kiesInternKanaal({
      bevoegdGezagBetrokken: true,
      viaVertrouwenspersoon: true,
      functionarisAangewezen: true,
    });
    expect(k.uitkomst).toEqual({
      kanaal: 'toezichthouder',
      viaVertrouwenspersoon: true,
      verantwoordelijke: 'toezichthouder',
    });
    expect(k.redenen.map((r) => r.code)).toEqual(['KANAAL_VERTROUWENSPERSOON', 'KANAAL_TOEZICHTHOUDER']);
  });
  it('otherwise the designated official, else a superior', () => {
    expect(
      kiesInternKanaal({
        bevoegdGezagBetrokken: false,
        viaVertrouwenspersoon: false,
        functionarisAangewezen: true,
      }).uitkomst.kanaal,
    ).toBe('functionaris');
    expect(
      kiesInternKanaal({
        bevoegdGezagBetrokken: false,
        viaVertrouwenspersoon: false,
        functionarisAangewezen: false,
      }).uitkomst.kanaal,
    ).toBe('leidinggevende');
  });
  it('misuse is a typed error without echo', () => {
    expect(() => kiesInternKanaal({ bevoegdGezagBetrokken: 'ja' } as never)).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
  });
});

describe('reporter and procedure duty (Wbk art. 1, 2 lid 1 and 6)', () => {
  it('every relation is protected; only werknemers have the internal procedure by right under the statute', () => {
    for (const r of RELATIES) {
      const b = beoordeelMelder(r, '2026-12-02');
      expect(b.uitkomst.beschermd).toBe(true);
      expect(b.uitkomst.interneProcedure).toBe(
        r === 'werknemer' || r === 'uitzendkracht' ? 'recht' : 'als-opengesteld',
      );
      expect(beoordeelMelder(r, '2026-12-02', { beleid: SEED_2018_BELEID }).uitkomst.interneProcedure).toBe(
        'recht',
      );
    }
  });
  it('the duty is monotone in the number of werknemers and cites art. 2 lid 1', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.nat({ max: 1000 }), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        if (procedurePlicht(x, '2026-12-02').uitkomst)
          expect(procedurePlicht(y, '2026-12-02').uitkomst).toBe(true);
      }),
    );
    expect(procedurePlicht(50, '2026-12-02').redenen[0]?.bron?.artikel).toBe('art. 2 lid 1');
    expect(() => procedurePlicht(-1, '2026-12-02')).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
    expect(() => beoordeelMelder('buurman' as never, '2026-12-02')).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
  });
});

describe('external reporting (Wbk art. 2c, 17e)', () => {
  it('names the Huis and the Wbk list; the Inspectie is flagged onbevestigd', () => {
    const b = magExternMelden(dossier([]));
    expect(b.uitkomst.autoriteiten.map((a) => a.id)).toEqual(BEVOEGDE_AUTORITEITEN.map((a) => a.id));
    expect(BEVOEGDE_AUTORITEITEN.filter((a) => a.bron.zekerheid !== 'wettekst').map((a) => a.id)).toEqual([
      'inspectie-van-het-onderwijs',
    ]);
  });
  it('without the seed there is no conflict reason; with it there is', () => {
    const d = dossier([ontvangen]);
    expect(magExternMelden(d).redenen.map((r) => r.code)).not.toContain('BELEID_EERST_INTERN_CONFLICT');
    expect(magExternMelden(d, { beleid: SEED_2018_BELEID }).redenen.map((r) => r.code)).toContain(
      'BELEID_EERST_INTERN_CONFLICT',
    );
    expect(magExternMelden(d, { beleid: SEED_2018_BELEID }).uitkomst.beschermd).toBe(true);
  });
});

describe('public disclosure (Wbk art. 17ea)', () => {
  const omstandigheden = fc.record({
    informatieJuist: fc.boolean(),
    onvoldoendeVoortgang: fc.boolean(),
    dreigendGevaar: fc.boolean(),
    risicoBenadeling: fc.boolean(),
    verhelpenOnwaarschijnlijk: fc.boolean(),
  });
  const dossiers = fc.constantFrom(
    dossier([]),
    dossier([ontvangen]),
    dossier([extern]),
    dossier([ontvangen, extern]),
  );
  it('never protected without reasonable grounds (lid 1 onder a, lid 2)', () => {
    fc.assert(
      fc.property(dossiers, omstandigheden, (d, o) => {
        if (!o.informatieJuist) expect(magOpenbaarMaken(d, o).uitkomst).toBe(false);
      }),
    );
  });
  it('monotone: making any condition true never takes protection away; an external report never does either', () => {
    const sleutels = [
      'onvoldoendeVoortgang',
      'dreigendGevaar',
      'risicoBenadeling',
      'verhelpenOnwaarschijnlijk',
    ] as const;
    fc.assert(
      fc.property(omstandigheden, fc.constantFrom(...sleutels), (o: Openbaarmaking, k) => {
        for (const d of [dossier([]), dossier([ontvangen])]) {
          if (magOpenbaarMaken(d, o).uitkomst) {
            expect(magOpenbaarMaken(d, { ...o, [k]: true }).uitkomst).toBe(true);
            expect(magOpenbaarMaken(dossier([...d.gebeurtenissen, extern]), o).uitkomst).toBe(true);
          }
        }
      }),
    );
  });
  it('every decision has reasons with a source', () => {
    fc.assert(
      fc.property(dossiers, omstandigheden, (d, o) => {
        const b = magOpenbaarMaken(d, o);
        expect(b.redenen.length).toBeGreaterThan(0);
        for (const r of b.redenen) expect(r.bron?.artikel).toMatch(/^art\. 17ea lid [12]$/);
      }),
    );
  });
});

describe('benadeling (Wbk art. 17da, 17eb, 17ec)', () => {
  it('a measure without motivation after a report is flagged, in English too; without a report it is not', () => {
    const maatregel = {
      type: 'maatregel-genomen',
      datum: '2026-10-01',
      soort: 'ontslag-of-schorsing',
      betreft: 'melder',
      motiveringLosVanMelding: false,
    } as const;
    const r = controleerMaatregelen(dossier([ontvangen, maatregel]), { taal: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemen[0]?.melding).toMatch(/^A detrimental measure/);
    expect(controleerMaatregelen(dossier([maatregel]))).toEqual({ ok: true, waarde: [] });
  });
  it('a dossier that does not replay gives problems, never a throw', () => {
    const r = controleerMaatregelen({
      procedure: 'klokkenluider',
      versie: 1,
      kop: {},
      gebeurtenissen: [],
    } as never);
    expect(r.ok).toBe(false);
  });
});

describe('identity under the seed regeling (art. 5 lid 2: written consent)', () => {
  it('oral consent is enough under the law, not under the seed', () => {
    const d = dossier([
      ontvangen,
      { type: 'identiteit-toestemming', datum: '2026-06-02', vorm: 'mondeling', voor: ['ib-1'] },
    ]);
    expect(wieMagIdentiteitZien(d, { id: 'ib-1' }).uitkomst).toBe(true);
    const seed = wieMagIdentiteitZien(d, { id: 'ib-1' }, { beleid: SEED_2018_BELEID });
    expect(seed.uitkomst).toBe(false);
    expect(seed.redenen.map((r) => r.code)).toEqual([
      'IDENTITEIT_TOESTEMMING_NIET_SCHRIFTELIJK',
      'IDENTITEIT_GEHEIM',
    ]);
    expect(() => wieMagIdentiteitZien(d, { id: 'Jan Jansen' })).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER' }),
    );
  });
});

describe('the batch sweep', () => {
  it('streams one result per stored dossier from an async iterable too', async () => {
    const { openTermijnenVanAlle } = await import('./index.js');
    const opgeslagen = JSON.stringify(dossier([{ ...ontvangen, datum: '2026-12-18' }]));
    async function* cursor() {
      yield opgeslagen;
      yield 'kapot';
    }
    const uit: boolean[] = [];
    for await (const u of openTermijnenVanAlle(cursor(), '2026-12-21T09:00:00+01:00')) uit.push(u.ok);
    expect(uit).toEqual([true, false]);
    const [eerste] = [...openTermijnenVanAlle([opgeslagen], '2026-12-21T09:00:00+01:00')];
    expect(eerste?.ok && eerste.termijnen.map((t) => t.code)).toEqual([
      'ONTVANGSTBEVESTIGING',
      'TERUGKOPPELING',
    ]);
  });
});
