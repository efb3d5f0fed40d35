// Properties of classificeerGedrag (issue 17): a single incident is never pesten (seed, Definiëring: "Pesten
// vindt niet zomaar een keer plaats"); adding a missing fact never overturns a definite answer; the answer
// names exactly what is missing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classificeerGedrag } from './gedrag.js';

const feiten = {
  gelijkwaardig: fc.option(fc.boolean(), { nil: undefined }),
  frequentie: fc.option(fc.constantFrom('eenmalig', 'af-en-toe', 'meerdere-keren-per-week', 'dagelijks'), {
    nil: undefined,
  }),
  langerePeriode: fc.option(fc.boolean(), { nil: undefined }),
  bedreigend: fc.option(fc.boolean(), { nil: undefined }),
  vorm: fc.option(fc.constantFrom('openlijk', 'verborgen'), { nil: undefined }),
};
const zonderLeeg = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const observaties = fc.record(feiten).map(zonderLeeg);
const volledig = fc
  .record({
    gelijkwaardig: fc.boolean(),
    frequentie: fc.constantFrom('eenmalig', 'af-en-toe', 'meerdere-keren-per-week', 'dagelijks'),
    langerePeriode: fc.boolean(),
    bedreigend: fc.boolean(),
  })
  .map((o) => o as Record<string, unknown>);

const gedrag = (o: unknown) => {
  const r = classificeerGedrag(o);
  if (!r.ok) throw new Error('ongeldig');
  return r.waarde.uitkomst;
};

describe('classificeerGedrag', () => {
  it('a single incident is never classified as pesten', () => {
    fc.assert(
      fc.property(observaties, (o) => {
        expect(gedrag({ ...o, frequentie: 'eenmalig' }).gedrag).not.toBe('pesten');
      }),
    );
  });

  it('filling in a missing fact never changes a definite answer', () => {
    fc.assert(
      fc.property(observaties, volledig, (o, v) => {
        const eerst = gedrag(o);
        if (eerst.gedrag === 'onvoldoende-informatie') return;
        expect(gedrag({ ...v, ...o }).gedrag).toBe(eerst.gedrag);
      }),
    );
  });

  it('with every fact known there is always an answer, and only unknown facts are named as missing', () => {
    fc.assert(
      fc.property(volledig, (v) => {
        expect(gedrag(v).gedrag).not.toBe('onvoldoende-informatie');
      }),
    );
    fc.assert(
      fc.property(observaties, (o) => {
        for (const f of gedrag(o).ontbreekt) expect(o[f]).toBeUndefined();
      }),
    );
  });
});
