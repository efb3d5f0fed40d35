// Worked examples of electronic sending and receipt (issue 11). Expected answers from the Awb as consolidated on
// 2025-07-01 (art. 2:14 lid 1, 2:15 lid 1, 2:17) and on 2026-01-01 (art. 2:8, 2:13, 2:14, 2:19, 2:20, after the Wet
// modernisering elektronisch bestuurlijk verkeer), WPO 4d (2026-01-01), Awb 3:41 lid 1 and 6:8 lid 1.
import type { Tijdstip } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { openTermijnen } from '../dossier/dossier.js';
import { bekendmakingsdag, elektronischeOntvangst } from './bekendmaking.js';

const UITDRUKKELIJK = 'uitdrukkelijk-kenbaar' as const;

describe('bekendmakingsdag: when a decision sent electronically counts as made known', () => {
  it('e-mailed at 23:50 on Friday 6 March 2026, on the provider at 00:05: made known on Saturday 7 March (Awb 2:19 sub a, 2026-01-01)', () => {
    const r = bekendmakingsdag({
      denominatie: 'openbaar',
      verzonden: '2026-03-06',
      wijze: 'elektronisch',
      elektronisch: { kanaal: 'eigen-adres', moment: '2026-03-07T00:05:00+01:00', bereikbaar: UITDRUKKELIJK },
    });
    if (!r.ok) throw new Error('refused');
    expect(r.waarde.uitkomst).toBe('2026-03-07');
    expect(r.waarde.redenen.map((x) => x.code)).toEqual([
      'BEKENDMAKING_ELEKTRONISCH',
      'ELEKTRONISCH_KENBAAR',
    ]);
    expect(r.waarde.redenen[0]?.bron).toMatchObject({
      artikel: 'art. 2:19',
      versie: '2026-01-01',
      zekerheid: 'wettekst',
    });
    expect(r.waarde.redenen[1]?.bron).toMatchObject({ artikel: 'art. 2:8', versie: '2026-01-01' });
  });

  it('the same in June 2025 cites art. 2:17 lid 1 and 2:14 lid 1 of the text before the renumbering (2025-07-01)', () => {
    const r = bekendmakingsdag({
      denominatie: 'openbaar',
      verzonden: '2025-06-06',
      wijze: 'elektronisch',
      elektronisch: { kanaal: 'eigen-adres', moment: '2025-06-07T00:05:00+02:00', bereikbaar: 'kenbaar' },
    });
    if (!r.ok) throw new Error('refused');
    expect(r.waarde.uitkomst).toBe('2025-06-07');
    expect(r.waarde.redenen[0]?.bron).toMatchObject({ artikel: 'art. 2:17 lid 1', versie: '2025-07-01' });
    expect(r.waarde.redenen[1]?.bron).toMatchObject({ artikel: 'art. 2:14 lid 1' });
  });

  it('"kenbaar" was enough until 2025-12-31 (Awb 2:14 lid 1); from 2026-01-01 the parents must have made it known expressly (Awb 2:8)', () => {
    const e = { kanaal: 'eigen-adres', moment: '2026-01-05T10:00:00+01:00', bereikbaar: 'kenbaar' } as const;
    const r = bekendmakingsdag({
      denominatie: 'openbaar',
      verzonden: '2026-01-05',
      wijze: 'elektronisch',
      elektronisch: e,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen[0]).toMatchObject({
      code: 'ELEKTRONISCH_NIET_KENBAAR',
      pad: ['elektronisch', 'bereikbaar'],
    });
    expect(r.problemen[0]?.parameters).toEqual({ artikel: 'art. 2:8', uitdrukkelijk: true });
    const oud = { ...e, moment: '2025-12-31T10:00:00+01:00' } as const;
    expect(
      bekendmakingsdag({
        denominatie: 'openbaar',
        verzonden: '2025-12-31',
        wijze: 'elektronisch',
        elektronisch: oud,
      }).ok,
    ).toBe(true);
  });

  it('nothing made known: an openbare school may not send electronically, before or after 2026', () => {
    for (const [dag, moment] of [
      ['2025-03-03', '2025-03-03T09:00:00+01:00'],
      ['2026-03-02', '2026-03-02T09:00:00+01:00'],
    ] as const) {
      const r = bekendmakingsdag({
        denominatie: 'openbaar',
        verzonden: dag,
        wijze: 'elektronisch',
        elektronisch: { kanaal: 'portaal', moment, bereikbaar: 'niet-kenbaar' },
      });
      expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['ELEKTRONISCH_NIET_KENBAAR']);
    }
  });

  it('a parent portal: the moment it became accessible to the parents counts (Awb 2:19 sub b)', () => {
    const r = bekendmakingsdag({
      denominatie: 'openbaar',
      verzonden: '2026-03-06',
      wijze: 'elektronisch',
      elektronisch: { kanaal: 'portaal', moment: '2026-03-09T07:30:00+01:00', bereikbaar: UITDRUKKELIJK },
    });
    expect(r.ok && r.waarde.uitkomst).toBe('2026-03-09');
    expect(r.ok && r.waarde.redenen[0]?.code).toBe('BEKENDMAKING_ELEKTRONISCH_TOEGANKELIJK');
  });

  it('the day is the Dutch day of the moment whatever its offset: 23:30 UTC on 6 March is 00:30 on 7 March in Amsterdam', () => {
    const r = bekendmakingsdag({
      denominatie: 'openbaar',
      verzonden: '2026-03-06',
      wijze: 'elektronisch',
      elektronisch: { kanaal: 'eigen-adres', moment: '2026-03-06T23:30:00Z', bereikbaar: UITDRUKKELIJK },
    });
    expect(r.ok && r.waarde.uitkomst).toBe('2026-03-07');
  });

  it('by post or handed over: the day of sending or handing over (Awb 3:41 lid 1)', () => {
    const post = bekendmakingsdag({ denominatie: 'openbaar', verzonden: '2026-03-06', wijze: 'post' });
    const hand = bekendmakingsdag({ denominatie: 'openbaar', verzonden: '2026-03-06', wijze: 'uitreiking' });
    expect(post.ok && [post.waarde.uitkomst, post.waarde.redenen[0]?.code]).toEqual([
      '2026-03-06',
      'BEKENDMAKING_TOEZENDING',
    ]);
    expect(hand.ok && hand.waarde.redenen[0]?.bron?.artikel).toBe('art. 3:41 lid 1');
  });

  it('a bijzondere school: no Awb, so no consent asked; the moment counts by analogy (interpretation)', () => {
    const r = bekendmakingsdag({
      denominatie: 'bijzonder',
      verzonden: '2026-03-06',
      wijze: 'elektronisch',
      elektronisch: {
        kanaal: 'eigen-adres',
        moment: '2026-03-06T16:00:00+01:00',
        bereikbaar: 'niet-kenbaar',
      },
    });
    expect(r.ok && r.waarde.uitkomst).toBe('2026-03-06');
    expect(r.ok && r.waarde.redenen[0]?.bron?.zekerheid).toBe('interpretatie');
  });

  it('refuses what does not fit: a moment before the day of sending, details without the electronic wijze, a day before the Awb had afdeling 2.3', () => {
    const e = {
      kanaal: 'eigen-adres',
      moment: '2026-03-05T16:00:00+01:00',
      bereikbaar: UITDRUKKELIJK,
    } as const;
    const code = (r: ReturnType<typeof bekendmakingsdag>) => (r.ok ? [] : r.problemen.map((p) => p.code));
    expect(
      code(
        bekendmakingsdag({
          denominatie: 'openbaar',
          verzonden: '2026-03-06',
          wijze: 'elektronisch',
          elektronisch: e,
        }),
      ),
    ).toEqual(['ELEKTRONISCH_MOMENT_VOOR_VERZENDING']);
    expect(
      code(
        bekendmakingsdag({
          denominatie: 'openbaar',
          verzonden: '2026-03-05',
          wijze: 'post',
          elektronisch: e,
        }),
      ),
    ).toEqual(['ELEKTRONISCH_WIJZE_ONJUIST']);
    expect(
      code(bekendmakingsdag({ denominatie: 'openbaar', verzonden: '2026-03-05', wijze: 'elektronisch' })),
    ).toEqual(['ELEKTRONISCH_GEGEVENS_ONTBREKEN']);
    const vroeg = { ...e, moment: '2003-03-05T16:00:00+01:00' as Tijdstip };
    expect(
      code(
        bekendmakingsdag({
          denominatie: 'openbaar',
          verzonden: '2003-03-05',
          wijze: 'elektronisch',
          elektronisch: vroeg,
        }),
      ),
    ).toEqual(['ELEKTRONISCH_VOOR_AWB']);
  });
});

