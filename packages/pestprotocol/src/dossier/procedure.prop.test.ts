import type { IsoDatum, Tijdstip } from '@schoolveiligheid/kern';
import { dossierWetten, isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PestprotocolDossier,
  type PestprotocolToestand,
  pestprotocolProcedure,
  TREDEN,
} from './procedure.js';

const staat = (d: PestprotocolDossier): PestprotocolToestand => {
  const t = pestprotocolProcedure.toestand(d);
  if (!t.ok) throw new Error('toestand');
  return t.waarde;
};

// The generic dossier laws on generators of stored dossiers, and the ladder's own property: the rung is
// monotone and never skips one, unless the accepted event records a reason (seed, Hulp aan de pester).

const kop = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/).map((id) => ({ id })), weight: 9 },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

const reden = fc.option(fc.constantFrom('ernst-en-omvang', 'veiligheid-in-gevaar', 'eerder-doorlopen'), {
  nil: undefined,
});
const zonderLeeg = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** An event of the bullied pupil's consent track (seed, Hulp aan de gepeste leerling), without its date. */
const hulpGebeurtenis = fc.oneof(
  fc.record({
    type: fc.constant('ernstige-gevolgen-vastgesteld'),
    rol: fc.constant('leerkracht'),
    gevolg: fc.constantFrom(
      'eigenwaarde-aangetast',
      'voelt-zich-onveilig',
      'hulp-school-helpt-niet',
      'anders',
    ),
  }),
  fc.record({ type: fc.constant('toestemming-professionele-hulp-gevraagd'), rol: fc.constant('leerkracht') }),
  fc.record({
    type: fc.constant('toestemming-professionele-hulp'),
    rol: fc.constant('ouders'),
    gegeven: fc.boolean(),
  }),
  fc.record({ type: fc.constant('professionele-hulp-ingeschakeld'), rol: fc.constant('intern-begeleider') }),
  fc.record({
    type: fc.constant('professionele-hulp-geevalueerd'),
    rol: fc.constant('intern-begeleider'),
    uitkomst: fc.constantFrom('hulp-loopt-door', 'eigenwaarde-hersteld'),
  }),
);

/** One stored event on `datum`, of any type. */
const gebeurtenis = (datum: IsoDatum) =>
  fc
    .oneof(
      fc.record({
        type: fc.constant('zaak-gemeld'),
        rol: fc.constant('leerkracht'),
        methode: fc.constantFrom('confronterend', 'niet-confronterend'),
      }),
      fc.record({
        type: fc.constant('gesprek-gevoerd'),
        rol: fc.constant('leerkracht'),
        met: fc.constantFrom('pester', 'gepeste', 'ouders-pester', 'ouders-gepeste'),
        reden,
      }),
      fc.record({
        type: fc.constant('afspraken-vastgelegd'),
        rol: fc.constant('leerkracht'),
        evaluatieOp: fc.constant(datum),
        maatregelenBijHerhaling: fc.boolean(),
        reden,
      }),
      fc.record({
        type: fc.constant('evaluatie'),
        rol: fc.constant('leerkracht'),
        uitkomst: fc.constantFrom('gedrag-veranderd', 'pesten-houdt-aan'),
      }),
      fc.record({
        type: fc.constant('toestemming-externe-hulp'),
        rol: fc.constant('ouders'),
        gegeven: fc.boolean(),
        reden,
      }),
      fc.record({ type: fc.constant('externe-hulp-ingeschakeld'), rol: fc.constant('intern-begeleider') }),
      fc.record({ type: fc.constant('onveilige-situatie-vastgesteld'), rol: fc.constant('directeur') }),
      fc.record({
        type: fc.constant('overgedragen-aan-schorsing'),
        rol: fc.constant('directeur'),
        schorsingDossierId: fc.constant('schorsing-1'),
        reden,
      }),
      fc.record({
        type: fc.constant('ladder-teruggezet'),
        rol: fc.constant('directeur'),
        naarTrede: fc.constantFrom('gesprekken', 'afspraken', 'gesprek-ouders', 'externe-hulp'),
        reden: fc.constant('gedrag-verbeterd-nieuwe-start'),
      }),
      fc.record({ type: fc.constant('terugkeer-gepeste'), rol: fc.constant('leerkracht') }),
      fc.record({
        type: fc.constant('veiligheid-nagegaan'),
        rol: fc.constant('directeur'),
        voeltZichVeilig: fc.boolean(),
      }),
      fc.record({
        type: fc.constant('afgesloten'),
        rol: fc.constant('leerkracht'),
        reden: fc.constant('pesten-gestopt'),
      }),
      { arbitrary: hulpGebeurtenis, weight: 3 },
    )
    .map((g) => zonderLeeg({ ...g, datum }));

