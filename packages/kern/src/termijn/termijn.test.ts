import { draaiFixtures, foutCode, leesFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import type { Tijdstip } from '../datum/datum.js';
import { schoolkalender, type SchoolkalenderInstellingen } from '../kalender/schoolkalender.js';
import { termijnStatus } from './status.js';
import { berekenTermijn, type TermijnInvoer } from './termijn.js';

/**
 * The input of a worked case in fixtures/termijnen.json: a {@link TermijnInvoer} as JSON, with the school
 * calendar as its settings, and optionally the moment `nu` to show the term's status at.
 */
type TermijnGeval = Omit<TermijnInvoer, 'kalender'> & {
  readonly kalender?: SchoolkalenderInstellingen;
  readonly nu?: Tijdstip;
};

const GEVALLEN = new URL('../../fixtures/termijnen.json', import.meta.url);

/** The case computed: the outcome (plain JSON, so a round trip changes nothing) and its status at `nu`. */
function bereken({ nu, kalender, ...termijn }: TermijnGeval) {
  const t = berekenTermijn(kalender ? { ...termijn, kalender: schoolkalender(kalender) } : termijn);
  expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  return nu ? { ...t, status: termijnStatus(t, nu) } : t;
}

// The worked deadline cases of kern (Atw, Awb, AVG, WPO 43, the seed's schorsing): each states its last day,
// its trace and where the expected answer comes from. examples/termijnen.ts prints the same cases.
draaiFixtures<TermijnGeval>(GEVALLEN, bereken, { vergelijk: 'bevat' });

describe('berekenTermijn: beyond the worked cases', () => {
  it('moves a school-day term by the suspended school days: the term then holds 5 + 2 school days', () => {
    const geval = leesFixtures<TermijnGeval>(GEVALLEN).find(
      (f) => f.invoer.kalender && f.invoer.opschortingen,
    );
    if (!geval?.invoer.kalender) throw new Error('the worked case of a suspended school-day term is missing');
    const { kalender, ...termijn } = geval.invoer;
    const k = schoolkalender(kalender);
    const t = berekenTermijn({ ...termijn, kalender: k });
    expect([termijn.gebeurtenis, t.laatsteDag]).toEqual(['2026-03-02', '2026-03-11']);
    expect(k.telSchooldagen('2026-03-02', t.laatsteDag)).toBe(7);
  });

  const o = [{ van: '2026-05-01', tot: '2026-05-02', reden: 'x' }] as const;
  it.each<[string, TermijnInvoer, string]>([
    [
      'an hour term without an instant',
      { gebeurtenis: '2026-10-23', duur: { aantal: 72, eenheid: 'uren' }, grondslag: 'eu' },
      'ONGELDIGE_INVOER',
    ],
    [
      'a count of 0',
      { gebeurtenis: '2026-10-23', duur: { aantal: 0, eenheid: 'weken' }, grondslag: 'eu' },
      'ONGELDIGE_INVOER',
    ],
    [
      'school days without a school calendar',
      { gebeurtenis: '2026-05-13', duur: { aantal: 5, eenheid: 'schooldagen' }, grondslag: 'regeling' },
      'KALENDER_VEREIST',
    ],
    [
      'a suspended hour term',
      {
        gebeurtenis: '2026-04-30T10:00:00+02:00',
        duur: { aantal: 72, eenheid: 'uren' },
        grondslag: 'eu',
        opschortingen: o,
      },
      'ONGELDIGE_INVOER',
    ],
    [
      'a suspended backward term',
      {
        gebeurtenis: '2026-05-10',
        duur: { aantal: 3, eenheid: 'weken' },
        grondslag: 'eu',
        richting: 'terug',
        opschortingen: o,
      },
      'ONGELDIGE_INVOER',
    ],
  ])('refuses misuse with a coded error: %s', (_wat, invoer, code) => {
    expect(foutCode(() => berekenTermijn(invoer))).toBe(code);
  });

  it('never repeats an input value in the message of an error', () => {
    expect(() =>
      berekenTermijn({
        gebeurtenis: 'Jan Jansen' as '2026-01-01',
        duur: { aantal: 1, eenheid: 'weken' },
        grondslag: 'eu',
      }),
    ).toThrow(expect.not.objectContaining({ message: expect.stringContaining('Jansen') }));
  });
});
