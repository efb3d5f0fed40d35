import {
  amsterdamseDatum,
  epochMs,
  type Beleid,
  type Besluit,
  besluit,
  bron,
  type Bron,
  type Duur,
  duurTekst,
  type IsoDatum,
  isIsoDatum,
  isTijdstip,
  plusDagen,
  plusMaanden,
  type Reden,
  type Regel,
  SchoolveiligheidFout,
  type Tijdstip,
  waardeVoor,
} from '@schoolveiligheid/kern';
import type { PrivacyRedenCode } from '../codes/codes.js';
import {
  bewaartermijnInschrijving,
  bewaartermijnLeerlingdossier,
  bewaartermijnVerwezenSo,
  bewaartermijnVerzuim,
} from '../regels/regels.js';
import {
  beleidVoorBerekening,
  isObject,
  ongeldig,
  privacyVerantwoording,
  reden,
} from '../regels/verantwoording.js';

/** The data categories retention is set for (per category, not per dossier). */
export type BewaarCategorie =
  | 'leerlingdossier'
  | 'inschrijving'
  | 'verzuim'
  | 'verwezen-so'
  | 'datalekmelding'
  | 'verwijsindex';

/** The categories with a term counted from the pupil's leaving, and their rule. */
const TERMIJNEN: Readonly<Partial<Record<BewaarCategorie, Regel<Duur>>>> = {
  leerlingdossier: bewaartermijnLeerlingdossier,
  inschrijving: bewaartermijnInschrijving,
  verzuim: bewaartermijnVerzuim,
  'verwezen-so': bewaartermijnVerwezenSo,
};

/** Categories with their own rules elsewhere (another package of the SDK, another law). */
const EIGEN_REGELINGEN: Readonly<Partial<Record<BewaarCategorie, () => Bron>>> = {
  datalekmelding: () =>
    bron('avg', {
      artikel: '33',
      lid: 5, // geen-rechtsgetal: the lid of the cited article
      zekerheid: 'interpretatie',
      toelichting:
        'Documentatieplicht zonder bewaartermijn; zie @schoolveiligheid/datalek (datalek.melding.bewaartermijn).',
    }),
  verwijsindex: () =>
    bron('jeugdwet', {
      artikel: '7.1.4.5',
      lid: 2,
      zekerheid: 'wettekst',
      toelichting:
        'Verwijderen uiterlijk 2 jaar na de melding of bij 23 jaar; verantwoordelijke is het college (gemeente).',
    }),
};

/** All categories. */
const CATEGORIEEN: readonly BewaarCategorie[] = [
  'leerlingdossier',
  'inschrijving',
  'verzuim',
  'verwezen-so',
  'datalekmelding',
  'verwijsindex',
];

/** The event a retention term runs from: the pupil's leaving (uitschrijving). */
export interface BewaarGebeurtenis {
  /** Always `uitschrijving`: every term of this package runs from the pupil's leaving. */
  readonly type: 'uitschrijving';
  /** The day the pupil left. */
  readonly datum: IsoDatum;
}

/** Outcome of {@link bewaartermijn}. */
export interface Bewaartermijn {
  /** The first day the data must be destroyed; null where the category has its own rules. */
  readonly vernietigenVanaf: IsoDatum | null;
  /** The retention period used. */
  readonly duur: Duur | null;
  /** True when the source of the term is not verified (flagged, check before destroying). */
  readonly onbevestigd: boolean;
  /** The source of the term. */
  readonly bron: Bron;
}

/**
 * The term for a category at `datum`: the statute's, or the policy's where it is shorter (AVG 5(1)(e)). A
 * pupil who left before the AVG applied is held to the rule's first value: the data are processed today.
 */
function termijnVoor(r: Regel<Duur>, datum: IsoDatum, beleid: Beleid | undefined) {
  const eerste = r.waarden[0]?.geldigVanaf;
  const op = eerste && datum < eerste ? eerste : datum;
  const wet = waardeVoor(r, op);
  const eigen = waardeVoor(r, op, beleid);
  if (
    eigen.herkomst === 'beleid' &&
    plusMaanden(datum, maanden(eigen.waarde)) < plusMaanden(datum, maanden(wet.waarde))
  )
    return eigen;
  return wet;
}

/** A retention period in whole months (retention terms are stated in months or years). */
function maanden(d: Duur): number {
  if (d.eenheid !== 'maanden') ongeldig('Een bewaartermijn staat in maanden.');
  return d.aantal;
}