const gebeurtenissen = fc
  .array(isoDatum(), { maxLength: 10 })
  .chain((data) => fc.tuple(...[...data].sort().map(gebeurtenis)));

/** n events accepted one after another: a report, then talks. */
const reeks = (n: number) =>
  fc
    .array(isoDatum(), { minLength: n, maxLength: n })
    .map((data) =>
      [...data]
        .sort()
        .map((datum, i) =>
          i === 0
            ? { type: 'zaak-gemeld', datum, rol: 'leerkracht', methode: 'confronterend' }
            : { type: 'gesprek-gevoerd', datum, rol: 'leerkracht', met: 'gepeste' },
        ),
    );

dossierWetten(pestprotocolProcedure, { kop, gebeurtenissen, reeks });

describe('the ladder is monotone unless a reason is recorded (seed, Hulp aan de pester)', () => {
  it('each accepted event keeps the rung or raises it by one; a drop or a skip carries a reason', () => {
    fc.assert(
      fc.property(gebeurtenissen, (lijst) => {
        const d = pestprotocolProcedure.nieuwDossier({ id: 'zaak-1' });
        if (!d.ok) throw new Error('kop');
        let dossier = d.waarde;
        for (const g of lijst) {
          const voor = staat(dossier).trede;
          const na = pestprotocolProcedure.verwerkJson(dossier, g);
          if (!na.ok) continue;
          dossier = na.waarde;
          const trede = staat(dossier).trede;
          const metReden = 'reden' in g && g.reden !== undefined && g.type !== 'afgesloten';
          const weigering =
            g.type === 'overgedragen-aan-schorsing' && voor === TREDEN.indexOf('externe-hulp');
          if (trede < voor) expect(metReden).toBe(true);
          if (trede > voor + 1) expect(metReden || weigering).toBe(true);
        }
      }),
    );
  });

  it('volgendeStappen never names a step beyond the next rung', () => {
    const verder: Record<string, number> = {
      AFSPRAKEN_VASTLEGGEN: TREDEN.indexOf('afspraken'),
      GESPREK_OUDERS_PESTER: TREDEN.indexOf('gesprek-ouders'),
      GESPREK_OUDERS_GEPESTE: TREDEN.indexOf('gesprek-ouders'),
      TOESTEMMING_VRAGEN: TREDEN.indexOf('externe-hulp'),
      OVERDRAGEN_AAN_SCHORSING: TREDEN.indexOf('schorsing'),
    };
    fc.assert(
      fc.property(gebeurtenissen, (lijst) => {
        const r = pestprotocolProcedure.herspeel({ id: 'zaak-1' }, lijst);
        if (!r.ok) return;
        const t = staat(r.waarde);
        for (const s of pestprotocolProcedure.volgendeStappen(r.waarde)) {
          const doel = verder[s.code];
          if (doel !== undefined) expect(doel).toBeLessThanOrEqual(t.trede + 1);
          if (s.code === 'OVERDRAGEN_AAN_SCHORSING') {
            expect(t.toestemming).toBe('geweigerd');
            expect(t.onveiligOp).not.toBeNull();
          }
        }
      }),
    );
  });
});

