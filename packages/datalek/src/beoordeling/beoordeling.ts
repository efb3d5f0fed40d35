import {
  amsterdamseDatum,
  type Beleid,
  type Besluit,
  besluit,
  epochMs,
  type IsoDatum,
  type Reden,
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
  INTERPRETATIE_RISICO,
  seedBron,
} from '../bronnen/bronnen.js';
import { GEVOELIGE_CATEGORIEEN, type Inbreuksoort } from '../incident/begrippen.js';
import type { Beveiligingsincident } from '../incident/incident.js';
import { type Beslisboom, datalekBeslisboom } from '../regels/regels.js';

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

/** Options of {@link beoordeelIncident}. */
export interface BeoordelingOpties {
  /** A school's policy; the seed preset `veiligheidsplan2018` applies the former Wbp decision tree. */
  readonly beleid?: Beleid;
  /** The date whose law applies; default: the Amsterdam date of `incident.ontdektOp`. */
  readonly peildatum?: IsoDatum;
}

const RISICO_ORDE: Record<Risico, number> = { geen: 0, risico: 1, hoog: 2 };

/**
 * Orders risk levels: `geen` < `risico` < `hoog`.
 *
 * @example
 * ```ts
 * import { vergelijkRisico } from '@schoolveiligheid/datalek';
 * vergelijkRisico('hoog', 'risico') > 0; //=> true
 * ```
 */
export function vergelijkRisico(a: Risico, b: Risico): number {
  return RISICO_ORDE[a] - RISICO_ORDE[b];
}

/** At most this many hours of unavailability, with a backup, count as no risk (interpretation). */
const MAX_ONBESCHIKBAAR_UREN = 24;

function heeft(inc: Beveiligingsincident, soort: Inbreuksoort): boolean {
  return inc.inbreuk.includes(soort);
}

function versleuteldMetVeiligeSleutel(inc: Beveiligingsincident): boolean {
  return inc.versleuteling === 'stand-der-techniek' && inc.sleutelGecompromitteerd === 'nee';
}

function gevoelig(inc: Beveiligingsincident): boolean {
  return inc.categorieen.some((c) => GEVOELIGE_CATEGORIEEN.includes(c));
}

/** A confidentiality breach is present unless access can be excluded and there is no sign of misuse. */
function vertrouwelijkheidGeschonden(inc: Beveiligingsincident): boolean {
  return (
    heeft(inc, 'vertrouwelijkheid') && (inc.toegangUitgesloten !== 'ja' || inc.aanwijzingMisbruik === 'ja')
  );
}

function isDatalekVolgensAvg(inc: Beveiligingsincident): boolean {
  if (inc.persoonsgegevens === 'nee') return false;
  return vertrouwelijkheidGeschonden(inc) || heeft(inc, 'integriteit') || heeft(inc, 'beschikbaarheid');
}

function r(code: string, tekst: string, bron: Reden['bron']): Reden {
  return bron ? { code, tekst, bron } : { code, tekst };
}

