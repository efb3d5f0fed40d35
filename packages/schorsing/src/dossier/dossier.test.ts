import { dagnummer } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { staat } from '../testhulp/dossier.js';
import {
  type DossierGeval,
  fixture,
  SCHORSINGSPROCEDURE as schorsingsprocedure,
  VERWIJDERINGSPROCEDURE as verwijderingsprocedure,
} from '../testhulp/fixtures.js';
import {
  herspeel,
  nieuwDossier,
  openTermijnen,
  openTermijnenVanAlle,
  type SchorsingDossier as Dossier,
  toestand,
  verwerk,
  verwerkJson,
  volgendeStappen,
} from './dossier.js';
import type { Gebeurtenis, SchorsingKop } from './gebeurtenissen.js';
import { kalenderVan } from './toestand.js';

// Generic behaviour (deterministic replay, the JSON round trip, time order, no throw, no echo) is covered by
// the test kit's dossier laws in dossierwetten.test.ts; this file holds the procedure's own worked cases.

// The worked dossiers of fixtures/dossiers.json (seed E.2; WPO 40, 40c, 43, 63; Awb): the terms running at `nu`
// with who must act, and the next steps. A term suspended by the Geschillencommissie has no end yet.
draaiFixtures<DossierGeval>(fixture('dossiers.json'), (invoer) => {
  const d = herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!d.ok) return { problemen: d.problemen.map((p) => p.code) };
  return {
    openTermijnen: openTermijnen(d.waarde, invoer.nu).map((t) => ({
      code: t.code,
      rol: t.rol,
      // suspended: no end, so no termijn and no status, only the suspension so far
      ...(t.termijn
        ? { laatsteDag: t.termijn.laatsteDag }
        : { opgeschortVanaf: t.opschorting?.[0]?.van, ...(t.status ? { status: t.status.fase } : {}) }),
    })),
    volgendeStappen: volgendeStappen(d.waarde).map((s) => ({ code: s.code, rol: s.rol })),
  };
});

/** A header of a school in regio noord; `extra` changes what a test needs. */
const kop = (denominatie: 'openbaar' | 'bijzonder', extra: Partial<SchorsingKop> = {}): SchorsingKop => ({
  id: `dossier-${denominatie}`,
  leerling: 'leerling-1',
  denominatie,
  kalender: { regio: 'noord' },
  ...extra,
});

function open(denominatie: 'openbaar' | 'bijzonder', extra: Partial<SchorsingKop> = {}): Dossier {
  const d = nieuwDossier(kop(denominatie, extra));
  if (!d.ok) throw new Error('dossier');
  return d.waarde;
}

function alle(d: Dossier, gebeurtenissen: readonly Gebeurtenis[]): Dossier {
  return gebeurtenissen.reduce((acc, g) => {
    const r = verwerk(acc, g);
    if (!r.ok) throw new Error(`${g.type}: ${r.problemen.map((p) => p.code).join(', ')}`);
    return r.waarde;
  }, d);
}

const codes = (r: ReturnType<typeof verwerk>) => (r.ok ? [] : r.problemen.map((p) => p.code));

type Besloten = Extract<Gebeurtenis, { type: 'schorsing-besloten' }>;
/** The decision of the seed schorsing: 5 schooldagen from Thursday 18 December 2025, decided the day before. */
const besloten = schorsingsprocedure.find((g): g is Besloten => g.type === 'schorsing-besloten')!;
const bezwaarTegenVerwijdering: Gebeurtenis = {
  type: 'bezwaar-ingediend',
  datum: '2026-05-11',
  tegen: 'verwijdering',
};
const geschil: Gebeurtenis = { type: 'geschil-gpo-ingediend', datum: '2026-05-12' };