// The parents' rung (seed: Hulp aan de pester, "Als het bovenstaande niet helpt, wordt er een gesprek aangegaan
// met de ouders/verzorgers van de pestende leerling"; Hulp aan de gepeste leerling, "... wordt er een gesprek met
// de ouders/verzorgers van de gepeste leerling aangegaan"): a ladder brought to the agreements with the bullying
// going on, then any order of the parents' talks, evaluations, the consent answer, and the later steps, so that the
// random runs reach the parents' rung often (the generic generator reaches it mostly by a recorded skip).
const OUDERS = TREDEN.indexOf('gesprek-ouders');
const totAfspraken = [
  { type: 'zaak-gemeld', rol: 'leerkracht', methode: 'confronterend' },
  { type: 'gesprek-gevoerd', rol: 'leerkracht', met: 'pester' },
  { type: 'gesprek-gevoerd', rol: 'leerkracht', met: 'gepeste' },
  { type: 'afspraken-vastgelegd', rol: 'leerkracht', maatregelenBijHerhaling: true },
  { type: 'evaluatie', rol: 'leerkracht', uitkomst: 'pesten-houdt-aan' },
];
const daarna = fc.constantFrom<Record<string, unknown>[]>(
  [{ type: 'gesprek-gevoerd', rol: 'leerkracht', met: 'ouders-pester' }],
  [{ type: 'gesprek-gevoerd', rol: 'leerkracht', met: 'ouders-gepeste' }],
  [{ type: 'evaluatie', rol: 'leerkracht', uitkomst: 'pesten-houdt-aan' }],
  [{ type: 'evaluatie', rol: 'leerkracht', uitkomst: 'gedrag-veranderd' }],
  [{ type: 'toestemming-externe-hulp', rol: 'ouders', gegeven: false }],
  [{ type: 'toestemming-externe-hulp', rol: 'ouders', gegeven: true }],
  [{ type: 'toestemming-externe-hulp', rol: 'ouders', gegeven: true, reden: 'veiligheid-in-gevaar' }],
  [{ type: 'externe-hulp-ingeschakeld', rol: 'intern-begeleider' }],
  [{ type: 'onveilige-situatie-vastgesteld', rol: 'directeur' }],
  [{ type: 'overgedragen-aan-schorsing', rol: 'directeur', schorsingDossierId: 'schorsing-1' }],
  [
    {
      type: 'ladder-teruggezet',
      rol: 'directeur',
      naarTrede: 'afspraken',
      reden: 'gedrag-verbeterd-nieuwe-start',
    },
  ],
  [
    {
      type: 'ladder-teruggezet',
      rol: 'directeur',
      naarTrede: 'gesprek-ouders',
      reden: 'gedrag-verbeterd-nieuwe-start',
    },
  ],
);
const oudersPad = fc
  .tuple(fc.array(daarna, { maxLength: 8 }), fc.array(isoDatum(), { minLength: 13, maxLength: 13 }))
  .map(([rest, data]) => {
    const reeks = [...totAfspraken, ...rest.flat()];
    const gesorteerd = [...data].sort();
    return reeks.map((g, i) => {
      const datum = gesorteerd[i] as IsoDatum;
      return g.type === 'afspraken-vastgelegd' ? { ...g, datum, evaluatieOp: datum } : { ...g, datum };
    });
  });

/** Each accepted event in order, with the state before and after it. */
function stapsgewijs(
  lijst: readonly Record<string, unknown>[],
  elk: (voor: PestprotocolToestand, g: Record<string, unknown>, na: PestprotocolDossier) => void,
): void {
  const d = pestprotocolProcedure.nieuwDossier({ id: 'zaak-1' });
  if (!d.ok) throw new Error('kop');
  let dossier = d.waarde;
  for (const g of lijst) {
    const voor = staat(dossier);
    const na = pestprotocolProcedure.verwerkJson(dossier, g);
    if (!na.ok) continue;
    dossier = na.waarde;
    elk(voor, g, dossier);
  }
}

