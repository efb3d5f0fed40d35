import {
  amsterdamseDatum,
  type Beleid,
  type Besluit,
  type Bron,
  berekenTermijn,
  codeTekst,
  type Duur,
  epochMs,
  type IsoDatum,
  isIsoDatum,
  isTijdstip,
  type Regel,
  SchoolveiligheidFout,
  type Stap,
  type TermijnUitkomst,
  type Tijdstip,
  waardeVoor,
} from '@schoolveiligheid/kern';
import { besluitVan, reden } from '../besluit/besluit.js';
import { SEED_OPVANG } from '../bronnen/bronnen.js';
import {
  CALAMITEITEN_STAP_CODES,
  CALAMITEITEN_TERMIJN_CODES,
  type CalamiteitenRedenCode,
  type CalamiteitenTermijnCode,
  type OpvangTaakCode,
} from '../codes/codes.js';
import {
  nazorgAfsluitendGesprek,
  nazorgContactDagen,
  nazorgContactUren,
  nazorgTerugkeer,
  nazorgVervolggesprek,
} from '../regels/regels.js';
import type { CalamiteitenRol } from '../rollen/rollen.js';

/** Input of {@link nazorgPlan}. */
export interface NazorgInvoer {
  /** When the serious incident happened. */
  readonly incidentOp: Tijdstip;
  /** Whether the victim is a pupil (Bijlage 18) or a staff member (Bijlage 19). */
  readonly slachtoffer: 'leerling' | 'medewerker';
  /** For a staff member: the day they returned to work, once known. */
  readonly terugkeerOp?: IsoDatum;
  /**
   * Whether the incident was a serious accident in the Arbowet's sense: decided by the Arbowet assessment
   * (package `monitoring`) and passed here as data.
   */
  readonly ernstigOngeval?: boolean;
}

/** One term of the aftercare schedule. */
export interface NazorgTermijn {
  /** Which term. */
  readonly code: CalamiteitenTermijnCode;
  /** Who is responsible. */
  readonly rol: CalamiteitenRol;
  /** Dutch description. */
  readonly tekst: string;
  /** The id of the rule in `CALAMITEITEN_REGELS` the duration comes from (`calamiteiten.nazorg.<naam>`). */
  readonly regel: string;
  /** The source of the duration with its certainty: the seed (`secundair`), or the school's policy when it sets one. */
  readonly bron: Bron;
  /** The computed term (kern's `berekenTermijn`) with its trace (`termijn.spoor`). */
  readonly termijn: TermijnUitkomst;
}

/** The aftercare schedule: the terms in order, which contact term is stricter, and the tasks without a term. */
export interface NazorgPlan {
  /** The terms, by the instant they expire. */
  readonly termijnen: readonly NazorgTermijn[];
  /** Of the two contact terms of the seed, the one that expires first. */
  readonly strengsteContact: 'NAZORG_CONTACT_72_UUR' | 'NAZORG_CONTACT_3_DAGEN';
  /** The roles with a task without a term: the opvangteam always; the bedrijfsarts for staff. */
  readonly opvang: readonly CalamiteitenRol[];
  /**
   * The tasks without a term, in the seed's order, each with its role: the first care, the opvangteam's tasks,
   * the safety coordinator's, the return, for staff the company doctor, after a serious accident the notice.
   */
  readonly taken: readonly Stap<OpvangTaakCode, CalamiteitenRol>[];
}

