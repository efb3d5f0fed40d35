// Handlers of the bezwaar events: the bezwaar, the adjournment and the decision on it (Awb 6:9, 7:10; WPO 40
// lid 12, 43, 63).
import { type IsoDatum, plusDagen, type Tijdstip, waardeVoor } from '@schoolveiligheid/kern';
import { elektronischeOntvangst } from '../../bekendmaking/bekendmaking.js';
import { berekenBezwaartermijnen, type Verzuimherstel } from '../../bezwaar/bezwaar.js';
import { stukkenTerInzage } from '../../regels/regels.js';
import type { SchorsingKop } from '../gebeurtenissen.js';
import {
  type BezwaarInDossier,
  bekendmakingVan,
  besluitdatumVan,
  bezwaarInvoer,
  eersteWeigering,
  type Handlers,
  na,
  onmogelijk,
  openBezwaar,
  schorsingVanBezwaar,
  type Toestand,
  vervang,
  weiger,
} from '../toestand.js';

/**
 * The bezwaar with its timeliness, once the contested decision's bekendmaking is known (Awb 6:9, 6:10, 6:11;
 * WPO 63): a bezwaar received before the bekendmaking of a decision that already existed is on time (Awb 6:10
 * lid 1 sub a). Without a bekendmaking yet the bezwaar is returned as it is; the letter fills it in later.
 */
export function metTijdigheid(t: Toestand, kop: SchorsingKop, b: BezwaarInDossier): BezwaarInDossier {
  const bekendmaking = bekendmakingVan(t, b.tegen, b.schorsing);
  if (!bekendmaking) return b;
  const besluitdatum = besluitdatumVan(t, b.tegen, b.schorsing);
  const r = berekenBezwaartermijnen({
    denominatie: kop.denominatie,
    tegen: b.tegen,
    bekendmaking,
    bezwaarOntvangen: b.ontvangen,
    ...(besluitdatum ? { besluitdatum } : {}),
    ...(b.terPost ? { bezwaarTerPost: b.terPost } : {}),
  });
  const tijdig = r.ok ? r.waarde.bezwaarTijdig : undefined;
  return tijdig ? { ...b, tijdig } : b;
}

const GEEN_BEZWAAR = 'Er is geen lopend bezwaar tegen dit besluit.';

