import { foutCode } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { paaszondag } from '../feestdagen/feestdagen.js';
import { schoolkalender } from '../kalender/schoolkalender.js';
import { berekenTermijn, duurTekst } from './termijn.js';

describe('terms at the edges (issue 8: the bugs found by fuzzing)', () => {
  // WPO 43: the term stands still while the Geschillencommissie considers the dispute. The same suspension
  // passed twice moved the end from 2026-06-29 to 2026-07-13: a term cannot stand still twice.
  const basis = {
    gebeurtenis: '2026-05-04',
    duur: { aantal: 6, eenheid: 'weken' },
    grondslag: 'nl-wet',
  } as const;
  const o = {
    van: '2026-05-11',
    tot: '2026-05-25',
    reden: 'geschil bij de Geschillencommissie passend onderwijs',
  } as const;

  it('refuses the same or overlapping suspensions with a typed error', () => {
    expect(berekenTermijn({ ...basis, opschortingen: [o] }).laatsteDag).toBe('2026-06-29');
    expect(foutCode(() => berekenTermijn({ ...basis, opschortingen: [o, o] }))).toBe(
      'OPSCHORTINGEN_OVERLAPPEN',
    );
    expect(
      foutCode(() =>
        berekenTermijn({ ...basis, opschortingen: [o, { ...o, van: '2026-05-20', tot: '2026-05-27' }] }),
      ),
    ).toBe('OPSCHORTINGEN_OVERLAPPEN');
    // back to back is two suspensions, not an overlap
    expect(
      berekenTermijn({ ...basis, opschortingen: [o, { ...o, van: '2026-05-25', tot: '2026-05-26' }] })
        .laatsteDag,
    ).toBe('2026-06-30');
  });

  it('never copies personal text from a suspension reason into the trace', () => {
    const t = berekenTermijn({
      ...basis,
      opschortingen: [{ ...o, reden: 'bezwaar van ouder@example.nl (BSN 111222333)' }],
    });
    expect(JSON.stringify(t)).not.toMatch(/example\.nl|111222333/);
  });

  it('answers misuse with typed errors, never a raw TypeError', () => {
    expect(foutCode(() => berekenTermijn(null as never))).toBe('ONGELDIGE_INVOER');
    expect(foutCode(() => berekenTermijn({ ...basis, duur: { aantal: 1e9, eenheid: 'weken' } }))).toBe(
      'ONGELDIGE_DATUM',
    );
    expect(foutCode(() => berekenTermijn({ ...basis, kalender: {} as never }))).toBe('KALENDER_VEREIST');
    expect(foutCode(() => duurTekst(0 as never))).toBe('ONGELDIGE_INVOER');
    expect(duurTekst({ aantal: 0, eenheid: 'weken' })).toBe('0 weken');
    expect(foutCode(() => paaszondag(1.5))).toBe('ONGELDIGE_INVOER');
    expect(paaszondag(2026)).toBe('2026-04-05');
  });

  it('bounds the cost of a far-away closing day to the calendar range', () => {
    const k = schoolkalender({
      regio: 'noord',
      vrijeDagen: [{ datum: '2026-01-05', tot: '2199-12-31', soort: 'vrije-dag' }],
    });
    expect(k.isSchooldag('2026-01-06')).toBe(false);
  });

  it('carries a receipt: kern release and the hash of the calendar data used', () => {
    const t = berekenTermijn(basis);
    expect(t.verantwoording.pakket).toBe('@schoolveiligheid/kern');
    expect(t.verantwoording.gegevens).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    const k = schoolkalender({ regio: 'noord' });
    const s = berekenTermijn({
      gebeurtenis: '2026-05-04',
      duur: { aantal: 5, eenheid: 'schooldagen' },
      grondslag: 'regeling',
      kalender: k,
    });
    expect(s.verantwoording.gegevens).toBe(k.inhoudHash());
    expect(schoolkalender({ regio: 'zuid' }).inhoudHash()).not.toBe(k.inhoudHash());
  });
});
