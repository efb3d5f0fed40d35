import { type Bron, bron } from '@schoolveiligheid/kern';

// Every source of the package, built with kern's one factory `bron(wet, vindplaats)`: the law's title,
// BWB id and link are declared once in kern's WETTEN. The dated consolidations read for this package:
const WPO_VERSIE = '2026-08-01';
const AWB_VERSIE = '2026-01-01';
const AWB_HOOFDSTUK_6 = 'https://wetten.overheid.nl/BWBR0005537/2026-01-01#Hoofdstuk6';
const AWB_HOOFDSTUK_7 = 'https://wetten.overheid.nl/BWBR0005537/2026-01-01#Hoofdstuk7';

/**
 * What a source says beyond its article and lid: the statutory text (`wettekst`), or the SDK's own reading of it
 * (`lezing`: certainty `interpretatie`), or a provision not re-read (`onbevestigd`), each with why.
 */
type Meer =
  | { readonly versie?: string; readonly toelichting?: string }
  | { readonly lezing: string }
  | { readonly onbevestigd: string };

/** The certainty and note a {@link Meer} stands for. */
function vindplaats(artikel: string, lid: number | string | undefined, meer: Meer, versie: string) {
  const basis = { artikel, ...(lid === undefined ? {} : { lid }), versie };
  if ('lezing' in meer) return { ...basis, zekerheid: 'interpretatie' as const, toelichting: meer.lezing };
  if ('onbevestigd' in meer)
    return { ...basis, zekerheid: 'onbevestigd' as const, toelichting: meer.onbevestigd };
  return { ...basis, zekerheid: 'wettekst' as const, ...meer };
}

/** WPO `artikel` (lid `lid`), as cited, in the consolidation read for this package (`WPO_VERSIE`). */
function wpo(artikel: string, lid?: number | string | Meer, meer: Meer = {}): Bron {
  const [l, m] = typeof lid === 'object' ? [undefined, lid] : [lid, meer];
  return bron('wpo', vindplaats(artikel, l, m, WPO_VERSIE));
}

/** Awb `artikel` (lid `lid`), as cited, in the consolidation read for this package, linked to its chapter. */
function awb(artikel: `${6 | 7}:${string}`, lid?: number | Meer, meer: Meer = {}): Bron {
  const [l, m] = typeof lid === 'object' ? [undefined, lid] : [lid, meer];
  const url = artikel.startsWith('6:') ? AWB_HOOFDSTUK_6 : AWB_HOOFDSTUK_7;
  return bron('awb', { ...vindplaats(artikel, l, m, AWB_VERSIE), url });
}

/** WPO art. 40c lid 1: a schorsing with reasons, for at most one week. */
export const WPO_40C_LID_1: Bron = /* @__PURE__ */ wpo('40c', 1);

/** WPO art. 40c lid 2: the schorsing decision is made known to the parents in writing. */
export const WPO_40C_LID_2: Bron = /* @__PURE__ */ wpo('40c', 2);

/** WPO art. 40c lid 3: a schorsing of more than one day is reported to the inspectie, in writing, with reasons. */
export const WPO_40C_LID_3: Bron = /* @__PURE__ */ wpo('40c', 3);

/** WPO art. 40c lid 3 as it read on 2018-08-01: no "onverwijld" (so too the consolidations up to 2020-07-01). */
export const WPO_40C_LID_3_TEKST_2018: Bron = /* @__PURE__ */ wpo('40c', 3, {
  versie: '2018-08-01',
  toelichting:
    '"Het bevoegd gezag stelt de inspectie van een schorsing voor een periode langer dan één dag schriftelijk en met opgave van redenen in kennis." ' +
    'Zo ook in de geconsolideerde teksten van 2019-08-01 en 2020-07-01.',
});

/**
 * WPO art. 40c lid 3 with "onverwijld": the first dated consolidation that reads it is 2021-01-01 (compared: 2019-08-01 and
 * 2020-07-01 without, 2021-01-01, 2021-02-01, 2021-07-01, 2021-08-01, 2025-06-13, 2026-01-01 and 2026-08-01 with).
 */
export const WPO_40C_LID_3_ONVERWIJLD_SINDS: Bron = /* @__PURE__ */ wpo('40c', 3, {
  versie: '2021-01-01',
  toelichting:
    '"... schriftelijk en met opgave van redenen onverwijld in kennis." Eerste geconsolideerde tekst met "onverwijld": 2021-01-01 ' +
    '(die van 2020-07-01 heeft het woord nog niet). De wijzigingswet zelf is voor dit pakket niet opgezocht.',
});

/**
 * The SDK's reading of "ten hoogste een week" (WPO 40c lid 1) in school days: a documented interpretation.
 */
export const WPO_40C_WEEK_LEZING: Bron = /* @__PURE__ */ wpo('40c', 1, {
  lezing:
    'De wet zegt niet of "een week" 7 kalenderdagen of 5 schooldagen is. De SDK leest een week als ten hoogste 5 schooldagen ' +
    '(één volle schoolweek van maandag tot en met vrijdag) op de kalender van de school, zoals het veiligheidsplan van 2018. ' +
    'Overspant de schorsing een vakantie of vrije dag, dan geeft de SDK een waarschuwing: bij de lezing "7 kalenderdagen" zou zij te lang zijn.',
});

/** The SDK's reading of "een week" for a schorsing counted in calendar days or weeks: 7 calendar days. */
export const WPO_40C_WEEK_KALENDERDAGEN: Bron = /* @__PURE__ */ wpo('40c', 1, {
  lezing:
    'Staat de duur van een schorsing in kalenderdagen of weken, dan leest de SDK "een week" als 7 kalenderdagen vanaf de ingangsdatum; ' +
    'de waarschuwing bij een schorsing in schooldagen die meer dan 7 kalenderdagen overspant, gebruikt dezelfde lezing.',
});