describe('dossier: refusals (coded problems, the dossier unchanged)', () => {
  // Each row: what is refused, the dossier it is offered to, the event, the problem codes.
  it.each<[string, () => Dossier, Gebeurtenis, string[]]>([
    [
      'a letter without a schorsing',
      () => open('openbaar'),
      { type: 'schorsingsbrief-verzonden', datum: '2025-12-17' },
      ['GEEN_SCHORSING'],
    ],
    [
      'a schorsing that starts before the decision',
      () => open('openbaar'),
      { ...besloten, ingangsdatum: '2025-12-16', duur: { aantal: 1, eenheid: 'schooldagen' } },
      ['SCHORSING_INGANG_VOOR_BESLUIT'],
    ],
    [
      'a schorsing longer than a week (WPO 40c lid 1)',
      () => open('openbaar'),
      { ...besloten, duur: { aantal: 6, eenheid: 'schooldagen' } },
      ['SCHORSING_TE_LANG'],
    ],
    [
      'an event dated before the previous one',
      () => alle(open('openbaar'), schorsingsprocedure),
      { type: 'gesprek', datum: '2025-12-01', onderwerp: 'schorsing', deelnemers: ['ouders'] },
      ['GEBEURTENIS_VOOR_VORIGE'],
    ],
    [
      'a schorsing that overlaps the previous one',
      () => alle(open('openbaar'), schorsingsprocedure),
      { ...besloten, datum: '2025-12-19', ingangsdatum: '2026-01-05' },
      ['SCHORSING_OVERLAPT'],
    ],
    [
      'a second letter',
      () => alle(open('openbaar'), schorsingsprocedure),
      { type: 'schorsingsbrief-verzonden', datum: '2025-12-19' },
      ['BRIEF_AL_VERZONDEN'],
    ],
    [
      'a bezwaar against a schorsing at a bijzondere school (legal-rules 4.1)',
      () => alle(open('bijzonder'), schorsingsprocedure),
      { type: 'bezwaar-ingediend', datum: '2026-01-06', tegen: 'schorsing' },
      ['GEEN_WETTELIJK_BEZWAAR'],
    ],
    [
      'a definitive decision without another school, naming every missing statutory precondition (WPO 40 lid 11, 63 lid 2)',
      () => open('bijzonder'),
      { type: 'verwijdering-besloten', datum: '2026-03-02', verwijderingsdatum: '2026-03-16' },
      [
        'VERWIJDERING_ONTVANGENDE_SCHOOL_NIET',
        'VERWIJDERING_LEERKRACHT_GEHOORD_NIET',
        'VERWIJDERING_OUDERS_GEHOORD_NIET',
      ],
    ],
    [
      'the same under the seed policy, naming its own conditions too (SEED_2018_BELEID; seed E.2 Verwijdering)',
      () => open('bijzonder', { beleid: SEED_2018_BELEID }),
      { type: 'verwijdering-besloten', datum: '2026-03-02', verwijderingsdatum: '2026-03-16' },
      [
        'VERWIJDERING_ONTVANGENDE_SCHOOL_NIET',
        'VERWIJDERING_ONTVANGENDE_SCHOOL_SCHRIFTELIJK_NIET',
        'VERWIJDERING_LEERKRACHT_GEHOORD_NIET',
        'VERWIJDERING_OUDERS_GEHOORD_NIET',
        'VERWIJDERING_LEERLING_GEHOORD_NIET',
        'VERWIJDERING_ONDERZOEKSDOSSIER_NIET',
        'VERWIJDERING_VOORNEMEN_NIET',
      ],
    ],
    [
      'a definitive decision before the other school admits the pupil',
      () => alle(open('openbaar'), verwijderingsprocedure.slice(0, 4)),
      { type: 'verwijdering-besloten', datum: '2026-04-02', verwijderingsdatum: '2026-04-13' },
      ['VERWIJDERING_ONTVANGENDE_SCHOOL_NIET'],
    ],
    [
      'an interim schorsing that runs into the verwijderingsdatum (seed E.2 stap 4: "maximaal 1 week")',
      () => alle(open('openbaar'), verwijderingsprocedure.slice(0, 5)),
      {
        ...besloten,
        datum: '2026-04-02',
        ingangsdatum: '2026-04-16',
        duur: { aantal: 3, eenheid: 'schooldagen' },
      },
      ['SCHORSING_NA_VERWIJDERINGSDATUM'],
    ],
    [
      'a posting date after the receipt',
      () => alle(open('openbaar'), verwijderingsprocedure),
      { type: 'bezwaar-ingediend', datum: '2026-05-20', tegen: 'verwijdering', terPost: '2026-05-21' },
      ['TER_POST_NA_ONTVANGST'],
    ],
    [
      'a second crisisplaatsing',
      () =>
        alle(open('openbaar'), [
          { type: 'crisisplaatsing', datum: '2026-02-02', route: 'naast', schoolId: 'school-sbo' },
        ]),
      { type: 'crisisplaatsing', datum: '2026-02-03', route: 'in-plaats-van', schoolId: 'school-sbo' },
      ['CRISISPLAATSING_LOOPT_AL'],
    ],
    [
      'telling the wijkagent without a schoolpleinverbod',
      () => open('openbaar'),
      { type: 'wijkagent-geinformeerd', datum: '2026-03-03', kopieBrief: true },
      ['GEEN_SCHOOLPLEINVERBOD'],
    ],
  ])('refuses %s', (_, dossier, gebeurtenis, verwacht) => {
    expect(codes(verwerk(dossier(), gebeurtenis))).toEqual(verwacht);
  });

  it('a misspelled type does not compile on the typed entry (dossier.typetest.ts); the raw-JSON entry refuses it', () => {
    const d = alle(open('openbaar'), schorsingsprocedure);
    expect(verwerkJson(d, { type: 'onbekend', datum: '2025-12-19' }).ok).toBe(false);
  });
});

