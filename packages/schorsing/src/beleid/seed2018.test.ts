import { waardeVoor } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import oudeSeed from '../../fixtures/seed-2018-beleid-v1.json' with { type: 'json' };
import { schorsingMaxDuur } from '../regels/regels.js';
import { controleerBeleid, leesBeleid } from './beleid.js';
import { SEED_2018_BELEID } from './seed2018.js';

// The findings of release 0.1 (kern's controleerBeleid on the embedded rule copies), per rule under its old id:
// the seed checked against today's law must give the same judgements.
const VOORHEEN: Record<string, string> = {
  'wpo.schorsing.maxDuur': 'afwijkend', // 5 schooldagen vs 1 week: not comparable
  'wpo.schorsing.rechtsmiddelOpenbaar': 'afwijkend', // "slechts ... de rechter"
  'awb.bezwaar.start': 'afwijkend', // "6 weken na dagtekening"
  'wpo.schorsing.meldingInspectieOnverwijld': 'soepeler', // no "onverwijld"
  'wpo.schorsing.meldingLeerplichtambtenaar': 'strenger', // beyond the law: fine
  'wpo.schorsing.meldingInspectieBoven': 'gelijk',
  'wpo.verwijdering.beslistermijnBijzonder': 'gelijk',
  'gpo.verwijdering.indieningstermijn': 'gelijk',
  'wpo.verwijdering.andereSchool': 'gelijk', // no "8 weeks" in the seed
};
const NIEUW_ID: Record<string, string> = {
  'wpo.schorsing.maxDuur': 'schorsing.schorsing.maxDuur',
  'wpo.schorsing.rechtsmiddelOpenbaar': 'schorsing.schorsing.rechtsmiddelOpenbaar',
  'awb.bezwaar.start': 'schorsing.bezwaar.start',
  'wpo.schorsing.meldingInspectieOnverwijld': 'schorsing.schorsing.meldingInspectieOnverwijld',
  'wpo.schorsing.meldingLeerplichtambtenaar': 'schorsing.schorsing.meldingLeerplichtambtenaar',
  'wpo.schorsing.meldingInspectieBoven': 'schorsing.schorsing.meldingInspectieBoven',
  'wpo.verwijdering.beslistermijnBijzonder': 'schorsing.verwijdering.beslistermijnBijzonder',
  'gpo.verwijdering.indieningstermijn': 'schorsing.verwijdering.gpoIndieningstermijn',
  'wpo.verwijdering.andereSchool': 'schorsing.verwijdering.andereSchool',
};

/** The seed's conditions for a definitive verwijdering beyond WPO 40 lid 11, policy values since issue 11. */
const VERWIJDERINGSEISEN: Record<string, string> = {
  'schorsing.verwijdering.leerlingHoren': 'E.2 Verwijdering, stap 2',
  'schorsing.verwijdering.onderzoeksdossier': 'E.2 Verwijdering',
  'schorsing.verwijdering.voornemenVooraf': 'E.2 Verwijdering, stap 2',
  'schorsing.verwijdering.schriftelijkeBevestiging': 'E.2 Verwijdering, stap 3',
};

describe('SEED_2018_BELEID vs statute (legal-rules 9 items 6 and 7)', () => {
  const controle = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
  const oordeel = (id: string) => controle.bevindingen.find((b) => b.regelId === id)?.oordeel;

  it('is not conform the law at 2026-11-23', () => {
    expect(controle.conform).toBe(false);
  });

  it('reports each deviation of the seed with the right judgement, the same as before the rule ids moved', () => {
    expect(oordeel('schorsing.schorsing.maxDuur')).toBe('afwijkend'); // 5 schooldagen vs 1 week: not comparable
    expect(oordeel('schorsing.schorsing.rechtsmiddelOpenbaar')).toBe('afwijkend'); // "slechts ... de rechter"
    expect(oordeel('schorsing.bezwaar.start')).toBe('afwijkend'); // "6 weken na dagtekening"
    expect(oordeel('schorsing.schorsing.meldingInspectieOnverwijld')).toBe('soepeler'); // no "onverwijld"
    expect(oordeel('schorsing.schorsing.meldingLeerplichtambtenaar')).toBe('strenger'); // beyond the law: fine
    expect(oordeel('schorsing.schorsing.meldingInspectieBoven')).toBe('gelijk');
    expect(oordeel('schorsing.verwijdering.beslistermijnBijzonder')).toBe('gelijk');
    expect(oordeel('schorsing.verwijdering.gpoIndieningstermijn')).toBe('gelijk');
    expect(oordeel('schorsing.verwijdering.andereSchool')).toBe('gelijk'); // no "8 weeks" in the seed
    expect(Object.fromEntries(Object.entries(NIEUW_ID).map(([oud, nieuw]) => [oud, oordeel(nieuw)]))).toEqual(
      VOORHEEN,
    );
    expect(controle.meldingen).toEqual([]);
  });

  it('its conditions for a definitive verwijdering beyond the statute are stricter than the law, with both sources (seed E.2 Verwijdering; WPO 40 lid 11)', () => {
    for (const [id, sectie] of Object.entries(VERWIJDERINGSEISEN)) {
      const b = controle.bevindingen.find((x) => x.regelId === id);
      expect(b?.oordeel, id).toBe('strenger');
      expect(b?.beleid.waarde).toBe(true);
      expect(b?.beleid.bron.artikel).toBe(sectie);
      expect(b?.wet?.waarde).toBe(false);
      expect(b?.wet?.bron.artikel).toBe('art. 40 lid 11');
      expect(b?.wet?.bron.zekerheid).toBe('wettekst');
      expect(b?.tekst).toContain('strenger dan de wet');
    }
  });

  it('in 2018 the missing "onverwijld" was still the law (WPO 40c lid 3, text 2018-08-01)', () => {
    expect(
      controleerBeleid(SEED_2018_BELEID, '2018-09-01').bevindingen.find(
        (b) => b.regelId === 'schorsing.schorsing.meldingInspectieOnverwijld',
      )?.oordeel,
    ).toBe('gelijk');
  });

  it('names both sources in every finding and never mentions people', () => {
    for (const b of controle.bevindingen) {
      expect(b.tekst).toContain('Veiligheidsplan 2018');
      expect(b.beleid.bron.zekerheid).toBe('secundair');
    }
  });

  it('the preset is the value used when passed as beleid', () => {
    expect(waardeVoor(schorsingMaxDuur, '2026-11-23', SEED_2018_BELEID).waarde).toEqual({
      aantal: 5,
      eenheid: 'schooldagen',
    });
  });

  it('stores only its own values, by rule id, and is frozen', () => {
    expect(new Set(Object.keys(SEED_2018_BELEID.waarden))).toEqual(
      new Set([...Object.values(NIEUW_ID), ...Object.keys(VERWIJDERINGSEISEN)]),
    );
    expect(Object.isFrozen(SEED_2018_BELEID.waarden)).toBe(true);
    for (const w of Object.values(SEED_2018_BELEID.waarden)) expect(w).not.toHaveProperty('regel');
  });
});