/** Why a schorsing is never extended by the Algemene termijnenwet: it is the duration of a measure, not a term. */
export const SCHORSING_GEEN_ATW: Bron = /* @__PURE__ */ wpo('40c', 1, {
  lezing:
    'De duur van een schorsing is de duur van een maatregel, geen termijn om iets te doen; de Algemene termijnenwet verlengt haar dus niet.',
});

/**
 * "Onverwijld" (WPO 40c lid 3) has no number; the SDK signals after one working day from the decision.
 */
export const WPO_40C_LID_3_ONVERWIJLD: Bron = /* @__PURE__ */ wpo('40c', 3, {
  lezing:
    '"Onverwijld" kent geen aantal dagen. De SDK toont als signaaltermijn één werkdag na het besluit; dat is een grens om te bewaken, ' +
    'geen wettelijke termijn, en de wet kan eerder handelen vragen. De tekst van 2018 had het woord "onverwijld" niet; het staat er sinds de geconsolideerde tekst van 2021-01-01.',
});

/** WPO art. 40 lid 11: hearing, and a definitive verwijdering only once another school is willing to admit the pupil. */
export const WPO_40_LID_11: Bron = /* @__PURE__ */ wpo('40', 11);

/** WPO art. 40 lid 11 together with art. 63 lid 2: hearing before a verwijdering at a bijzondere school. */
export const WPO_40_LID_11_EN_63_LID_2: Bron = /* @__PURE__ */ wpo('40 lid 11 en 63 lid 2');

/**
 * What WPO 40 lid 11 (and for a bijzondere school art. 63 lid 2) does not ask before a definitive verwijdering:
 * the statute names hearing the groepsleraar and the parents, and another school that is willing to admit the
 * pupil; nothing more. A policy that asks `wat` as well is stricter than the law.
 */
function geenWettelijkeEis(wat: string): Bron {
  return wpo('40', 11, {
    toelichting: `Lid 11 vraagt vóór een definitieve verwijdering alleen het horen van de betrokken groepsleraar en de ouders en een andere school die bereid is de leerling toe te laten (bij een bijzondere school ook art. 63 lid 2: horen van de ouders, schriftelijke mededeling). ${wat} staat er niet in; dat is schoolbeleid.`,
  });
}

/** The statute does not ask that the pupil is heard before a definitive verwijdering (only groepsleraar and parents). */
export const WPO_40_LID_11_LEERLING: Bron = /* @__PURE__ */ geenWettelijkeEis('Het horen van de leerling');

/** The statute does not ask for a documented, research-based file before a definitive verwijdering. */
export const WPO_40_LID_11_DOSSIER: Bron = /* @__PURE__ */ geenWettelijkeEis(
  'Een deugdelijk, op onderzoek gebaseerd dossier',
);

/** The statute does not ask for a separate voornemen before the definitive decision (openbaar and bijzonder). */
export const WPO_40_LID_11_VOORNEMEN: Bron = /* @__PURE__ */ geenWettelijkeEis(
  'Een afzonderlijk, eerst bekendgemaakt voornemen tot verwijdering',
);

/** The statute asks a willing school, not that the school confirms it in writing. */
export const WPO_40_LID_11_SCHRIFTELIJK: Bron = /* @__PURE__ */ geenWettelijkeEis(
  'Een schriftelijke bevestiging van de ontvangende school',
);

/** WPO art. 40 lid 12: an openbare school decides on bezwaar against a verwijdering within 4 weeks after the bezwaartermijn. */
export const WPO_40_LID_12: Bron = /* @__PURE__ */ wpo('40', 12);

/** WPO art. 43: the Geschillencommissie passend onderwijs gives its oordeel within 10 weeks; the bezwaar decision waits. */
export const WPO_43: Bron = /* @__PURE__ */ wpo('43', '2-4', {
  toelichting:
    'In de wet heet zij de landelijke commissie voor geschillen; in de praktijk de Geschillencommissie passend onderwijs.',
});

/** WPO art. 43: how the SDK counts the suspension of the decision term (a documented interpretation). */
export const WPO_43_OPSCHORTING: Bron = /* @__PURE__ */ wpo('43', 4, {
  lezing:
    'De beslistermijn wordt opgeschort vanaf de dag waarop het geschil is voorgelegd tot de dag van het oordeel. De SDK telt de ' +
    'kalenderdagen van die periode die binnen de lopende beslistermijn vallen en schuift het einde evenveel dagen op; daarna past hij de Atw opnieuw toe.',
});

/**
 * WPO art. 63 lid 3, first sentence: bijzondere school, the parents may object in writing "binnen 6 weken na de
 * mededeling" of a verwijdering. (Lid 2 is the mededeling itself and the hearing before the decision.)
 */
export const WPO_63_LID_3_BEZWAARTERMIJN: Bron = /* @__PURE__ */ wpo('63', 3, {
  toelichting:
    'Eerste volzin: "Binnen 6 weken na de mededeling, bedoeld in het tweede lid, kunnen de ouders bij het bevoegd gezag schriftelijk hun bezwaren kenbaar maken tegen de beslissing."',
});

/** WPO art. 63 lid 3: bijzondere school, hear the parents and decide within 4 weeks after receipt of the bezwaar. */
export const WPO_63_LID_3: Bron = /* @__PURE__ */ wpo('63', 3);

/** Awb art. 6:7: the bezwaartermijn is 6 weeks. */
export const AWB_6_7: Bron = /* @__PURE__ */ awb('6:7');

/**
 * Awb art. 6:8 lid 1: the bezwaartermijn starts the day after the decision was made known (bekendmaking).
 * Flagged `interpretatie`, the same certainty kern's termijn engine gives Awb 6:8: the SDK counts every
 * bezwaartermijn this way, also the WPO 63 term of a bijzondere school ("na de mededeling"), where the Awb
 * itself does not apply.
 */
export const AWB_6_8_BEKENDMAKING: Bron = /* @__PURE__ */ awb('6:8', 1, {
  lezing:
    'Voor de openbare school is dit de wettekst van Awb 6:8 lid 1. De SDK telt ook de termijn van WPO 63 ("binnen zes weken na de mededeling") ' +
    'vanaf de dag na de mededeling, naar analogie; daarom, en net als de termijnberekening van kern, gemarkeerd als interpretatie.',
});

