// Handlers of the verwijdering events: the file, the voornemen, the receiving school, the decision and the
// Geschillencommissie passend onderwijs (WPO 40 lid 11, 43; seed E.2 Verwijdering).
import type { Probleem } from '@schoolveiligheid/kern';
import { probleemVan } from '../../invoer/invoer.js';
import { beoordeelVerwijdering, NIET_VOLDAAN, nietVoldaan } from '../../verwijdering/verwijdering.js';
import { eersteWeigering, type Handlers, na, onmogelijk, weiger } from '../toestand.js';

const AL_BESLOTEN = 'Er is al een besluit tot verwijdering.';

export const verwijderingOvergangen: Handlers<
  | 'onderzoeksdossier-vastgelegd'
  | 'voornemen-verwijdering'
  | 'ontvangende-school'
  | 'verwijdering-besloten'
  | 'geschil-gpo-ingediend'
  | 'gpo-oordeel'
> = {
  'onderzoeksdossier-vastgelegd': {
    pasToe: (t, g) =>
      na(t, g, { verwijdering: { ...t.verwijdering, gestart: true, onderzoeksdossier: true } }),
  },
  'voornemen-verwijdering': {
    controleer: (t) =>
      eersteWeigering(
        [!!t.verwijdering.besluit, 'VERWIJDERING_AL_BESLOTEN', ['type'], AL_BESLOTEN],
        [
          !!t.verwijdering.voornemen,
          'VOORNEMEN_AL_BEKENDGEMAAKT',
          ['type'],
          'Het voornemen is al bekendgemaakt.',
        ],
      ),
    pasToe: (t, g) => na(t, g, { verwijdering: { ...t.verwijdering, gestart: true, voornemen: g.datum } }),
  },
  'ontvangende-school': {
    controleer: (t) =>
      t.verwijdering.besluit ? weiger('VERWIJDERING_AL_BESLOTEN', ['type'], AL_BESLOTEN) : [],
    pasToe: (t, g) =>
      na(t, g, {
        verwijdering: {
          ...t.verwijdering,
          gestart: true,
          ontvangendeSchool: {
            schoolId: g.schoolId,
            schriftelijkBevestigd: g.schriftelijkBevestigd,
            bereidPer: g.bereidPer,
          },
        },
      }),
  },
  'verwijdering-besloten': {
    controleer: (t, g, kop) => {
      const v = t.verwijdering;
      if (v.besluit) return weiger('VERWIJDERING_AL_BESLOTEN', ['type'], AL_BESLOTEN);
      if (g.verwijderingsdatum < g.datum)
        return weiger(
          'VERWIJDERING_VOOR_BESLUIT',
          ['verwijderingsdatum'],
          'De verwijdering kan niet ingaan vóór het besluit.',
        );
      const school = v.ontvangendeSchool;
      const oordeel = beoordeelVerwijdering({
        denominatie: kop.denominatie,
        gehoord: v.gehoord,
        onderzoeksdossier: v.onderzoeksdossier,
        voornemenBekendgemaakt: v.voornemen !== undefined,
        ontvangendeSchool: !!school && school.bereidPer <= g.verwijderingsdatum,
        schriftelijkBevestigd: !!school?.schriftelijkBevestigd,
        ...(kop.beleid ? { beleid: kop.beleid } : {}),
        peildatum: g.datum,
      });
      if (oordeel.uitkomst) return [];
      const tabel = Object.values(NIET_VOLDAAN);
      return nietVoldaan(oordeel).flatMap((r): Probleem[] => {
        const rij = tabel.find((x) => x.reden === r.code);
        return rij ? [probleemVan(rij.probleem, ['type'], r.tekst)] : [];
      });
    },
    pasToe: (t, g) =>
      na(t, g, {
        verwijdering: {
          ...t.verwijdering,
          gestart: true,
          besluit: { datum: g.datum, verwijderingsdatum: g.verwijderingsdatum },
        },
      }),
  },
  'geschil-gpo-ingediend': {
    controleer: (t) =>
      eersteWeigering(
        [
          !t.verwijdering.besluit,
          'GEEN_VERWIJDERINGSBESLUIT',
          ['type'],
          'De commissie oordeelt over een besluit tot verwijdering; dat is er nog niet.',
        ],
        [!!t.gpo, 'GPO_AL_INGEDIEND', ['type'], 'Het geschil is al aan de commissie voorgelegd.'],
      ),
    pasToe: (t, g) => na(t, g, { gpo: { ingediend: g.datum } }),
  },
  'gpo-oordeel': {
    controleer: (t) =>
      !t.gpo || t.gpo.oordeel
        ? weiger('GEEN_LOPEND_GESCHIL', ['type'], 'Er is geen lopend geschil bij de commissie.')
        : [],
    pasToe: (t, g) => na(t, g, { gpo: { ...(t.gpo ?? onmogelijk()), oordeel: g.datum } }),
  },
};
