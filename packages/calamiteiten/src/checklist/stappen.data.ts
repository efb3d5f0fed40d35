// The ordered, role-assigned checklists as data: the calamiteitenprotocol (seed "Bij escalatie" and Bijlage 17,
// the crisis team of "Taken en functies", WPO art. 4a) and the grief protocols (seed F.1 Protocol rouw en
// verdriet). One row per step: who does it, for which kinds of incident, after which steps, and whether a
// school may mark it as not needed. The texts are in the step catalogue (codes/codes.ts).
import type { Bron, Duur, Regel } from '@schoolveiligheid/kern';
import {
  SEED_CALAMITEITENPROTOCOL,
  SEED_CRISISTEAM,
  SEED_OPVANG,
  SEED_ROUW,
  WPO_4A_LID_1,
  WPO_4A_LID_2,
} from '../bronnen/bronnen.js';
import type { CalamiteitStapCode, RouwStapCode } from '../codes/codes.js';
import {
  crisisteamBijeenkomst,
  nazorgAfsluitendGesprek,
  nazorgContactDagen,
  nazorgContactUren,
  nazorgVervolggesprek,
  rouwContactNabestaanden,
} from '../regels/regels.js';
import type { CalamiteitenRol } from '../rollen/rollen.js';

/** One step of a checklist. */
export interface ChecklistStap<S extends string, C extends string> {
  readonly code: C;
  readonly rol: CalamiteitenRol;
  readonly bron: Bron;
  /** The kinds the step applies to; all when absent. */
  readonly soorten?: readonly S[];
  /** Steps (of those that apply) that must be done first. */
  readonly na?: readonly C[];
  /** Kinds for which the step may not be marked "not needed" and must be done before closing. */
  readonly verplichtBij?: readonly S[];
  /** A more precise source per kind. */
  readonly bronBij?: Partial<Record<S, Bron>>;
}

/** A term that starts with the report or a step and ends with a step. */
export interface ChecklistTermijn<S extends string, C extends string, T extends string> {
  readonly code: T;
  readonly rol: CalamiteitenRol;
  readonly van: 'gemeld' | C;
  readonly tot: C;
  readonly regel: Regel<Duur>;
  readonly soorten?: readonly S[];
}

/** The kinds of incident the calamiteitenprotocol distinguishes. */
export const INCIDENT_SOORTEN = [
  'ongeval',
  'brand',
  'geweld',
  'overlijden',
  'misdrijf',
  'zedendelict-medewerker',
] as const;

/** A kind of incident. */
export type IncidentSoort = (typeof INCIDENT_SOORTEN)[number];

const FYSIEK: readonly IncidentSoort[] = ['ongeval', 'brand', 'geweld'];
/** The kinds with a victim who gets aftercare (seed Bijlagen 18 and 19: "ernstige incidenten"). */
const MET_SLACHTOFFER: readonly IncidentSoort[] = [...FYSIEK, 'misdrijf', 'zedendelict-medewerker'];
const B17 = SEED_CALAMITEITENPROTOCOL;

