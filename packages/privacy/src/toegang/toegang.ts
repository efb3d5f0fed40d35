import {
  amsterdamseDatum,
  epochMs,
  type Beleid,
  type Besluit,
  besluit,
  bevries,
  type IsoDatum,
  isGeldigBsn,
  isIsoDatum,
  isTijdstip,
  plusMaanden,
  type Probleem,
  type Reden,
  type Resultaat,
  SchoolveiligheidFout,
  type Tijdstip,
  type Verantwoording,
  veiligeTekst,
  zoekWaardeVoor,
} from '@schoolveiligheid/kern';
import { PRIVACY_PROBLEEM_CODES, type PrivacyProbleemCode, type PrivacyRedenCode } from '../codes/codes.js';
import { rollenHerbeoordeling, wachtwoordVernieuwing } from '../regels/regels.js';
import {
  beleidVoorBerekening,
  isObject,
  ongeldig,
  privacyVerantwoording,
  reden,
} from '../regels/verantwoording.js';
import {
  ACTIES_PER_WERK_DATA,
  type Actie,
  type Functie,
  type Matrixrij,
  type Niveau,
  TABEL_A_DATA,
} from './tabel-a.data.js';

export type { Actie, Functie, Matrixrij, Niveau, Werkzaamheden } from './tabel-a.data.js';

/** An access matrix: the LVS it is for and one row per function of Tabel A. */
export interface Toegangsmatrix {
  /** The LVS whose role names the rows carry (`ParnasSys`). */
  readonly lvs: string;
  /** One row per function. */
  readonly rijen: readonly Matrixrij[];
}

/**
 * Tabel A of the seed with its ParnasSys roles: the default matrix of {@link magToegang}. Frozen data.
 *
 * @example
 * ```ts
 * import { PARNASSYS_MATRIX } from '@schoolveiligheid/privacy';
 * PARNASSYS_MATRIX.rijen.find((r) => r.functie === 'invalleerkracht')?.lvsRol; //=> 'Leerkracht beperkt'
 * ```
 */
export const PARNASSYS_MATRIX: Toegangsmatrix = /* @__PURE__ */ bevries({
  lvs: 'ParnasSys',
  rijen: TABEL_A_DATA,
});

/** The order of the levels, narrow to wide. */
const NIVEAUS: readonly Niveau[] = ['groep', 'school', 'meerdere-scholen', 'stichting'];
const ACTIES: readonly Actie[] = ['raadplegen', 'vastleggen', 'zorggegevens', 'administreren', 'beheren'];

/** Settings of {@link maakToegangsmatrix}: the vendor's role names and any narrower levels or fewer actions. */
export interface MatrixInstellingen {
  /** The LVS (`ESIS`, `Magister`). */
  readonly lvs: string;
  /** The LVS's role name per function; functions left out keep Tabel A's name. */
  readonly rolnamen?: Partial<Record<Functie, string>>;
  /** A narrower level per function (never wider than Tabel A). */
  readonly niveaus?: Partial<Record<Functie, Niveau>>;
  /** Fewer actions per function (never more than Tabel A's work needs). */
  readonly acties?: Partial<Record<Functie, readonly Actie[]>>;
}

const FUNCTIES: readonly Functie[] = TABEL_A_DATA.map((r) => r.functie);

function probleem(code: PrivacyProbleemCode, pad: readonly (string | number)[]): Probleem {
  return { code, pad, melding: PRIVACY_PROBLEEM_CODES[code].nl };
}

const NAAM_VERVANGING = 'rol';

/**
 * An access matrix for another LVS: Tabel A's functions and scopes with the vendor's role names, optionally
 * narrower. A level wider than Tabel A's, an action its work does not need, or an unknown function is refused
 * with a coded problem: no configuration can grant more than the table. Role names with personal data are
 * replaced by a fixed word.
 *
 * @example
 * ```ts
 * import { maakToegangsmatrix } from '@schoolveiligheid/privacy';
 * const m = maakToegangsmatrix({ lvs: 'ESIS', rolnamen: { leerkracht: 'Groepsleerkracht' } });
 * m.ok ? m.waarde.rijen.find((r) => r.functie === 'leerkracht')?.lvsRol : undefined; //=> 'Groepsleerkracht'
 * const te = maakToegangsmatrix({ lvs: 'ESIS', niveaus: { invalleerkracht: 'school' } });
 * te.ok ? [] : te.problemen.map((p) => p.code); //=> ['NIVEAU_RUIMER_DAN_TABEL']
 * ```
 */
