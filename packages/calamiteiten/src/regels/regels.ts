import { type Duur, type Regel, type RegelRegister, regel, regelRegister } from '@schoolveiligheid/kern';
import {
  ARBOWET_15,
  SEED_BHV,
  SEED_CRISISTEAM,
  SEED_MEDISCH,
  SEED_OPVANG,
  SEED_OPVANG_DAGSOORT,
  SEED_ROUW,
  SV_161,
  WET_BIG_35,
} from '../bronnen/bronnen.js';

// The rules of this package as dated data. Where the law sets a value it is the default; where the law is
// silent (the crisis team, the aftercare schedule, the review rhythm) the value is the seed's own practice with
// zekerheid `secundair` or `interpretatie`, never presented as law. Legal numbers live here, not in decision code.

const VANAF_SEED = '2018-01-01';

/**
 * At most 6 members in the crisis team "om de slagkracht niet te verzwakken" (seed, Taken en functies).
 *
 * @example
 * ```ts
 * import { crisisteamMaxLeden } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(crisisteamMaxLeden, '2026-12-02').waarde; //=> 6
 * ```
 */
export const crisisteamMaxLeden: Regel<number> = /* @__PURE__ */ regel({
  id: 'calamiteiten.crisisteam.maxLeden',
  omschrijving: 'Hoogste aantal leden van het crisisteam',
  strenger: 'lager',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: 6, bron: SEED_CRISISTEAM }],
});

/**
 * The crisis team meets within 24 hours after the director's request (seed, Taken en functies: Procedure 2).
 *
 * @example
 * ```ts
 * import { crisisteamBijeenkomst } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(crisisteamBijeenkomst, '2026-12-02').waarde; //=> { aantal: 24, eenheid: 'uren' }
 * ```
 */
export const crisisteamBijeenkomst: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.crisisteam.bijeenkomst',
  omschrijving: 'Termijn waarbinnen het crisisteam na het verzoek van de directeur bijeenkomt',
  strenger: 'lager',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: { aantal: 24, eenheid: 'uren' }, bron: SEED_CRISISTEAM }],
});

/**
 * "In ieder geval binnen 72 uur" contact with the victim or its parents (seed Bijlage 18 and 19, the directie).
 *
 * @example
 * ```ts
 * import { nazorgContactUren } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(nazorgContactUren, '2026-12-02').waarde; //=> { aantal: 72, eenheid: 'uren' }
 * ```
 */
export const nazorgContactUren: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.nazorg.contactUren',
  omschrijving: 'Contact van de directie met het slachtoffer of diens ouders (in uren)',
  strenger: 'lager',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: { aantal: 72, eenheid: 'uren' }, bron: SEED_OPVANG }],
});

/**
 * "Binnen drie dagen" contact with, and a talk with, the victim or its parents (seed Bijlage 18 and 19), read
 * as 3 calendar days (see {@link SEED_OPVANG_DAGSOORT}).
 *
 * @example
 * ```ts
 * import { nazorgContactDagen } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(nazorgContactDagen, '2026-12-02').waarde; //=> { aantal: 3, eenheid: 'kalenderdagen' }
 * ```
 */
export const nazorgContactDagen: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.nazorg.contactDagen',
  omschrijving: 'Contact en gesprek met het slachtoffer of diens ouders (in dagen)',
  strenger: 'lager',
  waarden: [
    { geldigVanaf: VANAF_SEED, waarde: { aantal: 3, eenheid: 'kalenderdagen' }, bron: SEED_OPVANG_DAGSOORT },
  ],
});

/**
 * A follow-up talk within 3 weeks after the incident (seed Bijlage 18 and 19).
 *
 * @example
 * ```ts
 * import { nazorgVervolggesprek } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(nazorgVervolggesprek, '2026-12-02').waarde; //=> { aantal: 3, eenheid: 'weken' }
 * ```
 */
export const nazorgVervolggesprek: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.nazorg.vervolggesprek',
  omschrijving: 'Vervolggesprek na een ernstig incident',
  strenger: 'lager',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: { aantal: 3, eenheid: 'weken' }, bron: SEED_OPVANG }],
});

/**
 * A closing talk "na ongeveer twee maanden" (seed Bijlage 18 and 19): an indication, not a hard term.
 *
 * @example
 * ```ts
 * import { nazorgAfsluitendGesprek } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(nazorgAfsluitendGesprek, '2026-12-02').waarde; //=> { aantal: 2, eenheid: 'maanden' }
 * ```
 */
export const nazorgAfsluitendGesprek: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.nazorg.afsluitendGesprek',
  omschrijving: 'Afsluitend gesprek na een ernstig incident (ongeveer)',
  strenger: 'lager',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: { aantal: 2, eenheid: 'maanden' }, bron: SEED_OPVANG }],
});

/**
 * Two weeks after a staff member's return the directie checks whether they feel safe again (seed Bijlage 19,
 * Terugkeer op het werk).
 *
 * @example
 * ```ts
 * import { nazorgTerugkeer } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(nazorgTerugkeer, '2026-12-02').waarde; //=> { aantal: 2, eenheid: 'weken' }
 * ```
 */
export const nazorgTerugkeer: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.nazorg.terugkeer',
  omschrijving: 'Onderzoek naar de veiligheid van de medewerker na terugkeer',
  strenger: 'lager',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: { aantal: 2, eenheid: 'weken' }, bron: SEED_OPVANG }],
});

/**
 * The agreement on medical actions is discussed at least once every three months (seed Bijlage 9, c) and at
 * the start of each school year (d).
 *
 * @example
 * ```ts
 * import { medischEvaluatie } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(medischEvaluatie, '2026-12-02').waarde; //=> { aantal: 3, eenheid: 'maanden' }
 * ```
 */
