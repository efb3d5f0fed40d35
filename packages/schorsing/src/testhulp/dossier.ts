// Shared fast-check generators of dossier headers and events (not part of the public API): used by the
// dossier property tests and the generic dossier laws (`dossierwetten.test.ts`); and the state of a dossier.
import { type IsoDatum, plusDagen } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { nieuwDossier, type SchorsingDossier, toestand, verwerk } from '../dossier/dossier.js';
import type { Gebeurtenis, SchorsingKop } from '../dossier/gebeurtenissen.js';
import type { Toestand } from '../dossier/toestand.js';
import { startdatumArb } from './arbitraries.js';

/**
 * A dossier of leerling-1 (regio noord) with `gebeurtenissen` accepted one by one; throws with the refused event's
 * type and codes, so a worked test that builds a dossier fails loudly on a wrong step.
 */
export function bouwDossier(
  id: string,
  denominatie: 'openbaar' | 'bijzonder',
  gebeurtenissen: readonly Gebeurtenis[],
): SchorsingDossier {
  const d0 = nieuwDossier({ id, leerling: 'leerling-1', denominatie, kalender: { regio: 'noord' } });
  if (!d0.ok) throw new Error('dossier');
  return gebeurtenissen.reduce((acc, g) => {
    const r = verwerk(acc, g);
    if (!r.ok) throw new Error(`${g.type}: ${r.problemen.map((p) => p.code).join(', ')}`);
    return r.waarde;
  }, d0.waarde);
}

/** The state of a dossier the kernel built (`toestand` is a Resultaat: it never throws; this does). */
export function staat(d: SchorsingDossier): Toestand {
  const t = toestand(d);
  if (!t.ok) throw new Error(t.problemen.map((p) => p.code).join(', '));
  return t.waarde;
}

/** Every kind of step a scenario can take (the talks split by subject). */
export const SOORTEN = [
  'gesprek-schorsing',
  'gesprek-verwijdering',
  'gesprek-bezwaar',
  'schorsing-besloten',
  'schorsingsbrief-verzonden',
  'melding',
  'schoolwerk-geregeld',
  'onderzoeksdossier-vastgelegd',
  'voornemen-verwijdering',
  'ontvangende-school',
  'verwijdering-besloten',
  'bezwaar-ingediend',
  'geschil-gpo-ingediend',
  'gpo-oordeel',
  'beslissing-verdaagd',
  'beslissing-op-bezwaar',
  'crisisplaatsing',
  'crisisplaatsing-beeindigd',
  'schoolpleinverbod',
  'wijkagent-geinformeerd',
  'stukken-ter-inzage',
  'hoorzitting',
  'horen-achterwege',
  'hoorverslag',
  // added with issue 11: the inventory, lifting and revoking, further delay, electronic letters and bezwaren,
  // and the repair pause of Awb 7:10 lid 2
  'school-benaderd',
  'schorsing-opgeheven',
  'schorsing-ingetrokken',
  'beslissing-uitgesteld',
  'schorsingsbrief-elektronisch',
  'verwijdering-elektronisch',
  'bezwaar-elektronisch',
  'verzuim-herstel-gevraagd',
  'verzuim-hersteld',
  // Awb 7:4 lid 5 (consent to leave out the inspection)
  'inzage-achterwege',
] as const;

/** One step of a scenario: what happens, how many days after the previous step, and two choices. */
export type ScenarioStap = { soort: (typeof SOORTEN)[number]; dagen: number; n: number; keuze: boolean };

/**
 * A schorsing at an openbare school made known on Monday 2 March 2026 (2 school days from 3 March) and the
 * parents' bezwaar against it received on 10 March: the start of the hearing cases.
 */
export const BEZWAAR_TEGEN_SCHORSING: readonly Gebeurtenis[] = [
  {
    type: 'schorsing-besloten',
    datum: '2026-03-02',
    ingangsdatum: '2026-03-03',
    duur: { aantal: 2, eenheid: 'schooldagen' },
  },
  { type: 'schorsingsbrief-verzonden', datum: '2026-03-02' },
  { type: 'bezwaar-ingediend', datum: '2026-03-10', tegen: 'schorsing' },
];