/** The aftercare tasks without a term (seed Bijlage 18 and 19), with their role, and for whom. */
const TAKEN: readonly {
  readonly code: OpvangTaakCode;
  readonly rol: CalamiteitenRol;
  readonly alleen?: NazorgInvoer['slachtoffer'] | 'ernstig-ongeval';
}[] = [
  { code: 'OPVANG_EERSTE_OPVANG', rol: 'medewerker' },
  { code: 'OPVANG_LUISTEREND_OOR', rol: 'opvangteam' },
  { code: 'OPVANG_ADVIES_SYMPTOMEN', rol: 'opvangteam' },
  { code: 'OPVANG_INFORMATIE_HULP', rol: 'opvangteam' },
  { code: 'OPVANG_GRENZEN_DOORVERWIJZEN', rol: 'opvangteam' },
  { code: 'OPVANG_OMGAAN_MET_SCHOK', rol: 'opvangteam' },
  { code: 'OPVANG_VERTROUWELIJK', rol: 'opvangteam' },
  { code: 'OPVANG_MELDINGSFORMULIER', rol: 'veiligheidscoordinator' },
  { code: 'OPVANG_VOORTGANG_BEWAKEN', rol: 'veiligheidscoordinator' },
  { code: 'OPVANG_CONTINUITEIT', rol: 'veiligheidscoordinator' },
  { code: 'OPVANG_TERUGKEER_BEGELEIDEN', rol: 'veiligheidscoordinator', alleen: 'leerling' },
  { code: 'OPVANG_TERUGKEER_BEGELEIDEN', rol: 'directeur', alleen: 'medewerker' },
  { code: 'OPVANG_BEDRIJFSARTS', rol: 'bedrijfsarts', alleen: 'medewerker' },
  { code: 'OPVANG_MELDING_BHV_EN_MR', rol: 'directeur', alleen: 'ernstig-ongeval' },
];

/** The aftercare terms: code, responsible role, rule, and for whom (seed Bijlage 18 and 19). */
const TERMIJNEN: readonly {
  readonly code: CalamiteitenTermijnCode;
  readonly rol: CalamiteitenRol;
  readonly regel: Regel<Duur>;
  readonly vanaf: 'incident' | 'terugkeer';
  readonly alleen?: NazorgInvoer['slachtoffer'];
}[] = [
  { code: 'NAZORG_CONTACT_72_UUR', rol: 'directeur', regel: nazorgContactUren, vanaf: 'incident' },
  {
    code: 'NAZORG_CONTACT_3_DAGEN',
    rol: 'veiligheidscoordinator',
    regel: nazorgContactDagen,
    vanaf: 'incident',
  },
  { code: 'NAZORG_VERVOLGGESPREK', rol: 'directeur', regel: nazorgVervolggesprek, vanaf: 'incident' },
  { code: 'NAZORG_AFSLUITEND_GESPREK', rol: 'directeur', regel: nazorgAfsluitendGesprek, vanaf: 'incident' },
  {
    code: 'NAZORG_TERUGKEER',
    rol: 'directeur',
    regel: nazorgTerugkeer,
    vanaf: 'terugkeer',
    alleen: 'medewerker',
  },
];

/**
 * The aftercare schedule after a serious incident (seed Bijlage 18 for a pupil, 19 for a staff member) as terms
 * computed by kern's `berekenTermijn`, each with the responsible role, the id of its rule in the registry, its
 * source with certainty, and its trace: contact within 72 hours (directie) and within 3 days
 * (veiligheidscoördinator; read as calendar days, an explicit choice: {@link SEED_OPVANG_DAGSOORT}), a follow-up
 * talk within 3 weeks, a closing talk after about 2 months, and for staff the check 2 weeks after return. The
 * reasons say which contact term is stricter (nearly always 72 hours: 3 calendar days end at midnight of the third
 * day; only across the spring clock change, whose night has 23 hours, an incident after 23:00 has the 3 days end
 * first),
 * the day kind, the bedrijfsarts' signal for staff and, after a serious accident (the Arbowet assessment's
 * answer, passed as data), the notice to the BHV'ers and the MR; `taken` lists the tasks without a term with
 * their roles (the opvangteam's among them). School arrangements: the Algemene termijnenwet
 * does not extend them. Throws `ONGELDIG_TIJDSTIP` or `ONGELDIGE_INVOER` for malformed input.
 *
 * @example
 * ```ts
 * import { nazorgPlan } from '@schoolveiligheid/calamiteiten';
 * const s = nazorgPlan({ incidentOp: '2026-12-18T14:00:00+01:00', slachtoffer: 'leerling' });
 * s.uitkomst.strengsteContact; //=> 'NAZORG_CONTACT_72_UUR'
 * s.uitkomst.termijnen.map((t) => [t.code, t.termijn.laatsteDag]).slice(0, 2); //=> [['NAZORG_CONTACT_72_UUR', '2026-12-21'], ['NAZORG_CONTACT_3_DAGEN', '2026-12-21']]
 * s.uitkomst.taken.filter((t) => t.rol === 'opvangteam').length; //=> 6
 * const vervolg = s.uitkomst.termijnen[2];
 * [vervolg?.regel, vervolg?.bron.zekerheid, vervolg?.termijn.laatsteDag]; //=> ['calamiteiten.nazorg.vervolggesprek', 'secundair', '2027-01-08']
 * ```
 */
