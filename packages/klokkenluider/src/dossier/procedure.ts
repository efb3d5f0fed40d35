import {
  type Beleid,
  type Bron,
  codeTekst,
  type Dossier,
  dagnummer,
  type IsoDatum,
  type Probleem,
  procedure,
  type Stap,
  stapUitCatalogus,
  termijnStatus,
  type Tijdstip,
  zoekWaardeOp,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import {
  KLOKKENLUIDER_PROBLEEM_CODES,
  KLOKKENLUIDER_STAP_CODES,
  KLOKKENLUIDER_TERMIJN_CODES,
  type KlokkenluiderProbleemCode,
  type KlokkenluiderStapCode,
  type KlokkenluiderTermijnCode,
} from '../codes/codes.js';
import {
  aangewezenFunctionarissen,
  bevestigingVerplicht,
  geenOnderzoekTermijn,
  registerVerplicht,
  standpuntTermijn,
  terugkoppelingBegrensd,
} from '../regels/regels.js';
import type { KlokkenluiderRol } from '../rollen/rollen.js';
import {
  type KlokkenluiderGebeurtenis,
  type KlokkenluiderKop,
  klokkenluiderGebeurtenisSchema,
  klokkenluiderKopSchema,
} from './schemas.js';
import {
  beleidsTermijn,
  bevestigingsTermijnVan,
  type KlokkenluiderOpenTermijn,
  terugkoppelingsTermijnVan,
} from './termijnen.js';

/** A stored klokkenluider dossier: plain JSON, the state is derived. */
export type KlokkenluiderDossier = Dossier<KlokkenluiderKop, KlokkenluiderGebeurtenis>;

/** The internal report as received. */
export interface OntvangenMelding {
  readonly datum: IsoDatum;
  readonly kanaal: 'leidinggevende' | 'toezichthouder' | 'functionaris';
  readonly viaVertrouwenspersoon: boolean;
  readonly vertrouwenspersoon: string | null;
  readonly vorm: 'schriftelijk' | 'mondeling' | 'gesprek';
  readonly ontvanger: string;
}

/** The state derived from the events. */
export interface KlokkenluiderToestand {
  /** The internal report, once received. */
  readonly ontvangen: OntvangenMelding | null;
  /** When the acknowledgement was sent. */
  readonly bevestigdOp: IsoDatum | null;
  /** The record of an oral report was signed. */
  readonly verslagOndertekend: boolean;
  /** Consent to reveal the identity, by person id: the form of the latest consent. */
  readonly toestemmingen: Readonly<Record<string, 'schriftelijk' | 'mondeling'>>;
  /** Whether there is an investigation: not yet decided, none, or ordered. */
  readonly onderzoek: 'open' | 'geen' | 'opgedragen';
  /** The investigators' person ids. */
  readonly onderzoekers: readonly string[];
  /** The investigators are independent or impartial (seed regeling art. 6 lid 3). */
  readonly onafhankelijk: boolean;
  readonly gehoord: boolean;
  readonly conceptVoorgelegd: boolean;
  readonly verslagOp: IsoDatum | null;
  /** When the reporter was informed about assessment and follow-up (feedback, standpunt or no investigation). */
  readonly teruggekoppeldOp: IsoDatum | null;
  readonly standpuntOp: IsoDatum | null;
  /** The later date announced for the standpunt (seed art. 7 lid 2). */
  readonly standpuntUiterlijk: IsoDatum | null;
  /** The reporter's response; whether additional investigation was asked. */
  readonly reactie: { readonly aanvullendGevraagd: boolean } | null;
  readonly aanvullendOnderzoek: boolean;
  /** The first report to a competent authority. */
  readonly externGemeldOp: IsoDatum | null;
  /** The first public disclosure. */
  readonly openbaarGemaaktOp: IsoDatum | null;
  readonly afgeslotenOp: IsoDatum | null;
}

/** Options of `openTermijnen` and `volgendeStappen`. */
export interface KlokkenluiderOpties {
  /** The school's regeling, when it sets its own values (see `SEED_2018_BELEID`). */
  readonly beleid?: Beleid;
}

const LEEG: KlokkenluiderToestand = {
  ontvangen: null,
  bevestigdOp: null,
  verslagOndertekend: false,
  toestemmingen: {},
  onderzoek: 'open',
  onderzoekers: [],
  onafhankelijk: false,
  gehoord: false,
  conceptVoorgelegd: false,
  verslagOp: null,
  teruggekoppeldOp: null,
  standpuntOp: null,
  standpuntUiterlijk: null,
  reactie: null,
  aanvullendOnderzoek: false,
  externGemeldOp: null,
  openbaarGemaaktOp: null,
  afgeslotenOp: null,
};

const probleem = (code: KlokkenluiderProbleemCode): Probleem => ({
  code,
  pad: ['type'],
  melding: codeTekst(KLOKKENLUIDER_PROBLEEM_CODES, code),
});

const alsMelding = (t: KlokkenluiderToestand): Probleem[] => (t.ontvangen ? [] : [probleem('GEEN_MELDING')]);
const alsOnderzoek = (t: KlokkenluiderToestand): Probleem[] =>
  t.onderzoek === 'opgedragen' ? [] : [probleem('GEEN_ONDERZOEK_OPGEDRAGEN')];

/** Who acts as the bevoegd gezag in this dossier: the toezichthouder when the board is involved (seed art. 3 lid 1 b). */
export const verantwoordelijke = (kop: KlokkenluiderKop): KlokkenluiderRol =>
  kop.bevoegdGezagBetrokken ? 'toezichthouder' : 'bevoegd-gezag';

const eerste = (huidig: IsoDatum | null, datum: IsoDatum): IsoDatum => huidig ?? datum;

/** The statutory terms of a report can be computed (or the law of its date sets none, as the 2016 law). */
const berekenbaar = (ontvangen: IsoDatum, bevestigd: IsoDatum | null): boolean =>
  !wbkTermijnen(ontvangen) || terugkoppelingsTermijnVan(ontvangen, bevestigd) !== undefined;

/** Whether the law at the date of receipt sets the capped feedback term (the Wbk; not the 2016 law). */
const wbkTermijnen = (ontvangen: IsoDatum): boolean =>
  zoekWaardeOp(terugkoppelingBegrensd, ontvangen)?.waarde === true;

/**
 * The klokkenluider procedure on kern's kernel: `nieuwDossier`, `verwerk` (typed events), `verwerkJson` (stored
 * JSON), `verwerkAlle` (a batch), `herspeel`, `leesDossier`, `toestand`, `openTermijnen(dossier, nu, { beleid })`,
 * `volgendeStappen(dossier)` and the batch sweep `openTermijnenVanAlle`. The open terms carry the Atw question
 * (use {@link openTermijnen} for their full type).
 *
 * @example
 * ```ts
 * import { klokkenluiderProcedure } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.nieuwDossier({ id: 'kl-1', melder: { id: 'medewerker-7', relatie: 'werknemer' },
 *   vermoeden: { belangen: ['schending-wettelijk-voorschrift'], redelijkeGronden: true }, bevoegdGezagBetrokken: false });
 * d.ok ? klokkenluiderProcedure.volgendeStappen(d.waarde).map((s) => s.code) : []; //=> ['MELDING_REGISTREREN']
 * ```
 */
export const klokkenluiderProcedure = /* @__PURE__ */ procedure<
  KlokkenluiderKop,
  KlokkenluiderGebeurtenis,
  KlokkenluiderToestand,
  KlokkenluiderOpties,
  KlokkenluiderTermijnCode,
  KlokkenluiderStapCode,
  KlokkenluiderRol
>({
  naam: 'klokkenluider',
  versie: 1,
  kop: klokkenluiderKopSchema,
  gebeurtenis: klokkenluiderGebeurtenisSchema,
  begin: () => LEEG,
  moment: (g) => dagnummer(g.datum),
  gesloten: (t) => t.afgeslotenOp !== null,
  overgangen: {
    'melding-ontvangen': {
      controleer: (t, g) =>
        t.ontvangen !== null
          ? [probleem('MELDING_AL_ONTVANGEN')]
          : berekenbaar(g.datum, null)
            ? []
            : [probleem('DATUM_BUITEN_BEREIK')],
      pasToe: (t, g) => ({
        ...t,
        ontvangen: {
          datum: g.datum,
          kanaal: g.kanaal,
          viaVertrouwenspersoon: g.viaVertrouwenspersoon,
          vertrouwenspersoon: g.vertrouwenspersoon ?? null,
          vorm: g.vorm,
          ontvanger: g.ontvanger,
        },
      }),
    },
    'ontvangst-bevestigd': {
      controleer: (t, g) =>
        t.bevestigdOp !== null
          ? [probleem('AL_BEVESTIGD')]
          : !t.ontvangen
            ? [probleem('GEEN_MELDING')]
            : berekenbaar(t.ontvangen.datum, g.datum)
              ? []
              : [probleem('DATUM_BUITEN_BEREIK')],
      pasToe: (t, g) => ({ ...t, bevestigdOp: g.datum }),
    },
    'verslag-ondertekend': {
      controleer: (t) =>
        !t.ontvangen
          ? [probleem('GEEN_MELDING')]
          : t.ontvangen.vorm === 'schriftelijk'
            ? [probleem('NIET_MONDELING')]
            : [],
      pasToe: (t) => ({ ...t, verslagOndertekend: true }),
    },
    'identiteit-toestemming': {
      pasToe: (t, g) => {
        const toestemmingen = { ...t.toestemmingen };
        for (const id of g.voor) toestemmingen[id] = g.vorm;
        return { ...t, toestemmingen };
      },
    },
    'geen-onderzoek': {
      controleer: (t) => [
        ...alsMelding(t),
        ...(t.onderzoek !== 'open' ? [probleem('AL_BESLOTEN_OVER_ONDERZOEK')] : []),
      ],
      pasToe: (t, g) => ({ ...t, onderzoek: 'geen', teruggekoppeldOp: eerste(t.teruggekoppeldOp, g.datum) }),
    },
    'onderzoek-opgedragen': {
      controleer: (t) => [
        ...alsMelding(t),
        ...(t.onderzoek !== 'open' ? [probleem('AL_BESLOTEN_OVER_ONDERZOEK')] : []),
      ],
      pasToe: (t, g) => ({
        ...t,
        onderzoek: 'opgedragen',
        onderzoekers: g.onderzoekers,
        onafhankelijk: g.onafhankelijk,
      }),
    },
    'melder-gehoord': { controleer: alsOnderzoek, pasToe: (t) => ({ ...t, gehoord: true }) },
    'conceptverslag-voorgelegd': {
      controleer: alsOnderzoek,
      pasToe: (t) => ({ ...t, conceptVoorgelegd: true }),
    },
    onderzoeksverslag: { controleer: alsOnderzoek, pasToe: (t, g) => ({ ...t, verslagOp: g.datum }) },
    terugkoppeling: {
      controleer: alsMelding,
      pasToe: (t, g) => ({ ...t, teruggekoppeldOp: eerste(t.teruggekoppeldOp, g.datum) }),
    },
    standpunt: {
      controleer: alsMelding,
      pasToe: (t, g) => ({
        ...t,
        standpuntOp: eerste(t.standpuntOp, g.datum),
        teruggekoppeldOp: eerste(t.teruggekoppeldOp, g.datum),
      }),
    },
    'standpunt-uitgesteld': {
      controleer: alsMelding,
      pasToe: (t, g) => ({ ...t, standpuntUiterlijk: g.tot }),
    },
    'reactie-melder': {
      controleer: (t) => (t.standpuntOp === null ? [probleem('GEEN_STANDPUNT')] : []),
      pasToe: (t, g) => ({ ...t, reactie: { aanvullendGevraagd: g.aanvullendOnderzoekGevraagd } }),
    },
    'aanvullend-onderzoek': {
      controleer: alsOnderzoek,
      pasToe: (t) => ({ ...t, aanvullendOnderzoek: true }),
    },
    'extern-gemeld': { pasToe: (t, g) => ({ ...t, externGemeldOp: eerste(t.externGemeldOp, g.datum) }) },
    'openbaar-gemaakt': {
      pasToe: (t, g) => ({ ...t, openbaarGemaaktOp: eerste(t.openbaarGemaaktOp, g.datum) }),
    },
    'maatregel-genomen': { pasToe: (t) => t },
    afgesloten: { pasToe: (t, g) => ({ ...t, afgeslotenOp: g.datum }) },
  },
  openTermijnen: (t, kop, nu, opties) => termijnenVan(t, kop, nu, opties.beleid),
  volgendeStappen: (t, kop) => stappenVan(t, kop),
});

function termijnenVan(
  t: KlokkenluiderToestand,
  kop: KlokkenluiderKop,
  nu: Tijdstip,
  beleid: Beleid | undefined,
): KlokkenluiderOpenTermijn[] {
  const m = t.ontvangen;
  if (!m || t.afgeslotenOp !== null) return [];
  const rol = verantwoordelijke(kop);
  const uit: KlokkenluiderOpenTermijn[] = [];
  const tekst = (code: KlokkenluiderTermijnCode) => codeTekst(KLOKKENLUIDER_TERMIJN_CODES, code);
  const bevestigen = zoekWaardeOp(bevestigingVerplicht, m.datum);
  if (t.bevestigdOp === null && bevestigen?.waarde) {
    const b = bevestigingsTermijnVan(m.datum);
    uit.push({
      code: 'ONTVANGSTBEVESTIGING',
      rol,
      tekst: tekst('ONTVANGSTBEVESTIGING'),
      ...(b ? { bron: b.regel.bron } : {}),
      ...(b?.termijn && b.atw
        ? { termijn: b.termijn, status: termijnStatus(b.termijn, nu), atw: b.atw }
        : {}),
    });
  }
  if (t.teruggekoppeldOp === null && wbkTermijnen(m.datum)) {
    const k = terugkoppelingsTermijnVan(m.datum, t.bevestigdOp);
    uit.push({
      code: 'TERUGKOPPELING',
      rol,
      tekst: tekst('TERUGKOPPELING'),
      ...(k ? { bron: k.regel.bron } : {}),
      ...(k?.termijn && k.atw
        ? { termijn: k.termijn, status: termijnStatus(k.termijn, nu), atw: k.atw }
        : {}),
      ...(k && 'zonderBevestiging' in k ? { zonderBevestiging: k.zonderBevestiging } : {}),
    });
  }
  if (t.onderzoek === 'open') {
    const w = zoekWaardeVoor(geenOnderzoekTermijn, m.datum, beleid);
    const termijn = beleidsTermijn(m.datum, w);
    if (w)
      uit.push({
        code: 'GEEN_ONDERZOEK_BERICHT',
        rol,
        tekst: tekst('GEEN_ONDERZOEK_BERICHT'),
        bron: w.bron,
        ...(termijn ? { termijn, status: termijnStatus(termijn, nu) } : {}),
      });
  }
  if (t.onderzoek !== 'geen' && t.standpuntOp === null) {
    const w = zoekWaardeVoor(standpuntTermijn, m.datum, beleid);
    const termijn =
      t.standpuntUiterlijk === null
        ? beleidsTermijn(m.datum, w)
        : aangekondigd(m.datum, t.standpuntUiterlijk, w?.bron);
    if (w)
      uit.push({
        code: 'STANDPUNT',
        rol,
        tekst: tekst('STANDPUNT'),
        bron: w.bron,
        ...(termijn ? { termijn, status: termijnStatus(termijn, nu) } : {}),
      });
  }
  return uit;
}

/**
 * The later term the board announced for its standpunt (seed art. 7 lid 2), as a term in calendar days from
 * receipt so it carries a trace; undefined when the date is not after receipt or outside the calendar range.
 */
function aangekondigd(ontvangen: IsoDatum, tot: IsoDatum, bron: Bron | undefined) {
  const dagen = dagnummer(tot) - dagnummer(ontvangen);
  return dagen > 0
    ? beleidsTermijn(
        ontvangen,
        bron ? { waarde: { aantal: dagen, eenheid: 'kalenderdagen' }, bron } : undefined,
      )
    : undefined;
}

function stappenVan(
  t: KlokkenluiderToestand,
  kop: KlokkenluiderKop,
): Stap<KlokkenluiderStapCode, KlokkenluiderRol>[] {
  const rol = verantwoordelijke(kop);
  const stap = (
    code: KlokkenluiderStapCode,
    wie: KlokkenluiderRol,
    termijnCode?: KlokkenluiderTermijnCode,
  ): Stap<KlokkenluiderStapCode, KlokkenluiderRol> =>
    stapUitCatalogus(KLOKKENLUIDER_STAP_CODES, code, wie, termijnCode);
  if (t.afgeslotenOp !== null) return [];
  const m = t.ontvangen;
  if (!m) {
    if (t.externGemeldOp !== null || t.openbaarGemaaktOp !== null) return [];
    const register = zoekWaardeOp(registerVerplicht, LAATSTE_WETSDATUM);
    return register?.waarde ? [stap('MELDING_REGISTREREN', rol)] : [];
  }
  const uit: Stap<KlokkenluiderStapCode, KlokkenluiderRol>[] = [];
  if (t.bevestigdOp === null && zoekWaardeOp(bevestigingVerplicht, m.datum)?.waarde)
    uit.push(stap('ONTVANGST_BEVESTIGEN', rol, 'ONTVANGSTBEVESTIGING'));
  if (m.vorm !== 'schriftelijk' && !t.verslagOndertekend) uit.push(stap('VERSLAG_LATEN_ONDERTEKENEN', rol));
  if (m.viaVertrouwenspersoon && Object.keys(t.toestemmingen).length === 0)
    uit.push(stap('CORRESPONDENTIE_VIA_VERTROUWENSPERSOON', 'interne-vertrouwenspersoon'));
  if (t.onderzoek === 'open') {
    const functionaris = zoekWaardeOp(aangewezenFunctionarissen, m.datum)?.waarde;
    uit.push(
      stap(
        'BESLUITEN_OVER_ONDERZOEK',
        functionaris && m.kanaal === 'functionaris' ? 'klokkenluidersfunctionaris' : rol,
      ),
    );
  } else if (t.onderzoek === 'opgedragen') {
    if (!t.onafhankelijk) uit.push(stap('ONAFHANKELIJK_ONDERZOEK', rol));
    if (!t.gehoord) uit.push(stap('MELDER_HOREN', 'onderzoeker'));
    if (!t.conceptVoorgelegd) uit.push(stap('CONCEPTVERSLAG_VOORLEGGEN', 'onderzoeker'));
    else if (t.verslagOp === null) uit.push(stap('ONDERZOEKSVERSLAG_OPSTELLEN', 'onderzoeker'));
  }
  if (t.teruggekoppeldOp === null)
    uit.push(stap('TERUGKOPPELEN', rol, ...(wbkTermijnen(m.datum) ? (['TERUGKOPPELING'] as const) : [])));
  if (t.onderzoek === 'opgedragen' && t.verslagOp !== null && t.standpuntOp === null)
    uit.push(stap('STANDPUNT_GEVEN', rol, 'STANDPUNT'));
  if (t.standpuntOp !== null && t.reactie === null) uit.push(stap('REACTIE_VRAGEN', rol));
  if (t.reactie?.aanvullendGevraagd && !t.aanvullendOnderzoek) uit.push(stap('AANVULLEND_ONDERZOEK', rol));
  if (uit.length === 0 && (t.standpuntOp !== null || t.onderzoek === 'geen'))
    uit.push(stap('AFSLUITEN', rol));
  return uit;
}

/** The register duty is looked up at the newest law the package ships (a dossier without a report has no date). */
const LAATSTE_WETSDATUM: IsoDatum = '2023-02-18';