/** The grounds of Awb 7:3 for leaving the hearing out (sub a to e, in that order). */
export const HOORGRONDEN = [
  'kennelijk-niet-ontvankelijk',
  'kennelijk-ongegrond',
  'afgezien',
  'geen-reactie',
  'volledig-tegemoetgekomen',
] as const;

/** The event of a step on a day. */
export function gebeurtenisVan(s: ScenarioStap, datum: IsoDatum): Gebeurtenis {
  const tegen = s.keuze ? 'verwijdering' : 'schorsing';
  switch (s.soort) {
    case 'gesprek-schorsing':
    case 'gesprek-verwijdering':
    case 'gesprek-bezwaar':
      return {
        type: 'gesprek',
        datum,
        onderwerp: s.soort.slice(8) as 'schorsing',
        deelnemers: ['ouders', 'leerkracht', 'leerling'],
      };
    case 'schorsing-besloten':
      return {
        type: 'schorsing-besloten',
        datum,
        ingangsdatum: plusDagen(datum, s.n % 3),
        duur: { aantal: s.n, eenheid: 'schooldagen' },
      };
    case 'melding':
      return {
        type: 'melding',
        datum,
        aan: s.keuze ? 'inspectie' : 'leerplichtambtenaar',
        betreft: s.n % 2 ? 'schorsing' : 'verwijdering',
        ...(s.n % 3 === 0 ? { registratienummer: `INS-${s.n}` } : {}),
      };
    case 'ontvangende-school':
      return {
        type: 'ontvangende-school',
        datum,
        schoolId: 'school-2',
        schriftelijkBevestigd: s.keuze,
        bereidPer: plusDagen(datum, s.n),
      };
    case 'verwijdering-besloten':
      return { type: 'verwijdering-besloten', datum, verwijderingsdatum: plusDagen(datum, 7 * s.n) };
    case 'bezwaar-ingediend':
      // every other bezwaar came by post, posted 0 to 8 days before receipt
      return s.n % 2
        ? { type: 'bezwaar-ingediend', datum, tegen, terPost: plusDagen(datum, -(s.n % 9)) }
        : { type: 'bezwaar-ingediend', datum, tegen };
    case 'beslissing-verdaagd':
      return { type: 'beslissing-verdaagd', datum, tegen };
    case 'beslissing-op-bezwaar':
      return { type: 'beslissing-op-bezwaar', datum, tegen, uitkomst: s.keuze ? 'gehandhaafd' : 'herroepen' };
    case 'crisisplaatsing':
      return {
        type: 'crisisplaatsing',
        datum,
        route: s.keuze ? 'naast' : 'in-plaats-van',
        schoolId: 'school-sbo',
      };
    case 'crisisplaatsing-beeindigd':
      return {
        type: 'crisisplaatsing-beeindigd',
        datum,
        vervolg: s.keuze ? 'terug-naar-school' : 'sbo-of-so',
      };
    case 'schoolpleinverbod':
      return {
        type: 'schoolpleinverbod',
        datum,
        verbod: {
          betrokkene: 'ouder-1',
          datum,
          reikwijdte: s.keuze ? 'schoolplein' : 'school-en-schoolplein',
          schriftelijk: true,
          reden: 'Herhaaldelijk intimiderend gedrag op het schoolplein.',
          van: datum,
          tot: plusDagen(datum, 7 * s.n),
          wijkagent: { geinformeerd: s.keuze, kopieBrief: s.keuze },
        },
      };
    case 'stukken-ter-inzage':
    case 'inzage-achterwege':
    case 'hoorverslag':
      return { type: s.soort, datum, tegen };
    case 'hoorzitting':
      return {
        type: 'hoorzitting',
        datum,
        tegen,
        deelnemers: s.n % 2 ? ['ouders', 'bevoegd-gezag'] : ['bevoegd-gezag'],
      };
    case 'horen-achterwege':
      return {
        type: 'horen-achterwege',
        datum,
        tegen,
        grond: HOORGRONDEN[s.n % HOORGRONDEN.length] ?? 'afgezien',
        // sub d: a reply term that ended the day before
        ...(s.n % HOORGRONDEN.length === 3 ? { reactietermijnTot: plusDagen(datum, -1) } : {}),
      };
    case 'wijkagent-geinformeerd':
      return { type: 'wijkagent-geinformeerd', datum, kopieBrief: s.keuze };
    case 'school-benaderd':
      return {
        type: 'school-benaderd',
        datum,
        schoolId: `school-${(s.n % 3) + 2}`,
        antwoord: (['bereid', 'niet-bereid', 'geen-antwoord'] as const)[s.n % 3] ?? 'bereid',
        ...(s.n % 3 === 0 ? { bereidPer: plusDagen(datum, s.n), schriftelijkBevestigd: s.keuze } : {}),
      };
    case 'schorsing-opgeheven':
      return {
        type: 'schorsing-opgeheven',
        datum,
        terugOp: plusDagen(datum, s.n % 3),
        ...(s.keuze ? { schorsingNummer: 1 } : {}),
      };
    case 'schorsing-ingetrokken':
      return { type: 'schorsing-ingetrokken', datum, ...(s.keuze ? { schorsingNummer: 1 } : {}) };
    case 'beslissing-uitgesteld':
      return {
        type: 'beslissing-uitgesteld',
        datum,
        tegen,
        grond:
          (['alle-belanghebbenden', 'instemming-indiener', 'wettelijke-procedure'] as const)[s.n % 3] ??
          'alle-belanghebbenden',
        tot: plusDagen(datum, 40 + 7 * s.n),
      };
    case 'schorsingsbrief-elektronisch':
    case 'verwijdering-elektronisch': {
      // the moment that counts as sending: the same evening or after midnight; what the parents made known varies
      const elektronisch = {
        kanaal: s.keuze ? ('portaal' as const) : ('eigen-adres' as const),
        moment: `${plusDagen(datum, s.n % 2)}T${s.n % 2 ? '00:05' : '21:30'}:00+01:00` as const,
        bereikbaar: (['uitdrukkelijk-kenbaar', 'kenbaar', 'niet-kenbaar'] as const)[s.n % 3] ?? 'kenbaar',
      };
      return s.soort === 'schorsingsbrief-elektronisch'
        ? { type: 'schorsingsbrief-verzonden', datum, wijze: 'elektronisch', elektronisch }
        : {
            type: 'verwijdering-besloten',
            datum,
            verwijderingsdatum: plusDagen(datum, 7 * s.n),
            wijze: 'elektronisch',
            elektronisch,
          };
    }
    case 'bezwaar-elektronisch':
      return {
        type: 'bezwaar-ingediend',
        datum,
        tegen,
        elektronisch: { moment: `${datum}T${s.n % 2 ? '23:59' : '08:00'}:00+01:00`, kanaalGeopend: s.keuze },
      };
    case 'verzuim-herstel-gevraagd':
      return { type: 'verzuim-herstel-gevraagd', datum, tegen, hersteltermijnTot: plusDagen(datum, 7 * s.n) };
    case 'verzuim-hersteld':
      return { type: 'verzuim-hersteld', datum, tegen };
    default:
      return { type: s.soort, datum };
  }
}

