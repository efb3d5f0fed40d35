import { schoolkalender } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { valideerSchorsingsbrief } from './schorsingsbrief.js';
import { valideerVerwijderingsbrief } from './verwijderingsbrief.js';
import brieven from '../../fixtures/brieven.json' with { type: 'json' };

const { schorsingsbrief, verwijderingsbrief } = brieven;

const kalender = schoolkalender({ regio: 'midden' });
const codes = (r: { ok: boolean; problemen?: readonly { code: string }[] }) =>
  r.ok ? [] : (r.problemen ?? []).map((p) => p.code);

describe('valideerSchorsingsbrief (seed Bijlage 20; WPO 40c)', () => {
  it('accepts a complete letter of an openbare school with Awb bezwaar', () => {
    expect(valideerSchorsingsbrief(schorsingsbrief, { kalender }).ok).toBe(true);
  });

  it('openbaar vs bijzonder: the model letter’s "only the judge" is wrong for openbaar; Awb bezwaar is wrong for bijzonder (legal-rules 4.1)', () => {
    expect(
      codes(
        valideerSchorsingsbrief(
          { ...schorsingsbrief, rechtsmiddel: { soort: 'civiele-rechter' } },
          { kalender },
        ),
      ),
    ).toEqual(['SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST']);
    expect(
      codes(valideerSchorsingsbrief({ ...schorsingsbrief, denominatie: 'bijzonder' }, { kalender })),
    ).toEqual(['SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST']);
    expect(
      valideerSchorsingsbrief(
        { ...schorsingsbrief, denominatie: 'bijzonder', rechtsmiddel: { soort: 'civiele-rechter' } },
        { kalender },
      ).ok,
    ).toBe(true);
  });

  it('checks the "tot en met" date against the school calendar (kerstvakantie 2025-2026)', () => {
    const r = valideerSchorsingsbrief({ ...schorsingsbrief, laatsteDag: '2025-12-24' }, { kalender });
    expect(codes(r)).toEqual(['SCHORSINGSBRIEF_LAATSTE_DAG_ONJUIST']);
    expect(r.ok ? '' : r.problemen[0]?.melding).toContain('woensdag 7 januari 2026');
  });

  it('requires the copies of Bijlage 20, the inspectie only for more than one day (WPO 40c lid 3)', () => {
    expect(codes(valideerSchorsingsbrief({ ...schorsingsbrief, kopieAan: [] }, { kalender }))).toEqual([
      'SCHORSINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT',
      'SCHORSINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT',
      'SCHORSINGSBRIEF_KOPIE_BESTUUR_ONTBREEKT',
    ]);
    const eenDag = {
      ...schorsingsbrief,
      duur: { aantal: 1, eenheid: 'schooldagen' },
      laatsteDag: '2025-12-18',
      kopieAan: ['leerplichtambtenaar', 'bevoegd-gezag'],
    };
    expect(valideerSchorsingsbrief(eenDag, { kalender }).ok).toBe(true);
  });

  it('rejects a too long schorsing, a retroactive start and missing fields with coded problems', () => {
    expect(
      codes(
        valideerSchorsingsbrief(
          { ...schorsingsbrief, duur: { aantal: 6, eenheid: 'schooldagen' } },
          { kalender },
        ),
      ),
    ).toContain('SCHORSING_TE_LANG');
    expect(codes(valideerSchorsingsbrief({ ...schorsingsbrief, datum: '2025-12-19' }, { kalender }))).toEqual(
      ['SCHORSINGSBRIEF_INGANG_VOOR_DAGTEKENING'],
    );
    const { redenen: _weg, ...zonderRedenen } = schorsingsbrief;
    // a missing field: kern's validation code VERPLICHT (was the zod-derived ONGELDIG_INVALID_TYPE)
    expect(codes(valideerSchorsingsbrief(zonderRedenen, { kalender }))).toEqual(['VERPLICHT']);
  });
});

describe('valideerVerwijderingsbrief (seed E.2 stap 4-5; WPO 40 lid 11, 63)', () => {
  it('accepts a complete letter with an interim schorsing of a week that ends before the verwijderingsdatum', () => {
    expect(valideerVerwijderingsbrief(verwijderingsbrief, { kalender }).ok).toBe(true);
  });

  it('the receiving school must admit the pupil by the verwijderingsdatum (WPO 40 lid 11)', () => {
    const r = valideerVerwijderingsbrief(
      {
        ...verwijderingsbrief,
        ontvangendeSchool: { ...verwijderingsbrief.ontvangendeSchool, bereidPer: '2026-05-04' },
      },
      { kalender },
    );
    expect(codes(r)).toEqual(['VERWIJDERINGSBRIEF_SCHOOL_NIET_BEREID_OP_DATUM']);
  });

  it('the seed’s "6 weken na dagtekening" is flagged: the term runs from the bekendmaking (Awb 6:8; legal-rules 9)', () => {
    expect(
      codes(
        valideerVerwijderingsbrief(
          { ...verwijderingsbrief, bezwaar: { termijnWeken: 6, vanaf: 'dagtekening' } },
          { kalender },
        ),
      ),
    ).toEqual(['VERWIJDERINGSBRIEF_BEZWAAR_START_ONJUIST']);
    expect(
      codes(
        valideerVerwijderingsbrief(
          { ...verwijderingsbrief, bezwaar: { termijnWeken: 4, vanaf: 'bekendmaking' } },
          { kalender },
        ),
      ),
    ).toEqual(['VERWIJDERINGSBRIEF_BEZWAARTERMIJN_ONJUIST']);
  });

  it('an interim schorsing must stay within a week and end before the verwijdering (seed: "maximaal 1 week")', () => {
    expect(
      codes(
        valideerVerwijderingsbrief(
          {
            ...verwijderingsbrief,
            tussentijdseSchorsing: {
              ingangsdatum: '2026-04-13',
              duur: { aantal: 6, eenheid: 'schooldagen' },
            },
          },
          { kalender },
        ),
      ),
    ).toEqual(['SCHORSING_TE_LANG']);
    expect(
      codes(
        valideerVerwijderingsbrief(
          {
            ...verwijderingsbrief,
            tussentijdseSchorsing: {
              ingangsdatum: '2026-04-16',
              duur: { aantal: 5, eenheid: 'schooldagen' },
            },
          },
          { kalender },
        ),
      ),
    ).toEqual(['VERWIJDERINGSBRIEF_SCHORSING_NA_VERWIJDERING']);
  });

  it('requires the GPO, the inventory, the copies, and the voornemen first', () => {
    const r = valideerVerwijderingsbrief(
      {
        ...verwijderingsbrief,
        voornemenDatum: '2026-04-03',
        inventarisatieScholen: false,
        geschillencommissie: { vermeld: false },
        kopieAan: [],
        tussentijdseSchorsing: null,
      },
      { kalender },
    );
    expect(codes(r)).toEqual([
      'VERWIJDERINGSBRIEF_VOORNEMEN_NA_BESLUIT',
      'VERWIJDERINGSBRIEF_GEEN_INVENTARISATIE',
      'VERWIJDERINGSBRIEF_GPO_ONTBREEKT',
      'VERWIJDERINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT',
      'VERWIJDERINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT',
    ]);
  });
});