/**
 * The retention of one data category after the pupil leaves, with the destruction date and its source:
 * leerlingdossier 2 years (PO-Raad guidance), in- and uitschrijving and verzuim 5 years (flagged: article not
 * verified), data of a pupil referred to speciaal onderwijs 3 years (flagged); datalek reports and the
 * Verwijsindex follow their own rules (no date, the source says which). A policy applies where it is shorter;
 * the seed's 5 years for the leerlingdossier is laxer and does not apply (`controleerBeleid` reports it).
 * Throws `ONGELDIGE_INVOER`, `ONGELDIGE_DATUM` or `BELEID_ONGELDIG` for bad input.
 *
 * @example
 * ```ts
 * import { bewaartermijn } from '@schoolveiligheid/privacy';
 * bewaartermijn('leerlingdossier', { type: 'uitschrijving', datum: '2024-07-12' }).uitkomst.vernietigenVanaf; //=> '2026-07-12'
 * bewaartermijn('verzuim', { type: 'uitschrijving', datum: '2024-07-12' }).uitkomst.onbevestigd; //=> true
 * ```
 */
export function bewaartermijn(
  categorie: BewaarCategorie,
  gebeurtenis: BewaarGebeurtenis,
  opties: { readonly beleid?: Beleid } = {},
): Besluit<Bewaartermijn, PrivacyRedenCode> {
  if (!CATEGORIEEN.includes(categorie)) ongeldig('Onbekende categorie.');
  if (!isObject(gebeurtenis) || gebeurtenis.type !== 'uitschrijving')
    ongeldig('Geef de uitschrijving als gebeurtenis.');
  if (!isIsoDatum(gebeurtenis.datum))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geen geldige datum.');
  if (!isObject(opties)) ongeldig('Geef de opties als object.');
  const beleid = beleidVoorBerekening(opties.beleid);
  const v = privacyVerantwoording();
  const eigen = EIGEN_REGELINGEN[categorie];
  if (eigen) {
    const b = eigen();
    return besluit(
      { vernietigenVanaf: null, duur: null, onbevestigd: false, bron: b },
      [reden('EIGEN_REGELING', undefined, b)],
      v,
    );
  }
  const r = TERMIJNEN[categorie] as Regel<Duur>;
  const w = termijnVoor(r, gebeurtenis.datum, beleid);
  const vernietigenVanaf = plusMaanden(gebeurtenis.datum, maanden(w.waarde));
  const onbevestigd = w.bron.zekerheid === 'onbevestigd';
  const redenen: Reden<PrivacyRedenCode>[] = [
    reden(
      'VERNIETIGEN_VANAF',
      { datum: vernietigenVanaf, duur: duurTekst(w.waarde), gebeurtenis: 'uitschrijving' },
      w.bron,
    ),
  ];
  if (onbevestigd) redenen.push(reden('BRON_ONBEVESTIGD', undefined, w.bron));
  return besluit({ vernietigenVanaf, duur: w.waarde, onbevestigd, bron: w.bron }, redenen, v);
}

/** A pupil as the nightly destruction job sees it: an id, the day they left, whether referred to SO. */
export interface BewaarLeerling {
  /** The pupil's id in the vendor's system. */
  readonly id: string;
  /** The day the pupil left; null or absent while enrolled. */
  readonly uitgeschrevenOp?: IsoDatum | null;
  /** Referred to speciaal onderwijs: the dossier then follows `verwezen-so` instead of `leerlingdossier`. */
  readonly verwezenNaarSo?: boolean;
}

/** Outcome of {@link vernietigingslijst}. */
export interface Vernietigingslijst {
  /** The date the list is for. */
  readonly peildatum: IsoDatum;
  /** Per category the ids of pupils whose data in it are due for destruction. */
  readonly perCategorie: Readonly<
    Record<'leerlingdossier' | 'inschrijving' | 'verzuim' | 'verwezen-so', readonly string[]>
  >;
  /** Per category the latest leaving date that is due (a vendor can query its database with it). */
  readonly uitgeschrevenUiterlijk: Readonly<
    Record<'leerlingdossier' | 'inschrijving' | 'verzuim' | 'verwezen-so', IsoDatum>
  >;
  /** Positions of entries that are not pupils (never echoed). */
  readonly ongeldig: readonly number[];
  /** Categories whose source is flagged: check before destroying. */
  readonly onbevestigd: readonly BewaarCategorie[];
}