describe('elektronischeOntvangst: a bezwaar that came electronically (Awb 2:15 lid 1; WPO 4d with Awb 2:14)', () => {
  it('2025: by a route the board did not open, flagged under Awb 2:15 lid 1; receipt under 2:17 lid 2', () => {
    const r = elektronischeOntvangst({
      denominatie: 'openbaar',
      ontvangen: '2025-06-10',
      moment: '2025-06-10T08:00:00+02:00',
      kanaalGeopend: false,
    });
    if (!r.ok) throw new Error('refused');
    expect(r.waarde.uitkomst).toBe(false);
    expect(r.waarde.redenen.map((x) => x.bron?.artikel)).toEqual(['art. 2:17 lid 2', 'art. 2:15 lid 1']);
  });

  it('2026: WPO 4d excludes the right of Awb 2:13 lid 1 between parents and the board, so only an opened route (Awb 2:14); receipt under 2:20', () => {
    const r = elektronischeOntvangst({
      denominatie: 'openbaar',
      ontvangen: '2026-03-09',
      moment: '2026-03-09T21:30:00+01:00',
      kanaalGeopend: false,
    });
    if (!r.ok) throw new Error('refused');
    expect(r.waarde.uitkomst).toBe(false);
    expect(r.waarde.redenen[0]?.bron?.artikel).toBe('art. 2:20');
    expect(r.waarde.redenen[1]).toMatchObject({
      code: 'BEZWAAR_ELEKTRONISCH_KANAAL_NIET_GEOPEND',
      bron: { artikel: 'art. 4d', versie: '2026-01-01' },
    });
    const open = elektronischeOntvangst({
      denominatie: 'openbaar',
      ontvangen: '2026-03-09',
      moment: '2026-03-09T21:30:00+01:00',
      kanaalGeopend: true,
    });
    expect(open.ok && open.waarde.uitkomst).toBe(true);
  });

  it('the moment must fall on the day recorded as received, in Dutch time', () => {
    const r = elektronischeOntvangst({
      denominatie: 'openbaar',
      ontvangen: '2026-03-09',
      moment: '2026-03-09T23:30:00Z',
      kanaalGeopend: true,
    });
    expect(r.ok ? [] : r.problemen.map((p) => p.code)).toEqual(['ONTVANGSTMOMENT_ANDERE_DAG']);
  });
});

