import {
  type Beleid,
  type Besluit,
  isIsoDatum,
  type IsoDatum,
  SchoolveiligheidFout,
  waardeVoor,
} from '@schoolveiligheid/kern';
import { besluitVan, reden } from '../besluit/besluit.js';
import type { CalamiteitenRedenCode, CalamiteitStapCode } from '../codes/codes.js';
import { aangifteAltijd } from '../regels/regels.js';

/**
 * What the school suspects: a crime Sv art. 160 lists, a sexual offence by someone working for the school against
 * a pupil (WPO art. 4a), another crime, or no offence.
 */
export type StrafbaarFeit = 'sv160-misdrijf' | 'zedendelict-medewerker' | 'ander-misdrijf' | 'geen';

/** The answer: whether to report, and on what footing. */
export interface AangifteUitkomst {
  /** `verplicht` (law), `beleid` (the school's own policy), `bevoegd` (allowed, not required), `geen`. */
  readonly aangifte: 'verplicht' | 'beleid' | 'bevoegd' | 'geen';
  /** The steps in the order the law fixes, when it fixes one. */
  readonly volgorde: readonly CalamiteitStapCode[];
}

/** One row per kind of suspicion: the outcome by law and with an "always report" policy, and its reasons. */
const TABEL: Readonly<
  Record<
    StrafbaarFeit,
    {
      readonly wet: AangifteUitkomst['aangifte'];
      readonly metBeleid: AangifteUitkomst['aangifte'];
      readonly redenen: readonly CalamiteitenRedenCode[];
      readonly volgorde: readonly CalamiteitStapCode[];
    }
  >
> = {
  'sv160-misdrijf': {
    wet: 'verplicht',
    metBeleid: 'verplicht',
    redenen: ['AANGIFTE_PLICHT_SV_160'],
    volgorde: [],
  },
  'zedendelict-medewerker': {
    wet: 'verplicht',
    metBeleid: 'verplicht',
    redenen: ['AANGIFTE_WPO_4A_VOLGORDE'],
    volgorde: ['VERTROUWENSINSPECTEUR_OVERLEGGEN', 'BETROKKENEN_INFORMEREN_VOOR_AANGIFTE', 'AANGIFTE_DOEN'],
  },
  'ander-misdrijf': {
    wet: 'bevoegd',
    metBeleid: 'beleid',
    redenen: ['AANGIFTE_BEVOEGD_SV_161'],
    volgorde: [],
  },
  geen: { wet: 'geen', metBeleid: 'geen', redenen: ['GEEN_STRAFBAAR_FEIT'], volgorde: [] },
};

/**
 * Whether the school reports to the police, and why: Sv art. 160 obliges only for the crimes it lists; a
 * suspected sexual offence by someone working for the school follows WPO art. 4a (vertrouwensinspecteur, then
 * parents and the person concerned, then the report), which no policy changes; for other crimes reporting is a
 * power (art. 161), and a policy such as the seed's "te allen tijde aangifte" makes it the school's own rule.
 * Throws `ONGELDIGE_INVOER` for an unknown kind, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { beoordeelAangifte, SEED_2018_BELEID } from '@schoolveiligheid/calamiteiten';
 * beoordeelAangifte('ander-misdrijf', '2026-12-02').uitkomst.aangifte; //=> 'bevoegd'
 * const b = beoordeelAangifte('ander-misdrijf', '2026-12-02', SEED_2018_BELEID);
 * [b.uitkomst.aangifte, b.redenen.map((r) => r.code)]; //=> ['beleid', ['AANGIFTE_BEVOEGD_SV_161', 'AANGIFTE_BELEID_ALTIJD']]
 * beoordeelAangifte('zedendelict-medewerker', '2026-12-02', SEED_2018_BELEID).uitkomst.volgorde[1]; //=> 'BETROKKENEN_INFORMEREN_VOOR_AANGIFTE'
 * ```
 */
export function beoordeelAangifte(
  feit: StrafbaarFeit,
  peildatum: IsoDatum,
  beleid?: Beleid,
): Besluit<AangifteUitkomst, CalamiteitenRedenCode> {
  if (typeof feit !== 'string' || !Object.hasOwn(TABEL, feit))
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Onbekende soort strafbaar feit.');
  if (!isIsoDatum(peildatum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geef de peildatum als JJJJ-MM-DD.');
  const rij = TABEL[feit];
  const altijd = waardeVoor(aangifteAltijd, peildatum, beleid).waarde;
  const aangifte = altijd ? rij.metBeleid : rij.wet;
  const codes: CalamiteitenRedenCode[] = [...rij.redenen];
  if (altijd && feit !== 'geen') codes.push('AANGIFTE_BELEID_ALTIJD');
  return besluitVan(
    { aangifte, volgorde: rij.volgorde },
    codes.map((c) => reden(c)),
  );
}