export const medischEvaluatie: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.medisch.evaluatie',
  omschrijving: 'Bespreking van de afspraken over medische handelingen',
  strenger: 'lager',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: { aantal: 3, eenheid: 'maanden' }, bron: SEED_MEDISCH }],
});

/**
 * Whether staff may perform a voorbehouden (BIG) handeling: by law yes, on instruction of a qualified person
 * and when competent (Wet BIG art. 35, 38). The seed board says no (the preset, stricter).
 *
 * @example
 * ```ts
 * import { medischBigDoorPersoneel } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(medischBigDoorPersoneel, '2026-12-02').waarde; //=> true
 * ```
 */
export const medischBigDoorPersoneel: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'calamiteiten.medisch.bigDoorPersoneel',
  omschrijving: 'Personeel mag een BIG-handeling verrichten (in opdracht en bekwaam)',
  strenger: 'lager',
  waarden: [{ geldigVanaf: '1997-12-01', waarde: true, bron: WET_BIG_35 }],
});

/**
 * BHV'ers present while the building is in use: at least 1. The Arbowet sets no number (art. 15 lid 3: enough
 * to do their tasks); the SDK reads first aid and evacuation as needing one present whenever people are in the
 * building, which is also the seed's rule.
 *
 * @example
 * ```ts
 * import { bhvMinimumAanwezig } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bhvMinimumAanwezig, '2026-12-02').waarde; //=> 1
 * ```
 */
export const bhvMinimumAanwezig: Regel<number> = /* @__PURE__ */ regel({
  id: 'calamiteiten.bhv.minimumAanwezig',
  omschrijving: "Aantal BHV'ers dat aanwezig is zolang het gebouw in gebruik is",
  strenger: 'hoger',
  waarden: [
    {
      geldigVanaf: '2007-01-01',
      waarde: 1,
      bron: { ...ARBOWET_15, zekerheid: 'interpretatie' },
    },
  ],
});

/**
 * Two BHV'ers per building is advised (seed, sector advice); falling below is a note, not a gap.
 *
 * @example
 * ```ts
 * import { bhvGeadviseerdAantal } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(bhvGeadviseerdAantal, '2026-12-02').waarde; //=> 2
 * ```
 */
export const bhvGeadviseerdAantal: Regel<number> = /* @__PURE__ */ regel({
  id: 'calamiteiten.bhv.geadviseerdAantal',
  omschrijving: "Geadviseerd aantal BHV'ers per schoolgebouw",
  strenger: 'hoger',
  waarden: [{ geldigVanaf: VANAF_SEED, waarde: 2, bron: SEED_BHV }],
});

/**
 * Whether the school always reports a crime against pupils or staff to the police: by law no (Sv art. 160
 * obliges only for the crimes it lists; art. 161 makes reporting a power). The seed says "te allen tijde" (the
 * preset, stricter).
 *
 * @example
 * ```ts
 * import { aangifteAltijd } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(aangifteAltijd, '2026-12-02').waarde; //=> false
 * ```
 */
export const aangifteAltijd: Regel<boolean> = /* @__PURE__ */ regel({
  id: 'calamiteiten.aangifte.altijdBijMisdrijf',
  omschrijving: 'Aangifte bij elk misdrijf jegens leerlingen of personeel',
  strenger: 'hoger',
  waarden: [{ geldigVanaf: '1926-01-01', waarde: false, bron: SV_161 }],
});

/**
 * Contact with the partner of a deceased parent, or with a bereaved staff member, "uiterlijk de dag na het
 * overlijden" (seed F.1): counted here from the day the school receives the message, 1 calendar day.
 *
 * @example
 * ```ts
 * import { rouwContactNabestaanden } from '@schoolveiligheid/calamiteiten';
 * import { waardeOp } from '@schoolveiligheid/kern';
 * waardeOp(rouwContactNabestaanden, '2026-12-02').waarde; //=> { aantal: 1, eenheid: 'kalenderdagen' }
 * ```
 */
export const rouwContactNabestaanden: Regel<Duur> = /* @__PURE__ */ regel({
  id: 'calamiteiten.rouw.contactNabestaanden',
  omschrijving: 'Contact met de nabestaanden na een overlijdensbericht',
  strenger: 'lager',
  waarden: [
    {
      geldigVanaf: VANAF_SEED,
      waarde: { aantal: 1, eenheid: 'kalenderdagen' },
      bron: {
        ...SEED_ROUW,
        zekerheid: 'interpretatie',
        toelichting:
          'Het plan zegt "uiterlijk de dag na het overlijden"; de SDK rekent vanaf de dag waarop het bericht de school bereikt.',
      },
    },
  ],
});

/**
 * The rules of `@schoolveiligheid/calamiteiten` as one registry; policies are checked against it.
 *
 * @example
 * ```ts
 * import { CALAMITEITEN_REGELS } from '@schoolveiligheid/calamiteiten';
 * Object.keys(CALAMITEITEN_REGELS.regels).length; //=> 13
 * ```
 */
export const CALAMITEITEN_REGELS: RegelRegister = /* @__PURE__ */ regelRegister('calamiteiten', [
  crisisteamMaxLeden,
  crisisteamBijeenkomst,
  nazorgContactUren,
  nazorgContactDagen,
  nazorgVervolggesprek,
  nazorgAfsluitendGesprek,
  nazorgTerugkeer,
  medischEvaluatie,
  medischBigDoorPersoneel,
  bhvMinimumAanwezig,
  bhvGeadviseerdAantal,
  aangifteAltijd,
  rouwContactNabestaanden,
]);