describe("the parents' rung holds both parents' talks (seed, Hulp aan de pester; Hulp aan de gepeste leerling)", () => {
  it('the ladder leaves the parents rung upward only after both talks, unless a reason is recorded', () => {
    fc.assert(
      fc.property(fc.oneof(oudersPad, gebeurtenissen), (lijst) => {
        stapsgewijs(lijst, (voor, g, na) => {
          const trede = staat(na).trede;
          if (voor.trede === OUDERS && trede > OUDERS && !('reden' in g && g.reden !== undefined)) {
            expect(voor.gesprekOudersPester).toBe(true);
            expect(voor.gesprekOudersGepeste).toBe(true);
          }
          // the monotone ladder still holds on these paths
          if (trede > voor.trede + 1 || trede < voor.trede)
            expect(
              ('reden' in g && g.reden !== undefined) ||
                (g.type === 'overgedragen-aan-schorsing' && voor.trede === TREDEN.indexOf('externe-hulp')),
            ).toBe(true);
        });
      }),
    );
  });

  it('asks a parents talk only when it is the next rung and not yet held, and asks consent only after both', () => {
    fc.assert(
      fc.property(fc.oneof(oudersPad, gebeurtenissen), (lijst) => {
        const r = pestprotocolProcedure.herspeel({ id: 'zaak-1' }, lijst);
        if (!r.ok) return;
        const t = staat(r.waarde);
        const codes = pestprotocolProcedure.volgendeStappen(r.waarde).map((s) => s.code);
        if (codes.includes('GESPREK_OUDERS_PESTER') || codes.includes('GESPREK_OUDERS_GEPESTE'))
          expect([OUDERS - 1, OUDERS]).toContain(t.trede);
        if (codes.includes('GESPREK_OUDERS_PESTER')) expect(t.gesprekOudersPester).toBe(false);
        if (codes.includes('GESPREK_OUDERS_GEPESTE')) expect(t.gesprekOudersGepeste).toBe(false);
        if (t.trede === OUDERS && codes.includes('TOESTEMMING_VRAGEN')) {
          expect(t.gesprekOudersPester).toBe(true);
          expect(t.gesprekOudersGepeste).toBe(true);
        }
        // on the parents' rung a missing talk is always asked for (the rung never stalls)
        if (t.trede === OUDERS && t.afgeslotenOp === null) {
          expect(codes.includes('GESPREK_OUDERS_PESTER')).toBe(!t.gesprekOudersPester);
          expect(codes.includes('GESPREK_OUDERS_GEPESTE')).toBe(!t.gesprekOudersGepeste);
        }
      }),
    );
  });

  it('the talk with the bullied pupil parents raises no rung before the agreements', () => {
    fc.assert(
      fc.property(gebeurtenissen, (lijst) => {
        stapsgewijs(lijst, (voor, g, na) => {
          if (g.type === 'gesprek-gevoerd' && g.met === 'ouders-gepeste' && voor.trede < OUDERS - 1)
            expect(staat(na).trede).toBe(voor.trede);
        });
      }),
    );
  });
});

describe('schorsing after a reset (CI seed -701365211; seed, Hulp aan de pester: "nieuwe start")', () => {
  const tot = [
    { type: 'zaak-gemeld', rol: 'leerkracht', methode: 'confronterend', datum: '2018-08-05' },
    { type: 'onveilige-situatie-vastgesteld', rol: 'directeur', datum: '2018-08-12' },
    {
      type: 'toestemming-externe-hulp',
      rol: 'ouders',
      gegeven: false,
      reden: 'ernst-en-omvang',
      datum: '2021-07-30',
    },
  ];
  const overdracht = {
    type: 'overgedragen-aan-schorsing',
    rol: 'directeur',
    schorsingDossierId: 'schorsing-1',
    datum: '2026-02-16',
  };

  it('is the next rung after a refusal on the external-help rung', () => {
    const r = pestprotocolProcedure.herspeel({ id: 'zaak-1' }, [...tot, overdracht]);
    expect(r.ok).toBe(true);
  });

  it('is a skipped rung once the ladder was set back to talks, unless a reason is recorded', () => {
    const terug = {
      type: 'ladder-teruggezet',
      rol: 'directeur',
      naarTrede: 'gesprekken',
      reden: 'gedrag-verbeterd-nieuwe-start',
      datum: '2025-12-15',
    };
    const zonder = pestprotocolProcedure.herspeel({ id: 'zaak-1' }, [...tot, terug, overdracht]);
    expect(zonder.ok).toBe(false);
    if (!zonder.ok) expect(zonder.problemen.map((p) => p.code)).toContain('TREDE_OVERGESLAGEN');
    const met = pestprotocolProcedure.herspeel({ id: 'zaak-1' }, [
      ...tot,
      terug,
      { ...overdracht, reden: 'veiligheid-in-gevaar' },
    ]);
    expect(met.ok).toBe(true);
  });
});

