import { type Bron, bron, type Vindplaats } from '@schoolveiligheid/kern';

// The sources of this package, each built once with kern's `bron(wet, vindplaats)`. Read: Arbowet
// (BWBR0010346) art. 9 and 15 in the consolidation of 2026-07-01; WPO (BWBR0003420) art. 4a as read by the
// klachtenregeling package in the consolidation of 2026-08-01; Sv art. 160-161 and Wet BIG art. 35-38 not
// re-read in this release (flagged `onbevestigd`); the seed veiligheidsplan 2018 (policy, not law).

const ARBOWET_VERSIE = '2026-07-01';

/** A section of the seed veiligheidsplan 2018 (policy, not law). */
function seed(artikel: string, toelichting?: string): Bron {
  return bron('seed-2018', {
    artikel,
    zekerheid: 'secundair',
    ...(toelichting === undefined ? {} : { toelichting }),
  });
}

/** Arbowet `artikel` lid `lid` as read in the consolidation of 2026-07-01. */
function arbowet(artikel: string, lid: number, extra: Partial<Vindplaats> = {}): Bron {
  return bron('arbowet', { artikel, lid, versie: ARBOWET_VERSIE, zekerheid: 'wettekst', ...extra });
}

/**
 * The seed's calamiteitenprotocol: "Bij escalatie: calamiteitenprotocol" and Bijlage 17 (what to do when an
 * incident happens, who informs whom, staff before pupils, other parents by letter, the press via the board).
 *
 * @example
 * ```ts
 * import { SEED_CALAMITEITENPROTOCOL } from '@schoolveiligheid/calamiteiten';
 * SEED_CALAMITEITENPROTOCOL.zekerheid; //=> 'secundair'
 * ```
 */
export const SEED_CALAMITEITENPROTOCOL: Bron = /* @__PURE__ */ seed(
  'Bij escalatie: calamiteitenprotocol; Bijlage 17',
);

/**
 * The seed's crisis team: "Taken en functies: INCIDENTEEL: het crisisteam" (composition per kind of crisis,
 * at most 6 members, a meeting within 24 hours, advisory only, confidential, the outcome archived).
 *
 * @example
 * ```ts
 * import { SEED_CRISISTEAM } from '@schoolveiligheid/calamiteiten';
 * SEED_CRISISTEAM.artikel; //=> 'Taken en functies: INCIDENTEEL: het crisisteam'
 * ```
 */
export const SEED_CRISISTEAM: Bron = /* @__PURE__ */ seed('Taken en functies: INCIDENTEEL: het crisisteam');

/**
 * The seed's aftercare protocols: Bijlage 18 (pupils) and Bijlage 19 (staff) after a serious incident.
 *
 * @example
 * ```ts
 * import { SEED_OPVANG } from '@schoolveiligheid/calamiteiten';
 * SEED_OPVANG.artikel; //=> 'Bijlage 18 en 19'
 * ```
 */
export const SEED_OPVANG: Bron = /* @__PURE__ */ seed('Bijlage 18 en 19');

/**
 * The reading of "binnen drie dagen" in Bijlagen 18 and 19 as calendar days: the seed names no day kind; the
 * same list says "in ieder geval binnen 72 uur"; the term is a school arrangement, so the Algemene termijnenwet
 * does not extend it (Atw art. 1 covers statutory terms only) and school days would let a vacation postpone
 * contact with a victim by weeks.
 *
 * @example
 * ```ts
 * import { SEED_OPVANG_DAGSOORT } from '@schoolveiligheid/calamiteiten';
 * SEED_OPVANG_DAGSOORT.zekerheid; //=> 'interpretatie'
 * ```
 */
export const SEED_OPVANG_DAGSOORT: Bron = /* @__PURE__ */ bron('seed-2018', {
  artikel: 'Bijlage 18 en 19',
  zekerheid: 'interpretatie',
  toelichting:
    'Het plan noemt geen soort dagen. De SDK leest "binnen drie dagen" als kalenderdagen: dezelfde bijlage zegt "in ieder geval binnen 72 uur", het is een schoolregeling (geen verlenging door de Algemene termijnenwet) en schooldagen zouden het contact met een slachtoffer door een vakantie weken uitstellen.',
});

/**
 * The seed's "Protocol rouw en verdriet" (F.1) with the letters of Bijlagen 22-28 and the rouwadvertenties of
 * Bijlage 29.
 *
 * @example
 * ```ts
 * import { SEED_ROUW } from '@schoolveiligheid/calamiteiten';
 * SEED_ROUW.artikel; //=> 'F.1 Protocol rouw en verdriet; Bijlagen 22-29'
 * ```
 */
