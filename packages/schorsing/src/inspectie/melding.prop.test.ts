// Properties of the notice to the inspectie (issue 11): for any single schorsing on the school calendar the
// notice validates against its schema, survives a JSON round trip, states the dossier's own dates and length,
// is required exactly when the schorsing is longer than one day (WPO 40c lid 3), and holds the pupil as a role
// id only.
import { schoolkalender } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verwerk } from '../dossier/dossier.js';
import { datumArb } from '../testhulp/arbitraries.js';
import { bouwDossier, staat } from '../testhulp/dossier.js';
import { inspectieMeldingSchema, meldingAanInspectie } from './melding.js';

const kalender = schoolkalender({ regio: 'noord' });

describe('notice to the inspectie: properties', () => {
  it('a single schorsing: schema-valid, the dossier dates, required iff longer than one day', () => {
    fc.assert(
      fc.property(datumArb, fc.integer({ min: 1, max: 5 }), (dag, aantal) => {
        const ingangsdatum = kalender.isSchooldag(dag) ? dag : kalender.volgendeSchooldag(dag);
        const d = bouwDossier('dossier-p', 'openbaar', []);
        const r0 = verwerk(d, {
          type: 'schorsing-besloten',
          datum: ingangsdatum,
          ingangsdatum,
          duur: { aantal, eenheid: 'schooldagen' },
        });
        if (!r0.ok) return; // a date the calendar refuses is the dossier's business, not the notice's
        const s = staat(r0.waarde).schorsingen[0];
        const r = meldingAanInspectie(r0.waarde, {
          school: { brin: '12AB' },
          redenen: 'Gedrag beschreven in het dossier.',
          meldingsdatum: ingangsdatum,
        });
        if (!r.ok || !s) throw new Error('geen melding');
        const m = r.waarde.uitkomst;
        expect(inspectieMeldingSchema.safeParse(JSON.parse(JSON.stringify(m))).success).toBe(true);
        expect(m.leerling).toBe('leerling-1');
        if (m.soort !== 'schorsing') throw new Error('soort');
        expect([m.schorsing.ingangsdatum, m.schorsing.laatsteDag, m.schorsing.schooldagen]).toEqual([
          s.schorsing.ingangsdatum,
          s.schorsing.laatsteDag,
          aantal,
        ]);
        expect(m.wettelijkVerplicht).toBe(s.schorsing.kalenderdagen > 1);
        expect(m.wettelijkVerplicht).toBe(aantal > 1);
      }),
    );
  });
});
