import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import formulier2018 from '../../fixtures/apformulier.json' with { type: 'json' };
import formulier2021 from '../../fixtures/apformulier-2021.json' with { type: 'json' };
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import { incidentArb } from '../incident/arbitraries.js';
import { gevraagd } from './ap2021.js';
import {
  AP_FORMULIER_2021,
  type ApMelding,
  type ApMelding2018,
  apMelding2018Schema,
  apMeldingFase,
  apMeldingSchema,
  apMeldingUitIncident,
  controleerApMelding,
  GEDEELDE_VELDEN,
  UITSTELBARE_VRAGEN,
} from './apformulier.js';

const SEED = { formulier: 'seed-2018' } as const;

/** A valid answer for each 2018 question that is asked regardless of other answers (fixtures/apformulier.json). */
const ANTWOORD_2018: Partial<Record<keyof ApMelding2018, unknown>> = Object.fromEntries(
  Object.entries(formulier2018.antwoorden).filter(
    ([veld]) =>
      !['tijdstipInformeren', 'inhoudMededeling', 'aantalGeinformeerd', 'communicatiemiddelen'].includes(
        veld,
      ),
  ),
);

/** The fixture's answers for the 2021 form (fixtures/apformulier-2021.json). */
const A21 = formulier2021.antwoorden as ApMelding;

/**
 * The 2021 questions asked whatever the other answers, with a fixture answer that asks no further question
 * (`duurtVoort: 'nee'` asks for the end of the breach, so it is left out).
 */
const ALTIJD_2021 = AP_FORMULIER_2021.filter(
  (v) =>
    v.vereist === 'altijd' &&
    v.veld !== 'duurtVoort' &&
    (A21 as Record<string, unknown>)[v.veld] !== undefined,
).map((v) => v.veld as keyof ApMelding);

const paden = (r: { ok: boolean; problemen?: readonly { pad: readonly (string | number)[] }[] }) =>
  r.ok ? [] : (r.problemen ?? []).map((p) => String(p.pad[0]));

/** A concept on the 2021 form: the pre-fill of an incident, a random part of the fixture's answers, random open questions. */
const conceptArb = fc
  .record({
    incident: incidentArb,
    antwoorden: fc.subarray(Object.keys(A21) as (keyof ApMelding)[]),
    open: fc.subarray([...UITSTELBARE_VRAGEN]),
    weg: fc.subarray([
      'aantalBetrokkenen',
      'aardInbreuk',
      'gevolgen',
      'versleuteld',
      'soortMelding',
    ] as const),
    soort: fc.constantFrom('eerste', 'aanvulling', 'wijziging', 'intrekking', undefined),
    naTermijn: fc.boolean(),
  })
  .map(({ incident, antwoorden, open, weg, soort, naTermijn }) => {
    const basis: Record<string, unknown> = {
      ...apMeldingUitIncident(incident, beoordeelIncident(incident).uitkomst),
    };
    for (const veld of antwoorden) basis[veld] = (A21 as Record<string, unknown>)[veld];
    if (basis.eindeInbreuk !== undefined) basis.eindeInbreuk = basis.ontdektOp;
    for (const veld of weg) delete basis[veld];
    if (soort === undefined) delete basis.soortMelding;
    else basis.soortMelding = soort;
    return { concept: { ...basis, openVragen: open }, naTermijn };
  });