describe('dossier: schorsingen back to back (issue 11; WPO 40c lid 1 "ten hoogste één week")', () => {
  // Monday 9 to Friday 13 March 2026 and Monday 16 to Friday 20 March 2026, regio noord: ten school days in a row
  const eerste: Besloten = {
    type: 'schorsing-besloten',
    datum: '2026-03-06',
    ingangsdatum: '2026-03-09',
    duur: { aantal: 5, eenheid: 'schooldagen' },
  };
  const tweede: Besloten = { ...eerste, datum: '2026-03-13', ingangsdatum: '2026-03-16' };

  it('refuses a second 5-day schorsing that follows the first without a school day in between', () => {
    const d = alle(open('openbaar'), [eerste]);
    expect(codes(verwerk(d, tweede))).toEqual(['SCHORSING_SLUIT_AAN']);
  });

  it('accepts it with a recorded reason, marked for the inspectie notice; and a schorsing after a school day in between', () => {
    const d = alle(open('openbaar'), [eerste]);
    const metReden = verwerk(d, { ...tweede, redenAansluitend: 'Nieuw, ernstig incident op 13 maart.' });
    expect(metReden.ok).toBe(true);
    const t = metReden.ok ? toestand(metReden.waarde) : undefined;
    expect(t?.ok && t.waarde.schorsingen.at(-1)?.aansluitend).toEqual({ redenVastgelegd: true });
    // Tuesday 17 March: Monday 16 March is a school day in between, so the run is broken
    const later = verwerk(d, {
      ...tweede,
      ingangsdatum: '2026-03-17',
      duur: { aantal: 4, eenheid: 'schooldagen' },
    });
    expect(later.ok).toBe(true);
  });

  it('accepts two short schorsingen back to back that stay within the week together', () => {
    const kort: Besloten = { ...eerste, duur: { aantal: 2, eenheid: 'schooldagen' } };
    const d = alle(open('openbaar'), [kort]);
    expect(verwerk(d, { ...kort, datum: '2026-03-10', ingangsdatum: '2026-03-11' }).ok).toBe(true);
    expect(
      codes(
        verwerk(d, {
          ...kort,
          datum: '2026-03-10',
          ingangsdatum: '2026-03-11',
          duur: { aantal: 4, eenheid: 'schooldagen' },
        }),
      ),
    ).toEqual(['SCHORSING_SLUIT_AAN']);
  });
});

