// Handlers of the verwijdering events: the file, the voornemen, the receiving school, the decision and the
// Geschillencommissie passend onderwijs (WPO 40 lid 11, 43; seed E.2 Verwijdering).
import type { IsoDatum, Probleem } from '@schoolveiligheid/kern';
import { bekendmakingVanBrief } from './schorsing.js';
import { probleemVan } from '../../invoer/invoer.js';
import {
  type BenaderdeSchool,
  beoordeelVerwijdering,
  NIET_VOLDAAN,
  nietVoldaan,
} from '../../verwijdering/verwijdering.js';
import {
  eersteWeigering,
  type Handlers,
  na,
  onmogelijk,
  type VerwijderingInDossier,
  weiger,
} from '../toestand.js';

const AL_BESLOTEN = 'Er is al een besluit tot verwijdering.';

/**
 * The verwijdering with one row of the inventory recorded: a school's first contact, or its new answer (the
 * row keeps the day it was first approached). The receiving school is the latest willing school of the
 * inventory, as the older `ontvangende-school` event recorded it.
 */
function metAntwoord(
  v: VerwijderingInDossier,
  datum: IsoDatum,
  rij: Omit<BenaderdeSchool, 'benaderdOp' | 'antwoordOp'>,
): VerwijderingInDossier {
  const lijst = v.benaderdeScholen ?? [];
  const oud = lijst.find((s) => s.schoolId === rij.schoolId);
  const nieuw: BenaderdeSchool = {
    ...rij,
    benaderdOp: oud?.benaderdOp ?? datum,
    ...(rij.antwoord === 'geen-antwoord' ? {} : { antwoordOp: datum }),
  };
  const benaderdeScholen = oud ? lijst.map((s) => (s === oud ? nieuw : s)) : [...lijst, nieuw];
  const { ontvangendeSchool: _vorige, ...rest } = v;
  const bereid = benaderdeScholen.filter((s) => s.antwoord === 'bereid').at(-1);
  return {
    ...rest,
    gestart: true,
    benaderdeScholen,
    ...(bereid
      ? {
          ontvangendeSchool: {
            schoolId: bereid.schoolId,
            schriftelijkBevestigd: bereid.schriftelijkBevestigd === true,
            bereidPer: bereid.bereidPer ?? bereid.antwoordOp ?? bereid.benaderdOp,
          },
        }
      : {}),
  };
}

/** The inventory as input of `beoordeelVerwijdering`: absent when no school was recorded (the older shape). */
export function inventarisInvoer(v: VerwijderingInDossier): {
  readonly benaderdeScholen?: readonly BenaderdeSchool[];
  readonly ontvangendeSchool: boolean;
} {
  const lijst = v.benaderdeScholen;
  return lijst && lijst.length > 0
    ? { benaderdeScholen: lijst, ontvangendeSchool: !!v.ontvangendeSchool }
    : { ontvangendeSchool: false };
}

export const verwijderingOvergangen: Handlers<
  | 'onderzoeksdossier-vastgelegd'
  | 'voornemen-verwijdering'
  | 'ontvangende-school'
  | 'school-benaderd'
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
    // the event of dossiers stored before the inventory: a row with the answer "bereid"
    pasToe: (t, g) =>
      na(t, g, {
        verwijdering: metAntwoord(t.verwijdering, g.datum, {
          schoolId: g.schoolId,
          antwoord: 'bereid',
          bereidPer: g.bereidPer,
          schriftelijkBevestigd: g.schriftelijkBevestigd,
        }),
      }),
  },
  'school-benaderd': {
    controleer: (t) =>
      t.verwijdering.besluit ? weiger('VERWIJDERING_AL_BESLOTEN', ['type'], AL_BESLOTEN) : [],
    pasToe: (t, g) =>
      na(t, g, {
        verwijdering: metAntwoord(t.verwijdering, g.datum, {
          schoolId: g.schoolId,
          antwoord: g.antwoord,
          ...(g.bereidPer ? { bereidPer: g.bereidPer } : {}),
          ...(g.schriftelijkBevestigd === undefined
            ? {}
            : { schriftelijkBevestigd: g.schriftelijkBevestigd }),
        }),
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
      const oordeel = beoordeelVerwijdering({
        denominatie: kop.denominatie,
        gehoord: v.gehoord,
        onderzoeksdossier: v.onderzoeksdossier,
        voornemenBekendgemaakt: v.voornemen !== undefined,
        ...inventarisInvoer(v),
        verwijderingsdatum: g.verwijderingsdatum,
        ...(kop.beleid ? { beleid: kop.beleid } : {}),
        peildatum: g.datum,
      });
      if (oordeel.uitkomst) {
        const b = bekendmakingVanBrief(g, kop);
        return b && !b.ok ? b.problemen : [];
      }
      const tabel = Object.values(NIET_VOLDAAN);
      return nietVoldaan(oordeel).flatMap((r): Probleem[] => {
        const rij = tabel.find((x) => x.reden === r.code);
        return rij ? [probleemVan(rij.probleem, ['type'], r.tekst)] : [];
      });
    },
    pasToe: (t, g, kop) => {
      const b = bekendmakingVanBrief(g, kop);
      if (b && !b.ok) return onmogelijk();
      return na(t, g, {
        verwijdering: {
          ...t.verwijdering,
          gestart: true,
          besluit: {
            datum: g.datum,
            verwijderingsdatum: g.verwijderingsdatum,
            ...(b ? { bekendmaking: b.waarde } : {}),
          },
        },
      });
    },
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
