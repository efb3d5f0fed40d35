// Worked tests of the bugs the fuzz of every export (fuzz.test.ts) found: each was an untyped TypeError on a
// vendor's bad input, or an echo of unchecked input in a thrown error or a decision's parameters.
import { EIGEN_BELEID_TITEL, SchoolveiligheidFout } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import {
  beoordeelVerwijdering,
  berekenBezwaartermijnen,
  berekenSchorsing,
  kalenderVan,
  maximumInSchooldagen,
  schoolpleinverbodGeldt,
  valideerSchorsingsbrief,
  valideerVerwijderingsbrief,
} from '../index.js';
import { SCHORSINGSBRIEF, VERWIJDERINGSBRIEF } from '../testhulp/fixtures.js';
import { BEZWAAR_INVOER, PERSOONLIJK, SCHORSING_INVOER, VERBOD, VOORWAARDEN } from './voorbeelden.js';

/** The error `f` throws: must be a typed one, and must not repeat the personal text. */
function fout(f: () => unknown): SchoolveiligheidFout<string> {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SchoolveiligheidFout);
    const s = e as SchoolveiligheidFout<string>;
    expect(`${s.message} ${JSON.stringify(s.details)}`).not.toContain('Jan Jansen');
    return s;
  }
  throw new Error('expected a SchoolveiligheidFout');
}

const codes = (r: { ok: boolean; problemen?: readonly { code: string; pad: readonly unknown[] }[] }) =>
  r.ok ? [] : (r.problemen ?? []).map((p) => [p.code, p.pad]);