describe('dossier: a schorsing from talk to letter (seed E.2 Schorsing)', () => {
  it('keeps the registration number of the inspectie notice (seed step 3)', () => {
    const d = alle(open('openbaar'), schorsingsprocedure);
    expect(staat(d).schorsingen[0]?.inspectieGemeld?.registratienummer).toBe('REG-0001');
  });

  it('lists the steps still open after a decision, with who must act (WPO 40c lid 2-3; seed steps 1, 3, 5)', () => {
    const d = alle(open('openbaar'), [besloten]);
    expect(volgendeStappen(d).map((s) => [s.code, s.rol])).toEqual([
      ['SCHORSINGSBRIEF_VERSTUREN', 'bevoegd-gezag'],
      ['INSPECTIE_MELDEN', 'bevoegd-gezag'],
      ['SCHOOLWERK_REGELEN', 'leerkracht'],
      ['GESPREK_VOEREN', 'directeur'],
    ]);
    const termijn = openTermijnen(d, '2025-12-19T09:00:00+01:00')[0];
    expect(termijn?.code).toBe('MELDING_INSPECTIE_SCHORSING');
    expect(termijn?.status?.fase).toBe('verlopen');
  });

  it('the seed policy makes the leerplicht notice a step; a notice without registration number asks for it', () => {
    const seed = open('bijzonder', {
      kalender: { regio: 'midden' },
      beleid: JSON.parse(JSON.stringify(SEED_2018_BELEID)),
    });
    const d = alle(seed, [
      besloten,
      { type: 'melding', datum: '2025-12-18', aan: 'inspectie', betreft: 'schorsing' },
    ]);
    expect(volgendeStappen(d).map((s) => s.code)).toEqual([
      'SCHORSINGSBRIEF_VERSTUREN',
      'REGISTRATIENUMMER_VASTLEGGEN',
      'LEERPLICHT_INFORMEREN',
      'SCHOOLWERK_REGELEN',
      'GESPREK_VOEREN',
    ]);
    expect(openTermijnen(d, '2025-12-17T12:00:00+01:00').map((t) => t.code)).toEqual([
      'MELDING_LEERPLICHT_SCHORSING',
    ]);
  });
});