// The bullied pupil's consent track (seed, Hulp aan de gepeste leerling: "Bij ernstige gevolgen van pesten ...
// Zo nodig wordt hierbij, met toestemming van de ouders/verzorgers, hulp van professionele instellingen
// ingeschakeld"). Lists of ladder events with events of the track put in between (on the date of the event
// before them, so the order stays valid), and a path that starts with a finding and a request, so the random
// runs reach every state of the track.
const HULP_TYPEN = new Set([
  'ernstige-gevolgen-vastgesteld',
  'toestemming-professionele-hulp-gevraagd',
  'toestemming-professionele-hulp',
  'professionele-hulp-ingeschakeld',
  'professionele-hulp-geevalueerd',
]);
const HULP_STAPPEN = new Set([
  'STEUN_GEPESTE',
  'TOESTEMMING_PROFESSIONELE_HULP_VRAGEN',
  'PROFESSIONELE_HULP_INSCHAKELEN',
  'PROFESSIONELE_HULP_EVALUEREN',
  'STEUN_ZONDER_PROFESSIONELE_HULP',
]);
const isHulp = (g: Record<string, unknown>) => HULP_TYPEN.has(g.type as string);

const tussenvoegen = (
  lijst: readonly Record<string, unknown>[],
  extra: readonly (readonly [number, Record<string, unknown>])[],
) => {
  const uit = [...lijst];
  for (const [plek, g] of extra) {
    const i = plek % (uit.length + 1);
    const datum = (uit[i - 1] ?? uit[i])?.datum ?? '2026-11-02';
    uit.splice(i, 0, { ...g, datum });
  }
  return uit;
};
const metHulp = fc
  .tuple(fc.oneof(oudersPad, gebeurtenissen), fc.array(fc.tuple(fc.nat(), hulpGebeurtenis), { maxLength: 8 }))
  .map(([lijst, extra]) => tussenvoegen(lijst, extra));
const hulpPad = fc
  .tuple(
    fc.array(
      fc.oneof(
        hulpGebeurtenis,
        daarna.map((r) => r[0] as Record<string, unknown>),
      ),
      { maxLength: 10 },
    ),
    fc.array(isoDatum(), { minLength: 13, maxLength: 13 }),
  )
  .map(([rest, data]) => {
    const gesorteerd = [...data].sort();
    return [
      { type: 'zaak-gemeld', rol: 'leerkracht', methode: 'niet-confronterend' },
      { type: 'ernstige-gevolgen-vastgesteld', rol: 'leerkracht', gevolg: 'eigenwaarde-aangetast' },
      { type: 'toestemming-professionele-hulp-gevraagd', rol: 'leerkracht' },
      ...rest,
    ].map((g, i) => ({ ...g, datum: gesorteerd[i] as IsoDatum }));
  });
const gemengd = fc.oneof(metHulp, hulpPad);
const NU = fc.constantFrom(
  '2026-12-04T09:00:00+01:00',
  '2019-03-31T02:30:00+02:00',
  '2024-02-29T23:59:00+01:00',
);

/** The ladder's part of the state: everything but the bullied pupil's track. */
const ladderDeel = (t: PestprotocolToestand) => {
  const { hulpGepeste: _hulp, ...rest } = t;
  return rest;
};