describe('in the dossier: the letter event records how it was sent, and the bezwaartermijn runs from the right day', () => {
  const besluit = {
    type: 'schorsing-besloten',
    datum: '2026-03-05',
    ingangsdatum: '2026-03-05',
    duur: { aantal: 2, eenheid: 'schooldagen' },
  } as const;

  it('e-mailed on Friday 6 March, reaching the parents on Saturday 7 March: six weeks to Saturday 18 April, Atw to Monday 20 April (Awb 6:7, 6:8 lid 1, Atw art. 1)', () => {
    const d = bouwDossier('dossier-e1', 'openbaar', [
      besluit,
      {
        type: 'schorsingsbrief-verzonden',
        datum: '2026-03-06',
        wijze: 'elektronisch',
        elektronisch: {
          kanaal: 'eigen-adres',
          moment: '2026-03-07T00:05:00+01:00',
          bereikbaar: UITDRUKKELIJK,
        },
      },
    ]);
    expect(staat(d).schorsingen[0]?.briefVerzonden).toBe('2026-03-07');
    expect(staat(d).schorsingen[0]?.bekendmaking?.redenen[0]?.bron?.artikel).toBe('art. 2:19');
    const t = openTermijnen(d, '2026-03-10T09:00:00+01:00');
    const bezwaar = t.find((x) => x.code === 'BEZWAARTERMIJN_SCHORSING');
    expect(bezwaar?.termijn?.laatsteDag).toBe('2026-04-20');
  });

  it('an electronic letter the parents did not agree to is refused with the article in force (Awb 2:8), so the vendor records the posted letter instead', () => {
    expect(() =>
      bouwDossier('dossier-e2', 'openbaar', [
        besluit,
        {
          type: 'schorsingsbrief-verzonden',
          datum: '2026-03-06',
          wijze: 'elektronisch',
          elektronisch: { kanaal: 'eigen-adres', moment: '2026-03-06T12:00:00+01:00', bereikbaar: 'kenbaar' },
        },
      ]),
    ).toThrow('ELEKTRONISCH_NIET_KENBAAR');
  });

  it('a letter event without wijze replays exactly as before: the day of the event, no bekendmaking record', () => {
    const zonder = staat(
      bouwDossier('dossier-e3', 'openbaar', [
        besluit,
        { type: 'schorsingsbrief-verzonden', datum: '2026-03-06' },
      ]),
    );
    expect(zonder.schorsingen[0]?.briefVerzonden).toBe('2026-03-06');
    expect(zonder.schorsingen[0] && 'bekendmaking' in zonder.schorsingen[0]).toBe(false);
  });

  it('a verwijdering e-mailed through a portal: its bezwaartermijn runs from the day it became accessible', () => {
    const d = bouwDossier('dossier-e4', 'bijzonder', [
      {
        type: 'gesprek',
        datum: '2026-02-02',
        onderwerp: 'verwijdering',
        deelnemers: ['ouders', 'leerkracht'],
      },
      {
        type: 'school-benaderd',
        datum: '2026-02-03',
        schoolId: 'school-2',
        antwoord: 'bereid',
        bereidPer: '2026-03-02',
      },
      {
        type: 'verwijdering-besloten',
        datum: '2026-02-06',
        verwijderingsdatum: '2026-03-02',
        wijze: 'elektronisch',
        elektronisch: { kanaal: 'portaal', moment: '2026-02-09T08:00:00+01:00', bereikbaar: 'niet-kenbaar' },
      },
    ]);
    expect(staat(d).verwijdering.besluit?.bekendmaking?.uitkomst).toBe('2026-02-09');
    const t = openTermijnen(d, '2026-02-10T09:00:00+01:00');
    // WPO 63 lid 3: six weeks after the mededeling of Monday 9 February: Monday 23 March
    expect(t.find((x) => x.code === 'BEZWAARTERMIJN_VERWIJDERING')?.termijn?.laatsteDag).toBe('2026-03-23');
  });

  it('an electronic bezwaar keeps its check in the state; by post and electronically at once is refused', () => {
    const brief = { type: 'schorsingsbrief-verzonden', datum: '2026-03-06' } as const;
    const d = bouwDossier('dossier-e5', 'openbaar', [
      besluit,
      brief,
      {
        type: 'bezwaar-ingediend',
        datum: '2026-03-09',
        tegen: 'schorsing',
        elektronisch: { moment: '2026-03-09T21:30:00+01:00', kanaalGeopend: false },
      },
    ]);
    expect(staat(d).bezwaren[0]?.elektronisch?.uitkomst).toBe(false);
    expect(() =>
      bouwDossier('dossier-e6', 'openbaar', [
        besluit,
        brief,
        {
          type: 'bezwaar-ingediend',
          datum: '2026-03-09',
          tegen: 'schorsing',
          terPost: '2026-03-08',
          elektronisch: { moment: '2026-03-09T21:30:00+01:00', kanaalGeopend: true },
        },
      ]),
    ).toThrow('ELEKTRONISCH_EN_TER_POST');
  });
});