export function maakToegangsmatrix(instellingen: MatrixInstellingen): Resultaat<Toegangsmatrix> {
  const problemen: Probleem[] = [];
  if (!isObject(instellingen) || typeof instellingen.lvs !== 'string')
    return { ok: false, problemen: [probleem('ONBEKENDE_FUNCTIE', ['lvs'])] };
  const lvs = veiligeTekst(instellingen.lvs, 'LVS', 40); // geen-rechtsgetal: the longest LVS name kept
  for (const sleutel of ['rolnamen', 'niveaus', 'acties'] as const) {
    const deel = instellingen[sleutel];
    if (deel === undefined) continue;
    if (!isObject(deel)) problemen.push(probleem('ONBEKENDE_FUNCTIE', [sleutel]));
    else
      for (const k of Object.keys(deel))
        if (!FUNCTIES.includes(k as Functie)) problemen.push(probleem('ONBEKENDE_FUNCTIE', [sleutel]));
  }
  const rijen = TABEL_A_DATA.map((r, i) => {
    const naam = isObject(instellingen.rolnamen) ? instellingen.rolnamen[r.functie] : undefined;
    const niveau = isObject(instellingen.niveaus) ? instellingen.niveaus[r.functie] : undefined;
    const acties = isObject(instellingen.acties) ? instellingen.acties[r.functie] : undefined;
    if (
      niveau !== undefined &&
      (!NIVEAUS.includes(niveau) || NIVEAUS.indexOf(niveau) > NIVEAUS.indexOf(r.niveau))
    )
      problemen.push(probleem('NIVEAU_RUIMER_DAN_TABEL', ['niveaus', i]));
    if (
      acties !== undefined &&
      (!Array.isArray(acties) ||
        acties.length > ACTIES.length ||
        !acties.every((a: Actie) => r.acties.includes(a)))
    )
      problemen.push(probleem('NIVEAU_RUIMER_DAN_TABEL', ['acties', i]));
    return {
      ...r,
      lvsRol: typeof naam === 'string' ? veiligeTekst(naam, NAAM_VERVANGING, 60) : r.lvsRol,
      ...(niveau !== undefined ? { niveau } : {}),
      ...(Array.isArray(acties) ? { acties: [...acties] } : {}),
    };
  });
  if (problemen.length > 0) return { ok: false, problemen };
  return { ok: true, waarde: bevries({ lvs, rijen }) };
}

/**
 * The functions an LVS role name stands for in a matrix (one ParnasSys role can serve several functions with
 * different scopes; the assignment names the function).
 *
 * @example
 * ```ts
 * import { functiesVoorLvsRol, PARNASSYS_MATRIX } from '@schoolveiligheid/privacy';
 * functiesVoorLvsRol(PARNASSYS_MATRIX, 'Leerkracht beperkt'); //=> ['invalleerkracht', 'lio-stagiaire']
 * ```
 */
export function functiesVoorLvsRol(matrix: Toegangsmatrix, rol: string): Functie[] {
  if (!isObject(matrix) || !Array.isArray(matrix.rijen) || typeof rol !== 'string')
    ongeldig('Geef een toegangsmatrix en een rolnaam.');
  return matrix.rijen.filter((r) => isObject(r) && r.lvsRol === rol).map((r) => r.functie);
}

/** One assignment of a function to a staff member, with its reach. */
export interface Toewijzing {
  /** The function (Tabel A). */
  readonly functie: Functie;
  /** The school(s) in reach: one for `school` and `groep` levels, several for `meerdere-scholen`. */
  readonly scholen?: readonly string[];
  /** The group(s) in reach, for the `groep` level. */
  readonly groepen?: readonly string[];
  /** The foundation (stichting), for the `stichting` level. */
  readonly stichting?: string;
  /** The last day the assignment holds (an invaller's or a lio-stagiaire's period). */
  readonly tot?: IsoDatum;
}

/** A staff member: the vendor's id (one natural person, never a shared account) and their assignments. */
export interface Medewerker {
  /** The vendor's id of the person. */
  readonly id: string;
  /** The functions assigned. */
  readonly toewijzingen: readonly Toewijzing[];
}