export function nazorgPlan(
  invoer: NazorgInvoer,
  beleid?: Beleid,
): Besluit<NazorgPlan, CalamiteitenRedenCode> {
  const i = invoer as Partial<NazorgInvoer> | null;
  if (i === null || typeof i !== 'object' || !isTijdstip(i.incidentOp))
    throw new SchoolveiligheidFout('ONGELDIG_TIJDSTIP', 'Geef het tijdstip van het incident met zone.');
  if (i.slachtoffer !== 'leerling' && i.slachtoffer !== 'medewerker')
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Het slachtoffer is een leerling of een medewerker.');
  if (i.terugkeerOp !== undefined && !isIsoDatum(i.terugkeerOp))
    throw new SchoolveiligheidFout('ONGELDIGE_DATUM', 'Geef de dag van terugkeer als JJJJ-MM-DD.');
  const incidentOp = i.incidentOp;
  const dag = amsterdamseDatum(epochMs(incidentOp));
  const termijnen: NazorgTermijn[] = TERMIJNEN.flatMap((t) => {
    if (t.alleen !== undefined && t.alleen !== i.slachtoffer) return [];
    const start = t.vanaf === 'incident' ? dag : i.terugkeerOp;
    if (start === undefined) return [];
    const regel = waardeVoor(t.regel, start, beleid);
    const termijn = berekenTermijn({
      gebeurtenis: regel.waarde.eenheid === 'uren' && t.vanaf === 'incident' ? incidentOp : start,
      duur: regel.waarde,
      grondslag: 'regeling',
      bron: regel.bron,
    });
    return [
      {
        code: t.code,
        rol: t.rol,
        tekst: codeTekst(CALAMITEITEN_TERMIJN_CODES, t.code),
        regel: t.regel.id,
        bron: regel.bron,
        termijn,
      },
    ];
  }).sort((a, b) => epochMs(a.termijn.vervaltOp) - epochMs(b.termijn.vervaltOp));
  const vervalt = (code: CalamiteitenTermijnCode) =>
    epochMs(termijnen.find((t) => t.code === code)?.termijn.vervaltOp as Tijdstip);
  const strengsteContact =
    vervalt('NAZORG_CONTACT_72_UUR') <= vervalt('NAZORG_CONTACT_3_DAGEN')
      ? 'NAZORG_CONTACT_72_UUR'
      : 'NAZORG_CONTACT_3_DAGEN';
  const redenen = [
    reden('STRENGSTE_CONTACTTERMIJN', {
      strengste: strengsteContact === 'NAZORG_CONTACT_72_UUR' ? '"binnen 72 uur"' : '"binnen drie dagen"',
    }),
    reden('DAGSOORT_KALENDERDAGEN'),
    ...(i.slachtoffer === 'medewerker' ? [reden('ARBO_ARTS_SIGNAAL')] : []),
    ...(i.ernstigOngeval === true ? [reden('MELDING_BHV_EN_MR')] : []),
  ];
  const opvang: CalamiteitenRol[] = ['opvangteam', 'veiligheidscoordinator'];
  if (i.slachtoffer === 'medewerker') opvang.push('bedrijfsarts');
  if (i.ernstigOngeval === true) opvang.push('bhver', 'medezeggenschapsraad');
  const taken = TAKEN.filter(
    (t) =>
      t.alleen === undefined ||
      t.alleen === i.slachtoffer ||
      (t.alleen === 'ernstig-ongeval' && i.ernstigOngeval === true),
  ).map((t) => ({
    code: t.code,
    rol: t.rol,
    tekst: codeTekst(CALAMITEITEN_STAP_CODES, t.code),
    bron: SEED_OPVANG,
  }));
  return besluitVan({ termijnen, strengsteContact, opvang, taken }, redenen);
}
