import type { IsoDatum } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { berekenBezwaartermijnen } from '../bezwaar/bezwaar.js';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { openTermijnen, type SchorsingDossier as Dossier, verwerk, volgendeStappen } from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';

// One dossier, two schorsingen at an openbare school (issue 11): each schorsing is its own besluit (Awb 1:3) with
// its own bezwaartermijn of 6 weeks from the day after its bekendmaking (Awb 6:7, 6:8), so a bezwaar names the
// schorsing it is against and is judged against that decision's term.

const dossier = (gebeurtenissen: readonly Gebeurtenis[]): Dossier =>
  bouwDossier('dossier-twee', 'openbaar', gebeurtenissen);

/** Schorsing 1 made known on Monday 2 March 2026, schorsing 2 on Monday 16 March 2026 (2 school days each). */
const TWEE: readonly Gebeurtenis[] = [
  {
    type: 'schorsing-besloten',
    datum: '2026-03-02',
    ingangsdatum: '2026-03-03',
    duur: { aantal: 2, eenheid: 'schooldagen' },
  },
  { type: 'schorsingsbrief-verzonden', datum: '2026-03-02' },
  {
    type: 'schorsing-besloten',
    datum: '2026-03-16',
    ingangsdatum: '2026-03-17',
    duur: { aantal: 2, eenheid: 'schooldagen' },
  },
  { type: 'schorsingsbrief-verzonden', datum: '2026-03-16' },
];

/** The last day of a schorsing's bezwaartermijn, straight from the calculator (Awb 6:7, 6:8; Atw). */
const laatsteDag = (bekendmaking: IsoDatum) => {
  const r = berekenBezwaartermijnen({ denominatie: 'openbaar', tegen: 'schorsing', bekendmaking });
  if (!r.ok) throw new Error('termijn');
  return r.waarde.bezwaartermijn?.laatsteDag;
};

describe('one dossier, several schorsingen: a bezwaar names which one (Awb 6:7, 6:8; issue 11)', () => {
  it('the two terms: 6 weeks from 2 March ends Monday 13 April; from 16 March it would end on Koningsdag 27 April, so the Atw moves it to 28 April', () => {
    expect(laatsteDag('2026-03-02')).toBe('2026-04-13');
    expect(laatsteDag('2026-03-16')).toBe('2026-04-28');
  });

  it('openTermijnen keeps the bezwaartermijn of the first schorsing running after the second letter is sent', () => {
    const d = dossier(TWEE);
    const termijnen = openTermijnen(d, '2026-04-01T09:00:00+02:00').filter(
      (t) => t.code === 'BEZWAARTERMIJN_SCHORSING',
    );
    expect(termijnen.map((t) => t.termijn?.laatsteDag)).toEqual(['2026-04-13', '2026-04-28']);
    expect(termijnen.map((t) => t.tekst)).toEqual([
      'Bezwaartermijn van de ouders tegen de schorsing 1',
      'Bezwaartermijn van de ouders tegen de schorsing 2',
    ]);
  });

  it('worked case: a bezwaar against the first of two schorsingen keeps its own term, and the second keeps running', () => {
    const d = dossier([
      ...TWEE,
      { type: 'bezwaar-ingediend', datum: '2026-04-10', tegen: 'schorsing', schorsingNummer: 1 },
    ]);
    const bezwaar = staat(d).bezwaren[0];
    expect(bezwaar?.schorsing).toBe(1);
    expect(bezwaar?.tijdig?.uitkomst).toBe(true);
    const termijnen = openTermijnen(d, '2026-04-10T09:00:00+02:00').map((t) => [t.code, t.tekst]);
    expect(termijnen).toContainEqual([
      'BESLISTERMIJN_BEZWAAR_SCHORSING',
      'Beslissing van het bevoegd gezag op het bezwaar tegen de schorsing 1',
    ]);
    expect(termijnen).toContainEqual([
      'BEZWAARTERMIJN_SCHORSING',
      'Bezwaartermijn van de ouders tegen de schorsing 2',
    ]);
  });

  it('a bezwaar against the first received on 20 April is late for the first (13 April), although the second term still runs', () => {
    const d = dossier([
      ...TWEE,
      { type: 'bezwaar-ingediend', datum: '2026-04-20', tegen: 'schorsing', schorsingNummer: 1 },
    ]);
    expect(staat(d).bezwaren[0]?.tijdig?.uitkomst).toBe(false);
    expect(volgendeStappen(d).map((s) => s.code)).toContain('TERMIJNOVERSCHRIJDING_BEOORDELEN');
  });

  it('a bezwaar that names no schorsing (a dossier stored before the number existed) is against the latest, as before', () => {
    const d = dossier([...TWEE, { type: 'bezwaar-ingediend', datum: '2026-04-20', tegen: 'schorsing' }]);
    expect(staat(d).bezwaren[0]?.schorsing).toBe(2);
    expect(staat(d).bezwaren[0]?.tijdig?.uitkomst).toBe(true);
  });

  it('a bezwaar per schorsing, each decided on its own; a schorsing that does not exist is refused', () => {
    const d = dossier([
      ...TWEE,
      { type: 'bezwaar-ingediend', datum: '2026-04-08', tegen: 'schorsing', schorsingNummer: 1 },
      { type: 'bezwaar-ingediend', datum: '2026-04-09', tegen: 'schorsing', schorsingNummer: 2 },
      { type: 'gesprek', datum: '2026-04-15', onderwerp: 'bezwaar', deelnemers: ['ouders', 'bevoegd-gezag'] },
      {
        type: 'beslissing-op-bezwaar',
        datum: '2026-04-20',
        tegen: 'schorsing',
        schorsingNummer: 1,
        uitkomst: 'herroepen',
      },
    ]);
    expect(staat(d).bezwaren.map((b) => [b.schorsing, b.beslissing?.uitkomst])).toEqual([
      [1, 'herroepen'],
      [2, undefined],
    ]);
    const nogmaals = verwerk(d, {
      type: 'bezwaar-ingediend',
      datum: '2026-04-21',
      tegen: 'schorsing',
      schorsingNummer: 2,
    });
    expect(!nogmaals.ok && nogmaals.problemen.map((p) => p.code)).toEqual(['BEZWAAR_LOOPT_AL']);
    const geen = verwerk(d, {
      type: 'bezwaar-ingediend',
      datum: '2026-04-21',
      tegen: 'schorsing',
      schorsingNummer: 3,
    });
    expect(!geen.ok && geen.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['GEEN_SCHORSING', ['schorsingNummer']],
    ]);
  });
});
