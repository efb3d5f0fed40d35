import {
  amsterdamseDatum,
  type Beleid,
  type BeleidV1,
  type Besluit,
  type Bron,
  besluit,
  codeTekst,
  epochMs,
  type IsoDatum,
  type Parameters,
  type Reden,
  SchoolveiligheidFout,
  waardeVoor,
} from '@schoolveiligheid/kern';
import {
  AP_WEL_OF_NIET_MELDEN,
  AVG_4_12,
  AVG_33_1,
  AVG_33_5,
  AVG_34_1,
  AVG_34_3_A,
  AVG_34_3_B,
  AVG_34_3_C,
  EDPB_01_2021_CASUS_01,
  EDPB_9_2022_RISICO,
  INTERPRETATIE_ONTVANGER,
  INTERPRETATIE_PSEUDONIEM,
  INTERPRETATIE_RISICO,
  ONBEGRIJPELIJK_GEEN_RISICO,
  seedBron,
} from '../bronnen/bronnen.js';
import { type DatalekRedenCode, REDEN_CODES } from '../codes/codes.js';
import { isGeldigIncident } from '../incident/controle.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { eisDatum, eisOpties, ongeldigeInvoer } from '../bewaak.js';
import { alsBeleid } from '../regels/beleid.js';
import {
  type Beslisboom,
  datalekBeslisboom,
  datalekVerantwoording,
  meldtermijnAP,
  urenVan,
} from '../regels/regels.js';
import { ernstUitFeiten } from './ernst.js';
import { type Feiten, feiten, geldend, heeftInbreuk, isGevoelig } from './feiten.js';

/** Risk level of a breach for the rights and freedoms of the data subjects (AVG 33(1), 34(1)). */
export type Risico = 'geen' | 'risico' | 'hoog';

/** The outcome of {@link beoordeelIncident}. */
export interface Beoordeling {
  /** Is this a personal data breach (AVG art. 4 onder 12)? */
  readonly isDatalek: boolean;
  readonly risico: Risico;
  /** Must the breach be reported to the Autoriteit Persoonsgegevens (AVG 33(1))? */
  readonly meldplichtAP: boolean;
  /** Must the data subjects be informed (AVG 34(1)), individually or by public communication? */
  readonly betrokkenenInformeren: boolean;
  /** AVG 34(3)(c): a public communication instead of individual messages. */
  readonly openbareMededeling: boolean;
  /** Which decision tree was applied. */
  readonly beslisboom: Beslisboom;
}

/** A reason of this package's decisions: a {@link DatalekRedenCode} with its sentence, source and parameters. */
export type DatalekReden = Reden<DatalekRedenCode>;

/** Options of {@link beoordeelIncident}. */
export interface BeoordelingOpties {
  /**
   * A school's policy; the seed preset `SEED_2018_BELEID` applies the former Wbp decision tree. A policy stored
   * in the shape of release 0.1 (embedded rule copies) is read too.
   */
  readonly beleid?: Beleid | BeleidV1;
  /** The date whose law applies; default: the Amsterdam date of `incident.ontdektOp`. */
  readonly peildatum?: IsoDatum;
}

const RISICO_ORDE: Record<Risico, number> = { geen: 0, risico: 1, hoog: 2 };

/**
 * Orders risk levels: `geen` < `risico` < `hoog`. Throws `ONGELDIGE_INVOER` for anything else.
 *
 * @example
 * ```ts
 * import { vergelijkRisico } from '@schoolveiligheid/datalek';
 * vergelijkRisico('hoog', 'risico') > 0; //=> true
 * ```
 */
export function vergelijkRisico(a: Risico, b: Risico): number {
  if (!isRisico(a) || !isRisico(b)) ongeldigeInvoer('Een risico is geen, risico of hoog.');
  return RISICO_ORDE[a] - RISICO_ORDE[b];
}

function isRisico(w: unknown): w is Risico {
  return typeof w === 'string' && Object.hasOwn(RISICO_ORDE, w);
}

const orde = (a: Risico, b: Risico): number => RISICO_ORDE[a] - RISICO_ORDE[b];
const hoogste = (a: Risico, b: Risico): Risico => (orde(b, a) > 0 ? b : a);

/** The facts for the duties: the facts plus the risk found. */
interface Uitkomst extends Feiten {
  readonly risico: Risico;
  /** The AP term (rule `meldtermijnAP`), in hours. */
  readonly termijnUren: number;
}