describe('fuzz findings', () => {
  it('berekenSchorsing: no input, a duur or a calendar that is not an object give coded problems (was a TypeError)', () => {
    expect(codes(berekenSchorsing(undefined as never))).toEqual([['VERPLICHT', []]]);
    expect(codes(berekenSchorsing(null as never))).toEqual([['VERKEERD_TYPE', []]]);
    expect(codes(berekenSchorsing({ ...SCHORSING_INVOER, duur: null } as never))).toEqual([
      ['VERKEERD_TYPE', ['duur']],
    ]);
    // the calendar's settings instead of the calendar: a common mistake
    expect(codes(berekenSchorsing({ ...SCHORSING_INVOER, kalender: { regio: 'noord' } } as never))).toEqual([
      ['VERKEERD_TYPE', ['kalender']],
    ]);
    expect(codes(berekenSchorsing({ ...SCHORSING_INVOER, beleid: 'seed-2018' } as never))).toEqual([
      ['VERKEERD_TYPE', ['beleid']],
    ]);
    expect(berekenSchorsing(SCHORSING_INVOER).ok).toBe(true);
  });

  it("berekenSchorsing: a school policy's own source text never comes back in a reason (found by the CI fuzz, seed-dependent)", () => {
    const bron = {
      titel: `Schoolgids, ${PERSOONLIJK}`,
      artikel: PERSOONLIJK,
      zekerheid: 'secundair',
    } as const;
    const beleid = {
      id: 'school',
      naam: 'Schoolbeleid',
      bron,
      waarden: { 'schorsing.schorsing.meldingInspectieBoven': { waarde: 0, bron, toelichting: PERSOONLIJK } },
    };
    const r = berekenSchorsing({ ...SCHORSING_INVOER, beleid });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r)).not.toContain('Jan Jansen');
    expect(JSON.stringify(r)).toContain(EIGEN_BELEID_TITEL);
    // a policy of the wrong shape is a coded problem under `beleid`, not a TypeError
    expect(
      codes(berekenSchorsing({ ...SCHORSING_INVOER, beleid: { waarden: [1] } } as never))[0]?.[1],
    ).toEqual(['beleid', 'id']);
  });

  it('berekenBezwaartermijnen: an input that is not an object gives a coded problem (was a TypeError)', () => {
    expect(codes(berekenBezwaartermijnen(null as never))).toEqual([['VERKEERD_TYPE', []]]);
    expect(codes(berekenBezwaartermijnen(undefined as never))).toEqual([['VERPLICHT', []]]);
    expect(berekenBezwaartermijnen(BEZWAAR_INVOER).ok).toBe(true);
  });

  it('the letter validators: a context without a calendar throws KALENDER_VEREIST (was a TypeError)', () => {
    expect(fout(() => valideerSchorsingsbrief(SCHORSINGSBRIEF, null as never)).code).toBe('KALENDER_VEREIST');
    expect(
      fout(() => valideerSchorsingsbrief(SCHORSINGSBRIEF, { kalender: { regio: 'noord' } } as never)).code,
    ).toBe('KALENDER_VEREIST');
    expect(fout(() => valideerVerwijderingsbrief(VERWIJDERINGSBRIEF, {} as never)).code).toBe(
      'KALENDER_VEREIST',
    );
  });

  it('maximumInSchooldagen: an unknown unit no longer echoes it in details; bad input throws typed', () => {
    const onbekend = fout(() => maximumInSchooldagen({ aantal: 1, eenheid: PERSOONLIJK } as never));
    expect([onbekend.code, onbekend.details]).toEqual(['ONGELDIGE_INVOER', {}]);
    expect(fout(() => maximumInSchooldagen(undefined as never)).code).toBe('ONGELDIGE_INVOER');
    expect(
      fout(() => maximumInSchooldagen({ aantal: PERSOONLIJK, eenheid: 'schooldagen' } as never)).code,
    ).toBe('ONGELDIGE_INVOER');
    expect(fout(() => maximumInSchooldagen({ aantal: 1, eenheid: 'weken' }, PERSOONLIJK as never)).code).toBe(
      'ONGELDIGE_DATUM',
    );
    expect(maximumInSchooldagen({ aantal: 1, eenheid: 'weken' }, '2026-11-23')).toBe(5);
  });

  it('beoordeelVerwijdering: bad input throws typed instead of a TypeError or a reason that carries the input', () => {
    expect(fout(() => beoordeelVerwijdering(null as never)).code).toBe('ONGELDIGE_INVOER');
    expect(fout(() => beoordeelVerwijdering({ ...VOORWAARDEN, gehoord: null } as never)).code).toBe(
      'ONGELDIGE_INVOER',
    );
    // was: a decision with `parameters: { voldaan: 'Jan Jansen ...' }`
    expect(
      fout(() => beoordeelVerwijdering({ ...VOORWAARDEN, ontvangendeSchool: PERSOONLIJK } as never)).code,
    ).toBe('ONGELDIGE_INVOER');
    expect(beoordeelVerwijdering(VOORWAARDEN).uitkomst).toBe(true);
  });

  it('schoolpleinverbodGeldt: an unchecked ban or date throws typed instead of echoing the date in parameters', () => {
    expect(fout(() => schoolpleinverbodGeldt(undefined as never, '2026-02-10')).code).toBe(
      'ONGELDIGE_INVOER',
    );
    expect(
      fout(() => schoolpleinverbodGeldt({ ...VERBOD, van: PERSOONLIJK } as never, '2026-02-10')).code,
    ).toBe('ONGELDIGE_INVOER');
    expect(fout(() => schoolpleinverbodGeldt(VERBOD, PERSOONLIJK as never)).code).toBe('ONGELDIGE_DATUM');
    expect(schoolpleinverbodGeldt(VERBOD, '2026-02-10').uitkomst).toBe(true);
  });

  it('kalenderVan: a header that is not an object throws typed (was a TypeError)', () => {
    expect(fout(() => kalenderVan(undefined as never)).code).toBe('ONGELDIGE_INVOER');
    expect(kalenderVan({ kalender: { regio: 'zuid' } }).isSchooldag('2025-10-14')).toBe(false);
  });
});
