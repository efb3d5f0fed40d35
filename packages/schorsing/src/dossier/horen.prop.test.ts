import { type IsoDatum, plusDagen, schoolkalender } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startdatumArb } from '../testhulp/arbitraries.js';
import { staat } from '../testhulp/dossier.js';
import { nieuwDossier, type SchorsingDossier as Dossier, verwerk } from './dossier.js';
import type { Gebeurtenis } from './gebeurtenissen.js';

// The hearing on a bezwaar (Awb 7:2, 7:3, 7:4 lid 2): a decision on the bezwaar needs the parents heard or a
// recorded reason to leave the hearing out; the documents are on time exactly when they lay out a week ahead.

const horenArb = fc.record({
  start: startdatumArb,
  denominatie: fc.constantFrom('openbaar' as const, 'bijzonder' as const),
  stukken: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  hoorzitting: fc.option(fc.record({ na: fc.integer({ min: 0, max: 20 }), ouders: fc.boolean() }), {
    nil: undefined,
  }),
  achterwege: fc.boolean(),
});

/** An openbare school's schorsing with a bezwaar, or a bijzondere school's verwijdering with one. */
function basis(
  start: IsoDatum,
  denominatie: 'openbaar' | 'bijzonder',
): { d: Dossier; tegen: 'schorsing' | 'verwijdering'; dag: IsoDatum } {
  const d0 = nieuwDossier({
    id: 'dossier-hp',
    leerling: 'leerling-1',
    denominatie,
    kalender: { regio: 'midden' },
  });
  if (!d0.ok) throw new Error('dossier');
  const begin = start;
  const tegen = denominatie === 'openbaar' ? 'schorsing' : 'verwijdering';
  const gebeurtenissen: Gebeurtenis[] =
    tegen === 'schorsing'
      ? [
          {
            type: 'schorsing-besloten',
            datum: begin,
            ingangsdatum: schoolkalender({ regio: 'midden' }).volgende(begin),
            duur: { aantal: 1, eenheid: 'schooldagen' },
          },
          { type: 'schorsingsbrief-verzonden', datum: begin },
        ]
      : [
          { type: 'gesprek', datum: begin, onderwerp: 'verwijdering', deelnemers: ['ouders', 'leerkracht'] },
          {
            type: 'ontvangende-school',
            datum: begin,
            schoolId: 'school-2',
            schriftelijkBevestigd: true,
            bereidPer: begin,
          },
          { type: 'verwijdering-besloten', datum: begin, verwijderingsdatum: plusDagen(begin, 14) },
        ];
  let d = d0.waarde;
  for (const g of gebeurtenissen) {
    const r = verwerk(d, g);
    if (!r.ok) throw new Error(`${g.type}: ${r.problemen.map((p) => p.code).join()}`);
    d = r.waarde;
  }
  const bezwaar = verwerk(d, { type: 'bezwaar-ingediend', datum: plusDagen(begin, 1), tegen });
  if (!bezwaar.ok) throw new Error(bezwaar.problemen.map((p) => p.code).join());
  return { d: bezwaar.waarde, tegen, dag: plusDagen(begin, 1) };
}

describe('the hearing on a bezwaar: properties', () => {
  it('a decision on the bezwaar is accepted exactly when the parents were heard or a reason to leave it out was recorded (Awb 7:2, 7:3; WPO 63 lid 3 allows no such reason)', () => {
    fc.assert(
      fc.property(horenArb, ({ start, denominatie, stukken, hoorzitting, achterwege }) => {
        const { d: d1, tegen, dag } = basis(start, denominatie);
        let d = d1;
        let datum = dag;
        const voeg = (g: Gebeurtenis) => {
          const r = verwerk(d, g);
          if (r.ok) d = r.waarde;
          return r.ok;
        };
        if (stukken !== undefined) {
          datum = plusDagen(dag, stukken);
          voeg({ type: 'stukken-ter-inzage', datum, tegen });
        }
        let gehoord = false;
        if (hoorzitting) {
          datum = plusDagen(datum, hoorzitting.na);
          voeg({
            type: 'hoorzitting',
            datum,
            tegen,
            deelnemers: hoorzitting.ouders ? ['ouders'] : ['bevoegd-gezag'],
          });
          gehoord = hoorzitting.ouders;
          const h = staat(d).bezwaren[0]?.hoorzitting;
          // the documents are on time exactly when laid out at least 7 days before (Awb 7:4 lid 2, SDK reading)
          expect(h?.stukkenTijdig).toBe(stukken !== undefined && hoorzitting.na >= 7);
        }
        let weggelaten = false;
        if (achterwege) weggelaten = voeg({ type: 'horen-achterwege', datum, tegen, grond: 'afgezien' });
        expect(weggelaten).toBe(achterwege && denominatie === 'openbaar');
        const beslist = voeg({ type: 'beslissing-op-bezwaar', datum, tegen, uitkomst: 'gehandhaafd' });
        expect(beslist).toBe(gehoord || weggelaten);
      }),
    );
  });
});