/** Awb art. 6:9: a bezwaar is on time when received before the end of the term, or posted before the end and received within a week after it. */
export const AWB_6_9: Bron = /* @__PURE__ */ awb('6:9', {
  toelichting:
    'Ontvangen vóór het einde van de termijn, of per post vóór het einde verzonden en uiterlijk een week na afloop ontvangen. Die week telt de SDK als 7 kalenderdagen, zonder verlenging door de Atw (interpretatie).',
});

/** The SDK's reading of the week of Awb art. 6:9 lid 2: 7 calendar days, not extended by the Atw. */
export const AWB_6_9_WEEK_LEZING: Bron = /* @__PURE__ */ awb('6:9', 2, {
  lezing:
    '"Uiterlijk een week na afloop van de termijn ontvangen": de SDK telt die week als 7 kalenderdagen na de laatste dag van de termijn, zonder verlenging door de Atw.',
});

/**
 * Awb art. 6:10 lid 1: a bezwaar received before the term began is not inadmissible on that ground when the
 * decision already existed (sub a), or when the filer could reasonably think so (sub b); lid 2: its handling may
 * wait until the term begins.
 */
export const AWB_6_10: Bron = /* @__PURE__ */ awb('6:10', 1, {
  toelichting:
    '"Ten aanzien van een voor het begin van de termijn ingediend bezwaar- of beroepschrift blijft niet-ontvankelijkverklaring op grond daarvan achterwege indien het besluit ten tijde van de indiening: a. wel reeds tot stand was gekomen, of b. nog niet tot stand was gekomen, maar de indiener redelijkerwijs kon menen dat dit wel reeds het geval was." ' +
    'Lid 2: de behandeling kan worden aangehouden tot het begin van de termijn. Sub b weegt het bevoegd gezag zelf; de SDK beslist het niet.',
});

/** Awb art. 6:11: no inadmissibility for a late bezwaar when the filer cannot reasonably be held in default. */
export const AWB_6_11: Bron = /* @__PURE__ */ awb('6:11', {
  toelichting:
    'Verschoonbare termijnoverschrijding: dat weegt het bevoegd gezag zelf; de SDK beslist het niet.',
});

/** A bijzondere school's board is no bestuursorgaan: the Awb posting rule does not apply to a WPO 63 bezwaar. */
export const WPO_63_ONTVANGST: Bron = /* @__PURE__ */ wpo('63', 3, {
  lezing:
    'WPO 63 regelt de bezwaartermijn maar niet de tijdigheid; de Awb (6:9, 6:11) geldt niet voor het bestuur van een bijzondere school. De SDK telt daarom alleen de ontvangst.',
});

/** Awb art. 7:10 lid 1: decision on bezwaar within 6 weeks after the end of the bezwaartermijn. */
export const AWB_7_10: Bron = /* @__PURE__ */ awb('7:10', 1);

/** Awb art. 7:10 lid 1: 12 weeks instead of 6 when an advisory committee (art. 7:13) hears the bezwaar. */
export const AWB_7_10_COMMISSIE: Bron = /* @__PURE__ */ awb('7:10', 1, {
  toelichting: 'Zes weken, of twaalf weken als een adviescommissie als bedoeld in art. 7:13 is ingesteld.',
});

/** Awb art. 7:10 lid 3: the board may adjourn its decision by at most 6 weeks, in writing. */
export const AWB_7_10_LID_3: Bron = /* @__PURE__ */ awb('7:10', 3, {
  toelichting:
    '"Het bestuursorgaan kan de beslissing voor ten hoogste zes weken verdagen." Schriftelijk meegedeeld (lid 5). Verder uitstel op de gronden van lid 4 (sub a, b, c): zie AWB_7_10_LID_4_A/B/C.',
});

// Awb 7:2, 7:3, 7:4 and 7:12 lid 1 read in the dated consolidation of 2026-01-01; the 2016-07-01 consolidation
// reads the same (compared), so the hearing rules hold unchanged for every dossier the SDK replays.
const HOREN_ONGEWIJZIGD = 'Zelfde tekst in de geconsolideerde versie van 2016-07-01 (vergeleken).';

/** Awb art. 7:2 lid 1: before deciding on a bezwaar, the board gives the interested parties the chance to be heard. */
export const AWB_7_2: Bron = /* @__PURE__ */ awb('7:2', 1, {
  toelichting: `"Voordat een bestuursorgaan op het bezwaar beslist, stelt het belanghebbenden in de gelegenheid te worden gehoord." ${HOREN_ONGEWIJZIGD}`,
});

/** Awb art. 7:3: when hearing may be left out (sub a to e, all five modelled as grounds of `horen-achterwege`). */
export const AWB_7_3: Bron = /* @__PURE__ */ awb('7:3', {
  toelichting:
    '"Van het horen van een belanghebbende kan worden afgezien indien: a. het bezwaar kennelijk niet-ontvankelijk is, b. het bezwaar kennelijk ongegrond is, ' +
    'c. de belanghebbende heeft verklaard geen gebruik te willen maken van het recht te worden gehoord, d. de belanghebbende niet binnen een door het bestuursorgaan gestelde redelijke termijn verklaart dat hij gebruik wil maken van het recht te worden gehoord, of ' +
    `e. aan het bezwaar volledig tegemoet wordt gekomen en andere belanghebbenden daardoor niet in hun belangen kunnen worden geschaad." ${HOREN_ONGEWIJZIGD}`,
});

/** Awb art. 7:4 lid 2: the bezwaar and all documents lie for inspection for at least a week before the hearing. */
export const AWB_7_4_LID_2: Bron = /* @__PURE__ */ awb('7:4', 2, {
  toelichting: `"Het bestuursorgaan legt het bezwaarschrift en alle verder op de zaak betrekking hebbende stukken voorafgaand aan het horen gedurende ten minste een week voor belanghebbenden ter inzage." ${HOREN_ONGEWIJZIGD}`,
});

