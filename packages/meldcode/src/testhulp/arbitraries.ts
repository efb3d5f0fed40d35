import type { IsoDatum } from '@schoolveiligheid/kern';
import { isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';

// Stored headers and events of the meldcode dossier, for the dossier laws and the route properties.

const schoolRol = fc.constantFrom('leerkracht', 'intern-begeleider', 'aandachtsfunctionaris', 'directeur');
const jaNee = fc.constantFrom('ja', 'nee');

/** Stored headers: mostly valid, sometimes not. */
export const kopArb = fc.oneof(
  {
    arbitrary: fc.record({
      id: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/),
      eindverantwoordelijke: fc.constantFrom('directeur', 'intern-begeleider', 'aandachtsfunctionaris'),
    }),
    weight: 9,
  },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

/** One stored event on `datum`, of any type. */
export const gebeurtenisArb = (datum: IsoDatum) =>
  fc.oneof(
    fc.record({
      type: fc.constant('signaal-vastgelegd'),
      datum: fc.constant(datum),
      rol: schoolRol,
      herkomst: fc.constantFrom(
        'eigen-waarneming',
        'uitspraak-leerling',
        'informatie-ouders',
        'informatie-derden',
      ),
      feitelijk: fc.constant(true),
    }),
    fc.record({
      type: fc.constant('consultatie-gevoerd'),
      datum: fc.constant(datum),
      rol: schoolRol,
      met: fc.constantFrom(
        'collega',
        'intern-begeleider',
        'aandachtsfunctionaris',
        'veilig-thuis-anoniem',
        'veilig-thuis',
      ),
    }),
    fc.record({
      type: fc.constant('gevaar-vastgesteld'),
      datum: fc.constant(datum),
      rol: schoolRol,
      reden: fc.constantFrom('concrete-aanwijzingen', 'eergerelateerd-geweld', 'disclosure'),
    }),
    fc.record({
      type: fc.constant('gesprek-gevoerd'),
      datum: fc.constant(datum),
      rol: schoolRol,
      met: fc.constantFrom('leerling', 'ouders'),
      afgestemdOpOntwikkelingsleeftijd: fc.boolean(),
    }),
    fc.record({ type: fc.constant('weging-ondersteuningsteam'), datum: fc.constant(datum), rol: schoolRol }),
    fc.record({
      type: fc.constant('afweging-vastgelegd'),
      datum: fc.constant(datum),
      rol: schoolRol,
      antwoorden: fc.record(
        {
          vermoeden: jaNee,
          veiligheid: fc.constantFrom('ja', 'nee', 'twijfel'),
          hulpMogelijk: jaNee,
          hulpAanvaard: jaNee,
          resultaat: jaNee,
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({
      type: fc.constant('besluit-genomen'),
      datum: fc.constant(datum),
      rol: fc.constantFrom('directeur', 'intern-begeleider', 'aandachtsfunctionaris'),
      besluit: fc.constantFrom('afsluiten', 'melden', 'hulp-organiseren', 'melden-en-hulp'),
      informeertOuders: schoolRol,
    }),
    fc.record({ type: fc.constant('melding-gedaan'), datum: fc.constant(datum), rol: schoolRol }),
    fc.record({ type: fc.constant('ouders-geinformeerd'), datum: fc.constant(datum), rol: schoolRol }),
    fc.record({
      type: fc.constant('terugkoppeling-ontvangen'),
      datum: fc.constant(datum),
      rol: schoolRol,
      uitkomst: fc.constantFrom('opgepakt', 'niet-opgepakt', 'advies'),
    }),
    fc.record({
      type: fc.constant('vervolgafspraken-vastgelegd'),
      datum: fc.constant(datum),
      rol: schoolRol,
    }),
    fc.record({
      type: fc.constant('evaluatie-gehouden'),
      datum: fc.constant(datum),
      rol: schoolRol,
      uitkomst: fc.constantFrom('voortzetten', 'afsluiten', 'opnieuw-wegen'),
    }),
    fc.record({
      type: fc.constant('signaal-gearchiveerd'),
      datum: fc.constant(datum),
      rol: schoolRol,
      reden: fc.constantFrom('eenmalig', 'ontkracht'),
    }),
    fc.record({
      type: fc.constant('dossier-afgesloten'),
      datum: fc.constant(datum),
      rol: fc.constantFrom('directeur', 'intern-begeleider'),
    }),
  );

/** Event lists in date order, usually starting with a signal (the laws also offer them out of order). */
export const gebeurtenissenArb = fc
  .array(isoDatum({ van: '2026-01-01', tot: '2027-12-31' }), { minLength: 1, maxLength: 12 })
  .chain((data) => {
    const gesorteerd = [...data].sort();
    return fc.tuple(
      fc.record({
        type: fc.constant('signaal-vastgelegd'),
        datum: fc.constant(gesorteerd[0] as IsoDatum),
        rol: fc.constant('leerkracht'),
        herkomst: fc.constant('eigen-waarneming'),
        feitelijk: fc.constant(true),
      }),
      ...gesorteerd.map(gebeurtenisArb),
    );
  });

/** n events accepted one after another: signals (the fold count). */
export const reeksArb = (n: number) =>
  fc.array(isoDatum({ van: '2026-01-01', tot: '2027-12-31' }), { minLength: n, maxLength: n }).map((data) =>
    [...data].sort().map((datum) => ({
      type: 'signaal-vastgelegd',
      datum,
      rol: 'leerkracht',
      herkomst: 'eigen-waarneming',
      feitelijk: true,
    })),
  );
