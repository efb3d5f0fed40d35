import { describe, expect, it } from 'vitest';
import { openTermijnen, verwerk } from '../dossier/dossier.js';
import type { Gebeurtenis } from '../dossier/gebeurtenissen.js';
import { bouwDossier } from '../testhulp/dossier.js';
import { berekenBezwaartermijnen, UITSTEL_GRONDEN } from './bezwaar.js';

// Awb 7:10 (consolidation 2026-01-01, read): lid 1 six weeks after the bezwaartermijn; lid 3 "Het bestuursorgaan kan
// de beslissing voor ten hoogste zes weken verdagen."; lid 4 "Verder uitstel is mogelijk voor zover: a. alle
// belanghebbenden daarmee instemmen, b. de indiener van het bezwaarschrift daarmee instemt en andere belanghebbenden
// daardoor niet in hun belangen kunnen worden geschaad, of c. dit nodig is in verband met de naleving van wettelijke
// procedurevoorschriften."; lid 5: written notice. WPO 40 lid 12: a verwijdering bezwaar at an openbare school is
// decided "in afwijking van artikel 7:10" within 4 weeks (the SDK: no adjournment or further delay there).
// A schorsing made known on Monday 2 March 2026: the bezwaartermijn ends Monday 13 April 2026 (Awb 6:7, 6:8).
const basis = {
  denominatie: 'openbaar',
  tegen: 'schorsing',
  bekendmaking: '2026-03-02',
  bezwaarOntvangen: '2026-03-10',
} as const;

describe('further delay of the decision on bezwaar (Awb 7:10 lid 4; issue 11)', () => {
  it('worked case: adjourned (lid 3) to Monday 6 July 2026, then delayed with the parents\u2019 consent (lid 4 sub b) to 20 July', () => {
    const verdaagd = berekenBezwaartermijnen({ ...basis, verdaagdOp: '2026-05-01' });
    if (!verdaagd.ok) throw new Error('verdaagd');
    // 6 + 6 weeks after 13 April 2026
    expect(verdaagd.waarde.beslistermijn?.termijn.laatsteDag).toBe('2026-07-06');
    const r = berekenBezwaartermijnen({
      ...basis,
      verdaagdOp: '2026-05-01',
      uitstel: { op: '2026-07-01', tot: '2026-07-20', grond: 'instemming-indiener' },
    });
    if (!r.ok) throw new Error('uitstel');
    const b = r.waarde.beslistermijn;
    expect(b?.termijn.laatsteDag).toBe('2026-07-20');
    expect(b?.uitstel?.vorigeLaatsteDag).toBe('2026-07-06');
    expect(b?.uitstel?.bron.artikel).toMatch(/7:10/);
    expect(b?.uitstel?.tekst).toMatch(/sub b/);
    expect(b?.verdaging?.op).toBe('2026-05-01');
  });

  it('lid 4 sub c without an earlier adjournment: from the end of the 6 weeks to the day the board named', () => {
    const r = berekenBezwaartermijnen({
      ...basis,
      uitstel: { op: '2026-05-20', tot: '2026-06-30', grond: 'wettelijke-procedure' },
    });
    expect(r.ok && r.waarde.beslistermijn?.termijn.laatsteDag).toBe('2026-06-30');
    expect(UITSTEL_GRONDEN['wettelijke-procedure'].bron.toelichting).toMatch(
      /wettelijke procedurevoorschriften/,
    );
  });

  it('refusals: a day not after the current last day, a notice after the term ran out, a verwijdering (WPO 40 lid 12)', () => {
    const code = (x: ReturnType<typeof berekenBezwaartermijnen>) =>
      x.ok ? [] : x.problemen.map((p) => p.code);
    expect(
      code(
        berekenBezwaartermijnen({
          ...basis,
          uitstel: { op: '2026-05-20', tot: '2026-05-20', grond: 'alle-belanghebbenden' },
        }),
      ),
    ).toEqual(['UITSTEL_NIET_LATER']);
    expect(
      code(
        berekenBezwaartermijnen({
          ...basis,
          uitstel: { op: '2026-06-30', tot: '2026-07-30', grond: 'alle-belanghebbenden' },
        }),
      ),
    ).toEqual(['VERDAGING_NA_TERMIJN']);
    const verwijdering = berekenBezwaartermijnen({
      ...basis,
      tegen: 'verwijdering',
      uitstel: { op: '2026-04-20', tot: '2026-06-30', grond: 'instemming-indiener' },
    });
    expect(code(verwijdering)).toEqual(['ALLEEN_AWB_BESLISTERMIJN']);
    expect(verwijdering.ok ? '' : verwijdering.problemen[0]?.melding).toMatch(/WPO 40 lid 12/);
    expect(
      code(
        berekenBezwaartermijnen({
          ...basis,
          uitstel: { op: '2026-05-20', tot: 'morgen', grond: 'x' } as never,
        }),
      ),
    ).toEqual(['ONGELDIGE_DATUM', 'ONGELDIGE_KEUZE']);
  });

  it('in the dossier: beslissing-uitgesteld moves BESLISTERMIJN_BEZWAAR_SCHORSING; a second one must go later still', () => {
    const d = bouwDossier('dossier-uitstel', 'openbaar', [
      {
        type: 'schorsing-besloten',
        datum: '2026-03-02',
        ingangsdatum: '2026-03-03',
        duur: { aantal: 2, eenheid: 'schooldagen' },
      },
      { type: 'schorsingsbrief-verzonden', datum: '2026-03-02' },
      { type: 'bezwaar-ingediend', datum: '2026-03-10', tegen: 'schorsing' },
      { type: 'beslissing-verdaagd', datum: '2026-05-01', tegen: 'schorsing' },
      {
        type: 'beslissing-uitgesteld',
        datum: '2026-07-01',
        tegen: 'schorsing',
        grond: 'instemming-indiener',
        tot: '2026-07-20',
      },
    ]);
    const beslis = openTermijnen(d, '2026-07-02T09:00:00+02:00').find(
      (t) => t.code === 'BESLISTERMIJN_BEZWAAR_SCHORSING',
    );
    expect(beslis?.termijn?.laatsteDag).toBe('2026-07-20');
    const tweede = (tot: string): Gebeurtenis =>
      ({
        type: 'beslissing-uitgesteld',
        datum: '2026-07-15',
        tegen: 'schorsing',
        grond: 'alle-belanghebbenden',
        tot,
      }) as Gebeurtenis;
    const geweigerd = verwerk(d, tweede('2026-07-20'));
    expect(geweigerd.ok ? [] : geweigerd.problemen.map((p) => [p.code, p.pad])).toEqual([
      ['UITSTEL_NIET_LATER', ['tot']],
    ]);
    const verder = verwerk(d, tweede('2026-08-31'));
    expect(
      verder.ok &&
        openTermijnen(verder.waarde, '2026-07-16T09:00:00+02:00').find(
          (t) => t.code === 'BESLISTERMIJN_BEZWAAR_SCHORSING',
        )?.termijn?.laatsteDag,
    ).toBe('2026-08-31');
    const verdagen = verwerk(d, { type: 'beslissing-verdaagd', datum: '2026-07-02', tegen: 'schorsing' });
    expect(verdagen.ok ? [] : verdagen.problemen.map((p) => p.code)).toEqual(['AL_VERDAAGD']);
  });
});