describe('dossier: the board adjourns its decision on a schorsing bezwaar (Awb 7:10 lid 3, 7:13)', () => {
  const bezwaar: Gebeurtenis = { type: 'bezwaar-ingediend', datum: '2026-01-12', tegen: 'schorsing' };
  const verdaagd = (datum: '2026-03-02' | '2026-03-03' | '2026-03-12'): Gebeurtenis => ({
    type: 'beslissing-verdaagd',
    datum,
    tegen: 'schorsing',
  });
  const beslistermijn = (d: Dossier) =>
    openTermijnen(d, '2026-03-02T09:00:00+01:00').find((x) => x.code === 'BESLISTERMIJN_BEZWAAR_SCHORSING')
      ?.termijn?.laatsteDag;

  it('6 weeks after the bezwaartermijn (28 January 2026), 12 when adjourned; 12 with a committee, 18 when adjourned', () => {
    const gewoon = alle(open('openbaar'), [...schorsingsprocedure, bezwaar]);
    expect(beslistermijn(gewoon)).toBe('2026-03-11');
    expect(beslistermijn(alle(gewoon, [verdaagd('2026-03-02')]))).toBe('2026-04-22');
    expect(staat(alle(gewoon, [verdaagd('2026-03-02')])).bezwaren[0]?.verdaagd).toBe('2026-03-02');

    const commissie = alle(open('openbaar', { bezwaarcommissie: true }), [...schorsingsprocedure, bezwaar]);
    expect(beslistermijn(commissie)).toBe('2026-04-22');
    expect(beslistermijn(alle(commissie, [verdaagd('2026-03-02')]))).toBe('2026-06-03');
  });

  it('checks an adjournment against the term the dossier shows: 12 weeks with a committee (Awb 7:10 lid 1 and 3)', () => {
    // 1 April 2026 is after the 6-week term (11 March) but within the committee's 12 weeks (22 April)
    const laat: Gebeurtenis = { type: 'beslissing-verdaagd', datum: '2026-04-01', tegen: 'schorsing' };
    const gewoon = alle(open('openbaar'), [...schorsingsprocedure, bezwaar]);
    expect(codes(verwerk(gewoon, laat))).toEqual(['VERDAGING_NA_TERMIJN']);
    const commissie = alle(open('openbaar', { bezwaarcommissie: true }), [...schorsingsprocedure, bezwaar]);
    expect(beslistermijn(alle(commissie, [laat]))).toBe('2026-06-03');
  });

  it('refuses an adjournment after the term, a second one, and one on a verwijdering bezwaar', () => {
    const d = alle(open('openbaar'), [...schorsingsprocedure, bezwaar]);
    expect(codes(verwerk(d, verdaagd('2026-03-12')))).toEqual(['VERDAGING_NA_TERMIJN']);
    const eenmaal = alle(d, [verdaagd('2026-03-02')]);
    expect(codes(verwerk(eenmaal, verdaagd('2026-03-03')))).toEqual(['AL_VERDAAGD']);
    const v = alle(open('openbaar'), [...verwijderingsprocedure, bezwaarTegenVerwijdering]);
    expect(
      codes(verwerk(v, { type: 'beslissing-verdaagd', datum: '2026-05-12', tegen: 'verwijdering' })),
    ).toEqual(['ALLEEN_AWB_BESLISTERMIJN']);
  });
});

