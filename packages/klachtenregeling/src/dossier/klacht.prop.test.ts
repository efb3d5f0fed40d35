import { dagnummer, type IsoDatum } from '@schoolveiligheid/kern';
import { dossierWetten, isoDatum, tijdstip } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { klachtProcedure } from './klacht.js';
import { toetsStandpunt } from './standpunt.js';

/** Stored headers: mostly valid ids, sometimes not. */
const kop = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/).map((id) => ({ id })), weight: 9 },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

/** One stored event of any type on `datum`. */
const gebeurtenis = (datum: IsoDatum) =>
  fc.oneof(
    fc.record({
      type: fc.constant('informeel-overleg'),
      datum: fc.constant(datum),
      met: fc.constantFrom('betrokkene', 'directie', 'vertrouwenspersoon'),
      opgelost: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('klacht-ingediend'),
      datum: fc.constant(datum),
      bij: fc.constantFrom('bevoegd-gezag', 'klachtencommissie', 'directeur', 'interne-contactpersoon'),
      aangeklaagde: fc.constantFrom('personeelslid', 'directie', 'ouder'),
    }),
    fc.record({
      type: fc.constant('klacht-doorgestuurd'),
      datum: fc.constant(datum),
      naar: fc.constantFrom('bevoegd-gezag', 'klachtencommissie'),
    }),
    fc.record({
      type: fc.constant('eigen-afhandeling-gestart'),
      datum: fc.constant(datum),
      mediator: fc.boolean(),
      klagerStemtIn: fc.boolean(),
    }),
    fc.record({ type: fc.constant('verwezen-naar-commissie'), datum: fc.constant(datum) }),
    fc.record({
      type: fc.constant('voorlopige-voorziening'),
      datum: fc.constant(datum),
      soort: fc.constantFrom('contactverbod', 'schorsing-personeelslid'),
      eindigtOp: fc.constant(datum),
    }),
    fc.record({
      type: fc.constant('partij-gehoord'),
      datum: fc.constant(datum),
      partij: fc.constantFrom('klager', 'aangeklaagde'),
      bijgestaan: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('oordeel-ontvangen'),
      datum: fc.constant(datum),
      oordeel: fc.constantFrom('gegrond', 'ongegrond'),
    }),
    fc.record({
      type: fc.constant('termijn-verlengd'),
      datum: fc.constant(datum),
      verlengdMet: fc.record({
        aantal: fc.integer({ min: 1, max: 12 }),
        eenheid: fc.constantFrom('weken', 'kalenderdagen'),
      }),
      gemotiveerd: fc.boolean(),
    }),
    fc.record({ type: fc.constant('aangeklaagde-gehoord'), datum: fc.constant(datum) }),
    fc.record({
      type: fc.constant('standpunt-meegedeeld'),
      datum: fc.constant(datum),
      deeltOordeel: fc.boolean(),
      maatregel: fc.constantFrom('geen', 'rechtspositioneel'),
    }),
    fc.record({ type: fc.constant('gerehabiliteerd'), datum: fc.constant(datum) }),
    fc.record({
      type: fc.constant('afgesloten'),
      datum: fc.constant(datum),
      reden: fc.constantFrom('afgehandeld', 'ingetrokken'),
    }),
  );

/** Event lists in date order (the laws also offer them out of order and with junk). */
const gebeurtenissen = fc
  .array(isoDatum(), { maxLength: 10 })
  .chain((data) => fc.tuple(...[...data].sort().map(gebeurtenis)));

/** n events accepted one after another: a complaint, then hearings. */
const reeks = (n: number) =>
  fc
    .array(isoDatum(), { minLength: n, maxLength: n })
    .map((data) =>
      [...data]
        .sort()
        .map((datum, i) =>
          i === 0
            ? { type: 'klacht-ingediend', datum, bij: 'klachtencommissie', aangeklaagde: 'personeelslid' }
            : { type: 'partij-gehoord', datum, partij: 'klager', bijgestaan: false },
        ),
    );

dossierWetten(klachtProcedure, {
  kop,
  gebeurtenissen,
  reeks,
  opties: fc.constantFrom({}, { beleid: SEED_2018_BELEID }),
});

