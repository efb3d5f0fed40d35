// The ENISA severity of a breach (2013), computed alongside the AVG decision as an explanation a privacy
// officer can cite. It never decides: EDPB 9/2022 names it as a help while the duty rests on the risk.
import { amsterdamseDatum, type Bron, epochMs } from '@schoolveiligheid/kern';
import type { CategorieKeuze } from '../incident/begrippen.js';
import { isGeldigIncident } from '../incident/controle.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { ongeldigeInvoer } from '../bewaak.js';
import { ENISA_SCHALEN, type EnisaNiveau } from '../regels/enisa.js';
import { type Feiten, feiten } from './feiten.js';

export type { EnisaNiveau };

/** The ENISA severity of a breach: `ernst = dpc × ei + cb`, and its level. */
export interface EnisaErnst {
  /** Data processing context: 1 (simple data) to 4 (sensitive), raised for vulnerable data subjects. */
  readonly dpc: number;
  /** Ease of identification: 0.25 (negligible) to 1 (maximum). */
  readonly ei: number;
  /** Circumstances of the breach: confidentiality, integrity, availability, malicious intent. */
  readonly cb: number;
  readonly ernst: number;
  readonly niveau: EnisaNiveau;
  readonly bron: Bron;
}

const s = ENISA_SCHALEN;

/** The ENISA context of a data category (the kind of data). */
const CONTEXT: Readonly<Record<CategorieKeuze, number>> = {
  identificerend: s.context.eenvoudig,
  contact: s.context.eenvoudig,
  overig: s.context.eenvoudig,
  'leerresultaten-gedrag': s.context.gedrag,
  financieel: s.context.financieel,
  bsn: s.context.financieel,
  inloggegevens: s.context.financieel,
  'gezondheid-zorg': s.context.gevoelig,
  bijzonder: s.context.gevoelig,
  strafrechtelijk: s.context.gevoelig,
  'stigmatiserend-overig': s.context.gevoelig,
  onbekend: s.context.gevoelig,
};

/** Categories from which a person is identified directly (a name, a citizen service number), or unknown. */
const DIRECT: readonly CategorieKeuze[] = ['identificerend', 'bsn', 'onbekend'];

function niveau(ernst: number): EnisaNiveau {
  if (ernst >= s.grenzen.zeerHoog) return 'zeer-hoog';
  if (ernst >= s.grenzen.hoog) return 'hoog';
  if (ernst >= s.grenzen.gemiddeld) return 'gemiddeld';
  return 'laag';
}

/** The ENISA severity from the facts the AVG criteria read. */
export function ernstUitFeiten(f: Feiten): EnisaErnst {
  const { inc } = f;
  const basis = Math.max(s.context.eenvoudig, ...inc.categorieen.map((c) => CONTEXT[c]));
  const dpc = Math.min(s.context.gevoelig, basis + (f.kwetsbaar ? s.kwetsbaarToeslag : 0));
  const standaard = inc.categorieen.some((c) => DIRECT.includes(c)) ? 'maximaal' : 'aanzienlijk';
  const ei = s.identificeerbaarheid[inc.identificeerbaarheid ?? standaard];
  const onleesbaar = f.versleuteld || f.gehasht;
  const bekend = f.bekendeOntvangers || (inc.ontvanger === undefined && inc.ontvangerBetrouwbaarVerwijderd);
  let vertrouwelijkheid = 0;
  if (f.vertrouwelijkheidGeschonden && !onleesbaar) {
    if (f.verspreid) vertrouwelijkheid = s.omstandigheden.onbekendeOntvangers;
    else if (bekend) vertrouwelijkheid = s.omstandigheden.bekendeOntvangers;
  }
  const cb =
    vertrouwelijkheid +
    (f.heeft.integriteit && !f.integriteitHerstelbaar ? s.omstandigheden.integriteitOnherstelbaar : 0) +
    (f.heeft.beschikbaarheid && !f.beschikbaarheidHerstelbaar
      ? s.omstandigheden.beschikbaarheidOnherstelbaar
      : 0) +
    (inc.aanwijzingMisbruik === 'ja' ? s.omstandigheden.kwaadOpzet : 0);
  const ernst = dpc * ei + cb;
  return { dpc, ei, cb, ernst, niveau: niveau(ernst), bron: s.bron };
}

/**
 * The severity of a breach by the ENISA methodology (2013): data processing context × ease of identification +
 * circumstances of the breach, with its four levels (`laag` below 2, `gemiddeld` below 3, `hoog` below 4,
 * `zeer-hoog`). An explanation a privacy officer can cite beside {@link beoordeelIncident}, which carries it as
 * its reason `ERNST_ENISA`; it never overrides the AVG test (EDPB 9/2022: the duty rests on the risk). Throws
 * `ONGELDIGE_INVOER` when `incident` is not a valid registration.
 *
 * @example
 * ```ts
 * import { ernstVolgensEnisa } from '@schoolveiligheid/datalek';
 * const hack = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'hack', omschrijving: 'Leerlingadministratie gekopieerd', persoonsgegevens: 'ja',
 *   inbreuk: ['vertrouwelijkheid'], categorieen: ['identificerend', 'contact'],
 *   betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 400 }, versleuteling: 'geen',
 *   sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'ja', exfiltratie: 'bevestigd', maatregelen: [],
 * } as const;
 * const e = ernstVolgensEnisa(hack);
 * [e.dpc, e.ei, e.cb, e.ernst]; //=> [2, 1, 1, 3]
 * e.niveau; //=> 'hoog'
 * ```
 */
export function ernstVolgensEnisa(incident: Beveiligingsincident): EnisaErnst {
  if (!isGeldigIncident(incident))
    ongeldigeInvoer('Het incident is geen geldige registratie; controleer het met valideerIncident.');
  return ernstUitFeiten(feiten(incident, amsterdamseDatum(epochMs(incident.ontdektOp)), undefined));
}