/** AVG: the current decision (33(1), 34(1), 34(3)) with its reasons. */
function beoordeelAvg(inc: Beveiligingsincident): Besluit<Beoordeling> {
  const redenen: Reden[] = [];
  if (inc.persoonsgegevens === 'onbekend') {
    redenen.push(
      r(
        'ONZEKER_PERSOONSGEGEVENS',
        'Het is nog niet bekend of er persoonsgegevens zijn getroffen; dat telt mee als wel.',
        AP_WEL_OF_NIET_MELDEN,
      ),
    );
  }
  if (!isDatalekVolgensAvg(inc)) {
    redenen.push(
      inc.persoonsgegevens === 'nee'
        ? r(
            'GEEN_PERSOONSGEGEVENS',
            'Er zijn geen persoonsgegevens getroffen: dit is een beveiligingsincident, geen datalek.',
            AVG_4_12,
          )
        : r(
            'GEEN_INBREUK',
            'Er is geen verlies, wijziging of onbevoegde toegang vastgesteld en onbevoegde toegang is uitgesloten: geen datalek.',
            AVG_4_12,
          ),
    );
    return zonderPlicht('avg-2018', false, redenen);
  }
  redenen.push(
    r(
      'DATALEK',
      'Er zijn persoonsgegevens verloren, gewijzigd of mogelijk onbevoegd ingezien: dit is een datalek.',
      AVG_4_12,
    ),
  );
  redenen.push(
    r(
      'DOCUMENTEREN',
      'Elk datalek wordt vastgelegd in het register, ook als het niet gemeld hoeft te worden.',
      AVG_33_5,
    ),
  );

  let risico = 'geen' as Risico;
  const verhoog = (naar: Risico) => {
    if (vergelijkRisico(naar, risico) > 0) risico = naar;
  };

  if (vertrouwelijkheidGeschonden(inc)) {
    // Each safeguard on its own can take the confidentiality risk away; the lowest outcome counts, so a
    // weaker safeguard never raises the risk while a stronger one still holds.
    const versleuteld = versleuteldMetVeiligeSleutel(inc);
    const ontvangerVerwijderd = inc.ontvangerBetrouwbaarVerwijderd && inc.aanwijzingMisbruik === 'nee';
    if (versleuteld) {
      redenen.push(
        r(
          'VERSLEUTELD',
          'De gegevens zijn versleuteld volgens de stand van de techniek en de sleutel is veilig: onleesbaar voor anderen.',
          AVG_34_3_A,
        ),
      );
    }
    if (ontvangerVerwijderd) {
      redenen.push(
        r(
          'BETROUWBARE_ONTVANGER',
          'Een betrouwbare ontvanger heeft bevestigd de gegevens te hebben verwijderd.',
          AP_WEL_OF_NIET_MELDEN,
        ),
      );
    }
    if (versleuteld && !ontvangerVerwijderd && !inc.backupAanwezig) {
      verhoog('risico');
      redenen.push(
        r(
          'VERSLEUTELD_ZONDER_BACKUP',
          'Er is geen recente back-up, dus de school heeft de gegevens niet meer volledig in handen: toch melden.',
          AP_WEL_OF_NIET_MELDEN,
        ),
      );
    } else if (!versleuteld && !ontvangerVerwijderd) {
      verhoog('risico');
      redenen.push(
        inc.toegangUitgesloten === 'onbekend'
          ? r(
              'TOEGANG_ONZEKER',
              'Niet bekend is of onbevoegden bij de gegevens konden; bij twijfel telt dat als wel.',
              AP_WEL_OF_NIET_MELDEN,
            )
          : r('TOEGANG_NIET_UITGESLOTEN', 'Onbevoegden kunnen de gegevens hebben ingezien.', AVG_33_1),
      );
      if (gevoelig(inc)) {
        verhoog('hoog');
        redenen.push(
          r(
            'GEVOELIGE_GEGEVENS',
            'Het gaat om gegevens van gevoelige aard (bijvoorbeeld BSN, zorg, inloggegevens of schoolresultaten).',
            INTERPRETATIE_RISICO,
          ),
        );
      }
      if (inc.betrokkenen.kwetsbaar && inc.aanwijzingMisbruik === 'ja') {
        verhoog('hoog');
        redenen.push(
          r(
            'KWETSBAAR_EN_MISBRUIK',
            'Het gaat om kinderen of andere kwetsbare mensen en er zijn aanwijzingen voor misbruik.',
            INTERPRETATIE_RISICO,
          ),
        );
      }
    }
  }

  if (heeft(inc, 'integriteit')) {
    if (inc.backupAanwezig || versleuteldMetVeiligeSleutel(inc)) {
      redenen.push(
        r(
          'INTEGRITEIT_HERSTELBAAR',
          'Gewijzigde gegevens zijn te herstellen uit een back-up of konden zonder sleutel niet zinvol worden gewijzigd.',
          INTERPRETATIE_RISICO,
        ),
      );
    } else {
      verhoog(gevoelig(inc) ? 'hoog' : 'risico');
      redenen.push(
        r(
          'INTEGRITEIT_GESCHONDEN',
          'Gegevens zijn mogelijk gewijzigd en niet te herstellen; beslissingen kunnen op onjuiste gegevens rusten.',
          AVG_33_1,
        ),
      );
    }
  }

  if (heeft(inc, 'beschikbaarheid')) {
    const kort = inc.onbeschikbaarUren !== undefined && inc.onbeschikbaarUren <= MAX_ONBESCHIKBAAR_UREN;
    if (inc.backupAanwezig && kort) {
      redenen.push(
        r(
          'BESCHIKBAARHEID_HERSTELD',
          `Er is een back-up en de gegevens waren hooguit ${MAX_ONBESCHIKBAAR_UREN} uur onbeschikbaar.`,
          INTERPRETATIE_RISICO,
        ),
      );
    } else {
      verhoog('risico');
      redenen.push(
        r(
          'BESCHIKBAARHEID_VERLOREN',
          inc.backupAanwezig
            ? 'De gegevens zijn langer dan een dag onbeschikbaar.'
            : 'Er is geen back-up: de gegevens zijn verloren.',
          AVG_33_1,
        ),
      );
      if (!inc.backupAanwezig && inc.betrokkenen.kwetsbaar && inc.categorieen.includes('gezondheid-zorg')) {
        verhoog('hoog');
        redenen.push(
          r(
            'ZORGGEGEVENS_VERLOREN',
            'Zorggegevens van kinderen zijn definitief verloren; de zorg voor het kind kan daardoor schade lijden.',
            INTERPRETATIE_RISICO,
          ),
        );
      }
    }
  }

  const meldplichtAP = risico !== 'geen';
  redenen.push(
    meldplichtAP
      ? r(
          'MELDEN_AP',
          'Het datalek levert waarschijnlijk een risico op: melden bij de Autoriteit Persoonsgegevens binnen 72 uur.',
          AVG_33_1,
        )
      : r(
          'NIET_MELDEN_AP',
          'Het datalek levert waarschijnlijk geen risico op: niet melden bij de AP, wel vastleggen.',
          AP_WEL_OF_NIET_MELDEN,
        ),
  );

  let betrokkenenInformeren = false;
  let openbareMededeling = false;
  if (risico === 'hoog') {
    if (inc.hoogRisicoWeggenomen) {
      redenen.push(
        r(
          'HOOG_RISICO_WEGGENOMEN',
          'Genomen maatregelen nemen het hoge risico weg: betrokkenen hoeven niet te worden geïnformeerd.',
          AVG_34_3_B,
        ),
      );
    } else {
      betrokkenenInformeren = true;
      redenen.push(
        r(
          'BETROKKENEN_INFORMEREN',
          'Het risico is hoog: informeer de betrokkenen zonder onredelijke vertraging.',
          AVG_34_1,
        ),
      );
      if (inc.onevenredigeInspanning) {
        openbareMededeling = true;
        redenen.push(
          r(
            'OPENBARE_MEDEDELING',
            'Iedereen apart informeren kost onevenredig veel moeite: doe een openbare mededeling.',
            AVG_34_3_C,
          ),
        );
      }
    }
  } else {
    redenen.push(
      r(
        'BETROKKENEN_NIET_INFORMEREN',
        'Het risico is niet hoog: betrokkenen hoeven niet te worden geïnformeerd.',
        AVG_34_1,
      ),
    );
  }
  return besluit(
    {
      isDatalek: true,
      risico,
      meldplichtAP,
      betrokkenenInformeren,
      openbareMededeling,
      beslisboom: 'avg-2018',
    },
    redenen,
  );
}