/** A pupil as the access check sees it. */
export interface ToegangLeerling {
  /** The vendor's id (or ECK iD); never a BSN. */
  readonly id: string;
  /** The pupil's school. */
  readonly school: string;
  /** The pupil's group. */
  readonly groep: string;
  /** The pupil's foundation (stichting). */
  readonly stichting: string;
}

/** What must be logged for a view or an attempt (AVG art. 32): traceable to one person. */
export interface Toegangslog {
  /** The staff member's id. */
  readonly medewerker: string;
  /** The pupil's id. */
  readonly leerling: string;
  /** The action. */
  readonly actie: Actie;
  /** The moment. */
  readonly moment: Tijdstip;
  /** Whether access was granted. */
  readonly toegang: boolean;
  /** The function that granted it. */
  readonly functie?: Functie;
}

/** Outcome of {@link magToegang}. */
export interface Toegang {
  /** Whether the action is allowed. */
  readonly toegang: boolean;
  /** The function that grants it. */
  readonly functie?: Functie;
  /** The level it grants at. */
  readonly niveau?: Niveau;
  /** What to log, granted or not. */
  readonly log: Toegangslog;
}

/** Per matrix: its rows by function and the reason each grant carries (built once, frozen). */
interface Index {
  readonly rijen: ReadonlyMap<Functie, Matrixrij>;
  readonly toegestaan: ReadonlyMap<Functie, Reden<PrivacyRedenCode>>;
}

const indexen = /* @__PURE__ */ new WeakMap<object, Index>();