/** One scenario step. */
export const scenarioStapArb: fc.Arbitrary<ScenarioStap> = fc.record({
  soort: fc.constantFrom(...SOORTEN),
  dagen: fc.integer({ min: 0, max: 9 }),
  n: fc.integer({ min: 1, max: 7 }),
  keuze: fc.boolean(),
});

/** A school's dossier settings, a start date and up to 25 steps. */
export const scenarioArb = fc.record({
  denominatie: fc.constantFrom('openbaar' as const, 'bijzonder' as const),
  bezwaarcommissie: fc.boolean(),
  regio: fc.constantFrom('noord' as const, 'midden' as const, 'zuid' as const),
  start: startdatumArb,
  stappen: fc.array(scenarioStapArb, { maxLength: 25 }),
});

/** The events of a scenario's steps, each `dagen` after the previous one (in date order). */
export function gebeurtenissenVan(start: IsoDatum, stappen: readonly ScenarioStap[]): Gebeurtenis[] {
  let datum = start;
  return stappen.map((s) => {
    datum = plusDagen(datum, s.dagen);
    return gebeurtenisVan(s, datum);
  });
}

/** Valid headers: every denominatie, region, bezwaar committee, with or without the seed policy. */
export const geldigeKopArb: fc.Arbitrary<SchorsingKop> = fc
  .record({
    nummer: fc.integer({ min: 1, max: 9999 }),
    leerling: fc.integer({ min: 1, max: 99 }),
    denominatie: fc.constantFrom('openbaar' as const, 'bijzonder' as const),
    bezwaarcommissie: fc.option(fc.boolean(), { nil: undefined }),
    regio: fc.constantFrom('noord' as const, 'midden' as const, 'zuid' as const),
    seed: fc.boolean(),
  })
  .map(({ nummer, leerling, denominatie, bezwaarcommissie, regio, seed }) => ({
    id: `dossier-${nummer}`,
    leerling: `leerling-${leerling}`,
    denominatie,
    ...(bezwaarcommissie === undefined ? {} : { bezwaarcommissie }),
    kalender: { regio },
    ...(seed ? { beleid: SEED_2018_BELEID } : {}),
  }));

