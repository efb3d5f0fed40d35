import { isObjectOfLijst } from '../fout/bewaak.js';
import type { Bron } from '../bron/bron.js';
import { ok, probleem, type Resultaat } from '../resultaat/resultaat.js';

/** The three school-vacation regions of the Netherlands. */
export type Regio = 'noord' | 'midden' | 'zuid';

/**
 * All regions.
 *
 * @example
 * ```ts
 * import { REGIOS } from '@schoolveiligheid/kern';
 * REGIOS; //=> ['noord', 'midden', 'zuid']
 * ```
 */
export const REGIOS: readonly Regio[] = ['noord', 'midden', 'zuid'];

/** Where a school is: the province, and the municipality where the province is split over regions. */
export interface Vestiging {
  /** Province, as written (`Fryslân`, `Noord-Brabant`); case and accents do not matter. */
  readonly provincie: string;
  /** Municipality; needed in Flevoland, Utrecht, Gelderland and Noord-Brabant. */
  readonly gemeente?: string;
  /** The kern (village) for municipalities split over two regions: Abcoude, Baambrugge, Didam, Dodewaard, Sleeuwijk. */
  readonly kern?: string;
  /** The woonplaats, as in an address; used like `kern` and, without a gemeente, to find a split municipality. */
  readonly woonplaats?: string;
}

/** The region of a school with the source of the mapping. */
export interface RegioUitkomst {
  /** The vacation region. */
  readonly regio: Regio;
  /** Source of the region mapping. */
  readonly bron: Bron;
  /** Present where the answer is uncertain or differs per school (Tiel, Altena): show it with the region. */
  readonly waarschuwing?: string;
}

const REGIO_BRON: Bron = {
  titel:
    'Regio-indeling schoolvakanties (OCW), zoals vastgelegd in OpenHolidays subdivisions.csv en regionale media',
  url: 'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/regios-schoolvakantie',
  zekerheid: 'secundair',
  toelichting:
    'De officiële indelingspagina en de Regeling 2025-2030 zijn niet ingezien; Tiel en Altena zijn betwist.',
};

