import { dagnummer } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import {
  openTermijnen,
  openTermijnenVanAlle,
  nieuwDossier,
  type SchorsingDossier as Dossier,
  toestand,
  verwerk,
  verwerkJson,
  volgendeStappen,
} from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';
import { kalenderVan, type Toestand } from './toestand.js';

/** The state of a dossier the kernel built (toestand is a Resultaat now: it never throws). */
function staat(d: Dossier): Toestand {
  const t = toestand(d);
  if (!t.ok) throw new Error(t.problemen.map((p) => p.code).join(', '));
  return t.waarde;
}

function open(denominatie: 'openbaar' | 'bijzonder', regio: 'noord' | 'midden' | 'zuid' = 'noord'): Dossier {
  const d = nieuwDossier({
    id: `dossier-${denominatie}`,
    leerling: 'leerling-1',
    denominatie,
    kalender: { regio },
  });
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

// Seed E.2 Schorsing, steps 1-5: talk, decision, letter, notifications with registration number, schoolwork.
const schorsingsprocedure: Gebeurtenis[] = [
  {
    type: 'gesprek',
    datum: '2025-12-16',
    onderwerp: 'schorsing',
    deelnemers: ['leerling', 'ouders', 'leerkracht', 'directeur'],
  },
  {
    type: 'schorsing-besloten',
    datum: '2025-12-17',
    ingangsdatum: '2025-12-18',
    duur: { aantal: 5, eenheid: 'schooldagen' },
  },
  { type: 'schorsingsbrief-verzonden', datum: '2025-12-17' },
  {
    type: 'melding',
    datum: '2025-12-18',
    aan: 'inspectie',
    betreft: 'schorsing',
    registratienummer: 'REG-0001',
  },
  { type: 'melding', datum: '2025-12-18', aan: 'leerplichtambtenaar', betreft: 'schorsing' },
  { type: 'schoolwerk-geregeld', datum: '2025-12-18' },
];

// Seed E.2 Verwijdering steps 1-4 (talk/hearing, file, voornemen, receiving school), decision made known on
// Thursday 2 April 2026 with an interim schorsing until the verwijdering.
const verwijderingsprocedure: Gebeurtenis[] = [
  {
    type: 'gesprek',
    datum: '2026-02-02',
    onderwerp: 'verwijdering',
    deelnemers: ['leerkracht', 'ouders', 'leerling', 'bevoegd-gezag'],
  },
  { type: 'onderzoeksdossier-vastgelegd', datum: '2026-02-03' },
  { type: 'voornemen-verwijdering', datum: '2026-02-10' },
  {
    type: 'ontvangende-school',
    datum: '2026-03-20',
    schoolId: 'school-2',
    schriftelijkBevestigd: true,
    bereidPer: '2026-04-20',
  },
  { type: 'verwijdering-besloten', datum: '2026-04-02', verwijderingsdatum: '2026-04-20' },
  {
    type: 'schorsing-besloten',
    datum: '2026-04-02',
    ingangsdatum: '2026-04-13',
    duur: { aantal: 5, eenheid: 'schooldagen' },
  },
  { type: 'schorsingsbrief-verzonden', datum: '2026-04-02' },
  {
    type: 'melding',
    datum: '2026-04-03',
    aan: 'inspectie',
    betreft: 'schorsing',
    registratienummer: 'REG-0002',
  },
  { type: 'melding', datum: '2026-04-03', aan: 'inspectie', betreft: 'verwijdering' },
  { type: 'melding', datum: '2026-04-03', aan: 'leerplichtambtenaar', betreft: 'verwijdering' },
  { type: 'schoolwerk-geregeld', datum: '2026-04-03' },
];

describe('dossier: a schorsing from talk to letter (seed E.2 Schorsing)', () => {
  it('has nothing left to do once every step is recorded; the parents’ bezwaartermijn runs at an openbare school (Awb 6:7)', () => {
    const d = alle(open('openbaar'), schorsingsprocedure);
    expect(volgendeStappen(d)).toEqual([]);
    const termijnen = openTermijnen(d, '2026-01-05T09:00:00+01:00');
    expect(termijnen.map((t) => [t.code, t.rol, t.termijn?.laatsteDag])).toEqual([
      ['BEZWAARTERMIJN_SCHORSING', 'ouders', '2026-01-28'],
    ]);
    expect(staat(d).schorsingen[0]?.inspectieGemeld?.registratienummer).toBe('REG-0001');
  });

  it('a bijzondere school has no bezwaar against a schorsing: rejected, and no term is listed (legal-rules 4.1)', () => {
    const d = alle(open('bijzonder'), schorsingsprocedure);
    expect(openTermijnen(d, '2026-01-05T09:00:00+01:00')).toEqual([]);
    expect(codes(verwerk(d, { type: 'bezwaar-ingediend', datum: '2026-01-06', tegen: 'schorsing' }))).toEqual(
      ['GEEN_WETTELIJK_BEZWAAR'],
    );
  });

  it('lists the steps still open after a decision, with who must act (WPO 40c lid 2-3; seed steps 1, 3, 5)', () => {
    const d = alle(open('openbaar'), [schorsingsprocedure[1]!]);
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
    const d0 = nieuwDossier({
      id: 'dossier-seed',
      leerling: 'leerling-1',
      denominatie: 'bijzonder',
      kalender: { regio: 'midden' },
      beleid: JSON.parse(JSON.stringify(SEED_2018_BELEID)),
    });
    if (!d0.ok) throw new Error('dossier');
    const d = alle(d0.waarde, [
      schorsingsprocedure[1]!,
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

  it('rejects impossible transitions with coded problems', () => {
    const leeg = open('openbaar');
    expect(codes(verwerk(leeg, { type: 'schorsingsbrief-verzonden', datum: '2025-12-17' }))).toEqual([
      'GEEN_SCHORSING',
    ]);
    expect(
      codes(
        verwerk(leeg, {
          type: 'schorsing-besloten',
          datum: '2025-12-17',
          ingangsdatum: '2025-12-16',
          duur: { aantal: 1, eenheid: 'schooldagen' },
        }),
      ),
    ).toEqual(['SCHORSING_INGANG_VOOR_BESLUIT']);
    expect(
      codes(
        verwerk(leeg, {
          type: 'schorsing-besloten',
          datum: '2025-12-17',
          ingangsdatum: '2025-12-18',
          duur: { aantal: 6, eenheid: 'schooldagen' },
        }),
      ),
    ).toEqual(['SCHORSING_TE_LANG']);
    const d = alle(leeg, schorsingsprocedure);
    expect(
      codes(
        verwerk(d, { type: 'gesprek', datum: '2025-12-01', onderwerp: 'schorsing', deelnemers: ['ouders'] }),
      ),
    ).toEqual(['GEBEURTENIS_VOOR_VORIGE']);
    expect(
      codes(
        verwerk(d, {
          type: 'schorsing-besloten',
          datum: '2025-12-19',
          ingangsdatum: '2026-01-05',
          duur: { aantal: 5, eenheid: 'schooldagen' },
        }),
      ),
    ).toEqual(['SCHORSING_OVERLAPT']);
    expect(codes(verwerk(d, { type: 'schorsingsbrief-verzonden', datum: '2025-12-19' }))).toEqual([
      'BRIEF_AL_VERZONDEN',
    ]);
    // a misspelled type does not compile on the typed entry (dossier.typetest.ts); the raw-JSON entry refuses it
    expect(verwerkJson(d, { type: 'onbekend', datum: '2025-12-19' }).ok).toBe(false);
  });
});

describe('dossier: the board adjourns its decision on a schorsing bezwaar (Awb 7:10 lid 3, 7:13)', () => {
  const bezwaar: Gebeurtenis = { type: 'bezwaar-ingediend', datum: '2026-01-12', tegen: 'schorsing' };
  const beslistermijn = (d: Dossier) =>
    openTermijnen(d, '2026-03-02T09:00:00+01:00').find((x) => x.code === 'BESLISTERMIJN_BEZWAAR_SCHORSING')
      ?.termijn?.laatsteDag;

  it('6 weeks after the bezwaartermijn (28 January 2026), 12 when adjourned; 12 with a committee, 18 when adjourned', () => {
    const gewoon = alle(open('openbaar'), [...schorsingsprocedure, bezwaar]);
    expect(beslistermijn(gewoon)).toBe('2026-03-11');
    const verdaagd: Gebeurtenis = { type: 'beslissing-verdaagd', datum: '2026-03-02', tegen: 'schorsing' };
    expect(beslistermijn(alle(gewoon, [verdaagd]))).toBe('2026-04-22');
    expect(staat(alle(gewoon, [verdaagd])).bezwaren[0]?.verdaagd).toBe('2026-03-02');

    const kop = nieuwDossier({
      id: 'dossier-commissie',
      leerling: 'leerling-1',
      denominatie: 'openbaar',
      bezwaarcommissie: true,
      kalender: { regio: 'noord' },
    });
    if (!kop.ok) throw new Error('dossier');
    const commissie = alle(kop.waarde, [...schorsingsprocedure, bezwaar]);
    expect(beslistermijn(commissie)).toBe('2026-04-22');
    expect(beslistermijn(alle(commissie, [verdaagd]))).toBe('2026-06-03');
  });

  it('refuses an adjournment after the term, a second one, and one on a verwijdering bezwaar', () => {
    const d = alle(open('openbaar'), [...schorsingsprocedure, bezwaar]);
    expect(
      codes(verwerk(d, { type: 'beslissing-verdaagd', datum: '2026-03-12', tegen: 'schorsing' })),
    ).toEqual(['VERDAGING_NA_TERMIJN']);
    const eenmaal = alle(d, [{ type: 'beslissing-verdaagd', datum: '2026-03-02', tegen: 'schorsing' }]);
    expect(
      codes(verwerk(eenmaal, { type: 'beslissing-verdaagd', datum: '2026-03-03', tegen: 'schorsing' })),
    ).toEqual(['AL_VERDAAGD']);
    const v = alle(open('openbaar'), [
      ...verwijderingsprocedure,
      { type: 'bezwaar-ingediend', datum: '2026-05-11', tegen: 'verwijdering' },
    ]);
    expect(
      codes(verwerk(v, { type: 'beslissing-verdaagd', datum: '2026-05-12', tegen: 'verwijdering' })),
    ).toEqual(['ALLEEN_AWB_BESLISTERMIJN']);
  });
});

describe('dossier: verwijdering, openbaar and bijzonder side by side (WPO 40, 43, 63)', () => {
  const bezwaarEnGpo: Gebeurtenis[] = [
    { type: 'bezwaar-ingediend', datum: '2026-05-11', tegen: 'verwijdering' },
    { type: 'geschil-gpo-ingediend', datum: '2026-05-12' },
  ];

  it('refuses a definitive decision without another school, naming every missing precondition (WPO 40 lid 11)', () => {
    const r = verwerk(open('bijzonder'), {
      type: 'verwijdering-besloten',
      datum: '2026-03-02',
      verwijderingsdatum: '2026-03-16',
    });
    expect(codes(r)).toEqual([
      'VERWIJDERING_ONTVANGENDE_SCHOOL_NIET',
      'VERWIJDERING_LEERKRACHT_GEHOORD_NIET',
      'VERWIJDERING_OUDERS_GEHOORD_NIET',
      'VERWIJDERING_LEERLING_GEHOORD_NIET',
      'VERWIJDERING_ONDERZOEKSDOSSIER_NIET',
      'VERWIJDERING_VOORNEMEN_NIET',
    ]);
    const zonderTijdigeSchool = alle(open('openbaar'), verwijderingsprocedure.slice(0, 4));
    expect(
      codes(
        verwerk(zonderTijdigeSchool, {
          type: 'verwijdering-besloten',
          datum: '2026-04-02',
          verwijderingsdatum: '2026-04-13',
        }),
      ),
    ).toEqual(['VERWIJDERING_ONTVANGENDE_SCHOOL_NIET']);
  });

  it('the bezwaartermijn ends on Hemelvaartsdag and is extended to Monday 18 May 2026; the GPO filing term is not (Atw; GPO procedure)', () => {
    for (const denominatie of ['openbaar', 'bijzonder'] as const) {
      const d = alle(open(denominatie), verwijderingsprocedure);
      const t = openTermijnen(d, '2026-04-10T09:00:00+02:00');
      // openbaar: the interim schorsing is a besluit of its own, with its own Awb bezwaartermijn (2 April + 6 weeks)
      const schorsing = denominatie === 'openbaar' ? [['BEZWAARTERMIJN_SCHORSING', '2026-05-18']] : [];
      expect(t.map((x) => [x.code, x.termijn?.laatsteDag])).toEqual([
        ...schorsing,
        ['BEZWAARTERMIJN_VERWIJDERING', '2026-05-18'],
        ['GPO_INDIENINGSTERMIJN', '2026-05-14'],
      ]);
      expect(volgendeStappen(d)).toEqual([]);
    }
  });

  it('a late bezwaar: posted in time it counts at an openbare school (Awb 6:9); otherwise the board weighs the delay first (Awb 6:11)', () => {
    const laat: Gebeurtenis = { type: 'bezwaar-ingediend', datum: '2026-05-20', tegen: 'verwijdering' };
    const openbaar = alle(open('openbaar'), [...verwijderingsprocedure, { ...laat, terPost: '2026-05-18' }]);
    expect(staat(openbaar).bezwaren[0]?.tijdig?.uitkomst).toBe(true);
    expect(volgendeStappen(openbaar).map((s) => s.code)).toEqual(['OUDERS_HOREN_OP_BEZWAAR']);

    const bijzonder = alle(open('bijzonder'), [
      ...verwijderingsprocedure,
      { ...laat, terPost: '2026-05-18' },
    ]);
    expect(staat(bijzonder).bezwaren[0]?.tijdig?.uitkomst).toBe(false);
    expect(volgendeStappen(bijzonder).map((s) => s.code)).toEqual([
      'TERMIJNOVERSCHRIJDING_BEOORDELEN',
      'OUDERS_HOREN_OP_BEZWAAR',
    ]);

    const nietGepost = alle(open('openbaar'), [...verwijderingsprocedure, laat]);
    const stap = volgendeStappen(nietGepost).find((s) => s.code === 'TERMIJNOVERSCHRIJDING_BEOORDELEN');
    expect(stap?.bron?.artikel).toBe('art. 6:11');
    expect(
      codes(verwerk(alle(open('openbaar'), verwijderingsprocedure), { ...laat, terPost: '2026-05-21' })),
    ).toEqual(['TER_POST_NA_ONTVANGST']);
  });

  it('an interim schorsing must end before the verwijderingsdatum (seed E.2 stap 4: "maximaal 1 week")', () => {
    const d = alle(open('openbaar'), verwijderingsprocedure.slice(0, 5));
    expect(
      codes(
        verwerk(d, {
          type: 'schorsing-besloten',
          datum: '2026-04-02',
          ingangsdatum: '2026-04-16',
          duur: { aantal: 3, eenheid: 'schooldagen' },
        }),
      ),
    ).toEqual(['SCHORSING_NA_VERWIJDERINGSDATUM']);
  });

  it('the GPO suspends the decision term; the board must wait for the oordeel and hear the parents again (WPO 43; 40 lid 12; Awb 7:2)', () => {
    const d = alle(open('openbaar'), [...verwijderingsprocedure, ...bezwaarEnGpo]);
    const lopend = openTermijnen(d, '2026-05-20T09:00:00+02:00');
    // suspended (opgeschort): the decision term has no end while the commission has not given its oordeel, so
    // it is listed without termijn and status, with the suspension so far (from 19 May, the term's first day)
    const opgeschort = (x: (typeof lopend)[number]) => x.opschorting !== undefined && x.status === undefined;
    expect(lopend.map((x) => [x.code, opgeschort(x)])).toEqual([
      ['GPO_OORDEELTERMIJN', false],
      ['BESLISTERMIJN_BEZWAAR_VERWIJDERING', true],
    ]);
    expect(lopend[0]?.termijn?.laatsteDag).toBe('2026-07-21');
    expect(lopend[1]?.status).toBeUndefined();
    expect(lopend[1]?.termijn).toBeUndefined();
    expect(lopend[1]?.opschorting?.[0]?.van).toBe('2026-05-19');
    expect(volgendeStappen(d).map((s) => s.code)).toEqual([
      'OUDERS_HOREN_OP_BEZWAAR',
      'GPO_OORDEEL_AFWACHTEN',
    ]);
    expect(
      codes(
        verwerk(d, {
          type: 'beslissing-op-bezwaar',
          datum: '2026-06-01',
          tegen: 'verwijdering',
          uitkomst: 'gehandhaafd',
        }),
      ),
    ).toEqual(['GPO_OORDEEL_AFWACHTEN']);

    const naOordeel = alle(d, [{ type: 'gpo-oordeel', datum: '2026-07-01' }]);
    expect(
      codes(
        verwerk(naOordeel, {
          type: 'beslissing-op-bezwaar',
          datum: '2026-07-02',
          tegen: 'verwijdering',
          uitkomst: 'gehandhaafd',
        }),
      ),
    ).toEqual(['OUDERS_NIET_OPNIEUW_GEHOORD']);
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
      { type: 'beslissing-op-bezwaar', datum: '2026-07-06', tegen: 'verwijdering', uitkomst: 'gehandhaafd' },
    ]);
    expect(openTermijnen(klaar, '2026-07-06T12:00:00+02:00')).toEqual([]);
    expect(volgendeStappen(klaar)).toEqual([]);
  });

  it('bijzonder decides 4 weeks after receipt of the bezwaar (WPO 63 lid 3): 8 June 2026', () => {
    const d = alle(open('bijzonder'), [...verwijderingsprocedure, bezwaarEnGpo[0]!]);
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
    expect(
      codes(
        verwerk(d, {
          type: 'crisisplaatsing',
          datum: '2026-02-03',
          route: 'in-plaats-van',
          schoolId: 'school-sbo',
        }),
      ),
    ).toEqual(['CRISISPLAATSING_LOOPT_AL']);
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
    expect(
      codes(
        verwerk(open('openbaar'), { type: 'wijkagent-geinformeerd', datum: '2026-03-03', kopieBrief: true }),
      ),
    ).toEqual(['GEEN_SCHOOLPLEINVERBOD']);
  });
});

describe('dossier: storage', () => {
  it('survives a JSON round trip and replays to the same state', () => {
    const d = alle(open('openbaar'), [
      ...verwijderingsprocedure,
      { type: 'bezwaar-ingediend', datum: '2026-05-11', tegen: 'verwijdering' },
    ]);
    const kopie = JSON.parse(JSON.stringify(d)) as Dossier;
    expect(kopie).toEqual(d);
    expect(staat(kopie)).toEqual(staat(d));
    expect(openTermijnen(kopie, '2026-05-12T09:00:00+02:00')).toEqual(
      openTermijnen(d, '2026-05-12T09:00:00+02:00'),
    );
  });

  it('refuses a tampered dossier: toestand gives the problem, openTermijnen and volgendeStappen throw DOSSIER_ONGELDIG', () => {
    const d = open('openbaar');
    const vervalst: Dossier = {
      ...d,
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
    const d = alle(open('openbaar'), [schorsingsprocedure[1]!]);
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
    async function* stroom() {
      yield* opgeslagen;
    }
    const uitStroom = [];
    for await (const u of openTermijnenVanAlle(stroom(), nu)) uitStroom.push(u);
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
    const r = nieuwDossier({
      id: 'd',
      leerling: 'Jan de Vries',
      denominatie: 'openbaar',
      kalender: { regio: 'noord' },
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('Vries');
  });
});
