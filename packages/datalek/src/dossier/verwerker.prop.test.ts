// Properties of the processor route (AVG 33(2)): the 72 hours of AVG 33(1) always run from the moment the
// processor informed the school (EDPB 9/2022 on processor awareness), whatever the contract term; the flag
// against the term of the verwerkersovereenkomst is monotone (a later message never removes it, a longer
// contract term never adds it). Instants range over 2018-2031, so DST changes, year ends and leap days occur.
import { type Beleid, type Duur, epochMs, naarAmsterdamsTijdstip } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentUit } from '../incident/gevallen.js';
import { meldtermijnVerwerker } from '../regels/regels.js';
import { nieuwDossier, openTermijnen, verwerk, volgendeStappen } from './dossier.js';
import type { DatalekDossier } from './procedure.js';

const MINUUT = 60_000;
const BEGIN = Date.UTC(2018, 5, 1); // after the AVG took effect, so 72 hours apply
const bron = { titel: 'Verwerkersovereenkomst', zekerheid: 'secundair' } as const;

const beleidMet = (duur: Duur): Beleid => ({
  id: 'verwerkers',
  naam: 'Afspraken met verwerkers',
  bron,
  waarden: { [meldtermijnVerwerker.id]: { waarde: duur, bron } },
});

/** A supplier breach: discovered by the processor at `ontdekt`, the school informed `vertraging` minutes later. */
function dossier(ontdektMs: number, vertragingMin: number, meldingMin: number, duur?: Duur): DatalekDossier {
  const ontdektOp = naarAmsterdamsTijdstip(ontdektMs);
  const schoolGeinformeerdOp = naarAmsterdamsTijdstip(ontdektMs + vertragingMin * MINUUT);
  const leeg = nieuwDossier(duur ? { id: 'dl-prop', beleid: beleidMet(duur) } : { id: 'dl-prop' });
  if (!leeg.ok) throw new Error('kop');
  const r = verwerk(leeg.waarde, {
    type: 'gemeld',
    tijdstip: naarAmsterdamsTijdstip(ontdektMs + (vertragingMin + meldingMin) * MINUUT),
    door: { rol: 'verwerker', id: 'verwerker-1' },
    incident: incidentUit('onversleutelde laptop met zorgdossiers van een groep gestolen', { ontdektOp }),
    verwerker: { schoolGeinformeerdOp },
  });
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join());
  return r.waarde;
}

const ontdektArb = fc.integer({ min: 0, max: 13 * 365 * 24 * 60 }).map((m) => BEGIN + m * MINUUT);
const vertragingArb = fc.integer({ min: 0, max: 14 * 24 * 60 });
const meldingArb = fc.integer({ min: 0, max: 24 * 60 });
const duurArb: fc.Arbitrary<Duur> = fc.oneof(
  fc.integer({ min: 1, max: 1200 }).map((aantal) => ({ aantal, eenheid: 'uren' as const })),
  fc.integer({ min: 1, max: 30 }).map((aantal) => ({ aantal, eenheid: 'kalenderdagen' as const })),
  fc.integer({ min: 1, max: 20 }).map((aantal) => ({ aantal, eenheid: 'werkdagen' as const })),
);
const teLaat = (d: DatalekDossier) => volgendeStappen(d).some((s) => s.code === 'VERWERKER_TE_LAAT');

describe('properties of the processor route (AVG 33(2))', () => {
  it('the AP term ends exactly 72 real hours after the processor informed the school, whatever the contract (AVG 33(1); EDPB 9/2022)', () => {
    fc.assert(
      fc.property(
        ontdektArb,
        vertragingArb,
        meldingArb,
        fc.option(duurArb, { nil: undefined }),
        (o, v, m, duur) => {
          const d = dossier(o, v, m, duur);
          const nu = naarAmsterdamsTijdstip(o + (v + m) * MINUUT);
          const ap = openTermijnen(d, nu).find((t) => t.code === 'MELDING_AP');
          expect(epochMs(ap?.termijn?.vervaltOp ?? nu) - (o + v * MINUUT)).toBe(72 * 60 * MINUUT);
          expect(ap?.termijn?.spoor[0]?.code).toBe('START');
        },
      ),
    );
  });

  it('an hour term in the contract is flagged exactly when the message came at or after its end', () => {
    fc.assert(
      fc.property(ontdektArb, vertragingArb, fc.integer({ min: 1, max: 1200 }), (o, v, uren) => {
        expect(teLaat(dossier(o, v, 0, { aantal: uren, eenheid: 'uren' }))).toBe(v >= uren * 60);
      }),
    );
  });

  it('a later message never removes the flag; a longer contract term never adds it; without a term, no flag', () => {
    fc.assert(
      fc.property(ontdektArb, vertragingArb, vertragingArb, duurArb, (o, v1, v2, duur) => {
        const [vroeg, laat] = v1 <= v2 ? [v1, v2] : [v2, v1];
        if (teLaat(dossier(o, vroeg, 0, duur))) expect(teLaat(dossier(o, laat, 0, duur))).toBe(true);
        const langer = { ...duur, aantal: Math.min(duur.aantal * 2, 1200) };
        if (teLaat(dossier(o, vroeg, 0, langer))) expect(teLaat(dossier(o, vroeg, 0, duur))).toBe(true);
        expect(teLaat(dossier(o, laat, 0))).toBe(false);
      }),
    );
  });
});
