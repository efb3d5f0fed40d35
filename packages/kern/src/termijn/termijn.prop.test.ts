import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, it } from 'vitest';
import { dagnummer, epochMs, type IsoDatum, naarAmsterdamsTijdstip, uitDagnummer } from '../datum/datum.js';
import { schoolkalender } from '../kalender/schoolkalender.js';
import { werkkalender } from '../kalender/werkkalender.js';
import { berekenTermijn, type Duur, type Grondslag } from './termijn.js';

const wk = werkkalender();
const datum = fc
  .integer({ min: dagnummer('2023-01-01'), max: dagnummer('2028-06-30') })
  .map((d) => uitDagnummer(d));
const dagDuur: fc.Arbitrary<Duur> = fc.oneof(
  fc.record({ aantal: fc.integer({ min: 1, max: 120 }), eenheid: fc.constant('kalenderdagen' as const) }),
  fc.record({ aantal: fc.integer({ min: 1, max: 16 }), eenheid: fc.constant('weken' as const) }),
  fc.record({ aantal: fc.integer({ min: 1, max: 5 }), eenheid: fc.constant('maanden' as const) }),
  fc.record({ aantal: fc.integer({ min: 1, max: 40 }), eenheid: fc.constant('werkdagen' as const) }),
);
const grondslag = fc.constantFrom<Grondslag>('nl-wet', 'eu', 'regeling');
const isAtwTermijn = (d: Duur) =>
  d.eenheid === 'weken' ? d.aantal <= 12 : d.eenheid === 'maanden' ? d.aantal <= 3 : d.aantal <= 90;