/** Headers as a vendor stores them: mostly valid (through JSON), now and then refused. */
export const opgeslagenKopArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: geldigeKopArb.map((k): unknown => JSON.parse(JSON.stringify(k))), weight: 9 },
  {
    arbitrary: geldigeKopArb.map((k): unknown => ({ ...k, leerling: 'Jan Jansen', denominatie: 'anders' })),
    weight: 1,
  },
);

/**
 * A bezwaar procedure that is mostly accepted, so the dossier laws also see the newer events pass: a schorsing on a
 * school day, its letter by post or electronically, a bezwaar (electronically or not), a repair of an omission
 * (Awb 7:10 lid 2), further delay (lid 4), lifting, and a verwijdering inventory row; random gaps and choices.
 */
export const bezwaarProcedureArb: fc.Arbitrary<readonly Gebeurtenis[]> = fc
  .record({
    start: startdatumArb,
    gaten: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 8, maxLength: 8 }),
    n: fc.integer({ min: 1, max: 7 }),
    keuze: fc.boolean(),
    elektronisch: fc.boolean(),
    hersteld: fc.boolean(),
  })
  .map(({ start, gaten, n, keuze, elektronisch, hersteld }) => {
    let dag = start;
    const volgende = (i: number) => {
      dag = plusDagen(dag, gaten[i] ?? 0);
      return dag;
    };
    const uit: Gebeurtenis[] = [
      {
        type: 'schorsing-besloten',
        datum: dag,
        ingangsdatum: plusDagen(dag, 1),
        duur: { aantal: 2, eenheid: 'kalenderdagen' },
      },
    ];
    const brief = volgende(0);
    uit.push(
      elektronisch
        ? {
            type: 'schorsingsbrief-verzonden',
            datum: brief,
            wijze: 'elektronisch',
            elektronisch: {
              kanaal: keuze ? 'portaal' : 'eigen-adres',
              moment: `${brief}T12:00:00Z`,
              bereikbaar: 'uitdrukkelijk-kenbaar',
            },
          }
        : { type: 'schorsingsbrief-verzonden', datum: brief, wijze: keuze ? 'post' : 'uitreiking' },
    );
    const bezwaar = plusDagen(volgende(1), 1);
    uit.push(
      elektronisch
        ? {
            type: 'bezwaar-ingediend',
            datum: bezwaar,
            tegen: 'schorsing',
            elektronisch: { moment: `${bezwaar}T12:00:00Z`, kanaalGeopend: keuze },
          }
        : { type: 'bezwaar-ingediend', datum: bezwaar, tegen: 'schorsing' },
    );
    dag = bezwaar;
    const gevraagd = volgende(2);
    uit.push({
      type: 'verzuim-herstel-gevraagd',
      datum: gevraagd,
      tegen: 'schorsing',
      hersteltermijnTot: plusDagen(gevraagd, 7 * n),
    });
    if (hersteld) uit.push({ type: 'verzuim-hersteld', datum: volgende(3), tegen: 'schorsing' });
    uit.push({ type: 'stukken-ter-inzage', datum: volgende(4), tegen: 'schorsing' });
    uit.push({
      type: 'beslissing-uitgesteld',
      datum: volgende(5),
      tegen: 'schorsing',
      grond: 'instemming-indiener',
      tot: plusDagen(dag, 120 + n),
    });
    uit.push({
      type: 'school-benaderd',
      datum: volgende(6),
      schoolId: 'school-2',
      antwoord: keuze ? 'bereid' : 'geen-antwoord',
    });
    uit.push({ type: 'schorsing-ingetrokken', datum: volgende(7), schorsingNummer: 1 });
    return uit;
  });

