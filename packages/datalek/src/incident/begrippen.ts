// The vocabulary of the datalek package: plain constant lists, no zod, so the decision can be imported
// without pulling in the schemas.

/**
 * The roles of the seed's procedure (veiligheidsplan 2018, C.6 Deel A-E) plus a processor (verwerker, AVG 33(2)).
 *
 * @example
 * ```ts
 * import { ROLLEN } from '@schoolveiligheid/datalek';
 * ROLLEN.includes('privacyfunctionaris'); //=> true
 * ```
 */
export const ROLLEN = [
  'medewerker',
  'leerling',
  'schooldirecteur',
  'privacyfunctionaris',
  'college-van-bestuur',
  'communicatiemedewerker',
  'verwerker',
] as const;

/** A role in the datalek procedure. People are identified by role and id, never by name. */
export type Rol = (typeof ROLLEN)[number];

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