describe('the board term (WPO art. 14 lid 7)', () => {
  const oordeelEnVerlenging = fc.record({
    ontvangen: isoDatum(),
    verlenging: fc.option(
      fc.record({
        naDagen: fc.integer({ min: 0, max: 60 }),
        aantal: fc.integer({ min: 1, max: 12 }),
        eenheid: fc.constantFrom('weken', 'kalenderdagen'),
      }),
    ),
    seed: fc.boolean(),
  });

  it('is never earlier than 4 weeks after receipt of the oordeel, with or without an extension or a policy', () => {
    fc.assert(
      fc.property(oordeelEnVerlenging, ({ ontvangen, verlenging, seed }) => {
        const lijst: unknown[] = [
          {
            type: 'klacht-ingediend',
            datum: ontvangen,
            bij: 'klachtencommissie',
            aangeklaagde: 'personeelslid',
          },
          { type: 'oordeel-ontvangen', datum: ontvangen, oordeel: 'gegrond' },
        ];
        if (verlenging) {
          const d = new Date(`${ontvangen}T00:00:00Z`);
          d.setUTCDate(d.getUTCDate() + verlenging.naDagen);
          lijst.push({
            type: 'termijn-verlengd',
            datum: d.toISOString().slice(0, 10),
            verlengdMet: { aantal: verlenging.aantal, eenheid: verlenging.eenheid },
            gemotiveerd: true,
          });
        }
        const r = klachtProcedure.herspeel({ id: 'k-1' }, lijst);
        if (!r.ok) return; // outside the calendar range: refused with a code
        const b = toetsStandpunt(r.waarde, seed ? { beleid: SEED_2018_BELEID } : {});
        const vierWeken = dagnummer(ontvangen) + 28; // 4 weeks in days: the property's own arithmetic
        expect(dagnummer(b.uitkomst.termijn.laatsteDag)).toBeGreaterThanOrEqual(vierWeken);
      }),
    );
  });

  it('a longer extension never ends the term earlier (monotone), and the seed never allows more than the statute', () => {
    fc.assert(
      fc.property(
        isoDatum(),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (ontvangen, a, extra) => {
          const einde = (n: number, beleid?: typeof SEED_2018_BELEID) => {
            const r = klachtProcedure.herspeel({ id: 'k-1' }, [
              { type: 'klacht-ingediend', datum: ontvangen, bij: 'klachtencommissie', aangeklaagde: 'ouder' },
              { type: 'oordeel-ontvangen', datum: ontvangen, oordeel: 'gegrond' },
              {
                type: 'termijn-verlengd',
                datum: ontvangen,
                verlengdMet: { aantal: n, eenheid: 'weken' },
                gemotiveerd: true,
              },
            ]);
            return r.ok
              ? toetsStandpunt(r.waarde, beleid ? { beleid } : {}).uitkomst.termijn.laatsteDag
              : undefined;
          };
          const kort = einde(a);
          const lang = einde(a + extra);
          if (kort === undefined || lang === undefined) return;
          expect(lang >= kort).toBe(true);
          const seed = einde(a + extra, SEED_2018_BELEID);
          if (seed !== undefined) expect(seed <= lang).toBe(true);
        },
      ),
    );
  });

  it('openTermijnen agrees with toetsStandpunt at any moment', () => {
    fc.assert(
      fc.property(isoDatum(), tijdstip(), (ontvangen, nu) => {
        const r = klachtProcedure.herspeel({ id: 'k-1' }, [
          { type: 'klacht-ingediend', datum: ontvangen, bij: 'klachtencommissie', aangeklaagde: 'ouder' },
          { type: 'oordeel-ontvangen', datum: ontvangen, oordeel: 'gegrond' },
        ]);
        if (!r.ok) return;
        const open = klachtProcedure.openTermijnen(r.waarde, nu).find((t) => t.code === 'STANDPUNT');
        expect(open?.termijn?.laatsteDag).toBe(toetsStandpunt(r.waarde).uitkomst.termijn.laatsteDag);
      }),
    );
  });
});