describe('dossier: verwijdering, openbaar and bijzonder side by side (WPO 40, 43, 63)', () => {
  it('a late bezwaar: posted in time it counts at an openbare school (Awb 6:9); otherwise the board weighs the delay first (Awb 6:11)', () => {
    const laat: Gebeurtenis = { type: 'bezwaar-ingediend', datum: '2026-05-20', tegen: 'verwijdering' };
    const gepost: Gebeurtenis = { ...laat, terPost: '2026-05-18' };
    const openbaar = alle(open('openbaar'), [...verwijderingsprocedure, gepost]);
    expect(staat(openbaar).bezwaren[0]?.tijdig?.uitkomst).toBe(true);
    // the Awb route first lays the documents out for a week (Awb 7:4 lid 2), then hears (Awb 7:2)
    expect(volgendeStappen(openbaar).map((s) => s.code)).toEqual([
      'STUKKEN_TER_INZAGE_LEGGEN',
      'OUDERS_HOREN_OP_BEZWAAR',
    ]);

    const bijzonder = alle(open('bijzonder'), [...verwijderingsprocedure, gepost]);
    expect(staat(bijzonder).bezwaren[0]?.tijdig?.uitkomst).toBe(false);
    expect(volgendeStappen(bijzonder).map((s) => s.code)).toEqual([
      'TERMIJNOVERSCHRIJDING_BEOORDELEN',
      'OUDERS_HOREN_OP_BEZWAAR',
    ]);

    const nietGepost = alle(open('openbaar'), [...verwijderingsprocedure, laat]);
    const stap = volgendeStappen(nietGepost).find((s) => s.code === 'TERMIJNOVERSCHRIJDING_BEOORDELEN');
    expect(stap?.bron?.artikel).toBe('art. 6:11');
  });

  it('the board must wait for the GPO oordeel and hear the parents again; the suspension lasts 43 days (WPO 43; 40 lid 12; Awb 7:2)', () => {
    // the terms and steps before and after the oordeel are worked cases of fixtures/dossiers.json
    const d = alle(open('openbaar'), [...verwijderingsprocedure, bezwaarTegenVerwijdering, geschil]);
    const beslissing: Gebeurtenis = {
      type: 'beslissing-op-bezwaar',
      datum: '2026-06-01',
      tegen: 'verwijdering',
      uitkomst: 'gehandhaafd',
    };
    expect(codes(verwerk(d, beslissing))).toEqual(['GPO_OORDEEL_AFWACHTEN']);

    const naOordeel = alle(d, [{ type: 'gpo-oordeel', datum: '2026-07-01' }]);
    expect(codes(verwerk(naOordeel, { ...beslissing, datum: '2026-07-02' }))).toEqual([
      'OUDERS_NIET_OPNIEUW_GEHOORD',
    ]);
    // openbaar: 4 weeks after the bezwaartermijn (18 May) = 15 June, plus 43 suspended days (19 May to 1 July) = 28 July 2026
    const beslis = openTermijnen(naOordeel, '2026-07-01T12:00:00+02:00').find(
      (x) => x.code === 'BESLISTERMIJN_BEZWAAR_VERWIJDERING',
    );
    const periode = beslis?.opschorting?.[0];
    expect(periode && dagnummer(periode.tot) - dagnummer(periode.van)).toBe(43);
    expect(beslis?.termijn?.laatsteDag).toBe('2026-07-28');

    const klaar = alle(naOordeel, [
      {
        type: 'gesprek',
        datum: '2026-07-02',
        onderwerp: 'bezwaar',
        deelnemers: ['ouders', 'leerling', 'bevoegd-gezag'],
      },
      { ...beslissing, datum: '2026-07-06' },
    ]);
    expect(openTermijnen(klaar, '2026-07-06T12:00:00+02:00')).toEqual([]);
    expect(volgendeStappen(klaar)).toEqual([]);
  });

  it('bijzonder decides 4 weeks after receipt of the bezwaar (WPO 63 lid 3): 8 June 2026', () => {
    const d = alle(open('bijzonder'), [...verwijderingsprocedure, bezwaarTegenVerwijdering]);
    const t = openTermijnen(d, '2026-05-12T09:00:00+02:00');
    expect(t.map((x) => [x.code, x.termijn?.laatsteDag])).toEqual([
      ['GPO_INDIENINGSTERMIJN', '2026-05-14'],
      ['BESLISTERMIJN_BEZWAAR_VERWIJDERING', '2026-06-08'],
    ]);
  });
});

describe('dossier: crisisplaats and schoolpleinverbod (seed E.2)', () => {
  it('a crisisplaats next to the procedure suggests a parallel verwijdering; ending towards s(b)o needs a toelaatbaarheidsverklaring', () => {
    const d = alle(open('openbaar'), [
      { type: 'crisisplaatsing', datum: '2026-02-02', route: 'naast', schoolId: 'school-sbo' },
    ]);
    expect(volgendeStappen(d).map((s) => s.code)).toEqual(['VERWIJDERING_PARALLEL_OVERWEGEN']);
    const klaar = alle(d, [{ type: 'crisisplaatsing-beeindigd', datum: '2026-03-02', vervolg: 'sbo-of-so' }]);
    expect(volgendeStappen(klaar).map((s) => s.code)).toEqual(['TOELAATBAARHEIDSVERKLARING']);
  });

  it('a schoolpleinverbod asks for the wijkagent and a copy; incomplete bans are listed as steps', () => {
    const verbod = {
      betrokkene: 'ouder-1',
      datum: '2026-03-02',
      reikwijdte: 'schoolplein',
      schriftelijk: true,
      reden: 'Zie dossier.',
      van: '2026-03-03',
      wijkagent: { geinformeerd: false, kopieBrief: false },
    } as const;
    const d = alle(open('openbaar'), [{ type: 'schoolpleinverbod', datum: '2026-03-02', verbod }]);
    expect(volgendeStappen(d).map((s) => s.code)).toEqual([
      'WIJKAGENT_INFORMEREN',
      'SCHOOLPLEINVERBOD_GEEN_DUUR',
    ]);
    const d2 = alle(d, [{ type: 'wijkagent-geinformeerd', datum: '2026-03-03', kopieBrief: false }]);
    expect(volgendeStappen(d2).map((s) => s.code)).toEqual([
      'WIJKAGENT_KOPIE',
      'SCHOOLPLEINVERBOD_GEEN_DUUR',
    ]);
  });
});

