import { describe, expect, it } from 'vitest';
import { pestprotocolProcedure as P } from './procedure.js';

// Worked cases of the bullied pupil's consent track that the shipped fixtures cannot hold (a fixture must
// validate against the shipped JSON Schema) or that need more than one answer. Source of each expected answer:
// Veiligheidsplan 2018 (seed), Hulp aan de gepeste leerling of zijn/haar ouder/verzorger: "Bij ernstige
// gevolgen van pesten probeert de leerkracht, samen met de ouders/verzorgers, de gepeste leerling zijn of haar
// gevoel voor eigenwaarde terug te laten vinden. Zo nodig wordt hierbij, met toestemming van de
// ouders/verzorgers, hulp van professionele instellingen ingeschakeld."

const begin = [
  { type: 'zaak-gemeld', datum: '2026-11-02', rol: 'leerkracht', methode: 'confronterend' },
  { type: 'gesprek-gevoerd', datum: '2026-11-03', rol: 'leerkracht', met: 'pester' },
  { type: 'gesprek-gevoerd', datum: '2026-11-03', rol: 'leerkracht', met: 'gepeste' },
  {
    type: 'ernstige-gevolgen-vastgesteld',
    datum: '2026-11-04',
    rol: 'leerkracht',
    gevolg: 'eigenwaarde-aangetast',
  },
];
const gevraagd = (datum: string) => ({
  type: 'toestemming-professionele-hulp-gevraagd',
  datum,
  rol: 'leerkracht',
});
const antwoord = (datum: string, gegeven: boolean) => ({
  type: 'toestemming-professionele-hulp',
  datum,
  rol: 'ouders',
  gegeven,
});
const stappen = (lijst: readonly unknown[]) => {
  const r = P.herspeel({ id: 'pestzaak-1' }, lijst);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(', '));
  return P.volgendeStappen(r.waarde).map((s) => s.code);
};
const problemen = (lijst: readonly unknown[]) => {
  const r = P.herspeel({ id: 'pestzaak-1' }, lijst);
  return r.ok ? [] : r.problemen.map((p) => p.code);
};

describe("professional help for the bullied pupil needs the consent of the pupil's parents (seed, Hulp aan de gepeste leerling)", () => {
  it('no reason replaces the consent: the referral event has no reden field and an unknown field is refused', () => {
    const referral = {
      type: 'professionele-hulp-ingeschakeld',
      datum: '2026-11-05',
      rol: 'intern-begeleider',
      reden: 'veiligheid-in-gevaar',
    };
    expect(problemen([...begin, referral])).toEqual(['ONBEKENDE_VELDEN']);
    const { reden: _reden, ...zonder } = referral;
    expect(problemen([...begin, zonder])).toEqual(['GEEN_TOESTEMMING_OUDERS_GEPESTE']);
  });

  it('the refused consent can be asked again; the new answer counts (the seed sets no limit on asking)', () => {
    const geweigerd = [...begin, gevraagd('2026-11-05'), antwoord('2026-11-06', false)];
    expect(stappen(geweigerd)).toEqual(['AFSPRAKEN_VASTLEGGEN', 'STEUN_ZONDER_PROFESSIONELE_HULP']);
    // asked again: the earlier refusal no longer stands, the answer is open
    expect(stappen([...geweigerd, gevraagd('2026-11-20')])).toEqual([
      'AFSPRAKEN_VASTLEGGEN',
      'STEUN_GEPESTE',
    ]);
    expect(stappen([...geweigerd, gevraagd('2026-11-20'), antwoord('2026-11-23', true)])).toEqual([
      'AFSPRAKEN_VASTLEGGEN',
      'STEUN_GEPESTE',
      'PROFESSIONELE_HULP_INSCHAKELEN',
    ]);
    // a second answer to the same request is refused
    expect(problemen([...geweigerd, antwoord('2026-11-07', true)])).toEqual(['TOESTEMMING_NIET_GEVRAAGD']);
  });

  it('after the pupil found their self-esteem again, new serious consequences start a new round that asks consent again', () => {
    const afgerond = [
      ...begin,
      gevraagd('2026-11-05'),
      antwoord('2026-11-06', true),
      { type: 'professionele-hulp-ingeschakeld', datum: '2026-11-09', rol: 'intern-begeleider' },
      {
        type: 'professionele-hulp-geevalueerd',
        datum: '2026-12-14',
        rol: 'intern-begeleider',
        uitkomst: 'eigenwaarde-hersteld',
      },
    ];
    expect(stappen(afgerond)).toEqual(['AFSPRAKEN_VASTLEGGEN']);
    const opnieuw = [
      ...afgerond,
      {
        type: 'ernstige-gevolgen-vastgesteld',
        datum: '2027-02-01',
        rol: 'leerkracht',
        gevolg: 'voelt-zich-onveilig',
      },
    ];
    expect(stappen(opnieuw)).toEqual([
      'AFSPRAKEN_VASTLEGGEN',
      'STEUN_GEPESTE',
      'TOESTEMMING_PROFESSIONELE_HULP_VRAGEN',
    ]);
    // the consent of the first round does not carry over
    expect(
      problemen([
        ...opnieuw,
        { type: 'professionele-hulp-ingeschakeld', datum: '2027-02-02', rol: 'intern-begeleider' },
      ]),
    ).toEqual(['GEEN_TOESTEMMING_OUDERS_GEPESTE']);
  });

  it('the help still running at the evaluation stays to be evaluated (interpretatie: HULP_GEPESTE_EVALUATIE)', () => {
    expect(
      stappen([
        ...begin,
        gevraagd('2026-11-05'),
        antwoord('2026-11-06', true),
        { type: 'professionele-hulp-ingeschakeld', datum: '2026-11-09', rol: 'intern-begeleider' },
        {
          type: 'professionele-hulp-geevalueerd',
          datum: '2026-12-14',
          rol: 'intern-begeleider',
          uitkomst: 'hulp-loopt-door',
        },
      ]),
    ).toEqual(['AFSPRAKEN_VASTLEGGEN', 'STEUN_GEPESTE', 'PROFESSIONELE_HULP_EVALUEREN']);
  });

  it('a closed case names no step of the track', () => {
    expect(
      stappen([
        ...begin,
        { type: 'afgesloten', datum: '2026-11-05', rol: 'leerkracht', reden: 'leerling-vertrokken' },
      ]),
    ).toEqual([]);
  });
});