/** Awb art. 7:4 lid 5: with the parents' consent the documents need not lie for inspection. */
export const AWB_7_4_LID_5: Bron = /* @__PURE__ */ awb('7:4', 5, {
  toelichting: `"Voor zover de belanghebbenden daarmee instemmen, kan toepassing van het tweede lid achterwege worden gelaten." ${HOREN_ONGEWIJZIGD}`,
});

/** Awb art. 7:12 lid 1: the decision on the bezwaar states its reasons and, when hearing was left out, on which ground. */
export const AWB_7_12_LID_1: Bron = /* @__PURE__ */ awb('7:12', 1, {
  toelichting: `"De beslissing op het bezwaar dient te berusten op een deugdelijke motivering, die bij de bekendmaking van de beslissing wordt vermeld. Daarbij wordt, indien ingevolge artikel 7:3 van het horen is afgezien, tevens aangegeven op welke grond dat is geschied." ${HOREN_ONGEWIJZIGD}`,
});

/** The SDK's count of the week of Awb 7:4 lid 2: the hearing is on or after the 7th calendar day after the documents were laid out. */
export const AWB_7_4_WEEK_LEZING: Bron = /* @__PURE__ */ awb('7:4', 2, {
  lezing:
    '"Gedurende ten minste een week" voorafgaand aan het horen: de SDK telt 7 kalenderdagen; de stukken liggen tijdig ter inzage als het horen op of na de zevende dag na de eerste dag van de inzage is.',
});

/** Awb art. 7:7: a report is made of the hearing. */
export const AWB_7_7: Bron = /* @__PURE__ */ awb('7:7', {
  toelichting: '"Van het horen wordt een verslag gemaakt."',
});

/**
 * Openbaar vs bijzonder: a schorsing by an openbare school is an Awb besluit (bezwaar, then beroep); a bijzondere
 * school has no statutory bezwaar against a schorsing. The basis is the Awb, not WPO 40 lid 12 (art. 40 decisions only).
 */
export const RECHTSMIDDEL_SCHORSING: Bron = /* @__PURE__ */ bron('awb', {
  artikel: '1:1, 1:3, 7:1 en 8:1',
  versie: AWB_VERSIE,
  zekerheid: 'interpretatie',
  toelichting:
    'Openbare school: het bevoegd gezag is een bestuursorgaan (Awb 1:1), de schorsing een besluit (Awb 1:3); daartegen staat bezwaar open (Awb 7:1) ' +
    'en daarna beroep (Awb 8:1). WPO 40 lid 12 geldt alleen voor besluiten op grond van art. 40 (toelating en verwijdering), niet voor de schorsing (art. 40c). ' +
    'Bijzondere school: privaatrecht; tegen een schorsing staat geen wettelijk bezwaar open (WPO 63 geldt alleen voor art. 40-besluiten), dus de civiele rechter. ' +
    'Toepassing van deze artikelen op de schorsing is de lezing van de SDK (onderwijsgeschillen.nl, overzicht rechtsbescherming, zegt hetzelfde).',
});

/** The GPO filing term of 6 weeks: the commission's procedure, not a statute (no Atw). */
export const GPO_PROCEDURE: Bron = /* @__PURE__ */ bron('lkc', {
  titel: 'Geschillencommissie passend onderwijs, procedure',
  url: 'https://www.onderwijsgeschillen.nl/commissie/geschillencommissie-passend-onderwijs-gpo/procedure',
  zekerheid: 'secundair',
  toelichting:
    'Termijn uit het reglement van de commissie, geen wet: de Algemene termijnenwet verlengt hem niet. Te laat indienen kan met redenen.',
});

/** No WPO provision found for telling the leerplichtambtenaar about a schorsing or verwijdering. */
export const LEERPLICHT_ONBEVESTIGD: Bron = /* @__PURE__ */ wpo('40, 40c', {
  onbevestigd:
    'Geen wettelijke plicht gevonden om de leerplichtambtenaar te informeren; regionale bronnen noemen er wel een. Niet bevestigd; veel schoolbeleid doet het wel.',
});

const SEED_TOELICHTING =
  'Schoolbeleid, geen wet: het voorbeeld-veiligheidsplan waarop het SDK-preset is gebaseerd.';

/** The seed school safety plan of 2018, section E.2 "Schorsing en verwijdering". */
export const SEED_2018: Bron = /* @__PURE__ */ seedBron('E.2 Schorsing en verwijdering');

/** A section of the seed plan as a source, built with kern's `bron('seed-2018', ...)`. */
export function seedBron(artikel: string): Bron {
  return bron('seed-2018', { artikel, zekerheid: 'secundair', toelichting: SEED_TOELICHTING });
}

/**
 * A schorsing that takes effect during a school day (for example "met onmiddellijke ingang" at noon): the
 * ingangsdatum counts as a full day toward the maximum of WPO 40c lid 1 (a documented interpretation).
 */
export const WPO_40C_DEEL_VAN_DAG: Bron = /* @__PURE__ */ wpo('40c', 1, {
  lezing:
    'De wet telt de schorsing niet in uren. De SDK telt de ingangsdatum als volle schorsingsdag, ook als de schorsing pas in de loop ' +
    'van die schooldag ingaat: de leerling mist (de rest van) die dag. Een schorsing van een week die op maandag om 12.00 uur ingaat, ' +
    'eindigt dus op vrijdag en niet op de maandag erna om 12.00 uur.',
});

/**
 * WPO 40 lid 11: the inventory of schools approached. The statute asks for a school that is willing ("een andere
 * school bereid is gevonden"); the SDK reads an inventory with at least one answer "bereid" as that condition.
 */
export const WPO_40_LID_11_INVENTARIS: Bron = /* @__PURE__ */ wpo('40', 11, {
  lezing:
    'Lid 11 vraagt dat een andere school bereid is gevonden de leerling toe te laten. De SDK leest de inventarisatie van benaderde scholen ' +
    '(welke school, wanneer, antwoord: bereid, niet bereid of geen antwoord): aan de voorwaarde is voldaan als ten minste één school ' +
    '"bereid" antwoordde, per de verwijderingsdatum als die bekend is. Een school die niet antwoordde telt niet als bereid.',
});