/** The calamiteitenprotocol, in the seed's order. */
export const CALAMITEIT_STAPPEN: readonly ChecklistStap<IncidentSoort, CalamiteitStapCode>[] = [
  { code: 'IN_VEILIGHEID_BRENGEN', rol: 'medewerker', bron: B17 },
  { code: 'ERNST_INSCHATTEN', rol: 'medewerker', bron: B17, na: ['IN_VEILIGHEID_BRENGEN'] },
  { code: 'SCHOOLLEIDER_INFORMEREN', rol: 'medewerker', bron: B17, na: ['IN_VEILIGHEID_BRENGEN'] },
  { code: 'EERSTE_HULP', rol: 'bhver', bron: B17, soorten: FYSIEK },
  { code: 'ONTRUIMEN', rol: 'bhver', bron: B17, soorten: ['brand'] },
  { code: 'HULPDIENSTEN_112', rol: 'medewerker', bron: B17, soorten: FYSIEK },
  { code: 'BERICHT_VERIFIEREN', rol: 'directeur', bron: B17, na: ['SCHOOLLEIDER_INFORMEREN'] },
  { code: 'BESTUUR_INFORMEREN', rol: 'directeur', bron: B17, na: ['SCHOOLLEIDER_INFORMEREN'] },
  {
    code: 'ONGEVALSFEITEN_VASTLEGGEN',
    rol: 'veiligheidscoordinator',
    bron: B17,
    soorten: FYSIEK,
    na: ['SCHOOLLEIDER_INFORMEREN'],
  },
  { code: 'INFORMATIEVOLGORDE_AFSPREKEN', rol: 'directeur', bron: B17, na: ['SCHOOLLEIDER_INFORMEREN'] },
  { code: 'DADER_AFSCHERMEN', rol: 'medewerker', bron: B17, soorten: ['geweld'] },
  { code: 'SCHOOL_BEREIKBAAR', rol: 'directeur', bron: B17 },
  { code: 'CRISISTEAM_BIJEENROEPEN', rol: 'directeur', bron: SEED_CRISISTEAM, na: ['SCHOOLLEIDER_INFORMEREN'] },
  { code: 'CRISISTEAM_BIJEEN', rol: 'bestuurssecretariaat', bron: SEED_CRISISTEAM, na: ['CRISISTEAM_BIJEENROEPEN'] },
  { code: 'PERSONEEL_INFORMEREN', rol: 'directeur', bron: B17, na: ['BESTUUR_INFORMEREN'] },
  { code: 'LEERLINGEN_INFORMEREN', rol: 'leerkracht', bron: B17, na: ['PERSONEEL_INFORMEREN'] },
  {
    code: 'FAMILIE_CONTACT',
    rol: 'directeur',
    bron: B17,
    soorten: [...FYSIEK, 'overlijden'],
    na: ['INFORMATIEVOLGORDE_AFSPREKEN'],
  },
  { code: 'OUDERS_PER_BRIEF', rol: 'directeur', bron: B17, na: ['LEERLINGEN_INFORMEREN', 'FAMILIE_CONTACT'] },
  { code: 'PERS_VIA_BESTUUR', rol: 'bevoegd-gezag', bron: B17 },
  { code: 'MR_INFORMEREN', rol: 'directeur', bron: B17, na: ['BESTUUR_INFORMEREN'] },
  {
    code: 'VERTROUWENSINSPECTEUR_OVERLEGGEN',
    rol: 'bevoegd-gezag',
    bron: WPO_4A_LID_1,
    soorten: ['zedendelict-medewerker'],
    verplichtBij: ['zedendelict-medewerker'],
  },
  {
    code: 'BETROKKENEN_INFORMEREN_VOOR_AANGIFTE',
    rol: 'bevoegd-gezag',
    bron: WPO_4A_LID_2,
    soorten: ['zedendelict-medewerker'],
    na: ['VERTROUWENSINSPECTEUR_OVERLEGGEN'],
    verplichtBij: ['zedendelict-medewerker'],
  },
  {
    code: 'AANGIFTE_DOEN',
    rol: 'bevoegd-gezag',
    bron: B17,
    soorten: ['geweld', 'misdrijf', 'zedendelict-medewerker'],
    na: ['VERTROUWENSINSPECTEUR_OVERLEGGEN', 'BETROKKENEN_INFORMEREN_VOOR_AANGIFTE'],
    verplichtBij: ['zedendelict-medewerker'],
    bronBij: { 'zedendelict-medewerker': WPO_4A_LID_2 },
  },
  { code: 'UITKOMST_ARCHIVEREN', rol: 'bestuurssecretariaat', bron: SEED_CRISISTEAM, na: ['CRISISTEAM_BIJEEN'] },
  // Aftercare for the victim (seed Bijlage 18 for a pupil, 19 for a staff member). Not mandatory: the school
  // leader marks the steps not needed when nobody was harmed, which also ends their terms.
  {
    code: 'NAZORG_CONTACT_DIRECTIE',
    rol: 'directeur',
    bron: SEED_OPVANG,
    soorten: MET_SLACHTOFFER,
    na: ['SCHOOLLEIDER_INFORMEREN'],
  },
  {
    code: 'NAZORG_CONTACT_VEILIGHEIDSCOORDINATOR',
    rol: 'veiligheidscoordinator',
    bron: SEED_OPVANG,
    soorten: MET_SLACHTOFFER,
    na: ['SCHOOLLEIDER_INFORMEREN'],
  },
  {
    code: 'NAZORG_VERVOLGGESPREK_GEVOERD',
    rol: 'directeur',
    bron: SEED_OPVANG,
    soorten: MET_SLACHTOFFER,
    na: ['NAZORG_CONTACT_DIRECTIE'],
  },
  {
    code: 'NAZORG_AFSLUITEND_GESPREK_GEVOERD',
    rol: 'directeur',
    bron: SEED_OPVANG,
    soorten: MET_SLACHTOFFER,
    na: ['NAZORG_VERVOLGGESPREK_GEVOERD'],
  },
];