describe('berekenTermijn properties', () => {
  it('the Atw never makes a term end earlier than nominal, and only extends nl-wet terms', () => {
    fc.assert(
      fc.property(datum, dagDuur, grondslag, (gebeurtenis, duur, g) => {
        const t = berekenTermijn({ gebeurtenis, duur, grondslag: g });
        const verlengd = t.laatsteDag > t.nominaleLaatsteDag;
        return (
          t.laatsteDag >= t.nominaleLaatsteDag &&
          t.verlengdDoorAtw === verlengd &&
          (!verlengd || (g === 'nl-wet' && isAtwTermijn(duur)))
        );
      }),
    );
  });

  it('a term the Atw applies to ends on a working day and contains at least two working days when >= 3 days (art. 1, art. 2)', () => {
    fc.assert(
      fc.property(datum, dagDuur, (gebeurtenis, duur) => {
        fc.pre(isAtwTermijn(duur));
        const t = berekenTermijn({ gebeurtenis, duur, grondslag: 'nl-wet' });
        const drieDagen =
          duur.eenheid !== 'kalenderdagen' && duur.eenheid !== 'werkdagen' ? true : duur.aantal >= 3;
        return wk.isWerkdag(t.laatsteDag) && (!drieDagen || wk.telWerkdagen(gebeurtenis, t.laatsteDag) >= 2);
      }),
    );
  });

  it('the Atw is idempotent: a term that already ends on its extended day is not extended again', () => {
    fc.assert(
      fc.property(datum, dagDuur, (gebeurtenis, duur) => {
        // art. 2 only governs terms of at least 3 days; a 1-day term extended to 5 days is another term
        fc.pre(
          isAtwTermijn(duur) && (duur.eenheid === 'weken' || duur.eenheid === 'maanden' || duur.aantal >= 3),
        );
        const t = berekenTermijn({ gebeurtenis, duur, grondslag: 'nl-wet' });
        const dagen = dagnummer(t.laatsteDag) - dagnummer(gebeurtenis);
        fc.pre(dagen <= 90);
        const opnieuw = berekenTermijn({
          gebeurtenis,
          duur: { aantal: dagen, eenheid: 'kalenderdagen' },
          grondslag: 'nl-wet',
        });
        return opnieuw.laatsteDag === t.laatsteDag;
      }),
    );
  });

  it('is monotone in the count: one more unit never ends earlier', () => {
    fc.assert(
      fc.property(datum, dagDuur, grondslag, (gebeurtenis, duur, g) => {
        const a = berekenTermijn({ gebeurtenis, duur, grondslag: g });
        const b = berekenTermijn({ gebeurtenis, duur: { ...duur, aantal: duur.aantal + 1 }, grondslag: g });
        // crossing an Atw art. 4 limit may drop an extension; compare nominal ends there
        return (
          b.nominaleLaatsteDag > a.nominaleLaatsteDag &&
          (b.verlengdDoorAtw === a.verlengdDoorAtw ? b.laatsteDag >= a.laatsteDag : true)
        );
      }),
    );
  });

  it('a day term expires at 00:00 Europe/Amsterdam on the day after its last day', () => {
    fc.assert(
      fc.property(datum, dagDuur, grondslag, (gebeurtenis, duur, g) => {
        const t = berekenTermijn({ gebeurtenis, duur, grondslag: g });
        const dag = DateTime.fromISO(t.vervaltOp, { setZone: true }).setZone('Europe/Amsterdam');
        return (
          dag.toISODate() === uitDagnummer(dagnummer(t.laatsteDag) + 1) && dag.hour === 0 && dag.minute === 0
        );
      }),
    );
  });

  it('hour terms are exact elapsed hours in UTC and agree with Luxon, across DST changes', () => {
    const instant = fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
      .map((ms) => naarAmsterdamsTijdstip(ms - (ms % 60_000)));
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 24 * 40 }),
        fc.constantFrom('vooruit' as const, 'terug' as const),
        (gebeurtenis, uren, richting) => {
          const t = berekenTermijn({
            gebeurtenis,
            duur: { aantal: uren, eenheid: 'uren' },
            grondslag: 'nl-wet',
            richting,
          });
          const verschil = (epochMs(t.vervaltOp) - epochMs(gebeurtenis)) / 3_600_000;
          const luxon = DateTime.fromISO(gebeurtenis, { setZone: true })
            .setZone('Europe/Amsterdam')
            .plus({ hours: richting === 'vooruit' ? uren : -uren });
          return (
            verschil === (richting === 'vooruit' ? uren : -uren) &&
            luxon.toISO({ suppressMilliseconds: true }) === t.vervaltOp &&
            !t.verlengdDoorAtw
          );
        },
      ),
    );
  });

  it('school-day terms end on a school day and count exactly n school days', () => {
    const kalender = schoolkalender({ regio: 'midden' });
    const schoolDatum = fc
      .integer({ min: dagnummer('2024-11-01'), max: dagnummer('2029-06-01') })
      .map((d) => uitDagnummer(d) as IsoDatum);
    fc.assert(
      fc.property(schoolDatum, fc.integer({ min: 1, max: 40 }), (gebeurtenis, n) => {
        const t = berekenTermijn({
          gebeurtenis,
          duur: { aantal: n, eenheid: 'schooldagen' },
          grondslag: 'regeling',
          kalender,
        });
        const overgeslagen = t.spoor.filter((s) => s.code === 'OVERGESLAGEN').length;
        const kalenderdagen = dagnummer(t.laatsteDag) - dagnummer(gebeurtenis);
        return (
          kalender.isSchooldag(t.laatsteDag) &&
          kalender.telSchooldagen(gebeurtenis, t.laatsteDag) === n &&
          overgeslagen === kalenderdagen - n
        );
      }),
    );
  });

  it('a suspension of d days inside a calendar term moves its nominal end by exactly d days, and never earlier', () => {
    fc.assert(
      fc.property(
        datum,
        fc.integer({ min: 7, max: 90 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 6 }),
        (gebeurtenis, n, d, na) => {
          const gewoon = berekenTermijn({
            gebeurtenis,
            duur: { aantal: n, eenheid: 'kalenderdagen' },
            grondslag: 'regeling',
          });
          const van = uitDagnummer(dagnummer(gebeurtenis) + 1 + na);
          const tot = uitDagnummer(dagnummer(van) + d);
          const opgeschort = berekenTermijn({
            gebeurtenis,
            duur: { aantal: n, eenheid: 'kalenderdagen' },
            grondslag: 'regeling',
            opschortingen: [{ van, tot, reden: 'eigenschap' }],
          });
          return dagnummer(opgeschort.laatsteDag) - dagnummer(gewoon.laatsteDag) === d;
        },
      ),
    );
  });
});