/**
 * Lifting a schorsing early, or revoking it: the WPO does not regulate it. The SDK's reading: the school days from
 * the day the pupil is back no longer count toward the maximum (WPO 40c lid 1); a revoked schorsing no longer
 * calls for the notice to the inspectie nor opens a bezwaartermijn.
 */
export const SCHORSING_OPHEFFEN_LEZING: Bron = /* @__PURE__ */ wpo('40c', 1, {
  lezing:
    'WPO 40c regelt het eerder opheffen of intrekken van een schorsing niet. De SDK telt bij een opheffing alleen de schooldagen vóór de ' +
    'dag waarop de leerling terug is mee voor het maximum en voor een aansluitende reeks. Een ingetrokken schorsing geldt als niet genomen: ' +
    'de melding aan de inspectie en de bezwaartermijn van de ouders vervallen; de schooldagen die de leerling al miste, blijven meetellen.',
});

/**
 * Awb 6:19 lid 1 and 2: a bezwaar extends by law to a decision that revokes, changes or replaces the contested
 * one, unless the parties have too little interest in it; also when the bezwaar came after that decision.
 */
export const AWB_6_19: Bron = /* @__PURE__ */ awb('6:19', 1, {
  toelichting:
    '"Het bezwaar of beroep heeft van rechtswege mede betrekking op een besluit tot intrekking, wijziging of vervanging van het bestreden besluit, tenzij partijen daarbij onvoldoende belang hebben." ' +
    'Lid 2: "Het eerste lid geldt ook indien het bezwaar is gemaakt of het beroep is ingesteld nadat het bestuursorgaan het bestreden besluit heeft ingetrokken, gewijzigd of vervangen." ' +
    'Art. 6:18 staat niet meer in de geconsolideerde tekst van 2026-01-01.',
});

// Sources of the letter templates, the remedy clauses and the notice to the inspectie (issue 11, "Letters"):
// read in the WPO consolidation of 2026-08-01 and the Awb consolidation of 2026-01-01 (MinBZK regelrecht corpus).

/**
 * Awb art. 3:45 (lid 1 and 2): where bezwaar or beroep lies open, the bekendmaking and the mededeling of the
 * decision say so, and state by whom, within which term and at which body.
 */
export const AWB_3_45: Bron = /* @__PURE__ */ bron('awb', {
  artikel: '3:45',
  lid: '1-2',
  versie: AWB_VERSIE,
  url: 'https://wetten.overheid.nl/BWBR0005537/2026-01-01#Artikel345',
  zekerheid: 'wettekst',
  toelichting:
    'Lid 1: "Indien tegen een besluit bezwaar kan worden gemaakt of beroep kan worden ingesteld, wordt daarvan bij de bekendmaking en bij de mededeling van het besluit melding gemaakt." ' +
    'Lid 2: "Hierbij wordt vermeld door wie, binnen welke termijn en bij welk orgaan bezwaar kan worden gemaakt of beroep kan worden ingesteld."',
});

/** Awb art. 6:7: the term for a beroepschrift is 6 weeks, as for a bezwaarschrift. */
export const AWB_6_7_BEROEP: Bron = /* @__PURE__ */ awb('6:7', {
  toelichting: '"De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt zes weken."',
});

/** Awb art. 6:5 lid 1: what a bezwaar- or beroepschrift contains. */
export const AWB_6_5: Bron = /* @__PURE__ */ awb('6:5', 1, {
  toelichting:
    'Ondertekend, met ten minste naam en adres van de indiener, de dagtekening, een omschrijving van het besluit en de gronden van het bezwaar of beroep.',
});

/** Awb art. 6:16: bezwaar or beroep does not suspend the decision. */
export const AWB_6_16: Bron = /* @__PURE__ */ awb('6:16', {
  toelichting:
    '"Het bezwaar of beroep schorst niet de werking van het besluit waartegen het is gericht, tenzij bij of krachtens wettelijk voorschrift anders is bepaald."',
});

/** Awb art. 8:1 with 8:6 lid 1: beroep lies with the bestuursrechter, in first instance the rechtbank. */
export const AWB_8_1_RECHTBANK: Bron = /* @__PURE__ */ bron('awb', {
  artikel: '8:1 en 8:6',
  lid: 1,
  versie: AWB_VERSIE,
  url: 'https://wetten.overheid.nl/BWBR0005537/2026-01-01#Artikel81',
  zekerheid: 'wettekst',
  toelichting:
    '8:1: "Een belanghebbende kan tegen een besluit beroep instellen bij de bestuursrechter." 8:6 lid 1: "Het beroep kan worden ingesteld bij de rechtbank, ..." ' +
    'Welke rechtbank: art. 8:7 (bij een gemeente de rechtbank van haar zetel, anders die van de woonplaats van de indiener).',
});

/**
 * WPO art. 63 lid 2, second sentence: a bijzondere school's verwijdering letter states the content of lid 3,
 * first sentence (the 6-week bezwaar).
 */
export const WPO_63_LID_2_VERMELDING: Bron = /* @__PURE__ */ wpo('63', 2, {
  toelichting:
    '"Daarbij wordt tevens de inhoud van het bepaalde in het derde lid, eerste volzin, vermeld." De beslissing wordt schriftelijk en met redenen omkleed meegedeeld door toezending of uitreiking aan de ouders.',
});

/**
 * WPO art. 43 lid 2 sub a: the Geschillencommissie passend onderwijs hears disputes on art. 40 lid 11 (the
 * verwijdering), at every school (lid 1: openbaar and bijzonder); lid 3: its oordeel within 10 weeks.
 */