export const SEED_ROUW: Bron = /* @__PURE__ */ seed('F.1 Protocol rouw en verdriet; Bijlagen 22-29');

/**
 * The seed's medical protocol: Bijlage 8 (consent when a pupil falls ill), 9 (agreement on medical actions),
 * 10 (a calamity with medication), 11 (Wet BIG and liability).
 *
 * @example
 * ```ts
 * import { SEED_MEDISCH } from '@schoolveiligheid/calamiteiten';
 * SEED_MEDISCH.artikel; //=> 'Bijlagen 8-11'
 * ```
 */
export const SEED_MEDISCH: Bron = /* @__PURE__ */ seed('Bijlagen 8-11');

/**
 * Bijlage 12 of the seed: the board's position that staff perform no medical actions that need a BIG
 * qualification, with an individual exception for life-saving actions (board policy, not law).
 *
 * @example
 * ```ts
 * import { SEED_STANDPUNT_BESTUUR } from '@schoolveiligheid/calamiteiten';
 * SEED_STANDPUNT_BESTUUR.artikel; //=> 'Bijlage 11 en 12'
 * ```
 */
export const SEED_STANDPUNT_BESTUUR: Bron = /* @__PURE__ */ seed(
  'Bijlage 11 en 12',
  'Bestuursbeleid, geen wet: personeelsleden voeren geen BIG-handelingen uit; levensreddend handelen bij acute allergie of shock alleen na individuele, vrijwillige afspraak.',
);

/**
 * The seed's BHV section ("PER SCHOOL: Bedrijfshulpverlener"): always a BHV'er in the building, two per
 * building advised; the number is not set by law.
 *
 * @example
 * ```ts
 * import { SEED_BHV } from '@schoolveiligheid/calamiteiten';
 * SEED_BHV.artikel; //=> 'Taken en functies: PER SCHOOL: Bedrijfshulpverlener'
 * ```
 */
export const SEED_BHV: Bron = /* @__PURE__ */ seed('Taken en functies: PER SCHOOL: Bedrijfshulpverlener');

/**
 * The seed's sociale kaart (F.2): the organisations a school fills in with its own partners.
 *
 * @example
 * ```ts
 * import { SEED_SOCIALE_KAART } from '@schoolveiligheid/calamiteiten';
 * SEED_SOCIALE_KAART.artikel; //=> 'F.2 Sociale kaart'
 * ```
 */
export const SEED_SOCIALE_KAART: Bron = /* @__PURE__ */ seed('F.2 Sociale kaart');

/**
 * Arbowet art. 15 lid 1 and 3: the employer designates one or more bedrijfshulpverleners, enough in number and
 * so organised that they can do their tasks. The law sets no number and no presence rule.
 *
 * @example
 * ```ts
 * import { ARBOWET_15 } from '@schoolveiligheid/calamiteiten';
 * ARBOWET_15.artikel; //=> 'art. 15 lid 3'
 * ```
 */
export const ARBOWET_15: Bron = /* @__PURE__ */ arbowet('15', 3, {
  toelichting:
    'Lid 1: de werkgever wijst een of meer bedrijfshulpverleners aan; lid 3: zodanig in aantal en georganiseerd dat zij hun taken naar behoren kunnen vervullen. De wet noemt geen aantal.',
});

/**
 * Arbowet art. 9 lid 2 as it reads on 2026-07-01: the employer keeps a list of reported accidents. The seed
 * cites this lid for the internal notice to the BHV'ers and the MR; the law does not say that (the notice is
 * the seed's policy; art. 15a lets BHV'ers see the accident reports).
 *
 * @example
 * ```ts
 * import { ARBOWET_9_LID_2 } from '@schoolveiligheid/calamiteiten';
 * ARBOWET_9_LID_2.lid; //=> 2
 * ```
 */
export const ARBOWET_9_LID_2: Bron = /* @__PURE__ */ arbowet('9', 2, {
  toelichting:
    'Lid 2 gaat over de lijst van arbeidsongevallen, niet over een interne melding: de melding aan BHV en MR is beleid van het veiligheidsplan; art. 15a geeft BHV-ers inzage in ongevalsrapportages.',
});