describe('dossier: storage', () => {
  it('refuses a tampered dossier: toestand gives the problem, openTermijnen and volgendeStappen throw DOSSIER_ONGELDIG', () => {
    const vervalst: Dossier = {
      ...open('openbaar'),
      gebeurtenissen: [{ type: 'schorsingsbrief-verzonden', datum: '2026-01-01' }],
    };
    const t = toestand(vervalst);
    expect(t.ok ? [] : t.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['GEEN_SCHORSING', ['gebeurtenissen', 0, 'type']],
    ]);
    expect(() => volgendeStappen(vervalst)).toThrow(expect.objectContaining({ code: 'DOSSIER_ONGELDIG' }));
    expect(() => openTermijnen(vervalst, '2026-01-02T09:00:00+01:00')).toThrow(
      expect.objectContaining({ code: 'DOSSIER_ONGELDIG' }),
    );
  });

  it('sweeps stored dossiers from an array or an async iterable, one result per dossier (openTermijnenVanAlle)', async () => {
    const d = alle(open('openbaar'), [besloten]);
    const opgeslagen = [JSON.stringify(d), d, '{ kapot'];
    const nu = '2025-12-17T16:00:00+01:00';
    const samenvatting = (u: { ok: boolean; termijnen?: readonly { code: string }[] }) =>
      u.ok ? (u.termijnen ?? []).map((t) => t.code) : 'fout';
    const lijst = [...openTermijnenVanAlle(opgeslagen, nu)];
    expect(lijst.map(samenvatting)).toEqual([
      ['MELDING_INSPECTIE_SCHORSING'],
      ['MELDING_INSPECTIE_SCHORSING'],
      'fout',
    ]);
    const uitStroom = [];
    for await (const u of openTermijnenVanAlle(
      (async function* () {
        yield* opgeslagen;
      })(),
      nu,
    ))
      uitStroom.push(u);
    expect(uitStroom).toEqual(lijst);
  });

  it('returns frozen dossiers and a frozen state: nothing a caller does changes the next answer', () => {
    const d = alle(open('openbaar'), schorsingsprocedure);
    expect(Object.isFrozen(d.gebeurtenissen)).toBe(true);
    const t = staat(d);
    expect(Object.isFrozen(t.schorsingen)).toBe(true);
    expect(Object.isFrozen(t.schorsingen[0]?.schorsing.schooldagen)).toBe(true);
    expect(() => (t.schorsingen as unknown[]).push(t.schorsingen[0])).toThrow(TypeError);
    expect(staat(d).schorsingen).toHaveLength(1);
    expect(Object.isFrozen(staat(open('openbaar')).schorsingen)).toBe(true);
  });

  it('kalenderVan never returns a stale calendar when settings are changed in place', () => {
    const instellingen: { regio: 'noord'; vrijeDagen: { datum: '2026-03-11'; soort: 'studiedag' }[] } = {
      regio: 'noord',
      vrijeDagen: [],
    };
    expect(kalenderVan({ kalender: instellingen }).isSchooldag('2026-03-11')).toBe(true);
    instellingen.vrijeDagen.push({ datum: '2026-03-11', soort: 'studiedag' });
    expect(kalenderVan({ kalender: instellingen }).isSchooldag('2026-03-11')).toBe(false);
    const d = open('openbaar');
    expect(kalenderVan(d.kop)).toBe(kalenderVan(d.kop));
  });

  it('refuses a name where a role id belongs, without echoing it', () => {
    const r = nieuwDossier(kop('openbaar', { leerling: 'Jan de Vries' }));
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('Vries');
  });
});