describe('a policy stored in the pre-0.2 shape (fixtures/seed-2018-beleid-v1.json, written by release 0.1)', () => {
  it('still loads: old ids are mapped, and the check says it was migrated and which rule copy it did not use', () => {
    const r = leesBeleid(oudeSeed);
    if (!r.ok) throw new Error('verwacht ok');
    // the school's own values and ids, under today's rule ids; its stored sources are kept as stored
    const waarden = (b: typeof SEED_2018_BELEID) =>
      Object.fromEntries(Object.entries(b.waarden).map(([id, w]) => [id, [w.waarde, w.toelichting]]));
    const zonderNieuwe = (b: typeof SEED_2018_BELEID) =>
      Object.fromEntries(Object.entries(waarden(b)).filter(([id]) => !(id in VERWIJDERINGSEISEN)));
    expect(waarden(r.waarde.beleid)).toEqual(zonderNieuwe(SEED_2018_BELEID));
    expect(r.waarde.beleid.id).toBe(SEED_2018_BELEID.id);
    const codes = r.waarde.meldingen.map((m) => m.code);
    expect(codes[0]).toBe('OUDE_VORM');
    expect(codes.filter((c) => c === 'OUDE_REGEL_ID')).toHaveLength(9);
    // the embedded copies say in law what today's rules say (the move changed ids and source metadata only), except
    // the one rule corrected since: "onverwijld" now dated from the WPO consolidation of 2021-01-01, not 2026-08-01
    expect(r.waarde.meldingen.filter((m) => m.code === 'KOPIE_WIJKT_AF').map((m) => m.regelId)).toEqual([
      'schorsing.schorsing.meldingInspectieOnverwijld',
    ]);
  });

  it('says which rule it used when an embedded copy differs in law from the rule as shipped today', () => {
    const anders = {
      ...oudeSeed,
      waarden: oudeSeed.waarden.map((w) =>
        w.regel.id === 'wpo.schorsing.maxDuur'
          ? {
              ...w,
              regel: {
                ...w.regel,
                waarden: w.regel.waarden.map((x) => ({ ...x, waarde: { aantal: 2, eenheid: 'weken' } })),
              },
            }
          : w,
      ),
    };
    const r = leesBeleid(anders);
    expect(
      r.ok &&
        r.waarde.meldingen
          .filter((m) => m.code === 'KOPIE_WIJKT_AF')
          .map((m) => m.regelId)
          .sort(),
    ).toEqual(['schorsing.schorsing.maxDuur', 'schorsing.schorsing.meldingInspectieOnverwijld']);
    // checked against today's rule (1 week), not the stored copy
    expect(
      controleerBeleid(anders, '2026-11-23').bevindingen.find(
        (b) => b.regelId === 'schorsing.schorsing.maxDuur',
      )?.wet?.waarde,
    ).toEqual({ aantal: 1, eenheid: 'weken' });
  });

  it('is checked against the law as shipped today, with the same findings as the preset', () => {
    const oud = controleerBeleid(oudeSeed, '2026-11-23');
    const nieuw = controleerBeleid(SEED_2018_BELEID, '2026-11-23');
    // same rules, same judgements, and the same statute (today's rules from the registry, not the stored copies)
    // release 0.1 stored the nine values it had; the four verwijdering conditions are newer
    const kern = (c: typeof oud) =>
      c.bevindingen
        .filter((b) => !(b.regelId in VERWIJDERINGSEISEN))
        .map((b) => [b.regelId, b.oordeel, b.wet, b.beleid.waarde]);
    expect(kern(oud)).toEqual(kern(nieuw));
    expect(oud.conform).toBe(false);
    expect(oud.meldingen.map((m) => m.code)).toContain('OUDE_VORM');
  });
});