/** A decision without any duty: not a datalek, or a datalek that is only documented. */
function zonderPlicht(boom: Beslisboom, isDatalek: boolean, redenen: readonly Reden[]): Besluit<Beoordeling> {
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
  );
}

/** The seed's decision tree (C.6 Deel C Stap 2-4), based on the former Wbp beleidsregels. */
function beoordeelWbp(inc: Beveiligingsincident): Besluit<Beoordeling> {
  const redenen: Reden[] = [];
  const volgens = (code: string, tekst: string, stap: string) =>
    redenen.push(r(code, `Volgens de procedure ${tekst}.`, seedBron(`Deel C ${stap}`)));
  const verloren = heeft(inc, 'beschikbaarheid') && !inc.backupAanwezig;
  const onrechtmatig =
    (heeft(inc, 'vertrouwelijkheid') && inc.toegangUitgesloten !== 'ja') ||
    (heeft(inc, 'integriteit') && !inc.backupAanwezig);
  if (inc.persoonsgegevens === 'nee' || !(verloren || onrechtmatig)) {
    volgens(
      'WBP_GEEN_DATALEK',
      'geen datalek: niets verloren zonder back-up en onrechtmatige verwerking uitgesloten',
      'Stap 2',
    );
    return zonderPlicht('wbp-2016', false, redenen);
  }
  volgens(
    'WBP_DATALEK',
    'een datalek: gegevens verloren zonder back-up of onrechtmatige verwerking niet uit te sluiten',
    'Stap 2',
  );
  if (!gevoelig(inc) && inc.aanwijzingMisbruik !== 'ja') {
    volgens(
      'WBP_GEEN_MELDPLICHT',
      'geen meldplicht: geen gevoelige gegevens en geen aanzienlijke kans op ernstige nadelige gevolgen',
      'Stap 3',
    );
    return zonderPlicht('wbp-2016', true, redenen);
  }
  volgens(
    'WBP_MELDPLICHT',
    'meldplichtig: gevoelige gegevens of kans op ernstige nadelige gevolgen',
    'Stap 3',
  );
  const onbeschermd = inc.versleuteling !== 'stand-der-techniek';
  const betrokkenenInformeren = onbeschermd && !inc.zwaarwegendeRedenen;
  if (betrokkenenInformeren) {
    volgens(
      'WBP_BETROKKENEN',
      'betrokkenen informeren: de gegevens zijn niet of verouderd versleuteld',
      'Stap 4',
    );
  } else {
    volgens(
      'WBP_BETROKKENEN_NIET',
      `betrokkenen niet informeren: ${onbeschermd ? 'er zijn zwaarwegende redenen' : 'de gegevens zijn versleuteld'}`,
      'Stap 4',
    );
  }
  return besluit(
    {
      isDatalek: true,
      risico: betrokkenenInformeren ? 'hoog' : 'risico',
      meldplichtAP: true,
      betrokkenenInformeren,
      openbareMededeling: false,
      beslisboom: 'wbp-2016',
    },
    redenen,
  );
}

