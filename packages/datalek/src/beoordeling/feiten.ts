// The facts the criteria of the AVG decision and the ENISA explanation read, derived once from an incident
// and the rules at the peildatum. Unknown facts count as the worst known value (unknown never lowers).
import {
  type Beleid,
  type Bron,
  type IsoDatum,
  type Regel,
  type RegelWaardeType,
  type WaardeOpPeildatum,
  waardeOp,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import {
  type CategorieKeuze,
  GEVOELIGE_CATEGORIEEN,
  type Gegevenscategorie,
  type Inbreuksoort,
} from '../incident/begrippen.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { grootschaligAantal, maxOnbeschikbaarheid, urenVan } from '../regels/regels.js';

/** The facts of an incident as the criteria read them. */
export interface Feiten {
  readonly inc: Beveiligingsincident;
  /** The kinds of breach present; `onbekend` counts as all three. */
  readonly heeft: Readonly<Record<Inbreuksoort, boolean>>;
  /** Is this a personal data breach at all (AVG 4(12))? */
  readonly isDatalek: boolean;
  /** A confidentiality breach: access not excluded, misuse not excluded, or exfiltration possible or confirmed. */
  readonly vertrouwelijkheidGeschonden: boolean;
  /** Encrypted to the state of the art, with the key safe. */
  readonly versleuteld: boolean;
  /** Hashed to the state of the art, with the key (salt, pepper) safe. */
  readonly gehasht: boolean;
  /** A category "van gevoelige aard" is involved, or the categories are unknown. */
  readonly gevoelig: boolean;
  /** The categories include `onbekend`. */
  readonly categorieOnbekend: boolean;
  /** Children or other vulnerable people, or not known. */
  readonly kwetsbaar: boolean;
  /** Signs of malicious intent are not excluded (`ja` or `onbekend`). */
  readonly misbruik: boolean;
  /** The disclosure stayed with one or a few known recipients (a trusted institution or a known person). */
  readonly bekendeOntvangers: boolean;
  /** The data may be with people the school does not know: misuse or exfiltration not excluded, wide scope. */
  readonly verspreid: boolean;
  /** Identifying and contact data (name with address or date of birth): identity-fraud potential. */
  readonly fraudegevoelig: boolean;
  /** At least `grens` data subjects (rule `grootschaligAantal`). */
  readonly grootschalig: boolean;
  readonly grens: number;
  readonly grensBron: Bron;
  /** Altered data can be restored: a backup, verified intact data, or encryption. */
  readonly integriteitHerstelbaar: boolean;
  /** Lost data can be restored: a backup or verified intact data. */
  readonly beschikbaarheidHerstelbaar: boolean;
  /** The longest unavailability that, restorable and without consequences, is no risk, in hours. */
  readonly maxUren: number;
  readonly maxUrenBron: Bron;
  /** Unavailable for a known time of at most `maxUren`. */
  readonly kort: boolean;
  /** Pseudonymised: the data subjects can hardly be identified without a key the recipient lacks. */
  readonly gepseudonimiseerd: boolean;
}

/** The statute's value, or the policy's; before the rule's first date its first value (an AVG tree by policy). */
export function geldend<T extends RegelWaardeType>(
  r: Regel<T>,
  peildatum: IsoDatum,
  beleid?: Beleid,
): WaardeOpPeildatum<T> {
  const eerste = r.waarden[0]?.geldigVanaf ?? peildatum;
  return zoekWaardeVoor(r, peildatum, beleid) ?? waardeOp(r, peildatum < eerste ? eerste : peildatum);
}

/** Is a registered category of a sensitive nature? `onbekend` counts as such. */
export function isGevoelig(c: CategorieKeuze): boolean {
  return c === 'onbekend' || GEVOELIGE_CATEGORIEEN.includes(c as Gegevenscategorie);
}

/** Is this kind of breach registered? `onbekend` counts as every kind. */
export function heeftInbreuk(inc: Beveiligingsincident, soort: Inbreuksoort): boolean {
  return inc.inbreuk.includes(soort) || inc.inbreuk.includes('onbekend');
}

/** The facts of `inc` at `peildatum`, with the policy's values for the thresholds. */
export function feiten(inc: Beveiligingsincident, peildatum: IsoDatum, beleid: Beleid | undefined): Feiten {
  const heeft = {
    vertrouwelijkheid: heeftInbreuk(inc, 'vertrouwelijkheid'),
    integriteit: heeftInbreuk(inc, 'integriteit'),
    beschikbaarheid: heeftInbreuk(inc, 'beschikbaarheid'),
  };
  const misbruik = inc.aanwijzingMisbruik !== 'nee';
  const exfiltratie = inc.exfiltratie === 'bevestigd' || inc.exfiltratie === 'mogelijk';
  const vertrouwelijkheidGeschonden =
    heeft.vertrouwelijkheid && (inc.toegangUitgesloten !== 'ja' || misbruik || exfiltratie);
  const o = inc.ontvanger;
  const bekendeOntvangers =
    o !== undefined &&
    (o.soort === 'betrouwbare-instelling' || o.soort === 'bekende-persoon') &&
    (o.bereik === 'een' || o.bereik === 'enkele');
  const heeftCategorie = (c: CategorieKeuze) =>
    inc.categorieen.includes(c) || inc.categorieen.includes('onbekend');
  const drempel = geldend(maxOnbeschikbaarheid, peildatum, beleid);
  const max = urenVan(drempel.waarde, maxOnbeschikbaarheid.id);
  const grens = geldend(grootschaligAantal, peildatum, beleid);
  const sleutelVeilig = inc.sleutelGecompromitteerd === 'nee';
  const versleuteld = inc.versleuteling === 'stand-der-techniek' && sleutelVeilig;
  return {
    inc,
    heeft,
    isDatalek:
      inc.persoonsgegevens !== 'nee' &&
      (vertrouwelijkheidGeschonden || heeft.integriteit || heeft.beschikbaarheid),
    vertrouwelijkheidGeschonden,
    versleuteld,
    gehasht: inc.versleuteling === 'hash-stand-der-techniek' && sleutelVeilig,
    gevoelig: inc.categorieen.some(isGevoelig),
    categorieOnbekend: inc.categorieen.includes('onbekend'),
    kwetsbaar: inc.betrokkenen.kwetsbaar !== false,
    misbruik,
    bekendeOntvangers,
    verspreid: misbruik || exfiltratie || (o !== undefined && !bekendeOntvangers),
    fraudegevoelig: heeftCategorie('identificerend') && heeftCategorie('contact'),
    grootschalig: inc.betrokkenen.aantal >= grens.waarde,
    grens: grens.waarde,
    grensBron: grens.bron,
    integriteitHerstelbaar: inc.backupAanwezig || inc.gegevensIntact === true || versleuteld,
    beschikbaarheidHerstelbaar: inc.backupAanwezig || inc.gegevensIntact === true,
    maxUren: max,
    maxUrenBron: drempel.bron,
    kort: inc.onbeschikbaarUren !== undefined && inc.onbeschikbaarUren <= max,
    gepseudonimiseerd: inc.identificeerbaarheid === 'verwaarloosbaar',
  };
}