describe("the bullied pupil's consent track (seed, Hulp aan de gepeste leerling)", () => {
  it('never calls in professional help without the consent of the bullied pupil parents', () => {
    fc.assert(
      fc.property(gemengd, (lijst) => {
        stapsgewijs(lijst, (voor, g, na) => {
          if (g.type === 'professionele-hulp-ingeschakeld')
            expect(voor.hulpGepeste.toestemming).toBe('gegeven');
          const t = staat(na);
          const codes = pestprotocolProcedure.volgendeStappen(na).map((s) => s.code);
          if (codes.includes('PROFESSIONELE_HULP_INSCHAKELEN'))
            expect(t.hulpGepeste.toestemming).toBe('gegeven');
        });
      }),
    );
  });

  it('adding events of the track never changes the ladder: rung, state, terms and ladder steps stay the same', () => {
    fc.assert(
      fc.property(gemengd, NU, (lijst, nu) => {
        const leeg = pestprotocolProcedure.nieuwDossier({ id: 'zaak-1' });
        if (!leeg.ok) throw new Error('kop');
        let zonder = leeg.waarde;
        let met = leeg.waarde;
        for (const g of lijst) {
          if (isHulp(g)) {
            const r = pestprotocolProcedure.verwerkJson(met, g);
            if (r.ok) met = r.waarde;
            continue;
          }
          const a = pestprotocolProcedure.verwerkJson(zonder, g);
          const b = pestprotocolProcedure.verwerkJson(met, g);
          expect(b.ok).toBe(a.ok);
          if (!a.ok || !b.ok) continue;
          zonder = a.waarde;
          met = b.waarde;
          expect(staat(met).trede).toBe(staat(zonder).trede);
          expect(ladderDeel(staat(met))).toEqual(ladderDeel(staat(zonder)));
        }
        expect(pestprotocolProcedure.openTermijnen(met, nu as Tijdstip)).toEqual(
          pestprotocolProcedure.openTermijnen(zonder, nu as Tijdstip),
        );
        const ladderStappen = (d: PestprotocolDossier) =>
          pestprotocolProcedure.volgendeStappen(d).filter((s) => !HULP_STAPPEN.has(s.code));
        expect(ladderStappen(met)).toEqual(ladderStappen(zonder));
      }),
    );
  });

  it('a refusal by the bullied pupil parents never offers the schorsing route (only the bully parents refusal does)', () => {
    fc.assert(
      fc.property(gemengd, (lijst) => {
        stapsgewijs(lijst, (voor, g, na) => {
          const t = staat(na);
          const codes = pestprotocolProcedure.volgendeStappen(na).map((s) => s.code);
          if (codes.includes('OVERDRAGEN_AAN_SCHORSING') || codes.includes('ONVEILIGHEID_BEOORDELEN'))
            expect(t.toestemming).toBe('geweigerd');
          if (t.hulpGepeste.toestemming === 'geweigerd' && t.toestemming !== 'geweigerd') {
            expect(codes).not.toContain('OVERDRAGEN_AAN_SCHORSING');
            expect(codes).not.toContain('ONVEILIGHEID_BEOORDELEN');
          }
          if (g.type === 'overgedragen-aan-schorsing' && !('reden' in g && g.reden !== undefined))
            expect(voor.toestemming).toBe('geweigerd');
        });
      }),
    );
  });

  it('asks consent once serious consequences are recorded, offers the referral once consent is given, support on refusal', () => {
    fc.assert(
      fc.property(gemengd, (lijst) => {
        stapsgewijs(lijst, (_voor, _g, na) => {
          const t = staat(na);
          const h = t.hulpGepeste;
          const codes = pestprotocolProcedure.volgendeStappen(na).map((s) => s.code);
          if (t.afgeslotenOp !== null) return expect(codes).toEqual([]);
          const vraagt = codes.includes('TOESTEMMING_PROFESSIONELE_HULP_VRAGEN');
          const hersteld = h.evaluatie?.uitkomst === 'eigenwaarde-hersteld';
          expect(vraagt).toBe(
            h.ernstigeGevolgen !== null && h.gevraagdOp === null && h.ingeschakeldOp === null && !hersteld,
          );
          expect(codes.includes('PROFESSIONELE_HULP_INSCHAKELEN')).toBe(
            h.ernstigeGevolgen !== null &&
              h.toestemming === 'gegeven' &&
              h.ingeschakeldOp === null &&
              !hersteld,
          );
          expect(codes.includes('STEUN_ZONDER_PROFESSIONELE_HULP')).toBe(
            h.ernstigeGevolgen !== null &&
              h.toestemming === 'geweigerd' &&
              h.ingeschakeldOp === null &&
              !hersteld,
          );
          if (h.ernstigeGevolgen === null) expect(codes.some((c) => HULP_STAPPEN.has(c))).toBe(false);
        });
      }),
    );
  });

  it('the track only moves forward within a round: a finding and a referral, once recorded, stay', () => {
    fc.assert(
      fc.property(gemengd, (lijst) => {
        stapsgewijs(lijst, (voor, g, na) => {
          const h = staat(na).hulpGepeste;
          const nieuweRonde =
            g.type === 'ernstige-gevolgen-vastgesteld' &&
            voor.hulpGepeste.evaluatie?.uitkomst === 'eigenwaarde-hersteld';
          if (voor.hulpGepeste.ernstigeGevolgen !== null) expect(h.ernstigeGevolgen).not.toBeNull();
          if (voor.hulpGepeste.ingeschakeldOp !== null && !nieuweRonde)
            expect(h.ingeschakeldOp).not.toBeNull();
          // events of the ladder leave the track as it was
          if (!isHulp(g)) expect(h).toEqual(voor.hulpGepeste);
        });
      }),
    );
  });
});