/** The codes of the terms of the calamiteitenprotocol. */
export type CalamiteitTermijnCode =
  | 'CRISISTEAM_BIJEENKOMST'
  | 'NAZORG_CONTACT_72_UUR'
  | 'NAZORG_CONTACT_3_DAGEN'
  | 'NAZORG_VERVOLGGESPREK'
  | 'NAZORG_AFSLUITEND_GESPREK';

/** The terms of the calamiteitenprotocol. */
export const CALAMITEIT_TERMIJNEN: readonly ChecklistTermijn<
  IncidentSoort,
  CalamiteitStapCode,
  CalamiteitTermijnCode
>[] = [
  {
    code: 'CRISISTEAM_BIJEENKOMST',
    rol: 'bestuurssecretariaat',
    van: 'CRISISTEAM_BIJEENROEPEN',
    tot: 'CRISISTEAM_BIJEEN',
    regel: crisisteamBijeenkomst,
  },
  // The aftercare terms of Bijlagen 18 and 19, counted from the report: the seed has the incident reported
  // "onmiddellijk", so the report is the incident's moment. The same rules as `nazorgPlan`.
  {
    code: 'NAZORG_CONTACT_72_UUR',
    rol: 'directeur',
    van: 'gemeld',
    tot: 'NAZORG_CONTACT_DIRECTIE',
    regel: nazorgContactUren,
    soorten: MET_SLACHTOFFER,
  },
  {
    code: 'NAZORG_CONTACT_3_DAGEN',
    rol: 'veiligheidscoordinator',
    van: 'gemeld',
    tot: 'NAZORG_CONTACT_VEILIGHEIDSCOORDINATOR',
    regel: nazorgContactDagen,
    soorten: MET_SLACHTOFFER,
  },
  {
    code: 'NAZORG_VERVOLGGESPREK',
    rol: 'directeur',
    van: 'gemeld',
    tot: 'NAZORG_VERVOLGGESPREK_GEVOERD',
    regel: nazorgVervolggesprek,
    soorten: MET_SLACHTOFFER,
  },
  {
    code: 'NAZORG_AFSLUITEND_GESPREK',
    rol: 'directeur',
    van: 'gemeld',
    tot: 'NAZORG_AFSLUITEND_GESPREK_GEVOERD',
    regel: nazorgAfsluitendGesprek,
    soorten: MET_SLACHTOFFER,
  },
];

/** The grief situations of the seed's Protocol rouw en verdriet. */
export const ROUW_SITUATIES = [
  'overlijden-leerling',
  'overlijden-personeelslid',
  'overlijden-ouder-broer-zus',
  'overlijden-familie-personeelslid',
] as const;

/** A grief situation. */
export type RouwSituatie = (typeof ROUW_SITUATIES)[number];

const KIND_OF_COLLEGA: readonly RouwSituatie[] = [
  'overlijden-leerling',
  'overlijden-personeelslid',
  'overlijden-ouder-broer-zus',
];

