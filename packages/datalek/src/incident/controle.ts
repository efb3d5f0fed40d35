// A hand-written check of an incident, without zod, so that the decision (`beoordeelIncident`) can validate
// its argument and still be imported without the schemas (size budget "beoordeelIncident alone"). It accepts
// exactly what `beveiligingsincidentSchema` accepts; controle.test.ts compares the two on fuzzed input.
import { epochMs, isTijdstip, type Tijdstip } from '@schoolveiligheid/kern';
import { isObject } from '../bewaak.js';
import { INCIDENT_KEUZES as keuze, INCIDENT_LENGTES as lengte } from './begrippen.js';
import type { Beveiligingsincident } from './incident.js';

const isEen = (lijst: readonly string[], w: unknown): boolean => typeof w === 'string' && lijst.includes(w);

const isTekst = (w: unknown, min: number, max: number): boolean =>
  typeof w === 'string' && w.length >= min && w.length <= max;

const isTelling = (w: unknown): boolean => Number.isSafeInteger(w) && (w as number) >= 0;

const optioneel = (w: unknown, controle: (x: unknown) => boolean): boolean => w === undefined || controle(w);

/** Every element (holes included, read by index) passes `controle`. */
function isLijst(w: unknown, controle: (x: unknown) => boolean): boolean {
  if (!Array.isArray(w)) return false;
  for (let i = 0; i < w.length; i++) if (!controle(w[i])) return false;
  return true;
}

/** The recipient of data disclosed by mistake: its kind, the scope of disclosure and confirmed deletion. */
function isOntvanger(w: unknown): boolean {
  return (
    isObject(w) &&
    isEen(keuze.ontvanger, w.soort) &&
    isEen(keuze.bereik, w.bereik) &&
    typeof w.verwijderingBevestigd === 'boolean'
  );
}

/**
 * True when `w` is a valid {@link Beveiligingsincident}, by the same rules as `beveiligingsincidentSchema`
 * (extra keys are ignored, as the schema strips them).
 */
export function isGeldigIncident(w: unknown): w is Beveiligingsincident {
  if (!isObject(w)) return false;
  const { melder, betrokkenen: b } = w;
  return (
    isTekst(w.id, 1, lengte.id) &&
    isObject(melder) &&
    isEen(keuze.rol, melder.rol) &&
    isTekst(melder.id, 1, lengte.id) &&
    isTijdstip(w.ontdektOp) &&
    optioneel(w.voorgevallenOp, isTijdstip) &&
    isEen(keuze.soort, w.soort) &&
    isTekst(w.omschrijving, 0, lengte.omschrijving) &&
    optioneel(w.locatie, (x) => isTekst(x, 0, lengte.locatie)) &&
    optioneel(w.hardwareTag, (x) => isTekst(x, 0, lengte.hardwareTag)) &&
    optioneel(w.software, (x) => isTekst(x, 0, lengte.software)) &&
    isEen(keuze.janee, w.persoonsgegevens) &&
    isLijst(w.inbreuk, (x) => isEen(keuze.inbreuk, x)) &&
    isLijst(w.categorieen, (x) => isEen(keuze.categorie, x)) &&
    isObject(b) &&
    isLijst(b.groepen, (x) => isEen(keuze.groep, x)) &&
    (typeof b.kwetsbaar === 'boolean' || b.kwetsbaar === 'onbekend') &&
    isTelling(b.aantal) &&
    optioneel(b.aantalRecords, isTelling) &&
    isEen(keuze.versleuteling, w.versleuteling) &&
    isEen(keuze.janee, w.sleutelGecompromitteerd) &&
    typeof w.backupAanwezig === 'boolean' &&
    optioneel(w.gegevensIntact, (x) => typeof x === 'boolean') &&
    optioneel(w.onbeschikbaarUren, (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) &&
    optioneel(w.gevolgOnbeschikbaarheid, (x) => isEen(keuze.gevolg, x)) &&
    isEen(keuze.janee, w.toegangUitgesloten) &&
    typeof w.ontvangerBetrouwbaarVerwijderd === 'boolean' &&
    optioneel(w.ontvanger, isOntvanger) &&
    isEen(keuze.janee, w.aanwijzingMisbruik) &&
    optioneel(w.exfiltratie, (x) => isEen(keuze.exfiltratie, x)) &&
    optioneel(w.identificeerbaarheid, (x) => isEen(keuze.identificeerbaarheid, x)) &&
    isLijst(w.maatregelen, (x) => isTekst(x, 0, lengte.maatregel)) &&
    optioneel(w.hoogRisicoWeggenomen, (x) => typeof x === 'boolean') &&
    optioneel(w.onevenredigeInspanning, (x) => typeof x === 'boolean') &&
    optioneel(w.zwaarwegendeRedenen, (x) => typeof x === 'boolean') &&
    (w.voorgevallenOp === undefined ||
      epochMs(w.voorgevallenOp as Tijdstip) <= epochMs(w.ontdektOp as Tijdstip))
  );
}
