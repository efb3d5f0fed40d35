import { schoolkalender } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import {
  type BriefGeval,
  fixture,
  SCHORSINGSBRIEF as schorsingsbrief,
  VERWIJDERINGSBRIEF as verwijderingsbrief,
} from '../testhulp/fixtures.js';
import { ontbrekendeKopieen } from './brief.js';
import { type Schorsingsbrief, valideerSchorsingsbrief } from './schorsingsbrief.js';
import { type Verwijderingsbrief, valideerVerwijderingsbrief } from './verwijderingsbrief.js';

const codes = (r: { ok: boolean; problemen?: readonly { code: string }[] }) =>
  r.ok ? [] : (r.problemen ?? []).map((p) => p.code);

// The worked letters of fixtures/brieven.json (seed Bijlage 20 and 21, E.2; WPO 40c, 40 lid 11, 63; Awb 6:7),
// each validated on its school's calendar: the problem codes, none for a complete letter.
draaiFixtures<BriefGeval>(fixture('brieven.json'), (invoer) => {
  const context = { kalender: schoolkalender(invoer.kalender) };
  const r =
    invoer.soort === 'schorsingsbrief'
      ? valideerSchorsingsbrief(invoer.brief, context)
      : valideerVerwijderingsbrief(invoer.brief, context);
  return { problemen: codes(r) };
});

// The complete letters of the fixtures are varied one element at a time.
const kalender = schoolkalender({ regio: 'midden' });

describe('valideerSchorsingsbrief (seed Bijlage 20; WPO 40c)', () => {
  it.each<[string, (b: Schorsingsbrief) => unknown, string[]]>([
    // openbaar vs bijzonder: the model letter's "only the judge" is wrong for openbaar (legal-rules 4.1)
    [
      'an openbare school that names only the civil judge',
      (b) => ({ ...b, rechtsmiddel: { soort: 'civiele-rechter' } }),
      ['SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST'],
    ],
    [
      'a bijzondere school that names Awb bezwaar',
      (b) => ({ ...b, denominatie: 'bijzonder' }),
      ['SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST'],
    ],
    [
      'a bijzondere school that names the civil judge',
      (b) => ({ ...b, denominatie: 'bijzonder', rechtsmiddel: { soort: 'civiele-rechter' } }),
      [],
    ],
    // the "tot en met" date is checked against the school calendar (kerstvakantie 2025-2026)
    [
      'a last day that counts the kerstvakantie',
      (b) => ({ ...b, laatsteDag: '2025-12-24' }),
      ['SCHORSINGSBRIEF_LAATSTE_DAG_ONJUIST'],
    ],
    // the copies of Bijlage 20, the inspectie only for more than one day (WPO 40c lid 3)
    [
      'no copies',
      (b) => ({ ...b, kopieAan: [] }),
      [
        'SCHORSINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT',
        'SCHORSINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT',
        'SCHORSINGSBRIEF_KOPIE_BESTUUR_ONTBREEKT',
      ],
    ],
    [
      'one day, without a copy to the inspectie',
      (b) => ({
        ...b,
        duur: { aantal: 1, eenheid: 'schooldagen' },
        laatsteDag: '2025-12-18',
        kopieAan: ['leerplichtambtenaar', 'bevoegd-gezag'],
      }),
      [],
    ],
    [
      'a schorsing that is too long',
      (b) => ({ ...b, duur: { aantal: 6, eenheid: 'schooldagen' } }),
      ['SCHORSING_TE_LANG'],
    ],
    [
      'a retroactive start',
      (b) => ({ ...b, datum: '2025-12-19' }),
      ['SCHORSINGSBRIEF_INGANG_VOOR_DAGTEKENING'],
    ],
    // a missing field: kern's validation code VERPLICHT (was the zod-derived ONGELDIG_INVALID_TYPE)
    ['no reasons', ({ redenen: _weg, ...zonderRedenen }) => zonderRedenen, ['VERPLICHT']],
  ])('%s', (_, wijzig, verwacht) => {
    expect(codes(valideerSchorsingsbrief(wijzig(schorsingsbrief), { kalender }))).toEqual(verwacht);
  });

  it('names the last day the school calendar gives', () => {
    const r = valideerSchorsingsbrief({ ...schorsingsbrief, laatsteDag: '2025-12-24' }, { kalender });
    expect(r.ok ? '' : r.problemen[0]?.melding).toContain('woensdag 7 januari 2026');
  });
});