/** The grief protocols, in the seed's order. */
export const ROUW_STAPPEN: readonly ChecklistStap<RouwSituatie, RouwStapCode>[] = [
  { code: 'BERICHT_AANNEMEN', rol: 'medewerker', bron: SEED_ROUW },
  { code: 'CONTACTPERSOON_WAARSCHUWEN', rol: 'medewerker', bron: SEED_ROUW, na: ['BERICHT_AANNEMEN'] },
  {
    code: 'BERICHT_CONTROLEREN',
    rol: 'interne-contactpersoon',
    bron: SEED_ROUW,
    na: ['CONTACTPERSOON_WAARSCHUWEN'],
  },
  {
    code: 'ROUWTEAM_SAMENSTELLEN',
    rol: 'interne-contactpersoon',
    bron: SEED_ROUW,
    soorten: KIND_OF_COLLEGA,
    na: ['BERICHT_CONTROLEREN'],
  },
  { code: 'TEAM_INFORMEREN', rol: 'interne-contactpersoon', bron: SEED_ROUW, na: ['BERICHT_CONTROLEREN'] },
  {
    code: 'BROERS_ZUSSEN_AANPAK',
    rol: 'interne-contactpersoon',
    bron: SEED_ROUW,
    soorten: ['overlijden-leerling'],
    na: ['TEAM_INFORMEREN'],
  },
  { code: 'CONTACT_NABESTAANDEN', rol: 'interne-contactpersoon', bron: SEED_ROUW, na: ['BERICHT_CONTROLEREN'] },
  {
    code: 'GROEP_INFORMEREN',
    rol: 'leerkracht',
    bron: SEED_ROUW,
    na: ['TEAM_INFORMEREN', 'CONTACT_NABESTAANDEN'],
  },
  {
    code: 'ANDERE_GROEPEN_INFORMEREN',
    rol: 'leerkracht',
    bron: SEED_ROUW,
    soorten: ['overlijden-leerling', 'overlijden-personeelslid'],
    na: ['GROEP_INFORMEREN'],
  },
  { code: 'OUDERS_PER_BRIEF', rol: 'directeur', bron: SEED_ROUW, na: ['GROEP_INFORMEREN'] },
  { code: 'BESTUUR_EN_MR_INFORMEREN', rol: 'directeur', bron: SEED_ROUW, na: ['TEAM_INFORMEREN'] },
  {
    code: 'INSTANTIES_INFORMEREN',
    rol: 'interne-contactpersoon',
    bron: SEED_ROUW,
    soorten: ['overlijden-leerling', 'overlijden-ouder-broer-zus'],
    na: ['TEAM_INFORMEREN'],
  },
  { code: 'HUISBEZOEK', rol: 'interne-contactpersoon', bron: SEED_ROUW, na: ['CONTACT_NABESTAANDEN'] },
  {
    code: 'ROUWADVERTENTIE',
    rol: 'directeur',
    bron: SEED_ROUW,
    soorten: ['overlijden-leerling', 'overlijden-personeelslid', 'overlijden-familie-personeelslid'],
    na: ['HUISBEZOEK'],
  },
  { code: 'ORGANISATORISCHE_AANPASSINGEN', rol: 'directeur', bron: SEED_ROUW, na: ['TEAM_INFORMEREN'] },
  {
    code: 'VOOR_DE_UITVAART',
    rol: 'leerkracht',
    bron: SEED_ROUW,
    soorten: KIND_OF_COLLEGA,
    na: ['GROEP_INFORMEREN'],
  },
  { code: 'UITVAART', rol: 'directeur', bron: SEED_ROUW, na: ['HUISBEZOEK'] },
  { code: 'NA_DE_UITVAART', rol: 'leerkracht', bron: SEED_ROUW, na: ['UITVAART'] },
  { code: 'NAZORG', rol: 'interne-contactpersoon', bron: SEED_ROUW, na: ['NA_DE_UITVAART'] },
  {
    code: 'VERJAARDAG_EN_STERFDAG',
    rol: 'leerkracht',
    bron: SEED_ROUW,
    soorten: KIND_OF_COLLEGA,
    na: ['NAZORG'],
  },
];

/** The terms of the grief protocols. */
export const ROUW_TERMIJNEN: readonly ChecklistTermijn<RouwSituatie, RouwStapCode, 'CONTACT_NABESTAANDEN'>[] = [
  {
    code: 'CONTACT_NABESTAANDEN',
    rol: 'interne-contactpersoon',
    van: 'gemeld',
    tot: 'CONTACT_NABESTAANDEN',
    regel: rouwContactNabestaanden,
    soorten: ['overlijden-ouder-broer-zus', 'overlijden-familie-personeelslid'],
  },
];
