// The vocabulary of the datalek package: plain constant lists, no zod, so the decision can be imported
// without pulling in the schemas.

import type { RolId } from '@schoolveiligheid/kern';

/**
 * The roles of the seed's procedure (veiligheidsplan 2018, C.6 Deel A-E) plus a processor (verwerker, AVG
 * 33(2)), as ids of kern's one role vocabulary `ROLLEN`: the seed's "schooldirecteur" is `directeur`, its
 * "college van bestuur" is `bevoegd-gezag`. Dossiers stored with the old names still replay (see
 * `vanOudeVorm`).
 *
 * @example
 * ```ts
 * import { DATALEK_ROLLEN } from '@schoolveiligheid/datalek';
 * DATALEK_ROLLEN.includes('privacyfunctionaris'); //=> true
 * DATALEK_ROLLEN.includes('bevoegd-gezag'); //=> true
 * ```
 */
export const DATALEK_ROLLEN = [
  'medewerker',
  'leerling',
  'directeur',
  'privacyfunctionaris',
  'bevoegd-gezag',
  'communicatiemedewerker',
  'verwerker',
] as const satisfies readonly RolId[];

/** A role in the datalek procedure: a {@link RolId} of kern. People are identified by role and id, never by name. */
export type DatalekRol = (typeof DATALEK_ROLLEN)[number];

/** @deprecated Use {@link DatalekRol}; the role ids are kern's (`directeur`, `bevoegd-gezag`). */
export type Rol = DatalekRol;

/** Role names of release 0.1 and the kern role id that replaced each. */
export const OUDE_ROLNAMEN: Readonly<Record<string, DatalekRol>> = {
  schooldirecteur: 'directeur',
  'college-van-bestuur': 'bevoegd-gezag',
};

// Technical limits of the schemas (lengths of ids and texts), so stored data stays bounded: not law.
export const MAX_ID = 64; // geen-rechtsgetal: length of an id
export const MAX_KORT = 200; // geen-rechtsgetal: length of a short text (a place, a name of software)
export const MAX_MAATREGEL = 500; // geen-rechtsgetal: length of a measure in the registration
export const MAX_OMSCHRIJVING = 1000; // geen-rechtsgetal: length of a measure in the dossier
export const MAX_TOELICHTING = 2000; // geen-rechtsgetal: length of an explanation
export const MAX_TEKST = 4000; // geen-rechtsgetal: length of a free text

/**
 * The three kinds of breach (EDPB 9/2022): `vertrouwelijkheid` (unauthorised disclosure or access),
 * `integriteit` (unauthorised alteration), `beschikbaarheid` (loss of access or destruction).
 *
 * @example
 * ```ts
 * import { INBREUKSOORTEN } from '@schoolveiligheid/datalek';
 * INBREUKSOORTEN.length; //=> 3
 * ```
 */
export const INBREUKSOORTEN = ['vertrouwelijkheid', 'integriteit', 'beschikbaarheid'] as const;

/** A kind of breach; see {@link INBREUKSOORTEN}. */
export type Inbreuksoort = (typeof INBREUKSOORTEN)[number];

/**
 * What a registration may list as a kind of breach: the three kinds, or `onbekend` when it is not yet known
 * which. `onbekend` counts as all three (unknown never lowers the outcome).
 *
 * @example
 * ```ts
 * import { INBREUK_KEUZES } from '@schoolveiligheid/datalek';
 * INBREUK_KEUZES.includes('onbekend'); //=> true
 * ```
 */
export const INBREUK_KEUZES = ['vertrouwelijkheid', 'integriteit', 'beschikbaarheid', 'onbekend'] as const;

/** A kind of breach as registered: {@link Inbreuksoort} or `onbekend`. */
export type InbreukKeuze = (typeof INBREUK_KEUZES)[number];

/**
 * Data categories, from the seed's list of "gegevens van gevoelige aard" (C.6 Deel C Stap 3) and the AP form
 * (Bijlage 15, vraag 30).
 *
 * @example
 * ```ts
 * import { GEGEVENSCATEGORIEEN } from '@schoolveiligheid/datalek';
 * GEGEVENSCATEGORIEEN.includes('gezondheid-zorg'); //=> true
 * ```
 */
