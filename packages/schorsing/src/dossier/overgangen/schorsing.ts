// Handlers of the schorsing events: the decision, the letter, schoolwork and the notices (WPO 40c).
import { bevries, type IsoDatum, type Resultaat } from '@schoolveiligheid/kern';
import {
  bekendmakingsdag,
  type ElektronischeVerzending,
  type Verzendwijze,
} from '../../bekendmaking/bekendmaking.js';
import { berekenSchorsing, type Schorsing } from '../../schorsing/schorsing.js';
import type { Gebeurtenis, SchorsingKop } from '../gebeurtenissen.js';
import { metTijdigheid } from './bezwaar.js';
import {
  type BezwaarInDossier,
  eersteWeigering,
  gemisteSchooldagen,
  type Handlers,
  kalenderVan,
  laatsteSchorsing,
  na,
  onmogelijk,
  type SchorsingInDossier,
  type Toestand,
  vervangLaatste,
  weiger,
} from '../toestand.js';

/** The schorsing a decision describes, on the school's calendar and under its policy. */
function schorsingVan(
  g: Extract<Gebeurtenis, { type: 'schorsing-besloten' }>,
  kop: SchorsingKop,
): Resultaat<Schorsing> {
  return berekenSchorsing({
    ingangsdatum: g.ingangsdatum,
    duur: g.duur,
    kalender: kalenderVan(kop),
    besluitdatum: g.datum,
    ...(kop.beleid ? { beleid: kop.beleid } : {}),
    ...(g.ingangsmoment ? { ingangsmoment: g.ingangsmoment } : {}),
  });
}

/**
 * The school days of the uninterrupted run the new schorsing `s` would end: its own, plus those of every earlier
 * schorsing it follows without a school day in between (a chain of schorsingen is one exclusion for the pupil:
 * WPO 40c lid 1 allows at most one week; the guide says a new schorsing may not follow on from an earlier one).
 */
function aaneengeslotenSchooldagen(t: Toestand, s: Schorsing, kop: SchorsingKop): number {
  const kalender = kalenderVan(kop);
  let totaal = s.schooldagen.length;
  let begin = s.schooldagen[0] ?? s.ingangsdatum;
  for (let i = t.schorsingen.length - 1; i >= 0; i--) {
    const vorige = t.schorsingen[i];
    if (!vorige) break;
    // only the days the pupil missed: a lifted schorsing ends early, a revoked one before any day counts nothing
    const dagen = gemisteSchooldagen(vorige);
    const eerste = dagen[0];
    const laatste = dagen.at(-1);
    if (eerste === undefined || laatste === undefined) continue;
    if (kalender.volgende(laatste) < begin) break;
    totaal += dagen.length;
    begin = eerste;
  }
  return totaal;
}

/** The last school day the latest schorsing with missed days excludes the pupil, if any. */
function laatsteGemisteDag(t: Toestand): string | undefined {
  for (let i = t.schorsingen.length - 1; i >= 0; i--) {
    const s = t.schorsingen[i];
    const laatste = s ? gemisteSchooldagen(s).at(-1) : undefined;
    if (laatste !== undefined) return laatste;
  }
  return undefined;
}

/** The schorsing an event names (counted from 1; default the latest), with its index. */
function genoemdeSchorsing(
  t: Toestand,
  nummer: number | undefined,
): { readonly index: number; readonly s: SchorsingInDossier } | undefined {
  const index = (nummer ?? t.schorsingen.length) - 1;
  const s = t.schorsingen[index];
  return s ? { index, s } : undefined;
}

const GEEN_GENOEMDE_SCHORSING = 'Het dossier heeft geen schorsing met dit nummer.';
const AL_BEEINDIGD = 'Deze schorsing is al opgeheven of ingetrokken.';

export const schorsingOvergangen: Handlers<
  | 'schorsing-besloten'
  | 'schorsingsbrief-verzonden'
  | 'schoolwerk-geregeld'
  | 'melding'
  | 'schorsing-opgeheven'
  | 'schorsing-ingetrokken'