/**
 * Decides on a security incident: is it a datalek, how high is the risk, must it go to the AP, must the data
 * subjects be told, each with its reasons and source. Current law (AVG art. 33/34) by default; with
 * `opties.beleid` set to the seed preset, the seed's former Wbp decision tree. Unknown facts count towards
 * reporting (AP: "bij twijfel melden").
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
 * beoordeelIncident({ ...laptop, versleuteling: 'stand-der-techniek' }).uitkomst.meldplichtAP; //=> false
 * ```
 */
export function beoordeelIncident(
  incident: Beveiligingsincident,
  opties: BeoordelingOpties = {},
): Besluit<Beoordeling> {
  const peildatum = opties.peildatum ?? amsterdamseDatum(epochMs(incident.ontdektOp));
  const boom = waardeVoor(datalekBeslisboom, peildatum, opties.beleid);
  const uitkomst = boom.waarde === 'wbp-2016' ? beoordeelWbp(incident) : beoordeelAvg(incident);
  const keuze = r(
    boom.waarde === 'wbp-2016' ? 'BESLISBOOM_WBP' : 'BESLISBOOM_AVG',
    boom.waarde === 'wbp-2016'
      ? 'Beoordeeld met de oude Wbp-beslisboom van de meldplicht datalekken.'
      : 'Beoordeeld volgens de AVG (artikel 33 en 34).',
    boom.bron,
  );
  return besluit(uitkomst.uitkomst, [keuze, ...uitkomst.redenen]);
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

const ASPECT_TEKST: Record<Verschil['aspect'], string> = {
  isDatalek: 'het als datalek vastleggen',
  meldplichtAP: 'de melding aan de Autoriteit Persoonsgegevens',
  betrokkenenInformeren: 'het informeren van de betrokkenen',
};

/**
 * Compares a policy's decision on an incident (for example the seed's Wbp tree) with current law at the
 * peildatum, and reports where the policy would under-report.
 *
 * @example
 * ```ts
 * import { vergelijkMetWet, veiligheidsplan2018 } from '@schoolveiligheid/datalek';
 * // class list with names and parents' e-mail addresses sent to the wrong mailing list
 * const mail = {
 *   id: 'inc-2', melder: { rol: 'medewerker', id: 'medewerker-2' }, ontdektOp: '2026-03-02T09:00:00+01:00',
 *   soort: 'verkeerde-ontvanger', omschrijving: 'Verkeerde verzendlijst', persoonsgegevens: 'ja',
 *   inbreuk: ['vertrouwelijkheid'], categorieen: ['identificerend', 'contact'],
 *   betrokkenen: { groepen: ['ouders'], kwetsbaar: false, aantal: 120 }, versleuteling: 'geen',
 *   sleutelGecompromitteerd: 'nee', backupAanwezig: true, toegangUitgesloten: 'nee',
 *   ontvangerBetrouwbaarVerwijderd: false, aanwijzingMisbruik: 'nee', maatregelen: [],
 * } as const;
 * const v = vergelijkMetWet(mail, veiligheidsplan2018);
 * v.uitkomst.onderrapportage; //=> true
 * v.uitkomst.verschillen.map((d) => d.aspect); //=> ['meldplichtAP']
 * ```
 */
export function vergelijkMetWet(
  incident: Beveiligingsincident,
  beleid: Beleid,
  peildatum?: IsoDatum,
): Besluit<Vergelijking> {
  const opties = peildatum ? { peildatum } : {};
  const wet = beoordeelIncident(incident, opties).uitkomst;
  const eigen = beoordeelIncident(incident, { ...opties, beleid }).uitkomst;
  const verschillen: Verschil[] = [];
  const redenen: Reden[] = [];
  for (const aspect of ['isDatalek', 'meldplichtAP', 'betrokkenenInformeren'] as const) {
    if (wet[aspect] === eigen[aspect]) continue;
    const oordeel = wet[aspect] ? 'onderrapportage' : 'strenger';
    verschillen.push({ aspect, wet: wet[aspect], beleid: eigen[aspect], oordeel });
    redenen.push(
      oordeel === 'onderrapportage'
        ? r(
            `ONDERRAPPORTAGE_${aspect.toUpperCase()}`,
            `Het beleid slaat ${ASPECT_TEKST[aspect]} over, maar de wet vereist dat; de wet gaat voor.`,
            aspect === 'betrokkenenInformeren' ? AVG_34_1 : aspect === 'isDatalek' ? AVG_33_5 : AVG_33_1,
          )
        : r(
            `STRENGER_${aspect.toUpperCase()}`,
            `Het beleid vraagt ${ASPECT_TEKST[aspect]} waar de wet dat niet eist; dat mag.`,
            beleid.bron,
          ),
    );
  }
  const onderrapportage = verschillen.some((v) => v.oordeel === 'onderrapportage');
  if (verschillen.length === 0) {
    redenen.push(
      r('GELIJK', 'Het beleid komt voor dit incident tot hetzelfde besluit als de wet.', undefined),
    );
  }
  return besluit({ onderrapportage, verschillen, wet, beleid: eigen }, redenen);
}