export const GEGEVENSCATEGORIEEN = [
  'identificerend',
  'contact',
  'bsn',
  'inloggegevens',
  'financieel',
  'gezondheid-zorg',
  'bijzonder',
  'strafrechtelijk',
  'leerresultaten-gedrag',
  'stigmatiserend-overig',
  'overig',
] as const;

/** A data category; see {@link GEGEVENSCATEGORIEEN}. */
export type Gegevenscategorie = (typeof GEGEVENSCATEGORIEEN)[number];

/**
 * What a registration may list as a data category: a {@link Gegevenscategorie}, or `onbekend` when it is not
 * yet known which data were affected. `onbekend` counts as data of a sensitive nature until it is known.
 *
 * @example
 * ```ts
 * import { CATEGORIE_KEUZES } from '@schoolveiligheid/datalek';
 * CATEGORIE_KEUZES.at(-1); //=> 'onbekend'
 * ```
 */
export const CATEGORIE_KEUZES = [...GEGEVENSCATEGORIEEN, 'onbekend'] as const;

/** A data category as registered: {@link Gegevenscategorie} or `onbekend`. */
export type CategorieKeuze = (typeof CATEGORIE_KEUZES)[number];

/**
 * Categories "van gevoelige aard" (seed C.6 Deel C Stap 3; AP): a breach of these makes the risk high.
 *
 * @example
 * ```ts
 * import { GEVOELIGE_CATEGORIEEN } from '@schoolveiligheid/datalek';
 * GEVOELIGE_CATEGORIEEN.includes('bsn'); //=> true
 * GEVOELIGE_CATEGORIEEN.includes('contact'); //=> false
 * ```
 */
export const GEVOELIGE_CATEGORIEEN: readonly Gegevenscategorie[] = /* @__PURE__ */ GEGEVENSCATEGORIEEN.filter(
  (c) => c !== 'identificerend' && c !== 'contact' && c !== 'overig',
);

/**
 * What kind of incident: the seed's examples (C.6 Deel A) plus a wrong recipient.
 *
 * @example
 * ```ts
 * import { INCIDENTSOORTEN } from '@schoolveiligheid/datalek';
 * INCIDENTSOORTEN.includes('ddos'); //=> true
 * ```
 */
export const INCIDENTSOORTEN = [
  'storing',
  'verlies',
  'diefstal',
  'hack',
  'ddos',
  'malware',
  'inloggegevens-gestolen',
  'fysieke-toegang',
  'verkeerde-ontvanger',
  'anders',
] as const;

/** A kind of incident; see {@link INCIDENTSOORTEN}. */
export type Incidentsoort = (typeof INCIDENTSOORTEN)[number];

/**
 * Groups of data subjects at a school.
 *
 * @example
 * ```ts
 * import { BETROKKENENGROEPEN } from '@schoolveiligheid/datalek';
 * BETROKKENENGROEPEN[0]; //=> 'leerlingen'
 * ```
 */
export const BETROKKENENGROEPEN = ['leerlingen', 'ouders', 'medewerkers', 'anders'] as const;

/** `ja`, `nee` or `onbekend`: an unknown fact counts towards reporting (AP: "bij twijfel melden"). */
export const JA_NEE_ONBEKEND = ['ja', 'nee', 'onbekend'] as const;

/**
 * How the data concerned were made unintelligible: not at all, encrypted with an outdated method or to the state
 * of the art, or hashed (one-way, for passwords) with an outdated algorithm or to the state of the art (a
 * current algorithm for passwords, with salt). Hashing is not encryption: it has no key to compromise.
 *
 * @example
 * ```ts
 * import { VERSLEUTELINGEN } from '@schoolveiligheid/datalek';
 * VERSLEUTELINGEN.includes('hash-stand-der-techniek'); //=> true
 * ```
 */
export const VERSLEUTELINGEN = [
  'geen',
  'verouderd',
  'stand-der-techniek',
  'hash-verouderd',
  'hash-stand-der-techniek',
] as const;

