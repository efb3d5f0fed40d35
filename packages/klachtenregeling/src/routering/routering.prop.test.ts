import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beoordeelReikwijdte4a } from '../aangifteplicht/reikwijdte.js';
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { routeerKlacht } from './routering.js';

const routering = fc.record({
  ingediendBij: fc.constantFrom(
    'bevoegd-gezag',
    'klachtencommissie',
    'directeur',
    'interne-contactpersoon',
    'vertrouwenspersoon',
    'anders',
  ),
  aangeklaagde: fc.constantFrom('bevoegd-gezag', 'directie', 'personeelslid', 'ouder'),
  ingediendOp: fc.constantFrom('2026-11-02', '2026-12-21'),
  eenvoudig: fc.boolean(),
  mediatorGewenst: fc.boolean(),
  klagerStemtIn: fc.boolean(),
  internOordeelGegeven: fc.boolean(),
});

describe('routeerKlacht', () => {
  it('a complaint filed elsewhere is always forwarded to the board, in confidence; the director never handles it', () => {
    fc.assert(
      fc.property(routering, (r) => {
        const b = routeerKlacht(r);
        const elders = r.ingediendBij !== 'bevoegd-gezag' && r.ingediendBij !== 'klachtencommissie';
        expect(b.uitkomst.route === 'doorsturen-naar-bevoegd-gezag').toBe(elders);
        expect(b.uitkomst.vertrouwelijk).toBe(true);
        expect(b.uitkomst.behandelaar).not.toBe('directeur');
        if (r.aangeklaagde === 'directie' && r.ingediendBij !== 'klachtencommissie')
          expect(b.redenen.map((x) => x.code)).toContain('KLACHT_OVER_DIRECTIE');
      }),
    );
  });

  it("never a mediator without the klager's consent; the policy changes the term, never the route", () => {
    fc.assert(
      fc.property(routering, (r) => {
        const wet = routeerKlacht(r);
        const seed = routeerKlacht(r, { beleid: SEED_2018_BELEID });
        if (wet.uitkomst.mediator) expect(r.klagerStemtIn).toBe(true);
        expect(seed.uitkomst.route).toBe(wet.uitkomst.route);
        expect(wet.uitkomst.eigenAfhandelingTot).toBeUndefined();
        if (seed.uitkomst.route === 'eigen-afhandeling')
          expect(seed.uitkomst.eigenAfhandelingTot).toBeDefined();
        for (const reden of wet.redenen) expect(reden.bron).toBeDefined();
      }),
    );
  });
});

describe('beoordeelReikwijdte4a', () => {
  const vermoeden = fc.record({
    slachtoffer: fc.constantFrom('leerling-van-de-school', 'geen-leerling'),
    pleger: fc.constantFrom('met-taken-belast', 'leerling', 'ouder', 'derde'),
    feit: fc.constantFrom('seksueel-misdrijf', 'ander-grensoverschrijdend-gedrag'),
    minderjarig: fc.boolean(),
  });
  it('4a exactly for a possible sexual offence by a person with tasks against any pupil; a policy never narrows it', () => {
    fc.assert(
      fc.property(vermoeden, (v) => {
        const verwacht =
          v.slachtoffer === 'leerling-van-de-school' &&
          v.pleger === 'met-taken-belast' &&
          v.feit === 'seksueel-misdrijf';
        expect(beoordeelReikwijdte4a(v).uitkomst === 'wpo-4a').toBe(verwacht);
        expect(beoordeelReikwijdte4a(v, { beleid: SEED_2018_BELEID }).uitkomst).toBe(
          beoordeelReikwijdte4a(v).uitkomst,
        );
        if (v.pleger === 'leerling' && v.slachtoffer === 'leerling-van-de-school')
          expect(beoordeelReikwijdte4a(v).uitkomst).toBe('meldcode-of-pestprotocol');
      }),
    );
  });
});