describe('valideerVerwijderingsbrief (seed E.2 stap 4-5; WPO 40 lid 11, 63)', () => {
  it.each<[string, (b: Verwijderingsbrief) => unknown, string[]]>([
    // the receiving school must admit the pupil by the verwijderingsdatum (WPO 40 lid 11)
    [
      'a receiving school that admits the pupil after the verwijderingsdatum',
      (b) => ({ ...b, ontvangendeSchool: { ...b.ontvangendeSchool, bereidPer: '2026-05-04' } }),
      ['VERWIJDERINGSBRIEF_SCHOOL_NIET_BEREID_OP_DATUM'],
    ],
    // the seed's "6 weken na dagtekening": the term runs from the bekendmaking (Awb 6:8; legal-rules 9)
    [
      'a bezwaartermijn counted from the date on the letter',
      (b) => ({ ...b, bezwaar: { termijnWeken: 6, vanaf: 'dagtekening' } }),
      ['VERWIJDERINGSBRIEF_BEZWAAR_START_ONJUIST'],
    ],
    [
      'a bezwaartermijn of 4 weeks',
      (b) => ({ ...b, bezwaar: { termijnWeken: 4, vanaf: 'bekendmaking' } }),
      ['VERWIJDERINGSBRIEF_BEZWAARTERMIJN_ONJUIST'],
    ],
    // an interim schorsing stays within a week and ends before the verwijdering (seed: "maximaal 1 week")
    [
      'an interim schorsing that is too long',
      (b) => ({
        ...b,
        tussentijdseSchorsing: { ingangsdatum: '2026-04-13', duur: { aantal: 6, eenheid: 'schooldagen' } },
      }),
      ['SCHORSING_TE_LANG'],
    ],
    [
      'an interim schorsing that runs into the verwijdering',
      (b) => ({
        ...b,
        tussentijdseSchorsing: { ingangsdatum: '2026-04-16', duur: { aantal: 5, eenheid: 'schooldagen' } },
      }),
      ['VERWIJDERINGSBRIEF_SCHORSING_NA_VERWIJDERING'],
    ],
    // the GPO, the inventory, the copies, and the voornemen first
    [
      'a letter without the GPO, the inventory and the copies, after a later voornemen',
      (b) => ({
        ...b,
        voornemenDatum: '2026-04-03',
        inventarisatieScholen: false,
        geschillencommissie: { vermeld: false },
        kopieAan: [],
        tussentijdseSchorsing: null,
      }),
      [
        'VERWIJDERINGSBRIEF_VOORNEMEN_NA_BESLUIT',
        'VERWIJDERINGSBRIEF_GEEN_INVENTARISATIE',
        'VERWIJDERINGSBRIEF_GPO_ONTBREEKT',
        'VERWIJDERINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT',
        'VERWIJDERINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT',
      ],
    ],
  ])('%s', (_, wijzig, verwacht) => {
    expect(codes(valideerVerwijderingsbrief(wijzig(verwijderingsbrief), { kalender }))).toEqual(verwacht);
  });
});

describe('the copies of a letter', () => {
  it('names each missing copy of a letter (seed Bijlage 20 c.c.)', () => {
    expect(ontbrekendeKopieen('schorsingsbrief', ['bevoegd-gezag']).map((p) => p.code)).toEqual([
      'SCHORSINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT',
    ]);
  });
});
