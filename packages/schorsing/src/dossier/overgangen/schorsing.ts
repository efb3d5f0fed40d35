// Handlers of the schorsing events: the decision, the letter, schoolwork and the notices (WPO 40c).
import { bevries, type Resultaat } from '@schoolveiligheid/kern';
import { berekenSchorsing, type Schorsing } from '../../schorsing/schorsing.js';
import type { Gebeurtenis, SchorsingKop } from '../gebeurtenissen.js';
import { metTijdigheid } from './bezwaar.js';
import {
  type BezwaarInDossier,
  eersteWeigering,
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
    const vorige = t.schorsingen[i]?.schorsing;
    if (!vorige || kalender.volgende(vorige.laatsteDag) < begin) break;
    totaal += vorige.schooldagen.length;
    begin = vorige.schooldagen[0] ?? vorige.ingangsdatum;
  }
  return totaal;
}

export const schorsingOvergangen: Handlers<
  'schorsing-besloten' | 'schorsingsbrief-verzonden' | 'schoolwerk-geregeld' | 'melding'
> = {
  'schorsing-besloten': {
    controleer: (t, g, kop) => {
      if (g.ingangsdatum < g.datum)
        return weiger(
          'SCHORSING_INGANG_VOOR_BESLUIT',
          ['ingangsdatum'],
          'Een schorsing kan niet ingaan vóór het besluit.',
        );
      const vorige = laatsteSchorsing(t);
      if (vorige && g.ingangsdatum <= vorige.schorsing.laatsteDag)
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
    controleer: (t) => {
      const s = laatsteSchorsing(t);
      return eersteWeigering(
        [!s, 'GEEN_SCHORSING', ['type'], 'Er is geen schorsingsbesluit om een brief over te sturen.'],
        [
          !!s?.briefVerzonden,
          'BRIEF_AL_VERZONDEN',
          ['type'],
          'De brief over deze schorsing is al verzonden.',
        ],
      );
    },
    pasToe: (t, g, kop) => {
      const na = metLaatsteSchorsing(t, g, { briefVerzonden: g.datum });
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

function metLaatsteSchorsing(t: Toestand, g: Gebeurtenis, wijziging: Partial<SchorsingInDossier>): Toestand {
  const s = laatsteSchorsing(t) ?? onmogelijk();
  return na(t, g, { schorsingen: vervangLaatste(t.schorsingen, { ...s, ...wijziging }) });
}
