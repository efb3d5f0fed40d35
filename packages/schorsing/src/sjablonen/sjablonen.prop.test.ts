// Properties of the letter templates (issue 11): every template renders without a missing field given all its
// fields, for either denominatie and any date the calendars know; leaving out any single field gives exactly
// that coded problem; the HTML never contains an unescaped merge value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumArb } from '../testhulp/arbitraries.js';
import { briefSjabloon, SJABLOON_IDS, type SjabloonId, vulSjabloonIn } from './sjablonen.js';

const denominatieArb = fc.constantFrom('openbaar' as const, 'bijzonder' as const);
const sjabloonArb = fc.constantFrom(...SJABLOON_IDS);
const SPECIAAL = ['<', '>', '&', '"', "'", '{{', '}}', '<br>', '&amp;', 'x'];
/** Text with the HTML special characters mixed in, trimmed, never blank. */
const tekstArb = (regels: boolean) =>
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(...SPECIAAL),
        ...(regels ? [fc.constant('\n')] : []),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((delen) => delen.join('').replace(/\r/g, '').trim())
    .filter((t) => t !== '' && (regels || !t.includes('\n')));

/** Random valid values for every field of a template. */
function veldenArb(id: SjabloonId): fc.Arbitrary<Record<string, string | number>> {
  const velden = briefSjabloon(id).velden;
  return fc.record(
    Object.fromEntries(
      velden.map((v) => [
        v.naam,
        v.soort === 'datum'
          ? datumArb
          : v.soort === 'aantal'
            ? fc.integer({ min: 1, max: 50 })
            : tekstArb(v.soort === 'alinea'),
      ]),
    ) as Record<string, fc.Arbitrary<string | number>>,
  );
}

const invoerArb = sjabloonArb.chain((id) =>
  fc.record({ id: fc.constant(id), denominatie: denominatieArb, peildatum: datumArb, velden: veldenArb(id) }),
);

const ontsnap = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

describe('templates: properties', () => {
  it('every template renders without a missing field given all its fields', () => {
    fc.assert(
      fc.property(invoerArb, ({ id, denominatie, peildatum, velden }) => {
        const r = vulSjabloonIn(id, { denominatie, peildatum, velden });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.waarde.rechtsmiddelen.length).toBeGreaterThan(0);
        // every merge value is in the plain text as given (dates rendered, numbers as digits)
        for (const [naam, w] of Object.entries(velden))
          if (briefSjabloon(id).velden.find((v) => v.naam === naam)?.soort !== 'datum')
            expect(r.waarde.tekst).toContain(String(w));
      }),
    );
  });

  it('any single missing field gives exactly that coded problem', () => {
    const arb = invoerArb.chain((inv) =>
      fc.record({
        inv: fc.constant(inv),
        weg: fc.constantFrom(...briefSjabloon(inv.id).velden.map((v) => v.naam)),
      }),
    );
    fc.assert(
      fc.property(arb, ({ inv, weg }) => {
        const { [weg]: _weg, ...velden } = inv.velden;
        const r = vulSjabloonIn(inv.id, { denominatie: inv.denominatie, peildatum: inv.peildatum, velden });
        expect(r.ok ? [] : r.problemen.map((p) => [p.code, p.pad])).toEqual([
          ['SJABLOON_VELD_ONTBREEKT', ['velden', weg]],
        ]);
      }),
    );
  });

  it('the HTML never contains an unescaped merge value', () => {
    fc.assert(
      fc.property(invoerArb, ({ id, denominatie, peildatum, velden }) => {
        const r = vulSjabloonIn(id, { denominatie, peildatum, velden });
        if (!r.ok) throw new Error('niet ingevuld');
        const { html } = r.waarde;
        for (const [naam, w] of Object.entries(velden))
          if (
            typeof w === 'string' &&
            briefSjabloon(id).velden.find((v) => v.naam === naam)?.soort !== 'datum'
          )
            expect(html).toContain(ontsnap(w).replace(/\n/g, '<br>'));
        const zonderEigenTags = html.replace(/<\/?p>|<br>/g, '');
        expect(zonderEigenTags).not.toMatch(/[<>"']/);
        expect(zonderEigenTags).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });
});