/** The check of an event that needs an undecided bezwaar against its decision, and nothing more. */
function alleenBijOpenBezwaar(
  t: Toestand,
  g: { readonly tegen: 'schorsing' | 'verwijdering'; readonly schorsingNummer?: number | undefined },
) {
  return openBezwaar(t, g.tegen, g.schorsingNummer) ? [] : weiger('GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR);
}

/** The latest repair request of a bezwaar that is still running at `datum`: not repaired, its term not passed. */
function lopendHerstel(b: BezwaarInDossier, datum: IsoDatum): Verzuimherstel | undefined {
  const laatste = b.verzuimherstel?.at(-1);
  return laatste && laatste.herstelOp === undefined && datum < laatste.termijnTot ? laatste : undefined;
}

/** Days of the week of Awb 7:4 lid 2, from the rule (a policy may set more). */
function inzageDagen(kop: SchorsingKop, datum: IsoDatum): number {
  const w = waardeVoor(stukkenTerInzage, datum, kop.beleid).waarde;
  return w.eenheid === 'weken' ? w.aantal * 7 : w.aantal; // geen-rechtsgetal: days in a week
}

/** The electronic receipt of a bezwaar event, when it came electronically (checked in `controleer`). */
function elektronischVan(
  g: {
    readonly datum: IsoDatum;
    readonly elektronisch?: { readonly moment: string; readonly kanaalGeopend: boolean } | undefined;
  },
  kop: SchorsingKop,
): Partial<BezwaarInDossier> {
  if (!g.elektronisch) return {};
  const e = elektronischeOntvangst({
    denominatie: kop.denominatie,
    ontvangen: g.datum,
    moment: g.elektronisch.moment as Tijdstip,
    kanaalGeopend: g.elektronisch.kanaalGeopend,
  });
  return e.ok ? { elektronisch: e.waarde } : onmogelijk();
}

export const bezwaarOvergangen: Handlers<
  | 'bezwaar-ingediend'
  | 'beslissing-verdaagd'
  | 'beslissing-uitgesteld'
  | 'beslissing-op-bezwaar'
  | 'stukken-ter-inzage'
  | 'hoorzitting'
  | 'horen-achterwege'
  | 'inzage-achterwege'
  | 'hoorverslag'
  | 'verzuim-herstel-gevraagd'
  | 'verzuim-hersteld'
> = {
  'verzuim-herstel-gevraagd': {
    controleer: (t, g, kop) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer);
      return eersteWeigering(
        [!b, 'GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR],
        [
          kop.denominatie === 'bijzonder',
          'HERSTEL_ALLEEN_AWB',
          ['type'],
          'Een bijzondere school valt niet onder de Awb: verzuimherstel (Awb 6:6) en de opschorting van Awb 7:10 lid 2 gelden daar niet.',
        ],
        [
          g.hersteltermijnTot <= g.datum,
          'HERSTELTERMIJN_NIET_NA_VERZOEK',
          ['hersteltermijnTot'],
          'De hersteltermijn eindigt niet na het verzoek om herstel.',
        ],
        [
          !!b && !!lopendHerstel(b, g.datum),
          'HERSTEL_LOOPT_AL',
          ['type'],
          'Er loopt al een verzoek om herstel van een verzuim; een termijn kan niet twee keer tegelijk stilstaan.',
        ],
      );
    },
    pasToe: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      const verzoek: Verzuimherstel = { gevraagdOp: g.datum, termijnTot: g.hersteltermijnTot };
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, b, { ...b, verzuimherstel: [...(b.verzuimherstel ?? []), verzoek] }),
      });
    },
  },
  'verzuim-hersteld': {
    controleer: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer);
      const laatste = b?.verzuimherstel?.at(-1);
      return eersteWeigering(
        [!b, 'GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR],
        [
          !laatste || laatste.herstelOp !== undefined,
          'GEEN_HERSTELVERZOEK',
          ['type'],
          'Er is geen lopend verzoek om herstel van een verzuim bij dit bezwaar.',
        ],
      );
    },
    pasToe: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      const lijst = b.verzuimherstel ?? [];
      const laatste = lijst.at(-1) ?? onmogelijk();
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, b, {
          ...b,
          verzuimherstel: [...lijst.slice(0, -1), { ...laatste, herstelOp: g.datum }],
        }),
      });
    },
  },
  'stukken-ter-inzage': {
    controleer: alleenBijOpenBezwaar,
    pasToe: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, b, { ...b, stukkenTerInzage: b.stukkenTerInzage ?? g.datum }),
      });
    },
  },
  'inzage-achterwege': {
    controleer: alleenBijOpenBezwaar,
    pasToe: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, b, { ...b, inzageAchterwege: b.inzageAchterwege ?? g.datum }),
      });
    },
  },
  hoorzitting: {
    controleer: alleenBijOpenBezwaar,
    pasToe: (t, g, kop) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      const stukken = b.stukkenTerInzage;
      // on time: laid out a week ahead (Awb 7:4 lid 2), or left out with the parents' consent (lid 5)
      const stukkenTijdig =
        b.inzageAchterwege !== undefined ||
        (stukken !== undefined && plusDagen(stukken, inzageDagen(kop, g.datum)) <= g.datum);
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, b, {
          ...b,
          gehoord: b.gehoord || g.deelnemers.includes('ouders'),
          hoorzitting: { datum: g.datum, stukkenTijdig },
        }),
      });
    },
  },
  'horen-achterwege': {
    controleer: (t, g, kop) =>
      eersteWeigering(
        [!openBezwaar(t, g.tegen, g.schorsingNummer), 'GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR],
        [
          kop.denominatie === 'bijzonder' && g.tegen === 'verwijdering',
          'HOREN_VERPLICHT',
          ['type'],
          'Een bijzondere school beslist op het bezwaar tegen de verwijdering pas na de ouders te hebben gehoord (WPO 63 lid 3); de Awb geldt hier niet.',
        ],
        [
          g.grond === 'geen-reactie' && g.reactietermijnTot === undefined,
          'REACTIETERMIJN_ONTBREEKT',
          ['reactietermijnTot'],
          'Geef de termijn die de ouders kregen om te laten weten dat zij gehoord willen worden (Awb 7:3 sub d).',
        ],
        [
          g.grond === 'geen-reactie' && g.reactietermijnTot !== undefined && g.reactietermijnTot >= g.datum,
          'REACTIETERMIJN_LOOPT',
          ['reactietermijnTot'],
          'De termijn waarin de ouders kunnen laten weten dat zij gehoord willen worden, loopt nog (Awb 7:3 sub d).',
        ],
        [
          g.grond !== 'geen-reactie' && g.reactietermijnTot !== undefined,
          'REACTIETERMIJN_ZONDER_GROND',
          ['reactietermijnTot'],
          'Een reactietermijn hoort alleen bij de grond geen-reactie (Awb 7:3 sub d).',
        ],
      ),
    pasToe: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      const horenAchterwege = {
        datum: g.datum,
        grond: g.grond,
        ...(g.reactietermijnTot === undefined ? {} : { reactietermijnTot: g.reactietermijnTot }),
      };
      return na(t, g, { bezwaren: vervang(t.bezwaren, b, { ...b, horenAchterwege }) });
    },
  },
  hoorverslag: {
    controleer: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer);
      return eersteWeigering(
        [!b, 'GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR],
        [!b?.hoorzitting, 'GEEN_HOORZITTING', ['type'], 'Er is nog geen hoorzitting over dit bezwaar.'],
      );
    },
    pasToe: (t, g) => {
      const b = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      return na(t, g, { bezwaren: vervang(t.bezwaren, b, { ...b, verslag: g.datum }) });
    },
  },
  'bezwaar-ingediend': {
    controleer: (t, g, kop) => {
      const nummer = schorsingVanBezwaar(t, g);
      if (g.tegen === 'schorsing' && (nummer === undefined || nummer < 1 || nummer > t.schorsingen.length))
        return weiger(
          'GEEN_SCHORSING',
          g.schorsingNummer === undefined ? ['tegen'] : ['schorsingNummer'],
          'Er is geen schorsing om bezwaar tegen te maken.',
        );
      if (openBezwaar(t, g.tegen, nummer))
        return weiger('BEZWAAR_LOOPT_AL', ['tegen'], 'Er loopt al een bezwaar tegen dit besluit.');
      if (g.tegen === 'schorsing') {
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
      if (g.elektronisch) {
        if (g.terPost)
          return weiger(
            'ELEKTRONISCH_EN_TER_POST',
            ['elektronisch'],
            'Een bezwaar komt per post of langs elektronische weg binnen, niet beide.',
          );
        const e = elektronischeOntvangst({
          denominatie: kop.denominatie,
          ontvangen: g.datum,
          moment: g.elektronisch.moment,
          kanaalGeopend: g.elektronisch.kanaalGeopend,
        });
        if (!e.ok) return e.problemen.map((p) => ({ ...p, pad: ['elektronisch', ...p.pad] }));
      }
      return [];
    },
    pasToe: (t, g, kop) => {
      const nummer = schorsingVanBezwaar(t, g);
      const bezwaar = metTijdigheid(t, kop, {
        tegen: g.tegen,
        ...(nummer === undefined ? {} : { schorsing: nummer }),
        ontvangen: g.datum,
        ...(g.terPost ? { terPost: g.terPost } : {}),
        ...elektronischVan(g, kop),
        gehoord: false,
      });
      return na(t, g, { bezwaren: [...t.bezwaren, bezwaar] });
    },
  },
  'beslissing-verdaagd': {
    controleer: (t, g, kop) => {
      const bezwaar = openBezwaar(t, g.tegen, g.schorsingNummer);
      if (!bezwaar) return weiger('GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR);
      if (bezwaar.verdaagd) return weiger('AL_VERDAAGD', ['type'], 'De beslissing is al verdaagd.');
      if (bezwaar.uitgesteld)
        return weiger(
          'AL_VERDAAGD',
          ['type'],
          'De beslissing is al verder uitgesteld (Awb 7:10 lid 4); verdagen (lid 3) kan dan niet meer.',
        );
      const bekendmaking = bekendmakingVan(t, g.tegen, bezwaar.schorsing);
      if (!bekendmaking)
        return weiger(
          'BEKENDMAKING_ONBEKEND',
          ['type'],
          'De bekendmaking van het besluit is niet vastgelegd; de beslistermijn is niet te berekenen.',
        );
      const termijnen = berekenBezwaartermijnen({
        ...bezwaarInvoer(t, kop, g.tegen, bekendmaking, bezwaar, bezwaar.schorsing),
        verdaagdOp: g.datum,
      });
      return termijnen.ok ? [] : termijnen.problemen.map((p) => ({ ...p, pad: ['type'] }));
    },
    pasToe: (t, g) => {
      const bezwaar = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      return na(t, g, { bezwaren: vervang(t.bezwaren, bezwaar, { ...bezwaar, verdaagd: g.datum }) });
    },
  },
  'beslissing-uitgesteld': {
    controleer: (t, g, kop) => {
      const bezwaar = openBezwaar(t, g.tegen, g.schorsingNummer);
      if (!bezwaar) return weiger('GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR);
      const bekendmaking = bekendmakingVan(t, g.tegen, bezwaar.schorsing);
      if (!bekendmaking)
        return weiger(
          'BEKENDMAKING_ONBEKEND',
          ['type'],
          'De bekendmaking van het besluit is niet vastgelegd; de beslistermijn is niet te berekenen.',
        );
      // a second further delay runs from the first one's last day
      const vorige = bezwaar.uitgesteld;
      if (vorige && g.datum > vorige.tot)
        return weiger(
          'VERDAGING_NA_TERMIJN',
          ['type'],
          'Het verdere uitstel is pas meegedeeld nadat de beslistermijn al was verstreken.',
        );
      if (vorige && g.tot <= vorige.tot)
        return weiger(
          'UITSTEL_NIET_LATER',
          ['tot'],
          'Verder uitstel (Awb 7:10 lid 4) schuift de laatste dag op; de opgegeven dag ligt niet na de huidige laatste dag.',
        );
      const termijnen = berekenBezwaartermijnen({
        ...bezwaarInvoer(t, kop, g.tegen, bekendmaking, bezwaar, bezwaar.schorsing),
        uitstel: { op: vorige?.op ?? g.datum, tot: g.tot, grond: g.grond },
      });
      return termijnen.ok
        ? []
        : termijnen.problemen.map((p) => ({ ...p, pad: p.pad.at(-1) === 'tot' ? ['tot'] : ['type'] }));
    },
    pasToe: (t, g) => {
      const bezwaar = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, bezwaar, {
          ...bezwaar,
          uitgesteld: { op: bezwaar.uitgesteld?.op ?? g.datum, tot: g.tot, grond: g.grond },
        }),
      });
    },
  },
  'beslissing-op-bezwaar': {
    controleer: (t, g) => {
      const bezwaar = openBezwaar(t, g.tegen, g.schorsingNummer);
      return eersteWeigering(
        [!bezwaar, 'GEEN_BEZWAAR', ['tegen'], GEEN_BEZWAAR],
        [
          g.tegen === 'verwijdering' && !!t.gpo && !t.gpo.oordeel,
          'GPO_OORDEEL_AFWACHTEN',
          ['type'],
          'Het bevoegd gezag beslist pas op het bezwaar na het oordeel van de Geschillencommissie passend onderwijs (WPO 43).',
        ],
        [
          !bezwaar?.gehoord && !bezwaar?.horenAchterwege,
          'OUDERS_NIET_OPNIEUW_GEHOORD',
          ['type'],
          'Hoor de ouders over hun bezwaar voordat op het bezwaar wordt beslist.',
        ],
        [
          !bezwaar?.gehoord &&
            bezwaar?.horenAchterwege?.grond === 'volledig-tegemoetgekomen' &&
            g.uitkomst === 'gehandhaafd',
          'HOREN_NODIG_BIJ_HANDHAVEN',
          ['uitkomst'],
          'Het horen bleef achterwege omdat aan het bezwaar volledig tegemoet zou worden gekomen (Awb 7:3 sub e); wie het besluit handhaaft, hoort de ouders eerst (Awb 7:2).',
        ],
      );
    },
    pasToe: (t, g) => {
      const bezwaar = openBezwaar(t, g.tegen, g.schorsingNummer) ?? onmogelijk();
      return na(t, g, {
        bezwaren: vervang(t.bezwaren, bezwaar, {
          ...bezwaar,
          beslissing: { datum: g.datum, uitkomst: g.uitkomst },
        }),
      });
    },
  },
};