/**
 * Stored event lists: mostly a scenario in date order (as JSON, some with the `versie` the kernel stamps, some
 * without: release 0.1's version 1), sometimes steps on random dates (out of order).
 */
export const opgeslagenGebeurtenissenArb: fc.Arbitrary<readonly unknown[]> = fc.oneof(
  {
    arbitrary: fc
      .tuple(startdatumArb, fc.array(fc.tuple(scenarioStapArb, fc.boolean()), { maxLength: 25 }))
      .map(([start, stappen]) =>
        gebeurtenissenVan(
          start,
          stappen.map(([s]) => s),
        ).map((g, i): unknown => (stappen[i]?.[1] ? { ...g, versie: 2 } : JSON.parse(JSON.stringify(g)))),
      ),
    weight: 4,
  },
  {
    arbitrary: fc.array(
      fc.tuple(scenarioStapArb, startdatumArb).map(([s, d]): unknown => gebeurtenisVan(s, d)),
      { maxLength: 8 },
    ),
    weight: 1,
  },
  { arbitrary: bezwaarProcedureArb.map((l): readonly unknown[] => JSON.parse(JSON.stringify(l))), weight: 2 },
);

/**
 * Exactly `n` events accepted one after another from any valid header: talks, the research file, a
 * receiving school and crisisplaatsingen that start and end in turn, on days that never go back (within
 * the shipped calendars).
 */
export function reeksArb(n: number): fc.Arbitrary<readonly unknown[]> {
  return fc
    .tuple(
      startdatumArb,
      fc.array(fc.tuple(scenarioStapArb, fc.integer({ min: 0, max: 4 })), { minLength: n, maxLength: n }),
    )
    .map(([start, stappen]) => {
      let dag = 0;
      let crisis = false;
      return stappen.map(([s, sprong], i): unknown => {
        // a day later one step in five, at most 230 days in all
        if (sprong === 0) dag = Math.min(dag + 1, 230);
        const datum = plusDagen(start, dag);
        const keuze = i % 4;
        const soort =
          keuze === 0
            ? (['gesprek-schorsing', 'gesprek-verwijdering', 'gesprek-bezwaar'] as const)[s.n % 3]!
            : keuze === 1
              ? 'onderzoeksdossier-vastgelegd'
              : keuze === 2
                ? 'ontvangende-school'
                : crisis
                  ? 'crisisplaatsing-beeindigd'
                  : 'crisisplaatsing';
        if (keuze === 3) crisis = !crisis;
        return gebeurtenisVan({ ...s, soort }, datum);
      });
    });
}