function indexVan(matrix: Toegangsmatrix): Index {
  let index = indexen.get(matrix);
  if (index) return index;
  if (!isObject(matrix) || !Array.isArray(matrix.rijen))
    ongeldig('Geef een toegangsmatrix (maakToegangsmatrix).');
  const rijen = new Map<Functie, Matrixrij>();
  const toegestaan = new Map<Functie, Reden<PrivacyRedenCode>>();
  for (const r of matrix.rijen) {
    const tabel = TABEL_A_DATA.find((t) => isObject(r) && t.functie === r.functie);
    // a matrix not made by maakToegangsmatrix is held to Tabel A all the same
    if (
      !tabel ||
      !NIVEAUS.includes(r.niveau) ||
      NIVEAUS.indexOf(r.niveau) > NIVEAUS.indexOf(tabel.niveau) ||
      !Array.isArray(r.acties) ||
      !r.acties.every((a: Actie) => tabel.acties.includes(a))
    )
      ongeldig('De toegangsmatrix geeft meer dan Tabel A; maak hem met maakToegangsmatrix.');
    rijen.set(r.functie, r);
    toegestaan.set(
      r.functie,
      bevries(reden('TOEGANG_VIA_FUNCTIE', { functie: r.functie, niveau: r.niveau })),
    );
  }
  index = { rijen, toegestaan };
  if (Object.isFrozen(matrix)) indexen.set(matrix, index);
  return index;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** The last ids found valid: a nightly review asks for one staff member (and often one pupil) many times. */
const laatsteIds: [string, string] = ['', ''];

function isId(id: unknown, plek: 0 | 1): id is string {
  if (typeof id !== 'string') return false;
  if (id === laatsteIds[plek] && id !== '') return true;
  const goed = ID.test(id) && !isGeldigBsn(id);
  if (goed) laatsteIds[plek] = id;
  return goed;
}

/** The refusal reasons, built once per code, function and level or action (their texts never change). */
const weigeringen = /* @__PURE__ */ new Map<string, Reden<PrivacyRedenCode>>();

function weigerReden(code: PrivacyRedenCode, parameters?: Readonly<Record<string, string>>) {
  const sleutel = parameters ? `${code}|${Object.values(parameters).join('|')}` : code;
  let r = weigeringen.get(sleutel);
  if (!r) {
    r = bevries(reden(code, parameters));
    weigeringen.set(sleutel, r);
  }
  return r;
}

let laatsteNu: { readonly nu: string; readonly datum: IsoDatum } | undefined;

function datumVan(nu: Tijdstip): IsoDatum {
  if (laatsteNu?.nu === nu) return laatsteNu.datum;
  const datum = amsterdamseDatum(epochMs(nu));
  laatsteNu = { nu, datum };
  return datum;
}

let verantwoordingCache: Verantwoording | undefined;

function verantwoording(): Verantwoording {
  verantwoordingCache ??= privacyVerantwoording();
  return verantwoordingCache;
}

/** Why one assignment does not reach the pupil, or undefined when it grants the action. */
function weigering(
  t: Toewijzing,
  r: Matrixrij | undefined,
  l: ToegangLeerling,
  actie: Actie,
  datum: IsoDatum,
) {
  if (!r) return weigerReden('GEEN_TOEWIJZING');
  if (t.tot !== undefined && !(typeof t.tot === 'string' && t.tot >= datum))
    return weigerReden('TOEWIJZING_VERLOPEN', { functie: r.functie });
  const scholen = Array.isArray(t.scholen) ? t.scholen : [];
  if ((r.niveau === 'school' || r.niveau === 'groep') && scholen.length > 1)
    return weigerReden('TOEWIJZING_TE_RUIM', { functie: r.functie, niveau: r.niveau });
  let inBereik: boolean;
  if (r.niveau === 'stichting') inBereik = typeof t.stichting === 'string' && t.stichting === l.stichting;
  else if (r.niveau === 'groep')
    inBereik = scholen[0] === l.school && Array.isArray(t.groepen) && t.groepen.includes(l.groep);
  else inBereik = scholen.includes(l.school);
  if (!inBereik) return weigerReden('BUITEN_BEREIK', { functie: r.functie, niveau: r.niveau });
  if (!r.acties.includes(actie)) return weigerReden('ACTIE_NIET_IN_FUNCTIE', { functie: r.functie, actie });
  return undefined;
}

/**
 * Whether staff member `medewerker` may do `actie` on `leerling`'s data at `nu`: default-deny, granted only by
 * an assignment whose function (Tabel A, or a vendor's matrix from {@link maakToegangsmatrix}) reaches the pupil
 * (group, school, several schools, foundation), covers the action and has not expired. Returns every reason and
 * the log entry AVG art. 32 expects (one person, one pupil, the action, the moment, the outcome). Throws
 * `ONGELDIGE_INVOER` for a bad shape or an id that is a BSN, `ONGELDIG_TIJDSTIP` for a bad `nu`.
 *
 * @example
 * ```ts
 * import { magToegang } from '@schoolveiligheid/privacy';
 * const invaller = { id: 'mw-7', toewijzingen: [{ functie: 'invalleerkracht', scholen: ['brin-01'], groepen: ['g5'] }] } as const;
 * const leerling = { id: 'll-1', school: 'brin-01', groep: 'g5', stichting: 'st-1' };
 * magToegang(invaller, leerling, 'raadplegen', '2026-12-02T09:00:00+01:00').uitkomst.toegang; //=> true
 * magToegang(invaller, { ...leerling, groep: 'g6' }, 'raadplegen', '2026-12-02T09:00:00+01:00').redenen.map((r) => r.code); //=> ['BUITEN_BEREIK', 'STANDAARD_GEWEIGERD']
 * ```
 */
export function magToegang(
  medewerker: Medewerker,
  leerling: ToegangLeerling,
  actie: Actie,
  nu: Tijdstip,
  opties: { readonly matrix?: Toegangsmatrix } = {},
): Besluit<Toegang, PrivacyRedenCode> {
  if (!isObject(medewerker) || !isId(medewerker.id, 0) || !Array.isArray(medewerker.toewijzingen))
    ongeldig('Geef een medewerker met id en toewijzingen.');
  if (
    !isObject(leerling) ||
    !isId(leerling.id, 1) ||
    typeof leerling.school !== 'string' ||
    typeof leerling.groep !== 'string' ||
    typeof leerling.stichting !== 'string'
  )
    ongeldig('Geef een leerling met id, school, groep en stichting.');
  if (!ACTIES.includes(actie)) ongeldig('Onbekende actie.');
  if (!isTijdstip(nu))
    throw new SchoolveiligheidFout('ONGELDIG_TIJDSTIP', 'Geef nu als tijdstip met tijdzone.');
  if (!isObject(opties)) ongeldig('Geef de opties als object.');
  const index = indexVan(opties.matrix ?? PARNASSYS_MATRIX);
  const datum = datumVan(nu);
  const redenen: Reden<PrivacyRedenCode>[] = [];
  for (const t of medewerker.toewijzingen) {
    if (!isObject(t)) ongeldig('Een toewijzing is een object met een functie.');
    const r = index.rijen.get(t.functie as Functie);
    const nee = weigering(t as unknown as Toewijzing, r, leerling, actie, datum);
    if (!nee && r) {
      const log: Toegangslog = {
        medewerker: medewerker.id,
        leerling: leerling.id,
        actie,
        moment: nu,
        toegang: true,
        functie: r.functie,
      };
      return besluit(
        { toegang: true, functie: r.functie, niveau: r.niveau, log },
        [index.toegestaan.get(r.functie) as Reden<PrivacyRedenCode>],
        verantwoording(),
      );
    }
    if (nee) redenen.push(nee);
  }
  redenen.push(weigerReden('STANDAARD_GEWEIGERD'));
  const log: Toegangslog = {
    medewerker: medewerker.id,
    leerling: leerling.id,
    actie,
    moment: nu,
    toegang: false,
  };
  return besluit({ toegang: false, log }, redenen, verantwoording());
}

/** Outcome of {@link toegangsControles}. */
export interface ToegangsControles {
  /** The day the assigned roles must be reviewed again; null when no term is set. */
  readonly rollenControleUiterlijk: IsoDatum | null;
  /** The day the password must be renewed; null when no term is set. */
  readonly wachtwoordUiterlijk: IsoDatum | null;
}

/**
 * The due dates of the periodic checks: the review of assigned roles and the renewal of login passwords. The AVG
 * sets no term (art. 32: appropriate measures), so without a policy there is no date; the seed sets both yearly
 * (`SEED_2018_BELEID`). Throws `ONGELDIGE_DATUM` for a bad date, `BELEID_ONGELDIG` for a bad policy.
 *
 * @example
 * ```ts
 * import { toegangsControles, SEED_2018_BELEID } from '@schoolveiligheid/privacy';
 * toegangsControles({ rollenGecontroleerdOp: '2026-01-15', wachtwoordGewijzigdOp: '2026-03-01' }, { beleid: SEED_2018_BELEID }).uitkomst; //=> { rollenControleUiterlijk: '2027-01-15', wachtwoordUiterlijk: '2027-03-01' }
 * ```
 */
export function toegangsControles(
  laatst: { readonly rollenGecontroleerdOp: IsoDatum; readonly wachtwoordGewijzigdOp: IsoDatum },
  opties: { readonly beleid?: Beleid } = {},
): Besluit<ToegangsControles, PrivacyRedenCode> {
  if (
    !isObject(laatst) ||
    !isIsoDatum(laatst.rollenGecontroleerdOp) ||
    !isIsoDatum(laatst.wachtwoordGewijzigdOp)
  )
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geef de data van de laatste controles (JJJJ-MM-DD).');
  if (!isObject(opties)) ongeldig('Geef de opties als object.');
  const beleid = beleidVoorBerekening(opties.beleid);
  const redenen: Reden<PrivacyRedenCode>[] = [];
  const volgende = (r: typeof rollenHerbeoordeling, vanaf: IsoDatum): IsoDatum | null => {
    const w = zoekWaardeVoor(r, vanaf, beleid);
    if (w?.waarde.eenheid !== 'maanden') {
      redenen.push(reden('GEEN_WETTELIJKE_TERMIJN'));
      return null;
    }
    const datum = plusMaanden(vanaf, w.waarde.aantal);
    redenen.push(reden('CONTROLE_VOLGENS_BELEID', { datum }, w.bron));
    return datum;
  };
  const rollenControleUiterlijk = volgende(rollenHerbeoordeling, laatst.rollenGecontroleerdOp);
  const wachtwoordUiterlijk = volgende(wachtwoordVernieuwing, laatst.wachtwoordGewijzigdOp);
  return besluit({ rollenControleUiterlijk, wachtwoordUiterlijk }, redenen, privacyVerantwoording());
}

/**
 * The actions per kind of work of Tabel A, for vendors building their role screens. The SDK's reading: the seed's
 * Bijlage 16 (rights per ParnasSys role) is only images. Frozen data.
 *
 * @example
 * ```ts
 * import { ACTIES_PER_WERK } from '@schoolveiligheid/privacy';
 * ACTIES_PER_WERK.leerlingzorg; //=> ['raadplegen', 'vastleggen', 'zorggegevens']
 * ```
 */
export const ACTIES_PER_WERK = /* @__PURE__ */ bevries(ACTIES_PER_WERK_DATA);