export const WPO_43_LID_2_VERWIJDERING: Bron = /* @__PURE__ */ wpo('43', 2, {
  toelichting:
    '"De commissie neemt kennis van geschillen tussen ouders en bevoegd gezag van een school die ontstaan bij de toepassing van: a. artikel 40, derde, vierde, vijfde en elfde lid, en b. artikel 40a, eerste, tweede en vijfde lid." ' +
    'Het elfde lid van art. 40 is de verwijdering; een schorsing (art. 40c) valt er niet onder.',
});

/**
 * Bijzondere school: the board is a private-law legal person (WPO art. 1, 55), so its decisions are no Awb
 * besluiten and the route after bezwaar (or against a schorsing) is the civil judge (a documented reading).
 */
export const CIVIELE_ROUTE: Bron = /* @__PURE__ */ wpo('1 en 55', {
  lezing:
    'Een bijzondere school wordt in stand gehouden door een privaatrechtelijke rechtspersoon (art. 1 "bijzondere school", art. 55); haar bestuur is geen bestuursorgaan. ' +
    'Tegen een schorsing en na de beslissing op bezwaar tegen een verwijdering (art. 63 lid 3) staat daarom geen beroep bij de bestuursrechter open maar de burgerlijke rechter, ' +
    'bij spoed in kort geding. Het Wetboek van Burgerlijke Rechtsvordering is voor dit pakket niet nagelezen; de toepassing is de lezing van de SDK.',
});

/** A voornemen tot verwijdering is not yet the decision: the remedy lies against the definitive decision. */
export const VOORNEMEN_GEEN_BESLUIT: Bron = /* @__PURE__ */ wpo('40', 11, {
  lezing:
    'Een voornemen tot verwijdering is nog niet de beslissing tot verwijdering (art. 40 lid 11, art. 63 lid 2). De SDK vermeldt in de brief over het voornemen dat bezwaar openstaat ' +
    'tegen het definitieve besluit en dat de ouders nu hun mening kunnen geven; dat een voornemen geen besluit is, is de lezing van de SDK.',
});

/**
 * WPO art. 40 lid 11 (read) asks for no notice to the inspectie of a verwijdering; WPO 40c lid 3 covers
 * schorsingen only. The seed's model letters (Bijlage 20) copy the inspectie: that is school policy.
 */
export const VERWIJDERING_MELDING_GEEN_PLICHT: Bron = /* @__PURE__ */ wpo('40', 11, {
  lezing:
    'Art. 40 lid 11 (horen, een andere school die bereid is) en art. 63 lid 2 (schriftelijke mededeling aan de ouders) noemen geen melding aan de inspectie; art. 40c lid 3 gaat alleen over de schorsing. ' +
    'Het veiligheidsplan van 2018 stuurt de inspectie een kopie (Bijlage 20); dat is schoolbeleid.',
});

/** The seed's model letters (Bijlage 20) and schoolgids texts (Bijlage 21) as the source of the templates. */
export const SEED_BIJLAGE_20: Bron = /* @__PURE__ */ seedBron(
  'Bijlage 20: Model brieven in verband met schorsing of verwijdering',
);

/** The seed's example texts on schorsing and verwijdering for the schoolgids. */
export const SEED_BIJLAGE_21: Bron = /* @__PURE__ */ seedBron(
  'Bijlage 21: Voorbeeld teksten schorsing en verwijdering voor in de schoolgids',
);

/** Awb art. 7:10 lid 4 and 5: further delay beyond the adjournment, on three grounds, made known in writing. */
function awb710Lid4(sub: 'a' | 'b' | 'c', tekst: string): Bron {
  return awb('7:10', 4, {
    toelichting:
      `"Verder uitstel is mogelijk voor zover: ... ${sub}. ${tekst}" Lid 5: van de toepassing van het tweede, derde of vierde lid doet het bestuursorgaan schriftelijk mededeling aan belanghebbenden. ` +
      'De wet noemt geen maximum voor het verdere uitstel; de SDK neemt de nieuwe laatste dag over die het bevoegd gezag meedeelt (zonder Atw), met of zonder eerdere verdaging (lid 3).',
  });
}

/** Awb 7:10 lid 4 sub a: further delay when all interested parties consent. */
export const AWB_7_10_LID_4_A: Bron = /* @__PURE__ */ awb710Lid4(
  'a',
  'alle belanghebbenden daarmee instemmen,',
);

/** Awb 7:10 lid 4 sub b: further delay when the objector consents and no other party can be harmed. */
export const AWB_7_10_LID_4_B: Bron = /* @__PURE__ */ awb710Lid4(
  'b',
  'de indiener van het bezwaarschrift daarmee instemt en andere belanghebbenden daardoor niet in hun belangen kunnen worden geschaad, of',
);

/** Awb 7:10 lid 4 sub c: further delay needed to comply with statutory procedural rules. */
export const AWB_7_10_LID_4_C: Bron = /* @__PURE__ */ awb710Lid4(
  'c',
  'dit nodig is in verband met de naleving van wettelijke procedurevoorschriften.',
);

/**
 * WPO 40 lid 12: an openbare school decides on bezwaar against a verwijdering "in afwijking van artikel 7:10 van de
 * Algemene wet bestuursrecht" within 4 weeks. The SDK reads that as replacing the whole of art. 7:10 for that
 * decision, so no adjournment (lid 3) nor further delay (lid 4); a bijzondere school is not under the Awb at all.
 */
export const WPO_40_LID_12_GEEN_VERDAGING: Bron = /* @__PURE__ */ wpo('40', 12, {
  lezing:
    '"... besluit het bevoegd gezag in afwijking van artikel 7:10 van de Algemene wet bestuursrecht binnen 4 weken gerekend vanaf de dag na die waarop de termijn voor het indienen van het bezwaarschrift is verstreken." ' +
    'Het lid wijkt af van artikel 7:10 als geheel, zonder een lid te noemen; de SDK leest dat verdaging (7:10 lid 3) en verder uitstel (lid 4) dan niet gelden. ' +
    'Voor een bijzondere school geldt WPO 63 lid 3 (vier weken na ontvangst) en niet de Awb. De wettelijke opschorting tijdens het geschil bij de commissie (WPO 43) blijft gelden.',
});