const LIJST_CATEGORIEEN = ['leerlingdossier', 'inschrijving', 'verzuim', 'verwezen-so'] as const;

/** The latest leaving date whose retention of `maandenTermijn` months has ended on `peildatum`. */
function uiterlijk(peildatum: IsoDatum, maandenTermijn: number): IsoDatum {
  let d = plusMaanden(peildatum, -maandenTermijn);
  // month-end clamping: later days of a longer month may end on the same day (31 Jan + 1 month = 28 Feb)
  while (plusMaanden(plusDagen(d, 1), maandenTermijn) <= peildatum) d = plusDagen(d, 1);
  return d;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is due for destruction at `nu`, per category, as a vendor's nightly job asks: for every pupil who left,
 * the categories whose retention has ended (leerlingdossier, or verwezen-so for a pupil referred to SO;
 * inschrijving; verzuim). Computes one cut-off date per category, then compares dates, so a list of 1.5 million
 * pupils is one pass (`npm run bench`). Bad entries are listed by position. Throws `ONGELDIGE_INVOER`,
 * `ONGELDIGE_DATUM`/`ONGELDIG_TIJDSTIP` or `BELEID_ONGELDIG` for bad input.
 *
 * @example
 * ```ts
 * import { vernietigingslijst } from '@schoolveiligheid/privacy';
 * const l = vernietigingslijst([{ id: 'll-1', uitgeschrevenOp: '2024-07-12' }, { id: 'll-2', uitgeschrevenOp: '2021-07-09' }], '2026-12-02');
 * [l.perCategorie.leerlingdossier, l.perCategorie.verzuim]; //=> [['ll-1', 'll-2'], ['ll-2']]
 * ```
 */
export function vernietigingslijst(
  leerlingen: readonly BewaarLeerling[],
  nu: IsoDatum | Tijdstip,
  opties: { readonly beleid?: Beleid } = {},
): Vernietigingslijst {
  if (!Array.isArray(leerlingen) || leerlingen.length > 10_000_000) ongeldig('Geef de leerlingen als lijst.'); // geen-rechtsgetal: an input bound, far above any school board
  let peildatum: IsoDatum;
  if (isIsoDatum(nu)) peildatum = nu;
  else if (isTijdstip(nu)) peildatum = amsterdamseDatum(epochMs(nu));
  else throw new SchoolveiligheidFout('ONGELDIG_TIJDSTIP', 'Geef nu als datum of tijdstip met tijdzone.');
  if (!isObject(opties)) ongeldig('Geef de opties als object.');
  const beleid = beleidVoorBerekening(opties.beleid);
  const grens = {} as Record<(typeof LIJST_CATEGORIEEN)[number], IsoDatum>;
  const onbevestigd: BewaarCategorie[] = [];
  for (const c of LIJST_CATEGORIEEN) {
    const w = termijnVoor(TERMIJNEN[c] as Regel<Duur>, peildatum, beleid);
    grens[c] = uiterlijk(peildatum, maanden(w.waarde));
    if (w.bron.zekerheid === 'onbevestigd') onbevestigd.push(c);
  }
  const dossier: string[] = [];
  const so: string[] = [];
  const inschrijving: string[] = [];
  const verzuim: string[] = [];
  const fout: number[] = [];
  for (let i = 0; i < leerlingen.length; i++) {
    const l = leerlingen[i] as BewaarLeerling | null;
    if (typeof l !== 'object' || l === null || typeof l.id !== 'string' || l.id.length > 100) {
      fout.push(i);
      continue;
    }
    const u = l.uitgeschrevenOp;
    if (u === undefined || u === null) continue;
    if (typeof u !== 'string' || !DATUM.test(u) || u > peildatum) {
      fout.push(i);
      continue;
    }
    if (l.verwezenNaarSo === true) {
      if (u <= grens['verwezen-so']) so.push(l.id);
    } else if (u <= grens.leerlingdossier) dossier.push(l.id);
    if (u <= grens.inschrijving) inschrijving.push(l.id);
    if (u <= grens.verzuim) verzuim.push(l.id);
  }
  return {
    peildatum,
    perCategorie: { leerlingdossier: dossier, inschrijving, verzuim, 'verwezen-so': so },
    uitgeschrevenUiterlijk: grens,
    ongeldig: fout,
    onbevestigd,
  };
}