/**
 * Were the data copied out of the school's control (exfiltration)? A fact of its own, apart from signs of
 * malicious intent (`aanwijzingMisbruik`): `uitgesloten` (the logs show no outward flow), `mogelijk` (not
 * excluded), `bevestigd`.
 *
 * @example
 * ```ts
 * import { EXFILTRATIES } from '@schoolveiligheid/datalek';
 * EXFILTRATIES; //=> ['uitgesloten', 'mogelijk', 'bevestigd']
 * ```
 */
export const EXFILTRATIES = ['uitgesloten', 'mogelijk', 'bevestigd'] as const;

/**
 * Who received data sent or shown to the wrong people: a trusted institution (a colleague school, the GGD), a
 * known person (a parent, a colleague), the public (a website, a public group), or unknown.
 *
 * @example
 * ```ts
 * import { ONTVANGERSOORTEN } from '@schoolveiligheid/datalek';
 * ONTVANGERSOORTEN[0]; //=> 'betrouwbare-instelling'
 * ```
 */
export const ONTVANGERSOORTEN = ['betrouwbare-instelling', 'bekende-persoon', 'publiek', 'onbekend'] as const;

/**
 * How widely the data were disclosed: to one recipient, a few known recipients, many, or not known.
 *
 * @example
 * ```ts
 * import { BEREIKEN } from '@schoolveiligheid/datalek';
 * BEREIKEN.includes('veel'); //=> true
 * ```
 */
export const BEREIKEN = ['een', 'enkele', 'veel', 'onbekend'] as const;

/**
 * What the unavailability caused: nothing, hindrance (work or lessons delayed), or care, support or treatment
 * of a pupil delayed.
 *
 * @example
 * ```ts
 * import { GEVOLGEN_ONBESCHIKBAARHEID } from '@schoolveiligheid/datalek';
 * GEVOLGEN_ONBESCHIKBAARHEID.at(-1); //=> 'zorg-vertraagd'
 * ```
 */
export const GEVOLGEN_ONBESCHIKBAARHEID = ['geen', 'hinder', 'zorg-vertraagd'] as const;

/**
 * How easily the data subjects can be identified from the data affected, in the four levels of the ENISA
 * methodology (2013): `verwaarloosbaar` (pseudonymised, the key not affected), `beperkt`, `aanzienlijk`,
 * `maximaal` (directly, by name with a date of birth or address).
 *
 * @example
 * ```ts
 * import { IDENTIFICEERBAARHEDEN } from '@schoolveiligheid/datalek';
 * IDENTIFICEERBAARHEDEN[0]; //=> 'verwaarloosbaar'
 * ```
 */
export const IDENTIFICEERBAARHEDEN = ['verwaarloosbaar', 'beperkt', 'aanzienlijk', 'maximaal'] as const;

/**
 * The closed lists the coded fields of an incident registration take their values from, by field. Read by
 * both `beveiligingsincidentSchema` and the decision's zod-free check (`isGeldigIncident`), so they cannot
 * drift apart.
 */
export const INCIDENT_KEUZES = {
  rol: DATALEK_ROLLEN,
  soort: INCIDENTSOORTEN,
  janee: JA_NEE_ONBEKEND,
  inbreuk: INBREUK_KEUZES,
  categorie: CATEGORIE_KEUZES,
  groep: BETROKKENENGROEPEN,
  versleuteling: VERSLEUTELINGEN,
  exfiltratie: EXFILTRATIES,
  ontvanger: ONTVANGERSOORTEN,
  bereik: BEREIKEN,
  gevolg: GEVOLGEN_ONBESCHIKBAARHEID,
  identificeerbaarheid: IDENTIFICEERBAARHEDEN,
} as const;

/** The longest text each text field of an incident registration holds, by field (technical limits, not law). */
export const INCIDENT_LENGTES = {
  id: MAX_ID,
  omschrijving: MAX_TEKST,
  locatie: MAX_KORT,
  hardwareTag: MAX_ID,
  software: MAX_KORT,
  maatregel: MAX_MAATREGEL,
} as const;
