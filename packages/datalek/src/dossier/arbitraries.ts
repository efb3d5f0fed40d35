// Test support (not exported from the package): fast-check arbitraries for datalek dossiers, shared by the
// dossier property tests and the generic dossier laws (dossierwetten.test.ts).
import { epochMs, naarAmsterdamsTijdstip, type Tijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { incidentArb } from '../incident/arbitraries.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { SEED_2018_BELEID } from '../regels/seed2018.js';

const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
const directeur = { rol: 'directeur', id: 'directeur' } as const;

/** A message to data subjects with every part of AVG 34(2), as an informing event stores it. */
export const BERICHT = {
  aard: 'Er is een laptop van school gestolen met gegevens over de leerlingen van groep 6.',
  contactpunt: 'Heeft u vragen? Mail de privacyfunctionaris van de stichting.',
  gevolgen: 'Iemand kan de zorgnotities over uw kind lezen.',
  maatregelen: 'We hebben aangifte gedaan en de wachtwoorden vervangen.',
  advies: 'Let op vreemde berichten over uw kind en meld die bij de school.',
} as const;

/** Builds one raw event of a kind at an instant, for an incident. */
export type Maker = (tijdstip: Tijdstip, inc: Beveiligingsincident) => unknown;

/** One maker per kind of step of the procedure (and a late AP report without reasons, which is refused). */
export const makers: Record<string, Maker> = {
  gemeld: (tijdstip, incident) => ({
    type: 'gemeld',
    tijdstip,
    door: { rol: 'medewerker', id: 'medewerker-1' },
    incident,
  }),
  geanalyseerd: (tijdstip, inc) => ({
    type: 'geanalyseerd',
    tijdstip,
    door: pf,
    uitkomst: beoordeelIncident(inc).uitkomst,
  }),
  // schema version 3: the analysis with its stored assessment, following it or departing with a motivation
  analyse: (tijdstip, inc) => {
    const beoordeling = beoordeelIncident(inc);
    return { type: 'geanalyseerd', tijdstip, door: pf, uitkomst: beoordeling.uitkomst, beoordeling };
  },
  analyseAfwijkend: (tijdstip, inc) => {
    const beoordeling = beoordeelIncident(inc);
    return {
      type: 'geanalyseerd',
      tijdstip,
      door: directeur,
      uitkomst: { ...beoordeling.uitkomst, meldplichtAP: false, betrokkenenInformeren: false },
      beoordeling,
      motivering: 'Het bestuur weegt de omstandigheden anders.',
    };
  },
  cvb: (tijdstip) => ({ type: 'cvb-toestemming', tijdstip, door: { rol: 'bevoegd-gezag', id: 'cvb' } }),
  ap: (tijdstip) => ({
    type: 'ap-gemeld',
    tijdstip,
    door: pf,
    volledig: false,
    redenVertraging: 'Onderzoek liep uit.',
  }),
  apZonderReden: (tijdstip) => ({ type: 'ap-gemeld', tijdstip, door: pf, volledig: true }),
  vervolg: (tijdstip) => ({ type: 'vervolgmelding', tijdstip, door: pf, volledig: true }),
  betrokkenen: (tijdstip) => ({
    type: 'betrokkenen-geinformeerd',
    tijdstip,
    door: { rol: 'communicatiemedewerker', id: 'communicatie' },
    aantal: 10,
    wijze: 'individueel',
  }),
  betrokkenenMetBericht: (tijdstip) => ({
    type: 'betrokkenen-geinformeerd',
    tijdstip,
    door: { rol: 'communicatiemedewerker', id: 'communicatie' },
    aantal: 10,
    wijze: 'individueel',
    bericht: BERICHT,
  }),
  herstel: (tijdstip) => ({
    type: 'herstelmaatregel',
    tijdstip,
    door: directeur,
    omschrijving: 'Toegang afgesloten.',
  }),
  preventief: (tijdstip) => ({
    type: 'preventieve-maatregel',
    tijdstip,
    door: directeur,
    omschrijving: 'Training.',
  }),
  gesloten: (tijdstip) => ({ type: 'gesloten', tijdstip, door: directeur }),
};

/**
 * Makers of events the procedure must refuse or upcast: a pupil closing the dossier, an event without its
 * fields, an unknown type, and a valid event stored by release 0.1 (old role name, no `versie`: upcast).
 */
export const vreemdeMakers: Record<string, Maker> = {
  leerlingSluit: (tijdstip) => ({ type: 'gesloten', tijdstip, door: { rol: 'leerling', id: 'leerling-1' } }),
  zonderVelden: () => ({ type: 'herstelmaatregel' }),
  // refused whenever the assessment asks to report or inform: a departing decision without a motivation
  analyseZonderMotivering: (tijdstip, inc) => {
    const beoordeling = beoordeelIncident(inc);
    return {
      type: 'geanalyseerd',
      tijdstip,
      door: pf,
      uitkomst: { ...beoordeling.uitkomst, meldplichtAP: false, betrokkenenInformeren: false },
      beoordeling,
    };
  },
  onbekendType: (tijdstip) => ({ type: 'verwijderd', tijdstip, door: directeur }),
  oudeRol: (tijdstip) => ({
    type: 'herstelmaatregel',
    tijdstip,
    door: { rol: 'schooldirecteur', id: 'directeur' },
    omschrijving: 'Vastgelegd.',
  }),
};

/** The procedure's own order of steps after the report. */
export const VOLGORDE = [
  'geanalyseerd',
  'cvb',
  'ap',
  'vervolg',
  'betrokkenen',
  'herstel',
  'preventief',
  'gesloten',
] as const;

/** One step: which kind, and how many minutes after the previous one (negative: out of time order). */
export interface Stap {
  readonly soort: string;
  readonly minuten: number;
}

const stapArb = (soort: fc.Arbitrary<string>, min: number): fc.Arbitrary<Stap> =>
  fc.record({ soort, minuten: fc.integer({ min, max: 3000 }) });

/**
 * Either any sequence of events (sometimes out of time order), or the procedure's own order with some steps
 * left out, or all of it (so that dossiers close now and then).
 */
export const stappenArb: fc.Arbitrary<Stap[]> = fc.oneof(
  fc.array(stapArb(fc.constantFrom(...Object.keys(makers)), -30), { maxLength: 14 }),
  fc
    .subarray([...VOLGORDE], { minLength: 5 })
    .chain((reeks) => fc.tuple(...reeks.map((s) => stapArb(fc.constant(s), 1)))),
  fc.tuple(...VOLGORDE.map((s) => stapArb(fc.constant(s), 1))),
);

/** An incident and the steps after its report. */
export const scenarioArb = fc.record({ incident: incidentArb, stappen: stappenArb });

/**
 * The raw events of a scenario: the report a minute after the discovery, then each step `minuten` after the
 * previous one. Unknown kinds come from {@link vreemdeMakers}.
 */
export function gebeurtenissenVan(incident: Beveiligingsincident, stappen: readonly Stap[]): unknown[] {
  let ms = epochMs(incident.ontdektOp) + 60_000;
  const uit: unknown[] = [makers.gemeld?.(naarAmsterdamsTijdstip(ms), incident)];
  for (const s of stappen) {
    ms += s.minuten * 60_000;
    const maker = makers[s.soort] ?? vreemdeMakers[s.soort];
    uit.push(maker?.(naarAmsterdamsTijdstip(ms), incident));
  }
  return uit;
}

/**
 * Event lists as a vendor stores them, for the dossier laws: mostly a scenario in time order (reaching a
 * closed dossier now and then), sometimes with refused or old events mixed in.
 */
export const gebeurtenissenArb: fc.Arbitrary<readonly unknown[]> = fc.oneof(
  { weight: 4, arbitrary: scenarioArb.map(({ incident, stappen }) => gebeurtenissenVan(incident, stappen)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        incidentArb,
        stappenArb,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...Object.keys(vreemdeMakers))), { maxLength: 3 }),
      )
      .map(([incident, stappen, vreemd]) => {
        const lijst = [...stappen];
        for (const [plek, soort] of vreemd) lijst.splice(plek % (lijst.length + 1), 0, { soort, minuten: 5 });
        return gebeurtenissenVan(incident, lijst);
      }),
  },
);

/** Headers as a vendor stores them: mostly valid (with or without the seed policy), sometimes not. */
export const kopArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom({ id: 'dl-2026-001' }, { id: 'dl-wet-7' }) },
  { weight: 2, arbitrary: fc.constant({ id: 'dl-2026-002', beleid: SEED_2018_BELEID }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>({ id: 'Juf Jansen' }, {}, { id: 'dl-3', beleid: 5 }, null),
  },
);

/**
 * Exactly `n` events the procedure accepts one after another (for the fold count): the report, then recovery
 * and preventive measures a minute apart, and now and then an analysis, all in time order.
 */
export function reeksArb(n: number): fc.Arbitrary<readonly unknown[]> {
  return incidentArb.map((incident) => {
    const start = epochMs(incident.ontdektOp) + 60_000;
    const uit: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const tijdstip = naarAmsterdamsTijdstip(start + i * 60_000);
      const soort = i === 0 ? 'gemeld' : i === 1 ? 'geanalyseerd' : i % 2 ? 'herstel' : 'preventief';
      uit.push(makers[soort]?.(tijdstip, incident));
    }
    return uit;
  });
}