> = {
  'schorsing-opgeheven': {
    controleer: (t, g, kop) => {
      const gevonden = genoemdeSchorsing(t, g.schorsingNummer);
      if (!gevonden) return weiger('GEEN_SCHORSING', ['schorsingNummer'], GEEN_GENOEMDE_SCHORSING);
      const { s } = gevonden;
      return eersteWeigering(
        [!!s.opgeheven || !!s.ingetrokken, 'SCHORSING_AL_BEEINDIGD', ['type'], AL_BEEINDIGD],
        [
          g.terugOp <= s.schorsing.ingangsdatum || g.terugOp > s.schorsing.laatsteDag || g.terugOp < g.datum,
          'OPHEFFING_BUITEN_SCHORSING',
          ['terugOp'],
          'De leerling kan alleen eerder terugkomen op een dag na de eerste en uiterlijk op de laatste dag van de schorsing, niet vóór het besluit daartoe; trek de schorsing anders in.',
        ],
        [
          !kalenderVan(kop).isSchooldag(g.terugOp),
          'TERUG_OP_GEEN_SCHOOLDAG',
          ['terugOp'],
          'De dag waarop de leerling terug is, is geen schooldag.',
        ],
      );
    },
    pasToe: (t, g) => {
      const { index, s } = genoemdeSchorsing(t, g.schorsingNummer) ?? onmogelijk();
      const schorsingen = [...t.schorsingen];
      schorsingen[index] = { ...s, opgeheven: { datum: g.datum, terugOp: g.terugOp } };
      return na(t, g, { schorsingen });
    },
  },
  'schorsing-ingetrokken': {
    controleer: (t, g) => {
      const gevonden = genoemdeSchorsing(t, g.schorsingNummer);
      if (!gevonden) return weiger('GEEN_SCHORSING', ['schorsingNummer'], GEEN_GENOEMDE_SCHORSING);
      return gevonden.s.ingetrokken ? weiger('SCHORSING_AL_BEEINDIGD', ['type'], AL_BEEINDIGD) : [];
    },
    pasToe: (t, g) => {
      const { index, s } = genoemdeSchorsing(t, g.schorsingNummer) ?? onmogelijk();
      const schorsingen = [...t.schorsingen];
      schorsingen[index] = { ...s, ingetrokken: { datum: g.datum } };
      return na(t, g, { schorsingen });
    },
  },
  'schorsing-besloten': {
    controleer: (t, g, kop) => {
      if (g.ingangsdatum < g.datum)
        return weiger(
          'SCHORSING_INGANG_VOOR_BESLUIT',
          ['ingangsdatum'],
          'Een schorsing kan niet ingaan vóór het besluit.',
        );
      const vorigeLaatste = laatsteGemisteDag(t);
      if (vorigeLaatste !== undefined && g.ingangsdatum <= vorigeLaatste)
        return weiger(
          'SCHORSING_OVERLAPT',
          ['ingangsdatum'],
          'Deze schorsing overlapt met de vorige; aaneengesloten schorsingen mogen samen niet langer duren dan het maximum.',
        );
      const s = schorsingVan(g, kop);
      if (!s.ok) return s.problemen;
      const reeks = aaneengeslotenSchooldagen(t, s.waarde, kop);
      if (reeks > s.waarde.maximumSchooldagen && !g.redenAansluitend)
        return weiger(
          'SCHORSING_SLUIT_AAN',
          ['ingangsdatum'],
          'Deze schorsing sluit zonder schooldag ertussen aan op de vorige; samen duren ze langer dan het maximum. Leg de reden vast (redenAansluitend) of kies een andere maatregel.',
        );
      const besluit = t.verwijdering.besluit;
      if (besluit && s.waarde.laatsteDag >= besluit.verwijderingsdatum)
        return weiger(
          'SCHORSING_NA_VERWIJDERINGSDATUM',
          ['duur'],
          'Een schorsing tot aan de verwijdering eindigt vóór de verwijderingsdatum.',
        );
      return [];
    },
    pasToe: (t, g, kop) => {
      const s = schorsingVan(g, kop);
      if (!s.ok) return onmogelijk();
      const gesprekVooraf = t.gesprekGevoerd;
      const aansluitend = aaneengeslotenSchooldagen(t, s.waarde, kop) > s.waarde.schooldagen.length;
      return na(t, g, {
        schorsingen: [
          ...t.schorsingen,
          {
            besluitdatum: g.datum,
            schorsing: s.waarde,
            gesprekVooraf,
            ...(aansluitend ? { aansluitend: { redenVastgelegd: !!g.redenAansluitend } } : {}),
          },
        ],
      });
    },
  },
  'schorsingsbrief-verzonden': {
    controleer: (t, g, kop) => {
      const s = laatsteSchorsing(t);
      const geweigerd = eersteWeigering(
        [!s, 'GEEN_SCHORSING', ['type'], 'Er is geen schorsingsbesluit om een brief over te sturen.'],
        [
          !!s?.briefVerzonden,
          'BRIEF_AL_VERZONDEN',
          ['type'],
          'De brief over deze schorsing is al verzonden.',
        ],
      );
      if (geweigerd.length) return geweigerd;
      const b = bekendmakingVanBrief(g, kop);
      return b && !b.ok ? b.problemen : [];
    },
    pasToe: (t, g, kop) => {
      const b = bekendmakingVanBrief(g, kop);
      if (b && !b.ok) return onmogelijk();
      const na = metLaatsteSchorsing(
        t,
        g,
        b ? { briefVerzonden: b.waarde.uitkomst, bekendmaking: b.waarde } : { briefVerzonden: g.datum },
      );
      // a bezwaar received before this letter is judged now (Awb 6:10 lid 1 sub a: the decision existed)
      const nummer = t.schorsingen.length;
      const wacht = (b: BezwaarInDossier) => b.tegen === 'schorsing' && b.schorsing === nummer && !b.tijdig;
      if (!na.bezwaren.some(wacht)) return na;
      return bevries({ ...na, bezwaren: na.bezwaren.map((b) => (wacht(b) ? metTijdigheid(na, kop, b) : b)) });
    },
  },
  'schoolwerk-geregeld': {
    controleer: (t) =>
      laatsteSchorsing(t)
        ? []
        : weiger('GEEN_SCHORSING', ['type'], 'Er is geen schorsing om schoolwerk voor te regelen.'),
    pasToe: (t, g) => metLaatsteSchorsing(t, g, { schoolwerkGeregeld: g.datum }),
  },
  melding: {
    controleer: (t, g) => {
      if (g.betreft === 'schorsing')
        return laatsteSchorsing(t)
          ? []
          : weiger('GEEN_SCHORSING', ['betreft'], 'Er is geen schorsing om te melden.');
      return t.verwijdering.besluit
        ? []
        : weiger(
            'GEEN_VERWIJDERINGSBESLUIT',
            ['betreft'],
            'Er is nog geen besluit tot verwijdering om te melden.',
          );
    },
    pasToe: (t, g) => {
      if (g.betreft === 'verwijdering') {
        const v = t.verwijdering;
        return na(t, g, {
          verwijdering:
            g.aan === 'inspectie' ? { ...v, inspectieGemeld: g.datum } : { ...v, leerplichtGemeld: g.datum },
        });
      }
      return metLaatsteSchorsing(
        t,
        g,
        g.aan === 'inspectie'
          ? {
              inspectieGemeld: {
                datum: g.datum,
                ...(g.registratienummer ? { registratienummer: g.registratienummer } : {}),
              },
            }
          : { leerplichtGemeld: g.datum },
      );
    },
  },
};

/**
 * The bekendmaking of a letter event that records how it was sent (release 0.3 on); `undefined` for an event
 * without `wijze` or `elektronisch`, which keeps its day as before (stored dossiers replay unchanged).
 */
export function bekendmakingVanBrief(
  g: {
    readonly datum: string;
    readonly wijze?: Verzendwijze | undefined;
    readonly elektronisch?: ElektronischeVerzending | undefined;
  },
  kop: SchorsingKop,
) {
  if (g.wijze === undefined && g.elektronisch === undefined) return undefined;
  return bekendmakingsdag({
    denominatie: kop.denominatie,
    verzonden: g.datum as IsoDatum,
    ...(g.wijze === undefined ? {} : { wijze: g.wijze }),
    ...(g.elektronisch === undefined ? {} : { elektronisch: g.elektronisch }),
  });
}

function metLaatsteSchorsing(t: Toestand, g: Gebeurtenis, wijziging: Partial<SchorsingInDossier>): Toestand {
  const s = laatsteSchorsing(t) ?? onmogelijk();
  return na(t, g, { schorsingen: vervangLaatste(t.schorsingen, { ...s, ...wijziging }) });
}