/**
 * WPO art. 4a lid 2: at a reasonable suspicion of a sexual offence by someone working for the school against a
 * pupil, the board reports to the police without delay, after informing the pupil's parents and the person
 * concerned. No policy step may change this order.
 *
 * @example
 * ```ts
 * import { WPO_4A_LID_2 } from '@schoolveiligheid/calamiteiten';
 * WPO_4A_LID_2.wet; //=> 'wpo'
 * ```
 */
export const WPO_4A_LID_2: Bron = /* @__PURE__ */ bron('wpo', {
  artikel: '4a',
  lid: 2,
  versie: '2026-08-01',
  zekerheid: 'wettekst',
  toelichting:
    'Bij een redelijk vermoeden onverwijld aangifte en de vertrouwensinspecteur inlichten; vóór de aangifte de ouders van de leerling en de betrokken persoon op de hoogte stellen.',
});

/**
 * WPO art. 4a lid 1: the board consults the vertrouwensinspecteur without delay.
 *
 * @example
 * ```ts
 * import { WPO_4A_LID_1 } from '@schoolveiligheid/calamiteiten';
 * WPO_4A_LID_1.lid; //=> 1
 * ```
 */
export const WPO_4A_LID_1: Bron = /* @__PURE__ */ bron('wpo', {
  artikel: '4a',
  lid: 1,
  versie: '2026-08-01',
  zekerheid: 'wettekst',
  toelichting: 'Overlegplicht met de vertrouwensinspecteur bij een mogelijk seksueel misdrijf.',
});

/**
 * Sv art. 160: a duty to report only for the crimes it lists (crimes against life, kidnapping, rape, crimes
 * endangering general safety with danger to life, among others); art. 161: anyone may report any crime.
 * Not re-read in this release.
 *
 * @example
 * ```ts
 * import { SV_160 } from '@schoolveiligheid/calamiteiten';
 * SV_160.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const SV_160: Bron = /* @__PURE__ */ bron('sv', {
  artikel: '160',
  lid: 1,
  zekerheid: 'onbevestigd',
  toelichting:
    'Aangifteplicht alleen voor de misdrijven die het artikel noemt (zoals misdrijven tegen het leven, mensenroof, verkrachting); voor andere strafbare feiten is aangifte een bevoegdheid (art. 161). De tekst is in deze release niet opnieuw gelezen.',
});

/**
 * Sv art. 161: anyone who knows of a crime may report it (a power, not a duty).
 *
 * @example
 * ```ts
 * import { SV_161 } from '@schoolveiligheid/calamiteiten';
 * SV_161.artikel; //=> 'art. 161'
 * ```
 */
export const SV_161: Bron = /* @__PURE__ */ bron('sv', {
  artikel: '161',
  zekerheid: 'onbevestigd',
  toelichting: 'Ieder die kennis draagt van een strafbaar feit is bevoegd aangifte te doen.',
});

/**
 * Wet BIG art. 35 and 38: a voorbehouden handeling by someone who is not qualified by law is allowed only on the
 * instruction of a qualified person and when the performer is competent (bekwaam). Not re-read in this release.
 *
 * @example
 * ```ts
 * import { WET_BIG_35 } from '@schoolveiligheid/calamiteiten';
 * WET_BIG_35.wet; //=> 'wet-big'
 * ```
 */
export const WET_BIG_35: Bron = /* @__PURE__ */ bron('wet-big', {
  artikel: '35',
  lid: 1,
  zekerheid: 'onbevestigd',
  toelichting:
    'Een niet-zelfstandig bevoegde mag een voorbehouden handeling alleen verrichten in opdracht van een bevoegde en als hij bekwaam is (art. 35 en 38). De tekst is in deze release niet opnieuw gelezen.',
});

/**
 * Wet BIG art. 36 lid 14 as the seed reads it (Bijlage 11): in an emergency the rules on voorbehouden
 * handelingen do not bar anyone from helping as best they can. Not re-read in this release.
 *
 * @example
 * ```ts
 * import { WET_BIG_NOOD } from '@schoolveiligheid/calamiteiten';
 * WET_BIG_NOOD.zekerheid; //=> 'onbevestigd'
 * ```
 */
export const WET_BIG_NOOD: Bron = /* @__PURE__ */ bron('wet-big', {
  artikel: '36',
  lid: 14,
  zekerheid: 'onbevestigd',
  toelichting:
    'Het veiligheidsplan (Bijlage 11): "De wet BIG is niet van toepassing als er sprake is van een noodsituatie." Het precieze lid is in deze release niet opnieuw gelezen.',
});