describe('properties of the AP form', () => {
  it('the pre-filled forms are always valid drafts, and every problem is a missing question', () => {
    fc.assert(
      fc.property(incidentArb, (inc) => {
        const uitkomst = beoordeelIncident(inc).uitkomst;
        const nieuw = apMeldingUitIncident(inc, uitkomst);
        const oud = apMeldingUitIncident(inc, uitkomst, SEED);
        expect(apMeldingSchema.safeParse(nieuw).success).toBe(true);
        expect(apMelding2018Schema.safeParse(oud).success).toBe(true);
        for (const [concept, r] of [
          [nieuw, controleerApMelding(nieuw)],
          [oud, controleerApMelding(oud, SEED)],
        ] as const) {
          if (r.ok) continue;
          for (const p of r.problemen) {
            expect(p.code).toBe('VRAAG_ONBEANTWOORD');
            expect((concept as Record<string, unknown>)[String(p.pad[0])]).toBeUndefined();
          }
        }
      }),
    );
  });

  it('every question asked is answered, reported as a problem, or reported open in the phase (AVG 33(3), 33(4))', () => {
    fc.assert(
      fc.property(conceptArb, ({ concept, naTermijn }) => {
        const r = controleerApMelding(concept, { naTermijn });
        const fase = apMeldingFase(concept, { naTermijn });
        expect(fase.ok).toBe(r.ok);
        const m = concept as ApMelding;
        const problemen = new Set(paden(r));
        // reported open: listed in the notification's own openVragen ("nog niet bekend")
        const open = new Set<string>(m.soortMelding === 'intrekking' ? [] : (m.openVragen ?? []));
        const faseOpen: string[] = [];
        for (const v of AP_FORMULIER_2021) {
          const beantwoord = (m as Record<string, unknown>)[v.veld] !== undefined;
          if (!gevraagd(v, m, naTermijn)) {
            expect(problemen.has(v.veld)).toBe(false);
            continue;
          }
          // exactly one of the three
          expect(
            [beantwoord, problemen.has(v.veld), open.has(v.veld) && !beantwoord].filter(Boolean),
          ).toHaveLength(1);
          if (open.has(v.veld) && !beantwoord) faseOpen.push(v.veld);
        }
        if (fase.ok) {
          // the phase lists exactly those, in the order of the form
          expect(fase.waarde.open).toEqual(faseOpen);
          expect(fase.waarde.volledig).toBe(fase.waarde.open.length === 0);
          expect(fase.waarde.gebeurtenis.volledig).toBe(fase.waarde.volledig);
          expect(fase.waarde.gebeurtenis.type).toBe(
            fase.waarde.soort === 'eerste' ? 'ap-gemeld' : 'vervolgmelding',
          );
          expect(fase.waarde.termijnVervolgmelding.termijn).toBeNull();
        }
      }),
    );
  });

  it('the seed’s 2018 form and the form since 2021 agree on the shared facts of a registration', () => {
    fc.assert(
      fc.property(
        incidentArb,
        fc.option(fc.constant(A21.inhoudMededeling as string), { nil: undefined }),
        (inc, mededeling) => {
          const uitkomst = beoordeelIncident(inc).uitkomst;
          const opties = mededeling === undefined ? {} : { mededeling };
          const nieuw = apMeldingUitIncident(inc, uitkomst, opties) as Record<string, unknown>;
          const oud = apMeldingUitIncident(inc, uitkomst, { ...opties, formulier: 'seed-2018' }) as Record<
            string,
            unknown
          >;
          for (const veld of GEDEELDE_VELDEN) expect(nieuw[veld]).toEqual(oud[veld]);
        },
      ),
    );
  });

  it('answering a missing question removes exactly its own problem (both forms)', () => {
    fc.assert(
      fc.property(
        incidentArb,
        fc.constantFrom(...(Object.keys(ANTWOORD_2018) as (keyof ApMelding2018)[])),
        fc.constantFrom(...ALTIJD_2021),
        (inc, veld2018, veld2021) => {
          const uitkomst = beoordeelIncident(inc).uitkomst;
          const oud = apMeldingUitIncident(inc, uitkomst, SEED);
          const { [veld2018]: _weg, ...zonder } = oud;
          const voor = paden(controleerApMelding(zonder, SEED));
          const na = paden(controleerApMelding({ ...zonder, [veld2018]: ANTWOORD_2018[veld2018] }, SEED));
          expect(voor).toContain(veld2018);
          expect(na).toEqual(voor.filter((p) => p !== veld2018));

          const nieuw = apMeldingUitIncident(inc, uitkomst);
          const { [veld2021]: _weg2, ...zonder2 } = nieuw;
          const voor2 = paden(controleerApMelding(zonder2));
          const na2 = paden(controleerApMelding({ ...zonder2, [veld2021]: A21[veld2021] }));
          expect(voor2).toContain(veld2021);
          expect(na2).toEqual(voor2.filter((p) => p !== veld2021));
        },
      ),
    );
  });

  it('no personal data in any problem: the reporter, the contact point and free texts are never repeated', () => {
    const geheim = fc.stringMatching(/^[A-Z][a-z]{5,10} [A-Z][a-z]{5,10}$/);
    fc.assert(
      fc.property(
        incidentArb,
        geheim,
        geheim,
        fc.stringMatching(/^0[0-9]{9}$/),
        (inc, naam, fg, telefoon) => {
          const concept = {
            ...apMeldingUitIncident(inc, beoordeelIncident(inc).uitkomst),
            melder: { naam, functie: naam, email: `${naam.replace(' ', '.')}@example.org`, telefoon },
            contactpunt: { naam: fg, functie: fg, email: 12 },
            samenvatting: `Het rapport van ${naam} (${telefoon}) ging naar de verkeerde ouder.`,
            oorzaak: fg,
          };
          for (const r of [
            controleerApMelding(concept),
            apMeldingFase(concept),
            controleerApMelding(concept, SEED),
          ]) {
            const tekst = JSON.stringify(r.ok ? [] : r.problemen);
            for (const g of [naam, fg, telefoon]) expect(tekst).not.toContain(g);
          }
        },
      ),
    );
  });
});
