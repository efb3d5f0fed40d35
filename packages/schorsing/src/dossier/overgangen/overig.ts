// Handlers of the other events: talks and hearings, the crisisplaats and the schoolpleinverbod (seed E.2).
import { type Handlers, na, onmogelijk, vervangLaatste, weiger } from '../toestand.js';

export const overigeOvergangen: Handlers<
  'gesprek' | 'crisisplaatsing' | 'crisisplaatsing-beeindigd' | 'schoolpleinverbod' | 'wijkagent-geinformeerd'
> = {
  gesprek: {
    pasToe: (t, g) => {
      const v = t.verwijdering;
      const verwijdering =
        g.onderwerp === 'verwijdering'
          ? {
              ...v,
              gestart: true,
              gehoord: {
                leerkracht: v.gehoord.leerkracht || g.deelnemers.includes('leerkracht'),
                ouders: v.gehoord.ouders || g.deelnemers.includes('ouders'),
                leerling: v.gehoord.leerling || g.deelnemers.includes('leerling'),
              },
            }
          : v;
      const bezwaren = t.bezwaren.map((b) =>
        g.onderwerp === 'bezwaar' && !b.beslissing && g.deelnemers.includes('ouders')
          ? { ...b, gehoord: true }
          : b,
      );
      return na(t, g, {
        gesprekGevoerd: t.gesprekGevoerd || g.onderwerp !== 'bezwaar',
        verwijdering,
        bezwaren,
      });
    },
  },
  crisisplaatsing: {
    controleer: (t) =>
      t.crisisplaatsing && !t.crisisplaatsing.beeindigd
        ? weiger('CRISISPLAATSING_LOOPT_AL', ['type'], 'Er loopt al een crisisplaatsing.')
        : [],
    pasToe: (t, g) => na(t, g, { crisisplaatsing: { datum: g.datum, route: g.route } }),
  },
  'crisisplaatsing-beeindigd': {
    controleer: (t) =>
      !t.crisisplaatsing || t.crisisplaatsing.beeindigd
        ? weiger('GEEN_CRISISPLAATSING', ['type'], 'Er is geen lopende crisisplaatsing.')
        : [],
    pasToe: (t, g) => {
      const lopend = t.crisisplaatsing ?? onmogelijk();
      return na(t, g, {
        crisisplaatsing: { ...lopend, beeindigd: { datum: g.datum, vervolg: g.vervolg } },
      });
    },
  },
  schoolpleinverbod: {
    pasToe: (t, g) => na(t, g, { schoolpleinverboden: [...t.schoolpleinverboden, { verbod: g.verbod }] }),
  },
  'wijkagent-geinformeerd': {
    controleer: (t) =>
      t.schoolpleinverboden.length === 0
        ? weiger(
            'GEEN_SCHOOLPLEINVERBOD',
            ['type'],
            'Er is geen schoolpleinverbod om de wijkagent over te informeren.',
          )
        : [],
    pasToe: (t, g) => {
      const laatste = t.schoolpleinverboden.at(-1) ?? onmogelijk();
      return na(t, g, {
        schoolpleinverboden: vervangLaatste(t.schoolpleinverboden, {
          ...laatste,
          wijkagent: { datum: g.datum, kopieBrief: g.kopieBrief },
        }),
      });
    },
  },
};