/** WPO art. 1: "schooljaar: het tijdvak van 1 augustus tot en met 31 juli daaraanvolgend". */
export const WPO_1_SCHOOLJAAR: Bron = /* @__PURE__ */ wpo('1', {
  toelichting:
    '"schooljaar: het tijdvak van 1 augustus tot en met 31 juli daaraanvolgend" (begripsbepaling; zo gelezen in de geconsolideerde teksten van 2020-07-01 en later).',
});

/**
 * The overview's reading of "one uninterrupted run" of schorsingen: school days without a school day in between,
 * across the dossiers of one pupil, against the strictest maximum of the schorsingen in the run (WPO 40c lid 1).
 */
export const WPO_40C_REEKS_LEZING: Bron = /* @__PURE__ */ wpo('40c', 1, {
  lezing:
    'Schorsingen die zonder schooldag ertussen op elkaar volgen, zijn voor de leerling één uitsluiting; de SDK telt hun gemiste schooldagen samen, ' +
    'ook over dossiers van dezelfde leerling heen, en vergelijkt die met het strengste maximum van de schorsingen in de reeks. Een reeks boven het maximum ' +
    'zonder vastgelegde reden bij elke aansluitende schorsing wordt gemarkeerd.',
});

/**
 * WPO art. 40a lid 1 (an ontwikkelingsperspectief for a pupil who needs extra support) and art. 43 lid 2 (the
 * Geschillencommissie hears disputes on art. 40 lid 11, the verwijdering, and on art. 40a lid 1, 2 and 5, the
 * ontwikkelingsperspectief). That the board involves the samenwerkingsverband when it removes a pupil with an
 * ontwikkelingsperspectief is the SDK's reading (the samenwerkingsverband's own articles were not re-read).
 */
export const WPO_40A_OPP_VERWIJDERING: Bron = /* @__PURE__ */ wpo('40a', 1, {
  lezing:
    'Art. 40a lid 1: "Het bevoegd gezag stelt nadat op overeenstemming gericht overleg is gevoerd met de ouders een ontwikkelingsperspectief vast: a. voor leerlingen van een basisschool, die extra ondersteuning behoeven; ..." ' +
    'Art. 43 lid 2 (tekst 2021-01-01): de commissie neemt kennis van geschillen bij de toepassing van art. 40 lid 3, 4, 5 en 11 en van art. 40a lid 1, 2 en 5. ' +
    'Dat het bevoegd gezag bij de verwijdering van een leerling met een ontwikkelingsperspectief het samenwerkingsverband betrekt bij het vinden van een andere school, is de lezing van de SDK.',
});

// Sources of electronic sending and receipt (Awb afdeling 2.3, "Verkeer langs elektronische weg") and of the
// repair pause of Awb 7:10 lid 2 (issue 11). Read in the dated consolidations of the MinBZK regelrecht corpus:
// Awb 2004-07-01, 2025-07-01 and 2026-01-01 (the Wet modernisering elektronisch bestuurlijk verkeer renumbered the
// afdeling on 2026-01-01), WPO 2025-06-13, 2026-01-01 and 2026-08-01.

/** The last Awb consolidation before the renumbering of afdeling 2.3 that was read for this package. */
const AWB_VOOR_2026 = '2025-07-01';
/** The first Awb consolidation with the renumbered afdeling 2.3. */
const AWB_2026 = '2026-01-01';

/** An Awb article of chapter 2 or 3 in the consolidation `versie`, linked to that consolidation. */
function awbIn(versie: string, artikel: string, lid: number | undefined, meer: Meer, onder?: string): Bron {
  const anker = `Artikel${artikel.replace(':', '')}`;
  return bron('awb', {
    ...vindplaats(artikel, lid, meer, versie),
    ...(onder === undefined ? {} : { onder }),
    url: `https://wetten.overheid.nl/BWBR0005537/${versie}#${anker}`,
  });
}

/** Awb art. 3:41 lid 1: a decision addressed to interested parties is made known by sending or handing it to them. */
export const AWB_3_41: Bron = /* @__PURE__ */ awbIn(AWB_2026, '3:41', 1, {
  toelichting:
    '"De bekendmaking van besluiten die tot een of meer belanghebbenden zijn gericht, geschiedt door toezending of uitreiking aan hen, onder wie begrepen de aanvrager."',
});

/** Awb art. 2:14 lid 1 (to 2025-12-31): the board may send electronically only when the addressee made known that he is reachable that way. */
export const AWB_2_14_LID_1: Bron = /* @__PURE__ */ awbIn(AWB_VOOR_2026, '2:14', 1, {
  toelichting:
    '"... voor zover de geadresseerde kenbaar heeft gemaakt dat hij langs deze weg voldoende bereikbaar is." Zo ook 2004-07-01.',
});

/** Awb art. 2:8 (from 2026-01-01): only when the addressee made known expressly ("uitdrukkelijk") that he is reachable that way. */
export const AWB_2_8: Bron = /* @__PURE__ */ awbIn(AWB_2026, '2:8', undefined, {
  toelichting:
    '"... slechts elektronisch verzenden voor zover de geadresseerde uitdrukkelijk kenbaar heeft gemaakt dat hij langs deze weg voldoende bereikbaar is."',
});

/** Awb art. 2:17 lid 1 (to 2025-12-31): when a message the board sends electronically counts as sent. */
export const AWB_2_17_LID_1: Bron = /* @__PURE__ */ awbIn(AWB_VOOR_2026, '2:17', 1, {
  toelichting:
    '"... het tijdstip waarop het bericht een systeem voor gegevensverwerking bereikt waarvoor het bestuursorgaan geen verantwoordelijkheid draagt of, indien ... hetzelfde systeem ..., het tijdstip waarop het bericht toegankelijk wordt voor de geadresseerde." 2004-07-01: "waarover het bestuursorgaan geen controle heeft".',
});