/** One row of a criterion table: when it holds, the reason it gives with its source, and what it does. */
interface Criterium<F> {
  readonly code: DatalekRedenCode;
  readonly geldt: (f: F) => boolean;
  readonly bron: Bron | ((f: F) => Bron);
  /** The risk this row raises the outcome to. */
  readonly risico?: Risico;
  /** The duties this row sets. */
  readonly plicht?: {
    readonly meldplichtAP?: true;
    readonly betrokkenenInformeren?: true;
    readonly openbareMededeling?: true;
  };
  /** The values in the sentence and the yes/no answer the row gives. */
  readonly parameters?: (f: F) => Parameters;
}

/** A safeguard that can take the confidentiality risk away on its own, and what risk then remains. */
interface Waarborg {
  readonly code: DatalekRedenCode;
  readonly geldt: (f: Feiten) => boolean;
  readonly bron: Bron;
  /** What remains when this safeguard holds. */
  readonly rest: readonly Criterium<Feiten>[];
}

/** A reason with the catalogue's Dutch sentence for its parameters. */
function reden(code: DatalekRedenCode, bron: Bron | undefined, parameters?: Parameters): DatalekReden {
  return {
    code,
    tekst: codeTekst(REDEN_CODES, code, 'nl', parameters),
    ...(bron ? { bron } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

interface Getoetst {
  readonly redenen: DatalekReden[];
  readonly risico: Risico;
  readonly meldplichtAP: boolean;
  readonly betrokkenenInformeren: boolean;
  readonly openbareMededeling: boolean;
}

/** Applies every row of a table that holds, in order: its reason, the highest risk, the duties set. */
function toets<F>(tabel: readonly Criterium<F>[], f: F): Getoetst {
  const uit = {
    redenen: [] as DatalekReden[],
    risico: 'geen' as Risico,
    meldplichtAP: false,
    betrokkenenInformeren: false,
    openbareMededeling: false,
  };
  for (const rij of tabel) {
    if (!rij.geldt(f)) continue;
    uit.redenen.push(
      reden(rij.code, typeof rij.bron === 'function' ? rij.bron(f) : rij.bron, rij.parameters?.(f)),
    );
    if (rij.risico) uit.risico = hoogste(uit.risico, rij.risico);
    if (rij.plicht?.meldplichtAP) uit.meldplichtAP = true;
    if (rij.plicht?.betrokkenenInformeren) uit.betrokkenenInformeren = true;
    if (rij.plicht?.openbareMededeling) uit.openbareMededeling = true;
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------------------
// The AVG criteria (art. 4(12), 33, 34), one table per criterion. Each row is sourced to the reasoning of the
// AVG, EDPB 9/2022 and 01/2021 or the AP's page, never to one worked case; unknown counts as the worst.

/** Is it a personal data breach (AVG 4(12))? Unknown personal data count as personal data (AP). */
const VASTSTELLING: readonly Criterium<Feiten>[] = [
  {
    code: 'ONZEKER_PERSOONSGEGEVENS',
    geldt: (f) => f.inc.persoonsgegevens === 'onbekend',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  { code: 'GEEN_PERSOONSGEGEVENS', geldt: (f) => f.inc.persoonsgegevens === 'nee', bron: AVG_4_12 },
  {
    code: 'INBREUK_ONBEKEND',
    geldt: (f) => f.inc.persoonsgegevens !== 'nee' && f.inc.inbreuk.includes('onbekend'),
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  {
    code: 'GEEN_INBREUK',
    geldt: (f) => f.inc.persoonsgegevens !== 'nee' && !f.isDatalek,
    bron: AVG_4_12,
  },
  { code: 'DATALEK', geldt: (f) => f.isDatalek, bron: AVG_4_12 },
  { code: 'DOCUMENTEREN', geldt: (f) => f.isDatalek, bron: AVG_33_5 },
];

/** What remains of unintelligible data (AP): without a recent backup or intact data, the school lost control. */
const ONBEGRIJPELIJK_REST: readonly Criterium<Feiten>[] = [
  {
    code: 'VERSLEUTELD_ZONDER_BACKUP',
    geldt: (f) => !f.inc.backupAanwezig || f.inc.gegevensIntact === false,
    risico: 'risico',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
];

/** Nobody excluded misuse or exfiltration: a safeguard of a recipient holds only then. */
const zonderMisbruik = (f: Feiten) =>
  f.inc.aanwijzingMisbruik === 'nee' && f.inc.exfiltratie !== 'bevestigd' && f.inc.exfiltratie !== 'mogelijk';

/** The recipient confirmed deletion and the disclosure stayed with it (one or a few recipients). */
const verwijderdDoor = (f: Feiten, soort: 'betrouwbare-instelling' | 'bekende-persoon') =>
  f.inc.ontvanger?.soort === soort && f.bekendeOntvangers && f.inc.ontvanger.verwijderingBevestigd;

/**
 * Confidentiality: the safeguards. Each one on its own can take the risk away; the lowest outcome holds, so a
 * weaker safeguard never raises the risk while a stronger one still holds.
 */
const VERTROUWELIJKHEID_WAARBORGEN: readonly Waarborg[] = [
  {
    code: 'VERSLEUTELD',
    geldt: (f) => f.versleuteld,
    bron: ONBEGRIJPELIJK_GEEN_RISICO,
    rest: ONBEGRIJPELIJK_REST,
  },
  { code: 'GEHASHT', geldt: (f) => f.gehasht, bron: ONBEGRIJPELIJK_GEEN_RISICO, rest: ONBEGRIJPELIJK_REST },
  {
    code: 'BETROUWBARE_ONTVANGER',
    geldt: (f) =>
      zonderMisbruik(f) &&
      (f.inc.ontvanger === undefined
        ? f.inc.ontvangerBetrouwbaarVerwijderd
        : verwijderdDoor(f, 'betrouwbare-instelling')),
    bron: AP_WEL_OF_NIET_MELDEN,
    rest: [],
  },
  {
    code: 'BEKENDE_ONTVANGER_VERWIJDERD',
    geldt: (f) => zonderMisbruik(f) && verwijderdDoor(f, 'bekende-persoon'),
    bron: INTERPRETATIE_ONTVANGER,
    rest: [
      {
        code: 'BEKENDE_ONTVANGER_GEVOELIG',
        geldt: (f) => f.gevoelig,
        risico: 'risico',
        bron: INTERPRETATIE_ONTVANGER,
      },
    ],
  },
  {
    code: 'GEPSEUDONIMISEERD',
    geldt: (f) => f.gepseudonimiseerd,
    bron: INTERPRETATIE_PSEUDONIEM,
    rest: [
      {
        code: 'HERIDENTIFICATIE_MOGELIJK',
        geldt: () => true,
        risico: 'risico',
        bron: INTERPRETATIE_PSEUDONIEM,
      },
    ],
  },
];

/** Confidentiality without a safeguard: who may have seen what, of whom, and how many. */
const VERTROUWELIJKHEID_ONBESCHERMD: readonly Criterium<Feiten>[] = [
  {
    code: 'TOEGANG_ONZEKER',
    geldt: (f) => f.inc.toegangUitgesloten === 'onbekend',
    risico: 'risico',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  {
    code: 'TOEGANG_NIET_UITGESLOTEN',
    geldt: (f) => f.inc.toegangUitgesloten !== 'onbekend',
    risico: 'risico',
    bron: AVG_33_1,
  },
  {
    code: 'EXFILTRATIE_BEVESTIGD',
    geldt: (f) => f.inc.exfiltratie === 'bevestigd',
    risico: 'risico',
    bron: EDPB_9_2022_RISICO,
  },
  {
    code: 'EXFILTRATIE_MOGELIJK',
    geldt: (f) => f.inc.exfiltratie === 'mogelijk',
    risico: 'risico',
    bron: EDPB_01_2021_CASUS_01,
  },
  {
    code: 'GEVOELIGE_GEGEVENS',
    geldt: (f) => f.gevoelig && !f.categorieOnbekend,
    risico: 'hoog',
    bron: INTERPRETATIE_RISICO,
  },
  {
    code: 'CATEGORIEEN_ONBEKEND',
    geldt: (f) => f.categorieOnbekend,
    risico: 'hoog',
    bron: AP_WEL_OF_NIET_MELDEN,
  },
  {
    code: 'KWETSBAAR_EN_MISBRUIK',
    geldt: (f) => f.inc.betrokkenen.kwetsbaar === true && f.inc.aanwijzingMisbruik === 'ja',
    risico: 'hoog',
    bron: INTERPRETATIE_RISICO,
  },
  {
    code: 'KWETSBAAR_MOGELIJK_VERSPREID',
    geldt: (f) =>
      f.kwetsbaar &&
      f.verspreid &&
      !(f.inc.betrokkenen.kwetsbaar === true && f.inc.aanwijzingMisbruik === 'ja'),
    risico: 'hoog',
    bron: EDPB_9_2022_RISICO,
  },
  {
    code: 'GROOTSCHALIG_IDENTITEITSFRAUDE',
    geldt: (f) => f.fraudegevoelig && f.grootschalig,
    risico: 'hoog',
    bron: (f) => f.grensBron,
    parameters: (f) => ({ aantal: f.grens }),
  },
];

/** Integrity: can altered data be restored? */
const INTEGRITEIT: readonly Criterium<Feiten>[] = [
  { code: 'GEGEVENS_INTACT', geldt: (f) => f.inc.gegevensIntact === true, bron: AP_WEL_OF_NIET_MELDEN },
  { code: 'INTEGRITEIT_HERSTELBAAR', geldt: (f) => f.integriteitHerstelbaar, bron: INTERPRETATIE_RISICO },
  {
    code: 'INTEGRITEIT_GESCHONDEN',
    geldt: (f) => !f.integriteitHerstelbaar && !f.gevoelig,
    risico: 'risico',
    bron: AVG_33_1,
  },
  {
    code: 'INTEGRITEIT_GESCHONDEN',
    geldt: (f) => !f.integriteitHerstelbaar && f.gevoelig,
    risico: 'hoog',
    bron: AVG_33_1,
  },
];

const maxUren = (f: Feiten): Parameters => ({ maxUren: f.maxUren });
const zorgKwijt = (f: Feiten) => f.inc.categorieen.includes('gezondheid-zorg') || f.categorieOnbekend;

/** Availability: restorable and short, or lasting; and what the outage caused (EDPB 9/2022, 01/2021 case 01). */
const BESCHIKBAARHEID: readonly Criterium<Feiten>[] = [
  {
    code: 'BESCHIKBAARHEID_HERSTELD',
    geldt: (f) => f.beschikbaarheidHerstelbaar && f.kort,
    bron: (f) => f.maxUrenBron,
    parameters: maxUren,
  },
  {
    code: 'BESCHIKBAARHEID_TE_LANG',
    geldt: (f) => f.beschikbaarheidHerstelbaar && !f.kort,
    risico: 'risico',
    bron: AVG_33_1,
    parameters: maxUren,
  },
  {
    code: 'BESCHIKBAARHEID_VERLOREN',
    geldt: (f) => !f.beschikbaarheidHerstelbaar,
    risico: 'risico',
    bron: AVG_33_1,
  },
  {
    code: 'ZORGGEGEVENS_VERLOREN',
    geldt: (f) => !f.beschikbaarheidHerstelbaar && f.kwetsbaar && zorgKwijt(f),
    risico: 'hoog',
    bron: INTERPRETATIE_RISICO,
  },
  {
    code: 'ONBESCHIKBAARHEID_HINDER',
    geldt: (f) => f.inc.gevolgOnbeschikbaarheid === 'hinder',
    risico: 'risico',
    bron: EDPB_9_2022_RISICO,
  },
  {
    code: 'ZORG_VERTRAAGD',
    geldt: (f) => f.inc.gevolgOnbeschikbaarheid === 'zorg-vertraagd',
    risico: 'risico',
    bron: EDPB_9_2022_RISICO,
  },
  {
    code: 'ZORG_VERTRAAGD_KWETSBAAR',
    geldt: (f) =>
      f.inc.gevolgOnbeschikbaarheid === 'zorg-vertraagd' &&
      f.kwetsbaar &&
      !(f.beschikbaarheidHerstelbaar && f.kort),
    risico: 'hoog',
    bron: INTERPRETATIE_RISICO,
    parameters: maxUren,
  },
];

/** The report to the AP (AVG 33(1)): unless the breach is unlikely to result in a risk. */
const MELDPLICHT: readonly Criterium<Uitkomst>[] = [
  {
    code: 'MELDEN_AP',
    geldt: (u) => u.risico !== 'geen',
    plicht: { meldplichtAP: true },
    bron: AVG_33_1,
    parameters: (u) => ({ meldplichtAP: true, aantal: u.termijnUren, eenheid: 'uren' }),
  },
  {
    code: 'NIET_MELDEN_AP',
    geldt: (u) => u.risico === 'geen',
    bron: AVG_33_1,
    parameters: () => ({ meldplichtAP: false }),
  },
];

/** Informing the data subjects (AVG 34(1)) and its exceptions (34(3)(a), (b), (c)). */
const BETROKKENEN: readonly Criterium<Uitkomst>[] = [
  {
    code: 'HOOG_RISICO_WEGGENOMEN',
    geldt: (u) => u.risico === 'hoog' && u.inc.hoogRisicoWeggenomen === true,
    bron: AVG_34_3_B,
    parameters: () => ({ betrokkenenInformeren: false }),
  },
  {
    code: 'BETROKKENEN_INFORMEREN',
    geldt: (u) => u.risico === 'hoog' && !u.inc.hoogRisicoWeggenomen,
    plicht: { betrokkenenInformeren: true },
    bron: AVG_34_1,
    parameters: () => ({ betrokkenenInformeren: true }),
  },
  {
    code: 'OPENBARE_MEDEDELING',
    geldt: (u) => u.risico === 'hoog' && !u.inc.hoogRisicoWeggenomen && u.inc.onevenredigeInspanning === true,
    plicht: { openbareMededeling: true },
    bron: AVG_34_3_C,
    parameters: () => ({ openbareMededeling: true }),
  },
  {
    code: 'ONBEGRIJPELIJK_GEEN_BERICHT',
    geldt: (u) => u.risico !== 'hoog' && u.vertrouwelijkheidGeschonden && (u.versleuteld || u.gehasht),
    bron: AVG_34_3_A,
    parameters: () => ({ betrokkenenInformeren: false }),
  },
  {
    code: 'BETROKKENEN_NIET_INFORMEREN',
    geldt: (u) => u.risico !== 'hoog',
    bron: AVG_34_1,
    parameters: () => ({ betrokkenenInformeren: false }),
  },
];

/** Confidentiality: every safeguard that holds gives its reason; the lowest remaining risk counts. */
function toetsVertrouwelijkheid(f: Feiten): Getoetst {
  const waarborgen = VERTROUWELIJKHEID_WAARBORGEN.filter((w) => w.geldt(f));
  const redenen = waarborgen.map((w) => reden(w.code, w.bron));
  let laagste: Getoetst | undefined;
  for (const w of waarborgen) {
    const rest = toets(w.rest, f);
    if (!laagste || orde(rest.risico, laagste.risico) < 0) laagste = rest;
  }
  const uitkomst = laagste ?? toets(VERTROUWELIJKHEID_ONBESCHERMD, f);
  return { ...uitkomst, redenen: [...redenen, ...uitkomst.redenen] };
}

/** The risk criteria of a breach, each applied when its kind of breach is present. */
const RISICO_CRITERIA: readonly {
  readonly geldt: (f: Feiten) => boolean;
  readonly toets: (f: Feiten) => Getoetst;
}[] = [
  { geldt: (f) => f.vertrouwelijkheidGeschonden, toets: toetsVertrouwelijkheid },
  { geldt: (f) => f.heeft.integriteit, toets: (f) => toets(INTEGRITEIT, f) },
  { geldt: (f) => f.heeft.beschikbaarheid, toets: (f) => toets(BESCHIKBAARHEID, f) },
];

/** The ENISA severity as a reason: an explanation beside the AVG test, never part of it. */
function ernstReden(f: Feiten): DatalekReden {
  const e = ernstUitFeiten(f);
  return reden('ERNST_ENISA', e.bron, { dpc: e.dpc, ei: e.ei, cb: e.cb, ernst: e.ernst, niveau: e.niveau });
}

/** AVG: the current decision (33(1), 34(1), 34(3)) from the criterion tables, with its reasons. */
function beoordeelAvg(
  inc: Beveiligingsincident,
  peildatum: IsoDatum,
  beleid?: Beleid,
): Besluit<Beoordeling, DatalekRedenCode> {
  const f = feiten(inc, peildatum, beleid);
  const redenen = [...toets(VASTSTELLING, f).redenen];
  if (!f.isDatalek) return zonderPlicht('avg-2018', false, redenen);
  let risico: Risico = 'geen';
  for (const c of RISICO_CRITERIA) {
    if (!c.geldt(f)) continue;
    const t = c.toets(f);
    redenen.push(...t.redenen);
    risico = hoogste(risico, t.risico);
  }
  const u: Uitkomst = {
    ...f,
    risico,
    termijnUren: urenVan(geldend(meldtermijnAP, peildatum).waarde, meldtermijnAP.id),
  };
  const melding = toets(MELDPLICHT, u);
  const informeren = toets(BETROKKENEN, u);
  redenen.push(...melding.redenen, ...informeren.redenen, ernstReden(f));
  return besluit(
    {
      isDatalek: true,
      risico,
      meldplichtAP: melding.meldplichtAP,
      betrokkenenInformeren: informeren.betrokkenenInformeren,
      openbareMededeling: informeren.openbareMededeling,
      beslisboom: 'avg-2018',
    },
    redenen,
    datalekVerantwoording(),
  );
}

/** A decision without any duty: not a datalek, or a datalek that is only documented. */
function zonderPlicht(
  boom: Beslisboom,
  isDatalek: boolean,
  redenen: readonly DatalekReden[],
): Besluit<Beoordeling, DatalekRedenCode> {
  return besluit(
    {
      isDatalek,
      risico: 'geen',
      meldplichtAP: false,
      betrokkenenInformeren: false,
      openbareMededeling: false,
      beslisboom: boom,
    },
    redenen,
    datalekVerantwoording(),
  );
}

// ---------------------------------------------------------------------------------------------------------
// The seed's decision tree (C.6 Deel C Stap 2-4), based on the former Wbp beleidsregels: one table per step.

interface WbpFeiten {
  readonly inc: Beveiligingsincident;
  readonly datalek: boolean;
  readonly meldplicht: boolean;
  readonly onbeschermd: boolean;
}

/** Stap 2: is it a datalek? Lost without a backup, or unlawful processing not excluded. */
const WBP_STAP_2: readonly Criterium<WbpFeiten>[] = [
  { code: 'WBP_GEEN_DATALEK', geldt: (w) => !w.datalek, bron: /* @__PURE__ */ seedBron('Deel C Stap 2') },
  { code: 'WBP_DATALEK', geldt: (w) => w.datalek, bron: /* @__PURE__ */ seedBron('Deel C Stap 2') },
];

/** Stap 3: must it be reported? Sensitive data or a considerable chance of serious adverse effects. */
const WBP_STAP_3: readonly Criterium<WbpFeiten>[] = [
  {
    code: 'WBP_GEEN_MELDPLICHT',
    geldt: (w) => !w.meldplicht,
    bron: /* @__PURE__ */ seedBron('Deel C Stap 3'),
  },
  {
    code: 'WBP_MELDPLICHT',
    geldt: (w) => w.meldplicht,
    plicht: { meldplichtAP: true },
    bron: /* @__PURE__ */ seedBron('Deel C Stap 3'),
  },
];

/** Stap 4: inform the data subjects, unless the data are encrypted or there are weighty reasons. */
const WBP_STAP_4: readonly Criterium<WbpFeiten>[] = [
  {
    code: 'WBP_BETROKKENEN',
    geldt: (w) => w.onbeschermd && !w.inc.zwaarwegendeRedenen,
    plicht: { betrokkenenInformeren: true },
    bron: /* @__PURE__ */ seedBron('Deel C Stap 4'),
    parameters: () => ({ betrokkenenInformeren: true }),
  },
  {
    code: 'WBP_ZWAARWEGENDE_REDENEN',
    geldt: (w) => w.onbeschermd && w.inc.zwaarwegendeRedenen === true,
    bron: /* @__PURE__ */ seedBron('Deel C Stap 4'),
    parameters: () => ({ betrokkenenInformeren: false }),
  },
  {
    code: 'WBP_VERSLEUTELD',
    geldt: (w) => !w.onbeschermd,
    bron: /* @__PURE__ */ seedBron('Deel C Stap 4'),
    parameters: () => ({ betrokkenenInformeren: false }),
  },
];

function beoordeelWbp(inc: Beveiligingsincident): Besluit<Beoordeling, DatalekRedenCode> {
  const verloren = heeftInbreuk(inc, 'beschikbaarheid') && !inc.backupAanwezig;
  const onrechtmatig =
    (heeftInbreuk(inc, 'vertrouwelijkheid') && inc.toegangUitgesloten !== 'ja') ||
    (heeftInbreuk(inc, 'integriteit') && !inc.backupAanwezig);
  const w: WbpFeiten = {
    inc,
    datalek: inc.persoonsgegevens !== 'nee' && (verloren || onrechtmatig),
    meldplicht: inc.categorieen.some(isGevoelig) || inc.aanwijzingMisbruik === 'ja',
    // Wbp art. 34a lid 6: no message when the data are unintelligible; a state-of-the-art hash is too
    onbeschermd:
      inc.versleuteling !== 'stand-der-techniek' && inc.versleuteling !== 'hash-stand-der-techniek',
  };
  const stap2 = toets(WBP_STAP_2, w);
  if (!w.datalek) return zonderPlicht('wbp-2016', false, stap2.redenen);
  const stap3 = toets(WBP_STAP_3, w);
  if (!stap3.meldplichtAP) return zonderPlicht('wbp-2016', true, [...stap2.redenen, ...stap3.redenen]);
  const stap4 = toets(WBP_STAP_4, w);
  return besluit(
    {
      isDatalek: true,
      risico: stap4.betrokkenenInformeren ? 'hoog' : 'risico',
      meldplichtAP: true,
      betrokkenenInformeren: stap4.betrokkenenInformeren,
      openbareMededeling: false,
      beslisboom: 'wbp-2016',
    },
    [...stap2.redenen, ...stap3.redenen, ...stap4.redenen],
    datalekVerantwoording(),
  );
}

/**
 * Decides on a security incident: is it a datalek, how high is the risk, must it go to the AP, must the data
 * subjects be told, each with its reasons and source, and the receipt (`verantwoording`: package release and
 * rule data). Current law (AVG art. 33/34) by default, decided by small tables of sourced criteria; with
 * `opties.beleid` set to the seed preset, the seed's former Wbp decision tree. Unknown facts count towards
 * reporting (AP: "bij twijfel melden").
 *
 * Throws a `SchoolveiligheidFout` on misuse, with a fixed message that never repeats the input:
 * `ONGELDIGE_INVOER` when `incident` is not a valid registration (check it first with `valideerIncident`) or
 * `opties` is not an object, `ONGELDIGE_DATUM` when `opties.peildatum` is not a date `YYYY-MM-DD` between 1900
 * and 2199, `BELEID_ONGELDIG` when `opties.beleid` is not a policy, and `REGEL_NIET_GELDIG` for a peildatum
 * before 1 January 2016 (no meldplicht existed then).
 *
 * @example
 * ```ts
 * import { beoordeelIncident } from '@schoolveiligheid/datalek';
 * const laptop = {
 *   id: 'inc-1', melder: { rol: 'medewerker', id: 'medewerker-1' }, ontdektOp: '2026-11-20T16:30:00+01:00',
 *   soort: 'diefstal', omschrijving: 'Laptop gestolen', persoonsgegevens: 'ja',
 *   inbreuk: ['vertrouwelijkheid', 'beschikbaarheid'], categorieen: ['identificerend', 'gezondheid-zorg'],
 *   betrokkenen: { groepen: ['leerlingen'], kwetsbaar: true, aantal: 28 }, versleuteling: 'geen',
 *   sleutelGecompromitteerd: 'nee', backupAanwezig: true, onbeschikbaarUren: 0, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'ja', maatregelen: [],
 * } as const;
 * const b = beoordeelIncident(laptop);
 * b.uitkomst.risico; //=> 'hoog'
 * b.uitkomst.meldplichtAP; //=> true
 * b.uitkomst.betrokkenenInformeren; //=> true
 * b.redenen.find((r) => r.code === 'MELDEN_AP')?.parameters; //=> { meldplichtAP: true, aantal: 72, eenheid: 'uren' }
 * b.verantwoording.pakket; //=> '@schoolveiligheid/datalek'
 * beoordeelIncident({ ...laptop, versleuteling: 'stand-der-techniek' }).uitkomst.meldplichtAP; //=> false
 * ```
 */
export function beoordeelIncident(
  incident: Beveiligingsincident,
  opties?: BeoordelingOpties,
): Besluit<Beoordeling, DatalekRedenCode> {
  const o = eisOpties(opties);
  const inc = geldigIncident(incident);
  return beoordeel(inc, eisDatum(o.peildatum, 'De peildatum'), alsBeleid(o.beleid));
}

/** The incident, checked by the rules of its schema (without zod), or `ONGELDIGE_INVOER`. */
function geldigIncident(incident: unknown): Beveiligingsincident {
  if (!isGeldigIncident(incident))
    ongeldigeInvoer('Het incident is geen geldige registratie; controleer het met valideerIncident.');
  return incident;
}

/** The decision on a validated incident. */
function beoordeel(
  incident: Beveiligingsincident,
  peildatumOpgegeven: IsoDatum | undefined,
  beleid: Beleid | undefined,
): Besluit<Beoordeling, DatalekRedenCode> {
  const peildatum = peildatumOpgegeven ?? amsterdamseDatum(epochMs(incident.ontdektOp));
  const boom = waardeVoor(datalekBeslisboom, peildatum, beleid);
  const wbp = boom.waarde === 'wbp-2016';
  const uitkomst = wbp ? beoordeelWbp(incident) : beoordeelAvg(incident, peildatum, beleid);
  const keuze = reden(wbp ? 'BESLISBOOM_WBP' : 'BESLISBOOM_AVG', boom.bron);
  return besluit(uitkomst.uitkomst, [keuze, ...uitkomst.redenen], uitkomst.verantwoording);
}

/** One difference between a policy's decision and the law's. */
export interface Verschil {
  readonly aspect: 'isDatalek' | 'meldplichtAP' | 'betrokkenenInformeren';
  readonly wet: boolean;
  readonly beleid: boolean;
  /** `onderrapportage`: the policy would not report what the law requires; `strenger`: the policy does more. */
  readonly oordeel: 'onderrapportage' | 'strenger';
}

/** Outcome of {@link vergelijkMetWet}. */
export interface Vergelijking {
  /** `true` when the policy would not register, report or inform where the law requires it. */
  readonly onderrapportage: boolean;
  readonly verschillen: readonly Verschil[];
  readonly wet: Beoordeling;
  readonly beleid: Beoordeling;
}

/** The aspects compared, each with the code for under-reporting (and its source) and for doing more. */
const ASPECTEN: readonly {
  readonly aspect: Verschil['aspect'];
  readonly onderrapportage: DatalekRedenCode;
  readonly strenger: DatalekRedenCode;
  readonly bron: Bron;
}[] = [
  {
    aspect: 'isDatalek',
    onderrapportage: 'ONDERRAPPORTAGE_ISDATALEK',
    strenger: 'STRENGER_ISDATALEK',
    bron: AVG_33_5,
  },
  {
    aspect: 'meldplichtAP',
    onderrapportage: 'ONDERRAPPORTAGE_MELDPLICHTAP',
    strenger: 'STRENGER_MELDPLICHTAP',
    bron: AVG_33_1,
  },
  {
    aspect: 'betrokkenenInformeren',
    onderrapportage: 'ONDERRAPPORTAGE_BETROKKENENINFORMEREN',
    strenger: 'STRENGER_BETROKKENENINFORMEREN',
    bron: AVG_34_1,
  },
];

/**
 * Compares a policy's decision on an incident (for example the seed's Wbp tree) with current law at the
 * peildatum, and reports where the policy would under-report. Throws like {@link beoordeelIncident}, and
 * `BELEID_ONGELDIG` when `beleid` is missing or not a policy.
 *
 * @example
 * ```ts
 * import { vergelijkMetWet, SEED_2018_BELEID } from '@schoolveiligheid/datalek';
 * // class list with names and parents' e-mail addresses sent to the wrong mailing list
 * const mail = {
 *   id: 'inc-2', melder: { rol: 'medewerker', id: 'medewerker-2' }, ontdektOp: '2026-03-02T09:00:00+01:00',
 *   soort: 'verkeerde-ontvanger', omschrijving: 'Verkeerde verzendlijst', persoonsgegevens: 'ja',
 *   inbreuk: ['vertrouwelijkheid'], categorieen: ['identificerend', 'contact'],
 *   betrokkenen: { groepen: ['ouders'], kwetsbaar: false, aantal: 120 }, versleuteling: 'geen',
 *   sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'nee', maatregelen: [],
 * } as const;
 * const v = vergelijkMetWet(mail, SEED_2018_BELEID);
 * v.uitkomst.onderrapportage; //=> true
 * v.uitkomst.verschillen.map((d) => d.aspect); //=> ['meldplichtAP']
 * v.redenen[0]?.parameters; //=> { aspect: 'meldplichtAP', wet: true, beleid: false }
 * ```
 */
export function vergelijkMetWet(
  incident: Beveiligingsincident,
  beleid: Beleid | BeleidV1,
  peildatum?: IsoDatum,
): Besluit<Vergelijking, DatalekRedenCode> {
  const inc = geldigIncident(incident);
  const datum = eisDatum(peildatum, 'De peildatum');
  const eigenBeleid = alsBeleid(beleid);
  if (!eigenBeleid)
    throw new SchoolveiligheidFout('BELEID_ONGELDIG', 'Geef het beleid dat met de wet vergeleken wordt.');
  const wet = beoordeel(inc, datum, undefined).uitkomst;
  const eigen = beoordeel(inc, datum, eigenBeleid).uitkomst;
  const verschillen: Verschil[] = [];
  const redenen: DatalekReden[] = [];
  for (const { aspect, onderrapportage, strenger, bron } of ASPECTEN) {
    if (wet[aspect] === eigen[aspect]) continue;
    const oordeel = wet[aspect] ? 'onderrapportage' : 'strenger';
    verschillen.push({ aspect, wet: wet[aspect], beleid: eigen[aspect], oordeel });
    const parameters = { aspect, wet: wet[aspect], beleid: eigen[aspect] };
    redenen.push(
      oordeel === 'onderrapportage'
        ? reden(onderrapportage, bron, parameters)
        : reden(strenger, eigenBeleid.bron, parameters),
    );
  }
  const onderrapportage = verschillen.some((v) => v.oordeel === 'onderrapportage');
  if (verschillen.length === 0) redenen.push(reden('GELIJK', undefined));
  return besluit({ onderrapportage, verschillen, wet, beleid: eigen }, redenen, datalekVerantwoording());
}
