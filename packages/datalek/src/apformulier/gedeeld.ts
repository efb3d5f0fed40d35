// What the two AP forms (the seed's 2018 Bijlage 15 and the AP's form since 2021) share: the answers a
// registration gives to both, computed once so the two forms agree on the shared facts.
import type { Tijdstip } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { Beoordeling } from '../beoordeling/beoordeling.js';
import { ongeldigeInvoer } from '../bewaak.js';
import { beoordelingSchema } from '../dossier/procedure.js';
import { type CategorieKeuze, MAX_TEKST } from '../incident/begrippen.js';
import { type Beveiligingsincident, beveiligingsincidentSchema } from '../incident/incident.js';

/** A free-text answer of a form: stored, never repeated in a message. */
export const tekstSchema = /* @__PURE__ */ (() => z.string().trim().min(1).max(MAX_TEKST))();

/** The nature of the breach as both forms ask it (2018 vraag 29; 2021 onderdeel 3). */
export const AARD_INBREUK = ['lezen', 'kopieren', 'wijzigen', 'verwijderen', 'diefstal', 'onbekend'] as const;

/** The possible consequences for data subjects as both forms ask them (2018 vraag 31; 2021 onderdeel 7). */
export const GEVOLG_KEUZES = [
  'stigmatisering',
  'identiteitsfraude',
  'financiele-schade',
  'reputatieschade',
  'gezondheidsschade',
  'anders',
] as const;

type Aard = (typeof AARD_INBREUK)[number];
type Gevolg = (typeof GEVOLG_KEUZES)[number];

const GEVOLGEN: Partial<Record<CategorieKeuze, Gevolg>> = {
  bsn: 'identiteitsfraude',
  inloggegevens: 'identiteitsfraude',
  financieel: 'financiele-schade',
  'gezondheid-zorg': 'stigmatisering',
  bijzonder: 'stigmatisering',
  strafrechtelijk: 'stigmatisering',
  'leerresultaten-gedrag': 'stigmatisering',
  'stigmatiserend-overig': 'stigmatisering',
};

const CATEGORIE_TEKST: Record<CategorieKeuze, string> = {
  identificerend: 'naam, geboortedatum, adres of foto',
  contact: 'contactgegevens',
  bsn: 'burgerservicenummer',
  inloggegevens: 'gebruikersnamen en wachtwoorden',
  financieel: 'financiële gegevens',
  'gezondheid-zorg': 'gezondheids- en zorggegevens',
  bijzonder: 'bijzondere persoonsgegevens',
  strafrechtelijk: 'strafrechtelijke gegevens',
  'leerresultaten-gedrag': 'schoolresultaten en gedrag',
  'stigmatiserend-overig': 'andere gegevens die kunnen stigmatiseren',
  overig: 'overige gegevens',
  onbekend: 'nog niet bekend welke gegevens',
};

/** The answers a registration gives to both forms, under the field names both forms use. */
export interface GedeeldeFeiten {
  readonly wettelijkeGrondslag: 'AVG art. 33';
  readonly aantalBetrokkenen: number;
  readonly groepBetrokkenen?: string;
  readonly tijdstipInbreuk: { readonly soort: 'op'; readonly op: Tijdstip } | { readonly soort: 'onbekend' };
  readonly aardInbreuk: readonly Aard[];
  readonly soortGegevens?: readonly string[];
  readonly gevolgen: readonly Gevolg[];
  readonly betrokkenenGeinformeerd: 'ja' | 'nee';
  readonly versleuteld: 'ja' | 'nee';
}

/** Throws `ONGELDIGE_INVOER` unless the incident is a valid registration and the outcome one of beoordeelIncident. */
export function eisIncidentEnBeoordeling(incident: unknown, beoordeling: unknown): void {
  if (!beveiligingsincidentSchema.safeParse(incident).success)
    ongeldigeInvoer('Het incident is geen geldige registratie; controleer het met valideerIncident.');
  if (!beoordelingSchema.safeParse(beoordeling).success)
    ongeldigeInvoer('Geef de uitkomst van beoordeelIncident als beoordeling.');
}

/** The shared answers of a (validated) registration and its decision. */
export function gedeeldeFeiten(incident: Beveiligingsincident, beoordeling: Beoordeling): GedeeldeFeiten {
  const aard = new Set<Aard>();
  if (incident.soort === 'diefstal' || incident.soort === 'verlies') aard.add('diefstal');
  if (incident.inbreuk.includes('vertrouwelijkheid'))
    aard.add(incident.aanwijzingMisbruik === 'ja' ? 'kopieren' : 'lezen');
  if (incident.inbreuk.includes('integriteit')) aard.add('wijzigen');
  if (incident.inbreuk.includes('beschikbaarheid') && !incident.backupAanwezig) aard.add('verwijderen');
  const gevolgen = [...new Set(incident.categorieen.flatMap((c) => GEVOLGEN[c] ?? []))];
  return {
    wettelijkeGrondslag: 'AVG art. 33',
    aantalBetrokkenen: incident.betrokkenen.aantal,
    ...(incident.betrokkenen.groepen.length > 0
      ? { groepBetrokkenen: incident.betrokkenen.groepen.join(', ') }
      : {}),
    tijdstipInbreuk: incident.voorgevallenOp
      ? { soort: 'op', op: incident.voorgevallenOp }
      : { soort: 'onbekend' },
    aardInbreuk: aard.size > 0 ? [...aard] : ['onbekend'],
    ...(incident.categorieen.length > 0
      ? { soortGegevens: incident.categorieen.map((c) => CATEGORIE_TEKST[c]) }
      : {}),
    gevolgen: gevolgen.length > 0 ? gevolgen : ['anders'],
    betrokkenenGeinformeerd: beoordeling.betrokkenenInformeren ? 'ja' : 'nee',
    versleuteld: incident.versleuteling === 'geen' ? 'nee' : 'ja',
  };
}

/** Throws `ONGELDIGE_INVOER` unless `w` is absent or a non-empty text of at most {@link MAX_TEKST} characters. */
export function eisTekst(w: unknown, naam: string): string | undefined {
  if (w === undefined) return undefined;
  const r = tekstSchema.safeParse(w);
  if (!r.success) ongeldigeInvoer(`${naam} is een niet-lege tekst van hooguit ${MAX_TEKST} tekens.`);
  return r.data;
}
