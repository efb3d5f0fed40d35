import {
  type Beleid,
  type BeleidsControle,
  bron,
  controleerBeleid as controleerTegenRegisters,
  type IsoDatum,
} from '@schoolveiligheid/kern';
import { SEED_2018 } from '../bronnen/bronnen.js';
import { MELDCODE_REGELS } from '../regels/regels.js';

const seed = (artikel: string) => /* @__PURE__ */ bron('seed-2018', { artikel, zekerheid: 'secundair' });

/**
 * The 2018 seed veiligheidsplan as a policy preset: only its own values, by rule id, each with the section it
 * comes from. Its step list reads "Beslissen: hulp organiseren of melden" (the pre-2019 order) and "bij twijfel
 * altijd Veilig Thuis raadplegen" (doubt is a consultation, not a melding); it names no function with final
 * responsibility for the meld decision; Bijlage 31 lets a professional extend a Verwijsindex signal; it keeps
 * pupil data 5 years after leaving (the sector guidance for the leerlingdossier is 2). Its
 * Verwijsindex terms (2 years active, 5 years archive) and age bands (12, 16) match the statute.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/meldcode';
 * const c = controleerBeleid(SEED_2018_BELEID, '2026-12-02');
 * c.bevindingen.filter((b) => b.oordeel !== 'gelijk').map((b) => b.regelId); //=> ['meldcode.stappen.stap5', 'meldcode.taken.eindverantwoordelijke', 'meldcode.afwegingskader.twijfelIsJa', 'meldcode.verwijsindex.verlengbaar', 'meldcode.archief.bewaartermijn']
 * c.bevindingen.find((b) => b.regelId === 'meldcode.stappen.stap5')?.oordeel; //=> 'afwijkend'
 * ```
 */
export const SEED_2018_BELEID: Beleid = {
  id: 'seed-2018',
  naam: 'Veiligheidsplan 2018: Huiselijk geweld en kindermishandeling, Verwijsindex',
  bron: SEED_2018,
  waarden: {
    'meldcode.afwegingskader.verplicht': {
      waarde: true,
      bron: seed(
        'De vijf verplichte stappen van de meldcode (vanaf 1 januari 2019 afwegingskader in stap 5)',
      ),
    },
    'meldcode.stappen.stap5': {
      waarde: 'hulp-of-melden',
      bron: seed(
        'De vijf verplichte stappen van de meldcode, stap 5 "Beslissen: hulp organiseren of melden"',
      ),
      toelichting:
        'De formulering van vóór 2019: eerst hulp, dan melden. Sinds 2019 wordt eerst over melden beslist.',
    },
    'meldcode.taken.eindverantwoordelijke': {
      waarde: false,
      bron: seed('Stappen in de ondersteuningsroute, stap 4 (er wordt overlegd "óf en zo ja wie" meldt)'),
      toelichting:
        'Het veiligheidsplan noemt geen functie die eindverantwoordelijk is voor het besluit tot melden.',
    },
    'meldcode.afwegingskader.twijfelIsJa': {
      waarde: false,
      bron: seed(
        'De vijf verplichte stappen van de meldcode, stap 4 "bij twijfel altijd Veilig Thuis raadplegen"',
      ),
      toelichting:
        'Twijfel leidt in het plan tot raadplegen, niet tot melden zoals in het afwegingskader onderwijs.',
    },
    'meldcode.verwijsindex.maxActief': {
      waarde: { aantal: 24, eenheid: 'maanden' }, // geen-rechtsgetal: the seed's own term (2 years)
      bron: seed('Bijlage 31 (een signaal heeft in beginsel een looptijd van 2 jaar)'),
    },
    'meldcode.verwijsindex.verlengbaar': {
      waarde: true,
      bron: seed('Bijlage 31 (de professional kan het signaal eerder de-activeren of verlengen)'),
      toelichting:
        'De wet verwijdert een melding uiterlijk na twee jaar; er kan een nieuwe melding worden gedaan.',
    },
    'meldcode.verwijsindex.archieftermijn': {
      waarde: { aantal: 60, eenheid: 'maanden' }, // geen-rechtsgetal: the seed's own term (5 years)
      bron: seed('Bijlage 31 (een inactief signaal blijft nog 5 jaar zichtbaar in het historisch archief)'),
    },
    'meldcode.informeerplicht.leeftijdSamen': {
      waarde: 12, // geen-rechtsgetal: the seed's own age band
      bron: seed('Bijlage 31 (de jeugdige én diens ouders als de jeugdige tussen de 12 en 16 jaar is)'),
    },
    'meldcode.archief.bewaartermijn': {
      waarde: { aantal: 60, eenheid: 'maanden' }, // geen-rechtsgetal: the seed's own term (5 years)
      bron: seed('Bewaartermijn leerlinggegevens (na uitschrijving na 5 jaar vernietigd)'),
      toelichting:
        'De sectorrichtlijn van de PO-Raad houdt het leerlingdossier 2 jaar na vertrek; 5 jaar past alleen bij de in- en uitschrijving en het verzuim.',
    },
    'meldcode.informeerplicht.leeftijdZelf': {
      waarde: 16, // geen-rechtsgetal: the seed's own age band
      bron: seed('Bijlage 31 (tenminste de jeugdige als deze 16 jaar of ouder is)'),
    },
  },
};

/**
 * Compares a policy (a stored `Beleid`, also of the pre-0.2 shape) with the law as this package ships it
 * today, at `peildatum`: kern's `controleerBeleid` with this package's registry {@link MELDCODE_REGELS}. Stricter
 * than the law is allowed; laxer or conflicting values are reported with both sources. Throws
 * `BELEID_ONGELDIG` when `beleid` is not a policy, `ONGELDIGE_DATUM` for a bad `peildatum`.
 *
 * @example
 * ```ts
 * import { controleerBeleid, SEED_2018_BELEID } from '@schoolveiligheid/meldcode';
 * controleerBeleid(SEED_2018_BELEID, '2026-12-02').conform; //=> false
 * controleerBeleid(SEED_2018_BELEID, '2018-09-01').bevindingen.find((b) => b.regelId === 'meldcode.stappen.stap5')?.oordeel; //=> 'gelijk'
 * ```
 */
export function controleerBeleid(beleid: unknown, peildatum: IsoDatum): BeleidsControle {
  return controleerTegenRegisters(beleid, peildatum, [MELDCODE_REGELS]);
}
