// Handlers of the bezwaar events: the bezwaar, the adjournment and the decision on it (Awb 6:9, 7:10; WPO 40
// lid 12, 43, 63).
import { berekenBezwaartermijnen } from '../../bezwaar/bezwaar.js';
import {
  type BezwaarInDossier,
  bekendmakingVan,
  eersteWeigering,
  type Handlers,
  laatsteSchorsing,
  na,
  onmogelijk,
  openBezwaar,
  vervang,
  weiger,
} from '../toestand.js';

const GEEN_BEZWAAR = 'Er is geen lopend bezwaar tegen dit besluit.';

export const bezwaarOvergangen: Handlers<
  'bezwaar-ingediend' | 'beslissing-verdaagd' | 'beslissing-op-bezwaar'
> = {
  'bezwaar-ingediend': {
    controleer: (t, g, kop) => {
      if (openBezwaar(t, g.tegen))
        return weiger('BEZWAAR_LOOPT_AL', ['tegen'], 'Er loopt al een bezwaar tegen dit besluit.');
      if (g.tegen === 'schorsing') {
        if (!laatsteSchorsing(t))
          return weiger('GEEN_SCHORSING', ['tegen'], 'Er is geen schorsing om bezwaar tegen te maken.');
        if (kop.denominatie === 'bijzonder')
          return weiger(
            'GEEN_WETTELIJK_BEZWAAR',
            ['tegen'],
            'Bij een bijzondere school staat tegen een schorsing geen wettelijk bezwaar open; de ouders kunnen naar de civiele rechter.',
          );
      } else if (!t.verwijdering.besluit) {
        return weiger(
          'GEEN_VERWIJDERINGSBESLUIT',
          ['tegen'],
          'Er is nog geen besluit tot verwijdering om bezwaar tegen te maken.',
        );
      }
      if (g.terPost && g.terPost > g.datum)
        return weiger('TER_POST_NA_ONTVANGST', ['terPost'], 'De datum van verzending ligt na de ontvangst.');
      return [];
    },
    pasToe: (t, g, kop) => {
      const bekendmaking = bekendmakingVan(t, g.tegen);
      const termijnen =
        bekendmaking && bekendmaking <= g.datum
          ? berekenBezwaartermijnen({
              denominatie: kop.denominatie,
              tegen: g.tegen,
              bekendmaking,
              bezwaarOntvangen: g.datum,
              ...(g.terPost ? { bezwaarTerPost: g.terPost } : {}),
            })
          : undefined;
      const tijdig = termijnen?.ok ? termijnen.waarde.bezwaarTijdig : undefined;
      const bezwaar: BezwaarInDossier = {
        tegen: g.tegen,
        ontvangen: g.datum,
        ...(g.terPost ? { terPost: g.terPost } : {}),
        ...(tijdig ? { tijdig } : {}),
        gehoord: false,
      };
      return na(t, g, { bezwaren: [...t.bezwaren, bezwaar] });
    },
  },
  'beslissing-verdaagd': {
    controleer: (t, g, kop) => {
      const bezwaar = openBezwaar(t, g.tegen);
      if (!bezwaar) return weiger('GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR);
      if (bezwaar.verdaagd) return weiger('AL_VERDAAGD', ['type'], 'De beslissing is al verdaagd.');
      const bekendmaking = bekendmakingVan(t, g.tegen);
      if (!bekendmaking)
        return weiger(
          'BEKENDMAKING_ONBEKEND',
          ['type'],
          'De bekendmaking van het besluit is niet vastgelegd; de beslistermijn is niet te berekenen.',
        );
      const termijnen = berekenBezwaartermijnen({
        denominatie: kop.denominatie,
        tegen: g.tegen,
        bekendmaking,
        bezwaarOntvangen: bezwaar.ontvangen,
        verdaagdOp: g.datum,
        ...(kop.bezwaarcommissie && g.tegen === 'schorsing' ? { adviescommissie: true } : {}),
      });
      return termijnen.ok ? [] : termijnen.problemen.map((p) => ({ ...p, pad: ['type'] }));
    },
    pasToe: (t, g) => {
      const bezwaar = openBezwaar(t, g.tegen) ?? onmogelijk();
      return na(t, g, { bezwaren: vervang(t.bezwaren, bezwaar, { ...bezwaar, verdaagd: g.datum }) });
    },
  },
  'beslissing-op-bezwaar': {
    controleer: (t, g) => {
      const bezwaar = openBezwaar(t, g.tegen);
      return eersteWeigering(
        [!bezwaar, 'GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR],
        [
          g.tegen === 'verwijdering' && !!t.gpo && !t.gpo.oordeel,
          'GPO_OORDEEL_AFWACHTEN',
          ['type'],
          'Het bevoegd gezag beslist pas op het bezwaar na het oordeel van de Geschillencommissie passend onderwijs (WPO 43).',
        ],
        [
          !bezwaar?.gehoord,
          'OUDERS_NIET_OPNIEUW_GEHOORD',
          ['type'],
          'Hoor de ouders over hun bezwaar voordat op het bezwaar wordt beslist.',
        ],
      );
    },
    pasToe: (t, g) => {
      const bezwaar = openBezwaar(t, g.tegen) ?? onmogelijk();
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, bezwaar, {
          ...bezwaar,
          beslissing: { datum: g.datum, uitkomst: g.uitkomst },
        }),
      });
    },
  },
};