/** Awb art. 2:19 (from 2026-01-01): when a message the board sends electronically counts as sent, sub a to c. */
export const AWB_2_19: Bron = /* @__PURE__ */ awbIn(AWB_2026, '2:19', undefined, {
  toelichting:
    'Sub a: het systeem bereikt "waarvoor het bestuursorgaan of een ander bestuursorgaan geen verantwoordelijkheid draagt"; sub b (systeem waarin de geadresseerde toegang heeft): "het tijdstip waarop het bericht toegankelijk wordt voor de geadresseerde".',
});

/** Awb art. 2:17 lid 2 (to 2025-12-31): when a message the board receives electronically counts as received. */
export const AWB_2_17_LID_2: Bron = /* @__PURE__ */ awbIn(AWB_VOOR_2026, '2:17', 2, {
  toelichting:
    '"... het tijdstip waarop het bericht zijn systeem voor gegevensverwerking heeft bereikt." Zo ook 2004-07-01.',
});

/** Awb art. 2:20 (from 2026-01-01): when a message the board receives electronically counts as received. */
export const AWB_2_20: Bron = /* @__PURE__ */ awbIn(AWB_2026, '2:20', undefined, {
  toelichting:
    '"... zijn systeem voor gegevensverwerking of een ander daartoe aangewezen systeem heeft bereikt of ... op andere wijze elektronisch toegankelijk wordt voor het bestuursorgaan."',
});

/** Awb art. 2:15 lid 1 (to 2025-12-31): a message may be sent electronically to the board only when it opened that route. */
export const AWB_2_15_LID_1: Bron = /* @__PURE__ */ awbIn(AWB_VOOR_2026, '2:15', 1, {
  toelichting:
    '"... voor zover het bestuursorgaan kenbaar heeft gemaakt dat deze weg is geopend." Zo ook 2004-07-01.',
});

/**
 * WPO art. 4d (from 2026-01-01): Awb 2:13 lid 1 (anyone may send a procedural message to the board electronically)
 * does not apply between parents or pupils and the board; so Awb 2:14 applies: only by a route the board opened.
 */
export const WPO_4D: Bron = /* @__PURE__ */ wpo('4d', {
  versie: AWB_2026,
  toelichting:
    '"Artikel 2:13, eerste lid, van de Algemene wet bestuursrecht is niet van toepassing in het verkeer tussen ouders of leerlingen en het bevoegd gezag." Dan geldt Awb 2:14: alleen langs een weg die het bevoegd gezag heeft geopend. Niet in de tekst van 2025-06-13.',
});

/**
 * A bijzondere school is no bestuursorgaan: Awb afdeling 2.3 does not apply to its schorsing letter (WPO 40c lid
 * 2) nor to its mededeling of a verwijdering (WPO 63 lid 2). The SDK's reading for an electronic letter.
 */
export const BIJZONDER_ELEKTRONISCH: Bron = /* @__PURE__ */ wpo('40c lid 2 en 63 lid 2', {
  lezing:
    'Het bestuur van een bijzondere school is geen bestuursorgaan: de Awb, ook afdeling 2.3 over elektronisch verkeer, geldt voor zijn brieven niet. ' +
    'WPO 40c lid 2 vraagt een schriftelijke bekendmaking aan de ouders, WPO 63 lid 2 een schriftelijke mededeling "door toezending of uitreiking". ' +
    'De SDK telt bij elektronische verzending, naar analogie, de dag waarop de brief het systeem van de ouders bereikte of voor hen toegankelijk werd als dag van de mededeling, en vraagt geen toestemming zoals Awb 2:8. ' +
    'Het Burgerlijk Wetboek (ontvangst van een verklaring) is voor dit pakket niet nagelezen.',
});

/** Awb art. 7:10 lid 2: the decision term is suspended while the objector repairs an omission (Awb 6:6). */
export const AWB_7_10_LID_2: Bron = /* @__PURE__ */ awb('7:10', 2, {
  toelichting:
    '"De termijn wordt opgeschort gerekend vanaf de dag na die waarop de indiener is verzocht een verzuim als bedoeld in artikel 6:6 te herstellen, tot de dag waarop het verzuim is hersteld of de daarvoor gestelde termijn ongebruikt is verstreken." Zo ook 2025-07-01.',
});

/** How the SDK counts the repair pause of Awb 7:10 lid 2 (a documented interpretation). */
export const AWB_7_10_LID_2_LEZING: Bron = /* @__PURE__ */ awb('7:10', 2, {
  lezing:
    'De beslistermijn staat stil vanaf de dag na het verzoek tot herstel tot (niet tot en met) de dag van het herstel, of, als het verzuim niet binnen de hersteltermijn is hersteld, ' +
    'tot de laatste dag van die termijn (de dag waarop zij verstrijkt; zo gebruikt art. 7:10 lid 1 "de dag waarop de termijn is verstreken"). Het einde schuift evenveel kalenderdagen op; daarna past de SDK de Atw opnieuw toe. ' +
    'Verdaging (lid 3) telt de SDK op de opgeschorte termijn; een bij verder uitstel (lid 4) meegedeelde dag neemt hij over zoals meegedeeld. ' +
    'Bij bezwaar tegen een verwijdering door een openbare school wijkt WPO 40 lid 12 af van art. 7:10 als geheel; de SDK schort die beslistermijn daarom niet op. Een bijzondere school valt niet onder de Awb.',
});

/** Awb art. 6:6: a bezwaar may be declared inadmissible for an omission (art. 6:5); the repair condition not re-read. */
export const AWB_6_6: Bron = /* @__PURE__ */ awb('6:6', {
  onbevestigd:
    '"Het bezwaar of beroep kan niet-ontvankelijk worden verklaard, indien: a. niet is voldaan aan artikel 6:5 of aan enig ander bij de wet gesteld vereiste voor het in behandeling nemen van het bezwaar of beroep, of b. ..." (tekst 2026-01-01). ' +
    'De slotwoorden over de gelegenheid om het verzuim binnen een gestelde termijn te herstellen staan niet in de gelezen weergave van het artikel; die voorwaarde is daarom niet bevestigd.',
});