function normaliseer(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** True when `namen` holds `genormaliseerd` after normalising each name. */
function bevat(namen: readonly string[], genormaliseerd: string): boolean {
  return namen.some((n) => normaliseer(n) === genormaliseerd);
}

const PROVINCIE_REGIO: Record<string, Regio | 'gesplitst'> = {
  groningen: 'noord',
  friesland: 'noord',
  fryslan: 'noord',
  drenthe: 'noord',
  overijssel: 'noord',
  noordholland: 'noord',
  flevoland: 'gesplitst',
  zuidholland: 'midden',
  utrecht: 'gesplitst',
  gelderland: 'gesplitst',
  noordbrabant: 'gesplitst',
  limburg: 'zuid',
  zeeland: 'zuid',
};

/** Municipalities of the split provinces, per region. */
const GEMEENTEN: Record<string, Partial<Record<Regio, string[]>> & { standaard?: Regio }> = {
  flevoland: {
    noord: ['Almere', 'Dronten', 'Lelystad', 'Noordoostpolder', 'Urk'],
    midden: ['Zeewolde'],
  },
  utrecht: { noord: ['Eemnes'], standaard: 'midden' },
  gelderland: {
    noord: ['Hattem'],
    midden: [
      'Aalten',
      'Apeldoorn',
      'Barneveld',
      'Berkelland',
      'Bronckhorst',
      'Brummen',
      'Buren',
      'Culemborg',
      'Doetinchem',
      'Ede',
      'Elburg',
      'Epe',
      'Ermelo',
      'Harderwijk',
      'Heerde',
      'Lochem',
      'Nijkerk',
      'Nunspeet',
      'Oldebroek',
      'Oost Gelre',
      'Oude IJsselstreek',
      'Putten',
      'Scherpenzeel',
      'Voorst',
      'Wageningen',
      'West Betuwe',
      'Winterswijk',
      'Zutphen',
    ],
    zuid: [
      'Arnhem',
      'Berg en Dal',
      'Beuningen',
      'Doesburg',
      'Druten',
      'Duiven',
      'Heumen',
      'Lingewaard',
      'Maasdriel',
      'Nijmegen',
      'Overbetuwe',
      'Renkum',
      'Rheden',
      'Rozendaal',
      'West Maas en Waal',
      'Westervoort',
      'Wijchen',
      'Zaltbommel',
      'Zevenaar',
    ],
  },
  noordbrabant: { standaard: 'zuid' },
};

/** Municipalities split over two regions by former municipality (kern). */
const GESPLITSTE_GEMEENTEN: Record<string, { kernen: string[]; kernRegio: Regio; overigRegio: Regio }> = {
  derondevenen: { kernen: ['Abcoude', 'Baambrugge'], kernRegio: 'noord', overigRegio: 'midden' },
  montferland: { kernen: ['Didam'], kernRegio: 'zuid', overigRegio: 'midden' },
  nederbetuwe: { kernen: ['Dodewaard'], kernRegio: 'zuid', overigRegio: 'midden' },
};

/** Kernen of split municipalities, for a woonplaats given without its gemeente. */
const KERN_GEMEENTE: Record<string, string> = {
  abcoude: 'derondevenen',
  baambrugge: 'derondevenen',
  didam: 'montferland',
  dodewaard: 'nederbetuwe',
  woudrichem: 'altena',
  sleeuwijk: 'altena',
  werkendam: 'altena',
  hank: 'altena',
  dussen: 'altena',
  wijkenaalburg: 'altena',
};

const ALTENA_BRON: Bron = {
  titel: 'Omroep Brabant over de schoolvakanties in Altena (2018-05, 2021-08, 2022-08)',
  url: 'https://www.omroepbrabant.nl/nieuws/3551524/het-blijft-verwarrend-de-eerste-basisscholen-zijn-weer-van-start-gegaan',
  zekerheid: 'secundair',
  toelichting:
    'Woudrichem en Sleeuwijk (en Werkendam, 2022) volgen midden; Hank, Dussen en Wijk en Aalburg volgen zuid. Geen officiële indeling; in Dussen volgen twee scholen in één gebouw verschillende regio’s (2018).',
};

/** Altena per village (regional reporting, {@link ALTENA_BRON}): not an official mapping, so always with a warning. */
const ALTENA_KERNEN: Record<string, Regio> = {
  woudrichem: 'midden',
  sleeuwijk: 'midden',
  werkendam: 'midden',
  hank: 'zuid',
  dussen: 'zuid',
  wijkenaalburg: 'zuid',
};

const ALTENA_WAARSCHUWING =
  'In Altena verschilt de vakantieregio per dorp en soms per school; controleer de schoolgids en stel zo nodig de regio zelf in.';

const TIEL_BRON: Bron = {
  titel:
    'Regio van Tiel: midden volgens de meeste bronnen (RTV Hattem 2023, OpenHolidays tot 2023), zuid volgens OpenHolidays 2025',
  url: 'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/regios-schoolvakantie',
  zekerheid: 'onbevestigd',
  toelichting:
    'De officiële indelingspagina is niet ingezien; de bronnen zijn het oneens (shared/data/schoolvakanties.json, conflicts).',
};

const TIEL_WAARSCHUWING =
  'De vakantieregio van Tiel is onzeker (midden volgens de meeste bronnen, zuid volgens één); controleer de schoolgids.';

/**
 * The vacation region of a school. Provinces wholly in one region need no municipality; Flevoland, Utrecht,
 * Gelderland and Noord-Brabant do where they are split. Municipalities split by village (De Ronde Venen,
 * Montferland, Neder-Betuwe, Altena) need the `kern` or `woonplaats`; a woonplaats alone is enough there.
 * Tiel (midden, disputed) and Altena (per village, from regional reporting) come with their certainty in `bron`
 * and a `waarschuwing`. An unknown or ambiguous answer is a coded problem, never a guess.
 *
 * @example
 * ```ts
 * import { regioVoor } from '@schoolveiligheid/kern';
 * const r = regioVoor({ provincie: 'Gelderland', gemeente: 'Nijmegen' });
 * r.ok && r.waarde.regio; //=> 'zuid'
 * const onbekend = regioVoor({ provincie: 'Gelderland' });
 * onbekend.ok ? '' : onbekend.problemen[0]?.code; //=> 'REGIO_GEMEENTE_NODIG'
 * const sleeuwijk = regioVoor({ provincie: 'Noord-Brabant', woonplaats: 'Sleeuwijk' });
 * sleeuwijk.ok && sleeuwijk.waarde.regio; //=> 'midden'
 * const tiel = regioVoor({ provincie: 'Gelderland', gemeente: 'Tiel' });
 * tiel.ok && tiel.waarde.bron.zekerheid; //=> 'onbevestigd'
 * ```
 */
export function regioVoor(vestiging: Vestiging): Resultaat<RegioUitkomst> {
  if (!isObjectOfLijst(vestiging))
    return probleem(
      'REGIO_PROVINCIE_ONBEKEND',
      [],
      'Geef de vestiging als object met provincie en zo nodig gemeente.',
    );
  for (const veld of ['provincie', 'gemeente', 'kern', 'woonplaats'] as const) {
    const w = vestiging[veld];
    if (w !== undefined && (typeof w !== 'string' || w.length > 100))
      return probleem(
        'VERKEERD_TYPE',
        [veld],
        'Verkeerd soort waarde; verwacht een tekst van ten hoogste 100 tekens.',
      );
  }
  const provincie = PROVINCIE_REGIO[normaliseer(vestiging.provincie ?? '')];
  if (!provincie) {
    return probleem(
      'REGIO_PROVINCIE_ONBEKEND',
      ['provincie'],
      'Onbekende provincie; gebruik een van de twaalf provincies.',
    );
  }
  if (provincie !== 'gesplitst') return ok({ regio: provincie, bron: REGIO_BRON });
  const provSleutel = normaliseer(vestiging.provincie);
  const kern = vestiging.kern ?? vestiging.woonplaats;
  const gemeente = vestiging.gemeente
    ? normaliseer(vestiging.gemeente)
    : kern
      ? KERN_GEMEENTE[normaliseer(kern)]
      : undefined;
  if (!gemeente) {
    return probleem(
      'REGIO_GEMEENTE_NODIG',
      ['gemeente'],
      'Deze provincie valt in meer dan één vakantieregio; geef de gemeente op.',
    );
  }
  if (gemeente === 'tiel') return ok({ regio: 'midden', bron: TIEL_BRON, waarschuwing: TIEL_WAARSCHUWING });
  if (gemeente === 'altena') {
    if (!kern)
      return probleem(
        'REGIO_KERN_NODIG',
        ['kern'],
        'Deze gemeente valt in twee vakantieregio\u2019s; geef de kern (voormalige gemeente) op.',
      );
    const regio = ALTENA_KERNEN[normaliseer(kern)];
    if (!regio)
      return probleem(
        'REGIO_BETWIST',
        ['kern'],
        'De bronnen noemen de vakantieregio van dit dorp niet; stel de regio van de school zelf in.',
      );
    return ok({ regio, bron: ALTENA_BRON, waarschuwing: ALTENA_WAARSCHUWING });
  }
  const gesplitst = GESPLITSTE_GEMEENTEN[gemeente];
  if (gesplitst) {
    if (!kern) {
      return probleem(
        'REGIO_KERN_NODIG',
        ['kern'],
        'Deze gemeente valt in twee vakantieregio\u2019s; geef de kern (voormalige gemeente) op.',
      );
    }
    const regio = bevat(gesplitst.kernen, normaliseer(kern)) ? gesplitst.kernRegio : gesplitst.overigRegio;
    return ok({ regio, bron: REGIO_BRON });
  }
  const indeling = GEMEENTEN[provSleutel] ?? {};
  for (const regio of ['noord', 'midden', 'zuid'] as const) {
    if (bevat(indeling[regio] ?? [], gemeente)) return ok({ regio, bron: REGIO_BRON });
  }
  if (indeling.standaard) return ok({ regio: indeling.standaard, bron: REGIO_BRON });
  return probleem(
    'REGIO_GEMEENTE_ONBEKEND',
    ['gemeente'],
    'Deze gemeente staat niet in de regio-indeling van deze provincie; controleer de spelling of stel de regio zelf in.',
  );
}
